package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/report"
)

// ledgerPane is who said what: one line per speaker and statement —
// claims or denies, hedged or asserted, on named or unnamed sourcing —
// with the sources that report it; the selected entry is described in
// full under the list, and enter shows its first passage in the pair view
// (the root does it, from Chosen).
type ledgerPane struct {
	c      *corpus.Comparison
	names  []string // the sources' short names (sourceNames)
	styles *Styles
	keys   KeyMap

	ledger *coverage.Ledger // nil until the survey arrives
	need   ledgerNeed       // the widths the ledger's columns need, read with it
	list   listState

	width, height int
}

func newLedger(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) ledgerPane {
	return ledgerPane{c: c, names: names, styles: st, keys: keys}
}

// SetLedger takes in the ledger and the widths its columns need
// (ledgerNeeds, read with it off the Update path).
func (p *ledgerPane) SetLedger(l *coverage.Ledger, need ledgerNeed) {
	p.ledger = l
	p.need = need
	p.list = listState{}
}

// ledgerNeed is the width each of the ledger's columns needs to show
// every entry whole: the speakers, the statements, the sources.
type ledgerNeed struct{ speaker, says, src int }

// ledgerNeeds reads the widths l's entries need, once per ledger rather
// than once per frame (a ledger of twenty sources holds thousands).
func ledgerNeeds(c *corpus.Comparison, names []string, l *coverage.Ledger) ledgerNeed {
	var n ledgerNeed
	if l == nil {
		return n
	}
	for i := range l.Entries {
		e := &l.Entries[i]
		n.speaker = max(n.speaker, stringWidth(safeInline(e.Speaker)))
		n.says = max(n.says, stringWidth(ledgerSays(e)))
		n.src = max(n.src, stringWidth(fmt.Sprintf("%d: ", len(e.Sources))+shortNames(c, names, e.Sources)))
	}
	return n
}

// SetSize gives the pane w × h cells.
func (p *ledgerPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.list.show(p.n(), p.listHeight())
}

// SetStyles switches to new styles.
func (p *ledgerPane) SetStyles(st *Styles) { p.styles = st }

func (p *ledgerPane) n() int {
	if p.ledger == nil {
		return 0
	}
	return len(p.ledger.Entries)
}

// ledgerChrome is the lines around the list: heads and a rule above, a
// rule and the selection's two lines below.
const ledgerChrome = 5

func (p *ledgerPane) listHeight() int { return max(0, p.height-ledgerChrome) }

// Chosen returns the first passage of the selected entry and a pair that
// shows it: its source with the next source reporting the entry, else its
// neighbour.
func (p *ledgerPane) Chosen() (a, b int, passage string, ok bool) {
	if p.n() == 0 {
		return 0, 0, "", false
	}
	e := &p.ledger.Entries[p.list.sel]
	if len(e.Passages) == 0 {
		return 0, 0, "", false
	}
	pa := p.c.Passage(e.Passages[0])
	if pa == nil {
		return 0, 0, "", false
	}
	other := (pa.Doc + 1) % len(p.c.Documents)
	if len(e.Sources) > 1 {
		if i := docIndex(p.c, e.Sources[1]); i >= 0 && i != pa.Doc {
			other = i
		}
	}
	return min(pa.Doc, other), max(pa.Doc, other), pa.ID, true
}

// Update handles the ledger's keys.
func (p ledgerPane) Update(msg tea.Msg) (ledgerPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	p.list.navigate(km, p.keys, p.n(), p.listHeight())
	return p, nil
}

// ShortHelp is the ledger's part of the footer.
func (p ledgerPane) ShortHelp() []key.Binding {
	k := p.keys
	open := k.Open
	open.SetHelp("enter", "show passage")
	return []key.Binding{open, k.Back, k.Overview, k.Write, k.Down}
}

// FullHelp is the ledger's part of the full help.
func (p ledgerPane) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Back, k.Overview, k.Pairs, k.Claim, k.Write}}
}

// View draws the ledger in exactly the pane's size.
func (p ledgerPane) View() string {
	return ledgerView(p.c, p.names, p.ledger, p.need, p.list, p.styles, p.width, p.height)
}

// ledgerView draws the ledger in exactly w × h cells: column heads, one
// line per entry, and the selected entry in full at the bottom; names
// are c's (sourceNames), need what l's columns need (ledgerNeeds).
func ledgerView(c *corpus.Comparison, names []string, l *coverage.Ledger, need ledgerNeed, ls listState, st *Styles, w, h int) string {
	if l == nil {
		return padLines([]string{truncate(spaces(gutterWidth)+st.Faint.Paint("reading every source for who said what…"), w)}, h)
	}
	if len(l.Entries) == 0 {
		return padLines([]string{truncate(spaces(gutterWidth)+st.Faint.Paint("no source attributes a statement to anyone"), w)}, h)
	}
	tw := max(0, w-gutterWidth)
	speakerW := min(22, max(8, tw/5))
	actW := 8
	srcW := min(24, max(8, tw/4))
	// Room the statements do not need goes to the speakers and the
	// sources, so that a wide terminal does not cut "4: courier, herald,
	// tri…" beside a blank column.
	if spare := tw - speakerW - actW - srcW - 3 - need.says; spare > 0 {
		grow := min(spare, max(0, need.speaker-speakerW))
		speakerW += grow
		srcW += min(spare-grow, max(0, need.src-srcW))
	}
	saysW := max(0, tw-speakerW-actW-srcW-3)
	row := func(speaker, act, says, src string) string {
		return fit(speaker, speakerW) + " " + fit(act, actW) + " " + fit(says, saysW) + " " + truncate(src, srcW)
	}
	out := []string{
		truncate(spaces(gutterWidth)+st.Faint.Paint(row("Speaker", "Act", "What", "Reported by")), w),
		st.Rule.Paint(strings.Repeat("─", w)),
	}
	lh := max(0, h-ledgerChrome)
	for i := ls.top; i < len(l.Entries) && len(out) < 2+lh; i++ {
		e := &l.Entries[i]
		gutter := spaces(gutterWidth)
		if i == ls.sel {
			gutter = st.Marker.Paint("▌") + " "
		}
		says := ledgerSays(e)
		actSt := st.BadgeAgree
		if e.Act == coverage.Denies {
			actSt = st.BadgeDiverge
		}
		line := fit(st.SourceName.Paint(safeInline(e.Speaker)), speakerW) + " " + fit(actSt.Paint(string(e.Act)), actW) + " " +
			fit(says, saysW) + " " + truncate(st.Faint.Paint(fmt.Sprintf("%d: ", len(e.Sources)))+shortNames(c, names, e.Sources), srcW)
		out = append(out, truncate(gutter+line, w))
	}
	for len(out) < 2+lh {
		out = append(out, "")
	}
	e := &l.Entries[ls.sel]
	out = append(out, st.Rule.Paint(strings.Repeat("─", w)),
		truncate(spaces(gutterWidth)+st.SourceName.Paint(safeInline(e.Speaker))+": "+safeInline(e.Says), w),
		truncate(spaces(gutterWidth)+st.Faint.Paint(fmt.Sprintf("%s · %s · %s sourcing · reported by %s", e.Act, report.HedgeText(c, e), report.Sourcing(e), shortNames(c, names, e.Sources))), w))
	return padLines(out, h)
}

// ledgerSays is what an entry's speaker says, as its row shows it:
// "(unnamed) (hedged) the ferry may have been hit by a freak wave".
func ledgerSays(e *coverage.Entry) string {
	says := safeInline(e.Says)
	if len(e.Hedged) > 0 {
		says = "(hedged) " + says
	}
	if e.Anonymous {
		says = "(unnamed) " + says
	}
	return says
}

// shortNames names documents by id in short: "wire, tribune"; all are
// c's names (sourceNames).
func shortNames(c *corpus.Comparison, all []string, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if i := docIndex(c, id); i >= 0 {
			names = append(names, all[i])
		}
	}
	return strings.Join(names, ", ")
}

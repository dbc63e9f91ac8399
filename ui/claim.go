package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// claimPane is the claim check: the user types a claim, enter checks it
// against every source in a tea.Cmd (claimCmd), and the pane lists, per
// source, where it stands — supports, contradicts, discusses without
// taking a side, or silent — with the passage that carries the claim and the
// reasons, quoting the claim's words and the passage's. j/k select a
// source; enter on one opens the pair view at its passage (the root does
// it, from Chosen); c types a new claim.
type claimPane struct {
	c      *corpus.Comparison
	names  []string // the sources' short names (sourceNames)
	styles *Styles
	keys   KeyMap

	editing bool
	input   lineInput // the claim being typed
	seq     int       // of the last check asked for
	pending bool
	check   *corpus.ClaimCheck
	sel     int // the selected source
	top     int // first line on screen

	width, height int
}

func newClaim(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) claimPane {
	return claimPane{c: c, names: names, styles: st, keys: keys}
}

// Open starts typing a claim, keeping the last one to edit.
func (p *claimPane) Open() { p.editing = true }

// SetSize gives the pane w × h cells.
func (p *claimPane) SetSize(w, h int) { p.width, p.height = w, h; p.clamp() }

// SetStyles switches to new styles.
func (p *claimPane) SetStyles(st *Styles) { p.styles = st }

// Editing says whether keys go to the claim being typed.
func (p *claimPane) Editing() bool { return p.editing }

// Chosen returns the selected source's passage and the pair to show it
// in: the source and the next one that speaks to the claim, else its
// neighbour.
func (p *claimPane) Chosen() (a, b int, passage string, ok bool) {
	if p.check == nil || p.sel >= len(p.check.Results) {
		return 0, 0, "", false
	}
	r := p.check.Results[p.sel]
	if r.Passage == "" {
		return 0, 0, "", false
	}
	n := len(p.check.Results)
	other := (p.sel + 1) % n
	for k := 1; k < n; k++ {
		i := (p.sel + k) % n
		if p.check.Results[i].Passage != "" {
			other = i
			break
		}
	}
	return min(p.sel, other), max(p.sel, other), r.Passage, true
}

// Update edits the claim, takes in checks and moves through the sources.
func (p claimPane) Update(msg tea.Msg) (claimPane, tea.Cmd) {
	switch msg := msg.(type) {
	case claimMsg:
		if msg.seq == p.seq {
			p.check, p.pending, p.sel, p.top = msg.check, false, 0, 0
		}
	case tea.PasteMsg:
		if p.editing {
			p.input.Insert(msg.Content) // line breaks become spaces
		}
	case tea.KeyPressMsg:
		if p.editing {
			return p.editKey(msg)
		}
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			p.sel++
		case key.Matches(msg, k.Up):
			p.sel--
		case key.Matches(msg, k.Claim):
			p.editing = true
		}
		p.clamp()
	}
	return p, nil
}

// editKey applies one key to the claim being typed: enter checks it.
func (p claimPane) editKey(msg tea.KeyPressMsg) (claimPane, tea.Cmd) {
	switch msg.String() {
	case "enter":
		claim := strings.TrimSpace(p.input.String())
		if claim == "" {
			return p, nil
		}
		p.editing, p.pending = false, true
		p.seq++
		return p, claimCmd(p.c, claim, p.seq)
	default:
		p.input.Key(msg)
	}
	return p, nil
}

// clamp keeps the selection in range and its lines on screen.
func (p *claimPane) clamp() {
	if p.check == nil {
		p.sel, p.top = 0, 0
		return
	}
	p.sel = max(0, min(len(p.check.Results)-1, p.sel))
	// Measure, do not draw: the lines before the selection and its own.
	first, total := 0, 0
	for i, r := range p.check.Results {
		n := claimHeight(p.c, &r, p.width)
		if i < p.sel {
			first += n
		}
		total += n
	}
	last := first + claimHeight(p.c, &p.check.Results[p.sel], p.width) - 1
	h := max(1, p.height-claimChrome)
	if last >= p.top+h {
		p.top = last - h + 1
	}
	if first < p.top {
		p.top = first
	}
	p.top = max(0, min(p.top, total-h))
}

// claimHeight is how many lines claimLines gives one result, counted
// without drawing.
func claimHeight(c *corpus.Comparison, r *corpus.ClaimResult, w int) int {
	n := 2 // the stance line and a blank
	if p := c.Passage(r.Passage); p != nil {
		k, _ := wrapCount(p.Text, max(1, w-gutterWidth-4), 3)
		n += k
	} else {
		n++
	}
	rw := reasonWidth(w - gutterWidth)
	for _, rs := range r.Reasons {
		text, quotes := claimReason(rs)
		k, _ := wrapCount(text, rw, 0)
		n += k
		if quotes != "" {
			k, _ = wrapCount(quotes, rw, 0)
			n += k
		}
	}
	return n
}

// claimReason is a reason of the claim check in words, and the words it
// quotes from the claim and the passage ("claim: “ferry” · source:
// “ferry”"), each wrapped on lines of their own so that none is cut.
func claimReason(rs corpus.Reason) (text, quotes string) {
	var q []string
	if rs.A != "" {
		q = append(q, "claim: “"+safeInline(rs.A)+"”")
	}
	if rs.B != "" {
		q = append(q, "source: “"+safeInline(rs.B)+"”")
	}
	return safeInline(rs.Text), strings.Join(q, " · ")
}

// reasonWidth is the width a reason's words wrap at, in a line of tw cells
// after the gutter: they hang under "    · ".
func reasonWidth(tw int) int { return max(1, tw-6) }

// claimChrome is the lines above the results: the claim and a rule.
const claimChrome = 2

// ShortHelp is the claim check's part of the footer.
func (p claimPane) ShortHelp() []key.Binding {
	k := p.keys
	if p.editing {
		choose := k.Choose
		choose.SetHelp("enter", "check")
		back := k.Back
		back.SetHelp("esc", "cancel")
		return []key.Binding{choose, back}
	}
	open := k.Open
	open.SetHelp("enter", "show passage")
	claim := k.Claim
	claim.SetHelp("c", "another claim")
	return []key.Binding{open, claim, k.Back, k.Down, k.Write}
}

// FullHelp is the claim check's part of the full help.
func (p claimPane) FullHelp() [][]key.Binding {
	if p.editing {
		return [][]key.Binding{p.ShortHelp()}
	}
	k := p.keys
	return [][]key.Binding{p.ShortHelp(), {k.Overview, k.Pairs, k.Ledger}}
}

// View draws the claim check in exactly the pane's size.
func (p claimPane) View() string {
	return claimView(p, p.styles, p.width, p.height)
}

// claimView draws the prompt (or the claim checked) and the results.
func claimView(p claimPane, st *Styles, w, h int) string {
	var out []string
	switch {
	case p.editing:
		prompt := st.Prompt.Paint("claim: ")
		room := max(2, w-gutterWidth-stringWidth("claim: ")) // the claim and its cursor cell
		out = append(out, spaces(gutterWidth)+prompt+p.input.View(room, st))
	case p.check != nil:
		out = append(out, truncate(spaces(gutterWidth)+st.Heading.Paint("Claim: ")+safeInline(p.check.Claim), w))
	default:
		out = append(out, spaces(gutterWidth)+st.Faint.Paint("c: type a claim to check"))
	}
	out = append(out, st.Rule.Paint(strings.Repeat("─", w)))
	switch {
	case p.pending:
		out = append(out, spaces(gutterWidth)+st.Faint.Paint("checking every source…"))
	case p.check == nil && p.editing:
		out = append(out, spaces(gutterWidth)+st.Faint.Paint("type a claim, e.g. the death toll is 43; enter checks it against every source"))
	case p.check != nil:
		lines, owner := claimLines(p.c, p.names, p.check, st, w)
		for i := p.top; i < len(lines) && len(out) < h; i++ {
			gutter := spaces(gutterWidth)
			if owner[i] == p.sel && !p.editing {
				gutter = st.Marker.Paint("▌") + " "
			}
			out = append(out, gutter+lines[i])
		}
	}
	for i := range out {
		out[i] = truncate(out[i], w)
	}
	return padLines(out, h)
}

// stanceStyle returns the style of a stance's badge.
func (s *Styles) stanceStyle(v corpus.Stance) Style {
	switch v {
	case corpus.Supports:
		return s.BadgeAgree
	case corpus.Contradicts:
		return s.BadgeDiverge
	case corpus.Discusses:
		return s.BadgeRelated
	}
	return s.Faint
}

// claimLines lays out the results, w cells wide including the gutter:
// per source a line with its stance, its passage (up to three lines) and
// its reasons, each quoting the claim's words and the passage's. owner
// gives the result each line belongs to; names are c's (sourceNames).
func claimLines(c *corpus.Comparison, names []string, cc *corpus.ClaimCheck, st *Styles, w int) (lines []string, owner []int) {
	tw := max(1, w-gutterWidth)
	add := func(i int, s string) {
		lines = append(lines, truncate(s, tw))
		owner = append(owner, i)
	}
	for i, r := range cc.Results {
		di := docIndex(c, r.Document)
		name := r.Document
		if di >= 0 {
			name = nameAt(names, di)
		}
		badge := st.stanceStyle(r.Stance).Paint(strings.ToUpper(string(r.Stance)))
		add(i, st.SourceName.Paint(name)+"  "+badge+st.Faint.Paint(fmt.Sprintf("  %.0f%% sure", 100*r.Probability)))
		if p := c.Passage(r.Passage); p != nil {
			wrapped, cut := wrapText(p.Text, nil, max(1, tw-4), 3, nil)
			for k, l := range wrapped {
				pre := "    "
				if k == 0 {
					pre = st.Faint.Paint(fmt.Sprintf("%-4d", p.Line))
				}
				s := l.s
				if cut && k == len(wrapped)-1 {
					s += "…"
				}
				add(i, pre+s)
			}
		} else {
			add(i, "    "+st.Missing.Paint("no passage speaks to the claim"))
		}
		rw := reasonWidth(tw)
		for _, rs := range r.Reasons {
			text, quotes := claimReason(rs)
			lines, _ := wrapText(text, nil, rw, 0, nil)
			for k, l := range lines {
				pre := "      "
				if k == 0 {
					pre = "    · "
				}
				add(i, st.Reason.Paint(pre+l.s))
			}
			if quotes != "" {
				lines, _ = wrapText(quotes, nil, rw, 0, nil)
				for _, l := range lines {
					add(i, "      "+st.Faint.Paint(l.s))
				}
			}
		}
		add(i, "")
	}
	return lines, owner
}

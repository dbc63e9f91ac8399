package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// pickerPane lists every pair of documents with the verdicts of its rows,
// counted as the pair view shows them ("pair 3 of 10 · wire ↔ tribune · 12 agree · 2 diverge");
// enter shows the selected pair (the root does it, from Chosen). The
// counts arrive with the survey; until then the pairs are listed without.
type pickerPane struct {
	c      *corpus.Comparison
	names  []string // the sources' (sourceNames)
	styles *Styles
	keys   KeyMap

	counts []corpus.Counts // per pair, in pair order; nil until the survey arrives
	list   listState

	width, height int
}

func newPicker(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) pickerPane {
	return pickerPane{c: c, names: names, styles: st, keys: keys}
}

// npairs is how many pairs there are.
func (p *pickerPane) npairs() int { n := len(p.c.Documents); return n * (n - 1) / 2 }

// Open selects the pair a, b (either order).
func (p *pickerPane) Open(a, b int) {
	p.list.sel = corpus.PairIndex(len(p.c.Documents), a, b)
	p.list.show(p.npairs(), p.listHeight())
}

// SetCounts takes in the pairs' counts.
func (p *pickerPane) SetCounts(pc []corpus.Counts) { p.counts = pc }

// SetSize gives the pane w × h cells.
func (p *pickerPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.list.show(p.npairs(), p.listHeight())
}

// SetStyles switches to new styles.
func (p *pickerPane) SetStyles(st *Styles) { p.styles = st }

func (p *pickerPane) listHeight() int { return max(0, p.height-2) }

// Chosen returns the selected pair, a < b.
func (p *pickerPane) Chosen() (a, b int) { return pairAt(len(p.c.Documents), p.list.sel) }

// pairAt is the pair at 0-based position k in pair order.
func pairAt(n, k int) (a, b int) {
	for a = 0; a < n-1; a++ {
		if k < n-1-a {
			return a, a + 1 + k
		}
		k -= n - 1 - a
	}
	return 0, 1
}

// Update handles the picker's keys.
func (p pickerPane) Update(msg tea.Msg) (pickerPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k, n, h := p.keys, p.npairs(), p.listHeight()
	switch {
	case key.Matches(km, k.Next):
		p.list.move(1, n, h)
	case key.Matches(km, k.Prev):
		p.list.move(-1, n, h)
	default:
		p.list.navigate(km, k, n, h)
	}
	return p, nil
}

// ShortHelp is the picker's part of the footer.
func (p pickerPane) ShortHelp() []key.Binding {
	k := p.keys
	choose := k.Choose
	choose.SetHelp("enter", "show pair")
	return []key.Binding{choose, k.Back, k.Down}
}

// FullHelp is the picker's part of the full help.
func (p pickerPane) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Choose, k.Back, k.Overview, k.Ledger, k.Claim}}
}

// View draws the picker in exactly the pane's size.
func (p pickerPane) View() string {
	return pickerView(p.c, p.names, p.counts, p.list, p.styles, p.width, p.height)
}

// pickerView draws the list of pairs in exactly w × h cells: a title, a
// rule, then one line per pair.
func pickerView(c *corpus.Comparison, names []string, counts []corpus.Counts, l listState, st *Styles, w, h int) string {
	n := len(c.Documents)
	np := n * (n - 1) / 2
	title := fmt.Sprintf("pair %d of %d", l.sel+1, np)
	out := []string{
		truncate(spaces(gutterWidth)+st.Heading.Paint(title)+st.Faint.Paint("  with the verdicts of the rows each pair view shows"), w),
		st.Rule.Paint(strings.Repeat("─", w)),
	}
	nameW := 0
	for _, n := range names {
		nameW = max(nameW, stringWidth(n))
	}
	nameW = min(nameW, max(8, (w-40)/2))
	numW := len(fmt.Sprint(np))
	for k := l.top; k < np && len(out) < h; k++ {
		a, b := pairAt(n, k)
		gutter := spaces(gutterWidth)
		if k == l.sel {
			gutter = st.Marker.Paint("▌") + " "
		}
		line := gutter + st.Faint.Paint(fmt.Sprintf("%*d/%d  ", numW, k+1, np)) +
			fit(st.SourceName.Paint(names[a]), nameW) + " ↔ " +
			fit(st.SourceName.Paint(names[b]), nameW) + "  "
		if counts != nil && k < len(counts) {
			line += pairCounts(counts[k], st, w-stringWidth(line))
		}
		out = append(out, truncate(line, w))
	}
	return padLines(out, h)
}

// pairCounts is a pair's verdict counts in words ("=2 agree  ≠0 diverge
// ~3 related"), or in badges alone ("=2 ≠0 ~3") when the words do not fit
// in room cells: a narrow terminal then still shows every count.
func pairCounts(pc corpus.Counts, st *Styles, room int) string {
	agree, diverge, related := fmt.Sprintf("=%d", pc.Agree), fmt.Sprintf("≠%d", pc.Diverge), fmt.Sprintf("~%d", pc.Related)
	sep := " "
	if long := stringWidth(agree+diverge+related) + len(" agree  diverge  related") + 2; long <= room {
		agree, diverge, related, sep = agree+" agree", diverge+" diverge", related+" related", "  "
	}
	out := st.BadgeAgree.Paint(agree) + sep
	if pc.Diverge > 0 {
		out += st.BadgeDiverge.Paint(diverge)
	} else {
		out += st.Faint.Paint(diverge)
	}
	return out + sep + st.BadgeRelated.Paint(related)
}

package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/coverage"
)

// overviewPane is the coverage of every source at once: a table whose
// rows are the topics and, under each, the points the sources make, and
// whose columns are the sources; a cell says whether that source is
// silent on the point or covers it, and how its passage's verdicts against
// the others on the point come out. Under each topic, the numbers each
// source gives; at the end, what each source leaves out. Enter on a cell
// opens the pair view at that point (the root does it, from Chosen). The
// drawing is overviewView (overviewview.go), a pure function.
type overviewPane struct {
	c      *corpus.Comparison
	names  []string // the sources' short names (sourceNames)
	styles *Styles
	keys   KeyMap

	cov   *coverage.Report // nil until the survey arrives
	lines []ovLine         // the table's lines, built once per coverage
	rows  []int            // line index of each point, in order

	width, height int
	sel           int // index into rows
	col           int // the selected source
	top           int // first line of the table on screen
	colOff        int // first source column on screen

	memo *ovMemo // the table's lines drawn so far
}

// ovKind says what a line of the overview holds.
type ovKind uint8

const (
	ovHeading   ovKind = iota // a topic's label
	ovPoint                   // a point: its label and a cell per source
	ovNumbers                 // a numbers line of a topic
	ovBlank                   // space between topics
	ovOmitTitle               // the omissions' heading
	ovOmission                // one source's omissions
)

// ovLine is one line of the overview: what it holds and where that is in
// the coverage (topic, and point or numbers line or document).
type ovLine struct {
	kind ovKind
	t, i int
}

func newOverview(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) overviewPane {
	return overviewPane{c: c, names: names, styles: st, keys: overviewKeys(keys), memo: &ovMemo{}}
}

// SetCoverage takes in the coverage and lays out the table's lines.
func (o *overviewPane) SetCoverage(cov *coverage.Report) {
	o.cov = cov
	o.lines, o.rows = overviewLines(cov)
	o.sel, o.col, o.top, o.colOff = 0, 0, 0, 0
	o.clamp()
}

// overviewLines lists the lines of the table and where its points are.
func overviewLines(cov *coverage.Report) (lines []ovLine, rows []int) {
	if cov == nil {
		return nil, nil
	}
	for ti, t := range cov.Topics {
		if ti > 0 {
			lines = append(lines, ovLine{kind: ovBlank})
		}
		lines = append(lines, ovLine{kind: ovHeading, t: ti})
		for pi := range t.Points {
			rows = append(rows, len(lines))
			lines = append(lines, ovLine{kind: ovPoint, t: ti, i: pi})
		}
		for ni := range t.Numbers {
			lines = append(lines, ovLine{kind: ovNumbers, t: ti, i: ni})
		}
	}
	lines = append(lines, ovLine{kind: ovBlank}, ovLine{kind: ovOmitTitle})
	for di := range cov.Omissions {
		lines = append(lines, ovLine{kind: ovOmission, i: di})
	}
	return lines, rows
}

// SetSize gives the pane w × h cells.
func (o *overviewPane) SetSize(w, h int) {
	o.width, o.height = w, h
	o.clamp()
}

// SetStyles switches to new styles.
func (o *overviewPane) SetStyles(st *Styles) { o.styles = st }

// tableHeight is how many lines of the table fit: the body less the
// column heads above and the selection's two lines below.
func (o *overviewPane) tableHeight() int { return max(0, o.height-ovChrome) }

// ovChrome is the lines of the overview around the table: the column heads
// and a rule above, the selection's description below.
const ovChrome = 4

// clamp keeps the selection, the scroll and the visible columns in range.
func (o *overviewPane) clamp() {
	n := len(o.c.Documents)
	o.col = max(0, min(n-1, o.col))
	vis := ovVisibleCols(o.width, ovColWidth(o.width, o.names), n)
	if o.col < o.colOff {
		o.colOff = o.col
	}
	if o.col >= o.colOff+vis {
		o.colOff = o.col - vis + 1
	}
	o.colOff = max(0, min(o.colOff, n-vis))
	if len(o.rows) == 0 {
		o.sel, o.top = 0, 0
		return
	}
	o.sel = max(0, min(len(o.rows)-1, o.sel))
	h := o.tableHeight()
	line := o.rows[o.sel]
	if line < o.top {
		o.top = line
		// Keep the topic's heading in view with its first point.
		if line > 0 && o.lines[line-1].kind == ovHeading {
			o.top = line - 1
		}
	}
	if h > 0 && line >= o.top+h {
		o.top = line - h + 1
	}
	o.top = max(0, min(o.top, len(o.lines)-h))
}

// Chosen returns what enter on the selected cell opens: the pair of
// documents (a < b) and the passage to select, with a word on what was
// chosen. ok is false when there is nothing to open.
func (o *overviewPane) Chosen() (a, b int, passage, note string, ok bool) {
	pt := o.point()
	if pt == nil {
		return 0, 0, "", "", false
	}
	col := o.col
	cell := &pt.Cells[col]
	// The other side: the first source on the point that diverges, else
	// the first that covers it.
	other := -1
	for i := range pt.Cells {
		if i == col || pt.Cells[i].Silent() {
			continue
		}
		if other < 0 || pt.Cells[i].Diverge > 0 && pt.Cells[other].Diverge == 0 {
			other = i
		}
	}
	if other < 0 {
		return 0, 0, "", "", false
	}
	name := nameAt(o.names, col)
	if cell.Silent() {
		passage = pt.Cells[other].Passages[0]
		note = fmt.Sprintf("%s is silent on this point; this is what %s says on it", name, nameAt(o.names, other))
	} else {
		passage = cell.Passages[0]
	}
	a, b = min(col, other), max(col, other)
	return a, b, passage, note, true
}

// point returns the selected point, or nil.
func (o *overviewPane) point() *coverage.Point {
	if o.cov == nil || len(o.rows) == 0 {
		return nil
	}
	l := o.lines[o.rows[o.sel]]
	return &o.cov.Topics[l.t].Points[l.i]
}

// Ready says whether the coverage has arrived.
func (o *overviewPane) Ready() bool { return o.cov != nil }

// Update handles the overview's keys.
func (o overviewPane) Update(msg tea.Msg) (overviewPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if wm, ok := msg.(tea.MouseWheelMsg); ok {
			switch wm.Button {
			case tea.MouseWheelUp:
				o.sel -= 3
			case tea.MouseWheelDown:
				o.sel += 3
			}
			o.clamp()
		}
		return o, nil
	}
	k := o.keys
	switch {
	case key.Matches(km, k.Down):
		o.sel++
	case key.Matches(km, k.Up):
		o.sel--
	case key.Matches(km, k.PageDown):
		o.sel += max(1, o.tableHeight()-2)
	case key.Matches(km, k.PageUp):
		o.sel -= max(1, o.tableHeight()-2)
	case key.Matches(km, k.Top):
		o.sel, o.top = 0, 0
	case key.Matches(km, k.Bottom):
		o.sel = len(o.rows) - 1
		o.top = len(o.lines) // the omissions at the end come into view
	case key.Matches(km, k.Right):
		o.col++
	case key.Matches(km, k.Left):
		o.col--
	case key.Matches(km, k.NextTopic):
		o.nextTopic(1)
	case key.Matches(km, k.PrevTopic):
		o.nextTopic(-1)
	}
	o.clamp()
	return o, nil
}

// nextTopic selects the first point of the next (dir 1) or previous
// (dir -1) topic, wrapping around.
func (o *overviewPane) nextTopic(dir int) {
	if len(o.rows) == 0 {
		return
	}
	cur := o.lines[o.rows[o.sel]].t
	nt := len(o.cov.Topics)
	for k := 1; k <= nt; k++ {
		t := ((cur+dir*k)%nt + nt) % nt
		for i, line := range o.rows {
			if o.lines[line].t == t {
				o.sel = i
				return
			}
		}
	}
}

// ShortHelp is the overview's part of the footer, most useful first.
func (o overviewPane) ShortHelp() []key.Binding {
	k := o.keys
	return []key.Binding{k.Open, k.Overview, k.Pairs, k.Claim, k.Ledger, k.Right, k.NextTopic, k.Write}
}

// overviewKeys words the shared bindings for the overview.
func overviewKeys(k KeyMap) KeyMap {
	k.Open.SetHelp("enter", "open pair here")
	k.Overview.SetHelp("o", "pair view")
	k.NextTopic.SetHelp("]", "next topic")
	return k
}

// FullHelp is the overview's part of the full help.
func (o overviewPane) FullHelp() [][]key.Binding {
	k := o.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.NextTopic, k.PrevTopic},
		{k.Open, k.Overview, k.Pairs, k.Ledger, k.Claim, k.Write},
	}
}

// View draws the overview in exactly the pane's size.
func (o overviewPane) View() string {
	return overviewView(ovData{c: o.c, names: o.names, cov: o.cov, lines: o.lines, rows: o.rows, memo: o.memo}, ovState{sel: o.sel, col: o.col, top: o.top, colOff: o.colOff}, o.styles, o.width, o.height)
}

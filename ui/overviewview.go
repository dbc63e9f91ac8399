package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/report"
)

// Drawing the overview: a pure function of the coverage, the selection
// and the size. The point labels take what the source columns leave;
// when the sources do not all fit beside a readable label, the columns
// scroll sideways with the selection, and the column heads say which
// sources are shown.

const (
	ovCellWidth = 9  // a source's column at narrowest: "=3 ≠1 ~2" and a space
	ovCellMax   = 17 // at widest, for a long name: sixteen cells and a space
	ovLabelMin  = 24 // narrowest point label worth showing
)

// ovData is what the overview draws.
type ovData struct {
	c     *corpus.Comparison
	names []string // the sources' short names (sourceNames)
	cov   *coverage.Report
	lines []ovLine
	rows  []int
	memo  *ovMemo // lines drawn before, or nil
}

// ovMemo keeps the table's lines drawn unselected, keyed by what they
// depend on: moving the selection then redraws two lines, not the screen,
// which with twenty sources is a thousand painted cells a key. It is shared
// by copies of the pane.
type ovMemo struct {
	key   ovMemoKey
	lines map[int]string
}

// ovMemoKey is what an unselected line of the table depends on.
type ovMemoKey struct {
	w, colOff int
	styles    *Styles
	cov       *coverage.Report
}

// line returns line i drawn by draw, from the memo when it holds it.
func (m *ovMemo) line(k ovMemoKey, i int, draw func() string) string {
	if m.lines == nil || m.key != k {
		m.key, m.lines = k, map[int]string{}
	}
	if l, ok := m.lines[i]; ok {
		return l
	}
	l := draw()
	m.lines[i] = l
	return l
}

// ovState is the overview's selection and scroll.
type ovState struct {
	sel, col, top, colOff int
}

// ovColWidth is the width of a source's column in w cells, for sources
// named names: as wide as the longest name and a space (at most
// ovCellMax) when every column still fits so beside a readable label,
// else as wide as they can all be, and at least ovCellWidth (then the
// columns scroll sideways, and heads are cut in the middle: "am/r…ort").
func ovColWidth(w int, names []string) int {
	want := ovCellWidth
	for _, n := range names {
		want = max(want, min(ovCellMax, stringWidth(n)+1))
	}
	room := w - gutterWidth - ovLabelMin
	if n := len(names); n > 0 {
		want = min(want, room/n)
	}
	return max(ovCellWidth, want)
}

// ovVisibleCols is how many source columns cw wide fit beside a readable
// label in w cells, of n sources.
func ovVisibleCols(w, cw, n int) int {
	return max(1, min(n, (w-gutterWidth-ovLabelMin)/cw))
}

// overviewView draws the overview in exactly w × h cells.
func overviewView(d ovData, s ovState, st *Styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	out := make([]string, 0, h)
	if d.cov == nil {
		out = append(out, truncate(spaces(gutterWidth)+st.Faint.Paint("reading every source for the overview…"), w))
		return padLines(out, h)
	}
	n := len(d.c.Documents)
	cw := ovColWidth(w, d.names)
	vis := ovVisibleCols(w, cw, n)
	labelW := max(0, w-gutterWidth-vis*cw)
	cols := make([]int, 0, vis)
	for i := s.colOff; i < min(n, s.colOff+vis); i++ {
		cols = append(cols, i)
	}

	// Column heads and a rule.
	head := "Point"
	if vis < n {
		head = fmt.Sprintf("Point · sources %d–%d of %d (←/→)", s.colOff+1, s.colOff+len(cols), n)
	}
	// One cell between the head and the first source, as the rows keep
	// between a point's label and its cells: at narrow widths the head
	// fills its width ("… of 5 (←/→)courier" ran together).
	line := spaces(gutterWidth) + fit(st.Faint.Paint(head), max(0, labelW-1)) + spaces(min(1, labelW))
	names := d.names
	for _, ci := range cols {
		name := fit(truncateMiddle(names[ci], cw-1), cw-1)
		if ci == s.col {
			line += st.TopicActive.Paint(name) + " "
		} else {
			line += st.SourceName.Paint(name) + " "
		}
	}
	out = append(out, truncate(line, w), st.Rule.Paint(strings.Repeat("─", w)))

	th := max(0, h-ovChrome)
	selLine := -1
	if len(d.rows) > 0 {
		selLine = d.rows[s.sel]
	}
	mk := ovMemoKey{w: w, colOff: s.colOff, styles: st, cov: d.cov}
	for i := s.top; i < len(d.lines) && len(out) < 2+th; i++ {
		if i == selLine || d.memo == nil {
			out = append(out, ovLineView(d, d.lines[i], i == selLine, cols, s.col, cw, labelW, st, w))
			continue
		}
		out = append(out, d.memo.line(mk, i, func() string {
			return ovLineView(d, d.lines[i], false, cols, s.col, cw, labelW, st, w)
		}))
	}
	for len(out) < 2+th {
		out = append(out, "")
	}
	out = append(out, ovSelection(d, s, st, w)...)
	return padLines(out, h)
}

// ovLineView draws one line of the table, its source columns cw wide.
func ovLineView(d ovData, l ovLine, selected bool, cols []int, col, cw, labelW int, st *Styles, w int) string {
	switch l.kind {
	case ovHeading:
		t := &d.cov.Topics[l.t]
		return truncate(spaces(gutterWidth)+st.Heading.Paint(safeInline(t.Label))+st.Faint.Paint("  "+plural(len(t.Points), "point")), w)
	case ovPoint:
		pt := &d.cov.Topics[l.t].Points[l.i]
		gutter := spaces(gutterWidth)
		if selected {
			gutter = st.Marker.Paint("▌") + " "
		}
		label := st.Faint.Paint(pt.ID) + " " + safeInline(pt.Label)
		line := gutter + fit(label, max(0, labelW-1)) + " "
		for _, ci := range cols {
			cell := &pt.Cells[ci]
			txt := fit(cellText(cell), cw-1)
			switch {
			case selected && ci == col:
				txt = st.Cursor.Paint(txt)
			case cell.Silent():
				txt = st.Faint.Paint(txt)
			case cell.Diverge > 0:
				txt = st.BadgeDiverge.Paint(txt)
			case cell.Agree > 0:
				txt = st.BadgeAgree.Paint(txt)
			default:
				txt = st.BadgeRelated.Paint(txt)
			}
			line += txt + " "
		}
		return truncate(line, w)
	case ovNumbers:
		n := &d.cov.Topics[l.t].Numbers[l.i]
		return truncate(spaces(gutterWidth+2)+st.Faint.Paint("# "+safeInline(numbersLine(d.c, d.names, n))), w)
	case ovOmitTitle:
		return truncate(spaces(gutterWidth)+st.Heading.Paint("Omissions")+st.Faint.Paint("  what most other sources report and this one does not"), w)
	case ovOmission:
		o := &d.cov.Omissions[l.i]
		name := st.SourceName.Paint(nameAt(d.names, l.i)) + ": "
		if len(o.Points) == 0 {
			return truncate(spaces(gutterWidth+2)+name+st.Faint.Paint("none"), w)
		}
		room := w - gutterWidth - 2 - stringWidth(name)
		return truncate(spaces(gutterWidth+2)+name+safeInline(pointList(d.cov, o.Points, room)), w)
	}
	return ""
}

// cellText is a cell in at most ovCellWidth-1 cells: "—" when silent, else
// its counts ("=3 ≠1", "~2"; "✓" when it has no verdict to count).
func cellText(c *coverage.Cell) string {
	if c.Silent() {
		return "—"
	}
	var parts []string
	if c.Agree > 0 {
		parts = append(parts, fmt.Sprintf("=%d", c.Agree))
	}
	if c.Diverge > 0 {
		parts = append(parts, fmt.Sprintf("≠%d", c.Diverge))
	}
	// The related count too when the cell holds it ("=3 ≠1 ~2"): it was
	// left out whenever the other two were there.
	if rel := fmt.Sprintf("~%d", c.Related); c.Related > 0 && (len(parts) < 2 || stringWidth(strings.Join(parts, " ")+" "+rel) <= ovCellWidth-1) {
		parts = append(parts, rel)
	}
	if len(parts) == 0 {
		return "✓"
	}
	return strings.Join(parts, " ")
}

// numbersLine is a numbers line with short source names: "dead: wire at
// least 43 people · tribune at least 51 people"; names are c's
// (sourceNames).
func numbersLine(c *corpus.Comparison, names []string, n *coverage.Numbers) string {
	parts := make([]string, 0, len(n.Values))
	for _, v := range n.Values {
		name := v.Document
		if i := docIndex(c, v.Document); i >= 0 {
			name = names[i]
		}
		parts = append(parts, name+" "+strings.Join(v.Text, ", "))
	}
	return n.Thing + ": " + strings.Join(parts, " · ")
}

// pointList names points by id and a few words: "pt6 The government
// declared…; pt7 Police…".
func pointList(cov *coverage.Report, ids []string, room int) string {
	// Each point's words share the room the line has (at least 40 runes
	// each, as before: a line too short for them all is cut at its end).
	n := max(40, room/max(1, len(ids))-8)
	var out []string
	for _, id := range ids {
		for _, t := range cov.Topics {
			for _, pt := range t.Points {
				if pt.ID == id {
					out = append(out, id+" "+shortText(pt.Label, n))
				}
			}
		}
	}
	return strings.Join(out, "; ")
}

// shortText cuts s to about n runes with an ellipsis.
func shortText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// ovSelection describes the selected cell in two lines under the table:
// the point, and what the source says on it with what enter opens.
func ovSelection(d ovData, s ovState, st *Styles, w int) []string {
	out := []string{st.Rule.Paint(strings.Repeat("─", w))}
	if len(d.rows) == 0 {
		return append(out, truncate(spaces(gutterWidth)+st.Faint.Paint("no point is made by two sources or more"), w))
	}
	l := d.lines[d.rows[s.sel]]
	pt := &d.cov.Topics[l.t].Points[l.i]
	cell := &pt.Cells[s.col]
	name := nameAt(d.names, s.col)
	var what string
	if cell.Silent() {
		what = fmt.Sprintf("%s is silent on %s · %d of %d sources cover it", name, pt.ID, pt.Covered, len(pt.Cells))
	} else {
		p := d.c.Passage(cell.Passages[0])
		what = fmt.Sprintf("%s, line %d: %s · ", name, p.Line, report.CellText(cell))
		what += shortText(p.Text, max(10, w))
	}
	return append(out, truncate(spaces(gutterWidth)+safeInline(what), w))
}

// padLines joins lines, cut or padded to exactly h.
func padLines(lines []string, h int) string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// plural says "1 point", "2 points".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

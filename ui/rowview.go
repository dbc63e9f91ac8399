package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// Drawing the items of the reading list. Every function here is a pure
// function of the pair, the item, the geometry and the styles; the reader
// keeps what they return in a keyed memo (memo.go) so a keystroke that only
// moves the selection costs a few string joins. measure.go counts the same
// lines without drawing them, for key handling.

// maxRowLines caps how many lines a passage takes in the list; the detail
// view (enter) shows it in full.
const maxRowLines = 60

// maxReasons is how many reasons the selected row lists under itself.
const maxReasons = 4

// block is an item drawn at one geometry: its lines (without the gutter)
// and how many blank lines separate it from the next item.
type block struct {
	lines []string
	sep   int
}

func (b *block) height() int { return len(b.lines) + b.sep }

// rowGeom is the geometry the list is drawn at: its width (the gutter
// included) and whether rows are split into two columns or stacked.
type rowGeom struct {
	width int
	split bool
	find  string // the active search, painted where it occurs ("" for none)
}

// text is the width right of the gutter.
func (g rowGeom) text() int { return max(0, g.width-gutterWidth) }

// itemSep is how many blank lines follow an item: one after a row, none
// after a heading.
func itemSep(it item) int {
	if it.heading() {
		return 0
	}
	return 1
}

// drawItem draws item it of pv.
func drawItem(pv *pairView, it item, g rowGeom, st *Styles) *block {
	switch {
	case it.heading():
		return drawHeading(pv, it.group, g.text(), st)
	case g.split:
		return drawSplit(pv, pv.row(it), g.width, g.find, st)
	}
	return drawStacked(pv, pv.row(it), g.text(), g.find, st)
}

// passageLines draws one side of a row at width w: the passage wrapped and
// highlighted, a compact line for an echo, or "not covered by …" when the
// side is empty (blank for front matter, which is not compared).
func passageLines(pv *pairView, row corpus.Row, side, w int, find string, st *Styles) []line {
	p, echo := rowSide(row, side)
	switch {
	case p == nil && furnitureRow(row):
		return nil
	case p == nil:
		return []line{styledLine(st.Missing, "not covered by "+pv.names[side], w)}
	case echo:
		first := []rune(strings.Join(strings.Fields(p.Text), " "))
		if len(first) > 200 {
			first = first[:200]
		}
		return []line{styledLine(st.Echo, "↑ shown above: "+safeInline(string(first)), w)}
	}
	spans := marksFor(row.Align, pv.marks[row.Align], p)
	if find != "" {
		spans = append(spans, findSpans(p.Text, find)...)
	}
	lines, cut := wrapText(p.Text, spans, w, maxRowLines, &st.marks)
	if cut {
		lines = append(lines, styledLine(st.Faint, "… enter to read in full", w))
	}
	return lines
}

// rowSide returns the passage on the left (0) or right (1) of a row and
// whether it is an echo of an earlier row.
func rowSide(row corpus.Row, side int) (*corpus.Passage, bool) {
	if side == 1 {
		return row.B, row.EchoB
	}
	return row.A, row.EchoA
}

// furnitureRow reports whether a row shows front matter (a title, a credit,
// a dateline), whose empty side is left blank.
func furnitureRow(row corpus.Row) bool {
	return row.A != nil && row.A.Kind != corpus.KindBody || row.B != nil && row.B.Kind != corpus.KindBody
}

// styledLine truncates plain text to w cells and styles it.
func styledLine(st Style, text string, w int) line {
	t := truncate(text, w)
	return line{st.Paint(t), min(w, stringWidth(t))}
}

// drawSplit draws a row as two columns with the badge between them; the
// shorter side is padded so both take the height of the taller.
func drawSplit(pv *pairView, row corpus.Row, width int, find string, st *Styles) *block {
	colA, colB := splitColumns(width)
	la := passageLines(pv, row, 0, colA, find, st)
	lb := passageLines(pv, row, 1, colB, find, st)
	h := max(len(la), len(lb), 1)
	badge := " " + fit(badgeOf(row, st), centerWidth-2) + " "
	rule := centerRule(st)
	lines := make([]string, h)
	var sb strings.Builder
	for i := range h {
		sb.Reset()
		if i < len(la) {
			sb.WriteString(pad(la[i], colA))
		} else {
			sb.WriteString(spaces(colA))
		}
		switch {
		case i == 0 && len(lb) == 0:
			sb.WriteString(strings.TrimRight(badge, " "))
		case i == 0:
			sb.WriteString(badge)
		case i < len(lb):
			sb.WriteString(rule)
		default:
			sb.WriteString(strings.TrimRight(rule, " "))
		}
		if i < len(lb) {
			sb.WriteString(lb[i].s)
		}
		lines[i] = sb.String()
	}
	return &block{lines: lines, sep: 1}
}

// centerRule is the centre column on a row's lines after the first.
func centerRule(st *Styles) string {
	half := (centerWidth - 1) / 2
	return spaces(half) + st.Rule.Paint("│") + spaces(centerWidth-1-half)
}

// drawStacked draws a row w cells wide as the badge, then each side under
// its source's name.
func drawStacked(pv *pairView, row corpus.Row, w int, find string, st *Styles) *block {
	lines := []string{truncate(badgeOf(row, st), w)}
	for side := range 2 {
		p, _ := rowSide(row, side)
		pl := passageLines(pv, row, side, max(1, w-2), find, st)
		if len(pl) == 0 {
			continue
		}
		if p == nil { // "not covered by …": one line, no label
			lines = append(lines, pl[0].s)
			continue
		}
		lines = append(lines, st.Label.Paint(truncate(pv.names[side], w)))
		for _, l := range pl {
			lines = append(lines, "  "+l.s)
		}
	}
	return &block{lines: lines, sep: 1}
}

// badgeOf returns the styled badge of a row.
func badgeOf(row corpus.Row, st *Styles) string {
	var kind corpus.Kind
	if row.A != nil && row.A.Kind != corpus.KindBody {
		kind = row.A.Kind
	} else if row.B != nil && row.B.Kind != corpus.KindBody {
		kind = row.B.Kind
	}
	return st.badge(row.Verdict(), kind)
}

// drawHeading draws the heading of group gi with its counts, ruled to w.
func drawHeading(pv *pairView, gi, w int, st *Styles) *block {
	g := pv.groups[gi]
	label := st.Heading.Paint(truncate(safeInline(g.Label), w))
	counts := countsText(st, pv.counts[gi], false)
	s := label
	if counts != "" && stringWidth(s)+2+stringWidth(counts) <= w {
		s += "  " + counts
	}
	if note := topicSourceNote(g.Source); note != "" && stringWidth(s)+3+stringWidth(note) <= w {
		s += st.Faint.Paint(" · " + note)
	}
	if rest := w - stringWidth(s) - 1; rest > 0 {
		s += " " + st.Rule.Paint(strings.Repeat("─", rest))
	}
	return &block{lines: []string{s}}
}

// countsText formats verdict counts ("1 agree · 2 diverge"); long adds the
// aligned total for the header.
func countsText(s *Styles, v corpus.Counts, long bool) string {
	var parts []string
	if long {
		parts = append(parts, fmt.Sprintf("%d aligned", v.Aligned))
	}
	add := func(n int, verdict corpus.Verdict) {
		if n > 0 || long {
			parts = append(parts, s.verdictStyle(verdict).Paint(fmt.Sprintf("%d %s", n, verdict)))
		}
	}
	add(v.Agree, corpus.Agree)
	add(v.Diverge, corpus.Diverge)
	add(v.Related, corpus.Related)
	add(v.Unique, corpus.Unique)
	return strings.Join(parts, s.Faint.Paint(" · "))
}

// reasonWrap is the width and line limit of one reason under the selected
// row, w cells wide.
func reasonWrap(w int) (width, maxLines int) { return w - 4, 3 }

// drawReasons draws what the selected row shows under itself, w cells
// wide: the reasons for its verdict in words, and the score. legend says
// which document is A and which B, for reasons worded that way.
func drawReasons(row corpus.Row, legend string, w int, st *Styles) *block {
	if row.Align == nil || w < 8 {
		return &block{}
	}
	var lines []string
	reasons := row.Align.Reasons
	rw, rmax := reasonWrap(w)
	for i, rs := range reasons {
		if i == maxReasons {
			more := fmt.Sprintf("  … %d more", len(reasons)-maxReasons)
			lines = append(lines, st.Reason.Paint(truncate(more, w)))
			break
		}
		wrapped, _ := wrapText(safeInline(rs.Text), nil, rw, rmax, nil)
		for k, l := range wrapped {
			prefix := "    "
			if k == 0 {
				prefix = "  • "
			}
			lines = append(lines, st.Reason.Paint(prefix+l.s))
		}
	}
	tail := fmt.Sprintf("  score %.2f · ", row.Align.Score)
	if mentionsSides(reasons) {
		tail += legend + " · "
	}
	tail += "enter for details"
	lines = append(lines, st.Faint.Paint(truncate(tail, w)))
	return &block{lines: lines}
}

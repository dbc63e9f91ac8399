package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// This file draws the reading list. A frame draws only the items on screen;
// each item is drawn once per geometry (width, split or stacked, styles, list)
// into a block of lines kept in a cache, so a keystroke that only moves the
// selection or scrolls costs a few string joins.

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

// cacheKey is the geometry blocks are valid for.
type cacheKey struct {
	width  int
	split  bool
	styles *Styles
	gen    int // generation of the item list
}

// renderCache holds drawn blocks by item index, and the reasons drawn under
// the selected row, for the current geometry and the one before it (so
// toggling split ⇄ stacked back and forth redraws nothing). It is shared by
// copies of the model and updated in place.
type renderCache struct {
	cacheSet
	prev cacheSet
}

// cacheSet is the drawing of every item at one geometry, filled lazily.
type cacheSet struct {
	key    cacheKey
	blocks []*block
	extra  map[int]*block
}

// sync makes the current set the one for geometry k.
func (c *renderCache) sync(k cacheKey, n int) {
	if c.key == k && len(c.blocks) == n {
		return
	}
	if c.prev.key == k && len(c.prev.blocks) == n {
		c.cacheSet, c.prev = c.prev, c.cacheSet
		return
	}
	c.prev = c.cacheSet
	c.cacheSet = cacheSet{key: k, blocks: make([]*block, n), extra: make(map[int]*block)}
}

// cacheKey returns the geometry the reader draws at now.
func (r *readerPane) cacheKey() cacheKey {
	return cacheKey{width: r.lay.Width, split: r.lay.Split, styles: r.styles, gen: r.gen}
}

// block returns item i drawn at the current geometry.
func (r *readerPane) block(i int) *block {
	r.cache.sync(r.cacheKey(), len(r.items))
	if b := r.cache.blocks[i]; b != nil {
		return b
	}
	var b *block
	it := r.items[i]
	switch {
	case it.heading():
		b = r.drawHeading(it)
	case r.lay.Split:
		b = r.drawSplit(r.pv.row(it))
	default:
		b = r.drawStacked(r.pv.row(it))
	}
	r.cache.blocks[i] = b
	return b
}

// extra returns the lines shown under item i when it is selected: its
// score and reasons in words.
func (r *readerPane) extra(i int) *block {
	r.cache.sync(r.cacheKey(), len(r.items))
	if b, ok := r.cache.extra[i]; ok {
		return b
	}
	b := r.drawReasons(r.pv.row(r.items[i]))
	r.cache.extra[i] = b
	return b
}

// height is how many lines item i takes, the reasons included when it is
// the selected row.
func (r *readerPane) height(i int) int {
	h := r.block(i).height()
	if i == r.sel {
		h += len(r.extra(i).lines)
	}
	return h
}

// lineAt returns line k of item i (k < height(i)) and whether it belongs to
// the selected row's content, for the gutter bar.
func (r *readerPane) lineAt(i, k int) (string, bool) {
	b := r.block(i)
	if k < len(b.lines) {
		return b.lines[k], i == r.sel
	}
	k -= len(b.lines)
	if i == r.sel {
		e := r.extra(i)
		if k < len(e.lines) {
			return e.lines[k], true
		}
	}
	return "", false
}

// bodyView draws the visible part of the list: exactly lay.BodyHeight lines.
func (r *readerPane) bodyView() string {
	h := r.lay.BodyHeight
	if h <= 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow(h * (r.lay.Width + 48))
	marker := r.styles.Marker.Paint("▌") + " "
	n := 0
	for i, skip := r.top, r.topLine; i < len(r.items) && n < h; i, skip = i+1, 0 {
		ih := r.height(i)
		for k := skip; k < ih && n < h; k++ {
			l, sel := r.lineAt(i, k)
			if n > 0 {
				sb.WriteByte('\n')
			}
			if sel {
				sb.WriteString(marker)
			} else if l != "" {
				sb.WriteString("  ")
			}
			sb.WriteString(l)
			n++
		}
	}
	if n == 0 {
		sb.WriteString(r.styles.Faint.Paint(truncate("  nothing to show", r.lay.Width)))
		n++
	}
	for ; n < h; n++ {
		sb.WriteByte('\n')
	}
	return sb.String()
}

// sideName returns the display name of the left (0) or right (1) document.
func (r *readerPane) sideName(side int) string {
	d := r.pv.a
	if side == 1 {
		d = r.pv.b
	}
	return safeInline(r.c.Documents[d].Name)
}

// passageLines draws one side of a row at width w: the passage wrapped and
// highlighted, a compact line for an echo, or "not covered by …" when the
// side is empty (blank for front matter, which is not compared).
func (r *readerPane) passageLines(row corpus.Row, side, w int) []line {
	p, echo := row.A, row.EchoA
	if side == 1 {
		p, echo = row.B, row.EchoB
	}
	switch {
	case p == nil && (row.A != nil && row.A.Kind != corpus.KindBody || row.B != nil && row.B.Kind != corpus.KindBody):
		return nil
	case p == nil:
		return []line{styledLine(r.styles.Missing, "not covered by "+r.sideName(side), w)}
	case echo:
		first := []rune(strings.Join(strings.Fields(p.Text), " "))
		if len(first) > 200 {
			first = first[:200]
		}
		return []line{styledLine(r.styles.Echo, "↑ shown above: "+safeInline(string(first)), w)}
	}
	lines, cut := wrapText(p.Text, marksFor(row.Align, p), w, maxRowLines, &r.paint)
	if cut {
		lines = append(lines, styledLine(r.styles.Faint, "… enter to read in full", w))
	}
	return lines
}

// styledLine truncates plain text to w cells and styles it.
func styledLine(st Style, text string, w int) line {
	t := truncate(text, w)
	return line{st.Paint(t), min(w, stringWidth(t))}
}

// drawSplit draws a row as two columns with the badge between them; the
// shorter side is padded so both take the height of the taller.
func (r *readerPane) drawSplit(row corpus.Row) *block {
	la := r.passageLines(row, 0, r.lay.ColA)
	lb := r.passageLines(row, 1, r.lay.ColB)
	h := max(len(la), len(lb), 1)
	badge := " " + fit(r.badgeOf(row), centerWidth-2) + " "
	rule := r.centerRule()
	lines := make([]string, h)
	var sb strings.Builder
	for i := range h {
		sb.Reset()
		if i < len(la) {
			sb.WriteString(pad(la[i], r.lay.ColA))
		} else {
			sb.WriteString(spaces(r.lay.ColA))
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
func (r *readerPane) centerRule() string {
	half := (centerWidth - 1) / 2
	return spaces(half) + r.styles.Rule.Paint("│") + spaces(centerWidth-1-half)
}

// drawStacked draws a row as the badge, then each side under its source's
// name.
func (r *readerPane) drawStacked(row corpus.Row) *block {
	w := r.lay.Text
	lines := []string{truncate(r.badgeOf(row), w)}
	for side := range 2 {
		p := row.A
		if side == 1 {
			p = row.B
		}
		pl := r.passageLines(row, side, max(1, w-2))
		if len(pl) == 0 {
			continue
		}
		if p == nil { // "not covered by …": one line, no label
			lines = append(lines, pl[0].s)
			continue
		}
		lines = append(lines, r.styles.Label.Paint(truncate(r.sideName(side), w)))
		for _, l := range pl {
			lines = append(lines, "  "+l.s)
		}
	}
	return &block{lines: lines, sep: 1}
}

// badgeOf returns the styled badge of a row.
func (r *readerPane) badgeOf(row corpus.Row) string {
	var kind corpus.Kind
	if row.A != nil && row.A.Kind != corpus.KindBody {
		kind = row.A.Kind
	} else if row.B != nil && row.B.Kind != corpus.KindBody {
		kind = row.B.Kind
	}
	return r.styles.badge(row.Verdict(), kind)
}

// drawHeading draws a group heading with its counts, ruled to the width.
func (r *readerPane) drawHeading(it item) *block {
	g := r.pv.groups[it.group]
	w := r.lay.Text
	label := r.styles.Heading.Paint(truncate(safeInline(g.Label), w))
	counts := countsText(r.styles, r.pv.counts[it.group], false)
	s := label
	if counts != "" && stringWidth(s)+2+stringWidth(counts) <= w {
		s += "  " + counts
	}
	if rest := w - stringWidth(s) - 1; rest > 0 {
		s += " " + r.styles.Rule.Paint(strings.Repeat("─", rest))
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

// drawReasons draws what the selected row shows under itself: the reasons
// for its verdict in words, and the score.
func (r *readerPane) drawReasons(row corpus.Row) *block {
	w := r.lay.Text
	if row.Align == nil || w < 8 {
		return &block{}
	}
	var lines []string
	reasons := row.Align.Reasons
	for i, rs := range reasons {
		if i == maxReasons {
			more := fmt.Sprintf("  … %d more", len(reasons)-maxReasons)
			lines = append(lines, r.styles.Reason.Paint(truncate(more, w)))
			break
		}
		wrapped, _ := wrapText(safeInline(rs.Text), nil, w-4, 3, nil)
		for k, l := range wrapped {
			prefix := "    "
			if k == 0 {
				prefix = "  • "
			}
			lines = append(lines, r.styles.Reason.Paint(prefix+l.s))
		}
	}
	tail := fmt.Sprintf("  score %.2f · ", row.Align.Score)
	if mentionsSides(reasons) {
		tail += sidesLegend(r.c, r.pv.a, r.pv.b) + " · "
	}
	tail += "enter for details"
	lines = append(lines, r.styles.Faint.Paint(truncate(tail, w)))
	return &block{lines: lines}
}

package ui

import "github.com/parallax-reader/parallax/corpus"

// Measuring the items of the reading list: how many lines each function of
// rowview.go would draw, found without drawing, so that key handling
// (scrolling, keeping the selection in view) never renders. Heights do not
// depend on the styles. TestMeasureMatchesDrawing holds each function here
// to its drawing twin.

// measureItem is the height of item it of pv, the blank lines after it
// included: drawItem(pv, it, g, st).height() for any st.
func measureItem(pv *pairView, it item, g rowGeom) int {
	switch {
	case it.heading():
		return 1
	case g.split:
		row := pv.row(it)
		colA, colB := splitColumns(g.width)
		return max(passageHeight(row, 0, colA), passageHeight(row, 1, colB), 1) + itemSep(it)
	}
	row := pv.row(it)
	w := g.text()
	h := 1 // the badge
	for side := range 2 {
		p, _ := rowSide(row, side)
		n := passageHeight(row, side, max(1, w-2))
		switch {
		case n == 0:
		case p == nil:
			h++
		default:
			h += 1 + n // the source's name, then the passage
		}
	}
	return h + itemSep(it)
}

// passageHeight is len(passageLines(pv, row, side, w, st)).
func passageHeight(row corpus.Row, side, w int) int {
	p, echo := rowSide(row, side)
	switch {
	case p == nil && furnitureRow(row):
		return 0
	case p == nil, echo:
		return 1
	}
	n, cut := wrapCount(p.Text, w, maxRowLines)
	if cut {
		n++
	}
	return n
}

// measureReasons is len(drawReasons(row, legend, w, st).lines).
func measureReasons(row corpus.Row, w int) int {
	if row.Align == nil || w < 8 {
		return 0
	}
	n := 0
	rw, rmax := reasonWrap(w)
	for i, rs := range row.Align.Reasons {
		if i == maxReasons {
			n++
			break
		}
		k, _ := wrapCount(safeInline(rs.Text), rw, rmax)
		n += k
	}
	return n + 1 // the score line
}

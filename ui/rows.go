package ui

import (
	"github.com/parallax-reader/parallax/corpus"
)

// pairView is one pair of documents laid out for reading: the engine's
// groups of rows (corpus.Comparison.Pair) and their verdict counts.
type pairView struct {
	a, b   int       // document indexes: left and right
	names  [2]string // their display names, left and right
	legend string    // which document a reason's A and B are (sidesLegend)
	groups []corpus.Group
	total  corpus.Counts   // the whole pair
	counts []corpus.Counts // per group

	// The highlights of the pair's alignments, when the comparison left
	// them out (corpus.Options.LazyMarks): those given so far, and those
	// asked for (marks.go). Updated in place by the root's Update only.
	marks map[*corpus.Alignment]corpus.Marks
	asked map[*corpus.Alignment]bool
}

// newPairView lays out documents a and b of c, whose sources are named
// names (sourceNames).
func newPairView(c *corpus.Comparison, names []string, a, b int) *pairView {
	pv := &pairView{
		a: a, b: b, groups: corpus.Pair(c, a, b),
		names:  [2]string{nameAt(names, a), nameAt(names, b)},
		legend: sidesLegend(names, a, b),
	}
	pv.counts = make([]corpus.Counts, len(pv.groups))
	for gi, g := range pv.groups {
		if g.Kind == corpus.GroupUnique {
			// The engine names the document as given; a full path would
			// fill the heading and the topic bar.
			pv.groups[gi].Label = "Only in " + pv.names[g.Side]
		}
		for _, r := range g.Rows {
			pv.counts[gi].Add(r)
			pv.total.Add(r)
		}
	}
	return pv
}

// item is one entry of the reading list: a group heading (row < 0) or a row.
type item struct {
	group int
	row   int
}

func (it item) heading() bool { return it.row < 0 }

// items lists the headings and rows to show, all groups or only group
// filter (when filter ≥ 0).
func (pv *pairView) items(filter int) []item {
	n := 0
	for gi, g := range pv.groups {
		if filter < 0 || gi == filter {
			n += len(g.Rows) + 1
		}
	}
	out := make([]item, 0, n)
	for gi, g := range pv.groups {
		if filter >= 0 && gi != filter {
			continue
		}
		out = append(out, item{gi, -1})
		for ri := range g.Rows {
			out = append(out, item{gi, ri})
		}
	}
	return out
}

// row returns the row an item shows (the zero Row for a heading).
func (pv *pairView) row(it item) corpus.Row {
	if it.heading() {
		return corpus.Row{}
	}
	return pv.groups[it.group].Rows[it.row]
}

// find returns the index in items of the row showing passage id, preferring
// a row where it is not an echo of an earlier one; -1 if none shows it.
func (pv *pairView) find(items []item, id string) int {
	echo := -1
	for i, it := range items {
		if it.heading() {
			continue
		}
		r := pv.row(it)
		if r.A != nil && r.A.ID == id {
			if !r.EchoA {
				return i
			}
			if echo < 0 {
				echo = i
			}
		}
		if r.B != nil && r.B.ID == id {
			if !r.EchoB {
				return i
			}
			if echo < 0 {
				echo = i
			}
		}
	}
	return echo
}

// marksFor returns the highlight spans of passage p in alignment al: its
// own, or when the comparison left them out, lazy, those a Marker gave
// (marks.go). An alignment holds the lower-index document in A, which is
// the right-hand side when the pair is shown swapped.
func marksFor(al *corpus.Alignment, lazy corpus.Marks, p *corpus.Passage) []span {
	if al == nil || p == nil {
		return nil
	}
	ma, mb := al.MarksA, al.MarksB
	if ma == nil && mb == nil {
		ma, mb = lazy.A, lazy.B
	}
	switch p.ID {
	case al.A:
		return marksSpans(ma)
	case al.B:
		return marksSpans(mb)
	}
	return nil
}

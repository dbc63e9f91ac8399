package report

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file lays out the comparison of two documents as rows a person reads
// down: front matter first, then one group per topic in the topic set's
// order (then content shared outside any topic), then what each document
// alone says. The reader and the Markdown report both use it, so they show
// the same pairing.
//
// Alignments are many-to-many, but a row shows one passage per side. Rows are
// taken strongest first. An alignment gets a row when one of its passages is
// not shown yet (so no passage with a counterpart is ever reported as
// unique), when it is the best match of either passage, or when it
// diverges (a divergence is what a reader most needs to see). Other
// alignments between passages already shown add no row; AlignmentsOf still
// lists them for detail views. A passage shown again is marked as an echo
// in every row after the first one in reading order.

// GroupKind says what a group of rows holds.
type GroupKind string

// The group kinds.
const (
	GroupFront  GroupKind = "front"  // titles, tags, credits, datelines
	GroupTopic  GroupKind = "topic"  // aligned passages under one topic
	GroupUnique GroupKind = "unique" // passages of one document with no counterpart in the other
)

// Row is one line of the pairing: a passage per side, either of which may be
// nil, and the alignment between them when there is one.
type Row struct {
	A, B  *model.Passage
	Align *model.Alignment
	// EchoA and EchoB say that side's passage is already shown in an earlier
	// row: it is repeated here because it also matches the other side.
	EchoA, EchoB bool
}

// Verdict is the row's badge: the alignment's verdict, or Unique for a row
// with one side only.
func (r Row) Verdict() model.Verdict {
	if r.Align != nil {
		return r.Align.Verdict
	}
	if r.A != nil && r.A.Kind != model.KindBody || r.B != nil && r.B.Kind != model.KindBody {
		return ""
	}
	return model.Unique
}

// Group is a run of rows under one heading.
type Group struct {
	Kind   GroupKind
	Topic  string            // topic id for GroupTopic ("" for shared content outside any topic)
	Source model.TopicSource // where the topic came from (built-in, user file, found), for GroupTopic
	Label  string            // heading, e.g. "Warnings received" or "Only in a.txt"
	Side   int               // for GroupUnique: 0 when the passages are A's, 1 when B's
	Rows   []Row
}

// Pair lays out documents a and b (indexes into c.Documents, a != b) as
// groups of rows. Empty groups are left out.
func Pair(c *model.Comparison, a, b int) []Group {
	return pairWith(c, a, b, allAlignments(c))
}

// CountPairs counts the rows of every pair of documents as Pair lays them
// out, in pair order (0–1, 0–2, …, 1–2, …): the counts a list of pairs
// gives are those the pair shows. The alignments are indexed by pair
// once, not scanned for each, and only the rows are picked (pairRows),
// not laid out; the pairs are counted in parallel.
func CountPairs(c *model.Comparison) []Counts {
	idx := byPair(c)
	pairs := docPairs(c)
	out := make([]Counts, len(pairs))
	parallel.For(len(pairs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = countPair(c, pairs[i][0], pairs[i][1], idx[pairs[i]])
		}
	})
	return out
}

// countPair is CountRows(pairWith(c, a, b, idx)) without the layout: the
// picked rows, and the body passages of each side no row shows.
func countPair(c *model.Comparison, a, b int, idx []int) Counts {
	rows, usedA, usedB := pairRows(c, a, b, idx)
	var n Counts
	for _, r := range rows {
		n.Add(r)
	}
	for side, d := range []*model.Document{c.Documents[a], c.Documents[b]} {
		used := usedA
		if side == 1 {
			used = usedB
		}
		for _, p := range d.Passages {
			if p.Kind == model.KindBody && !used[p] {
				n.Unique++
			}
		}
	}
	return n
}

// allAlignments lists the index of every alignment of c.
func allAlignments(c *model.Comparison) []int {
	idx := make([]int, len(c.Alignments))
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// byPair indexes the alignments of c by the pair of documents they link
// (lower index first), so that laying out every pair of many documents
// does not scan every alignment for each.
func byPair(c *model.Comparison) map[[2]int][]int {
	m := map[[2]int][]int{}
	for i := range c.Alignments {
		pa, pb := c.Passage(c.Alignments[i].A), c.Passage(c.Alignments[i].B)
		if pa == nil || pb == nil {
			continue
		}
		k := [2]int{min(pa.Doc, pb.Doc), max(pa.Doc, pb.Doc)}
		m[k] = append(m[k], i)
	}
	return m
}

// pairRows picks the rows of documents a and b among the alignments in
// idx (see the top of this file): strongest first, those that show a
// passage not shown yet, a best match or a divergence. It returns them
// in that order, with the passages shown on each side.
func pairRows(c *model.Comparison, a, b int, idx []int) (rows []Row, usedA, usedB map[*model.Passage]bool) {
	swap := a > b // alignments hold the lower-index document in A
	// Alignments between the two documents, oriented a→b.
	type oriented struct {
		al   *model.Alignment
		pa   *model.Passage
		pb   *model.Passage
		rank int
	}
	cands := make([]oriented, 0, len(idx))
	for _, i := range idx {
		al := &c.Alignments[i]
		pa, pb := c.Passage(al.A), c.Passage(al.B)
		if pa == nil || pb == nil {
			continue
		}
		if swap {
			pa, pb = pb, pa
		}
		if pa.Doc != a || pb.Doc != b {
			continue
		}
		cands = append(cands, oriented{al, pa, pb, i})
	}
	// Ranks are distinct, so this order is total: a stable sort would
	// give the same.
	slices.SortFunc(cands, func(x, y oriented) int {
		if x.al.Score != y.al.Score {
			return cmp.Compare(y.al.Score, x.al.Score)
		}
		return cmp.Compare(x.rank, y.rank)
	})
	usedA = map[*model.Passage]bool{}
	usedB = map[*model.Passage]bool{}
	for _, o := range cands {
		if usedA[o.pa] && usedB[o.pb] && !o.al.Best && o.al.Verdict != model.Diverge {
			continue
		}
		rows = append(rows, Row{A: o.pa, B: o.pb, Align: o.al})
		usedA[o.pa], usedB[o.pb] = true, true
	}
	return rows, usedA, usedB
}

// pairWith is Pair over the alignments listed in idx (indexes into
// c.Alignments, in order; others are ignored).
func pairWith(c *model.Comparison, a, b int, idx []int) []Group {
	da, db := c.Documents[a], c.Documents[b]

	var front Group
	front.Kind = GroupFront
	front.Label = "Front matter"
	fa, fb := furniture(da), furniture(db)
	for i := 0; i < max(len(fa), len(fb)); i++ {
		var r Row
		if i < len(fa) {
			r.A = fa[i]
		}
		if i < len(fb) {
			r.B = fb[i]
		}
		front.Rows = append(front.Rows, r)
	}

	rows, usedA, usedB := pairRows(c, a, b, idx)
	byTopic := map[string][]Row{}
	for _, r := range rows {
		byTopic[r.Align.Topic] = append(byTopic[r.Align.Topic], r)
	}

	var groups []Group
	if len(front.Rows) > 0 {
		groups = append(groups, front)
	}
	topicIDs := make([]string, 0, len(c.Topics)+1)
	sources := make(map[string]model.TopicSource, len(c.Topics))
	for _, t := range c.Topics {
		topicIDs = append(topicIDs, t.ID)
		sources[t.ID] = t.Source
	}
	topicIDs = append(topicIDs, "")
	for _, id := range topicIDs {
		rows := byTopic[id]
		if len(rows) == 0 {
			continue
		}
		sort.SliceStable(rows, func(i, j int) bool {
			if rows[i].A.Index != rows[j].A.Index {
				return rows[i].A.Index < rows[j].A.Index
			}
			return rows[i].B.Index < rows[j].B.Index
		})
		groups = append(groups, Group{Kind: GroupTopic, Topic: id, Label: c.TopicLabel(id), Source: sources[id], Rows: rows})
	}

	markEchoes(groups)

	for side, d := range []*model.Document{da, db} {
		used := usedA
		if side == 1 {
			used = usedB
		}
		g := Group{Kind: GroupUnique, Label: fmt.Sprintf("Only in %s", d.Name), Side: side}
		for _, p := range d.Passages {
			if p.Kind != model.KindBody || used[p] {
				continue
			}
			r := Row{}
			if side == 0 {
				r.A = p
			} else {
				r.B = p
			}
			g.Rows = append(g.Rows, r)
		}
		if len(g.Rows) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// markEchoes flags, in reading order, every row whose passage was already
// shown in an earlier row, so the full text is shown where a reader meets
// the passage first.
func markEchoes(groups []Group) {
	seen := map[*model.Passage]bool{}
	for gi := range groups {
		for ri := range groups[gi].Rows {
			r := &groups[gi].Rows[ri]
			if r.A != nil {
				r.EchoA = seen[r.A]
				seen[r.A] = true
			}
			if r.B != nil {
				r.EchoB = seen[r.B]
				seen[r.B] = true
			}
		}
	}
}

// furniture returns a document's non-body passages in order.
func furniture(d *model.Document) []*model.Passage {
	var out []*model.Passage
	for _, p := range d.Passages {
		if p.Kind != model.KindBody {
			out = append(out, p)
		}
	}
	return out
}

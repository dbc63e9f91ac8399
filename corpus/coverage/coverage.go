// Package coverage reads a comparison of many documents as one table
// rather than pair by pair: the points the sources make, which source
// covers each point and which is silent on it, the numbers each source
// gives per topic, what each source leaves out that most others report
// (coverage.go), and who is quoted saying what (ledger.go).
//
// It works on the comparison and on per-passage facts (quantities and
// attributed claims) that the orchestrator reads for it, so it imports
// only the data contract; it never imports a terminal library.
package coverage

import (
	"cmp"
	"slices"
	"sort"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// How points are found. A point is a cluster of passages, from different
// documents, that speak to the same thing: the connected passages of the
// alignment graph. Plain connected components chain (A's paragraph on the
// death toll aligns with B's on the toll and the arrests, which aligns
// with C's on the arrests…) until one point swallows a topic, so the
// clusters are grown greedily instead: alignments strongest first, only
// the best match of a passage in another document, and two clusters join
// only when no document is in both. A document therefore speaks to a
// point with one passage; a second paragraph of it on the same thing
// starts (or joins) another point. What it gets wrong: a source that
// splits one point over two paragraphs shows as covering two points, and
// a weak best match can still join two points that a person would keep
// apart.

// Report is the coverage of a comparison: its points by topic, and each
// document's omissions.
type Report struct {
	Documents []string   `json:"documents"` // document ids, the columns
	Topics    []Topic    `json:"topics"`    // topics with at least one point, in the topic set's order
	Omissions []Omission `json:"omissions"` // one per document, in document order
}

// Topic is one topic's points and the numbers the sources give on it.
type Topic struct {
	ID      string    `json:"id"` // "" for content shared outside any topic
	Label   string    `json:"label"`
	Points  []Point   `json:"points"`
	Numbers []Numbers `json:"numbers"` // one line per counted thing, most sources first
}

// Point is one thing several sources speak to.
type Point struct {
	ID      string `json:"id"`      // "pt1", "pt2", … in reading order
	Label   string `json:"label"`   // the opening of its most connected passage
	Covered int    `json:"covered"` // how many documents speak to it
	Cells   []Cell `json:"cells"`   // one per document, in document order
}

// Cell is what one document says on a point: nothing (no passages), or a
// passage with the verdicts of its alignments to the others in the point.
type Cell struct {
	Document string   `json:"document"`
	Passages []string `json:"passages"` // empty when the document is silent on the point
	Agree    int      `json:"agree"`
	Diverge  int      `json:"diverge"`
	Related  int      `json:"related"`
}

// Silent reports whether the document says nothing on the point.
func (c *Cell) Silent() bool { return len(c.Passages) == 0 }

// Numbers is what each source gives for one counted thing under a topic.
type Numbers struct {
	Thing  string  `json:"thing"`  // "dead", "injured", "amount"
	Values []Value `json:"values"` // one per document that gives it, in document order
}

// Value is the quantities one document gives for a thing, as written.
type Value struct {
	Document string   `json:"document"`
	Text     []string `json:"text"`
}

// Omission lists the points most other documents cover and this one does
// not.
type Omission struct {
	Document string   `json:"document"`
	Points   []string `json:"points"` // point ids
}

// Quantity is one number a passage gives: what it counts, and how it is
// written.
type Quantity struct {
	Thing string
	Text  string
}

// Facts is what the orchestrator reads from one body passage for the
// coverage and the ledger.
type Facts struct {
	Quantities   []Quantity
	Attributions []Attribution
}

// Build reads the coverage of c. facts holds, by passage id, what was read
// from each body passage (it may be nil: no numbers then).
func Build(c *model.Comparison, facts map[string]*Facts) *Report {
	r := &Report{Documents: make([]string, len(c.Documents)), Topics: []Topic{}, Omissions: []Omission{}}
	for i, d := range c.Documents {
		r.Documents[i] = d.ID
	}
	clusters := cluster(c)
	topicOf := map[string]string{} // passage id → its point's topic
	byTopic := map[string][]Point{}
	for _, cl := range clusters {
		for _, p := range cl.passages {
			topicOf[p.ID] = cl.topic
		}
		byTopic[cl.topic] = append(byTopic[cl.topic], cl.point(c))
	}
	display := c.DisplayTopics()
	ids := make([]string, 0, len(c.Topics)+1)
	for _, t := range c.Topics {
		ids = append(ids, t.ID)
	}
	ids = append(ids, "")
	// Each passage's topic, gathered once: numbers then reads only the
	// passages of its topic (per topic over every passage was quadratic
	// with many found points).
	inTopic := map[string][]*model.Passage{}
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			if f := facts[p.ID]; f == nil || len(f.Quantities) == 0 {
				continue
			}
			t, ok := topicOf[p.ID]
			if !ok {
				t, ok = display[p.ID]
			}
			if ok {
				inTopic[t] = append(inTopic[t], p)
			}
		}
	}
	n := 0
	for _, id := range ids {
		pts := byTopic[id]
		if len(pts) == 0 {
			continue
		}
		for i := range pts {
			n++
			pts[i].ID = "pt" + itoa(n)
		}
		t := Topic{ID: id, Label: c.TopicLabel(id), Points: pts}
		t.Numbers = numbers(c, inTopic[id], facts)
		r.Topics = append(r.Topics, t)
	}
	r.Omissions = omissions(r)
	return r
}

// clusterOf is one point being grown: its passages, its documents, and
// the alignments inside it.
type clusterOf struct {
	passages []*model.Passage
	docs     []bool
	aligns   []*model.Alignment
	ends     [][2]*model.Passage // the passages of each of aligns
	topic    string
	first    [2]int // document and passage index of its first passage, for order
}

// cluster grows the points of c (see the comment at the top) and returns
// those spoken to by two documents or more, in reading order: by the first
// document that speaks to them, then where it does.
func cluster(c *model.Comparison) []*clusterOf {
	// Each alignment's two passages, looked up once: a comparison of
	// twenty long articles has hundreds of thousands of alignments.
	ends := make([][2]*model.Passage, len(c.Alignments))
	for i := range c.Alignments {
		ends[i] = [2]*model.Passage{c.Passage(c.Alignments[i].A), c.Passage(c.Alignments[i].B)}
	}
	// The best matches, strongest first, ties in the comparison's order:
	// sorted with their scores beside them, and the index breaking ties,
	// which is a stable sort's order at a fraction of its cost (a stable
	// sort reading each score from its alignment was half of Build at
	// twenty sources).
	type scored struct {
		score float64
		i     int
	}
	best := make([]scored, 0, len(c.Alignments))
	for i := range c.Alignments {
		if c.Alignments[i].Best {
			best = append(best, scored{c.Alignments[i].Score, i})
		}
	}
	slices.SortFunc(best, func(a, b scored) int {
		if o := cmp.Compare(b.score, a.score); o != 0 {
			return o
		}
		return cmp.Compare(a.i, b.i)
	})
	order := make([]int, len(best))
	for k, b := range best {
		order[k] = b.i
	}
	of := map[*model.Passage]*clusterOf{}
	get := func(p *model.Passage) *clusterOf {
		if cl := of[p]; cl != nil {
			return cl
		}
		cl := &clusterOf{passages: []*model.Passage{p}, docs: make([]bool, len(c.Documents))}
		cl.docs[p.Doc] = true
		of[p] = cl
		return cl
	}
	for _, k := range order {
		pa, pb := ends[k][0], ends[k][1]
		if pa == nil || pb == nil {
			continue
		}
		ca, cb := get(pa), get(pb)
		if ca == cb || overlap(ca.docs, cb.docs) {
			continue
		}
		if len(ca.passages) < len(cb.passages) {
			ca, cb = cb, ca
		}
		for _, p := range cb.passages {
			ca.passages = append(ca.passages, p)
			ca.docs[p.Doc] = true
			of[p] = ca
		}
	}
	// Every alignment inside a cluster counts in its cells, best or not.
	for i := range c.Alignments {
		pa, pb := ends[i][0], ends[i][1]
		if pa == nil || pb == nil || of[pa] == nil || of[pa] != of[pb] {
			continue
		}
		cl := of[pa]
		cl.aligns = append(cl.aligns, &c.Alignments[i])
		cl.ends = append(cl.ends, ends[i])
	}
	// The rank of each topic in the topic set, built once: with many found
	// points the set is long, and building it per cluster was quadratic.
	rank := map[string]int{"": len(c.Topics)}
	for i, t := range c.Topics {
		rank[t.ID] = i
	}
	seen := map[*clusterOf]bool{}
	var out []*clusterOf
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			cl := of[p]
			if cl == nil || seen[cl] || len(cl.passages) < 2 {
				continue
			}
			seen[cl] = true
			cl.first = [2]int{p.Doc, p.Index}
			cl.topic = cl.majorityTopic(rank)
			out = append(out, cl)
		}
	}
	return out
}

// overlap reports whether two document sets share a document.
func overlap(a, b []bool) bool {
	for i := range a {
		if a[i] && b[i] {
			return true
		}
	}
	return false
}

// majorityTopic is the topic most of the cluster's alignments are under;
// a tie goes to the topic that comes first in the topic set ("" last).
// rank gives each topic id its position in the topic set.
func (cl *clusterOf) majorityTopic(rank map[string]int) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, al := range cl.aligns {
		count[al.Topic]++
		n := count[al.Topic]
		if n > bestN || n == bestN && rank[al.Topic] < rank[best] {
			best, bestN = al.Topic, n
		}
	}
	return best
}

// point turns a cluster into a Point: a cell per document with the
// verdicts of its passage's alignments inside the point, and the label of
// its most connected passage.
func (cl *clusterOf) point(c *model.Comparison) Point {
	pt := Point{Cells: make([]Cell, len(c.Documents))}
	for i, d := range c.Documents {
		pt.Cells[i] = Cell{Document: d.ID, Passages: []string{}}
	}
	sort.Slice(cl.passages, func(i, j int) bool {
		a, b := cl.passages[i], cl.passages[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return a.Index < b.Index
	})
	for _, p := range cl.passages {
		pt.Cells[p.Doc].Passages = append(pt.Cells[p.Doc].Passages, p.ID)
	}
	degree := map[*model.Passage]int{}
	for k, al := range cl.aligns {
		for _, p := range cl.ends[k] {
			degree[p]++
			cell := &pt.Cells[p.Doc]
			switch al.Verdict {
			case model.Agree:
				cell.Agree++
			case model.Diverge:
				cell.Diverge++
			default:
				cell.Related++
			}
		}
	}
	rep := cl.passages[0]
	for _, p := range cl.passages {
		if degree[p] > degree[rep] {
			rep = p
		}
	}
	pt.Label = text.Opening(rep.Text, 100)
	for i := range pt.Cells {
		if !pt.Cells[i].Silent() {
			pt.Covered++
		}
	}
	return pt
}

// omissions lists, per document, the points that more than half of the
// other documents cover and it does not.
func omissions(r *Report) []Omission {
	out := make([]Omission, len(r.Documents))
	for di, id := range r.Documents {
		out[di] = Omission{Document: id, Points: []string{}}
	}
	others := len(r.Documents) - 1
	for _, t := range r.Topics {
		for _, pt := range t.Points {
			if 2*pt.Covered <= others {
				continue
			}
			for di := range pt.Cells {
				if pt.Cells[di].Silent() {
					out[di].Points = append(out[di].Points, pt.ID)
				}
			}
		}
	}
	return out
}

// numbers lists, for the passages of one topic (in document order), each
// counted thing that two documents or more give a number for: a passage
// counts under its point's topic, or under the topic it is shown under
// when it is in no point.
func numbers(c *model.Comparison, passages []*model.Passage, facts map[string]*Facts) []Numbers {
	type key struct {
		thing string
		doc   int
	}
	texts := map[key][]string{}
	var things []string
	docs := map[string]int{}
	for _, p := range passages { // in document order
		di := p.Doc
		for _, q := range facts[p.ID].Quantities {
			k := key{q.Thing, di}
			if _, seen := texts[k]; !seen {
				if docs[q.Thing] == 0 {
					things = append(things, q.Thing)
				}
				docs[q.Thing]++
			}
			if !contains(texts[k], q.Text) {
				texts[k] = append(texts[k], q.Text)
			}
		}
	}
	out := []Numbers{}
	for _, th := range things {
		if docs[th] < 2 {
			continue
		}
		n := Numbers{Thing: th}
		for di, d := range c.Documents {
			if ts := texts[key{th, di}]; len(ts) > 0 {
				n.Values = append(n.Values, Value{Document: d.ID, Text: ts})
			}
		}
		out = append(out, n)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Values) > len(out[j].Values) })
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

package coverage

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// comparison builds a comparison of n documents with k body passages each
// and the given alignments (all best matches).
func comparison(n, k int, als ...model.Alignment) *model.Comparison {
	c := &model.Comparison{Topics: []model.Topic{{ID: "t", Label: "T"}}}
	for di := range n {
		d := &model.Document{ID: "d" + itoa(di+1), Name: "doc" + itoa(di+1)}
		for pi := range k {
			d.Passages = append(d.Passages, &model.Passage{ID: d.ID + "p" + itoa(pi+1), Doc: di, Index: pi, Kind: model.KindBody, Text: "passage " + itoa(pi+1)})
		}
		c.Documents = append(c.Documents, d)
	}
	for i := range als {
		als[i].Best = true
	}
	c.Alignments = als
	c.IndexPassages()
	return c
}

func al(a, b string, score float64, v model.Verdict) model.Alignment {
	return model.Alignment{A: a, B: b, Score: score, Verdict: v, Topic: "t"}
}

// TestClustersKeepOnePassagePerDocument guards the greedy growth: a
// second passage of a document that aligns to a point already holding one
// of its passages starts a point of its own instead of merging the two.
func TestClustersKeepOnePassagePerDocument(t *testing.T) {
	c := comparison(3, 2,
		al("d1p1", "d2p1", 0.9, model.Agree),
		al("d2p1", "d3p1", 0.8, model.Diverge),
		al("d1p2", "d3p1", 0.5, model.Agree), // d1 is in the point already
		al("d1p2", "d2p2", 0.7, model.Agree),
	)
	r := Build(c, nil)
	if len(r.Topics) != 1 {
		t.Fatalf("topics: %+v", r.Topics)
	}
	pts := r.Topics[0].Points
	if len(pts) != 2 {
		t.Fatalf("points: %+v", pts)
	}
	if pts[0].Covered != 3 || pts[1].Covered != 2 {
		t.Errorf("covered: %d, %d; want 3, 2", pts[0].Covered, pts[1].Covered)
	}
	if got := pts[0].Cells[2]; got.Diverge != 1 || got.Agree != 0 {
		t.Errorf("d3's cell: %+v, want one divergence", got)
	}
	if !pts[1].Cells[2].Silent() {
		t.Errorf("d3 should be silent on the second point: %+v", pts[1].Cells[2])
	}
	// The second point is covered by 2 of 3: more than half of d3's two
	// others, so it is d3's omission.
	if o := r.Omissions[2].Points; len(o) != 1 || o[0] != pts[1].ID {
		t.Errorf("d3 omissions: %v", o)
	}
}

// TestNumbersNeedTwoSources: a counted thing only one source gives has no
// line.
func TestNumbersNeedTwoSources(t *testing.T) {
	c := comparison(3, 1, al("d1p1", "d2p1", 0.9, model.Agree), al("d2p1", "d3p1", 0.8, model.Agree))
	facts := map[string]*Facts{
		"d1p1": {Quantities: []Quantity{{"dead", "43"}, {"boats", "2"}}},
		"d2p1": {Quantities: []Quantity{{"dead", "51"}}},
	}
	r := Build(c, facts)
	ns := r.Topics[0].Numbers
	if len(ns) != 1 || ns[0].Thing != "dead" || len(ns[0].Values) != 2 {
		t.Fatalf("numbers: %+v", ns)
	}
}

// TestLedgerMergesSources: one speaker saying one thing in two sources is
// one entry listing both, hedged in the one that hedges.
func TestLedgerMergesSources(t *testing.T) {
	c := comparison(2, 1)
	facts := map[string]*Facts{
		"d1p1": {Attributions: []Attribution{{Speaker: "Iran", SpeakerKey: "iran", Says: "warning from Iran", Act: Claims}}},
		"d2p1": {Attributions: []Attribution{{Speaker: "Tehran", SpeakerKey: "iran", Says: "Warning from Iran", Act: Claims, Hedged: true}}},
	}
	l := BuildLedger(c, facts)
	if len(l.Entries) != 1 {
		t.Fatalf("entries: %+v", l.Entries)
	}
	e := l.Entries[0]
	if len(e.Sources) != 2 || len(e.Hedged) != 1 || e.Hedged[0] != "d2" || e.Anonymous {
		t.Errorf("entry: %+v", e)
	}
}

// TestLedgerMergesWordings: one speaker's denial worded a little
// differently by two sources is one entry; a different denial is not.
func TestLedgerMergesWordings(t *testing.T) {
	c := comparison(3, 1)
	facts := map[string]*Facts{
		"d1p1": {Attributions: []Attribution{{Speaker: "Lakeline", Says: "denied that it was overloaded", Act: Denies}}},
		"d2p1": {Attributions: []Attribution{{Speaker: "Lakeline", Says: "denied that the ferry was overloaded", Act: Denies}}},
		"d3p1": {Attributions: []Attribution{{Speaker: "Lakeline", Says: "denied any safety failings", Act: Denies}}},
	}
	l := BuildLedger(c, facts)
	if len(l.Entries) != 2 || len(l.Entries[0].Sources) != 2 {
		t.Fatalf("entries: %+v", l.Entries)
	}
}

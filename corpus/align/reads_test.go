package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/synth"
)

// TestReadsSharedAsPerPair guards what Reads promises: a document's
// phrases, their counts and its words for paraphrase, read once and kept
// for all its pairs (keep, as analyze does from three documents on), give
// every pair the links that reading them per pair gives (Pair).
func TestReadsSharedAsPerPair(t *testing.T) {
	arts := synth.Articles(7, 3, 30)
	var all []*model.Passage
	var off []int
	for d, a := range arts {
		off = append(off, len(all))
		for k, p := range strings.Split(strings.TrimSpace(a), "\n\n") {
			all = append(all, &model.Passage{ID: fmt.Sprintf("d%dp%d", d, k), Kind: model.KindBody, Text: p})
		}
	}
	off = append(off, len(all))
	feats, _ := features.Extract(all)
	vecs := Vectorize(feats)
	m := BuildModel(feats, vecs)
	doc := func(d int) ([]*features.Passage, []*Vector) { return feats[off[d]:off[d+1]], vecs[off[d]:off[d+1]] }
	reads := make([]*Reads, len(arts))
	for d := range arts {
		f, v := doc(d)
		reads[d] = NewReads(f, v, true)
	}
	// Document 0 meets 1 and then 2 with the same Reads, as alignPairs
	// pairs it.
	for _, p := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
		fa, va := doc(p[0])
		fb, vb := doc(p[1])
		post := BuildPostings(vb, len(m.Idf))
		want := Pair(fa, fb, va, vb, post, m)
		got := PairRead(fa, fb, va, vb, post, m, reads[p[0]], reads[p[1]])
		if len(want) == 0 {
			t.Fatalf("%v: no links: the test reads nothing", p)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%v: with shared reads\n got %v\nwant %v", p, got, want)
		}
	}
	// The shared reads were read, not passed over: phrases (all kept)
	// and some passages' words for paraphrase.
	for d, r := range reads {
		para := 0
		for k := range r.par {
			if r.par[k].Load() != nil {
				para++
			}
		}
		if r.df == nil || r.phr[0].Load() == nil || para == 0 {
			t.Errorf("document %d: phrases counted %v, kept %v, %d paraphrase sets read", d, r.df != nil, r.phr[0].Load() != nil, para)
		}
	}
}

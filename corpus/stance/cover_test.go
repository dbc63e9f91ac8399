package stance

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// readDoc extracts the features of a document's paragraphs together.
func readDoc(t *testing.T, paras ...string) []*features.Passage {
	t.Helper()
	var ps []*model.Passage
	for _, p := range paras {
		ps = append(ps, &model.Passage{ID: "p", Kind: model.KindBody, Text: p})
	}
	fs, _ := features.Extract(ps)
	return fs
}

// TestDenialOfTheClaim pins when the sentence carrying the claim reports
// a denial of it (a report of a denial is not support) and which passage
// the claim check shows.
func TestDenialOfTheClaim(t *testing.T) {
	claim := "the bridge was unsafe"
	cases := []struct {
		name    string
		paras   []string
		denied  bool
		carrier int
	}{
		{"denial before the claim", []string{"The bridge closed on Friday.", "The city denied that the bridge was unsafe."}, true, 1},
		{"denial before the predicate", []string{"The bridge operator denied it was unsafe, the mayor said."}, true, 0},
		{"the claim stated", []string{"Engineers said the bridge was unsafe.", "The bridge closed on Friday."}, false, 0},
		{"a denial of something else", []string{"The mayor rejected calls to resign and said the bridge was unsafe."}, false, 0},
		{"the subject only, closest sentence shown", []string{"Heavy rain fell on Friday.", "The bridge closed on Friday."}, false, 1},
	}
	for _, c := range cases {
		s := Read(readClaim(t, claim), readDoc(t, c.paras...))
		if s.Denied != c.denied || s.Carrier != c.carrier {
			t.Errorf("%s: denied %v carrier %d, want %v %d", c.name, s.Denied, s.Carrier, c.denied, c.carrier)
		}
	}
}

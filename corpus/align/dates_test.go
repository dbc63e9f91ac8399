package align

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// sharedDates counts the date features two passages have in common.
func sharedDates(t *testing.T, a, b string) int {
	t.Helper()
	feats, _ := features.Extract([]*model.Passage{{ID: "a", Kind: model.KindBody, Text: a}, {ID: "b", Kind: model.KindBody, Text: b}})
	keys := func(f *features.Passage) map[uint64]bool {
		out := map[uint64]bool{}
		for i := range f.Nums {
			q := &f.Nums[i]
			if q.Kind == features.QDate || q.Kind == features.QYear {
				for _, h := range dateKeys(q, f.Text[q.Start:q.End]) {
					if h != 0 {
						out[h] = true
					}
				}
			}
		}
		return out
	}
	ka, kb := keys(feats[0]), keys(feats[1])
	n := 0
	for h := range ka {
		if kb[h] {
			n++
		}
	}
	return n
}

// TestDateKeys guards how dates meet in the vectors: a year with or
// without its month, a day written either way round; other years and
// days do not.
func TestDateKeys(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"He went on leave in 1990 and never came back.", "He was fired after last appearing for work in December 1990.", true},
		{"The raid took place on Sept. 26 near the border.", "The raid took place on 26 September near the border.", true},
		{"He went on leave in 1990 and never came back.", "He was fired after last appearing for work in December 1991.", false},
		{"The raid took place on Sept. 26 near the border.", "The raid took place on 27 September near the border.", false},
	} {
		if got := sharedDates(t, tt.a, tt.b) > 0; got != tt.want {
			t.Errorf("%q / %q: share a date = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

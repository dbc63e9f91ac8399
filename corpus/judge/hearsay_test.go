package judge

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestHearsay guards what hearsay takes for a report of what hearsay says:
// "according to" a hearsay noun, or a passive verb of saying before "to
// have" / "to be"; not a person's, body's or outlet's report, and not
// "reported to police".
func TestHearsay(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"According to the article, the driver was drunk.", "According", true},
		{"The driver was drunk, according to reports.", "according", true},
		{"According to rumours, the driver was drunk.", "According", true},
		{"Bolden was said to have made the announcement.", "said", true},
		{"The driver is reported to be in custody.", "reported", true},
		// Attribution, which news states.
		{"According to the police report, the driver was drunk.", "According", false},
		{"According to a Reuters report, the driver was drunk.", "According", false},
		{"According to a UN report, the driver was drunk.", "According", false},
		{"According to Reuters' article, the driver was drunk.", "According", false},
		{"According to police, the driver was drunk.", "According", false},
		// An owner in lower case is an owner too (the tokenizer folds
		// "'s" and a plural's "'" into the word, flagged TPoss).
		{"According to the government's claims, the driver was drunk.", "According", false},
		{"According to officials' claims, the driver was drunk.", "According", false},
		// No claim reported.
		{"The theft was reported to police on Monday.", "reported", false},
		{"The case was reported to the authorities.", "reported", false},
	} {
		p := &model.Passage{ID: "d1p1", Kind: model.KindBody, Text: tt.text, Sentences: []model.Span{{Start: 0, End: len(tt.text)}}}
		feats, _ := features.Extract([]*model.Passage{p})
		f := &Side{Passage: feats[0]}
		at := strings.Index(tt.text, tt.word)
		k := -1
		for i := range f.Toks {
			if int(f.Toks[i].Start) == at {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no token at %q", tt.text, tt.word)
		}
		if got := hearsay(f, k); got != tt.want {
			t.Errorf("hearsay(%q at %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

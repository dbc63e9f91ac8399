package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestCertaintyIsNoDenial pins two idioms that say something is so with a
// negation in them: "no doubt" (certainly) debunks nothing, and "it's not
// every day that X" states X (claims negSkip); judged as if aligned.
func TestCertaintyIsNoDenial(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"no doubt is certainty, not a debunk",
			"Two decades on, the burger will no doubt still look the same in another twenty years.",
			"The burger the two friends bought in 1995 still looks the same two decades later."},
		{"not every day that X states X",
			"It's not every night that a pizza delivery driver receives a $2,000 tip.",
			"A pizza delivery driver in Leeds received a $2,000 tip on Thursday from a table of lawyers."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf([]string{tt.a, filler[0]}, []string{tt.b, filler[1]})
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{0, 0}}, false)
			if al := &als[0]; al.Verdict == model.Diverge {
				t.Errorf("verdict diverge; reasons %+v", al.Reasons)
			}
		})
	}
}

// TestFraudRingNoDebunk: "fraud" before a noun names a crime ("an
// international fraud ring"), it calls no report untrue.
func TestFraudRingNoDebunk(t *testing.T) {
	a := ReadArticle(docsOf([]string{
		"In 2009 she was arrested in Israel as part of an international fraud ring.",
		"The story about the singer is a fraud, her lawyer said.",
	})[0])
	if a.Sentences != 1 {
		t.Errorf("%d debunking sentences (cues %q), want 1: the fraud ring is a crime", a.Sentences, a.Cues)
	}
}

package judge

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestSubjectOfClauseAtStart guards subjectOf on a verb with nothing of
// its sentence before it but a relative or a comma ("Who shot …", ", fired
// …"): no subject, not an index out of range (it crashed the 20x500 and
// 2x10k runs).
func TestSubjectOfClauseAtStart(t *testing.T) {
	for _, text := range []string{
		"Who shot the guard on Monday? Nobody knows.",
		", fired about four times at the guard.",
		"Berg, who was arrested, said so. Which was denied by Tom Berg.",
	} {
		p := &model.Passage{ID: "d1p1", Kind: model.KindBody, Text: text, Sentences: []model.Span{{Start: 0, End: len(text)}}}
		feats, _ := features.Extract([]*model.Passage{p})
		f := &Side{Passage: feats[0]}
		for v := range f.Toks {
			subjectOf(f, v) // must not panic
		}
	}
}

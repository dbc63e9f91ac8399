package corpus_test

import (
	"fmt"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/synth"
)

// TestCompareSynthetic runs the whole engine, with the survey and a claim
// check, over generated articles large enough to hold sentence shapes the
// hand-written tests do not: a rule that reads back from a verb once
// panicked on a verb with nothing before it but "who" or a comma, on
// 3 × 300 paragraphs and on 20 × 500, and on none of the smaller inputs.
// Every alignment must join two passages that exist, in two different
// documents, with a verdict and a score in [0, 1].
func TestCompareSynthetic(t *testing.T) {
	for _, sh := range []struct {
		seed uint64
		k, n int
	}{{12, 3, 300}, {7, 5, 120}} {
		t.Run(fmt.Sprintf("%dx%d", sh.k, sh.n), func(t *testing.T) {
			var srcs []corpus.Source
			for i, a := range synth.Articles(sh.seed, sh.k, sh.n) {
				srcs = append(srcs, corpus.Source{Name: fmt.Sprintf("s%02d.txt", i+1), Data: []byte(a)})
			}
			c, facts, err := corpus.CompareWith(srcs, corpus.Options{Survey: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Alignments) == 0 {
				t.Fatal("no alignment at all")
			}
			for _, a := range c.Alignments {
				pa, pb := c.Passage(a.A), c.Passage(a.B)
				if pa == nil || pb == nil {
					t.Fatalf("alignment %s–%s names a passage that does not exist", a.A, a.B)
				}
				if pa.Doc == pb.Doc {
					t.Errorf("alignment %s–%s joins one document to itself", a.A, a.B)
				}
				switch a.Verdict {
				case model.Agree, model.Diverge, model.Related:
				default:
					t.Errorf("alignment %s–%s: verdict %q", a.A, a.B, a.Verdict)
				}
				if a.Score < 0 || a.Score > 1 {
					t.Errorf("alignment %s–%s: score %v", a.A, a.B, a.Score)
				}
			}
			x := corpus.Extras(c, facts, "the minister denied the report")
			if x.Claim == nil || len(x.Claim.Results) != sh.k {
				t.Errorf("the claim check has no result per document: %+v", x.Claim)
			}
		})
	}
}

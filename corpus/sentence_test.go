package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestReasonTextIsItsSentence checks that every reason the engine gives on
// the seeds, the test article pairs and the five ferry accounts (and their
// claim check) reads as its structure renders it, so that a report may
// print Sentence and the JSON's text says the same.
func TestReasonTextIsItsSentence(t *testing.T) {
	kinds := map[model.ReasonKind]bool{}
	check := func(where string, rs []model.Reason) {
		t.Helper()
		for _, r := range rs {
			kinds[r.Kind] = true
			if s := r.Sentence(); s == "" || s != r.Text {
				t.Errorf("%s: %s reason\n text:     %q\n sentence: %q", where, r.Kind, r.Text, s)
			}
		}
	}
	sets := map[string][]model.Source{"seeds": seedSources(t), "five": fiveSources(t)}
	for _, name := range articleNames(t) {
		sets[name] = articlePair(t, name)
	}
	for name, srcs := range sets {
		c, err := Compare(srcs)
		if err != nil {
			t.Fatal(name, err)
		}
		for _, al := range c.Alignments {
			check(name, al.Reasons)
		}
		for _, r := range CheckClaim("The ferry was overloaded", c.Documents).Results {
			check(name+" (claim check)", r.Reasons)
		}
	}
	t.Logf("%d sets, %d reason kinds", len(sets), len(kinds))
	if len(kinds) < 10 {
		t.Errorf("only %d reason kinds met: %v", len(kinds), kinds)
	}
}

// TestEveryReasonKindRenders checks that no reason kind lacks a sentence.
func TestEveryReasonKindRenders(t *testing.T) {
	for _, k := range model.ReasonKinds() {
		if s := (model.Reason{Kind: k, A: "a", B: "b"}).Sentence(); s == "" {
			t.Errorf("%s: no sentence", k)
		}
	}
}

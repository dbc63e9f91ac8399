package eval

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus"
)

// TestStanceVariants compares candidate rules for Stance on the fit part
// only (never dev), so the rule is chosen without looking at the figures it
// is reported by. It takes a minute or more: run it on demand with
// EVAL_VARIANTS=1 go test ./eval -run StanceVariants -v
func TestStanceVariants(t *testing.T) {
	if os.Getenv("EVAL_VARIANTS") == "" {
		t.Skip("set EVAL_VARIANTS=1 to compare the stance rules on the fit part")
	}
	fnc := loadOrSkip(t)
	pairs := Select(fnc.Pairs, Fit)
	rules := []struct {
		name string
		f    func(*corpus.Comparison) Label
	}{
		{"claim check", Stance},
		{"alignments (any diverge, then any agree)", stanceAlign},
		{"best-score", stanceBest},
	}
	start := time.Now()
	outs := MapPairs(pairs, fnc.Bodies, 0, func(c *corpus.Comparison) []Label {
		ls := make([]Label, len(rules))
		for i, r := range rules {
			ls[i] = r.f(c)
		}
		return ls
	})
	t.Logf("%d fit pairs in %v", len(pairs), time.Since(start).Round(time.Millisecond))
	for i, r := range rules {
		var m Confusion
		for j, o := range outs {
			pred := Unrelated
			if o.Err == nil {
				pred = o.Value[i]
			}
			m.Add(pairs[j].Stance, pred)
		}
		t.Log(fmt.Sprintf("%-38s macroF1 %.3f  FNC %.3f  related acc %.3f  F1 agree %.3f disagree %.3f discuss %.3f unrelated %.3f",
			r.name, m.MacroF1(), m.RelativeFNC(), m.RelatedAccuracy(),
			m.Class(Agree).F1, m.Class(Disagree).F1, m.Class(Discuss).F1, m.Class(Unrelated).F1))
	}
}

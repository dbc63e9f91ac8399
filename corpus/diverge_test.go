package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestFalseDivergences guards divergences that must hold beside the
// wrong ones eval/ERRORS.md §18 reads: a fact filed, raised, proven or
// possible, stated on one side and denied on the other, a denial outside
// a dash aside, two tolls of one thing. (The rows that must not diverge
// went with the readings that were measured and not kept: commit
// 0ff92e0, reverted.)
func TestFalseDivergences(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		verdict model.Verdict
		kind    model.ReasonKind // a reason kind that must be present
		text    []string         // fragments of that reason's text
	}{
		// Must still diverge.
		{"a lawsuit filed against its denial diverges",
			"The driver filed a lawsuit against the haulage firm in Leeds on Monday, his lawyer said.",
			"The driver has not filed a lawsuit against the haulage firm in Leeds.",
			model.Diverge, model.ReasonNegation, nil},
		{"a raise denied against the raise diverges",
			"Vireo raised the price of its streaming service to $20 a month in April.",
			"Vireo did not raise the price of its streaming service to $20 a month in April.",
			model.Diverge, model.ReasonNegation, nil},
		{"no proof against a statement diverges",
			"There was no proof that the hostage was killed in the air strike on Raqqa.",
			"The hostage was killed in the air strike on Raqqa, the statement said.",
			model.Diverge, model.ReasonRefutes, []string{"no proof"}},
		{"impossible of the report diverges",
			"Experts in Perth said it is impossible that the jet flew 500 miles on its remaining fuel.",
			"The jet flew 500 miles on its remaining fuel, investigators in Perth said.",
			model.Diverge, model.ReasonRefutes, []string{"impossible"}},
		{"a denial outside a dash aside still denies",
			"The minister — speaking on Monday in Nairobi — denied that troops had fired tear gas at the marchers.",
			"Troops fired tear gas at the marchers in Nairobi, witnesses said.",
			model.Diverge, model.ReasonNegation, nil},
		{"two tolls of one thing still diverge",
			"The ferry sank off Varna with 30 people dead, officials said.",
			"The ferry sank off Varna with 50 people dead, officials said.",
			model.Diverge, model.ReasonNumberDiffers, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _, an := analyze(docsOf([]string{tt.a, filler[0], filler[1]}, []string{filler[2], tt.b}), Options{}, true)
			al := alignment(c, "d1p1", "d2p2")
			if al == nil {
				t.Fatalf("not aligned\n%s", dumpComparison(c))
			}
			if al.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s\n%s%s", al.Verdict, tt.verdict, dumpComparison(c), dumpClaims(c, an))
			}
			if tt.kind != "" && !hasReason(al, tt.kind, tt.text...) {
				t.Errorf("no %s reason with %q\n%s", tt.kind, tt.text, dumpComparison(c))
			}
			checkComparison(t, c)
		})
	}
}

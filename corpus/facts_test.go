package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/judge"
)

// TestSameFactGuards pins what keeps the same-fact decision
// (judge/factmodel.go) away from pairs a reader keeps apart, whatever a
// model fitted on the gold would say: different facets of one event
// (each side its own action), a recount against a statement, a side
// that does not know. Those pairs
// reach no decision (no features, or judge.Decidable false); one fact
// told in other words with no action of each side's own does. Judged as
// if aligned, rules only. The decision was measured and not kept
// (eval/ERRORS.md §15): with these guards the fit gold leaves it too few
// links to gain on.
func TestSameFactGuards(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		decidable bool
	}{
		{"different facets, each side its own action",
			"Police in Lyon arrested two men after the shooting at the tram stop.",
			"Investigators in Lyon are examining video from the tram stop where the shooting happened.", false},
		{"one singer, two places, two actions",
			"Pop singer Lena Ray was arrested in Madrid on Monday night after a brawl at a nightclub, police said.",
			"Pop singer Lena Ray played to a sold-out crowd in Lisbon on Monday night.", false},
		{"a recount against a statement",
			"Police said the gunman had allegedly trained with a militia in the hills.",
			"The gunman trained with a militia in the hills, police said.", false},
		{"not knowing against the fact",
			"The ministry in Nairobi said it was not aware of tear gas being fired at the marchers outside parliament.",
			"Police in Nairobi fired tear gas at the marchers outside parliament, witnesses said.", false},
		{"one plan in other words, no action of each side's own",
			"A new stadium for the club, with seats for 40,000 fans and a roof.",
			"The club's plans: a stadium of 40,000 seats near the river, open by 2027.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf([]string{tt.a, filler[0]}, []string{tt.b, filler[1]})
			als, _, fs := JudgeLinksFacts(docs[0], docs[1], [][2]int{{0, 0}}, true)
			got := fs[0] != nil && judge.Decidable(fs[0])
			if got != tt.decidable {
				t.Errorf("decidable %v, want %v (verdict %s, features %v)", got, tt.decidable, als[0].Verdict, fs[0])
			}
		})
	}
}

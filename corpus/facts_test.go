package corpus

import (
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestSameFactGuards pins what keeps the same-fact decision
// (judge/factmodel.go) away from pairs a reader keeps apart, whatever the
// model fitted on the gold says: different facets of one event — names,
// dates, subjects, counts or what happens apart — a recount against a
// statement, a side that does not know. Those pairs reach no decision (no
// features: the rules decide; or judge.Decidable false, with the guard
// named firing, and then not called agreement); one fact told in other words does reach it,
// and the model calls it agreement, quoting both sentences and naming
// what drove it. Judged as if aligned, with the fitted models.
func TestSameFactGuards(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		decidable bool
		guard     string // a guard that must fire
		agree     bool   // the model must call it agreement
		quote     []string
	}{
		{"different facets, each side its own action",
			"Police in Lyon arrested two men after the shooting at the tram stop.",
			"Investigators in Lyon are examining video from the tram stop where the shooting happened.", false, "", false, nil},
		{"one singer, two places: names apart",
			"Pop singer Lena Ray was arrested in Madrid on Monday night after a brawl at a nightclub, police said.",
			"Pop singer Lena Ray played to a sold-out crowd in Lisbon on Monday night.", false, "names_apart", false, nil},
		{"a recount against a statement",
			"Police said the gunman had allegedly trained with a militia in the hills.",
			"The gunman trained with a militia in the hills, police said.", false, "", false, nil},
		{"not knowing against the fact",
			"The ministry in Nairobi said it was not aware of tear gas being fired at the marchers outside parliament.",
			"Police in Nairobi fired tear gas at the marchers outside parliament, witnesses said.", false, "", false, nil},
		{"injured officers and injured protesters: subjects and counts apart",
			"Twelve police officers were injured by stones in the clashes outside parliament in Nairobi.",
			"At least 40 protesters were injured in the clashes outside parliament in Nairobi.", false, "counts_apart", false, nil},
		{"a closure of one year, a survey of another: dates apart",
			"The old bridge over the Tamar was closed to lorries in 2019, when inspectors found deep cracks in two of its stone piers.",
			"Engineers said the bridge over the Tamar would need new steel supports, a survey published in 2021 showed.", false, "dates_apart", false, nil},
		{"one ferry, a failed inspection and a capsizing: what happens apart",
			"According to a source at the transport ministry, the Svetla had failed a safety inspection last year.",
			"The ferry Svetla was carrying 120 passengers and 8 crew when it overturned about two kilometres from the port of Kamen, the transport ministry said.",
			false, "pred_apart", false, nil},
		{"one plan in other words, no action of each side's own",
			"A new stadium for the club, with seats for 40,000 fans and a roof.",
			"The club's plans: a stadium of 40,000 seats near the river, open by 2027.", true, "", false, nil},
		{"one outage in other words agrees",
			"Officials in the region described the storm as the worst in a decade. It knocked out power to thousands of homes along the coast overnight.",
			"More than 30,000 households on the coast lost electricity during the night as the storm swept in. Repair crews were expected to work through the weekend.",
			true, "", true, []string{"fitted weights", "knocked out power to thousands of homes", "households on the coast lost electricity"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf([]string{tt.a, filler[0]}, []string{tt.b, filler[1]})
			_, _, fs := JudgeLinksFacts(docs[0], docs[1], [][2]int{{0, 0}}, true)
			got := fs[0] != nil && judge.Decidable(fs[0])
			if got != tt.decidable {
				t.Errorf("decidable %v, want %v (features %v)", got, tt.decidable, fs[0])
			}
			if tt.guard != "" && (fs[0] == nil || fs[0][slices.Index(judge.FactFeatures, tt.guard)] == 0) {
				t.Errorf("%s does not fire (features %v)", tt.guard, fs[0])
			}
			als, _, _ := JudgeLinksFacts(docs[0], docs[1], [][2]int{{0, 0}}, false)
			al := &als[0]
			switch {
			case tt.agree && !hasReason(al, model.ReasonSharedStatement, tt.quote...):
				t.Errorf("verdict %s, want agree from the model quoting %q; reasons %+v", al.Verdict, tt.quote, al.Reasons)
			case !tt.agree && fs[0] != nil && !tt.decidable && al.Verdict == model.Agree:
				t.Errorf("verdict agree, want not: %+v", al.Reasons)
			}
		})
	}
}

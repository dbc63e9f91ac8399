package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestRumorNamedNotTold: "rumor" hedges what it tells ("rumors that X",
// "rumors circulated … that X"), not a clause that only names the rumour
// and goes on to a fact ("the rumor took shape after X showed off Y");
// judged as if aligned.
func TestRumorNamedNotTold(t *testing.T) {
	fact := "Knightscope, a California company, showed off its K5 security robot at an event in Palo Alto last week."
	tests := []struct {
		name   string
		b      string
		hedged bool
	}{
		{"a rumour that tells what it says hedges it",
			"Rumors spread online this week that Knightscope showed off its K5 security robot at an event in Palo Alto.", true},
		{"a rumour named, then a fact, hedges nothing",
			"The rumor took shape after Knightscope, a California company, showed off its K5 security robot at an event in Palo Alto.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf([]string{fact, filler[0]}, []string{tt.b, filler[1]})
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{0, 0}}, false)
			al := &als[0]
			hedged := false
			for _, r := range al.Reasons {
				hedged = hedged || r.Kind == model.ReasonHedged
			}
			if hedged != tt.hedged || !tt.hedged && al.Verdict != model.Agree {
				t.Errorf("verdict %s, hedged %v, want hedged %v; reasons %+v", al.Verdict, hedged, tt.hedged, al.Reasons)
			}
		})
	}
}

package align

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestDisputes: a passage disputes when it calls a report untrue, or
// opens against what came before and negates; a negation alone does not.
func TestDisputes(t *testing.T) {
	for in, want := range map[string]bool{
		"But there is one problem: the incident never happened.": true,
		"PROBABLY FALSE":                                                true,
		"I believe this could be a hoax story.":                         true,
		"But a rep for the actor tells the paper that it isn't him.":    true,
		"However, Microsoft is not one of those testers.":               true,
		"But the company denied the report on Monday.":                  true,
		"\"We will not stop searching while there is hope,\" she said.": false,
		"The captain's lawyer said his client had never received it.":   false,
		"But rescuers kept searching through the night.":                false,
		"The ferry capsized in a storm on Sunday evening.":              false,
	} {
		feats, _ := features.Extract([]*model.Passage{{ID: "p", Kind: model.KindBody, Text: in}})
		if got := disputes(feats[0]); got != want {
			t.Errorf("disputes(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestRebuttalLinks guards the rebuttal: a passage that disputes and
// shares one word with an opening of the other account links to it (at
// minScore, through the one-item gate); the same passage does not link
// to that paragraph later in the account, nor does the same passage
// without its dispute.
func TestRebuttalLinks(t *testing.T) {
	claim := "A priest who was declared dead for 48 minutes says he met God in heaven and that she is a woman."
	other := []string{"Doctors at the hospital restarted his heart with a machine after the attack.", "He told the newspaper the experience had changed his life for good."}
	filler := []string{"The diocese has several hundred parishes across the state and beyond.", "Its office answered questions from reporters by email on Tuesday."}
	for _, tt := range []struct {
		b      string
		atTop  bool
		linked bool
	}{
		{"We do not have a priest of this name. I believe this could be a hoax story.", true, true},
		{"We do not have a priest of this name. I believe this could be a hoax story.", false, false},
		{"We have a priest of this name. I believe this could be a story.", true, false},
	} {
		a := append([]string{claim}, other...)
		i := 0
		if !tt.atTop {
			a = append(append([]string(nil), other...), claim)
			i = 2
		}
		b := append(append([]string(nil), filler...), tt.b)
		score := pairTexts(t, a, b, i, 2)
		if got := score >= 0; got != tt.linked {
			t.Errorf("%q with the claim at the top %v: linked = %v (score %v), want %v", tt.b, tt.atTop, got, score, tt.linked)
		}
		if tt.linked && score != minScore {
			t.Errorf("%q: score %v, want minScore %v", tt.b, score, minScore)
		}
	}
}

// TestOrphanRebuttal guards the orphans: in an account that disputes, a
// disputing passage that shares nothing with the other account links to
// its first passage at minScore, but only when that passage is linked
// already (the two accounts tell one story).
func TestOrphanRebuttal(t *testing.T) {
	b := []string{
		"Claim: eleven passenger planes are missing from the airport in Tripoli.",
		"PROBABLY FALSE",
		"Bloggers in the region spread the rumour over the summer.",
		"The airlines say every aircraft is accounted for.",
	}
	same := []string{
		"Eleven passenger planes went missing from the airport in Tripoli during the fighting, officials fear.",
		"Neighbouring countries have planned a joint exercise to intercept them.",
	}
	other := []string{
		"A ferry capsized in a storm on Lake Varna on Sunday evening, officials said.",
		"Divers searched the wreck through the night.",
	}
	if s := pairTexts(t, same, b, 0, 1); s != minScore {
		t.Errorf("\"PROBABLY FALSE\" against the claim it disputes: score %v, want minScore %v", s, minScore)
	}
	if s := pairTexts(t, other, b, 0, 1); s >= 0 {
		t.Errorf("\"PROBABLY FALSE\" linked to another story's opening (score %v)", s)
	}
}

package stance

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestDebunkReasonQuotes: when the whole document's debunking cues drive
// a verdict, the reason quotes them and says they stand in the document,
// not that they stand near the claim's words.
func TestDebunkReasonQuotes(t *testing.T) {
	claim := readClaim(t, "Singer Jon Marlow dies in a car crash")
	doc := []*features.Passage{
		readClaim(t, "Singer Jon Marlow died on Tuesday in a car crash, a website reported."),
		readClaim(t, "The website is known for satire, and the story was a fake."),
	}
	s := Read(claim, doc)
	v := Verdict{Label: Disagree, Drivers: []Driver{{Feature: "debunk_x_claimplain", Push: 1}}}
	for _, r := range Reasons(&s, v, claim, doc) {
		if r.Kind != model.ReasonRefutes {
			continue
		}
		if !strings.Contains(r.B, "satire") || !strings.Contains(r.B, "fake") {
			t.Errorf("the reason quotes %q, want the document's cues satire and fake", r.B)
		}
		if !strings.HasPrefix(r.Text, "the document calls a report untrue") {
			t.Errorf("the reason reads %q", r.Text)
		}
		return
	}
	t.Error("no refuting reason")
}

package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestRebuttalVerdicts pins the rebuttal rule (corpus/judge
// rebuttal.go): a passage that disputes against one that states diverges,
// whoever speaks, when what it disputes meets the other passage or the
// other is an opening its dispute refers back to; judged as if aligned.
func TestRebuttalVerdicts(t *testing.T) {
	sighting := []string{
		"Fans are convinced that the singer Mara Quist was among the diners who stopped a thief at a Leeds cafe on Friday.",
		filler[0],
		"Witnesses said a tiger escaped from the city zoo on Sunday and roamed the park.",
		"US naval forces will join the exercise in the spring.",
	}
	// Each rebuttal in an account of its own, debunking in one sentence
	// at most, so that no article disputes as a whole (articles.go).
	spokesman := []string{"But a spokesman for the singer says it isn't her.", filler[1]}
	zoo := []string{filler[1], filler[2], "The incident never happened, and the tiger is still in its cage at the zoo."}
	verdict := []string{"PROBABLY FALSE", filler[1]}
	contrary := []string{filler[1], filler[2], "Contrary to published reports, the animals of the zoo stayed in their enclosures all weekend, its director said."}
	statements := []string{filler[1], filler[2], "However, there were no statements from the State Department about stolen planes."}
	blast := []string{
		"A bomb exploded at the fish market in Dorrin on Tuesday morning, police said.",
		filler[0],
	}
	unhurt := []string{"However, no one was injured, the mayor said.", filler[2]}
	darkness := []string{"The space agency did not warn of six days of darkness in December.", filler[0]}
	noWarning := []string{"However, the agency never issued any warning about darkness.", filler[2]}
	tests := []struct {
		name     string
		a, b     []string
		pa, pb   int
		verdict  model.Verdict // when a rebuttal, else "": not diverge
		fragment string        // of the rebuttal's reason; "" when there is none
	}{
		{"a denial by reference of the other's opening diverges",
			sighting, spokesman, 0, 0, model.Diverge, "isn't"},
		{"a debunk of what the other states, sharing words with it past the cue's clause, diverges",
			sighting, zoo, 2, 2, model.Diverge, "never happened"},
		{"contrary to reports calls them untrue",
			sighting, contrary, 2, 2, model.Diverge, "Contrary to"},
		{"a debunking phrase alone against the other's opening diverges",
			sighting, verdict, 0, 0, model.Diverge, "PROBABLY FALSE"},
		{"a debunking phrase alone against a passage past the openings is no rebuttal",
			sighting, verdict, 2, 0, "", ""},
		{"a correction that meets the other on a name only is no rebuttal",
			sighting, statements, 3, 2, "", ""},
		{"a correction with words of its own that the opening lacks is no rebuttal",
			blast, unhurt, 0, 0, "", ""},
		{"two passages that both say it is not so are no rebuttal",
			darkness, noWarning, 0, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf(tt.a, tt.b)
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{tt.pa, tt.pb}}, false)
			al := &als[0]
			rebuts := false
			for _, r := range al.Reasons {
				rebuts = rebuts || r.Kind == model.ReasonRefutes && r.Form == model.FormRebuts
			}
			if rebuts != (tt.fragment != "") || tt.verdict != "" && al.Verdict != tt.verdict || tt.verdict == "" && al.Verdict == model.Diverge {
				t.Fatalf("verdict %s, a rebuttal %v; want %q, %v; reasons %+v", al.Verdict, rebuts, tt.verdict, tt.fragment != "", al.Reasons)
			}
			if tt.fragment != "" && !hasReason(al, model.ReasonRefutes, tt.fragment, "disputes it") {
				t.Errorf("no rebuttal reason quoting %q: %+v", tt.fragment, al.Reasons)
			}
		})
	}
}

// TestRecountThenDenial: a passage that reports a claim and then denies it
// ("But, once again, he's not dead") calls it untrue with a debunk of it:
// both deny, and agree (corpus/judge agreement.go correctedAfter).
func TestRecountThenDenial(t *testing.T) {
	docs := docsOf(
		[]string{"Once again, rumors that the actor Dan Marlow died have spread online. But, once again, he is not dead.", filler[0]},
		[]string{"The actor Dan Marlow has been killed off again in yet another internet hoax.", filler[1]})
	als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{0, 0}}, false)
	al := &als[0]
	if al.Verdict != model.Agree || !hasReason(al, model.ReasonSharedStatement, "both call it untrue", "not", "hoax") {
		t.Errorf("verdict %s, want agree, both calling it untrue; reasons %+v", al.Verdict, al.Reasons)
	}
}

package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestNoResponseVerdicts pins the rule that two passages saying one named
// party has not responded agree (corpus/judge silence.go), judged as if
// aligned.
func TestNoResponseVerdicts(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		agree bool // through the no-response rule
	}{
		{"not commented and yet to respond, one party, agree",
			"Lena Ray has not commented on the clip, which surfaced on a fan forum late on Sunday night.",
			"Her former manager insists the singer knew about the tape for months. Lena Ray has yet to respond.",
			true},
		{"declined to comment and did not respond, one party, agree",
			"The footage spread quickly on Monday. Harlow Records declined to comment.",
			"Harlow Records did not immediately respond to a request for comment on the footage.",
			true},
		{"two parties silent are two facts",
			"Lena Ray has not commented on the video, which her former manager posted on Sunday.",
			"The manager says the singer knew of the recording for months. Tom Berg has yet to respond.",
			false},
		{"an unnamed spokesman is no party to compare",
			"A spokesman for the club declined to comment on the video.",
			"The club did not respond to questions about the video.",
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf([]string{tt.a, filler[0]}, []string{tt.b, filler[1]})
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{0, 0}}, false)
			al := &als[0]
			got := false
			for _, r := range al.Reasons {
				got = got || r.Kind == model.ReasonSharedStatement && r.Form == model.FormNoResponse
			}
			if got != tt.agree || tt.agree && al.Verdict != model.Agree {
				t.Fatalf("verdict %s, no-response reason %v; want %v; reasons %+v", al.Verdict, got, tt.agree, al.Reasons)
			}
			if tt.agree && !hasReason(al, model.ReasonSharedStatement, "has not responded") {
				t.Errorf("reason lacks the party: %+v", al.Reasons)
			}
		})
	}
}

package model

import (
	"encoding/json"
	"testing"
)

// TestReasonKinds guards the one list of reason kinds: no kind twice, none
// empty, and the classes the judge relies on.
func TestReasonKinds(t *testing.T) {
	seen := map[ReasonKind]bool{}
	count := map[Class]int{}
	for _, k := range ReasonKinds() {
		if k == "" || seen[k] {
			t.Errorf("kind %q empty or listed twice", k)
		}
		seen[k] = true
		count[k.Class()]++
	}
	if count[ClassConflict] != 5 || count[ClassSupport] != 6 || count[ClassNote] != 8 {
		t.Errorf("classes: %v", count)
	}
	weak := Reason{Kind: ReasonBothDeny, Weak: true}
	if weak.Class() != ClassNote || ReasonBothDeny.Class() != ClassSupport {
		t.Error("a both-deny by different speakers is a note; by one speaker a support")
	}
	if ReasonPartiesDiffer != "parties-differ" {
		t.Error("the JSON name of parties-differ changed")
	}
}

// TestReasonSideJSON pins the JSON of a reason's side: "a" or "b", and
// nothing for a reason about both.
func TestReasonSideJSON(t *testing.T) {
	for side, want := range map[Side]string{
		SideNone: `{"kind":"negation","text":""}`,
		SideA:    `{"kind":"negation","text":"","side":"a"}`,
		SideB:    `{"kind":"negation","text":"","side":"b"}`,
	} {
		got, err := json.Marshal(Reason{Kind: ReasonNegation, Side: side, SpanA: Span{Start: 1, End: 2}})
		if err != nil || string(got) != want {
			t.Errorf("side %v: %s, %v; want %s", side, got, err, want)
		}
	}
}

package stance

import "testing"

// TestSilentOnTheClaim pins the silent rule: a document that names only
// one of a short claim's words does not speak to it (one that says its
// words apart is left to the model).
func TestSilentOnTheClaim(t *testing.T) {
	claim := "the dam was leaking"
	cases := []struct {
		name  string
		paras []string
		alone bool
	}{
		{"the subject only", []string{"The dam holds back the river above the town.", "Officials inspected the dam on Monday."}, true},
		{"the subject and the predicate apart", []string{"The dam holds back the river.", "A pipe in the town was leaking."}, false},
		{"the claim said", []string{"Engineers found the dam was leaking on Monday."}, false},
		{"the claim said in other words", []string{"Water seeped through a crack in the dam, which was leaking badly by noon."}, false},
	}
	for _, c := range cases {
		s := Read(readClaim(t, claim), readDoc(t, c.paras...))
		if s.Alone() != c.alone {
			t.Errorf("%s: alone %v (words %d of %d), want %v", c.name, s.Alone(), s.DocWords, s.Stems, c.alone)
		}
	}
	// A claim of one content word is never silenced by the rule, nor a
	// long one (a headline names a story, see voice.go).
	s := Read(readClaim(t, "the dam"), readDoc(t, "The dam holds back the river."))
	if s.Alone() {
		t.Error("a one-word claim named by the document is read as silent")
	}
	long := "engineers warned the town council that the old river dam was leaking badly"
	s = Read(readClaim(t, long), readDoc(t, "The dam holds back the river.", "The town council met on Monday."))
	if s.Alone() {
		t.Errorf("a claim of %d content words is read as silent", s.Stems)
	}
}

// TestHeadlineAsserts pins what a headline that asserts the claim is: most
// of the claim's weight, in the source's own voice.
func TestHeadlineAsserts(t *testing.T) {
	claim := "the dam was leaking"
	cases := []struct {
		name    string
		head    string
		asserts bool
	}{
		{"said in other words", "Leaking dam forces hundreds from their homes", true},
		{"said plainly", "The dam was leaking on Monday, and the town was evacuated", true},
		{"attributed", "The dam was leaking, residents said", false},
		{"hedged", "The dam may have been leaking for weeks", false},
		{"negated", "The dam was not leaking, engineers found", false},
		{"asked", "Was the dam leaking?", false},
		{"the subject only", "The dam holds back the river above the town", false},
	}
	for _, c := range cases {
		s := Read(readClaim(t, claim), readDoc(t, "Engineers inspected it on Tuesday."))
		s.ReadHeadline(readClaim(t, claim), readClaim(t, c.head))
		if s.HeadlineAsserts() != c.asserts {
			t.Errorf("headline %s: asserts %v (share %.2f), want %v", c.name, s.HeadlineAsserts(), s.Headline, c.asserts)
		}
	}
	// The first sentence is read the same way, as a column of the model.
	s := Read(readClaim(t, claim), readDoc(t, "The leaking dam forced hundreds from their homes.", "Engineers said so."))
	if s.X[fLeadPlain] < assertShare {
		t.Errorf("lead_plain %.2f for a first sentence that says the claim", s.X[fLeadPlain])
	}
}

// TestNegatedClaim pins when the sentence carrying the claim negates it:
// a negation just before one of the claim's words.
func TestNegatedClaim(t *testing.T) {
	claim := "the mayor signed the contract"
	cases := []struct {
		name    string
		para    string
		negated bool
	}{
		{"never signed", "The mayor's office said she had never signed the contract.", true},
		{"did not sign", "The mayor did not sign the contract, her spokesman said.", true},
		{"signed", "The mayor signed the contract on Friday.", false},
		{"a negation elsewhere", "No one was hurt when the mayor signed the contract on Friday at the town hall.", false},
	}
	for _, c := range cases {
		s := Read(readClaim(t, claim), readDoc(t, c.para))
		if s.Negated != c.negated {
			t.Errorf("%s: negated %v, want %v", c.name, s.Negated, c.negated)
		}
	}
}

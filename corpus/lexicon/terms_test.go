package lexicon

import "testing"

// TestPhrasesByFirst holds the split of a phrase list by first word.
func TestPhrasesByFirst(t *testing.T) {
	m := PhrasesByFirst(SetOf("hoax", "made up", "made-up", "not true", "not real"))
	if len(m) != 4 || len(m["hoax"]) != 1 || len(m["made"]) != 1 || len(m["made-up"]) != 1 || len(m["not"]) != 2 {
		t.Fatalf("PhrasesByFirst = %q", m)
	}
	if got := m["made"][0]; len(got) != 2 || got[1] != "up" {
		t.Errorf(`"made up" split as %q`, got)
	}
}

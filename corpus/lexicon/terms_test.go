package lexicon

import (
	"maps"
	"testing"
)

// TestPhrasesByFirst holds the split of a phrase list by first word.
func TestPhrasesByFirst(t *testing.T) {
	m := PhrasesByFirst(maps.Keys(SetOf("hoax", "made up", "made-up", "not true", "not real")))
	if len(m) != 4 || len(m[Intern("hoax")]) != 1 || len(m[Intern("made")]) != 1 || len(m[Intern("made-up")]) != 1 || len(m[Intern("not")]) != 2 {
		t.Fatalf("PhrasesByFirst = %v", m)
	}
	if got := m[Intern("made")][0]; len(got) != 2 || got[1] != Intern("up") {
		t.Errorf(`"made up" split as %v`, got)
	}
}

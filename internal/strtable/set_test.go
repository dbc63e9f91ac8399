package strtable

import (
	"slices"
	"testing"
)

// TestSet: a set holds exactly its words, counts them once, and yields
// them sorted; the empty set holds nothing.
func TestSet(t *testing.T) {
	s := NewSet("said", "told", "", "added", "said")
	for _, w := range []string{"said", "told", "added", ""} {
		if !s.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	for _, w := range []string{"sai", "saidx", "tells", "Said"} {
		if s.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
	if s.Len() != 4 {
		t.Errorf("Len = %d, want 4", s.Len())
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []string{"", "added", "said", "told"}) {
		t.Errorf("All = %q", got)
	}
	var empty Set
	if empty.Has("") || empty.Has("a") || empty.Len() != 0 || len(slices.Collect(empty.All())) != 0 {
		t.Error("the zero Set is not empty")
	}
	if e := NewSet(); e.Has("") || e.Len() != 0 {
		t.Error("NewSet() is not empty")
	}
}

package ui

import (
	"reflect"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
)

// TestNameLines holds that the detail explains a name only where the two
// passages write it differently.
func TestNameLines(t *testing.T) {
	c := &corpus.Comparison{Entities: []corpus.Entity{
		{Name: "Edmundo González Urrutia", Aliases: []string{"González", "Gonzalez"}},
		{Name: "Nicolas Maduro", Aliases: []string{"Maduro"}},
	}}
	names := []string{"González", "Maduro", "Nobody"}
	a := "Edmundo González Urrutia won, Maduro said."
	b := "Gonzalez won, Maduro said."
	want := []string{"Edmundo González Urrutia (also: González, Gonzalez)"}
	if got := nameLines(c, names, a, b); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := nameLines(c, names, a, a); len(got) != 0 {
		t.Errorf("same text on both sides: got %q, want nothing", got)
	}
}

package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

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

// TestHeadingSourceNote holds that a topic heading says where a topic
// that is not built in came from, when the width allows, and never draws
// wider than the width.
func TestHeadingSourceNote(t *testing.T) {
	st := newStyles(true, false)
	pv := &pairView{
		groups: []corpus.Group{
			{Kind: corpus.GroupTopic, Topic: "warnings", Label: "Warnings received", Source: "builtin"},
			{Kind: corpus.GroupTopic, Topic: "found-1", Label: "González votes", Source: "found"},
			{Kind: corpus.GroupTopic, Topic: "count", Label: "Vote count", Source: "user"},
		},
		counts: []corpus.Counts{{Agree: 1}, {Agree: 1}, {Diverge: 2}},
	}
	for _, tt := range []struct {
		gi, w int
		want  string
	}{
		{0, 60, "Warnings received  1 agree ─"},
		{1, 60, "González votes  1 agree · from the text ─"},
		{2, 60, "Vote count  2 diverge · your topic ─"},
		{1, 30, "González votes  1 agree ─"},
	} {
		line := ansi.Strip(drawHeading(pv, tt.gi, tt.w, &st).lines[0])
		if !strings.HasPrefix(line, tt.want) {
			t.Errorf("group %d at %d cells: %q, want it to start %q", tt.gi, tt.w, line, tt.want)
		}
		if n := stringWidth(line); n > tt.w {
			t.Errorf("group %d: %d cells wide, more than %d", tt.gi, n, tt.w)
		}
	}
}

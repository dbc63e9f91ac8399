package ui

import (
	"strings"
	"testing"
)

// TestPasteGuard checks the input guard ends an open bracketed paste before
// a ctrl+c byte and after a pause, and passes everything else through.
func TestPasteGuard(t *testing.T) {
	const start, end = pasteStart, pasteEnd
	tests := []struct {
		name  string
		reads []string // successive reads of the terminal
		gaps  []bool   // whether a pause came before each read
		want  string
	}{
		{"keys pass", []string{"jjq"}, []bool{false}, "jjq"},
		{"whole paste passes", []string{start + "text" + end + "q"}, []bool{false}, start + "text" + end + "q"},
		{"ctrl+c ends an open paste", []string{start + "text\x03"}, []bool{false}, start + "text" + end + "\x03"},
		{"ctrl+c outside a paste passes", []string{"\x03"}, []bool{false}, "\x03"},
		{"a pause ends an open paste", []string{start + "text", "q"}, []bool{false, true}, start + "text" + end + "q"},
		{"no pause: the paste goes on", []string{start + "te", "xt" + end}, []bool{false, false}, start + "text" + end},
		{"markers split over reads", []string{"\x1b[20", "0~te", "xt\x03"}, []bool{false, false, false}, start + "text" + end + "\x03"},
		{"at most maxPasteEnds ends a read", []string{strings.Repeat(start+"\x03", 10)}, []bool{false},
			strings.Repeat(start+end+"\x03", maxPasteEnds) + strings.Repeat(start+"\x03", 2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g pasteGuard
			var got strings.Builder
			for i, r := range tt.reads {
				got.Write(g.guard([]byte(r), tt.gaps[i]))
			}
			if got.String() != tt.want {
				t.Errorf("got %q, want %q", got.String(), tt.want)
			}
		})
	}
}

// TestMonochrome checks terminals without colour are recognised, by their
// terminfo entry or, without one, by name.
func TestMonochrome(t *testing.T) {
	for term, want := range map[string]bool{
		"xterm-mono": true, "vt100": true, "vt220": true, "no-such-term-mono": true, "vt52x-unknown": true,
		"xterm-256color": false, "xterm": false, "screen": false, "vte-unknown": false, "": false, "dumb": false,
	} {
		if got := monochrome(term); got != want {
			t.Errorf("monochrome(%q) = %v, want %v", term, got, want)
		}
	}
}

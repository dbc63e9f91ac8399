package text

import (
	"math/rand/v2"
	"testing"
)

// TestGraphemeCutASCII holds graphemeCut's ASCII shortcut to the grapheme
// walk it skips (graphemeWalk), on random mixes of ASCII, CR LF, combining marks, emoji
// and Devanagari clusters.
func TestGraphemeCutASCII(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"a", " ", "\r", "\n", "\r\n", "é", "e\u0301", "\u0301", "👍🏽", "क्षि", ".", "\t", "\x01", "\u200d", "x"}
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += parts[r.IntN(len(parts))]
		}
		for n := range 14 {
			if got, want := graphemeCut(s, n), graphemeWalk(s, n); got != want {
				t.Fatalf("graphemeCut(%q, %d) = %d, want %d", s, n, got, want)
			}
		}
	}
}

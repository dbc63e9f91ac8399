package text

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// TestGraphemeCutASCII holds graphemeCut's ASCII shortcut to the grapheme
// walk it skips, on random mixes of ASCII, CR LF, combining marks, emoji
// and Devanagari clusters.
func TestGraphemeCutASCII(t *testing.T) {
	walk := func(text string, n int) int {
		cut, runes := 0, 0
		g := uniseg.NewGraphemes(text)
		for g.Next() {
			c := utf8.RuneCountInString(g.Str())
			if runes+c > n {
				break
			}
			runes += c
			_, cut = g.Positions()
		}
		return cut
	}
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"a", " ", "\r", "\n", "\r\n", "é", "e\u0301", "\u0301", "👍🏽", "क्षि", ".", "\t", "\x01", "\u200d", "x"}
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += parts[r.IntN(len(parts))]
		}
		for n := range 14 {
			if got, want := graphemeCut(s, n), walk(s, n); got != want {
				t.Fatalf("graphemeCut(%q, %d) = %d, want %d", s, n, got, want)
			}
		}
	}
}

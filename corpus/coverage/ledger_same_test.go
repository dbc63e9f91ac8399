package coverage

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// sameStatementSets is sameStatement as first written, over word sets:
// kept to test sameWords against.
func sameStatementSets(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	wa, wb := wordSet(a), wordSet(b)
	if !sameNumbers(wa, wb) {
		// A number only one gives is a fact the other lacks: "61
		// rescued" and "61 rescued and 24 missing" stay apart.
		return false
	}
	both := 0
	for w := range wa {
		if wb[w] {
			both++
		}
	}
	union := len(wa) + len(wb) - both
	if union > 0 && 2*both >= union {
		return true
	}
	// One wording holds most of the other's content words: "the ferry
	// was carrying 120 passengers and 8 crew" in "the ferry had 120
	// passengers and 8 crew on board when it overturned".
	ca, cb := contentWords(wa), contentWords(wb)
	in := 0
	for w := range ca {
		if cb[w] {
			in++
		}
	}
	small := min(len(ca), len(cb))
	if small < 3 || 10*in < 7*small {
		return false
	}
	return true
}

// sameNumbers reports whether two word sets give the same numbers.
func sameNumbers(a, b map[string]bool) bool {
	for _, p := range [2][2]map[string]bool{{a, b}, {b, a}} {
		for w := range p[0] {
			if !p[1][w] && w[0] >= '0' && w[0] <= '9' {
				return false
			}
		}
	}
	return true
}

// sameWords (sorted word lists read once per wording) must decide as the
// word-set version did, on wordings that share words and numbers.
func TestSameWordsAsSets(t *testing.T) {
	vocab := strings.Fields("the ferry was carrying 120 passengers and 8 crew had on board when it overturned denied that overloaded 61 rescued 24 missing police said Police officials")
	r := rand.New(rand.NewPCG(3, 4))
	say := func() string {
		ws := make([]string, 1+r.IntN(10))
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		return strings.Join(ws, " ")
	}
	for range 20000 {
		a, b := say(), say()
		if got, want := sameStatement(a, b), sameStatementSets(a, b); got != want {
			t.Fatalf("%q / %q: %v, want %v", a, b, got, want)
		}
	}
}

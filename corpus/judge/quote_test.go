package judge

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
)

// quoteByCounting is quote as it was written first, counting the runes
// before every byte: the reference the single pass must equal.
func quoteByCounting(text string, s model.Span) string {
	q := strings.TrimSpace(text[s.Start:s.End])
	if utf8.RuneCountInString(q) <= 80 {
		return q
	}
	cut := 0
	for i := range q {
		if utf8.RuneCountInString(q[:i]) > 77 {
			break
		}
		if q[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(q)
	}
	return q[:cut] + "…"
}

// TestQuoteCutsLikeCounting guards quote's single pass: the same cut as
// counting the runes before each byte, on ASCII, multi-byte and invalid
// UTF-8 text, spaces or none.
func TestQuoteCutsLikeCounting(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 11))
	pieces := []string{"a", "word", " ", "é", "—", "日本", "\xff", "\xe2\x80", "  ", "ab cd"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(120) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		s := model.Span{Start: 0, End: len(text)}
		if got, want := quote(text, s), quoteByCounting(text, s); got != want {
			t.Fatalf("quote(%q) = %q, want %q", text, got, want)
		}
	}
}

package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Opening returns text whole if it has at most n runes, else its longest
// start of at most n-1 runes that ends at a word boundary (or, in a text
// without spaces, at a grapheme boundary), with "…" appended.
func Opening(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	cut, runes := 0, 0 // byte length of the longest whole-grapheme prefix within n-1 runes
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		c := utf8.RuneCountInString(g.Str())
		if runes+c > n-1 {
			break
		}
		runes += c
		_, cut = g.Positions()
	}
	head := text[:cut]
	if r, _ := utf8.DecodeRuneInString(text[cut:]); !unicode.IsSpace(r) {
		if k := strings.LastIndexFunc(head, unicode.IsSpace); k > 0 {
			head = head[:k] // do not cut a word
		}
	}
	head = strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—", r) })
	return head + "…"
}

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
	cut := graphemeCut(text, n-1)
	head := text[:cut]
	if r, _ := utf8.DecodeRuneInString(text[cut:]); !unicode.IsSpace(r) {
		if k := strings.LastIndexFunc(head, unicode.IsSpace); k > 0 {
			head = head[:k] // do not cut a word
		}
	}
	head = strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—", r) })
	return head + "…"
}

// graphemeCut returns the byte length of the longest whole-grapheme
// prefix of text within n runes. When the first n+1 bytes are ASCII
// without a carriage return (most news), every byte is a grapheme and no
// byte joins the one before, so that is n: the grapheme walk, a tenth of
// a second per ten thousand passages, is for the other texts.
func graphemeCut(text string, n int) int {
	if n >= 0 && len(text) > n && asciiNoCR(text[:n+1]) {
		return n
	}
	return graphemeWalk(text, n)
}

// graphemeWalk is graphemeCut without its ASCII shortcut: grapheme by
// grapheme.
func graphemeWalk(text string, n int) int {
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

func asciiNoCR(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\r' {
			return false
		}
	}
	return true
}

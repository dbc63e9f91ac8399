package text

// Sentence boundaries inside a passage, as byte ranges, for highlighting
// and for claims. The rules are described at the top of segment.go.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
)

// Sentences returns the byte ranges of the sentences of a passage's text,
// in order, without the spaces between them. Text with no sentence end is
// one sentence; empty text has none.
func Sentences(text string) []model.Span {
	var spans []model.Span
	start := skipSpaces(text, 0)
	for i := start; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := i + size // past the terminator run and any closing quotes
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !isTerminator(r2) && !isCloser(r2) {
				break
			}
			end += s2
		}
		next := skipSpaces(text, end)
		switch {
		case r == '。' || r == '！' || r == '？':
		case next == end || next == len(text) || !startsSentence(text[next:]):
			i = end
			continue
		case r == '.' && end-i == 1 && !periodEnds(text[:i]):
			i = end
			continue
		}
		if next < len(text) {
			spans = append(spans, model.Span{Start: start, End: end})
			start = next
		}
		i = next
	}
	if end := len(strings.TrimRightFunc(text, unicode.IsSpace)); start < end {
		spans = append(spans, model.Span{Start: start, End: end})
	}
	return spans
}

// isTerminator reports a rune that can end a sentence: . ! ? … 。！？
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// periodEnds reports whether a period after before ends a sentence: not
// after an abbreviation, a single letter or a dotted abbreviation.
func periodEnds(before string) bool {
	w := before[max(0, len(before)-32):] // words that matter are short
	if k := strings.LastIndexFunc(w, unicode.IsSpace); k >= 0 {
		w = w[k+1:]
	}
	w = strings.TrimLeftFunc(w, isOpener)
	switch {
	case w == "":
		return true
	case strings.Contains(w, "."): // U.S, a.m, e.g
		return false
	case utf8.RuneCountInString(w) == 1:
		r, _ := utf8.DecodeRuneInString(w)
		return !unicode.IsLetter(r)
	}
	return !sentenceAbbrevs.Has(strings.ToLower(w))
}

// startsSentence reports text that can open a sentence: after any opening
// quotes or brackets, a capital, a digit, or a letter without case.
func startsSentence(t string) bool {
	for _, r := range t {
		switch {
		case isOpener(r):
			continue
		case unicode.IsUpper(r), unicode.IsTitle(r), unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			return !unicode.IsLower(r)
		}
		return false
	}
	return false
}

func skipSpaces(t string, i int) int {
	for i < len(t) {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

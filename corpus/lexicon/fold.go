package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallax-reader/parallax/corpus/model"
)

// Folded is a string folded for matching, with a way back to the original.
type Folded struct {
	Text     string  // the folded text
	from, to []int32 // per byte of Text: the original byte range it came from; nil when Text maps 1:1
}

// Span maps the byte range [start, end) of f.Text back to the smallest byte
// range of the original string that produced it.
func (f *Folded) Span(start, end int) model.Span {
	if f.from == nil {
		return model.Span{Start: start, End: end}
	}
	if start >= end {
		if start >= len(f.from) {
			n := 0
			if len(f.to) > 0 {
				n = int(f.to[len(f.to)-1])
			}
			return model.Span{Start: n, End: n}
		}
		return model.Span{Start: int(f.from[start]), End: int(f.from[start])}
	}
	return model.Span{Start: int(f.from[start]), End: int(f.to[end-1])}
}

// Fold returns s folded for matching: Unicode NFKC, lower case, and curly
// quotes, apostrophes and dashes made straight ("’" to "'", "“" to `"`,
// "—" to "-"). ASCII text is only lower-cased, without allocating when it
// has no upper case. Fold works on any text, a token or a passage; show the
// original, never the folded form.
func Fold(s string) string {
	if isASCII(s) {
		return asciiLower(s)
	}
	return foldUnicode(s, nil)
}

// FoldMap folds s as Fold does and keeps the map from folded offsets back
// to s, for highlighting a match found in folded text.
func FoldMap(s string) *Folded {
	if isASCII(s) {
		return &Folded{Text: asciiLower(s)}
	}
	f := &Folded{}
	f.Text = foldUnicode(s, f)
	return f
}

// foldUnicode folds s segment by segment of its NFKC normalisation; when m
// is not nil it records the source range of every output byte.
func foldUnicode(s string, m *Folded) string {
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	out := make([]byte, 0, len(s)+8)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		n0 := len(out)
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			out = utf8.AppendRune(out, foldRune(r))
		}
		if m != nil {
			end := int32(it.Pos())
			for range len(out) - n0 {
				m.from = append(m.from, int32(start))
				m.to = append(m.to, end)
			}
		}
	}
	if m != nil {
		// A segment that expands a lot ("⒇" → "(20)") comes out in pieces, the
		// first ones before the iterator moves on: they end where the last does.
		for i := len(m.to) - 2; i >= 0; i-- {
			if m.to[i] <= m.from[i] {
				m.to[i] = m.to[i+1]
			}
		}
	}
	return string(out)
}

// foldRune straightens typographic quotes and dashes and lowers the case.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', 'ʼ':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return unicode.ToLower(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lower-cases ASCII s, returning s itself when nothing changes.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Negates reports whether a folded word negates what follows it: one of
// Negations, or any word in n't ("didn't", "isn't").
func Negates(w string) bool { return Negations.Has(w) || strings.HasSuffix(w, "n't") }

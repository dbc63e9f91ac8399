package search

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding maps text and queries onto one comparable form, rune by rune, so
// that every folded byte can be traced back to the original rune it came
// from (see foldMapped). The same function folds both sides; that, not any
// particular choice below, is what makes matching consistent.
//
//   - ASCII letters are lowered; ASCII and C1 control bytes (NUL, \n, \t,
//     ESC, …) and every Unicode space become ' ', and a run of them collapses
//     to one ' ', so a phrase pasted with different line breaks or double
//     spaces still matches. Collapsing also keeps sahilm/fuzzy from stopping
//     at a NUL byte: the index copy holds no NUL.
//   - Curly quotes and guillemets become ' and ", dashes and the minus sign
//     become '-'.
//   - Other runes get their Unicode compatibility decomposition (NFKD:
//     ligatures split, full-width forms become ASCII, "…" becomes "...");
//     the Latin/Greek/Cyrillic combining accents U+0300–U+036F are then
//     dropped, so "Erdoğan" is found by "erdogan". Marks of other scripts
//     (Japanese dakuten, Devanagari vowel signs) are kept.
//   - Format characters (soft hyphen, zero-width space and joiners, bidi
//     controls, BOM) and variation selectors are dropped.
//   - Every remaining rune is replaced by one fixed member of its
//     unicode.SimpleFold orbit (the smallest lower-case one, else the
//     smallest). sahilm/fuzzy compares runes with a simple-fold equality, so
//     on folded text its notion of "same letter" is exactly byte equality,
//     which is what lets the prefilters below work on bytes.
//   - Invalid UTF-8 becomes U+FFFD, one per bad byte.
//
// No composition step: decomposed and precomposed input fold alike because
// both end up decomposed with accents dropped. Hangul syllables are left
// whole, ß does not match "ss", and there is no transliteration.

// asciiFold maps each ASCII byte to its folded byte: lower case, and ' ' for
// spaces and control bytes.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c < 0x20 || c == 0x7f:
			t[c] = ' '
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// drop is returned by special for runes that fold to nothing.
const drop rune = -1

// special folds the non-ASCII runes (r >= 0x80) that need more than decomposition and
// case: quotes, dashes, spaces and invisible characters. ok is false for the
// rest.
func special(r rune) (rune, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u2035', '\u02bc', '\u2039', '\u203a':
		return '\'', true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u2036', '\u00ab', '\u00bb':
		return '"', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2e3a', '\u2e3b':
		return '-', true
	}
	switch {
	case r < 0xa0: // C1 controls (U+0080–U+009F)
		return ' ', true
	case 0x300 <= r && r <= 0x36f: // combining diacritical marks
		return drop, true
	case 0xfe00 <= r && r <= 0xfe0f, 0xe0100 <= r && r <= 0xe01ef: // variation selectors
		return drop, true
	case unicode.IsSpace(r):
		return ' ', true
	case unicode.Is(unicode.Cf, r):
		return drop, true
	}
	return 0, false
}

// canon returns the fixed representative of r's simple-fold orbit: the
// smallest lower-case member, or the smallest member if none is lower case.
// For ASCII letters that is the lower-case letter (also for the Kelvin sign
// and the long s, whose orbits contain k and s).
func canon(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(asciiFold[r])
	}
	low, least := rune(-1), r
	for x := unicode.SimpleFold(r); x != r; x = unicode.SimpleFold(x) {
		if x < least {
			least = x
		}
		if unicode.IsLower(x) && (low < 0 || x < low) {
			low = x
		}
	}
	if unicode.IsLower(r) && (low < 0 || r < low) {
		low = r
	}
	if low >= 0 {
		return low
	}
	return least
}

// folder appends the folded form of a string to dst and, when mapping,
// records for every appended byte the offset of the original rune.
type folder struct {
	dst     []byte
	offs    []int32 // parallel to dst; only filled when mapping is set
	mapping bool
	space   bool // the last byte appended is a collapsed space
}

// emit appends one folded rune that came from the original rune at off.
func (f *folder) emit(r rune, off int) {
	if r == ' ' {
		if f.space {
			return
		}
		f.space = true
	} else {
		f.space = false
	}
	n := len(f.dst)
	if r < utf8.RuneSelf {
		f.dst = append(f.dst, byte(r))
	} else {
		f.dst = utf8.AppendRune(f.dst, r)
	}
	if f.mapping {
		for range len(f.dst) - n {
			f.offs = append(f.offs, int32(off))
		}
	}
}

// fold appends the folded form of s.
func (f *folder) fold(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			f.emit(rune(asciiFold[c]), i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			f.emit(utf8.RuneError, i)
			i++
			continue
		}
		f.foldRune(r, s[i:i+size], i)
		i += size
	}
}

// foldRune appends the folding of the non-ASCII rune r, whose encoding is
// enc, found at offset off.
func (f *folder) foldRune(r rune, enc string, off int) {
	if m, ok := special(r); ok {
		if m != drop {
			f.emit(m, off)
		}
		return
	}
	d := norm.NFKD.PropertiesString(enc).Decomposition()
	if d == nil {
		f.emit(canon(r), off)
		return
	}
	for len(d) > 0 {
		r2, size := utf8.DecodeRune(d)
		d = d[size:]
		if r2 < utf8.RuneSelf {
			f.emit(rune(asciiFold[r2]), off)
			continue
		}
		if m, ok := special(r2); ok {
			if m != drop {
				f.emit(m, off)
			}
			continue
		}
		f.emit(canon(r2), off)
	}
}

// Fold returns the folded form of s that matching works on: lower case,
// quotes and dashes unified, compatibility forms decomposed, Latin accents
// and invisible characters dropped, runs of spaces and control bytes
// collapsed to one space. It is exported so that callers can explain or
// test a match; Search folds for itself.
func Fold(s string) string {
	f := folder{dst: make([]byte, 0, len(s))}
	f.fold(s)
	return string(f.dst)
}

// foldMapped returns the folded form of s and, for each of its bytes, the
// byte offset in s of the rune it came from.
func foldMapped(s string) (string, []int32) {
	f := folder{dst: make([]byte, 0, len(s)), offs: make([]int32, 0, len(s)), mapping: true}
	f.fold(s)
	return string(f.dst), f.offs
}

package search

import (
	"strings"
	"unicode/utf8"
)

// Per-text filters, computed once by New, that let the fast path decide a
// term's tier (see score.go) for most texts without reading them. Each is a
// necessary condition, never a sufficient one, so a filter can only skip
// work, never change a result:
//
//   - mask: one bit per byte class present (byteMask). A term whose bytes
//     are not all present cannot occur, even as scattered letters.
//   - grams: a 512-bit Bloom filter of the byte pairs present. A term
//     occurs contiguously only if all its byte pairs are present.
//   - starts: byteMask of the bytes that follow a non-word character (or
//     begin the text). A term occurs at a word start only if its first byte
//     does. fuzzyHop uses it too: a letter that never follows a non-word
//     character never follows a separator.
//   - words: a 512-bit Bloom filter (three hashes) of the whole words. A
//     term made only of word characters is a whole word of the text only if
//     the filter has it. (At 256 bits and two hashes, a third of the
//     passages of a news-like corpus claimed "p" as a word, and each was
//     read through to find it was not: most of a keystroke's time.)

// gramWords and wordWords are the sizes of the Bloom filters in uint64s.
const (
	gramWords = 8
	wordWords = 8
)

// filters is what New keeps per text.
type filters struct {
	mask   uint64
	starts uint64
	grams  [gramWords]uint64
	words  [wordWords]uint64
}

// gramBit returns the Bloom bit (0–511) of the byte pair a, b.
func gramBit(a, b byte) uint32 {
	return (uint32(a)<<8 | uint32(b)) * 0x9e3779b1 >> 23
}

// wordHash hashes a word (FNV-1a).
func wordHash[S ~string | ~[]byte](w S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// wordBits returns the Bloom bits of a word hash: three of 512, from the
// high bits of the hash mixed by a multiply (FNV's low bits are weak for
// short words).
func wordBits(h uint64) (bits [wordWords]uint64) {
	h *= 0x9e3779b97f4a7c15
	for _, b := range [3]uint64{h >> 55, h >> 46 & 511, h >> 37 & 511} {
		bits[b>>6] |= 1 << (b & 63)
	}
	return bits
}

// newFilters computes the filters of folded text s.
func newFilters(s []byte) filters {
	var f filters
	for i, c := range s {
		f.mask |= maskBit[c]
		if i+1 < len(s) {
			b := gramBit(c, s[i+1])
			f.grams[b>>6] |= 1 << (b & 63)
		}
	}
	word := -1 // start of the current word, or -1
	for i := 0; i < len(s); {
		c, size, isWord := s[i], 1, false
		if c < utf8.RuneSelf {
			isWord = isWordByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRune(s[i:])
			isWord = isWordRune(r)
		}
		if word < 0 {
			// The previous rune, if any, is not a word character.
			f.starts |= maskBit[c]
		}
		if isWord && word < 0 {
			word = i
		} else if !isWord && word >= 0 {
			f.addWord(s[word:i])
			word = -1
		}
		i += size
	}
	if word >= 0 {
		f.addWord(s[word:])
	}
	return f
}

// addWord adds a whole word to the words filter.
func (f *filters) addWord(w []byte) {
	for i, b := range wordBits(wordHash(w)) {
		f.words[i] |= b
	}
}

// needle is a term or phrase prepared for the filters and the anchored
// search.
type needle struct {
	s      string
	grams  [gramWords]uint64 // Bloom bits of its byte pairs
	start  uint64            // maskBit of its first byte
	word   bool              // made only of word characters
	words  [wordWords]uint64 // its words-filter bits, when word
	anchor int               // offset of its rarest byte, where the search starts
}

// newNeedle prepares folded s, choosing as anchor the byte that is rarest
// in the corpus according to freq.
func newNeedle(s string, freq *[256]uint32) needle {
	n := needle{s: s, word: true}
	for i := 0; i+1 < len(s); i++ {
		b := gramBit(s[i], s[i+1])
		n.grams[b>>6] |= 1 << (b & 63)
	}
	n.start = maskBit[s[0]]
	for _, r := range s {
		if !isWordRune(r) {
			n.word = false
		}
	}
	if n.word {
		n.words = wordBits(wordHash(s))
	}
	for i := 1; i < len(s); i++ {
		if freq[s[i]] < freq[s[n.anchor]] {
			n.anchor = i
		}
	}
	return n
}

// maxTier returns the best tier the filters f of a text allow n: tierNone
// when a byte pair of n is missing, below tierWord when n is not among
// its whole words, tierInside when no word of it starts with n's first
// byte. The filters are necessary conditions, so the tier found by
// reading the text is never above it.
func (n *needle) maxTier(f *filters) int {
	for w := range gramWords {
		if f.grams[w]&n.grams[w] != n.grams[w] {
			return tierNone
		}
	}
	best := tierWord
	if n.word {
		for w := range wordWords {
			if f.words[w]&n.words[w] != n.words[w] {
				best = tierPrefix
				break
			}
		}
	}
	if n.start != 0 && f.starts&n.start == 0 {
		best = tierInside
	}
	return best
}

// tier returns the best occurrence tier of n in folded text s with filters
// f. It equals occurrence(s, n.s)'s tier, found with fewer reads.
func (n *needle) tier(s string, f *filters) int {
	best := n.maxTier(f)
	if best == tierNone {
		return tierNone
	}
	return n.tierUpTo(s, best)
}

// tierUpTo returns the best occurrence tier of n in folded text s, given
// that it is at most best (maxTier): the occurrences are found from n's
// rarest byte, and the search stops at the first one of tier best.
func (n *needle) tierUpTo(s string, best int) int {
	t, a := n.s, n.anchor
	tier := tierNone
	for from := a; from < len(s); {
		j := strings.IndexByte(s[from:], t[a])
		if j < 0 {
			break
		}
		j += from
		from = j + 1
		i := j - a
		if i < 0 || i+len(t) > len(s) || s[i:i+len(t)] != t {
			continue
		}
		ti := occurrenceTier(s, i, len(t))
		if ti > tier {
			tier = ti
			if tier >= best {
				break
			}
		}
	}
	return tier
}

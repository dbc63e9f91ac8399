package search

/*
Scoring passages against a query

A query is folded like the text (fold.go) and split at spaces into terms;
a passage matches when every term matches it, each on its own, as a fuzzy
(in-order, possibly scattered) subsequence, the way fzf's extended search
AND-s its space-separated terms. One fuzzy pattern over the whole query was
the alternative; it was rejected for prose because

  - word order would matter: "kremlin peskov" would miss "Peskov, the
    Kremlin's spokesman";
  - sahilm/fuzzy scans greedily left to right, so one long pattern over a
    100-word paragraph mostly finds scattered letters spanning the whole
    passage, and nearly every passage contains them; per-term matching keeps
    each word's letters together;
  - a typo costs one term's score, not the alignment of everything after it.

Order still counts through the phrase bonus below: the query as typed,
spaces included, found contiguously.

The score of a matching passage is sahilm/fuzzy's score, summed over the
terms, plus bonuses in three tiers, each tier worth more than everything
below it can add up to, so the tiers compare lexicographically:

	phrase tier × PhraseUnit  the whole folded query occurs contiguously (only
	                          when the query is more than one term):
	                          3 as a whole word-bounded phrase, 2 at a word
	                          start, 1 anywhere.
	Σ term tier × TermUnit    per term: 3 it occurs as a whole word, 2 at the
	                          start of a word, 1 inside a word, 0 only as
	                          scattered letters.
	Σ fuzzy score             sahilm/fuzzy's own score per term: +10 first
	                          character, +20 after a separator, +20 camel case,
	                          an adjacency bonus that triples with every
	                          adjacent character, -5 per leading unmatched
	                          character (at most -15), -1 per unmatched byte.
	                          Plain calls the library; the fast path computes
	                          the same number with fuzzyHop (fuzzyhop.go).

So an exact phrase beats the same words apart, a whole word beats a prefix,
a prefix beats a match inside a word, and anything contiguous beats
scattered letters, whatever fuzzy thinks; a long phrase pasted from a passage
ranks that passage first because no other passage has the phrase. Within a
tier fuzzy decides: mostly shorter passages first (-1 per byte), and
passages whose first in-order run of the letters is contiguous (the word
appears early) before those where fuzzy's greedy scan first picked scattered
letters. Equal scores go in index order.

Word characters are letters, digits and marks; everything else (spaces,
punctuation, quotes, U+FFFD) bounds a word, so "Peskov's" contains the
whole word "peskov" and "anti-war" contains "war".

Limits, so a hostile query cannot blow up the work: the folded query is cut
to MaxQueryBytes, words longer than MaxTermRunes are split into pieces that
are matched as separate terms (fuzzy's adjacency bonus overflows int64 after
about 40 adjacent runes), and only the first MaxTerms terms are matched; the
phrase bonus still uses the whole cut query.

What it gets wrong:

  - fuzzy's score is built for file names: within a tier it mostly ranks by
    length and by where its greedy scan landed, not by how relevant the
    passage is. Two passages that both contain the word differ by luck of
    letter order before it. Term frequency means nothing.
  - Tiers count terms, not their rarity: a whole-word "the" is worth as
    much as a whole-word "sanctions".
  - A typo drops a term to the scattered tier; there is no edit distance.
    A pasted phrase that spans two passages matches neither as a phrase.
  - CJK and other scripts written without spaces have no word boundaries
    inside a run of letters, so only the substring tiers apply there.
  - Only the first MaxTerms terms must match; a long query matches passages
    that contain its first eight words but not the rest.
*/

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Bounds on the work one query can cause.
const (
	// MaxQueryBytes is the longest folded query matched; the rest is ignored.
	MaxQueryBytes = 1024
	// MaxTerms is how many terms must match; further terms are ignored
	// except by the phrase bonus.
	MaxTerms = 8
	// MaxTermRunes is the longest term; longer words are split into pieces.
	MaxTermRunes = 24
)

// Tier units of the score (see the comment at the top of this file). A
// term's fuzzy score lies within ±2^38 (at most MaxTermRunes runes, so the
// adjacency bonus stays below 3^24), so MaxTerms of them stay below 2^41,
// half a TermUnit; MaxTerms term tiers of at most 3 stay below 32 TermUnits,
// one PhraseUnit.
const (
	TermUnit   int64 = 1 << 42
	PhraseUnit int64 = 32 * TermUnit
)

// Occurrence tiers, for terms and the phrase.
const (
	tierNone   = 0 // no contiguous occurrence
	tierInside = 1 // occurs, but not at a word start
	tierPrefix = 2 // occurs at the start of a word
	tierWord   = 3 // occurs as a whole word
)

// term is one AND-ed piece of the query.
type term struct {
	needle        // folded, no spaces
	mask   uint64 // byteMask(s)
	// fuzzyMax bounds sahilm/fuzzy's score of s on any text of length L:
	// score <= fuzzyMax - L.
	fuzzyMax int64
	// pairs holds, for each rune after the first, the grams-filter bit of
	// the byte pair it makes with the rune before: it can only be adjacent
	// to the previous match if the text has that pair (see fuzzyBound).
	pairs []uint32
	runes int64
}

// fuzzyBound bounds sahilm/fuzzy's score of t on a text of length n with
// filters f, from the byte pairs the text has, without reading the text:
// at most 20 per rune, the adjacency bonus of as many adjacent pairs as
// the text may have, and the unmatched-byte penalty.
func (t *term) fuzzyBound(f *filters, n int) int64 {
	a := 0
	for _, b := range t.pairs {
		if f.grams[b>>6]&(1<<(b&63)) != 0 {
			a++
		}
	}
	return 20*t.runes + adjacency[a] + t.runes - int64(n)
}

// query is a parsed, folded query.
type query struct {
	text   needle // the folded, cut query
	phrase bool   // whether the phrase bonus applies (more than one term)
	terms  []term
	mask   uint64 // union of the terms' masks
	// fuzzyMax is the sum of the terms' fuzzyMax: the fuzzy part of a score on
	// a text of length L is at most fuzzyMax - len(terms)*L.
	fuzzyMax int64
	// bonusMax is the largest bonus any text can get.
	bonusMax int64
	// byLength lists the indexes of terms, longest first.
	byLength []int
}

// parseQuery folds and splits a query; freq (byte counts of the corpus)
// chooses where searches anchor. The result has no terms when the query is
// empty or only spaces and invisible characters.
func parseQuery(raw string, freq *[256]uint32) query {
	// Folding is rune by rune, so folding a prefix gives a prefix of the
	// folding; cut the raw text first so a huge paste costs nothing.
	if len(raw) > 8*MaxQueryBytes {
		raw = cutRunes(raw, 8*MaxQueryBytes)
	}
	text := strings.Trim(Fold(raw), " ")
	if len(text) > MaxQueryBytes {
		text = strings.TrimRight(cutRunes(text, MaxQueryBytes), " ")
	}
	var q query
	for _, w := range strings.Split(text, " ") {
		for w != "" && len(q.terms) < MaxTerms {
			piece := w
			if n := utf8.RuneCountInString(w); n > MaxTermRunes {
				piece = w[:runeOffset(w, MaxTermRunes)]
			}
			w = w[len(piece):]
			q.terms = append(q.terms, newTerm(piece, freq))
		}
	}
	if len(q.terms) == 0 {
		return query{}
	}
	q.text = newNeedle(text, freq)
	q.phrase = text != q.terms[0].s
	for i := range q.terms {
		q.byLength = append(q.byLength, i)
	}
	slices.SortStableFunc(q.byLength, func(a, b int) int { return len(q.terms[b].s) - len(q.terms[a].s) })
	for _, t := range q.terms {
		q.mask |= t.mask
		q.fuzzyMax += t.fuzzyMax
		q.bonusMax += tierWord * TermUnit
	}
	if q.phrase {
		q.bonusMax += tierWord * PhraseUnit
	}
	return q
}

// newTerm builds a term from a folded word piece.
func newTerm(s string, freq *[256]uint32) term {
	m := int64(utf8.RuneCountInString(s))
	// sahilm/fuzzy gives each matched rune at most 20 (10 at offset 0, 20
	// after a separator or for camel case, never two of these) plus its
	// adjacency bonus, and the bonuses of m-1 adjacent pairs add up to at
	// most adjacency[m-1]. The unmatched-byte penalty is m - L.
	t := term{needle: newNeedle(s, freq), mask: byteMask(s), fuzzyMax: 20*m + adjacency[m-1] + m, runes: m}
	for i := range s {
		if i > 0 {
			t.pairs = append(t.pairs, gramBit(s[i-1], s[i]))
		}
	}
	return t
}

// cutRunes returns the longest prefix of s of at most n bytes that does not
// split a UTF-8 sequence.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && i > n-utf8.UTFMax && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// runeOffset returns the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// byteMask sets one bit per distinct byte class in s: a bit for each of
// a–z and 0–9, and the other bytes hashed onto the remaining 28 bits. A text
// whose mask lacks a bit of the query's mask cannot match it.
func byteMask[S ~string | ~[]byte](s S) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= maskBit[s[i]]
	}
	return m
}

var maskBit = func() (t [256]uint64) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = 1 << (c - 'a')
		case '0' <= c && c <= '9':
			t[c] = 1 << (26 + c - '0')
		case c == ' ':
			// Spaces never occur inside a term.
		default:
			t[c] = 1 << (36 + c%28)
		}
	}
	return t
}()

// isWordByte reports, for ASCII bytes, whether they are word characters.
var isWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune reports whether r is a word character: a letter, digit or mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// occurrenceTier classifies an occurrence of n bytes at s[i:]: inside a
// word, at a word's start, or a whole word.
func occurrenceTier(s string, i, n int) int {
	if wordBefore(s, i) {
		return tierInside
	}
	if wordAt(s, i+n) {
		return tierPrefix
	}
	return tierWord
}

// wordBefore reports whether the rune ending at s[:i] is a word character.
func wordBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return isWordByte[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// wordAt reports whether the rune starting at s[i:] is a word character.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isWordByte[c]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// occurrence finds t in s and returns the best tier of its occurrences and
// the offset of the first occurrence of that tier (-1 and tierNone if t does
// not occur). Both s and t are folded, hence valid UTF-8, so every byte
// match starts on a rune boundary.
func occurrence(s, t string) (pos, tier int) {
	pos = -1
	if t == "" {
		return pos, tierNone
	}
	for from := 0; from+len(t) <= len(s); {
		i := strings.Index(s[from:], t)
		if i < 0 {
			break
		}
		i += from
		ti := occurrenceTier(s, i, len(t))
		if ti > tier {
			pos, tier = i, ti
			if tier == tierWord {
				break
			}
		}
		// The next occurrence starts at the next rune.
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return pos, tier
}

// bonus returns the tier part of the score of folded text s, and whether
// every term occurs in it contiguously. This is the plain way: every
// occurrence is looked at.
func (q *query) bonus(s string) (b int64, all bool) {
	all = true
	for i := range q.terms {
		_, tier := occurrence(s, q.terms[i].s)
		b += int64(tier) * TermUnit
		all = all && tier > tierNone
	}
	if q.phrase && all {
		_, tier := occurrence(s, q.text.s)
		b += int64(tier) * PhraseUnit
	}
	return b, all
}

// fastBonus is bonus for a text with filters f, using the filters and the
// anchored search (needle.tier). It may stop early, with a bonus below
// need, once it is sure the bonus will stay below need; all is false only
// when some term is known to have no contiguous occurrence. Terms are
// tried longest first: long words are the rarest, so a missing one (which
// also rules out the phrase) shows up soonest.
func (q *query) fastBonus(s string, f *filters, need int64) (b int64, all bool) {
	// First what the filters allow each term, without reading the text:
	// most texts cannot reach need even so (once the top k are in a
	// tier, a longer text needs a better one), and are not read at all.
	all = true
	var most [MaxTerms]int
	var ub int64
	for i := range q.terms {
		most[i] = q.terms[i].maxTier(f)
		ub += int64(most[i]) * TermUnit
		all = all && most[i] > tierNone
	}
	phraseMost := 0
	if q.phrase && all {
		phraseMost = q.text.maxTier(f)
		ub += int64(phraseMost) * PhraseUnit
	}
	if ub < need {
		return ub, all
	}
	rest := ub // the most the terms not yet read, and the phrase, can add
	for _, i := range q.byLength {
		tier := tierNone
		if most[i] > tierNone {
			tier = q.terms[i].tierUpTo(s, most[i])
		}
		b += int64(tier) * TermUnit
		rest -= int64(most[i]) * TermUnit
		if tier == tierNone && all {
			all = false
			rest -= int64(phraseMost) * PhraseUnit
		}
		if b+rest < need {
			return b, all
		}
	}
	// The phrase contains every term, so it occurs only if they all do.
	if q.phrase && all && phraseMost > tierNone {
		b += int64(q.text.tierUpTo(s, phraseMost)) * PhraseUnit
	}
	return b, all
}

// libraryScore returns sahilm/fuzzy's score of pattern on folded text s,
// and whether it matches at all, by calling the library.
func libraryScore(pattern, s string) (int64, bool) {
	m := fuzzy.Find(pattern, []string{s})
	if len(m) == 0 {
		return 0, false
	}
	return int64(m[0].Score), true
}

package lexicon

import (
	"strings"
)

// Spelling: British spellings are folded to American ones before stemming,
// so that "organised" and "organized", "centre" and "center", "defence"
// and "defense", "travelled" and "traveled" share a stem: British and
// American outlets spell one event two ways, and the Snowball stemmer
// keeps them apart ("organis" / "organ"). Every stage that compares stems
// reads the folded one (snowball, stemtable_gen.go, the word lists
// tools/genwords stems); the text shown is never changed.
//
// The table is derived, not picked: tools/spelling tries regular spelling
// changes (-our → -or, -ise → -ize, -tre → -ter, -ogue → -og, ae → e, …)
// on every word of SCOWL's British list and keeps a pair when the American
// list holds the result and the two lists disagree on it (its package doc
// says exactly what it keeps; the licence is in LICENSE-SCOWL). Some 1,700
// words, inflected forms included ("organisations", "centred",
// "travelling"). A look-up is one hash and a probe or two, once per
// distinct word of the process (the word table caches stems), never per
// token.
//
// What it gets wrong: a British word that is two words in American English
// reads as both ("tyre" would be "tire"; "prise", to lever open, is
// "prize"); a word neither list holds ("weaponised", if they lack it)
// keeps its British stem.

//go:generate go run ../../tools/spelling -out spelling.txt
//go:generate go test -run ^TestSpellingGenerated$ . -args -update

// Americanize returns the American spelling of a folded English word, or
// the word itself.
func Americanize(w string) string {
	if a, ok := spellings.get(w); ok {
		return a
	}
	return w
}

// AmericanizeWords returns the folded words of s, separated by spaces,
// each Americanized ("world health organisation" → "world health
// organization"); s itself when no word changes.
func AmericanizeWords(s string) string {
	var b *strings.Builder
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		a := Americanize(s[i:j])
		if b == nil && a != s[i:j] {
			b = &strings.Builder{}
			b.WriteString(s[:i])
		}
		if b != nil {
			b.WriteString(a)
			if j < len(s) {
				b.WriteByte(' ')
			}
		}
		i = j + 1
	}
	if b == nil {
		return s
	}
	return b.String()
}

package lexicon

import (
	"github.com/kljensen/snowball/english"

	"github.com/parallax-reader/parallax/internal/strtable"
)

// Stems of common words, ready in the binary. The Snowball stemmer costs
// about a microsecond a word (it turns each suffix it tries into runes),
// and every start of parallax meets a few hundred words its table has not
// seen: on the sample that was a thirtieth of a start's CPU. The words
// found in five or more FNC-1 fit bodies (commonwords.txt, written by
// tools/background -words; some 6,900) are stemmed when stemtable_gen.go
// is generated, by the same function (StemWord's english.Stem of
// Americanize), and kept in an open-addressing hash table like the
// background's (internal/strtable): a word of the table is found by one FNV-1a hash and a
// probe or two, and any other word is stemmed as before. The stems are
// the same by construction; TestStemTableGenerated checks the file fresh
// and every entry against the stemmer.

//go:generate go run ../../tools/background -data ../../../shared/data -words commonwords.txt
//go:generate go test -run ^TestStemTableGenerated$ . -args -update

// wordMap maps words to strings, laid out by internal/strtable for a
// generated literal: the common words' stems (stemtable_gen.go) and the
// British spellings' American forms (spelling_gen.go).
type wordMap struct {
	keys  string   // the words, end to end
	koff  []uint32 // word i is keys[koff[i]:koff[i+1]]
	vals  string   // their values, in the same order
	voff  []uint32 // the value of word i is vals[voff[i]:voff[i+1]]
	slots []uint16 // 0, or 1 + the word whose hash probes here; a power of two long
}

// find returns the index of w in the map, or -1.
func (m *wordMap) find(w string) int { return strtable.Find(m.keys, m.koff, m.slots, w) }

// get returns the value of w, and whether the map holds w.
func (m *wordMap) get(w string) (string, bool) {
	if k := m.find(w); k >= 0 {
		return m.vals[m.voff[k]:m.voff[k+1]], true
	}
	return "", false
}

// snowball returns the Snowball stem of a folded word that is not a stop
// word, with British spellings made American first: from the table when
// the word is common, else from the stemmer.
func snowball(w string) string {
	if st, ok := commonStems.get(w); ok {
		return st
	}
	return english.Stem(Americanize(w), true)
}

// Package background holds the document frequencies of word stems in
// general English news, so that term weights (IDF) come from a fixed
// background and not from the documents loaded: a pair of articles scores
// the same whatever else is open.
//
// Keys are Snowball English stems as english.Stem(word, true) returns them
// for a lower-cased word (github.com/kljensen/snowball/english) — the
// stems the engine's tokens carry. The table is compiled into the
// program (table_gen.go), ready at start, and is safe for concurrent use.
package background

import (
	"hash/fnv"

	"github.com/parallax-reader/parallax/internal/strtable"
)

// Design: where the numbers come from and what they get wrong.
//
// Source: the 1,683 article bodies of the FNC-1 training set (news of
// 2014–2015, many outlets), fit part only — the bodies DevBody says are
// not dev, 1,335 of them — counted by tools/background: document
// frequency per stem, stems seen in fewer than two bodies dropped. Only
// the counts are kept, no text.
//
// Weight: IDF(stem) = ln(N / df). A stem the table does not hold is
// treated as rare, df = 0.5, so it weighs the most: ln(2N) ≈ 7.9. Common
// words weigh little ("the" ≈ 0.02, "said" ≈ 0.4, "police" ≈ 1.8).
//
// What it gets wrong:
//   - It is small and of its time: 1,335 bodies, about 8,600 stems. Stories
//     FNC-1 covers heavily (Islamic State, Ebola, a few hoaxes) have common
//     stems there that general news would find rarer ("isi" has df 205,
//     IDF 1.9); words of later years are unseen and weigh as rare.
//   - British spellings count apart from American ones (the engine folds
//     "organised" to "organized" before stemming; this count did not), and
//     a name seen once weighs like a typo.
//   - Stems are of whole words split at every non-letter: "don't" counts as
//     "don" and "t", "U.S." as "u" and "s".

//go:generate go run ../../../tools/background -data ../../../../shared/data -out df.txt.gz
//go:generate go test -run ^TestTableGenerated$ . -args -update

// unseenDF is the document frequency an unseen stem is given.
const unseenDF = 0.5

// table is the counted stems in an open-addressing hash table that
// generate_test.go lays out from df.txt.gz (a Go map would have to be
// built at start: decompressing, parsing and inserting 8,600 stems cost
// about a tenth of a start's CPU).
type table struct {
	n     int
	max   float32  // IDF of an unseen stem
	keys  string   // every stem, in sorted order
	koff  []uint32 // stem i is keys[koff[i]:koff[i+1]]
	idf   []float32
	slots []uint16 // 0, or 1 + the stem whose hash probes here; a power of two long
}

// load returns the table (see table_gen.go).
func load() *table { return generated }

// find returns the index of stem in the table, or -1 (strtable.Find).
func (t *table) find(stem string) int { return strtable.Find(t.keys, t.koff, t.slots, stem) }

// IDF returns the inverse document frequency of a stem, ln(N/df); an
// unseen stem counts as df = 0.5, the largest weight (MaxIDF).
func IDF(stem string) float32 {
	t := load()
	if k := t.find(stem); k >= 0 {
		return t.idf[k]
	}
	return t.max
}

// Known reports whether the table holds a stem (seen in two bodies or more).
func Known(stem string) bool { return load().find(stem) >= 0 }

// Lookup returns a stem's IDF and whether the table holds it: IDF and
// Known in one look-up.
func Lookup(stem string) (float32, bool) {
	t := load()
	if k := t.find(stem); k >= 0 {
		return t.idf[k], true
	}
	return t.max, false
}

// MaxIDF is the IDF of a stem the table does not hold.
func MaxIDF() float32 { return load().max }

// N returns the number of bodies counted.
func N() int { return load().n }

// Len returns the number of stems the table holds.
func Len() int { return len(load().idf) }

// DevBody reports whether an FNC-1 body belongs to the dev part of the
// evaluation split: the FNV-1a 32-bit hash of its decimal Body ID, modulo
// 5, is 0 (about one body in five). The table counts only the other
// bodies; the evaluation harness uses the same rule.
func DevBody(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%5 == 0
}

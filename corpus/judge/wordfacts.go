package judge

import (
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// What the judge's fixed tables say of a stem, read once per stem for the
// process rather than once per token of every passage: WordNet's groups
// and antonyms, the background weight of the sentence match, whether the
// stem can be a count's context, its casualty class. The tables never
// change while the process runs, and a word id stands for one string for
// as long (lexicon.Word), so the facts are kept by id, in chunks laid out
// like the word table's.
// At twenty articles of 500 paragraphs the string look-ups these replace
// were a fifth of what the judge's per-passage reading cost.

// stemFacts is what the tables say of one stem.
type stemFacts struct {
	groups  []wordnet.Group // wordnet.StemGroups
	weight  float64         // stemWeight
	context bool            // not a casualty word nor a people noun (contextWords)
	ops     []string        // wordnet.Opposites
	class   lexicon.Word    // its casualty class's id, or 0 (polarKey)
}

const (
	factChunkBits = 12
	factChunkSize = 1 << factChunkBits
)

// factChunks holds the facts read so far, by word id. Chunks and entries
// are published with atomics: two goroutines that read one stem at once
// both store the same facts.
var factChunks [1 << 16]atomic.Pointer[[factChunkSize]atomic.Pointer[stemFacts]]

// factsOf returns the facts of stem id w (not 0).
func factsOf(w lexicon.Word) *stemFacts {
	slot := &factChunks[uint32(w)>>factChunkBits%uint32(len(factChunks))]
	c := slot.Load()
	if c == nil {
		slot.CompareAndSwap(nil, new([factChunkSize]atomic.Pointer[stemFacts]))
		c = slot.Load()
	}
	e := &c[w&(factChunkSize-1)]
	if f := e.Load(); f != nil {
		return f
	}
	stem := w.String()
	f := &stemFacts{
		groups:  wordnet.StemGroups(stem),
		weight:  stemWeight(stem),
		context: features.CasualtyClasses[stem] == "" && !features.PeopleNouns[stem],
		ops:     wordnet.Opposites(stem),
	}
	if c := features.CasualtyClasses[stem]; c != "" {
		f.class = casualtyClassIDs()[c]
	}
	e.Store(f)
	return f
}

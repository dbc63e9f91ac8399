package align

import (
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// What the paraphrase match reads of a stem in the fixed tables — its
// background IDF and its WordNet groups — read once per stem id for the
// process, not by string for every passage that uses it (at twenty
// articles of 500 paragraphs every passage's words are read for
// paraphrase, and these look-ups were two fifths of that). The tables
// never change while the process runs, and a word id stands for one
// string as long (lexicon.Word), so the facts are kept by id, in chunks
// laid out like the word table's.

// stemFact is what the tables say of one stem.
type stemFact struct {
	idf    float32         // background.IDF
	groups []wordnet.Group // wordnet.StemGroups
}

const (
	factChunkBits = 12
	factChunkSize = 1 << factChunkBits
)

// factChunks holds the facts read so far, by stem id. Chunks and entries
// are published with atomics: two goroutines that read one stem at once
// both store the same facts.
var factChunks [1 << 16]atomic.Pointer[[factChunkSize]atomic.Pointer[stemFact]]

// factOf returns the facts of stem id w.
func factOf(w lexicon.Word) *stemFact {
	slot := &factChunks[uint32(w)>>factChunkBits%uint32(len(factChunks))]
	c := slot.Load()
	if c == nil {
		slot.CompareAndSwap(nil, new([factChunkSize]atomic.Pointer[stemFact]))
		c = slot.Load()
	}
	e := &c[w&(factChunkSize-1)]
	if f := e.Load(); f != nil {
		return f
	}
	s := w.String()
	f := &stemFact{idf: background.IDF(s), groups: wordnet.StemGroups(s)}
	e.Store(f)
	return f
}

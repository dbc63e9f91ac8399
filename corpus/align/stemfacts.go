package align

import (
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
// string as long (lexicon.Word), so the facts are kept by id, in a
// lexicon.WordCache (as the judge keeps its own).

// stemFact is what the tables say of one stem.
type stemFact struct {
	idf    float32         // background.IDF
	groups []wordnet.Group // wordnet.StemGroups
}

// stemFacts holds the facts read so far, by stem id.
var stemFacts lexicon.WordCache[stemFact]

// factOf returns the facts of stem id w.
func factOf(w lexicon.Word) *stemFact { return stemFacts.Get(w, readStemFact) }

// readStemFact reads the facts of stem s.
func readStemFact(s string) *stemFact {
	return &stemFact{idf: background.IDF(s), groups: wordnet.StemGroups(s)}
}

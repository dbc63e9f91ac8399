package features

import (
	"sync"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// lowerWords is what resolving names reads of the case a set of passages
// writes its words in: the folded words written somewhere in lower case
// (a word token not starting with a capital or a digit), and the stems of
// those that are content words. "passed" written in lower case makes
// "Passes" in a Title Case headline, and "Report" opening a sentence,
// ordinary words. It is read from the passages' tokens, so it depends on
// exactly the passages resolved together.
type lowerWords struct {
	words, stems wordSet
}

// lowerOf reads the words feats write in lower case. The passages are
// read in parallel, each part into sets of its own, joined after: a set
// is the same whatever order its words are added in, and names are
// resolved after it, on one core.
func lowerOf(feats []*Passage) *lowerWords {
	lw := &lowerWords{}
	var mu sync.Mutex
	parallel.For(len(feats), func(lo, hi int) {
		var part lowerWords
		for _, f := range feats[lo:hi] {
			for i := range f.Toks {
				t := &f.Toks[i]
				if t.Flags&(lexicon.TWord|lexicon.TNum|lexicon.TCap) != lexicon.TWord {
					continue
				}
				part.words.add(t.NormID())
				if s := t.StemID(); s != 0 {
					part.stems.add(s)
				}
			}
		}
		mu.Lock()
		lw.words.union(part.words)
		lw.stems.union(part.stems)
		mu.Unlock()
	})
	return lw
}

// word reports whether t's word is written in lower case somewhere.
func (lw *lowerWords) word(t *lexicon.Token) bool { return lw.words.has(t.NormID()) }

// stem reports whether t's stem is that of a content word written in
// lower case somewhere (never for a token with no stem).
func (lw *lowerWords) stem(t *lexicon.Token) bool {
	s := t.StemID()
	return s != 0 && lw.stems.has(s)
}

package features

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// TestLowerOfAsLexicon holds lowerOf, read from the tokens, to what the
// lexicons that cut them record of the words' case (lexicon.SeenLower,
// lexicon.LowerStems), which resolving names read before: for every
// token of passages read by two lexicons, as Extract's workers do.
func TestLowerOfAsLexicon(t *testing.T) {
	texts := []string{
		"Report: the ministry reports that Passes were issued. Running late, RUNNING men ran.",
		"The Reports say 1,200 people passed; U.S. officials and the us-based group disagree.",
		"Internationalization of the Ministry. Asked why, Ahmed said the report was wrong 3rd-time.",
		"« Quoted » words, ÉTAT and état, naïve Naïve, a-hyphenated-Word, 42nd and Street.",
	}
	lxs := []*lexicon.Lexicon{lexicon.NewLexicon(1), lexicon.NewLexicon(1)}
	var feats []*Passage
	for i, text := range texts {
		f := &Passage{Text: text, Sents: txt.Sentences(text)}
		f.Toks = lexicon.Tokenize(text, f.Sents, lxs[i%2])
		feats = append(feats, f)
	}
	low := lowerOf(feats)
	stems := lexicon.LowerStems(lxs)
	words := 0
	for _, f := range feats {
		for i := range f.Toks {
			tk := &f.Toks[i]
			if got, want := low.word(tk), lexicon.SeenLower(lxs, tk.Norm()); got != want {
				t.Errorf("%q: written in lower case %v, the lexicons say %v", tk.Norm(), got, want)
			}
			if got, want := low.stem(tk), stems[tk.Stem()]; got != want {
				t.Errorf("%q: stem %q written in lower case %v, the lexicons say %v", tk.Norm(), tk.Stem(), got, want)
			}
			if low.word(tk) {
				words++
			}
		}
	}
	if words == 0 || low.stems.count() != len(stems) {
		t.Errorf("%d tokens of lower-case words, %d stems (lexicons: %d)", words, low.stems.count(), len(stems))
	}
}

package features

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// TestLowerOf holds lowerOf to what resolving names asks of it: whether
// a word, and whether its stem, is written in lower case anywhere in the
// passages read together — across passages, whatever lexicon cut them,
// never from a capitalised or all-capital word or a number.
func TestLowerOf(t *testing.T) {
	texts := []string{
		"Report: the ministry reports that Passes were issued. Running late, RUNNING men ran.",
		"The Reports say 1,200 people passed; U.S. officials and the us-based group disagree.",
		"Internationalization of the Ministry. Asked why, Ahmed said the report was wrong.",
	}
	lxs := []*lexicon.Lexicon{lexicon.NewLexicon(1), lexicon.NewLexicon(1)}
	var feats []*Passage
	for i, text := range texts {
		f := &Passage{Text: text, Sents: txt.Sentences(text)}
		f.Toks = lexicon.Tokenize(text, f.Sents, lxs[i%2])
		feats = append(feats, f)
	}
	low := lowerOf(feats)
	tok := func(p int, text string) *lexicon.Token {
		for i := range feats[p].Toks {
			if tk := &feats[p].Toks[i]; feats[p].Text[tk.Start:tk.End] == text {
				return tk
			}
		}
		t.Fatalf("passage %d has no token %q", p, text)
		return nil
	}
	for _, c := range []struct {
		p          int
		text       string
		word, stem bool
	}{
		{0, "ministry", true, true},
		{2, "Ministry", true, true},  // written lower in another passage
		{0, "Report", true, true},    // "report" in passage 2
		{1, "Reports", true, true},   // "reports" in passage 0
		{0, "Passes", false, true},   // only "passed", of its stem
		{0, "Running", false, false}, // "ran" is another stem
		{0, "RUNNING", false, false}, // all capitals say nothing of case
		{2, "Ahmed", false, false},   // a name, never written lower
		{2, "Internationalization", false, false},
		{1, "people", true, true},
	} {
		tk := tok(c.p, c.text)
		if got := low.word(tk); got != c.word {
			t.Errorf("%q: word written in lower case %v, want %v", c.text, got, c.word)
		}
		if got := low.stem(tk); got != c.stem {
			t.Errorf("%q: stem %q written in lower case %v, want %v", c.text, tk.Stem(), got, c.stem)
		}
	}
	if n := tok(1, "1,200"); low.word(n) {
		t.Error("a number counted as a lower-case word")
	}
}

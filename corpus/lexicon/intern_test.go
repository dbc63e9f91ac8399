package lexicon

import (
	"fmt"
	"sync"
	"testing"
)

// TestWordIDs guards what the ids promise: one id per string, the string
// back from the id, and the same id from every goroutine.
func TestWordIDs(t *testing.T) {
	if Intern("") != 0 || Word(0).String() != "" {
		t.Fatalf(`"" is not id 0`)
	}
	var wg sync.WaitGroup
	got := make([][]Word, 4)
	for g := range got {
		wg.Go(func() {
			for i := range 10000 {
				got[g] = append(got[g], Intern(fmt.Sprintf("w%d", i)))
			}
		})
	}
	wg.Wait()
	seen := map[Word]bool{}
	for i, id := range got[0] {
		if w := fmt.Sprintf("w%d", i); id.String() != w {
			t.Fatalf("id %d is %q, want %q", id, id.String(), w)
		}
		for g := range got {
			if got[g][i] != id {
				t.Fatalf("w%d: id %d in one goroutine, %d in another", i, id, got[g][i])
			}
		}
		if seen[id] {
			t.Fatalf("id %d given twice", id)
		}
		seen[id] = true
	}
	if id := Intern("w17"); id != got[0][17] {
		t.Errorf("Intern(w17) again = %d, want %d", id, got[0][17])
	}
}

// TestTokenWords checks that tokens read their words back as strings, and
// that a stop word, a number and a punctuation mark have no stem although
// their words may have one elsewhere (a token finds its stem through its
// word).
func TestTokenWords(t *testing.T) {
	ReadWord("12")
	toks := Tokenize("Officials said the 12 fires burned.", nil, NewLexicon(1))
	var norms, stems []string
	for i := range toks {
		norms = append(norms, toks[i].Norm())
		stems = append(stems, toks[i].Stem())
	}
	if fmt.Sprint(norms) != "[officials said the 12 fires burned .]" || fmt.Sprint(stems) != "[offici said   fire burn ]" {
		t.Errorf("norms %q, stems %q", norms, stems)
	}
	if toks[4].NormID() == toks[5].NormID() || toks[1].StemID() != Intern("said") {
		t.Error("ids do not follow the strings")
	}
}

// TestTokenizeConcurrently tokenises one text in several goroutines, each
// with its own lexicon, as the features stage does: every goroutine reads
// the same words and stems (run it with -race: the word table is shared).
func TestTokenizeConcurrently(t *testing.T) {
	text := "Rescuers searched the flooded villages on Tuesday; officials said 12 people died. Organised crews arrived."
	var wg sync.WaitGroup
	got := make([]string, 8)
	for g := range got {
		wg.Go(func() {
			toks := Tokenize(fmt.Sprintf("%s Word%d appears.", text, g%2), nil, NewLexicon(1))
			var b []string
			for i := range toks {
				b = append(b, toks[i].Norm()+"/"+toks[i].Stem())
			}
			got[g] = fmt.Sprint(b)
		})
	}
	wg.Wait()
	for g := 2; g < len(got); g++ {
		if got[g] != got[g%2] {
			t.Fatalf("goroutine %d read %s, goroutine %d %s", g, got[g], g%2, got[g%2])
		}
	}
}

// TestStemCached holds the cached stem to StemWord's, for stop words,
// British spellings, names' words and words met twice.
func TestStemCached(t *testing.T) {
	for range 2 {
		for _, w := range []string{"the", "organised", "organized", "running", "kyiv", "bolden", "charles", "u.s", "", "centres", "ministers"} {
			if got, want := StemCached(w), StemWord(w); got != want {
				t.Errorf("StemCached(%q) = %q, StemWord %q", w, got, want)
			}
		}
	}
}

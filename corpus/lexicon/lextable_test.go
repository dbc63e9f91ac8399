package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// TestLexTable holds the lexicon's table to a map: every word put is got
// back with what was stored, across growth, for short, 16-byte, long,
// non-ASCII and empty words.
func TestLexTable(t *testing.T) {
	tb := newLexTable(1)
	want := map[string]Word{}
	for i := range 5000 {
		for _, w := range []string{fmt.Sprint("w", i), strings.Repeat("x", i%20) + fmt.Sprint(i), fmt.Sprint("été", i)} {
			if !fits(w) {
				continue
			}
			tb.put(w).norm = Word(i + 1)
			want[w] = Word(i + 1)
		}
	}
	for w, id := range want {
		if e := tb.get(w); e == nil || e.norm != id {
			t.Fatalf("get(%q) = %v, want norm %d", w, e, id)
		}
	}
	if tb.get("absent") != nil || tb.get("w5000") != nil || tb.get("") != nil {
		t.Fatal("a word never put was found")
	}
}

// TestLexiconWords holds Lexicon.word to what it promises for words kept
// in slots and in the map (longer than 16 bytes): stem and stop word from
// ReadWord, the same the second time (from the table).
func TestLexiconWords(t *testing.T) {
	lx := NewLexicon(1)
	for _, w := range []string{"running", "internationalization", "the"} {
		id, stop, stem := ReadWord(w)
		for range 2 {
			if e := lx.word(w); e.norm != id || e.stop != stop || e.stem != stem || !e.read {
				t.Fatalf("%q: %+v, want norm %d stop %v stem %d", w, e, id, stop, stem)
			}
		}
	}
	// A number put by id and then read as a word is read then.
	n := lx.id("42")
	if e := lx.word("42"); e.norm != n || !e.read {
		t.Fatalf("42: %+v after id %d", e, n)
	}
}

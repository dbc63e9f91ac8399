package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// TestLexTable holds the lexicon's table to a map: every word put is got
// back with what was stored, across growth, for short, 16-byte, long,
// non-ASCII and empty words, and each sees every entry once.
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
	n := 0
	tb.each(func(*lexWord) { n++ })
	if n != len(want) {
		t.Fatalf("each saw %d entries, want %d", n, len(want))
	}
}

// TestLexiconWords holds Lexicon.word to what it promises for words kept
// in slots and in the map (longer than 16 bytes): stem and stop word from
// ReadWord, and "seen in lower case" once any reading is lower case.
func TestLexiconWords(t *testing.T) {
	lx := NewLexicon(1)
	for _, w := range []string{"running", "internationalization", "the"} {
		if lx.word(w, false).lower || SeenLower([]*Lexicon{lx}, w) {
			t.Fatalf("%q seen lower before it was", w)
		}
		e := lx.word(w, true)
		id, stop, stem := ReadWord(w)
		if e.norm != id || e.stop != stop || e.stem != stem || !e.lower || !SeenLower([]*Lexicon{lx}, w) {
			t.Fatalf("%q: %+v, want norm %d stop %v stem %d, lower", w, e, id, stop, stem)
		}
		if !lx.word(w, false).lower {
			t.Fatalf("%q: lower forgotten", w)
		}
	}
	if got := LowerStems([]*Lexicon{lx}); !got["run"] || !got[StemWord("internationalization")] || len(got) != 2 {
		t.Fatalf("LowerStems = %v", got)
	}
}

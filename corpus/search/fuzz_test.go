package search

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// FuzzSearch feeds arbitrary texts (separated by U+001E in the first
// argument) and an arbitrary query. Beyond not panicking: every position
// is inside its text, on a rune start, ascending; indexes are in range;
// scores descend with ties in index order; and Search, a Searcher that
// typed the query (its first 40 bytes one at a time), and Plain all agree.
func FuzzSearch(f *testing.F) {
	f.Add("Peskov warned reporters.\x1eTalks resumed.", "peskov")
	f.Add("head\x00tail\x1e\xff\xfe bad", "tail \xff")
	f.Add("Prices (sharply) rose 5.2%\x1e.*[](){}?+^$|", ".*[](){}?+\\^$|")
	f.Add("外交部发言人表示，谈判将继续。\x1eCrowds 🎉🇺🇦 cheered", "谈判 🎉")
	f.Add("Erdoğan \ufb01nal Ｐｅｓｋｏｖ\x1ecafe\u0301", "ERDOGAN final peskov café")
	f.Fuzz(func(t *testing.T, corpus, query string) {
		texts := strings.Split(corpus, "\x1e")
		ix := New(texts)
		got := ix.Search(query, 10)
		for k, m := range got {
			if m.Index < 0 || m.Index >= len(texts) {
				t.Fatalf("index %d out of range", m.Index)
			}
			checkPositions(t, texts[m.Index], m.Positions)
			if k > 0 && !better(hit{int32(got[k-1].Index), got[k-1].Score}, hit{int32(m.Index), m.Score}) {
				t.Fatalf("results out of order: %v then %v", got[k-1], m)
			}
		}
		if want := ix.Plain(query, 10); !equalMatches(got, want) {
			t.Fatalf("Search differs from Plain:\n got %v\nwant %v", got, want)
		}
		sr := ix.NewSearcher()
		for i := range query[:min(len(query), 40)] {
			sr.Search(query[:i], 10)
		}
		if typed := sr.Search(query, 10); !equalMatches(got, typed) {
			t.Fatalf("Searcher differs from Search:\n got %v\nwant %v", typed, got)
		}
	})
}

// FuzzFold checks the folding the matching rests on: valid UTF-8, no
// control characters, no doubled spaces, idempotent, and a mapping back to
// rune starts of the original that never goes backwards.
func FuzzFold(f *testing.F) {
	f.Add("Hello  \u201cWorld\u201d\x00\x1b[31m")
	f.Add("Erdoğan \ufb01 \u212a \xff")
	f.Fuzz(func(t *testing.T, s string) {
		folded, offs := foldMapped(s)
		if folded != Fold(s) || len(offs) != len(folded) {
			t.Fatalf("foldMapped and Fold disagree on %q", s)
		}
		if !utf8.ValidString(folded) || strings.Contains(folded, "  ") {
			t.Fatalf("Fold(%q) = %q", s, folded)
		}
		for _, r := range folded {
			if unicode.IsControl(r) {
				t.Fatalf("Fold(%q) = %q keeps a control rune", s, folded)
			}
		}
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q, %q, %q", s, folded, again)
		}
		starts := map[int32]bool{}
		for i := range s {
			starts[int32(i)] = true
		}
		for k, o := range offs {
			if !starts[o] || k > 0 && o < offs[k-1] {
				t.Fatalf("Fold(%q): offset %d of byte %d", s, o, k)
			}
		}
	})
}

// FuzzFuzzyHop checks fuzzyHop against sahilm/fuzzy on folded input, and
// that the bounds the scan prunes with are never below the score.
func FuzzFuzzyHop(f *testing.F) {
	f.Add("abc", "a-b c/abc")
	f.Add("war", "we are at war")
	f.Add("日本", "日 本日本")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		p := strings.ReplaceAll(Fold(pattern), " ", "")
		s := Fold(text)
		// Terms are at most MaxTermRunes runes; past about 40 adjacent runes
		// the library's adjacency bonus overflows and it picks candidates
		// by wrapped-around scores, which fuzzyHop does not imitate.
		if p == "" || utf8.RuneCountInString(p) > MaxTermRunes {
			return
		}
		want := fuzzy.Find(p, []string{s})
		f := newFilters([]byte(s))
		got, ok := fuzzyHop(p, s, f.starts)
		if ok {
			var freq [256]uint32
			tm := newTerm(p, &freq)
			_, ub, _ := fuzzyPath(p, s, f.starts, nil)
			if fb := tm.fuzzyBound(&f, len(s)); ub < got || fb < got || tm.fuzzyMax-int64(len(s)) < got {
				t.Fatalf("fuzzyHop(%q, %q) = %d above its bounds %d, %d, %d", p, s, got, ub, fb, tm.fuzzyMax-int64(len(s)))
			}
		}
		if ok != (len(want) > 0) || ok && int64(want[0].Score) != got {
			t.Fatalf("fuzzyHop(%q, %q) = %d, %v; library %v", p, s, got, ok, want)
		}
	})
}

// TestFoldLeavesNoUpperCase: no rune folds to an upper-case letter, so
// sahilm/fuzzy's camel-case bonus never fires on folded text (fuzzyHop
// still implements it).
func TestFoldLeavesNoUpperCase(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsUpper(r) {
			continue
		}
		if i := strings.IndexFunc(Fold(string(r)), unicode.IsUpper); i >= 0 {
			t.Errorf("Fold(%q) = %q", r, Fold(string(r)))
		}
	}
}

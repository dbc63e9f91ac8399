package search

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// propCorpus is a generated corpus with some non-English passages mixed in.
func propCorpus(n int) []string {
	texts := genCorpus(n, 5)
	extra := []string{
		"外交部发言人表示，谈判将继续。北京的天气很好。",
		"Erdoğan ve Zelenski İstanbul'da görüştü; Şubat'ta yeniden buluşacaklar.",
		"Песков заявил, что Кремль не комментирует «слухи».",
		"Crowds 🎉🇺🇦 cheered the ceasefire 👏🏽 in Kyiv.",
		"ＦＵＬＬ ｗｉｄｔｈ and \ufb01ne ligatures\u2026",
		"tabs\tand\nnew\r\nlines\x00and NUL",
	}
	for i, e := range extra {
		texts[(i*397)%len(texts)] = e
	}
	return texts
}

// randomQuery draws a query of one of several shapes from the corpus.
func randomQuery(r *rand.Rand, texts []string) string {
	word := func() string { return genWords[r.IntN(len(genWords))] }
	switch r.IntN(9) {
	case 0:
		return word()
	case 1:
		w := word()
		return w[:1+r.IntN(len(w))]
	case 2:
		return word() + " " + word()
	case 3:
		w := word()
		return word() + " " + w[:1+r.IntN(len(w))]
	case 4: // a piece of a passage
		t := texts[r.IntN(len(texts))]
		from := r.IntN(len(t))
		to := min(len(t), from+5+r.IntN(80))
		return strings.ToValidUTF8(t[from:to], "")
	case 5: // a typo
		w := []byte(word())
		if len(w) > 2 {
			i := r.IntN(len(w) - 1)
			w[i], w[i+1] = w[i+1], w[i]
		}
		return string(w)
	case 6:
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		return b.String()
	case 7:
		return []string{"(", "1", "20", "percent,", "\u201cthe", "'s", "-", ". the", "日", "é", "🎉"}[r.IntN(11)]
	default:
		return strings.ToUpper(word())
	}
}

// TestSearchMatchesPlain is the property the fast path rests on: for many
// queries, Search returns exactly Plain's top results, scores and
// positions included, whatever the number of workers.
func TestSearchMatchesPlain(t *testing.T) {
	texts := propCorpus(3000)
	ix := New(texts)
	r := rand.New(rand.NewPCG(3, 4))
	n := 300
	if testing.Short() {
		n = 60
	}
	for i := range n {
		query := randomQuery(r, texts)
		limit := []int{50, 50, 1, 7, 200}[i%5]
		want := ix.Plain(query, limit)
		if got := ix.Search(query, limit); !equalMatches(got, want) {
			t.Fatalf("Search(%q, %d) differs from Plain:\n got %v\nwant %v", query, limit, brief(got), brief(want))
		}
		q := parseQuery(query, &ix.freq)
		if len(q.terms) == 0 || i%5 != 0 {
			continue
		}
		for _, opt := range []scanOptions{{workers: 1}, {workers: 7}, {libraryFuzzy: true}, {plainBonus: true}, {noPrune: true}} {
			hits, _ := ix.scan(&q, scanArgs{k: limit, floor: math.MinInt64, bonusMax: q.bonusMax, opt: opt})
			if got := ix.matches(&q, hits); !equalMatches(got, want) {
				t.Fatalf("scan %+v of %q differs from Plain", opt, query)
			}
		}
	}
}

// brief shortens matches for failure messages.
func brief(ms []Match) []Match {
	ms = ms[:min(len(ms), 5)]
	for i := range ms {
		ms[i].Positions = nil
	}
	return ms
}

// TestSearcherMatchesSearch types, deletes and retypes queries and checks
// every keystroke against Index.Search.
func TestSearcherMatchesSearch(t *testing.T) {
	texts := propCorpus(3000)
	ix := New(texts)
	sr := ix.NewSearcher()
	r := rand.New(rand.NewPCG(5, 6))
	rounds := 40
	if testing.Short() {
		rounds = 8
	}
	for range rounds {
		target := randomQuery(r, texts) + " " + randomQuery(r, texts)
		typed := ""
		for _, c := range target {
			typed += string(c)
			if r.IntN(8) == 0 && len(typed) > 1 { // backspace
				_, size := utf8.DecodeLastRuneInString(typed)
				typed = typed[:len(typed)-size]
			}
			if got, want := sr.Search(typed, 50), ix.Search(typed, 50); !equalMatches(got, want) {
				t.Fatalf("Searcher(%q) differs from Search:\n got %v\nwant %v", typed, brief(got), brief(want))
			}
		}
	}
}

// TestFuzzyHopMatchesLibrary checks the port against sahilm/fuzzy on
// random folded strings over a small alphabet (so matches are frequent)
// and on real passages.
func TestFuzzyHopMatchesLibrary(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alpha := []string{"a", "b", "c", "a", "b", " ", "-", ".", "/", "_", "\\", "é", "Ω", "日", "x", "'"}
	// Runes that stay upper case after folding exercise the camel-case bonus.
	for _, c := range []string{"\u03d2", "\u2107", "\U0001d400", "\u1c90", "\u0130"} {
		if f := Fold(c); f != "" && f != " " {
			alpha = append(alpha, f)
		}
	}
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		return Fold(b.String())
	}
	check := func(p, s string) {
		t.Helper()
		want := fuzzy.Find(p, []string{s})
		f := newFilters([]byte(s))
		got, ok := fuzzyHop(p, s, f.starts)
		if ok && utf8.RuneCountInString(p) <= MaxTermRunes {
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
	}
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		p := strings.ReplaceAll(gen(1+r.IntN(6)), " ", "")
		if p != "" {
			check(p, gen(r.IntN(50)))
		}
	}
	texts := propCorpus(500)
	for _, p := range []string{"investigation", "in", "the", "peskov", "wrnd", "e", "ss", "日", "é"} {
		for _, s := range texts {
			check(p, Fold(s))
		}
	}
}

// TestTierMatchesOccurrence checks the filtered, anchored tier search
// against the plain loop.
func TestTierMatchesOccurrence(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	alpha := []string{"a", "b", "ab", "ba", " ", "-", ".", "é", "日", "'", "1"}
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		return Fold(b.String())
	}
	var freq [256]uint32
	for c := range freq {
		freq[c] = uint32(r.IntN(100))
	}
	for range 100000 {
		s := gen(r.IntN(40))
		t0 := strings.ReplaceAll(gen(1+r.IntN(4)), " ", "")
		if t0 == "" {
			continue
		}
		f := newFilters([]byte(s))
		n := newNeedle(t0, &freq)
		_, want := occurrence(s, t0)
		if got := n.tier(s, &f); got != want {
			t.Fatalf("tier(%q in %q) = %d, occurrence says %d", t0, s, got, want)
		}
	}
}

// TestConcurrentSearch runs Index.Search and one shared Searcher from
// several goroutines at once (run it with -race).
func TestConcurrentSearch(t *testing.T) {
	texts := propCorpus(2000)
	ix := New(texts)
	sr := ix.NewSearcher()
	queries := []string{"peskov", "pes", "peskov w", "talks", "investigation", "the of", "e"}
	want := make([][]Match, len(queries))
	for i, q := range queries {
		want[i] = ix.Search(q, 20)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 30 {
				k := (g + i) % len(queries)
				if got := ix.Search(queries[k], 20); !equalMatches(got, want[k]) {
					t.Errorf("concurrent Search(%q) differs", queries[k])
				}
				if got := sr.Search(queries[k], 20); !equalMatches(got, want[k]) {
					t.Errorf("concurrent Searcher.Search(%q) differs", queries[k])
				}
			}
		})
	}
	wg.Wait()
}

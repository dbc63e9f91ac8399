package search

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
)

// Benchmarks over generated news-like passages (genCorpus, deterministic)
// at the sizes parallax meets: 1k, 10k and 100k passages.
//
//	go test ./corpus/search -run '^$' -bench . -benchtime 20x
//
// BenchmarkTyping is the one issue 5 (target 3) asks for: per keystroke
// while "investigation" is typed into the search box, median and mean,
// with fuzzy.Find over the raw texts measured in the same run as the
// baseline. BenchmarkSteps is the table of what each optimisation buys.

var benchSizes = []int{1000, 10000, 100000}

var (
	benchMu      sync.Mutex
	benchTexts   = map[int][]string{}
	benchIndexes = map[int]*Index{}
)

// benchIndex returns the generated corpus of n passages and its index,
// built once per size.
func benchIndex(b *testing.B, n int) ([]string, *Index) {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if benchIndexes[n] == nil {
		benchTexts[n] = genCorpus(n, 1)
		benchIndexes[n] = New(benchTexts[n])
	}
	return benchTexts[n], benchIndexes[n]
}

// typed is the word typed one key at a time, and its keystrokes.
const typed = "investigation"

func keystrokes(word string) []string {
	var qs []string
	for i := 1; i <= len(word); i++ {
		qs = append(qs, word[:i])
	}
	return qs
}

// median returns the median of ds.
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// mean returns the mean of ds.
func mean(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

// BenchmarkFuzzyFind is the baseline of issue 5: sahilm/fuzzy's Find over
// the raw texts for one query, which is all a naive search box would do.
func BenchmarkFuzzyFind(b *testing.B) {
	for _, n := range benchSizes {
		texts, _ := benchIndex(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				fuzzy.Find("investi", texts)
			}
		})
	}
}

// BenchmarkPlain is the reference ranking the plain way.
func BenchmarkPlain(b *testing.B) {
	for _, n := range benchSizes {
		_, ix := benchIndex(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Plain("investi", 50)
			}
		})
	}
}

// BenchmarkSearch is one query, from scratch, on the fast path; "pasted"
// is 80 characters cut from a passage, "huge" a 10,000-character paste.
func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		texts, ix := benchIndex(b, n)
		queries := map[string]string{
			"i": "i", "investi": "investi", "investigation": "investigation",
			"peskov_warned": "peskov warned", "invstigation": "invstigation",
			"pasted": cutRunes(texts[n/2][len(texts[n/2])/3:], 80),
			"huge":   strings.Repeat("peskov warned ", 715),
		}
		for _, name := range slices.Sorted(maps.Keys(queries)) {
			q := queries[name]
			b.Run(fmt.Sprintf("%d/%s", n, name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					ix.Search(q, 50)
				}
			})
		}
	}
}

// BenchmarkNew is building the index.
func BenchmarkNew(b *testing.B) {
	for _, n := range benchSizes {
		texts, _ := benchIndex(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				New(texts)
			}
		})
	}
}

// BenchmarkTyping types a word into a Searcher one key at a time, as the
// search box does, and reports per keystroke: ns/key (mean), median-ns/key,
// max-ns/key, and the same-run baseline fuzzy.Find of the median keystroke
// over the raw texts (fuzzyfind-ns) with the ratio between the two.
func BenchmarkTyping(b *testing.B) {
	for _, n := range benchSizes {
		texts, ix := benchIndex(b, n)
		for _, word := range []string{typed, "peskov warned", "invstigation"} {
			b.Run(fmt.Sprintf("%d/%s", n, word), func(b *testing.B) {
				keys := keystrokes(word)
				var per []time.Duration
				b.ReportAllocs()
				for b.Loop() {
					sr := ix.NewSearcher()
					for _, q := range keys {
						t0 := time.Now()
						sr.Search(q, 50)
						per = append(per, time.Since(t0))
					}
				}
				b.StopTimer()
				var base []time.Duration
				for range 3 {
					t0 := time.Now()
					fuzzy.Find(keys[len(keys)/2], texts)
					base = append(base, time.Since(t0))
				}
				med := median(per)
				b.ReportMetric(float64(mean(per).Nanoseconds()), "ns/key")
				b.ReportMetric(float64(med.Nanoseconds()), "median-ns/key")
				b.ReportMetric(float64(slices.Max(per).Nanoseconds()), "max-ns/key")
				b.ReportMetric(float64(median(base).Nanoseconds()), "fuzzyfind-ns")
				b.ReportMetric(float64(median(base))/float64(med), "x-faster")
			})
		}
	}
}

// BenchmarkSteps measures what each optimisation buys at 100k passages:
// the median over the keystrokes of "investigation", each searched from
// scratch, switching the optimisations on one after another. Run with
// -benchtime 1x: the first steps take seconds.
func BenchmarkSteps(b *testing.B) {
	_, ix := benchIndex(b, 100000)
	keys := keystrokes(typed)
	steps := []struct {
		name string
		opt  scanOptions
	}{
		{"1-heap+mask", scanOptions{workers: 1, libraryFuzzy: true, plainBonus: true, noPrune: true}},
		{"2-+prune", scanOptions{workers: 1, libraryFuzzy: true, plainBonus: true}},
		{"3-+fuzzyhop", scanOptions{workers: 1, plainBonus: true}},
		{"4-+filters", scanOptions{workers: 1}},
		{"5-+workers", scanOptions{}},
	}
	run := func(b *testing.B, search func(q string)) {
		var per []time.Duration
		for b.Loop() {
			for _, q := range keys {
				t0 := time.Now()
				search(q)
				per = append(per, time.Since(t0))
			}
		}
		b.ReportMetric(float64(median(per).Nanoseconds()), "median-ns/key")
	}
	b.Run("0-plain", func(b *testing.B) {
		run(b, func(q string) { ix.Plain(q, 50) })
	})
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) {
			run(b, func(query string) {
				q := parseQuery(query, &ix.freq)
				hits, _ := ix.scan(&q, scanArgs{k: 50, floor: math.MinInt64, bonusMax: q.bonusMax, opt: st.opt})
				ix.matches(&q, hits)
			})
		})
	}
	b.Run("6-+searcher", func(b *testing.B) {
		var per []time.Duration
		for b.Loop() {
			sr := ix.NewSearcher()
			for _, q := range keys {
				t0 := time.Now()
				sr.Search(q, 50)
				per = append(per, time.Since(t0))
			}
		}
		b.ReportMetric(float64(median(per).Nanoseconds()), "median-ns/key")
	})
}

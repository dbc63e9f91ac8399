package ui

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/internal/cputime"
)

// Issue 11's targets with 20 articles × 500 paragraphs: the overview
// appears within 2 s (comparing, reading the survey, drawing the first
// frame) and keys answer within a frame (16 ms) in the overview, the pair
// picker, the ledger and the pair view. "claim" is how long a claim check
// (a Cmd, off the key path) takes to answer. cpu-ms is the CPU time of
// all threads per op: on a loaded machine, compare it between builds
// rather than the wall time. "pair-marks" is how long the highlights of
// a screen of the pair view take to arrive (a Cmd: the rows show plain
// meanwhile).
//
//	go test ./ui -run '^$' -bench ManySources -benchtime 3x

// manySources generates n articles of k paragraphs on one event: each
// draws most of its paragraphs from a shared pool, in order, with some
// words changed, so the articles align the way real accounts do. The
// words come from a news vocabulary of a few thousand (benchWords and
// made-up words, Zipf-distributed): with benchWords alone every paragraph
// resembles every other, and the engine aligns nearly all pairs of them,
// which no real set of articles does.
func manySources(n, k int) []corpus.Source {
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := append([]string(nil), benchWords...)
	syll := []string{"ka", "ro", "mi", "sen", "ta", "vel", "do", "ri", "an", "bor", "li", "ne", "sta", "gu", "pe"}
	for len(vocab) < 4000 {
		w := ""
		for range 2 + rng.IntN(2) {
			w += syll[rng.IntN(len(syll))]
		}
		vocab = append(vocab, w)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	para := func() string {
		n := 30 + rng.IntN(50)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		return strings.Join(ws, " ") + "."
	}
	pool := make([]string, k)
	for i := range pool {
		pool[i] = para()
	}
	srcs := make([]corpus.Source, n)
	for d := range srcs {
		var b strings.Builder
		for _, p := range pool {
			if rng.IntN(10) < 3 {
				p = para() // its own paragraph
			} else if rng.IntN(3) == 0 {
				w := strings.Fields(p)
				w[rng.IntN(len(w))] = vocab[zipf.Uint64()]
				p = strings.Join(w, " ")
			}
			b.WriteString(p)
			b.WriteString("\n\n")
		}
		srcs[d] = corpus.Source{Name: fmt.Sprintf("outlet-%02d.txt", d+1), Data: []byte(b.String())}
	}
	return srcs
}

func BenchmarkManySources(b *testing.B) {
	srcs := manySources(20, 500)
	var c *corpus.Comparison
	var mk *corpus.Marker
	b.Run("overview", func(b *testing.B) {
		var compare, survey, cpu time.Duration
		for b.Loop() {
			c0, t0 := cputime.Used(), time.Now()
			var err error
			// As the reader's Job compares three or more: keeping the
			// survey's facts for the overview, the highlights left for
			// the rows shown (LazyMarks).
			var facts *corpus.SurveyFacts
			c, facts, err = corpus.CompareWith(srcs, corpus.Options{Survey: true, LazyMarks: true})
			if err != nil {
				b.Fatal(err)
			}
			mk = facts.Marker()
			t1 := time.Now()
			m := sized(c, Options{}, 200, 60)
			m = step(m, surveyCmd(c, m.names, facts)())
			_ = m.View()
			compare += t1.Sub(t0)
			survey += time.Since(t1)
			cpu += cputime.Used() - c0
		}
		b.ReportMetric(float64(compare.Milliseconds())/float64(b.N), "compare-ms")
		b.ReportMetric(float64(survey.Milliseconds())/float64(b.N), "survey-ms")
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
	})
	if c == nil {
		var facts *corpus.SurveyFacts
		c, facts, _ = corpus.CompareWith(srcs, corpus.Options{LazyMarks: true})
		mk = facts.Marker()
	}
	// A claim check runs in a Cmd; this is how long its answer takes.
	b.Run("claim", func(b *testing.B) {
		var cpu time.Duration
		for b.Loop() {
			c0 := cputime.Used()
			_ = claimCmd(c, "The ministry said the ferry was overloaded", 1)()
			cpu += cputime.Used() - c0
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
	})
	// The highlights of a screen of the pair view, judged again in a Cmd
	// (marks.go) while the rows show plain: how long they take to arrive
	// — a pair's first screen, its passages' memos cold or not.
	b.Run("pair-marks", func(b *testing.B) {
		m := sized(c, Options{PairFirst: true}, 200, 60)
		m.reader.marker = mk
		var cpu time.Duration
		n := 0
		for b.Loop() {
			m.reader.pv.asked, m.reader.pv.marks = nil, nil
			c0 := cputime.Used()
			msg := m.reader.marksCmd()().(marksMsg)
			cpu += cputime.Used() - c0
			n = len(msg.marks)
		}
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs")
		b.ReportMetric(float64(n), "alignments")
	})
	keys := map[string][]string{
		"overview-keys": {"j", "j", "l", "l", "]", "k", "h", "G", "g"},
		"picker-keys":   {"a", "j", "j", "j", "pgdown", "esc"},
		"ledger-keys":   {"L", "j", "j", "pgdown", "esc"},
		"pair-keys":     {"o", "j", "j", "n", "]", "o"},
	}
	for _, name := range []string{"overview-keys", "picker-keys", "ledger-keys", "pair-keys"} {
		b.Run(name, func(b *testing.B) {
			m := started(c, Options{}, 200, 60)
			// The highlights of the rows shown are judged in a Cmd, which
			// step runs at once: a key's time here includes them.
			m.reader.marker = mk
			// Collect the garbage of comparing twenty articles first: a
			// person reads the first screen for longer than that takes,
			// and its pauses are not a key's.
			runtime.GC()
			benchModelKeys(b, m, keys[name]...)
		})
	}
}

// benchModelKeys measures Update + View per key press on m, cycling
// through ks, and reports the distribution (keyStats).
func benchModelKeys(b *testing.B, m Model, ks ...string) {
	b.ReportAllocs()
	per := make([]time.Duration, 0, 1<<16)
	i := 0
	for b.Loop() {
		t0 := time.Now()
		m = step(m, press(ks[i%len(ks)]))
		_ = m.View()
		if len(per) < cap(per) {
			per = append(per, time.Since(t0))
		}
		i++
	}
	keyStats(b, per)
}

package report_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/report"
	"github.com/parallax-reader/parallax/internal/synth"
)

// TestStreamedReportIsWhole compares the streamed JSON report with the
// report encoded whole on real comparisons large enough to be streamed
// (documents of hundreds of passages, hundreds of alignments), with the
// coverage, ledger and claim sections; and the report whose extra
// sections are read while it is written (WriteJSONLater).
func TestStreamedReportIsWhole(t *testing.T) {
	for _, k := range []int{2, 4} {
		var srcs []corpus.Source
		for i, a := range synth.Articles(uint64(k), k, 150) {
			srcs = append(srcs, corpus.Source{Name: fmt.Sprintf("s%d.txt", i+1), Data: []byte(a)})
		}
		c, facts, err := corpus.CompareWith(srcs, corpus.Options{Survey: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Alignments) < 64 {
			t.Fatalf("%d alignments: too few to stream", len(c.Alignments))
		}
		x := corpus.Extras(c, facts, "police said the attack killed people")
		var got, want, later bytes.Buffer
		if err := report.WriteJSONWith(&got, c, x); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteJSONLater(&later, c, func() report.Extras { return x }); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteJSONWhole(&want, c, x); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("%d documents: the streamed report differs from the whole one (%d and %d bytes)", k, got.Len(), want.Len())
		}
		if !bytes.Equal(later.Bytes(), want.Bytes()) {
			t.Fatalf("%d documents: the report written while its extras are read differs from the whole one (%d and %d bytes)", k, later.Len(), want.Len())
		}
		t.Logf("%d documents: %d bytes, %d alignments", k, got.Len(), len(c.Alignments))
	}
}

// BenchmarkJSONReport writes the JSON report of 2 × 2,000 synth
// paragraphs streamed (WriteJSONWith) and, for comparison, encoded whole
// and indented as before (whole).
func BenchmarkJSONReport(b *testing.B) {
	var srcs []corpus.Source
	for i, a := range synth.Articles(3, 2, 2000) {
		srcs = append(srcs, corpus.Source{Name: fmt.Sprintf("s%d.txt", i+1), Data: []byte(a)})
	}
	c, facts, err := corpus.CompareWith(srcs, corpus.Options{Survey: true})
	if err != nil {
		b.Fatal(err)
	}
	x := corpus.Extras(c, facts, "")
	for _, m := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"streamed", func(w *bytes.Buffer) error { return report.WriteJSONWith(w, c, x) }},
		{"later", func(w *bytes.Buffer) error { return report.WriteJSONLater(w, c, func() report.Extras { return x }) }},
		{"whole", func(w *bytes.Buffer) error { return report.WriteJSONWhole(w, c, x) }},
	} {
		b.Run(m.name, func(b *testing.B) {
			var w bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				w.Reset()
				if err := m.write(&w); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(w.Len()))
		})
	}
}

package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// jsonAlignments are alignments with every field shape the report has:
// strings that need escaping (quotes, backslashes, control bytes, invalid
// UTF-8, U+2028), scores small and large, reasons nil, empty and full,
// sides and omitted quotes, evidence empty and partial.
func jsonAlignments(n int) []jsonAlignment {
	strs := []string{"", "d1p1", `say "no" \ then`, "tab\there\nnew\r\b\f\x00\x1f\x7f", "bad \xff\xfe utf8 \xe2\x82", "line\u2028sep\u2029", "Kyiv – “quoted” é 😀", "<&>"}
	scores := []float64{0, 1, 0.242, 0.5, 1e-7, 3e21, -0.0, 123456789.125, 0.1 + 0.2, 1e-6, 1e21}
	out := make([]jsonAlignment, n)
	for i := range out {
		s := func(k int) string { return strs[(i+k)%len(strs)] }
		al := jsonAlignment{A: s(1), B: s(2), Topic: s(3), Score: scores[i%len(scores)], Verdict: model.Verdict(s(4)), Best: i%3 == 0, Evidence: &model.Evidence{}}
		switch i % 4 {
		case 0:
			al.Reasons = nil
		case 1:
			al.Reasons = []model.Reason{}
		default:
			for k := range i % 5 {
				al.Reasons = append(al.Reasons, model.Reason{Kind: model.ReasonKind(s(k)), Text: s(k + 1), A: s(k + 2), B: s(k + 3), Side: model.Side(k % 3), Label: "not written"})
			}
		}
		if i%2 == 0 {
			al.Evidence.Terms = []string{s(5), s(6)}
		}
		if i%3 == 0 {
			al.Evidence.Entities = []string{}
			al.Evidence.Numbers = []string{s(7)}
		}
		out[i] = al
	}
	return out
}

// TestAlignmentJSON holds the alignments written without encoding/json
// (appendAlignment) to the whole encoding, in a slice written serially
// and one written in parallel.
func TestAlignmentJSON(t *testing.T) {
	for _, n := range []int{1, 100, parallelSlice * 2} {
		v := jsonReport{Alignments: jsonAlignments(n)}
		checkStreamed(t, fmt.Sprintf("%d alignments", n), v)
	}
}

// TestAlignmentJSONError checks that a score encoding/json refuses gives
// its error.
func TestAlignmentJSONError(t *testing.T) {
	als := jsonAlignments(100)
	als[70].Score = math.NaN()
	v := jsonReport{Alignments: als}
	_, want := wholeJSON(v)
	err := writeJSONStream(io.Discard, v)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("error %v, want %v", err, want)
	}
}

// FuzzJSONString compares appendJSONString with encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\x7f\b\f\n\r\t", "\xff\xe2\x82", "\u2028\u2029", "é😀<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(buf.String(), "\n")
		if got := string(appendJSONString(nil, s)); got != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// FuzzJSONFloat compares appendJSONFloat with encoding/json.
func FuzzJSONFloat(f *testing.F) {
	for _, x := range []float64{0, 1, -1, 0.242, 1e-7, 1e21, 1e20, 1e-6, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		want, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat(nil, x); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONFloat(%v) = %s, want %s", x, got, want)
		}
	})
}

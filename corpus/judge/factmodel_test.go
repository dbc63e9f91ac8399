package judge

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/internal/logreg"
)

// TestFactModelLoads guards factmodel.json: it loads, with a model, a
// range for every feature and the guards of FactGuards (tools/fitfacts
// writes them; TestModelFresh there holds it to a refit). A file with a
// model loads with its ranges and threshold, and a guard keeps a pair
// from the decision whatever the model says.
func TestFactModelLoads(t *testing.T) {
	f := EmbeddedFacts()
	if f == nil {
		t.Fatal("factmodel.json holds no model (ERRORS.md §15: kept; run go run ./tools/fitfacts -write)")
	}
	want, err := GuardColumns(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f.guards, want) || f.b.Features() != len(FactFeatures) || f.b.Threshold <= 0 {
		t.Fatalf("factmodel.json: guards %v (want %v), %d ranges, threshold %v", f.guards, want, f.b.Features(), f.b.Threshold)
	}
	if _, err := GuardColumns([]string{"no_such_feature"}); err == nil {
		t.Error("a guard that names no feature loads")
	}
	x := make([][]float64, 4)
	for i := range x {
		x[i] = make([]float64, len(FactFeatures))
		x[i][1] = float64(i) / 3 // cover_min
	}
	m, err := logreg.Fit([]string{"other", "agree"}, FactFeatures, x, []int{0, 0, 1, 1}, logreg.Options{Iterations: 200})
	if err != nil {
		t.Fatal(err)
	}
	mj, err := m.JSON()
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := make([]float64, len(FactFeatures)), slices.Repeat([]float64{1}, len(FactFeatures))
	data := fmt.Appendf(nil, `{"threshold": 0.5, "min": %v, "max": %v, "model": %s}`, jsonList(lo), jsonList(hi), mj)
	f, err = LoadFacts(data)
	if err != nil || f == nil {
		t.Fatalf("LoadFacts: %v, %v", f, err)
	}
	high, low := slices.Clone(x[3]), slices.Clone(x[0])
	if !f.Agrees(high) || f.Agrees(low) {
		t.Errorf("Agrees: high cover %v, none %v", f.Agrees(high), f.Agrees(low))
	}
	for _, c := range defaultGuards() {
		x := slices.Clone(high)
		x[c] = 1 // a detail apart, a recount, …: never decided
		if f.Agrees(x) {
			t.Errorf("a pair with %s agrees", FactFeatures[c])
		}
	}
}

func jsonList(v []float64) string {
	s := "["
	for i, x := range v {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

// TestFactReasonsPointTheirWay guards that the same-fact reason names a
// feature only when the pair has it, above the fit's mean, with a weight
// toward agree (drivers): a pair of which no content word is met by one
// stem (cover_max, exact_min 0, as in a pair the fit upgrades) must not
// read "the same words" or "most words of one met", however much their
// weights, negative in the fit, push it toward agree.
func TestFactReasonsPointTheirWay(t *testing.T) {
	f := EmbeddedFacts()
	if f == nil {
		t.Skip("no same-fact model")
	}
	col := func(n string) int { return slices.Index(FactFeatures, n) }
	x := slices.Clone(f.b.M.Mean)
	for _, n := range []string{"cover_max", "exact_min", "cover_min", "sent_cover"} {
		if c := col(n); c >= 0 {
			x[c] = 0
		}
	}
	check := func(x []float64) {
		t.Helper()
		for _, d := range drivers(f.b.M, x, 1, 0) {
			j := col(d.feature)
			if x[j] == 0 || x[j] <= f.b.M.Mean[j] || f.b.M.Weights[1][j] <= f.b.M.Weights[0][j] {
				t.Errorf("%s (%q) listed at %.3f (mean %.3f, weight %+.3f)", d.feature, factLabels[d.feature], x[j], f.b.M.Mean[j], f.b.M.Weights[1][j]-f.b.M.Weights[0][j])
			}
			if d.feature == "cover_max" || d.feature == "exact_min" {
				t.Errorf("%q listed with no content word met", factLabels[d.feature])
			}
		}
	}
	check(x)
	// Every feature above and below its mean, one at a time.
	for j := range x {
		lo, hi := f.b.Range(j)
		for _, v := range []float64{lo, hi, f.b.M.Mean[j] + f.b.M.Scale[j], f.b.M.Mean[j] - f.b.M.Scale[j]} {
			y := slices.Clone(f.b.M.Mean)
			y[j] = v
			if n := FactFeatures[j]; n == "cover_max" || n == "exact_min" {
				continue
			}
			for _, d := range drivers(f.b.M, y, 1, 0) {
				k := col(d.feature)
				if y[k] == 0 || y[k] <= f.b.M.Mean[k] || f.b.M.Weights[1][k] <= f.b.M.Weights[0][k] {
					t.Errorf("%s listed at %.3f (mean %.3f)", d.feature, y[k], f.b.M.Mean[k])
				}
			}
		}
	}
}

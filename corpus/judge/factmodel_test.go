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
	if !slices.Equal(f.guards, want) || len(f.lo) != len(FactFeatures) || f.threshold <= 0 {
		t.Fatalf("factmodel.json: guards %v (want %v), %d ranges, threshold %v", f.guards, want, len(f.lo), f.threshold)
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

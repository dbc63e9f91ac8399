package judge

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/internal/logreg"
)

// TestFactModelLoads guards factmodel.json: it loads, and holds no model
// (the same-fact decision was measured and not kept, eval/ERRORS.md §15),
// so the engine's verdicts do not depend on it. A file with a model loads
// with its ranges and threshold, and the guard's columns exist.
func TestFactModelLoads(t *testing.T) {
	if f := EmbeddedFacts(); f != nil {
		t.Fatal("factmodel.json holds a model: the decision was not kept (ERRORS.md §15); keep it out or pass the keep rule")
	}
	if _, err := GuardColumns(nil); err != nil {
		t.Fatal(err)
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
	f, err := LoadFacts(data)
	if err != nil || f == nil {
		t.Fatalf("LoadFacts: %v, %v", f, err)
	}
	high, low := slices.Clone(x[3]), slices.Clone(x[0])
	if !f.Agrees(high) || f.Agrees(low) {
		t.Errorf("Agrees: high cover %v, none %v", f.Agrees(high), f.Agrees(low))
	}
	high[defaultGuards()[0]] = 1 // each side its own action: never decided
	if f.Agrees(high) {
		t.Error("a pair whose sentences each state an action of their own agrees")
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

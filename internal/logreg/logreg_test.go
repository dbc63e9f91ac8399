package logreg

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"
)

// threeBlobs makes three classes around (0,0), (4,0) and (0,4), plus a
// constant feature that must carry no weight.
func threeBlobs(n int) ([][]float64, []int) {
	r := rand.New(rand.NewPCG(1, 2))
	centres := [][2]float64{{0, 0}, {4, 0}, {0, 4}}
	var x [][]float64
	var y []int
	for i := range n {
		k := i % 3
		x = append(x, []float64{centres[k][0] + r.NormFloat64(), centres[k][1] + r.NormFloat64(), 7})
		y = append(y, k)
	}
	return x, y
}

func TestFitSeparatesBlobs(t *testing.T) {
	x, y := threeBlobs(600)
	m, err := Fit([]string{"a", "b", "c"}, []string{"x", "y", "const"}, x, y, Options{Iterations: 500})
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i, r := range x {
		p := m.Predict(r)
		var sum float64
		best := 0
		for k, v := range p {
			sum += v
			if v > p[best] {
				best = k
			}
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Fatalf("row %d: probabilities sum to %v", i, sum)
		}
		if best == y[i] {
			right++
		}
	}
	if acc := float64(right) / float64(len(x)); acc < 0.9 {
		t.Errorf("training accuracy %.3f, want ≥ 0.9", acc)
	}
	for k := range m.Classes {
		if w := m.Weights[k][2]; w != 0 {
			t.Errorf("class %d: constant feature has weight %v, want 0", k, w)
		}
	}
	if c := m.Contribution([]float64{4, 0, 7}, 1, 0); c <= 0 {
		t.Errorf("x=4 should raise class b's log-odds, got %v", c)
	}
}

func TestFitIsDeterministicAndRoundTrips(t *testing.T) {
	x, y := threeBlobs(90)
	fit := func() []byte {
		m, err := Fit([]string{"a", "b", "c"}, []string{"x", "y", "const"}, x, y, Options{Iterations: 100, ClassWeights: map[string]float64{"c": 2}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.JSON()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := fit(), fit()
	if !bytes.Equal(a, b) {
		t.Fatal("two fits of the same data differ")
	}
	m, err := Load(a, []string{"x", "y", "const"})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Predict([]float64{0, 4, 7}); got[2] < 0.5 {
		t.Errorf("loaded model: p(c | 0,4) = %v, want > 0.5", got[2])
	}
}

func TestLoadRefusesMismatch(t *testing.T) {
	x, y := threeBlobs(30)
	m, _ := Fit([]string{"a", "b", "c"}, []string{"x", "y", "const"}, x, y, Options{Iterations: 10})
	b, _ := m.JSON()
	for _, feats := range [][]string{{"x", "y"}, {"x", "const", "y"}} {
		if _, err := Load(b, feats); err == nil {
			t.Errorf("Load with features %v: want an error", feats)
		}
	}
	if _, err := Load([]byte(`{"classes":["a"],"features":["x"],"mean":[0],"scale":[1],"bias":[0,0],"weights":[[1]]}`), nil); err == nil {
		t.Error("Load of a model whose shapes disagree: want an error")
	}
	if _, err := Fit([]string{"a"}, []string{"x"}, [][]float64{{1}}, []int{3}, Options{}); err == nil {
		t.Error("Fit with an out-of-range label: want an error")
	}
}

// TestRowWeightsMultiplyClassWeights guards Options.RowWeights: weighing
// every row of one class 2 fits the same model as that class's weight 2,
// and a weight list of the wrong length is refused.
func TestRowWeightsMultiplyClassWeights(t *testing.T) {
	x, y := threeBlobs(90)
	classes, features := []string{"a", "b", "c"}, []string{"x", "y", "const"}
	byClass, err := Fit(classes, features, x, y, Options{Iterations: 50, ClassWeights: map[string]float64{"a": 2}})
	if err != nil {
		t.Fatal(err)
	}
	w := make([]float64, len(y))
	for i, k := range y {
		w[i] = 1
		if k == 0 {
			w[i] = 2
		}
	}
	byRow, err := Fit(classes, features, x, y, Options{Iterations: 50, RowWeights: w})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := byClass.JSON()
	b, _ := byRow.JSON()
	if !bytes.Equal(a, b) {
		t.Error("row weights of 2 on class a fit another model than class weight 2")
	}
	if _, err := Fit(classes, features, x, y, Options{RowWeights: w[1:]}); err == nil {
		t.Error("a row-weight list one short was accepted")
	}
}

package logreg

import (
	"strings"
	"testing"
)

// TestLoadBounded: a file without a model gives nil, ranges of the wrong
// length are refused, and Prob clamps each feature to its range first.
func TestLoadBounded(t *testing.T) {
	feats := []string{"x", "y"}
	b, err := LoadBounded(&BoundedFile{Model: []byte("null")}, feats, "test model")
	if b != nil || err != nil {
		t.Fatalf("no model: %v, %v", b, err)
	}
	model := []byte(`{"classes":["no","yes"],"features":["x","y"],"mean":[0,0],"scale":[1,1],"bias":[0,0],"weights":[[0,0],[1,-1]]}`)
	if _, err := LoadBounded(&BoundedFile{Min: []float64{0}, Max: []float64{1, 1}, Model: model}, feats, "test model"); err == nil || !strings.Contains(err.Error(), "test model") {
		t.Fatalf("ranges of the wrong length: %v", err)
	}
	b, err = LoadBounded(&BoundedFile{Threshold: 0.5, Min: []float64{-1, -1}, Max: []float64{1, 1}, Model: model}, feats, "test model")
	if err != nil || b == nil || b.Features() != 2 || b.Threshold != 0.5 {
		t.Fatalf("load: %v, %v", b, err)
	}
	x := []float64{5, -5}
	got := b.Prob(x)
	if x[0] != 1 || x[1] != -1 {
		t.Errorf("x not clamped in place: %v", x)
	}
	if want := b.M.Prob([]float64{1, -1}, 1); got != want {
		t.Errorf("Prob %v, want the clamped point's %v", got, want)
	}
	if lo, hi := b.Range(1); lo != -1 || hi != 1 {
		t.Errorf("Range(1) = %v, %v", lo, hi)
	}
}

package logreg

import (
	"encoding/json"
	"fmt"
)

// BoundedFile is the file of a Bounded model: the fitted regression, the
// range of each feature in the fit and the least probability of class 1
// that says yes (corpus/align's linkmodel.json, corpus/judge's
// factmodel.json, written by tools/fitlinks and tools/fitfacts).
type BoundedFile struct {
	Threshold float64         `json:"threshold"`
	Min       []float64       `json:"min"`
	Max       []float64       `json:"max"`
	Model     json.RawMessage `json:"model"`
}

// Bounded is a binary model read only inside the range it was fitted on:
// each feature is clamped to its fit's range before the model weighs it,
// so that a value the fit never saw cannot push the answer past what the
// fit supports.
type Bounded struct {
	M         *Model
	lo, hi    []float64
	Threshold float64
}

// LoadBounded reads the model of f over the columns features; a file
// without a model gives nil. what names the file in errors.
func LoadBounded(f *BoundedFile, features []string, what string) (*Bounded, error) {
	if len(f.Model) == 0 || string(f.Model) == "null" {
		return nil, nil
	}
	m, err := Load(f.Model, features)
	if err != nil {
		return nil, err
	}
	if len(f.Min) != len(features) || len(f.Max) != len(features) {
		return nil, fmt.Errorf("%s: %d features, %d minima, %d maxima", what, len(features), len(f.Min), len(f.Max))
	}
	return &Bounded{M: m, lo: f.Min, hi: f.Max, Threshold: f.Threshold}, nil
}

// Prob is the probability of class 1 for features x, clamped in place to
// the fit's range.
func (b *Bounded) Prob(x []float64) float64 {
	for j := range x {
		x[j] = min(max(x[j], b.lo[j]), b.hi[j])
	}
	return b.M.Prob(x, 1)
}

// Features is the number of features the model reads.
func (b *Bounded) Features() int { return len(b.lo) }

// Range is the range feature j had in the fit.
func (b *Bounded) Range(j int) (lo, hi float64) { return b.lo[j], b.hi[j] }

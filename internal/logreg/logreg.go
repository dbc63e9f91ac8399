// Package logreg is a small multinomial logistic regression: the model
// parallax fits its verdict and stance weights with, and the one it
// predicts with at run time.
//
// A Model maps a vector of named features to a probability per class:
// p(k | x) = softmax_k(b_k + Σ_j w_kj · (x_j − mean_j) / scale_j). The
// features are standardised with the means and scales of the fitting data,
// so the weights of different features compare: a weight says how many
// nats of log-odds one standard deviation of that feature is worth, which
// is what a reason shown to a reader can quote ("drove the verdict").
//
// Fit minimises the class-weighted cross-entropy plus an L2 penalty on the
// weights (not the biases) by full-batch gradient descent with Adam
// steps. It is deterministic: the same data give the same bytes of JSON.
// It is made for what parallax fits — tens of features, tens of
// thousands of rows — not for large sparse problems.
package logreg

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// Model is a fitted multinomial logistic regression.
type Model struct {
	Classes  []string    `json:"classes"`
	Features []string    `json:"features"`
	Mean     []float64   `json:"mean"`
	Scale    []float64   `json:"scale"`
	Bias     []float64   `json:"bias"`
	Weights  [][]float64 `json:"weights"` // [class][feature]
}

// Options tune Fit.
type Options struct {
	L2           float64            // penalty on the standardised weights; 0 gives 1e-3
	Iterations   int                // gradient steps; 0 gives 2000
	Rate         float64            // Adam step size; 0 gives 0.05
	ClassWeights map[string]float64 // weight of each class's rows; missing classes weigh 1
	RowWeights   []float64          // weight of each row, times its class's; nil weighs every row 1
}

// Fit fits a model to rows x (one feature vector each, in the order of
// features) labelled y (indexes into classes).
func Fit(classes, features []string, x [][]float64, y []int, o Options) (*Model, error) {
	if len(x) == 0 || len(x) != len(y) {
		return nil, errors.New("logreg: need as many labels as rows, and at least one row")
	}
	if o.RowWeights != nil && len(o.RowWeights) != len(x) {
		return nil, errors.New("logreg: need as many row weights as rows")
	}
	nf, nc := len(features), len(classes)
	for i, r := range x {
		if len(r) != nf {
			return nil, fmt.Errorf("logreg: row %d has %d features, want %d", i, len(r), nf)
		}
		if y[i] < 0 || y[i] >= nc {
			return nil, fmt.Errorf("logreg: row %d has label %d, want 0..%d", i, y[i], nc-1)
		}
	}
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.Iterations == 0 {
		o.Iterations = 2000
	}
	if o.Rate == 0 {
		o.Rate = 0.05
	}
	m := &Model{
		Classes:  append([]string(nil), classes...),
		Features: append([]string(nil), features...),
		Mean:     make([]float64, nf),
		Scale:    make([]float64, nf),
		Bias:     make([]float64, nc),
		Weights:  make([][]float64, nc),
	}
	for k := range m.Weights {
		m.Weights[k] = make([]float64, nf)
	}
	m.standardise(x)
	z := make([][]float64, len(x))
	for i, r := range x {
		z[i] = m.scaled(r, nil)
	}
	rowW := make([]float64, len(x))
	var totalW float64
	for i := range x {
		w, ok := o.ClassWeights[classes[y[i]]]
		if !ok {
			w = 1
		}
		if o.RowWeights != nil {
			w *= o.RowWeights[i]
		}
		rowW[i] = w
		totalW += w
	}
	m.descend(z, y, rowW, totalW, o)
	return m, nil
}

// standardise sets Mean and Scale from the rows; a constant feature gets
// scale 1 so that it contributes nothing but never divides by zero.
func (m *Model) standardise(x [][]float64) {
	n := float64(len(x))
	for j := range m.Features {
		var s float64
		for _, r := range x {
			s += r[j]
		}
		mean := s / n
		var v float64
		for _, r := range x {
			d := r[j] - mean
			v += d * d
		}
		sd := math.Sqrt(v / n)
		if sd < 1e-12 {
			sd = 1
		}
		m.Mean[j], m.Scale[j] = mean, sd
	}
}

// descend runs full-batch Adam on the weighted, penalised cross-entropy.
func (m *Model) descend(z [][]float64, y []int, rowW []float64, totalW float64, o Options) {
	nc, nf := len(m.Classes), len(m.Features)
	np := nc * (nf + 1) // per class: bias then weights
	grad := make([]float64, np)
	mom := make([]float64, np)
	vel := make([]float64, np)
	p := make([]float64, nc)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for it := 1; it <= o.Iterations; it++ {
		clear(grad)
		for i, r := range z {
			m.probs(r, p)
			for k := range nc {
				g := p[k] * rowW[i] / totalW
				if k == y[i] {
					g -= rowW[i] / totalW
				}
				base := k * (nf + 1)
				grad[base] += g
				for j, v := range r {
					grad[base+1+j] += g * v
				}
			}
		}
		for k := range nc {
			base := k * (nf + 1)
			for j := range nf {
				grad[base+1+j] += o.L2 * m.Weights[k][j]
			}
		}
		c1 := 1 - math.Pow(b1, float64(it))
		c2 := 1 - math.Pow(b2, float64(it))
		for q := range np {
			mom[q] = b1*mom[q] + (1-b1)*grad[q]
			vel[q] = b2*vel[q] + (1-b2)*grad[q]*grad[q]
			step := o.Rate * (mom[q] / c1) / (math.Sqrt(vel[q]/c2) + eps)
			k, j := q/(nf+1), q%(nf+1)
			if j == 0 {
				m.Bias[k] -= step
			} else {
				m.Weights[k][j-1] -= step
			}
		}
	}
}

// scaled standardises one row into dst (allocated when nil or short).
func (m *Model) scaled(x, dst []float64) []float64 {
	if cap(dst) < len(x) {
		dst = make([]float64, len(x))
	}
	dst = dst[:len(x)]
	for j, v := range x {
		dst[j] = (v - m.Mean[j]) / m.Scale[j]
	}
	return dst
}

// probs writes the class probabilities of a standardised row into p.
func (m *Model) probs(z, p []float64) {
	hi := math.Inf(-1)
	for k := range m.Classes {
		s := m.Bias[k]
		for j, v := range z {
			s += m.Weights[k][j] * v
		}
		p[k] = s
		hi = max(hi, s)
	}
	var sum float64
	for k := range p[:len(m.Classes)] {
		p[k] = math.Exp(p[k] - hi)
		sum += p[k]
	}
	for k := range p[:len(m.Classes)] {
		p[k] /= sum
	}
}

// Predict returns the probability of each class for the feature vector x
// (in the order of m.Features).
func (m *Model) Predict(x []float64) []float64 {
	p := make([]float64, len(m.Classes))
	m.probs(m.scaled(x, nil), p)
	return p
}

// Prob returns the probability of class k for the feature vector x, as
// Predict(x)[k] but without allocating for models of up to 64 features
// and 8 classes: the link filter asks it of every gated candidate.
func (m *Model) Prob(x []float64, k int) float64 {
	var zb [64]float64
	var pb [8]float64
	p := pb[:0]
	if len(m.Classes) > len(pb) {
		p = make([]float64, len(m.Classes))
	}
	p = p[:len(m.Classes)]
	m.probs(m.scaled(x, zb[:0]), p)
	return p[k]
}

// Contribution returns how much feature j moves class k's log-odds for x,
// relative to an average row: w_kj · (x_j − mean_j) / scale_j.
func (m *Model) Contribution(x []float64, k, j int) float64 {
	return m.Weights[k][j] * (x[j] - m.Mean[j]) / m.Scale[j]
}

// Index returns the position of a feature name, or -1.
func (m *Model) Index(feature string) int {
	for j, f := range m.Features {
		if f == feature {
			return j
		}
	}
	return -1
}

// Load reads a model from its JSON and checks that its shapes agree and
// that it has exactly the wanted features, in order.
func Load(data []byte, features []string) (*Model, error) {
	var m Model
	if !decode(data, &m) {
		m = Model{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("logreg: %w", err)
		}
	}
	nf, nc := len(m.Features), len(m.Classes)
	if len(m.Mean) != nf || len(m.Scale) != nf || len(m.Bias) != nc || len(m.Weights) != nc {
		return nil, errors.New("logreg: model shapes disagree")
	}
	for _, w := range m.Weights {
		if len(w) != nf {
			return nil, errors.New("logreg: model shapes disagree")
		}
	}
	if features != nil {
		if len(features) != nf {
			return nil, fmt.Errorf("logreg: model has %d features, the code computes %d", nf, len(features))
		}
		for j, f := range features {
			if m.Features[j] != f {
				return nil, fmt.Errorf("logreg: feature %d is %q in the model, %q in the code", j, m.Features[j], f)
			}
		}
	}
	for j, s := range m.Scale {
		if s <= 0 {
			return nil, fmt.Errorf("logreg: feature %q has scale %v", m.Features[j], s)
		}
	}
	return &m, nil
}

// JSON encodes the model with its numbers rounded to 6 significant digits,
// indented, so that the embedded file diffs readably.
func (m *Model) JSON() ([]byte, error) {
	r := *m
	r.Mean = Round6(m.Mean)
	r.Scale = Round6(m.Scale)
	r.Bias = Round6(m.Bias)
	r.Weights = make([][]float64, len(m.Weights))
	for k, w := range m.Weights {
		r.Weights[k] = Round6(w)
	}
	b, err := json.MarshalIndent(&r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Round6 rounds each value to 6 significant digits (0, NaN and the
// infinities as they are), as the model's JSON holds them: the fitting
// tools write the ranges beside a model the same way.
func Round6(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
			out[i] = x
			continue
		}
		e := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(x))))
		out[i] = math.Round(x*e) / e
	}
	return out
}

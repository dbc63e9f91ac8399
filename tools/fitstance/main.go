// Command fitstance fits the claim-check model (corpus/stance/model.json)
// on the fit part of FNC-1 and nothing else: the dev part, which
// ACCURACY.md reports, is never read.
//
//	go run ./tools/fitstance            # fit on the whole fit part, write the model
//	go run ./tools/fitstance -val       # hold out a fifth of the fit part, print its scores, write nothing
//
// Two multinomial logistic regressions over the signals of corpus/stance:
// related against unrelated on every pair, then agree / disagree / discuss
// on the related pairs, each class weighted inversely to its frequency so
// that the rare "disagree" is not drowned (macro-F1 weighs the four
// classes alike). The data are read from ../shared/data/fnc-1/.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/stance"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

func main() {
	val := flag.Bool("val", false, "hold out a fifth of the fit part and report on it; write nothing")
	out := flag.String("o", "", "where to write the model (default corpus/stance/model.json)")
	flag.Float64Var(&power, "power", power, "class weights are (n / (3·n_class))^power: 0 unweighted, 1 balanced")
	flag.Parse()
	if err := run(*val, *out); err != nil {
		fmt.Fprintln(os.Stderr, "fitstance:", err)
		os.Exit(1)
	}
}

func run(val bool, out string) error {
	dir, err := eval.DataDir()
	if err != nil {
		return err
	}
	data, err := eval.LoadFNC(dir)
	if err != nil {
		return err
	}
	pairs := eval.Select(data.Pairs, eval.Fit)
	x := signals(pairs, data.Bodies)

	var train, test []int
	for i, p := range pairs {
		if val && eval.HeldOut(p.BodyID) {
			test = append(test, i)
		} else {
			train = append(train, i)
		}
	}
	m, err := fit(x, pairs, train)
	if err != nil {
		return err
	}
	if val {
		var cm eval.Confusion
		for _, i := range test {
			v := m.Judge(&stance.Signals{X: x[i]})
			l, _ := eval.ParseLabel(string(v.Label))
			cm.Add(pairs[i].Stance, l)
		}
		report(&cm, len(test))
		return nil
	}
	if out == "" {
		root, err := eval.ModuleRoot()
		if err != nil {
			return err
		}
		out = filepath.Join(root, "corpus", "stance", "model.json")
	}
	return write(m, out)
}

// power tempers the class weights of the stance regression.
var power = 0.75

// features is one pair's signals, as the claim check reads them.
type features = [len(stance.FeatureNames)]float64

// signals reads every pair's signals, one worker per processor; each body
// is segmented once.
func signals(pairs []eval.Pair, bodies map[int]string) []features {
	docs := map[int]*corpus.Document{}
	for _, p := range pairs {
		if _, ok := docs[p.BodyID]; !ok {
			d, err := corpus.NewDocument(1, corpus.Source{Name: "body", Data: []byte(bodies[p.BodyID])})
			if err != nil {
				d = &corpus.Document{}
			}
			docs[p.BodyID] = d
		}
	}
	x := make([]features, len(pairs))
	eval.Parallel(len(pairs), 0, func(i int) {
		x[i] = corpus.ClaimSignals(pairs[i].Headline, docs[pairs[i].BodyID]).X
	})
	return x
}

// fit fits the two regressions on the rows in train.
func fit(x []features, pairs []eval.Pair, train []int) (*stance.Model, error) {
	names := stance.FeatureNames[:]
	var rx, sx [][]float64
	var ry, sy []int
	count := map[string]float64{}
	for _, i := range train {
		row := x[i][:]
		l := pairs[i].Stance
		rx = append(rx, row)
		if l == eval.Unrelated {
			ry = append(ry, 1)
			continue
		}
		ry = append(ry, 0)
		sx, sy = append(sx, row), append(sy, int(l))
		count[l.String()]++
	}
	related, err := logreg.Fit([]string{"related", "unrelated"}, names, rx, ry, logreg.Options{Iterations: 1500})
	if err != nil {
		return nil, err
	}
	// Balanced class weights: n / (classes × n_class).
	cw := map[string]float64{}
	for c, n := range count {
		cw[c] = math.Pow(float64(len(sx))/(3*n), power)
	}
	st, err := logreg.Fit([]string{"agree", "disagree", "discuss"}, names, sx, sy, logreg.Options{Iterations: 2000, ClassWeights: cw})
	if err != nil {
		return nil, err
	}
	return &stance.Model{Related: related, Stance: st}, nil
}

func write(m *stance.Model, path string) error {
	r, err := m.Related.JSON()
	if err != nil {
		return err
	}
	s, err := m.Stance.JSON()
	if err != nil {
		return err
	}
	body := "{\n\"related\": " + string(r) + ",\n\"stance\": " + string(s) + "}\n"
	if _, err := stance.LoadModel([]byte(body)); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(body), 0o644)
}

func report(cm *eval.Confusion, n int) {
	fmt.Printf("held-out fifth of the fit part: %d pairs\n", n)
	for l := eval.Label(0); l < eval.NumLabels; l++ {
		c := cm.Class(l)
		fmt.Printf("  %-9s F1 %.3f  (P %.3f R %.3f)  row %v\n", l, c.F1, c.Precision, c.Recall, cm[l])
	}
	fmt.Printf("  macro-F1 %.3f  related accuracy %.3f  FNC score %.3f\n", cm.MacroF1(), cm.RelatedAccuracy(), cm.RelativeFNC())
}

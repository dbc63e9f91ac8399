// Command fitstance fits the claim-check model (corpus/stance/model.json)
// on the fit part of FNC-1 and nothing else: the dev part, which
// ACCURACY.md reports, is never read.
//
//	go run ./tools/fitstance            # fit on the whole fit part, write the model
//	go run ./tools/fitstance -val       # score the choices on story-grouped folds of the fit part, write nothing
//
// Two multinomial logistic regressions over the signals of corpus/stance:
// related against unrelated on every pair, then agree / disagree / discuss
// on the related pairs, each class weighted by (n / (3·n_class))^power so
// that the rare "disagree" is not drowned (macro-F1 weighs the four
// classes alike). A fixed offset is then added to disagree's bias: the
// decision threshold for the rarest class. power and the offset are
// chosen by -val, on stories held out of the fit (stories.go), never on
// dev. The data are read from ../shared/data/fnc-1/.
//
// The model records a fingerprint of the signals of a fixed sample of
// fit pairs; a test (main_test.go) recomputes it and fails when the
// signals changed and the model was not refitted.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/stance"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// The choices -val made on story-grouped folds of the fit part: the
// power that tempers the class weights of the stance regression, and the
// nats added to disagree's log-odds.
var (
	power          = 0.75
	disagreeOffset = 0.25
)

func main() {
	val := flag.Bool("val", false, "score the choices on story-grouped folds of the fit part; write nothing")
	out := flag.String("o", "", "where to write the model (default corpus/stance/model.json)")
	flag.Float64Var(&power, "power", power, "class weights are (n / (3·n_class))^power: 0 unweighted, 1 balanced")
	flag.Float64Var(&disagreeOffset, "offset", disagreeOffset, "nats added to disagree's log-odds")
	flag.Parse()
	if err := run(*val, *out); err != nil {
		fmt.Fprintln(os.Stderr, "fitstance:", err)
		os.Exit(1)
	}
}

func run(val bool, out string) error {
	pairs, err := fitPairs()
	if err != nil {
		return err
	}
	all := make([]int, len(pairs))
	for i := range all {
		all[i] = i
	}
	x := signals(pairs, all)
	if val {
		validate(x, pairs)
		return nil
	}
	m, err := fit(x, pairs, all, power)
	if err != nil {
		return err
	}
	m.Stance.Bias[1] += disagreeOffset
	if out == "" {
		root, err := eval.ModuleRoot()
		if err != nil {
			return err
		}
		out = filepath.Join(root, "corpus", "stance", "model.json")
	}
	return write(m, fingerprint(x, sample(len(pairs))), out)
}

// fitPairs reads the fit part of FNC-1.
func fitPairs() ([]eval.Pair, error) {
	dir, err := eval.DataDir()
	if err != nil {
		return nil, err
	}
	data, err := eval.LoadFNC(dir)
	if err != nil {
		return nil, err
	}
	bodies = data.Bodies
	return eval.Select(data.Pairs, eval.Fit), nil
}

// bodies are the FNC-1 bodies by ID, read by fitPairs.
var bodies map[int]string

// features is one pair's signals, as the claim check reads them.
type features = [len(stance.FeatureNames)]float64

// signals reads the signals of the pairs at rows (the others stay zero),
// one worker per processor; each body is segmented once.
func signals(pairs []eval.Pair, rows []int) []features {
	docs := map[int]*corpus.Document{}
	for _, i := range rows {
		id := pairs[i].BodyID
		if _, ok := docs[id]; !ok {
			d, err := corpus.NewDocument(1, corpus.Source{Name: "body", Data: []byte(bodies[id])})
			if err != nil {
				d = &corpus.Document{}
			}
			docs[id] = d
		}
	}
	x := make([]features, len(pairs))
	eval.Parallel(len(rows), 0, func(k int) {
		i := rows[k]
		x[i] = corpus.ClaimSignals(pairs[i].Headline, docs[pairs[i].BodyID]).X
	})
	return x
}

// fit fits the two regressions on the rows in train.
func fit(x []features, pairs []eval.Pair, train []int, power float64) (*stance.Model, error) {
	related, err := fitRelated(x, pairs, train)
	if err != nil {
		return nil, err
	}
	st, err := fitStance(x, pairs, train, power)
	if err != nil {
		return nil, err
	}
	return &stance.Model{Related: related, Stance: st}, nil
}

func fitRelated(x []features, pairs []eval.Pair, train []int) (*logreg.Model, error) {
	var rx [][]float64
	var ry []int
	for _, i := range train {
		rx = append(rx, x[i][:])
		ry = append(ry, b2i(!pairs[i].Stance.Related()))
	}
	return logreg.Fit([]string{"related", "unrelated"}, stance.FeatureNames[:], rx, ry, logreg.Options{Iterations: 1500})
}

func fitStance(x []features, pairs []eval.Pair, train []int, power float64) (*logreg.Model, error) {
	var sx [][]float64
	var sy []int
	count := map[string]float64{}
	for _, i := range train {
		if l := pairs[i].Stance; l.Related() {
			sx, sy = append(sx, x[i][:]), append(sy, int(l))
			count[l.String()]++
		}
	}
	// Balanced class weights n / (classes × n_class), tempered.
	cw := map[string]float64{}
	for c, n := range count {
		cw[c] = math.Pow(float64(len(sx))/(3*n), power)
	}
	return logreg.Fit([]string{"agree", "disagree", "discuss"}, stance.FeatureNames[:], sx, sy, logreg.Options{Iterations: 2000, ClassWeights: cw})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The grid -val scores.
var (
	powers  = []float64{0.5, 0.75, 1}
	offsets = []float64{0, 0.25, 0.5, 0.75, 1}
)

// validate fits on four story-grouped folds and scores the fifth, in
// turn, for every power and offset of the grid, and prints the scores
// summed over the folds.
func validate(x []features, pairs []eval.Pair) {
	fold, n := storyFolds(pairs)
	cms := make([][]eval.Confusion, len(powers))
	for p := range cms {
		cms[p] = make([]eval.Confusion, len(offsets))
	}
	for k := range folds {
		var train, test []int
		for i := range pairs {
			if fold[i] == k {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		related, err := fitRelated(x, pairs, train)
		if err != nil {
			panic(err)
		}
		for pi, pw := range powers {
			st, err := fitStance(x, pairs, train, pw)
			if err != nil {
				panic(err)
			}
			for _, i := range test {
				for oi, off := range offsets {
					cms[pi][oi].Add(pairs[i].Stance, predict(related, st, x[i][:], off))
				}
			}
		}
	}
	fmt.Printf("fit part, %d pairs in %d stories, %d story-grouped folds (each story in one fold)\n", len(pairs), n, folds)
	fmt.Println("power offset  macro-F1  disagree F1 (P, R)   related acc  FNC score")
	for pi, pw := range powers {
		for oi, off := range offsets {
			cm := &cms[pi][oi]
			d := cm.Class(eval.Disagree)
			mark := ""
			if pw == power && off == disagreeOffset {
				mark = "  <- chosen"
			}
			fmt.Printf("%5.2f %6.2f   %.4f    %.3f (%.3f, %.3f)   %.4f       %.4f%s\n",
				pw, off, cm.MacroF1(), d.F1, d.Precision, d.Recall, cm.RelatedAccuracy(), cm.RelativeFNC(), mark)
		}
	}
	for pi, pw := range powers {
		for oi, off := range offsets {
			if pw == power && off == disagreeOffset {
				report(&cms[pi][oi])
			}
		}
	}
}

// predict is Model.Judge's label with an offset on disagree's log-odds.
func predict(related, st *logreg.Model, x []float64, offset float64) eval.Label {
	if related.Predict(x)[0] < 0.5 {
		return eval.Unrelated
	}
	ps := st.Predict(x)
	best, bs := 0, math.Inf(-1)
	for k, p := range ps {
		s := math.Log(p)
		if k == 1 {
			s += offset
		}
		if s > bs {
			best, bs = k, s
		}
	}
	return eval.Label(best)
}

// sample is the fixed sample of fit pairs the fingerprint reads: every
// 50th.
func sample(n int) []int {
	var out []int
	for i := 0; i < n; i += 50 {
		out = append(out, i)
	}
	return out
}

// fingerprint hashes the signals of the rows, each value to 6 significant
// digits (the last bits of a float may differ between machines).
func fingerprint(x []features, rows []int) string {
	h := sha256.New()
	for _, i := range rows {
		for _, v := range x[i] {
			h.Write(strconv.AppendFloat(nil, v, 'g', 6, 64))
			h.Write([]byte{' '})
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func write(m *stance.Model, fp, path string) error {
	r, err := m.Related.JSON()
	if err != nil {
		return err
	}
	s, err := m.Stance.JSON()
	if err != nil {
		return err
	}
	body := "{\n\"signals\": \"" + fp + "\",\n\"related\": " + string(r) + ",\n\"stance\": " + string(s) + "}\n"
	if _, err := stance.LoadModel([]byte(body)); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(body), 0o644)
}

func report(cm *eval.Confusion) {
	fmt.Println("the chosen power and offset, every fold's held-out stories together:")
	for l := eval.Label(0); l < eval.NumLabels; l++ {
		c := cm.Class(l)
		fmt.Printf("  %-9s F1 %.3f  (P %.3f R %.3f)  row %v\n", l, c.F1, c.Precision, c.Recall, cm[l])
	}
	fmt.Printf("  macro-F1 %.3f  related accuracy %.3f  FNC score %.3f\n", cm.MacroF1(), cm.RelatedAccuracy(), cm.RelativeFNC())
}

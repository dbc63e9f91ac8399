// Command fitstance fits the claim-check model (corpus/stance/model.json)
// on the fit part of FNC-1 and nothing else: the dev part, which
// ACCURACY.md reports, is never read.
//
//	go run ./tools/fitstance            # fit on the whole fit part, write the model
//	go run ./tools/fitstance -val       # score the choices on story-grouped folds of the fit part, write nothing
//
// Three logistic regressions over the signals of corpus/stance, read as a
// cascade: related against unrelated on every pair; then, on the related
// pairs, disagree against the rest over the few columns of
// stance.DisagreeFeatures, called at a threshold on its probability; then
// agree / discuss (the stance regression, fitted on the three related
// classes, each weighted by (n / (3·n_class))^power). The disagree
// regression weighs its two classes by (n / (2·n_class))^disagreePower.
// Disagree has a regression of its own because in the joint one the many
// weak signals that fit a story's wording pushed discussing bodies to
// disagree on stories the fit never saw. power and the threshold are
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
// disagree probability at which a related pair is called disagree.
var (
	power             = 0.5
	disagreeThreshold = 0.25
)

// disagreePower tempers the class weights of the disagree regression; the
// threshold is chosen with it fixed.
const disagreePower = 0.5

func main() {
	val := flag.Bool("val", false, "score the choices on story-grouped folds of the fit part; write nothing")
	out := flag.String("o", "", "where to write the model (default corpus/stance/model.json)")
	flag.Float64Var(&power, "power", power, "class weights are (n / (3·n_class))^power: 0 unweighted, 1 balanced")
	flag.Float64Var(&disagreeThreshold, "threshold", disagreeThreshold, "disagree probability at which a related pair is called disagree")
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
	read := signals(pairs, all)
	x := vectors(read)
	if val {
		validate(x, read, pairs)
		return nil
	}
	m, err := fit(x, pairs, all, power)
	if err != nil {
		return err
	}
	m.Threshold = disagreeThreshold
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
// one worker per processor; each body is segmented once. The claim
// check's rules read more of them than the vector (stance.Signals).
func signals(pairs []eval.Pair, rows []int) []stance.Signals {
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
	out := make([]stance.Signals, len(pairs))
	eval.Parallel(len(rows), 0, func(k int) {
		i := rows[k]
		out[i] = corpus.ClaimSignals(pairs[i].Headline, docs[pairs[i].BodyID])
	})
	return out
}

// vectors are the signals' feature vectors, what the regressions fit.
func vectors(read []stance.Signals) []features {
	x := make([]features, len(read))
	for i := range read {
		x[i] = read[i].X
	}
	return x
}

// fit fits the two regressions on the rows in train.
func fit(x []features, pairs []eval.Pair, train []int, power float64) (*stance.Model, error) {
	related, err := fitRelated(x, pairs, train)
	if err != nil {
		return nil, err
	}
	dis, err := fitDisagree(x, pairs, train)
	if err != nil {
		return nil, err
	}
	st, err := fitStance(x, pairs, train, power)
	if err != nil {
		return nil, err
	}
	return &stance.Model{Related: related, Disagree: dis, Stance: st}, nil
}

// fitDisagree fits disagree against the other related stances, over the
// columns of stance.DisagreeFeatures.
func fitDisagree(x []features, pairs []eval.Pair, train []int) (*logreg.Model, error) {
	var dx [][]float64
	var dy []int
	var nd float64
	for _, i := range train {
		if l := pairs[i].Stance; l.Related() {
			dx = append(dx, stance.DisagreeRow(x[i][:]))
			dy = append(dy, b2i(l == eval.Disagree))
			nd += float64(b2i(l == eval.Disagree))
		}
	}
	n := float64(len(dx))
	cw := map[string]float64{
		"other":    math.Pow(n/(2*(n-nd)), disagreePower),
		"disagree": math.Pow(n/(2*nd), disagreePower),
	}
	return logreg.Fit([]string{"other", "disagree"}, stance.DisagreeFeatures, dx, dy, logreg.Options{Iterations: 1500, ClassWeights: cw})
}

func fitRelated(x []features, pairs []eval.Pair, train []int) (*logreg.Model, error) {
	var rx [][]float64
	var ry []int
	for _, i := range train {
		rx = append(rx, stance.RelatedRow(x[i][:]))
		ry = append(ry, b2i(!pairs[i].Stance.Related()))
	}
	return logreg.Fit([]string{"related", "unrelated"}, stance.RelatedFeatures, rx, ry, logreg.Options{Iterations: 1500})
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
	powers     = []float64{0.5, 0.75, 1}
	thresholds = []float64{0.15, 0.2, 0.25, 0.3, 0.35, 0.4}
)

// validate fits on four story-grouped folds and scores the fifth, in
// turn, for every power and threshold of the grid, and prints the scores
// summed over the folds.
func validate(x []features, read []stance.Signals, pairs []eval.Pair) {
	fold, n := storyFolds(pairs)
	cms := make([][]eval.Confusion, len(powers))
	for p := range cms {
		cms[p] = make([]eval.Confusion, len(thresholds))
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
		dis, err := fitDisagree(x, pairs, train)
		if err != nil {
			panic(err)
		}
		for pi, pw := range powers {
			st, err := fitStance(x, pairs, train, pw)
			if err != nil {
				panic(err)
			}
			m := &stance.Model{Related: related, Disagree: dis, Stance: st}
			for _, i := range test {
				for ti, th := range thresholds {
					m.Threshold = th
					cms[pi][ti].Add(pairs[i].Stance, predict(m, &read[i]))
				}
			}
		}
	}
	fmt.Printf("fit part, %d pairs in %d stories, %d story-grouped folds (each story in one fold)\n", len(pairs), n, folds)
	fmt.Println("power threshold  macro-F1  disagree F1 (P, R)   related acc  FNC score")
	for pi, pw := range powers {
		for ti, th := range thresholds {
			cm := &cms[pi][ti]
			d := cm.Class(eval.Disagree)
			mark := ""
			if pw == power && th == disagreeThreshold {
				mark = "  <- chosen"
			}
			fmt.Printf("%5.2f %6.2f      %.4f    %.3f (%.3f, %.3f)   %.4f       %.4f%s\n",
				pw, th, cm.MacroF1(), d.F1, d.Precision, d.Recall, cm.RelatedAccuracy(), cm.RelativeFNC(), mark)
		}
	}
	for pi, pw := range powers {
		for ti, th := range thresholds {
			if pw == power && th == disagreeThreshold {
				report(&cms[pi][ti])
			}
		}
	}
}

// predict is Model.Judge's label, as eval reads it: the fitted cascade
// and the claim check's rules (denials, negations, assertions, silence).
func predict(m *stance.Model, s *stance.Signals) eval.Label {
	switch m.Judge(s).Label {
	case stance.Agree:
		return eval.Agree
	case stance.Disagree:
		return eval.Disagree
	case stance.Discuss:
		return eval.Discuss
	}
	return eval.Unrelated
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
	d, err := m.Disagree.JSON()
	if err != nil {
		return err
	}
	s, err := m.Stance.JSON()
	if err != nil {
		return err
	}
	body := "{\n\"signals\": \"" + fp + "\",\n\"related\": " + string(r) + ",\n\"disagree\": " + string(d) +
		",\n\"disagree_threshold\": " + strconv.FormatFloat(m.Threshold, 'g', -1, 64) + ",\n\"stance\": " + string(s) + "}\n"
	if _, err := stance.LoadModel([]byte(body)); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(body), 0o644)
}

func report(cm *eval.Confusion) {
	fmt.Println("the chosen power and threshold, every fold's held-out stories together:")
	for l := eval.Label(0); l < eval.NumLabels; l++ {
		c := cm.Class(l)
		fmt.Printf("  %-9s F1 %.3f  (P %.3f R %.3f)  row %v\n", l, c.F1, c.Precision, c.Recall, cm[l])
	}
	fmt.Printf("  macro-F1 %.3f  related accuracy %.3f  FNC score %.3f\n", cm.MacroF1(), cm.RelatedAccuracy(), cm.RelativeFNC())
}

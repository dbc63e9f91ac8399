package main

import (
	"fmt"
	"math"
	"slices"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// goldRow is one link of the fit real-pair gold, judged by the rules as if
// aligned: its story (each fit-gold pair is its own), and whether the
// alignment finds it (only found links count in the harness's verdicts).
type goldRow struct {
	row
	story  int
	found  bool
	engine int // the verdict Compare gives a found link
	pairID string
}

// fitGoldRows judges every link of the fit gold, found or not, with the
// rules alone, and marks the links corpus.Compare keeps.
func fitGoldRows(bodies map[int]string) ([]goldRow, error) {
	g, err := eval.LoadGoldNamed(eval.RealPairsFitFile)
	if err != nil {
		return nil, err
	}
	per := make([][]goldRow, len(g.Pairs))
	errs := make([]error, len(g.Pairs))
	eval.Parallel(len(g.Pairs), 0, func(i int) {
		per[i], errs[i] = pairRows(g.Pairs[i], i, bodies)
	})
	var out []goldRow
	for i := range per {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out = append(out, per[i]...)
	}
	return out, nil
}

// comparedPair reads a gold pair's two bodies as documents and compares
// them: the documents, and Compare's verdict on each alignment it keeps,
// by the two passages' lines.
func comparedPair(p eval.GoldPair, bodies map[int]string) (a, b *corpus.Document, kept map[[2]int]corpus.Verdict, err error) {
	srcs := []corpus.Source{{Name: "a", Data: []byte(bodies[p.A])}, {Name: "b", Data: []byte(bodies[p.B])}}
	if a, err = corpus.NewDocument(0, srcs[0]); err != nil {
		return nil, nil, nil, err
	}
	if b, err = corpus.NewDocument(1, srcs[1]); err != nil {
		return nil, nil, nil, err
	}
	c, err := corpus.Compare(srcs)
	if err != nil {
		return nil, nil, nil, err
	}
	kept = map[[2]int]corpus.Verdict{}
	for _, al := range c.Alignments {
		pa, pb := c.Passage(al.A), c.Passage(al.B)
		if pa != nil && pb != nil {
			kept[[2]int{pa.Line, pb.Line}] = al.Verdict
		}
	}
	return a, b, kept, nil
}

func pairRows(p eval.GoldPair, story int, bodies map[int]string) ([]goldRow, error) {
	a, b, kept, err := comparedPair(p, bodies)
	if err != nil {
		return nil, err
	}
	apart := math.Abs(corpus.ReadArticle(a).Dispute - corpus.ReadArticle(b).Dispute)
	als, xs, gl := judgeGold(a, b, p.Links)
	out := make([]goldRow, len(als))
	for i, al := range als {
		v, found := kept[[2]int{gl[i].A, gl[i].B}]
		out[i] = goldRow{
			row:    row{x: xs[i], label: verdictIndex(gl[i].Verdict), rule: verdictIndex(al.Verdict), body: p.A, apart: apart},
			story:  story,
			found:  found,
			engine: verdictIndex(v),
			pairID: p.ID,
		}
	}
	return out, nil
}

// crossValidate fits the upgrade model on the fit gold's links, with the
// FNC-1 fit rows weighted beside them, and scores it leave one story out:
// for each story, the model fitted without it decides its found links.
// It prints the verdicts right on found links for each way of fitting,
// and writes nothing.
//
// Measured (fit gold, 113 found links; Compare as it stands 82 right,
// the rules alone as if aligned 83): under the judge's guard no way of
// fitting gains — gold alone, gold with FNC-1 rows at 0.25 to 4 times its
// weight, at p > 0.4 to 0.7: 82 or 83. Agree-gold links the rules leave
// related look like related-gold ones in every signal (the FNC-1 model's
// p is 0.07–0.49 and 0.06–0.51), and most are kept out by the guard (under two
// content words met, a negation on one side, a hedge). Dropping the
// two-content-word minimum, fitting on the gold alone with the articles'
// dispute gap as a column: 86 (0.761), the best of some thirty ways tried; but on
// the seeds it calls "the death toll rose to 47" / "the captain was
// arrested" agreement, so it was not taken (eval/ERRORS.md §7).
func crossValidate(verbose bool) error {
	data, err := loadFNC()
	if err != nil {
		return err
	}
	gold, err := fitGoldRows(data.Bodies)
	if err != nil {
		return err
	}
	if verbose {
		for _, r := range gold {
			if r.found && r.rule == 2 {
				fmt.Printf("%s apart %.2f gold %s up %v p %.2f  %s\n", r.pairID, r.apart, classes[r.label], judge.Upgradable(r.x), judge.Fitted().Predict(r.x)[0], fmtX(r.x))
			}
		}
		return nil
	}
	var pairs []eval.Pair
	for _, p := range eval.Select(data.Pairs, eval.Fit) {
		if p.Stance != eval.Unrelated {
			pairs = append(pairs, p)
		}
	}
	var fnc []row
	for _, r := range readRows(pairs, data.Bodies) {
		if r.x != nil {
			fnc = append(fnc, r)
		}
	}
	nStory := 0
	found, same := 0, 0
	cur := judge.Fitted()
	for _, r := range gold {
		nStory = max(nStory, r.story+1)
		if r.found {
			found++
			if upgrade(cur, r.row) == r.engine {
				same++
			}
		}
	}
	fmt.Printf("fit gold: %d links, %d found, %d stories; %d FNC-1 fit rows\n", len(gold), found, nStory, len(fnc))
	fmt.Printf("forced judging matches Compare's verdict on %d of %d found links\n", same, found)
	score := func(name string, pred func(r goldRow) int) {
		right, n := 0, 0
		var cm [3][3]int
		for _, r := range gold {
			if !r.found {
				continue
			}
			p := pred(r)
			cm[r.label][p]++
			n++
			if p == r.label {
				right++
			}
		}
		fmt.Printf("%-58s %3d/%d = %.3f  agree %v diverge %v related %v\n", name, right, n, float64(right)/float64(n), cm[0], cm[1], cm[2])
	}
	score("rules only", func(r goldRow) int { return r.rule })
	score("Compare as it stands", func(r goldRow) int { return r.engine })
	for _, t := range []float64{0.4, 0.5, 0.6, 0.7, 0.8} {
		score(fmt.Sprintf("embedded FNC model, p > %.2f", t), func(r goldRow) int { return upgradeAt(cur, r.row, t) })
	}
	// Leave one story out: share = the FNC rows' total weight against the
	// gold rows' (0: gold alone); extra adds the articles' dispute gap as a
	// column; relaxed drops the guard's two-content-word minimum.
	for _, extra := range []bool{false, true} {
		for _, relaxed := range []bool{false, true} {
			for _, share := range []float64{0, 1} {
				models := make([]*logreg.Model, nStory)
				eval.Parallel(nStory, 0, func(s int) {
					var train []goldRow
					for _, r := range gold {
						if r.story != s {
							train = append(train, r)
						}
					}
					models[s] = fitMixed(train, fnc, share, extra)
				})
				for _, t := range []float64{0.4, 0.5, 0.6} {
					name := fmt.Sprintf("LOSO extra %v relaxed %v share %.2f, p > %.2f", extra, relaxed, share, t)
					score(name, func(r goldRow) int { return upgradeWith(models[r.story], r.row, t, extra, relaxed) })
				}
			}
		}
	}
	return nil
}

// upgradeWith is upgrade with the model's threshold t, the extra column
// and the relaxed guard.
func upgradeWith(m *logreg.Model, r row, t float64, extra, relaxed bool) int {
	if r.rule != 2 {
		return r.rule
	}
	x := r.x
	if extra {
		x = append(append([]float64(nil), x...), r.apart)
	}
	ok := judge.Upgradable(r.x)
	if relaxed {
		ok = judge.Upgradable(withContent(r.x))
	}
	if ok && m.Predict(x)[0] > t {
		return 0
	}
	return 2
}

// withContent lifts the sentence-content column over the guard's minimum.
func withContent(x []float64) []float64 {
	y := append([]float64(nil), x...)
	y[slices.Index(judge.FeatureNames, "sent_content")] = 10
	return y
}

// upgradeAt is upgrade with the model's threshold t.
func upgradeAt(m *logreg.Model, r row, t float64) int {
	if r.rule != 2 {
		return r.rule
	}
	if judge.Upgradable(r.x) && m.Predict(r.x)[0] > t {
		return 0
	}
	return 2
}

// fitMixed fits the verdict regression on gold rows and FNC-1 rows, the
// FNC rows weighing share times the gold rows in all, each class weighted
// as fit weights it (the square root of its inverse frequency, counted
// with the row weights).
func fitMixed(gold []goldRow, fnc []row, share float64, extra bool) *logreg.Model {
	var x [][]float64
	var y []int
	var w []float64
	col := func(r row) []float64 {
		if extra {
			return append(append([]float64(nil), r.x...), r.apart)
		}
		return r.x
	}
	for _, r := range gold {
		x, y, w = append(x, col(r.row)), append(y, r.label), append(w, 1)
	}
	if share > 0 {
		fw := share * float64(len(gold)) / float64(len(fnc))
		for _, r := range fnc {
			x, y, w = append(x, col(r)), append(y, r.label), append(w, fw)
		}
	}
	names := judge.FeatureNames
	if extra {
		names = append(append([]string(nil), names...), "articles_apart")
	}
	count := make([]float64, len(classes))
	var total float64
	for i := range y {
		count[y[i]] += w[i]
		total += w[i]
	}
	cw := map[string]float64{}
	for k, c := range classes {
		cw[c] = math.Sqrt(total / (float64(len(classes)) * max(1e-9, count[k])))
	}
	m, err := logreg.Fit(classes, names, x, y, logreg.Options{Iterations: 1500, ClassWeights: cw, RowWeights: w})
	if err != nil {
		panic(err)
	}
	return m
}

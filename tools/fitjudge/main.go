// Command fitjudge fits the verdict model of the judge
// (corpus/judge/model.json) on the fit part of FNC-1, and reports how the
// judge's verdicts match the real-pair gold.
//
//	go run ./tools/fitjudge          # fit on the FNC-1 fit part, write the model
//	go run ./tools/fitjudge -val     # hold out a fifth of the fit part, print its scores, write nothing
//	go run ./tools/fitjudge -gold    # the verdict on every real-pair gold link, rules and model, no fitting
//	go run ./tools/fitjudge -cv      # fit on the fit real-pair gold too, score leave one story out, write nothing
//	go run ./tools/fitjudge -dump    # every fit-gold link as JSON lines (gold, engine, rules, signals, texts)
//	go run ./tools/fitjudge -articles # choose the judge's gap between a disputing article and a plain one
//	FITJUDGE_FRESH=1 go test ./tools/fitjudge  # fails when model.json is stale against the fit
//
// Rows: every related pair of the fit part (agree, disagree, discuss),
// the headline as passage A against the body passage closest to it as B
// (the passage holding the sentence the claim check finds closest), judged
// as if aligned; labels agree → agree, disagree → diverge, discuss →
// related. The features are the judge's signals (judge.FeatureNames); the
// dev part is never read. The real-pair gold is read only with -gold, to
// report, never to fit.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

var classes = []string{"agree", "diverge", "related"}

func main() {
	val := flag.Bool("val", false, "hold out a fifth of the fit part and report on it; write nothing")
	gold := flag.Bool("gold", false, "report the verdicts on the real-pair gold links; fit nothing")
	cv := flag.Bool("cv", false, "fit on the fit real-pair gold too and score leave one story out; write nothing")
	arts := flag.Bool("articles", false, "choose the dispute gap between two articles on FNC-1 fit body pairs; fit nothing")
	goldFile := flag.String("goldfile", "", "with -gold or -dump: the gold file (default eval/"+eval.RealPairsFile+" for -gold, eval/"+eval.RealPairsFitFile+" for -dump)")
	verbose := flag.Bool("v", false, "with -gold: list every wrong verdict with its reasons; with -cv: list the found links the rules leave related, and fit nothing")
	out := flag.String("o", "", "where to write the model (default corpus/judge/model.json)")
	dump := flag.Bool("dump", false, "write every gold link (-goldfile, default the fit gold) as JSON lines: gold, engine and rules verdicts, signals, texts")
	flag.Parse()
	var err error
	switch {
	case *dump:
		err = dumpGold(*goldFile)
	case *cv:
		err = crossValidate(*verbose)
	case *arts:
		err = articles()
	case *gold:
		err = reportGold(*goldFile, *verbose)
	default:
		err = run(*val, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitjudge:", err)
		os.Exit(1)
	}
}

// loadFNC reads the FNC-1 data from its place beside the module.
func loadFNC() (*eval.FNC, error) {
	dir, err := eval.DataDir()
	if err != nil {
		return nil, err
	}
	return eval.LoadFNC(dir)
}

type row struct {
	x     []float64
	label int
	body  int
	rule  int     // the rules' verdict
	apart float64 // the gap in dispute density of the two articles (with -cv)
}

func run(val bool, out string) error {
	data, err := loadFNC()
	if err != nil {
		return err
	}
	var pairs []eval.Pair
	for _, p := range eval.Select(data.Pairs, eval.Fit) {
		if p.Stance != eval.Unrelated {
			pairs = append(pairs, p)
		}
	}
	rows := readRows(pairs, data.Bodies)
	var train, test []row
	for _, r := range rows {
		if r.x == nil {
			continue
		}
		if val && eval.HeldOut(r.body) {
			test = append(test, r)
		} else {
			train = append(train, r)
		}
	}
	m, err := fit(train)
	if err != nil {
		return err
	}
	if val {
		report("rules", test, func(r row) int { return r.rule })
		report("model", test, func(r row) int { return argmax(m.Predict(r.x)) })
		report("rules' conflicts, then the model", test, func(r row) int { return hybrid(m, r) })
		report("rules, the model upgrading related to agree", test, func(r row) int { return upgrade(m, r) })
		report("rules, the model deciding what they leave related", test, func(r row) int { return ruleThenModel(m, r) })
		return nil
	}
	if out == "" {
		root, err := eval.ModuleRoot()
		if err != nil {
			return err
		}
		out = filepath.Join(root, "corpus", "judge", "model.json")
	}
	b, err := m.JSON()
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// readRows judges every pair's headline against its closest body passage,
// one worker per processor.
func readRows(pairs []eval.Pair, bodies map[int]string) []row {
	rows := make([]row, len(pairs))
	eval.Parallel(len(pairs), 0, func(i int) {
		p := pairs[i]
		rows[i] = judgeHeadline(p.Headline, bodies[p.BodyID])
		rows[i].body = p.BodyID
		rows[i].label = map[eval.Label]int{eval.Agree: 0, eval.Disagree: 1, eval.Discuss: 2}[p.Stance]
	})
	return rows
}

func judgeHeadline(headline, body string) row {
	h, err := corpus.NewDocument(0, corpus.Source{Name: "headline", Data: []byte(headline)})
	if err != nil {
		return row{}
	}
	d, err := corpus.NewDocument(1, corpus.Source{Name: "body", Data: []byte(body)})
	if err != nil {
		return row{}
	}
	sig := corpus.ClaimSignals(headline, d)
	if sig.Best < 0 || len(h.Passages) == 0 {
		return row{}
	}
	hb := -1
	for k, p := range h.Passages {
		if p.Kind == corpus.KindBody {
			hb = k
			break
		}
	}
	if hb < 0 {
		return row{}
	}
	als, xs := corpus.JudgeLinks(h, d, [][2]int{{0, sig.Best}}, true)
	return row{x: xs[0], rule: verdictIndex(als[0].Verdict), apart: math.Abs(corpus.ReadArticle(h).Dispute - corpus.ReadArticle(d).Dispute)}
}

func verdictIndex(v corpus.Verdict) int {
	switch v {
	case corpus.Agree:
		return 0
	case corpus.Diverge:
		return 1
	}
	return 2
}

// hybrid keeps the rules' divergence (a conflict they can quote) and lets
// the model choose between agree and related otherwise.
func hybrid(m *logreg.Model, r row) int {
	if r.rule == 1 {
		return 1
	}
	p := m.Predict(r.x)
	if p[0] > p[2] {
		return 0
	}
	return 2
}

// upgrade keeps the rules' verdict and lets the model turn related into
// agree.
func upgrade(m *logreg.Model, r row) int {
	if r.rule != 2 {
		return r.rule
	}
	if judge.Upgrade(m, r.x) {
		return 0
	}
	return 2
}

// ruleThenModel keeps the rules' agree and diverge and lets the model
// decide the pairs they leave related.
func ruleThenModel(m *logreg.Model, r row) int {
	if r.rule != 2 {
		return r.rule
	}
	return argmax(m.Predict(r.x))
}

func argmax(p []float64) int {
	k := 0
	for i := range p {
		if p[i] > p[k] {
			k = i
		}
	}
	return k
}

// fit fits the verdict regression, each class weighted inversely to its
// frequency (diverge is rare in FNC-1, and a reader needs it most).
func fit(rows []row) (*logreg.Model, error) {
	x := make([][]float64, len(rows))
	y := make([]int, len(rows))
	count := make([]float64, len(classes))
	for i, r := range rows {
		x[i], y[i] = r.x, r.label
		count[r.label]++
	}
	cw := map[string]float64{}
	for k, c := range classes {
		cw[c] = math.Sqrt(float64(len(rows)) / (float64(len(classes)) * max(1, count[k])))
	}
	return logreg.Fit(classes, judge.FeatureNames, x, y, logreg.Options{Iterations: 1500, ClassWeights: cw})
}

// report prints a confusion matrix and its scores.
func report(name string, rows []row, pred func(row) int) {
	var cm [3][3]int
	right := 0
	for _, r := range rows {
		p := pred(r)
		cm[r.label][p]++
		if p == r.label {
			right++
		}
	}
	fmt.Printf("%s: %d rows, accuracy %.3f\n", name, len(rows), float64(right)/float64(max(1, len(rows))))
	var f1s float64
	for k, c := range classes {
		tp, fp, fn := cm[k][k], 0, 0
		for o := range classes {
			if o != k {
				fp += cm[o][k]
				fn += cm[k][o]
			}
		}
		p := float64(tp) / float64(max(1, tp+fp))
		rc := float64(tp) / float64(max(1, tp+fn))
		f1 := 0.0
		if p+rc > 0 {
			f1 = 2 * p * rc / (p + rc)
		}
		f1s += f1
		fmt.Printf("  %-8s F1 %.3f (P %.3f R %.3f)  row %v\n", c, f1, p, rc, cm[k])
	}
	fmt.Printf("  macro-F1 %.3f\n", f1s/3)
}

// reportGold judges every gold link of the real pairs, found by the
// alignment or not, and prints the rules' and the model's confusion.
func reportGold(file string, verbose bool) error {
	data, g, err := eval.LoadWithGold(file, eval.RealPairsFile)
	if err != nil {
		return err
	}
	m := judge.Fitted()
	var rows []row
	for _, p := range g.Pairs {
		a, err := corpus.NewDocument(0, corpus.Source{Name: "a", Data: []byte(data.Bodies[p.A])})
		if err != nil {
			return err
		}
		b, err := corpus.NewDocument(1, corpus.Source{Name: "b", Data: []byte(data.Bodies[p.B])})
		if err != nil {
			return err
		}
		als, xs, gl := judgeGold(a, b, p.Links)
		for i, al := range als {
			r := row{x: xs[i], label: verdictIndex(gl[i].Verdict), rule: verdictIndex(al.Verdict)}
			rows = append(rows, r)
			if verbose && r.rule != r.label {
				fmt.Printf("%s A%d–B%d %s: gold %s, rules %s, model %s\n", p.ID, gl[i].A, gl[i].B, gl[i].Level, gl[i].Verdict, al.Verdict, classes[argmax(m.Predict(r.x))])
				fmt.Printf("    A: %.110s\n    B: %.110s\n", eval.BodyText(a, eval.BodyLines(a)[gl[i].A]), eval.BodyText(b, eval.BodyLines(b)[gl[i].B]))
				fmt.Printf("    x: %s\n", fmtX(r.x))
				for _, why := range al.Reasons {
					fmt.Printf("    - %s: %.160s\n", why.Kind, why.Text)
				}
			}
		}
	}
	report("rules on every gold link", rows, func(r row) int { return r.rule })
	report("model on every gold link", rows, func(r row) int { return argmax(m.Predict(r.x)) })
	report("rules' conflicts, then the model, on every gold link", rows, func(r row) int { return hybrid(m, r) })
	report("rules, the model upgrading related to agree, on every gold link", rows, func(r row) int { return upgrade(m, r) })
	report("rules, the model deciding what they leave related, on every gold link", rows, func(r row) int { return ruleThenModel(m, r) })
	return nil
}

// judgeGold judges the gold links of two documents as if aligned, with
// the judge's features; gl are the links judged, those whose lines are
// body passages of both.
func judgeGold(a, b *corpus.Document, links []eval.Link) (als []corpus.Alignment, xs [][]float64, gl []eval.Link) {
	pairs, gl := eval.BodyPairs(a, b, links)
	als, xs = corpus.JudgeLinks(a, b, pairs, true)
	return als, xs, gl
}

func fmtX(x []float64) string {
	var b strings.Builder
	for j, v := range x {
		if v != 0 {
			fmt.Fprintf(&b, "%s=%.2g ", judge.FeatureNames[j], v)
		}
	}
	return b.String()
}

// Command fitlinks fits the learned link filter of corpus/align
// (filter.go, linkmodel.json) on the real-pair fit gold
// (eval/testdata/realpairs_fit.json) and measures it. It traces every
// passage pair of each gold pair (corpus.TraceLinks: the parts of its
// score, whether the hand-built gates pass it, whether the engine keeps
// it), checks that the trace keeps the links corpus.Compare keeps, and
// scores the filter by leave-one-pair-out cross-validation (each fit pair
// is its own story): a logistic regression over per-candidate features
// (align.LinkFeatures: the parts of the hand-built score, whether its
// gates pass, rank in the row and column and ratio to their best, mutual
// best, lengths, positions, the pair's size), fitted on every candidate
// with gold links at any level positive (must weighs 3, should 1.5) and,
// with -cross, every candidate of A of one story against B of the next
// negative. A link the gates pass stays when its probability reaches the
// threshold; then align's caps. The dev gold is never read. (The free
// decision of eval/ERRORS.md §14, which may also add links, is measured
// by this tool at commit 85afb3a.)
//
//	go run ./tools/fitlinks          # trace check, the engine's figures, the CV sweep
//	go run ./tools/fitlinks -v       # and the weights fitted on every pair
//	go run ./tools/fitlinks -write   # fit on every fit pair, write corpus/align/linkmodel.json
//	go run ./tools/fitlinks -sweep   # wider gates: least score 0.10/0.09/0.08 × one-item candidates at p ≥ 0.5/0.6/0.7
//	go run ./tools/fitlinks -sweep -least 0.10 -at 0.35,0.40 -one 0,0.5  # chosen rows of that sweep, gated links at two thresholds
//	go run ./tools/fitlinks -why -cross=false  # every missed must link and the step that drops it (ERRORS.md §16)
//	FITLINKS_FRESH=1 go test ./tools/fitlinks  # fails when linkmodel.json is stale
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// The fit: row weights of gold links by level, the L2 penalty, the
// gradient steps, and the threshold chosen on the leave-one-pair-out sweep
// of the 54 fit pairs (ERRORS.md §14; fixed before the dev check); and the
// caps of align, mirrored.
const (
	mustWeight   = 3
	shouldWeight = 1.5
	l2           = 0.1
	iterations   = 600
	threshold    = 0.35
	aCap         = 5
	perSide      = 4
)

var (
	cross   = flag.Bool("cross", true, "fit on pairs of two stories too, every candidate negative")
	verbose = flag.Bool("v", false, "print the weights fitted on every pair")
	write   = flag.Bool("write", false, "fit on every fit pair and write corpus/align/linkmodel.json")
	sweep   = flag.Bool("sweep", false, "measure wider gates (ERRORS.md §14): a lower least score, and one-item candidates the filter rates high")
	why     = flag.Bool("why", false, "list every missed must link with the step of the selection that drops it (ERRORS.md §16)")
	sweepAt = flag.String("at", "0.35", "-sweep: the thresholds of gated links, comma-separated")
	least   = flag.String("least", "0.10,0.09,0.08", "-sweep: the least scores, comma-separated")
	oneAt   = flag.String("one", "0,0.5,0.6,0.7", "-sweep: the probabilities a one-item candidate needs (0: stopped), comma-separated")
)

type pairData struct {
	id     string
	cands  []align.Cand
	level  map[[2]int]string // gold level by passage indexes
	must   int               // must links in the gold (also those not on body passages)
	engine map[[2]int]bool   // the links corpus.Compare keeps, by passage indexes
	one    []bool            // -sweep: the candidates only the one-item gate stops
	cross  bool              // A and B tell two stories: those of gold pairs with[0] and with[1]
	with   [2]int
	gold   []eval.Link // the gold links, by line
	ia, ib map[int]int // body passage index by line
	ta, tb []string    // body passage texts
}

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "fitlinks:", err)
		os.Exit(1)
	}
}

func run() error {
	pairs, err := readGold()
	if err != nil {
		return err
	}
	if *write {
		data, err := fitJSON(pairs)
		if err != nil {
			return err
		}
		root, err := eval.ModuleRoot()
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(root, "corpus", "align", "linkmodel.json"), data, 0o644)
	}
	apart := traceApart(pairs)
	fmt.Printf("the trace and corpus.Compare keep different links in %d places\n", apart)
	fmt.Printf("engine: %s\n", score(pairs, func(pd *pairData) map[[2]int]bool { return pd.engine }))
	gates := score(pairs, func(pd *pairData) map[[2]int]bool {
		return selectLinks(pd, func(k int) bool { return pd.cands[k].Score > 0 })
	})
	fmt.Printf("hand-built gates alone (replayed): %s\n", gates)
	if *sweep {
		return sweepGates(pairs)
	}
	if *why {
		whyMissed(os.Stdout, pairs)
		return nil
	}
	return crossValidate(pairs)
}

// fitJSON fits the filter on every fit pair and returns linkmodel.json:
// the threshold, each feature's range in the fit, the model.
func fitJSON(pairs []pairData) ([]byte, error) {
	rs := rowsOf(pairs)
	m := fitRows(rs)
	lo, hi := ranges(rs)
	mj, err := m.JSON()
	if err != nil {
		return nil, err
	}
	lj, err := json.Marshal(logreg.Round6(lo))
	if err != nil {
		return nil, err
	}
	hj, err := json.Marshal(logreg.Round6(hi))
	if err != nil {
		return nil, err
	}
	mj = bytes.ReplaceAll(bytes.TrimSpace(mj), []byte("\n"), []byte("\n  "))
	return fmt.Appendf(nil, "{\n  \"threshold\": %g,\n  \"min\": %s,\n  \"max\": %s,\n  \"model\": %s\n}\n", threshold, lj, hj, mj), nil
}

// readGold traces every pair of the fit gold and, with -cross, A of each
// pair against B of the next.
func readGold() ([]pairData, error) {
	data, g, err := eval.LoadWithGold("", eval.RealPairsFitFile)
	if err != nil {
		return nil, err
	}
	gps, n := g.Pairs, len(g.Pairs)
	if *cross {
		for k := range n {
			gps = append(gps, eval.GoldPair{ID: fmt.Sprintf("cross-%d", k), A: g.Pairs[k].A, B: g.Pairs[(k+1)%n].B})
		}
	}
	pairs := make([]pairData, len(gps))
	errs := make([]error, len(gps))
	eval.Parallel(len(gps), 0, func(k int) {
		pairs[k], errs[k] = readPair(gps[k], data.Bodies)
		if k >= n {
			pairs[k].cross, pairs[k].with = true, [2]int{k - n, (k - n + 1) % n}
		}
	})
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	return pairs, nil
}

func readPair(p eval.GoldPair, bodies map[int]string) (pairData, error) {
	pd := pairData{id: p.ID, level: map[[2]int]string{}, engine: map[[2]int]bool{}}
	srcs := []corpus.Source{{Name: "a", Data: []byte(bodies[p.A])}, {Name: "b", Data: []byte(bodies[p.B])}}
	a, err := corpus.NewDocument(0, srcs[0])
	if err != nil {
		return pd, err
	}
	b, err := corpus.NewDocument(1, srcs[1])
	if err != nil {
		return pd, err
	}
	var la, lb []int
	pd.cands, la, lb = corpus.TraceLinks(a, b)
	ia, ib := map[int]int{}, map[int]int{}
	pd.gold, pd.ia, pd.ib = p.Links, ia, ib
	for _, d := range [2]*model.Document{a, b} {
		var ts []string
		for _, q := range d.Passages {
			if q.Kind == model.KindBody {
				ts = append(ts, q.Text)
			}
		}
		if d == a {
			pd.ta = ts
		} else {
			pd.tb = ts
		}
	}
	for k, l := range la {
		ia[l] = k
	}
	for k, l := range lb {
		ib[l] = k
	}
	for _, l := range p.Links {
		if l.Level == eval.Must {
			pd.must++
		}
		x, okA := ia[l.A]
		y, okB := ib[l.B]
		if okA && okB {
			pd.level[[2]int{x, y}] = l.Level
		}
	}
	c, err := corpus.Compare(srcs)
	if err != nil {
		return pd, err
	}
	for _, al := range c.Alignments {
		pd.engine[[2]int{ia[c.Passage(al.A).Line], ib[c.Passage(al.B).Line]}] = true
	}
	return pd, nil
}

// counts is must recall and precision over the gold pairs, and the links
// kept between two stories.
type counts struct{ must, mustFound, kept, keptGold, cross int }

func (c counts) String() string {
	return fmt.Sprintf("must %d/%d = %.3f, precision %d/%d = %.3f, links between two stories %d",
		c.mustFound, c.must, float64(c.mustFound)/float64(c.must), c.keptGold, c.kept, float64(c.keptGold)/float64(max(1, c.kept)), c.cross)
}

func score(pairs []pairData, keep func(*pairData) map[[2]int]bool) counts {
	var c counts
	for k := range pairs {
		pd := &pairs[k]
		if pd.cross {
			c.cross += len(keep(pd))
			continue
		}
		c.must += pd.must
		for l := range keep(pd) {
			c.kept++
			if lv, ok := pd.level[l]; ok {
				c.keptGold++
				if lv == eval.Must {
					c.mustFound++
				}
			}
		}
	}
	return c
}

// row is one candidate: its features and label.
type row struct {
	pair int
	cand int // its index in the pair's cands
	key  [2]int
	x    []float64
	y    int     // 1: a gold link
	w    float64 // its weight in the fit
}

// rowsOf lists the candidates of every pair (a pair sharing a feature, or
// a rebuttal of an opening) with the features the engine reads
// (align.FeatureRows).
func rowsOf(pairs []pairData) []row {
	var out []row
	for pi := range pairs {
		pd := &pairs[pi]
		xs := align.FeatureRows(pd.cands)
		for k := range pd.cands {
			c := &pd.cands[k]
			if c.Shared == 0 && !c.Rebuts {
				continue
			}
			r := row{pair: pi, cand: k, key: [2]int{c.A, c.B}, x: xs[k], w: 1}
			if lv, ok := pd.level[r.key]; ok {
				r.y = 1
				switch lv {
				case eval.Must:
					r.w = mustWeight
				case eval.Should:
					r.w = shouldWeight
				}
			}
			out = append(out, r)
		}
	}
	return out
}

func fitRows(rs []row) *logreg.Model {
	x := make([][]float64, len(rs))
	y := make([]int, len(rs))
	w := make([]float64, len(rs))
	for k, r := range rs {
		x[k], y[k], w[k] = r.x, r.y, r.w
	}
	m, err := logreg.Fit([]string{"no", "link"}, align.LinkFeatures, x, y, logreg.Options{Iterations: iterations, RowWeights: w, L2: l2})
	if err != nil {
		panic(err)
	}
	return m
}

// ranges returns each feature's least and largest value over rows: a
// held-out row is clamped to them (the model does not extrapolate to a
// pair smaller or larger than any it was fitted on).
func ranges(rs []row) ([]float64, []float64) {
	lo, hi := slices.Clone(rs[0].x), slices.Clone(rs[0].x)
	for _, r := range rs {
		for j, v := range r.x {
			lo[j], hi[j] = min(lo[j], v), max(hi[j], v)
		}
	}
	return lo, hi
}

// looProbs fits without each gold pair in turn (and without the
// two-story pairs that hold one of its documents) and gives that pair's
// candidates their probability.
func looProbs(pairs []pairData) map[*pairData][]float64 {
	rs := rowsOf(pairs)
	folds := 0
	for _, pd := range pairs {
		if !pd.cross {
			folds++
		}
	}
	held := func(r row, f int) bool {
		pd := &pairs[r.pair]
		return r.pair == f || pd.cross && (pd.with[0] == f || pd.with[1] == f)
	}
	prob := make([]float64, len(rs))
	eval.Parallel(folds, 0, func(f int) {
		var train []row
		for _, r := range rs {
			if !held(r, f) {
				train = append(train, r)
			}
		}
		m := fitRows(train)
		lo, hi := ranges(train)
		for k, r := range rs {
			if r.pair == f || pairs[r.pair].cross && pairs[r.pair].with[0] == f {
				x := slices.Clone(r.x)
				for j := range x {
					x[j] = min(max(x[j], lo[j]), hi[j])
				}
				prob[k] = m.Predict(x)[1]
			}
		}
	})
	probOf := map[*pairData][]float64{}
	for k, r := range rs {
		pd := &pairs[r.pair]
		if probOf[pd] == nil {
			probOf[pd] = make([]float64, len(pd.cands))
		}
		probOf[pd][r.cand] = prob[k]
	}
	return probOf
}

// sweepGates re-scores every candidate under wider gates (a lower least
// score; candidates only the one-item gate stops, let through when the
// filter gives them at least a probability, scored at the least score
// for the caps), refits the filter leave one pair out on each, and
// prints the selection at the engine's threshold.
func sweepGates(pairs []pairData) error {
	mins, err := floats(*least)
	if err != nil {
		return err
	}
	ones, err := floats(*oneAt)
	if err != nil {
		return err
	}
	ats, err := floats(*sweepAt)
	if err != nil {
		return err
	}
	for _, m := range mins {
		ms := float32(m)
		for pi := range pairs {
			pd := &pairs[pi]
			pd.one = make([]bool, len(pd.cands))
			for k := range pd.cands {
				pd.cands[k].Score, pd.one[k] = pd.cands[k].GateAt(ms)
			}
		}
		probOf := looProbs(pairs)
		for _, t := range ats {
			for _, t1 := range ones {
				c := score(pairs, func(pd *pairData) map[[2]int]bool {
					p := probOf[pd]
					sc := make([]float32, len(pd.cands))
					for k := range pd.cands {
						sc[k] = pd.cands[k].Score
						if pd.one[k] && t1 > 0 && p[k] >= t1 {
							sc[k] = ms
						}
					}
					return selectScored(pd, sc, func(k int) bool {
						return pd.cands[k].Score > 0 && p[k] >= t || sc[k] > 0 && pd.one[k]
					})
				})
				fmt.Printf("least score %.2f, one item at %.2f, leave one pair out, threshold %.2f: %s\n", ms, t1, t, c)
			}
		}
	}
	return nil
}

// floats reads a comma-separated list of numbers.
func floats(list string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(list, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", list, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// crossValidate prints the selection the leave-one-pair-out filter
// (looProbs) makes at several thresholds.
func crossValidate(pairs []pairData) error {
	probOf := looProbs(pairs)
	for _, t := range []float64{0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55} {
		c := score(pairs, func(pd *pairData) map[[2]int]bool {
			p := probOf[pd]
			return selectLinks(pd, func(k int) bool { return pd.cands[k].Score > 0 && p[k] >= t })
		})
		fmt.Printf("filter, leave one pair out, threshold %.2f: %s\n", t, c)
	}
	if *verbose {
		m := fitRows(rowsOf(pairs))
		for j, n := range align.LinkFeatures {
			fmt.Printf("  %-14s %+.3f\n", n, m.Weights[1][j]-m.Weights[0][j])
		}
	}
	return nil
}

// traceApart counts the links that the trace keeps and Compare does not,
// and those Compare keeps and the trace does not, over every pair: the
// filter is fitted on the trace's features and predicts on PairRead's, so
// anything but 0 means the two compute them differently.
func traceApart(pairs []pairData) int {
	apart := 0
	for _, pd := range pairs {
		kept := map[[2]int]bool{}
		for _, c := range pd.cands {
			if c.Kept {
				kept[[2]int{c.A, c.B}] = true
			}
		}
		for l := range kept {
			if !pd.engine[l] {
				apart++
			}
		}
		for l := range pd.engine {
			if !kept[l] {
				apart++
			}
		}
	}
	return apart
}

// selectLinks replays align's selection on one pair's candidates: of
// those keep passes, the aCap strongest (hand-built score) of each A
// passage, then the perSide strongest of each B passage. The orphans the
// engine adds (a disputing passage nothing links, joined to the other
// account's first passage; no gate passed them) are kept as they are.
func selectLinks(pd *pairData, keep func(k int) bool) map[[2]int]bool {
	sc := make([]float32, len(pd.cands))
	for k := range pd.cands {
		sc[k] = pd.cands[k].Score
	}
	return selectScored(pd, sc, keep)
}

// selectScored is selectLinks with the candidates' scores for the caps
// given in sc.
func selectScored(pd *pairData, sc []float32, keep func(k int) bool) map[[2]int]bool {
	type sCand struct {
		*align.Cand
		Score float32
	}
	byA := map[int][]sCand{}
	for k := range pd.cands {
		if keep(k) {
			c := &pd.cands[k]
			byA[c.A] = append(byA[c.A], sCand{c, sc[k]})
		}
	}
	order := func(side int) func(x, y sCand) int {
		return func(x, y sCand) int {
			switch {
			case x.Score > y.Score:
				return -1
			case x.Score < y.Score:
				return 1
			}
			if side == 0 {
				return x.B - y.B
			}
			return x.A - y.A
		}
	}
	byB := map[int][]sCand{}
	for _, cs := range byA {
		slices.SortStableFunc(cs, order(0))
		for _, c := range cs[:min(len(cs), aCap)] {
			byB[c.B] = append(byB[c.B], c)
		}
	}
	out := map[[2]int]bool{}
	for _, cs := range byB {
		slices.SortStableFunc(cs, order(1))
		for _, c := range cs[:min(len(cs), perSide)] {
			out[[2]int{c.A, c.B}] = true
		}
	}
	for _, c := range pd.cands {
		if c.Kept && c.Score == 0 { // an orphan: no gate passed it (Trace scores those 0)
			out[[2]int{c.A, c.B}] = true
		}
	}
	return out
}

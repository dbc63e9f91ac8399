// Command fitlinks studies the link selection of corpus/align on the
// real-pair fit gold (eval/testdata/realpairs_fit.json). It traces every
// passage pair of each gold pair (corpus.TraceLinks: the parts of its
// score and whether the engine keeps it), checks that the trace keeps the
// links corpus.Compare keeps, and scores a learned link decision by
// leave-one-pair-out cross-validation (each fit pair is its own story):
// a logistic regression over per-candidate features — the parts of the
// hand-built score, whether its gates pass, the candidate's rank in its
// row and column and its ratio to their best, mutual best, lengths,
// positions and the pair's size — fitted with gold links at any level
// positive (must weighs 3, should 1.5) and, with -cross, every candidate
// of A of one story against B of the next negative. It writes nothing:
// the decision was measured and not kept (eval/ERRORS.md §14). The dev
// gold is never read.
//
//	go run ./tools/fitlinks                  # trace check, the engine's figures, the CV sweep
//	go run ./tools/fitlinks -ungated 1       # the learned decision as a filter of the gated links only
//	go run ./tools/fitlinks -v               # and the weights fitted on every pair
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/eval"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// The fit: row weights of gold links by level, the L2 penalty, the
// gradient steps; and the caps of align, mirrored.
const (
	mustWeight   = 3
	shouldWeight = 1.5
	l2           = 0.1
	iterations   = 600
	aCap         = 5
	perSide      = 4
)

var (
	ungated = flag.Float64("ungated", 0.7, "least probability of a candidate the hand-built gates drop (1: never kept)")
	oneItem = flag.Bool("oneitem", false, "let the model keep a candidate that rides on one shared item")
	cross   = flag.Bool("cross", true, "fit on pairs of two stories too, every candidate negative")
	verbose = flag.Bool("v", false, "print the weights fitted on every pair")
)

// features names the learned decision's features, in the order of row.x.
var features = []string{
	"cos", "topic", "lead", "rebuts", "para", "phrases", "rest", "top_full",
	"shared_log", "shared_dates", "disp_a", "disp_b", "gate", "score", "one_item",
	"row_rank", "col_rank", "row_ratio", "col_ratio", "mutual_best",
	"len_a_log", "len_b_log", "pos_a", "pos_b", "size_log",
}

var (
	gateAt = slices.Index(features, "gate")
	oneAt  = slices.Index(features, "one_item")
)

type pairData struct {
	id     string
	cands  []align.Cand
	level  map[[2]int]string // gold level by passage indexes
	must   int               // must links in the gold (also those not on body passages)
	engine map[[2]int]bool   // the links corpus.Compare keeps, by passage indexes
	cross  bool              // A and B tell two stories: those of gold pairs with[0] and with[1]
	with   [2]int
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
	apart := 0
	for _, pd := range pairs {
		n := 0
		for _, c := range pd.cands {
			if c.Kept {
				n++
				if !pd.engine[[2]int{c.A, c.B}] {
					apart++
				}
			}
		}
		apart += len(pd.engine) - min(n, len(pd.engine))
	}
	fmt.Printf("the trace and corpus.Compare keep different links in %d places\n", apart)
	fmt.Printf("engine: %s\n", score(pairs, func(pd *pairData) map[[2]int]bool { return pd.engine }))
	return crossValidate(pairs)
}

// readGold traces every pair of the fit gold and, with -cross, A of each
// pair against B of the next.
func readGold() ([]pairData, error) {
	dir, err := eval.DataDir()
	if err != nil {
		return nil, err
	}
	data, err := eval.LoadFNC(dir)
	if err != nil {
		return nil, err
	}
	root, err := eval.ModuleRoot()
	if err != nil {
		return nil, err
	}
	g, err := eval.LoadGold(filepath.Join(root, "eval", eval.RealPairsFitFile))
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
	key  [2]int
	x    []float64
	y    int     // 1: a gold link
	w    float64 // its weight in the fit
}

// rank is the score ranks and ratios compare: the hand-built score with
// every bonus, whatever the gates.
func rank(c *align.Cand) float64 {
	s := 0.8*float64(c.Cos) + 0.2*float64(c.Topic) + 0.05*float64(c.Phrases) + float64(c.Para)
	if c.Lead {
		s += 0.05
	}
	return s
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// rowsOf lists the candidates of every pair (a pair sharing a feature, or
// a rebuttal of an opening) with their features.
func rowsOf(pairs []pairData) []row {
	var out []row
	for pi := range pairs {
		pd := &pairs[pi]
		var cs []*align.Cand
		for k := range pd.cands {
			if c := &pd.cands[k]; c.Shared > 0 || c.Rebuts {
				cs = append(cs, c)
			}
		}
		byA, byB := map[int][]float64{}, map[int][]float64{}
		for _, c := range cs {
			byA[c.A] = append(byA[c.A], rank(c))
			byB[c.B] = append(byB[c.B], rank(c))
		}
		// above is how many of xs score more than v; best their best.
		above := func(xs []float64, v float64) float64 {
			n := 0
			for _, x := range xs {
				if x > v {
					n++
				}
			}
			return float64(n)
		}
		best := func(xs []float64) float64 { return max(slices.Max(xs), 1e-6) }
		for _, c := range cs {
			s := rank(c)
			rr, cr := above(byA[c.A], s), above(byB[c.B], s)
			one := c.Score == 0 && c.Cos-c.Top < 0.06 && !c.TopFull && !c.Rebuts
			x := []float64{
				float64(c.Cos), float64(c.Topic), b2f(c.Lead), b2f(c.Rebuts), float64(c.Para), float64(c.Phrases),
				float64(c.Cos - c.Top), b2f(c.TopFull), math.Log1p(float64(c.Shared)), float64(c.SharedDat),
				b2f(c.DispA), b2f(c.DispB), b2f(c.Score > 0), float64(c.Score), b2f(one),
				min(rr, 6), min(cr, 6), s / best(byA[c.A]), s / best(byB[c.B]), b2f(rr == 0 && cr == 0),
				math.Log1p(float64(c.LenA)), math.Log1p(float64(c.LenB)),
				float64(c.A) / float64(c.NA), float64(c.B) / float64(c.NB), math.Log(float64(c.NA * c.NB)),
			}
			r := row{pair: pi, key: [2]int{c.A, c.B}, x: x, w: 1}
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
	m, err := logreg.Fit([]string{"no", "link"}, features, x, y, logreg.Options{Iterations: iterations, RowWeights: w, L2: l2})
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

// crossValidate fits without each gold pair in turn (and without the
// two-story pairs that hold one of its documents), gives that pair's
// candidates their probability, and prints the selection it makes at
// several thresholds.
func crossValidate(pairs []pairData) error {
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
	for _, t := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7} {
		c := score(pairs, func(pd *pairData) map[[2]int]bool { return selectLinks(rs, prob, pairs, pd, t) })
		fmt.Printf("learned, leave one pair out, threshold %.2f (ungated %.2f): %s\n", t, *ungated, c)
	}
	if *verbose {
		m := fitRows(rs)
		for j, n := range features {
			fmt.Printf("  %-14s %+.3f\n", n, m.Weights[1][j]-m.Weights[0][j])
		}
	}
	return nil
}

// selectLinks is the learned decision on one pair's rows: a candidate the
// gates pass needs probability t, one they drop -ungated (and, unless
// -oneitem, more than one shared item); then align's caps, most probable
// first: aCap per A passage, then perSide per B passage. The orphan
// rebuttals the engine adds (they share nothing) are kept as they are.
func selectLinks(rs []row, prob []float64, pairs []pairData, pd *pairData, t float64) map[[2]int]bool {
	pi := slices.IndexFunc(pairs, func(p pairData) bool { return p.id == pd.id })
	type kp struct {
		k [2]int
		p float64
	}
	byA := map[int][]kp{}
	for i, r := range rs {
		if r.pair != pi {
			continue
		}
		if r.x[gateAt] > 0 && prob[i] >= t || prob[i] >= *ungated && (*oneItem || r.x[oneAt] == 0) {
			byA[r.key[0]] = append(byA[r.key[0]], kp{r.key, prob[i]})
		}
	}
	order := func(side int) func(x, y kp) int {
		return func(x, y kp) int {
			switch {
			case x.p > y.p:
				return -1
			case x.p < y.p:
				return 1
			}
			return x.k[1-side] - y.k[1-side]
		}
	}
	byB := map[int][]kp{}
	for _, ks := range byA {
		slices.SortStableFunc(ks, order(0))
		for _, e := range ks[:min(len(ks), aCap)] {
			byB[e.k[1]] = append(byB[e.k[1]], e)
		}
	}
	out := map[[2]int]bool{}
	for _, ks := range byB {
		slices.SortStableFunc(ks, order(1))
		for _, e := range ks[:min(len(ks), perSide)] {
			out[e.k] = true
		}
	}
	for _, c := range pd.cands {
		if c.Kept && c.Shared == 0 && !c.Rebuts {
			out[[2]int{c.A, c.B}] = true
		}
	}
	return out
}

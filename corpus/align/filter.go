package align

// The learned link filter: a logistic regression that may drop a link the
// hand-built gates pass (it never adds one).
//
// A reader links fewer of a long article's secondary paragraphs than of
// its main ones (eval/ERRORS.md §11): a pair of passages that clears the
// gates can still be only the fourth-best match of either passage. The
// filter reads, for each gated candidate, the parts of its score (cosine,
// shared topic, openings, rebuttal, paraphrase, rare phrases, what the
// cosine holds besides its strongest shared item, full name or date,
// shared features and dates, which side disputes, the score), its rank in
// its A passage's row and its B passage's column and its ratio to their
// best (on the plain score cosineShare·c + topicShare·topic + openings of
// every candidate past the first floor), whether it is the best of both,
// the two passages' lengths and places, and the documents' size. Each is
// clamped to the range the fit saw: a pair of two-paragraph documents, or
// of two 10,000-passage ones, is out of the fit's range and must not be
// extrapolated to.
//
// linkmodel.json is fitted by tools/fitlinks on the real-pair fit gold (a
// gold link at any level positive, must weighs 3, should 1.5; every
// candidate of A of one story against B of the next negative); the
// threshold, 0.35, was chosen by leave-one-pair-out cross-validation on
// those pairs (ERRORS.md §14). Everything it reads comes from the two
// documents, as long as no feature is common in the whole loaded set
// (in more than max(100, n/50) passages): above that, PairRead prunes the
// candidates of the common features (see align.go's Cost), and the ranks
// count only the candidates left, as every link already depends on the
// loaded set there.
//
// What it gets wrong: it cannot add a link the gates miss (must recall
// stays where the gates leave it), and its rank features are relative, so
// in a pair whose passages all match weakly it keeps weak links.

import (
	_ "embed"
	"encoding/json"
	"math"
	"sync"

	"github.com/parallax-reader/parallax/internal/logreg"
)

// LinkFeatures names the filter's features, in the order Features writes
// them.
var LinkFeatures = []string{
	"cos", "topic", "lead", "rebuts", "para", "phrases", "rest", "top_full",
	"shared_log", "shared_dates", "disp_a", "disp_b", "gate", "score", "one_item",
	"row_rank", "col_rank", "row_ratio", "col_ratio", "mutual_best",
	"len_a_log", "len_b_log", "pos_a", "pos_b", "size_log",
}

// maxRank caps the rank features: past the sixth, rank says no more.
const maxRank = 6

// RankValue is the plain score the rank features compare: cosine, shared
// topic and the openings' bonus.
func (x *Cand) RankValue() float32 {
	var lead float32
	if x.Lead {
		lead = leadBonus
	}
	return min(cosineShare*x.Cos+topicShare*x.Topic+lead, 1)
}

// Ranked reports whether the candidate counts in the ranks of its row and
// column: it shares a feature and passes PairRead's first floor.
func (x *Cand) Ranked() bool {
	var lead float32
	if x.Lead {
		lead = leadBonus
	}
	return x.Shared > 0 && cosineShare*x.Cos+topicShare*x.TopicMax+lead >= phraseFloor
}

// Features writes the candidate's features (LinkFeatures) into dst, given
// how many ranked candidates of its row and of its column score more
// (RankValue) and those rows' and columns' best. (A candidate that is not
// ranked itself can score more than its row's best: its ratio is 1.)
func (x *Cand) Features(dst []float64, rowAbove, colAbove int, rowBest, colBest float32) []float64 {
	s := x.RankValue()
	one := x.Score == 0 && x.Cos-x.Top < restMin && !x.TopFull && !x.Rebuts
	return append(dst[:0],
		float64(x.Cos), float64(x.Topic), b2f(x.Lead), b2f(x.Rebuts), float64(x.Para), float64(x.Phrases),
		float64(x.Cos-x.Top), b2f(x.TopFull), math.Log1p(float64(x.Shared)), float64(x.SharedDat),
		b2f(x.DispA), b2f(x.DispB), b2f(x.Score > 0), float64(x.Score), b2f(one),
		float64(min(rowAbove, maxRank)), float64(min(colAbove, maxRank)),
		float64(s/max(rowBest, s, 1e-6)), float64(s/max(colBest, s, 1e-6)), b2f(rowAbove == 0 && colAbove == 0),
		math.Log1p(float64(x.LenA)), math.Log1p(float64(x.LenB)),
		float64(x.A)/float64(x.NA), float64(x.B)/float64(x.NB), math.Log(float64(x.NA)*float64(x.NB)))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// LinkModel is linkmodel.json: the fitted regression, the range of each
// feature in the fit and the least probability a gated link needs.
type LinkModel = logreg.BoundedFile

// Filter is a loaded link model.
type Filter struct{ b *logreg.Bounded }

// LoadFilter reads a link model; a file without one gives nil (no filter).
func LoadFilter(data []byte) (*Filter, error) {
	var lm LinkModel
	if err := json.Unmarshal(data, &lm); err != nil {
		return nil, err
	}
	b, err := logreg.LoadBounded(&lm, LinkFeatures, "link model")
	if b == nil || err != nil {
		return nil, err
	}
	return &Filter{b}, nil
}

// Prob is the probability the model gives a link of features x (clamped
// in place to the fit's range).
func (f *Filter) Prob(x []float64) float64 { return f.b.Prob(x) }

// Keeps reports whether a gated link of features x stays.
func (f *Filter) Keeps(x []float64) bool { return f == nil || f.Prob(x) >= f.b.Threshold }

//go:embed linkmodel.json
var linkModelJSON []byte

// EmbeddedFilter is the link filter of linkmodel.json (nil when it holds
// no model).
var EmbeddedFilter = sync.OnceValue(func() *Filter {
	f, err := LoadFilter(linkModelJSON)
	if err != nil {
		panic("align: embedded link model: " + err.Error()) // TestLinkModelLoads guards it
	}
	return f
})

// top6 is the six largest rank values of a row or column, largest first.
type top6 struct {
	v [maxRank]float32
	n uint8
}

func (t *top6) add(s float32) {
	k := int(t.n)
	if k == maxRank {
		if s <= t.v[k-1] {
			return
		}
		k--
	} else {
		t.n++
	}
	for k > 0 && t.v[k-1] < s {
		t.v[k] = t.v[k-1]
		k--
	}
	t.v[k] = s
}

// above is how many of the values (up to maxRank) are larger than s.
func (t *top6) above(s float32) int {
	n := 0
	for _, v := range t.v[:t.n] {
		if v > s {
			n++
		}
	}
	return n
}

func (t *top6) best() float32 {
	if t.n == 0 {
		return 0
	}
	return t.v[0]
}

// gatedCand is a candidate the hand-built gates pass, waiting for the
// filter: what it reads, the link it would be, and its row's ranks.
type gatedCand struct {
	Cand
	link     Link
	rank     float32 // the value it entered the row and column ranks with (RankValue)
	rowAbove int
	rowBest  float32
}

// filterLinks merges the chunks' column ranks, keeps the gated candidates
// the filter keeps, and caps each A passage to its aCap strongest; the
// links come out grouped by A passage, strongest first.
func filterLinks(gatedOf [][]gatedCand, colTops [][]top6, nb int, f *Filter) []Link {
	cols := make([]top6, nb)
	for _, ct := range colTops {
		for j := range ct {
			for _, v := range ct[j].v[:ct[j].n] {
				cols[j].add(v)
			}
		}
	}
	var out []Link
	x := make([]float64, 0, len(LinkFeatures))
	for _, gs := range gatedOf {
		for k := 0; k < len(gs); {
			var top5 [MaxLinks]Link
			nl := 0
			a := gs[k].A
			for ; k < len(gs) && gs[k].A == a; k++ {
				g := &gs[k]
				x = g.Features(x, g.rowAbove, cols[g.B].above(g.rank), g.rowBest, cols[g.B].best())
				if f.Keeps(x) {
					nl = keepLink(&top5, nl, aCap, g.link)
				}
			}
			out = append(out, top5[:nl]...)
		}
	}
	return out
}

// sharedItems reads the features two passage vectors share under the
// pair's weights g2: the largest share one feature has in their dot
// product (w_a · g2 · w_b) and that feature's id (-1 when none), how many
// they share, and how many of those are dates (none when date is nil).
func sharedItems(a, b []Fw, g2 []float32, date []bool) (float32, int32, int, int) {
	var top float32
	id := int32(-1)
	n, nd := 0, 0
	j := 0
	for _, e := range a {
		for j < len(b) && b[j].ID < e.ID {
			j++
		}
		if j == len(b) {
			break
		}
		if b[j].ID == e.ID {
			n++
			if date != nil && date[e.ID] {
				nd++
			}
			if p := e.W * g2[e.ID] * b[j].W; p > top {
				top, id = p, e.ID
			}
		}
	}
	return top, id, n, nd
}

package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomParaSet builds a paraSet of n words, stems from base on (no stem
// shared with a set of another base), each word in one of groups groups
// (held, not only reached), with weights drawn from levels (few levels:
// many equal weights, as words the background has not seen all weigh
// alike), and its bounds as paraTerms sets them.
func randomParaSet(r *rand.Rand, n int, base uint64, groups int, levels []float32) *paraSet {
	ps := &paraSet{}
	for i := range n {
		ps.w = append(ps.w, levels[r.IntN(len(levels))])
		ps.ids = append(ps.ids, (base+uint64(i))<<8|uint64(i))
		ps.groups = append(ps.groups, uint64(r.IntN(groups))<<1<<8|uint64(i))
	}
	slices.Sort(ps.groups)
	slices.Sort(ps.ids)
	ps.bounds()
	return ps
}

// TestParaBoundHoldsParaDot guards the skip in PairRead's bonus: a pair
// is not read for paraphrase when paraBound says it could not reach
// strongPara, so paraBound must be at least paraDot for every pair, to
// the last bit of float32 (a sum of products rounds otherwise than a
// product of sums), or a pair that reaches strongPara by a hair is lost.
func TestParaBoundHoldsParaDot(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var cand []paraCand
	for trial := range 20000 {
		levels := make([]float32, 1+r.IntN(3))
		for i := range levels {
			levels[i] = float32(r.Float64())
		}
		a := randomParaSet(r, 1+r.IntN(8), 1, 1+r.IntN(3), levels)
		b := randomParaSet(r, 1+r.IntN(8), 1000, 1+r.IntN(3), levels)
		var d float32
		d, cand = paraDot(a, b, cand)
		if bound := paraBound(a, b); bound < d {
			t.Fatalf("trial %d: paraBound %v < paraDot %v\na %+v\nb %+v", trial, bound, d, a, b)
		}
	}
}

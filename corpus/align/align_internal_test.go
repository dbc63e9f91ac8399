package align

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKeepTopMatchesSort: keepTop keeps the set a full sort by
// accumulated cosine keeps, ties included, and clears the others.
func TestKeepTopMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + r.IntN(60)
		k := 1 + r.IntN(n)
		levels := 1 + r.IntN(8) // few levels: many ties
		acc := make([]float32, 100)
		var touched []int32
		for _, j := range r.Perm(100)[:n] {
			acc[j] = float32(1+r.IntN(levels)) / 8
			touched = append(touched, int32(j))
		}
		want := slices.Clone(touched)
		slices.SortFunc(want, func(x, y int32) int { return cmp.Compare(acc[y], acc[x]) })
		want = want[:k]
		slices.Sort(want)
		wantAcc := slices.Clone(acc)

		got, _ := keepTop(slices.Clone(touched), acc, k, nil)
		got = slices.Clone(got)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (n=%d k=%d): kept %v, a full sort keeps %v", trial, n, k, got, want)
		}
		for j := range acc {
			if slices.Contains(want, int32(j)) != (acc[j] != 0) || acc[j] != 0 && acc[j] != wantAcc[j] {
				t.Fatalf("trial %d: accumulator %d is %v after keepTop", trial, j, acc[j])
			}
		}
	}
}

// TestKeepLinkMatchesSort: keepLink keeps the first maxLinks links of a
// sort by score, ties to the lower index, in that order.
func TestKeepLinkMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var all []Link
		for _, j := range r.Perm(40)[:r.IntN(40)] {
			all = append(all, Link{B: j, Score: float32(r.IntN(6))})
		}
		var top [MaxLinks]Link
		n := 0
		for _, l := range all {
			n = keepLink(&top, n, MaxLinks, l)
		}
		slices.SortFunc(all, func(x, y Link) int {
			if x.Score != y.Score {
				return cmp.Compare(y.Score, x.Score)
			}
			return cmp.Compare(x.B, y.B)
		})
		want := all[:min(len(all), MaxLinks)]
		if !slices.Equal(top[:n], want) {
			t.Fatalf("keepLink kept %v, want %v", top[:n], want)
		}
	}
}

// TestCommonDotMatchesPartialDot: the dense common share is bit for bit
// the merge of the two sorted vectors.
func TestCommonDotMatchesPartialDot(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		nfeat := 1 + r.IntN(60)
		df := make([]int32, nfeat)
		for i := range df {
			df[i] = int32(r.IntN(10))
		}
		vec := func() []Fw {
			var v []Fw
			for id := range nfeat {
				if r.IntN(3) == 0 {
					v = append(v, Fw{ID: int32(id), W: r.Float32()})
				}
			}
			return v
		}
		a, b := vec(), vec()
		var common []Fw
		for _, e := range a {
			if df[e.ID] > 5 {
				common = append(common, e)
			}
		}
		cs := commonParts([]*Vector{{Vec: b}}, df, 5)
		dense := make([]float32, cs.N)
		for _, e := range common {
			dense[cs.Compact[e.ID]] = e.W
		}
		if got, want := commonDot(dense, cs.Of(0)), partialDot(common, b); got != want {
			t.Fatalf("commonDot = %v, partialDot = %v", got, want)
		}
	}
}

// TestSortRawIsStable: sortRaw orders as a stable sort by hash, short
// lists and long.
func TestSortRawIsStable(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 500 {
		in := make([]rawFeat, r.IntN(300))
		for i := range in {
			in[i] = rawFeat{hash: r.Uint64() % 30, tok: int32(i)}
		}
		want := slices.Clone(in)
		slices.SortStableFunc(want, func(a, b rawFeat) int { return cmp.Compare(a.hash, b.hash) })
		got := slices.Clone(in)
		sortRaw(got)
		for i := range got {
			if got[i].hash != want[i].hash || got[i].tok != want[i].tok {
				t.Fatalf("len %d: at %d got %+v, want %+v", len(in), i, got[i], want[i])
			}
		}
	}
}

// TestItemTop guards the one-item gate's reading: the largest product of
// the weights of one feature both vectors have, under the pair's weight.
func TestItemTop(t *testing.T) {
	a := []Fw{{1, 0.5}, {3, 0.6}, {7, 0.2}}
	b := []Fw{{2, 0.9}, {3, 0.5}, {7, 0.8}}
	g2 := []float32{1, 1, 1, 0.5, 1, 1, 1, 1}
	// shared: 3 (0.6·0.5·0.5 = 0.15) and 7 (0.2·0.8 = 0.16)
	if got, id := itemTop(a, b, g2); math.Abs(float64(got)-0.16) > 1e-6 || id != 7 {
		t.Errorf("itemTop = %v, %d, want 0.16, 7", got, id)
	}
	if got, id := itemTop(a, []Fw{{2, 1}}, g2); got != 0 || id != -1 {
		t.Errorf("itemTop with nothing shared = %v, %d, want 0, -1", got, id)
	}
	if got := maxWeight(&Vector{Vec: b}); got != 0.9 {
		t.Errorf("maxWeight = %v, want 0.9", got)
	}
}

// TestLinkModelLoads guards the embedded link filter (linkmodel.json):
// it loads, and the features it reads are those the code computes.
func TestLinkModelLoads(t *testing.T) {
	f, err := LoadFilter(linkModelJSON)
	if err != nil {
		t.Fatal(err)
	}
	if f == nil {
		t.Fatal("linkmodel.json holds no model")
	}
	if f.b.Threshold <= 0 || f.b.Threshold >= 1 {
		t.Errorf("threshold %v", f.b.Threshold)
	}
}

// TestTop6 holds the rank reads to a plain count over every value.
func TestTop6(t *testing.T) {
	vals := []float32{0.3, 0.1, 0.5, 0.5, 0.2, 0.9, 0.05, 0.4, 0.3, 0.7}
	var tp top6
	for _, v := range vals {
		tp.add(v)
	}
	for _, s := range vals {
		n := 0
		for _, v := range vals {
			if v > s {
				n++
			}
		}
		if got := tp.above(s); got != min(n, maxRank) {
			t.Errorf("above(%v) = %d, want %d", s, got, min(n, maxRank))
		}
	}
	if tp.best() != 0.9 {
		t.Errorf("best %v", tp.best())
	}
}

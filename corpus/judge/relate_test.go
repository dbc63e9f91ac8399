package judge

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortEntriesSorts holds sortEntries to slices.Sort on entries like a
// passage's: hashes spread over all 64 bits, group ids in the high bits
// over a narrow range, repeats, and lengths on both sides of the counting
// pass's limits.
func TestSortEntriesSorts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		n := r.IntN(700)
		a := make([]uint64, n)
		mode := r.IntN(3) // one kind of entry, or (3) all kinds mixed
		if r.IntN(2) == 0 {
			mode = 3
		}
		for i := range a {
			kind := mode
			if mode == 3 {
				kind = r.IntN(3)
			}
			switch kind {
			case 0:
				a[i] = r.Uint64()
			case 1:
				a[i] = uint64(r.IntN(1<<17))<<33 | uint64(r.IntN(1<<10))<<1 | uint64(r.IntN(2))
			default:
				if i > 0 {
					a[i] = a[r.IntN(i)]
				}
			}
		}
		want := slices.Clone(a)
		slices.Sort(want)
		sortEntries(a)
		if !slices.Equal(a, want) {
			t.Fatalf("sortEntries of %d entries differs from slices.Sort", n)
		}
	}
}

package eval

import (
	"strconv"
	"testing"
)

func TestPartOfIsPinned(t *testing.T) {
	// Computed independently (FNV-1a 32 of the decimal id, mod 5, in
	// Python): the dev ids below 60. Changing the split would silently
	// change every reported figure, so it is pinned.
	dev := map[int]bool{6: true, 8: true, 12: true, 15: true, 18: true, 26: true, 28: true,
		33: true, 34: true, 39: true, 41: true, 44: true, 50: true, 55: true}
	for id := range 60 {
		want := Fit
		if dev[id] {
			want = Dev
		}
		if got := PartOf(id); got != want {
			t.Errorf("PartOf(%d) = %s, want %s", id, got, want)
		}
	}
}

func TestSplitShares(t *testing.T) {
	dev := 0
	const n = 5000
	for id := range n {
		if PartOf(id) == Dev {
			dev++
		}
	}
	if share := float64(dev) / n; share < 0.18 || share > 0.22 {
		t.Errorf("dev share of ids 0..%d = %.3f, want about 0.20", n-1, share)
	}
}

func TestSelectKeepsBodiesOnOneSide(t *testing.T) {
	var pairs []Pair
	for id := range 300 {
		for k := range 3 {
			pairs = append(pairs, Pair{Headline: strconv.Itoa(k), BodyID: id})
		}
	}
	fit, dev := Select(pairs, Fit), Select(pairs, Dev)
	if len(fit)+len(dev) != len(pairs) {
		t.Fatalf("fit %d + dev %d != %d", len(fit), len(dev), len(pairs))
	}
	seen := map[int]bool{}
	for _, p := range dev {
		seen[p.BodyID] = true
	}
	for _, p := range fit {
		if seen[p.BodyID] {
			t.Fatalf("body %d is in both parts", p.BodyID)
		}
	}
	again := Select(pairs, Dev)
	for i := range dev {
		if dev[i] != again[i] {
			t.Fatal("Select is not deterministic")
		}
	}
}

func TestSubset(t *testing.T) {
	pairs := make([]Pair, 10)
	for i := range pairs {
		pairs[i].BodyID = i
	}
	got := Subset(pairs, 4)
	want := []int{0, 2, 5, 7}
	for i, p := range got {
		if p.BodyID != want[i] {
			t.Fatalf("Subset(10, 4) = %v, want ids %v", got, want)
		}
	}
	if len(Subset(pairs, 0)) != 10 || len(Subset(pairs, 20)) != 10 {
		t.Error("Subset with n <= 0 or n >= len should return all")
	}
}

package main

import (
	"hash/fnv"
	"strconv"

	"github.com/parallax-reader/parallax/eval"
)

// Story-grouped validation.
//
// The FNC-1 split is by body, and a headline is paired with bodies on
// both sides of it, so a story's headlines are in the fit part and in
// the dev part alike. The competition test split holds other stories:
// a choice that learns a story's words looks good on a split by body
// and fails there. So every choice -val makes is scored on stories the
// fit never saw: a story is a connected group of headlines and bodies
// joined by related pairs (a headline and the bodies that speak to it,
// their other headlines, …), and each story falls wholly in one of
// folds folds, by a hash of its first headline.

// folds is how many story-grouped folds -val fits and scores.
const folds = 5

// storyFolds gives each pair the fold of its headline's story.
func storyFolds(pairs []eval.Pair) (fold []int, stories int) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if _, ok := parent[x]; !ok {
			parent[x] = x
		}
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	for _, p := range pairs {
		h := "h:" + p.Headline
		find(h)
		if p.Stance.Related() {
			union(h, "b:"+strconv.Itoa(p.BodyID))
		}
	}
	fold = make([]int, len(pairs))
	roots := map[string]bool{}
	for i, p := range pairs {
		r := find("h:" + p.Headline)
		roots[r] = true
		h := fnv.New64a()
		h.Write([]byte("story:" + r))
		fold[i] = int(h.Sum64() % folds)
	}
	return fold, len(roots)
}

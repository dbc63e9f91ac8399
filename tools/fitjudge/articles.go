package main

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/eval"
)

// articles chooses the gap in dispute density (judge.ReadArticle) above
// which the judge reads one article as disputing what the other reports.
// Body pairs of the FNC-1 fit part: for one headline, a body that agrees
// and one that disagrees are apart; two that agree are not (at most two
// pairs of each kind per headline, in a fixed order). It prints the
// share classified right at each gap, and the best.
func articles() error {
	data, err := loadFNC()
	if err != nil {
		return err
	}
	byH := map[string]map[eval.Label][]int{}
	for _, p := range eval.Select(data.Pairs, eval.Fit) {
		if p.Stance != eval.Agree && p.Stance != eval.Disagree {
			continue
		}
		if byH[p.Headline] == nil {
			byH[p.Headline] = map[eval.Label][]int{}
		}
		if !slices.Contains(byH[p.Headline][p.Stance], p.BodyID) {
			byH[p.Headline][p.Stance] = append(byH[p.Headline][p.Stance], p.BodyID)
		}
	}
	hs := make([]string, 0, len(byH))
	for h := range byH {
		hs = append(hs, h)
	}
	sort.Strings(hs)
	type pair struct {
		a, b  int
		apart bool
	}
	var pairs []pair
	seen := map[[2]int]bool{}
	add := func(a, b int, apart bool, n *int) {
		if *n < 2 && !seen[[2]int{a, b}] && !seen[[2]int{b, a}] {
			pairs = append(pairs, pair{a, b, apart})
			seen[[2]int{a, b}] = true
			*n++
		}
	}
	for _, h := range hs {
		ag, dg := byH[h][eval.Agree], byH[h][eval.Disagree]
		n := 0
		for _, a := range ag {
			for _, d := range dg {
				add(a, d, true, &n)
			}
		}
		n = 0
		for i := range ag {
			for k := i + 1; k < len(ag); k++ {
				add(ag[i], ag[k], false, &n)
			}
		}
	}
	arts := map[int]judge.Article{}
	var ids []int
	for _, p := range pairs {
		for _, id := range []int{p.a, p.b} {
			if _, ok := arts[id]; !ok {
				arts[id] = judge.Article{}
				ids = append(ids, id)
			}
		}
	}
	read := make([]judge.Article, len(ids))
	eval.Parallel(len(ids), 0, func(i int) {
		d, err := corpus.NewDocument(0, corpus.Source{Name: "body", Data: []byte(data.Bodies[ids[i]])})
		if err == nil {
			read[i] = corpus.ReadArticle(d)
		}
	})
	for i, id := range ids {
		arts[id] = read[i]
	}
	nApart := 0
	for _, p := range pairs {
		if p.apart {
			nApart++
		}
	}
	fmt.Printf("%d body pairs of the fit part: %d apart, %d not\n", len(pairs), nApart, len(pairs)-nApart)
	best, bestT, bestM := -1.0, 0.0, 0
	for m := 0; m <= 3; m++ {
		fmt.Printf("the other article's debunking sentences at most %d:\n", m)
		for t := 0.1; t <= 2.01; t += 0.1 {
			right, tp, fp := 0, 0, 0
			for _, p := range pairs {
				x, y := arts[p.a], arts[p.b]
				deb, other := x, y
				if y.Dispute > x.Dispute {
					deb, other = y, x
				}
				called := math.Abs(x.Dispute-y.Dispute) > t && deb.Sentences >= 2 && other.Sentences <= m
				if called == p.apart {
					right++
				}
				if called && p.apart {
					tp++
				} else if called {
					fp++
				}
			}
			acc := float64(right) / float64(len(pairs))
			fmt.Printf("  gap > %.1f: right %.3f, apart found %.3f, precision %.3f\n", t, acc, float64(tp)/float64(max(1, nApart)), float64(tp)/float64(max(1, tp+fp)))
			if acc > best+1e-9 {
				best, bestT, bestM = acc, t, m
			}
		}
	}
	fmt.Printf("best: gap %.1f, the other article at most %d debunking sentences (right %.3f); judge.articlesApart and judge.plainMost are the constants to set\n", bestT, bestM, best)
	return nil
}

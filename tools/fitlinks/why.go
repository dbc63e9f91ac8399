package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/eval"
)

// The steps of the selection a missed must link can die at (-why), in
// the order the engine applies them.
const (
	diesNotBody   = "not a body passage"
	diesNoShared  = "no shared item"
	diesUnderMin  = "under the least score"
	diesOneItem   = "one-item gate"
	diesFilter    = "learned filter"
	diesRowCap    = "cap of its A passage"
	diesColumnCap = "cap of its B passage"
)

// whyMissed lists every must link of the fit gold the engine misses, with
// the step of the selection that drops it (the engine's own filter, fitted
// on every pair, as Compare applies it), its score's parts and both
// passages, then a count per step, which it returns.
func whyMissed(w io.Writer, pairs []pairData) map[string]int {
	f := align.EmbeddedFilter()
	count := map[string]int{}
	var order []string
	for pi := range pairs {
		pd := &pairs[pi]
		if pd.cross {
			continue
		}
		keep := make([]bool, len(pd.cands))
		prob := make([]float64, len(pd.cands))
		byKey := map[[2]int]int{}
		for k, x := range align.FeatureRows(pd.cands) {
			byKey[[2]int{pd.cands[k].A, pd.cands[k].B}] = k
			if pd.cands[k].Score > 0 {
				prob[k] = f.Prob(x)
				keep[k] = f.Keeps(x)
			}
		}
		for _, l := range pd.gold {
			if l.Level != eval.Must {
				continue
			}
			x, okA := pd.ia[l.A]
			y, okB := pd.ib[l.B]
			key := [2]int{x, y}
			if okA && okB && pd.engine[key] {
				continue
			}
			step, detail := diesNotBody, ""
			if okA && okB {
				k := byKey[key]
				c := &pd.cands[k]
				step, detail = stepOf(pd, c, keep, k, prob[k])
			}
			if count[step] == 0 {
				order = append(order, step)
			}
			count[step]++
			fmt.Fprintf(w, "%s %d–%d [%s, %s] %s\n", pd.id, l.A, l.B, step, l.Verdict, detail)
			if okA && okB {
				fmt.Fprintf(w, "   A: %s\n   B: %s\n", clip(pd.ta[x]), clip(pd.tb[y]))
			}
		}
	}
	slices.Sort(order)
	for _, s := range order {
		fmt.Fprintf(w, "%-24s %d\n", s, count[s])
	}
	return count
}

// stepOf says where candidate k of a pair, a gold must link the engine
// does not keep, is dropped, and what its score holds.
func stepOf(pd *pairData, c *align.Cand, keep []bool, k int, prob float64) (string, string) {
	parts := fmt.Sprintf("cos %.3f rest %.3f topic %.3f lead %v para %.3f phrases %d shared %d plain %.3f",
		c.Cos, c.Cos-c.Top, c.Topic, c.Lead, c.Para, c.Phrases, c.Shared, c.RankValue())
	switch {
	case c.Shared == 0:
		return diesNoShared, parts
	case c.Score == 0:
		if _, one := c.GateAt(0.10); one {
			return diesOneItem, parts
		}
		return diesUnderMin, parts
	case !keep[k]:
		return diesFilter, fmt.Sprintf("p %.2f score %.3f %s", prob, c.Score, parts)
	}
	// Passed the filter: the caps. Which links of its row, and of its
	// column, the engine kept above it, and whether they are gold links.
	var row []string
	for kk := range pd.cands {
		o := &pd.cands[kk]
		if kk == k || !keep[kk] || o.A != c.A || o.Score < c.Score {
			continue
		}
		row = append(row, fmt.Sprintf("%.3f%s", o.Score, goldMark(pd, o)))
	}
	if len(row) >= aCap {
		return diesRowCap, fmt.Sprintf("score %.3f, above it in its row %s", c.Score, strings.Join(row, " "))
	}
	var col []string
	for kk := range pd.cands {
		if o := &pd.cands[kk]; o.B == c.B && pd.engine[[2]int{o.A, o.B}] {
			col = append(col, fmt.Sprintf("%.3f%s", o.Score, goldMark(pd, o)))
		}
	}
	return diesColumnCap, fmt.Sprintf("score %.3f, kept in its column %s", c.Score, strings.Join(col, " "))
}

// goldMark marks a competitor by its gold level (none: not a gold link).
func goldMark(pd *pairData, c *align.Cand) string {
	if lv, ok := pd.level[[2]int{c.A, c.B}]; ok {
		return "(" + lv + ")"
	}
	return "(none)"
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 260 {
		return string(r[:260]) + "…"
	}
	return s
}

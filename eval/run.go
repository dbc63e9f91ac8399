package eval

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus"
)

// The FNC-1 runner: every pair is one ordinary two-document comparison,
// corpus.Compare of a source named "headline" holding the headline against
// a source named "body" holding the article body, run in-process by a pool
// of one worker per processor. Identical (headline, body) rows are compared
// once, and each distinct body and headline is turned into bytes once and
// shared read-only by every comparison that uses it.

// Source names of the two sides of an FNC-1 comparison.
const (
	HeadlineName = "headline"
	BodyName     = "body"
)

// Sources returns the two sources compared for an FNC-1 pair.
func Sources(headline, body []byte) []corpus.Source {
	return []corpus.Source{{Name: HeadlineName, Data: headline}, {Name: BodyName, Data: body}}
}

// Outcome is what the runner keeps of one pair's comparison: the mapped
// value, or the error Compare returned.
type Outcome[T any] struct {
	Value T
	Err   error
}

// MapPairs compares every pair's headline against its body and returns,
// in the pairs' order, f of each comparison. f runs concurrently and must
// not keep the comparison. workers <= 0 means one per processor.
func MapPairs[T any](pairs []Pair, bodies map[int]string, workers int, f func(*corpus.Comparison) T) []Outcome[T] {
	type key struct {
		headline string
		body     int
	}
	// Distinct comparisons, in first-seen order, and each row's index into them.
	index := make(map[key]int, len(pairs))
	var jobs []key
	rowJob := make([]int, len(pairs))
	for i, p := range pairs {
		k := key{p.Headline, p.BodyID}
		j, ok := index[k]
		if !ok {
			j = len(jobs)
			index[k] = j
			jobs = append(jobs, k)
		}
		rowJob[i] = j
	}
	headlines := make(map[string][]byte)
	bodyBytes := make(map[int][]byte)
	for _, k := range jobs {
		if _, ok := headlines[k.headline]; !ok {
			headlines[k.headline] = []byte(k.headline)
		}
		if _, ok := bodyBytes[k.body]; !ok {
			bodyBytes[k.body] = []byte(bodies[k.body])
		}
	}

	results := make([]Outcome[T], len(jobs))
	Parallel(len(jobs), workers, func(j int) {
		k := jobs[j]
		c, err := corpus.Compare(Sources(headlines[k.headline], bodyBytes[k.body]))
		if err != nil {
			results[j].Err = err
			return
		}
		results[j].Value = f(c)
	})

	out := make([]Outcome[T], len(pairs))
	for i, j := range rowJob {
		out[i] = results[j]
	}
	return out
}

// Parallel calls f(i) for every i in [0, n), on workers goroutines that
// take the next index as they finish (workers <= 0: one per processor).
func Parallel(n, workers int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// FNCResult is the outcome of running the stance function over a set of
// pairs.
type FNCResult struct {
	Pairs     []Pair   // the pairs run, in order
	Predicted []Label  // the stance given to each
	Why       []string // the evidence behind each (Decide)
	Confusion Confusion
	Errors    int // comparisons that failed (counted as unrelated)
	FirstErr  error
}

// RunFNC gives every pair a stance with Stance (through Decide) and
// tallies it against the gold. A comparison that fails counts as unrelated
// and is reported in Errors.
func RunFNC(pairs []Pair, bodies map[int]string, workers int) *FNCResult {
	outs := MapPairs(pairs, bodies, workers, Decide)
	r := &FNCResult{Pairs: pairs, Predicted: make([]Label, len(pairs)), Why: make([]string, len(pairs))}
	for i, o := range outs {
		pred, why := o.Value.Label, o.Value.Why
		if o.Err != nil {
			pred, why = Unrelated, "comparison failed: "+o.Err.Error()
			if r.Errors++; r.FirstErr == nil {
				r.FirstErr = o.Err
			}
		}
		r.Predicted[i], r.Why[i] = pred, why
		r.Confusion.Add(pairs[i].Stance, pred)
	}
	return r
}

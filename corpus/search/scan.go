package search

import (
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// The fast path. Index.Search returns exactly Plain's top results, but
// touches far fewer texts, each more cheaply. In the order they were added
// (BenchmarkSteps measures each; the numbers are in the package's issue
// note):
//
//   - Only the k best are kept, in a heap per worker, instead of sorting
//     every match; a 64-bit mask of the bytes each text contains rejects
//     texts lacking a byte of the query without reading them.
//   - Texts are visited shortest first. The score of a text of folded length
//     L is at most bonusMax + fuzzyMax - terms·L (sahilm/fuzzy takes one
//     point per unmatched byte), so once the k-th best score found so far
//     beats that bound, no longer text can enter the top k and the scan
//     stops. The tier bonus is computed before fuzzy, and fuzzy is skipped
//     when the bonus plus the fuzzy bound cannot reach the k-th best: every
//     tier outweighs all fuzzy scores, so once the top k are in the best
//     tier present, fuzzy only runs on texts of that tier.
//   - fuzzyHop computes sahilm/fuzzy's score by jumping between occurrences
//     instead of decoding every rune: a few IndexByte calls per text. Two
//     bounds spare most texts even that: term.fuzzyBound, from the byte
//     pairs a text has (the adjacency bonus, which triples per adjacent
//     rune, needs them), and the bound fuzzyPath returns after finding only
//     the first-occurrence path.
//   - Per-text filters (filter.go) settle most tiers without reading the
//     text, and the rest are searched from the query's rarest byte; terms
//     are tried longest first and the bonus stops as soon as it cannot
//     reach the k-th best (what makes pasted phrases cheap).
//   - Per-text data is laid out in visiting order, so the scan streams
//     through memory (this was the largest single step: a scan that jumped
//     between texts spent most of its time waiting for cache misses).
//   - The texts are cut into chunks shared by GOMAXPROCS workers through an
//     atomic counter. Workers publish their k-th best score (each is a lower
//     bound of the global one) and the chunk where the scan can stop; they
//     read the shared score once per chunk, not once per text, since a
//     cache line other cores write is slow to read.
//   - A Searcher (searcher.go) reuses the previous keystroke's work.
//
// Pruning only drops texts whose bound is strictly below a score that k
// other texts reach, so the result is Plain's, ties included.

// hit is a scored text.
type hit struct {
	idx   int32
	score int64
}

// better reports whether a ranks before b: higher score, then lower index.
func better(a, b hit) bool {
	return a.score > b.score || a.score == b.score && a.idx < b.idx
}

// topK keeps the k best hits pushed, the worst of them at h[0].
type topK struct {
	h []hit
	k int
}

// floor returns the score a hit must reach to enter, or MinInt64 while the
// heap is not full.
func (t *topK) floor() int64 {
	if len(t.h) < t.k {
		return math.MinInt64
	}
	return t.h[0].score
}

// push offers x to the heap.
func (t *topK) push(x hit) {
	h := t.h
	if len(h) < t.k {
		h = append(h, x)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !better(h[p], h[i]) {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		t.h = h
		return
	}
	if !better(x, h[0]) {
		return
	}
	h[0] = x
	for i := 0; ; {
		w := i
		if l := 2*i + 1; l < len(h) && better(h[w], h[l]) {
			w = l
		}
		if r := 2*i + 2; r < len(h) && better(h[w], h[r]) {
			w = r
		}
		if w == i {
			break
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// chunkSize is how many texts a worker claims at a time.
const chunkSize = 256

// satSub returns a-b, saturating instead of wrapping around (need starts
// at math.MinInt64).
func satSub(a, b int64) int64 {
	d := a - b
	switch {
	case b > 0 && d > a:
		return math.MinInt64
	case b < 0 && d < a:
		return math.MaxInt64
	}
	return d
}

// raise sets a to max(a, v).
func raise(a *atomic.Int64, v int64) {
	for {
		old := a.Load()
		if v <= old || a.CompareAndSwap(old, v) {
			return
		}
	}
}

// lower sets a to min(a, v).
func lower(a *atomic.Int64, v int64) {
	for {
		old := a.Load()
		if v >= old || a.CompareAndSwap(old, v) {
			return
		}
	}
}

// What a scan learnt about a text, for a Searcher.
const (
	statusMaybe    = iota // not ruled out: every term may occur contiguously
	statusScatter         // some term has no contiguous occurrence
	statusRejected        // cannot match: some term is not even scattered
)

// scanOptions switch optimisations off, for the benchmarks that measure
// what each one buys. The zero value is what Search uses.
type scanOptions struct {
	workers      int  // 0: GOMAXPROCS
	libraryFuzzy bool // score with sahilm/fuzzy instead of fuzzyHop
	plainBonus   bool // tiers by looking at every occurrence, no filters
	noPrune      bool // score every text that passes the mask
}

// scanArgs describes one scan.
type scanArgs struct {
	ps       []int32 // positions to visit, ascending; nil means all
	k        int     // how many hits to keep
	floor    int64   // a score k texts are already known to reach
	bonusMax int64   // the largest bonus a text in ps can have
	status   bool    // record a status per visited position
	opt      scanOptions
}

// scan returns the k best texts among a.ps, best first, and, if asked, a
// status per entry of a.ps (statusMaybe for texts it did not visit).
func (ix *Index) scan(q *query, a scanArgs) ([]hit, []byte) {
	n := len(a.ps)
	if a.ps == nil {
		n = len(ix.ids)
	}
	chunks := (n + chunkSize - 1) / chunkSize
	workers := a.opt.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, chunks))
	var (
		next, stop, floor atomic.Int64
		status            []byte
	)
	stop.Store(int64(chunks))
	floor.Store(a.floor)
	if a.status {
		status = make([]byte, n)
	}
	nterms := int64(len(q.terms))
	tops := make([]topK, workers)
	work := func(w int) {
		top := &tops[w]
		top.k = a.k
		var paths [MaxTerms][]int32
		published := int64(math.MinInt64)
		for {
			c := next.Add(1) - 1
			if c >= stop.Load() {
				return
			}
			// The shared floor is read once per chunk and written only when
			// this worker's own floor rose: touching a cache line the other
			// cores write, once per text, costs more than the scan.
			need := max(floor.Load(), top.floor())
			if a.opt.noPrune {
				need = math.MinInt64
			}
			lo, hi := int(c)*chunkSize, min(int(c+1)*chunkSize, n)
			for x := lo; x < hi; x++ {
				p := int32(x)
				if a.ps != nil {
					p = a.ps[x]
				}
				s := ix.folded(p)
				bound := q.fuzzyMax - nterms*int64(len(s))
				if a.bonusMax+bound < need {
					// Every later text is at least as long.
					lower(&stop, c+1)
					break
				}
				f := &ix.filt[p]
				if f.mask&q.mask != q.mask {
					if status != nil {
						status[x] = statusRejected
					}
					continue
				}
				var b int64
				var all bool
				if a.opt.plainBonus {
					b, all = q.bonus(s)
				} else {
					b, all = q.fastBonus(s, f, satSub(need, bound))
				}
				if status != nil && !all {
					status[x] = statusScatter
				}
				if b+bound < need {
					continue
				}
				if !a.opt.libraryFuzzy {
					ub := b
					for t := range q.terms {
						ub += q.terms[t].fuzzyBound(f, len(s))
					}
					if ub < need {
						continue
					}
				}
				score, ok := b, true
				if a.opt.libraryFuzzy {
					for t := range q.terms {
						fz, matched := libraryScore(q.terms[t].s, s)
						ok = ok && matched
						score += fz
					}
				} else {
					// First the paths and a bound, then, if the bound can
					// still make the top k, the exact score.
					for t := range q.terms {
						var ub int64
						paths[t], ub, ok = fuzzyPath(q.terms[t].s, s, f.starts, paths[t][:0])
						if !ok {
							break
						}
						score += ub
					}
					if ok && score < need {
						continue
					}
					score = b
					for t := range q.terms {
						if ok {
							score += fuzzyScore(q.terms[t].s, s, f.starts, paths[t])
						}
					}
				}
				if !ok {
					if status != nil {
						status[x] = statusRejected
					}
					continue
				}
				top.push(hit{idx: ix.ids[p], score: score})
				if !a.opt.noPrune {
					need = max(need, top.floor())
				}
			}
			if f := top.floor(); f > published {
				raise(&floor, f)
				published = f
			}
		}
	}
	if workers == 1 {
		work(0)
	} else {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() { work(w) })
		}
		wg.Wait()
	}
	var hits []hit
	for _, t := range tops {
		hits = append(hits, t.h...)
	}
	return best(hits, a.k), status
}

// best sorts hits best first and keeps the first k.
func best(hits []hit, k int) []hit {
	slices.SortFunc(hits, func(a, b hit) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

package search

import (
	"math"
	"strings"
	"sync"
)

// Searcher runs one query after another against an Index, as a search box
// does on every keystroke, and reuses what the previous scan learnt when
// the new query only narrows it: every previous term is contained in some
// new term (letters or words were added). Its results are always exactly
// Index.Search's.
//
// What carries over is not the set of matching texts (prose is long enough
// that most passages contain the letters of a word scattered, so that set
// hardly shrinks) but the split between texts where every term may occur
// contiguously and texts where some term does not (it cannot occur once
// the term has grown either). The second group is worth at least one term
// tier less, so once the first yields k results it is skipped whole.
//
// A Searcher is safe for concurrent use; calls run one at a time.
type Searcher struct {
	ix *Index

	mu    sync.Mutex
	terms []string // the previous query's terms, nil before the first
	// maybe holds the positions where every previous term may occur
	// contiguously, scatter those where some term does not but the text
	// may still match; both ascending. The rest cannot match.
	maybe, scatter []int32
}

// NewSearcher returns a Searcher over ix.
func (ix *Index) NewSearcher() *Searcher { return &Searcher{ix: ix} }

// Search is Index.Search, faster when query narrows the previous query.
func (s *Searcher) Search(query string, limit int) []Match {
	ix := s.ix
	q := parseQuery(query, &ix.freq)
	if len(q.terms) == 0 || limit <= 0 || len(ix.texts) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	maybe, scatter := []int32(nil), []int32(nil)
	if s.terms != nil && narrows(s.terms, q.terms) {
		maybe, scatter = s.maybe, s.scatter
	}
	hits, st := ix.scan(&q, scanArgs{ps: maybe, k: limit, floor: math.MinInt64, bonusMax: q.bonusMax, status: true})
	// A text in scatter has some term without a contiguous occurrence:
	// that term's tier is 0, and the phrase's too.
	bonusMax := q.bonusMax - tierWord*TermUnit
	if q.phrase {
		bonusMax -= tierWord * PhraseUnit
	}
	floor := int64(math.MinInt64)
	if len(hits) == limit {
		floor = hits[limit-1].score
	}
	var st2 []byte
	if len(scatter) > 0 {
		shortest := int64(len(ix.folded(scatter[0])))
		if bonusMax+q.fuzzyMax-int64(len(q.terms))*shortest >= floor {
			var more []hit
			more, st2 = ix.scan(&q, scanArgs{ps: scatter, k: limit, floor: floor, bonusMax: bonusMax, status: true})
			hits = best(append(hits, more...), limit)
		}
	}
	s.remember(&q, maybe, st, scatter, st2)
	return ix.matches(&q, hits)
}

// remember keeps what the scans learnt for the next query: st is the status
// of each entry of maybe (nil: all positions), st2 of scatter (nil: not
// scanned).
func (s *Searcher) remember(q *query, maybe []int32, st []byte, scatter []int32, st2 []byte) {
	s.terms = s.terms[:0]
	for _, t := range q.terms {
		s.terms = append(s.terms, t.s)
	}
	pos := func(ps []int32, x int) int32 {
		if ps == nil {
			return int32(x)
		}
		return ps[x]
	}
	// newMaybe must not be nil: nil means all positions.
	newMaybe := make([]int32, 0, len(st)/4)
	var fromMaybe, fromScatter []int32
	for x, v := range st {
		switch v {
		case statusMaybe:
			newMaybe = append(newMaybe, pos(maybe, x))
		case statusScatter:
			fromMaybe = append(fromMaybe, pos(maybe, x))
		}
	}
	if st2 == nil {
		fromScatter = scatter
	} else {
		for x, v := range st2 {
			if v != statusRejected {
				fromScatter = append(fromScatter, scatter[x])
			}
		}
	}
	s.maybe, s.scatter = newMaybe, mergeSorted(fromMaybe, fromScatter)
}

// narrows reports whether every previous term is contained in a new term,
// so that a text the new query matches (contiguously or not) also matched
// the previous one the same way.
func narrows(prev []string, terms []term) bool {
	for _, p := range prev {
		found := false
		for i := range terms {
			if strings.Contains(terms[i].s, p) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// mergeSorted merges two ascending lists.
func mergeSorted(a, b []int32) []int32 {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

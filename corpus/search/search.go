// Package search ranks passages of prose against a query typed into a
// search box, with github.com/sahilm/fuzzy at its core, and returns the byte
// positions of the matched characters for a UI to highlight.
//
//	ix := search.New(texts)         // once: folds and indexes every text
//	sr := ix.NewSearcher()          // one per search box
//	ms := sr.Search("peskov w", 50) // per keystroke, in a tea.Cmd
//	// ms[i].Index indexes texts; ms[i].Positions are byte offsets in it
//
// New folds every text once (case, quotes, dashes, compatibility forms,
// accents, whitespace; see Fold) into an immutable Index. Index.Search ranks
// the texts for one query; a Searcher does the same but reuses what the
// previous query learnt when the new one only grew, as it does while typing.
// Plain computes the same ranking the obvious way and is the reference the
// fast paths are tested and benchmarked against: they return exactly its
// results. The scoring rules are described at the top of score.go, the fast
// path in scan.go.
//
// Queries are untrusted input: they are folded like the texts (control
// bytes and NULs become spaces), matched literally (no pattern syntax), and
// cut to bounded work (MaxQueryBytes, MaxTerms, MaxTermRunes). A query with
// nothing left after folding returns no matches.
//
// The package is pure: no terminal libraries, no I/O, no dependency on the
// rest of parallax.
package search

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Index holds the folded texts. It is immutable after New and safe for
// concurrent use.
//
// Everything per text is stored by rank of folded length ("position"),
// shortest first, because that is the order the scan visits them in: the
// scan then reads memory front to back instead of jumping around.
type Index struct {
	texts []string    // the originals, by index, for positions
	ids   []int32     // ids[p] is the index of the text at position p
	buf   string      // the folded texts, by position, concatenated
	start []int       // the folded text at position p is buf[start[p]:start[p+1]]
	filt  []filters   // by position, see filter.go
	freq  [256]uint32 // how often each byte occurs in the folded texts
}

// Match is one ranked text.
type Match struct {
	// Index is the position of the text in the slice given to New.
	Index int
	// Score orders matches, higher first; see score.go for what it adds up.
	Score int64
	// Positions are the byte offsets into the original text of the matched
	// characters, ascending and each the start of a rune (an invalid byte
	// counts as a rune of its own, as in a range loop). A contiguous match
	// of the phrase or a term reports the whole occurrence except spaces;
	// a scattered match reports the characters fuzzy picked.
	Positions []int
}

// New folds texts into an Index, using all cores. It keeps texts for
// computing positions; the caller must not change them.
func New(texts []string) *Index {
	n := len(texts)
	// Fold in parallel, each worker into its own buffer.
	type part struct {
		buf  []byte
		end  []int // end offsets in buf, per text of the part
		filt []filters
		freq [256]uint32
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), n/1024))
	per := (n + workers - 1) / workers
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			pt := &parts[w]
			mine := texts[min(n, w*per):min(n, (w+1)*per)]
			size := 0
			for _, t := range mine {
				size += len(t)
			}
			// Folding rarely grows a text; collapsed spaces usually shrink it.
			f := folder{dst: make([]byte, 0, size+size/16)}
			pt.end = make([]int, 0, len(mine))
			pt.filt = make([]filters, 0, len(mine))
			for _, t := range mine {
				begin := len(f.dst)
				f.space = false
				f.fold(t)
				s := f.dst[begin:]
				pt.end = append(pt.end, len(f.dst))
				pt.filt = append(pt.filt, newFilters(s))
				for _, c := range s {
					pt.freq[c]++
				}
			}
			pt.buf = f.dst
		})
	}
	wg.Wait()
	folded := func(i int32) []byte {
		pt, k := &parts[int(i)/per], int(i)%per
		begin := 0
		if k > 0 {
			begin = pt.end[k-1]
		}
		return pt.buf[begin:pt.end[k]]
	}
	ix := &Index{
		texts: texts,
		ids:   make([]int32, n),
		start: make([]int, n+1),
		filt:  make([]filters, n),
	}
	total := 0
	for i := range ix.ids {
		ix.ids[i] = int32(i)
	}
	for w := range parts {
		total += len(parts[w].buf)
		for c, k := range parts[w].freq {
			ix.freq[c] += k
		}
	}
	slices.SortStableFunc(ix.ids, func(a, b int32) int { return len(folded(a)) - len(folded(b)) })
	var b strings.Builder
	b.Grow(total)
	for p, i := range ix.ids {
		b.Write(folded(i))
		ix.start[p+1] = b.Len()
		ix.filt[p] = parts[int(i)/per].filt[int(i)%per]
	}
	ix.buf = b.String()
	return ix
}

// Len returns the number of texts.
func (ix *Index) Len() int { return len(ix.texts) }

// folded returns the folded text at position p.
func (ix *Index) folded(p int32) string { return ix.buf[ix.start[p]:ix.start[p+1]] }

// all returns all positions, for a full scan.
func (ix *Index) all() []int32 {
	ps := make([]int32, len(ix.ids))
	for p := range ps {
		ps[p] = int32(p)
	}
	return ps
}

// Search returns the best limit texts for query, best first, equal scores
// in index order. An empty query (nothing left after folding, e.g. only
// spaces) and limit <= 0 return nil: there is no useful order for "all".
func (ix *Index) Search(query string, limit int) []Match {
	q := parseQuery(query, &ix.freq)
	if len(q.terms) == 0 || limit <= 0 || len(ix.texts) == 0 {
		return nil
	}
	hits, _ := ix.scan(&q, scanArgs{k: limit, floor: math.MinInt64, bonusMax: q.bonusMax})
	return ix.matches(&q, hits)
}

// Plain is Index.Search computed the plain way, as a reference: fuzzy.Find
// of every term over every folded text, the bonuses of every text that
// matched all terms, a full sort. It returns the same matches as Search.
func (ix *Index) Plain(query string, limit int) []Match {
	q := parseQuery(query, &ix.freq)
	if len(q.terms) == 0 || limit <= 0 || len(ix.texts) == 0 {
		return nil
	}
	folded := make([]string, len(ix.texts))
	for p, i := range ix.ids {
		folded[i] = ix.folded(int32(p))
	}
	sum := make([]int64, len(folded))
	count := make([]int, len(folded))
	for _, t := range q.terms {
		for _, m := range fuzzy.FindNoSort(t.s, folded) {
			sum[m.Index] += int64(m.Score)
			count[m.Index]++
		}
	}
	var hits []hit
	for i, s := range folded {
		if count[i] == len(q.terms) {
			b, _ := q.bonus(s)
			hits = append(hits, hit{idx: int32(i), score: sum[i] + b})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return ix.matches(&q, hits)
}

// Plain ranks texts against query the plain way; see Index.Plain.
func Plain(texts []string, query string, limit int) []Match {
	return New(texts).Plain(query, limit)
}

// matches turns ranked hits into Matches with positions.
func (ix *Index) matches(q *query, hits []hit) []Match {
	if len(hits) == 0 {
		return nil
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{Index: int(h.idx), Score: h.score, Positions: ix.positions(q, h.idx)}
	}
	return out
}

// positions returns the original byte offsets of what q matched in text i:
// the phrase occurrence if the phrase occurs, else for each term its best
// contiguous occurrence or, failing that, fuzzy's scattered picks.
func (ix *Index) positions(q *query, i int32) []int {
	s, offs := foldMapped(ix.texts[i])
	var at []int // rune starts in s
	span := func(p, n int) {
		for j := p; j < p+n; {
			_, size := utf8.DecodeRuneInString(s[j:])
			if s[j] != ' ' {
				at = append(at, j)
			}
			j += size
		}
	}
	if q.phrase {
		if p, _ := occurrence(s, q.text.s); p >= 0 {
			span(p, len(q.text.s))
		}
	}
	if at == nil {
		for _, t := range q.terms {
			if p, _ := occurrence(s, t.s); p >= 0 {
				span(p, len(t.s))
			} else if m := fuzzy.Find(t.s, []string{s}); len(m) > 0 {
				at = append(at, m[0].MatchedIndexes...)
			}
		}
	}
	pos := make([]int, len(at))
	for k, j := range at {
		pos[k] = int(offs[j])
	}
	slices.Sort(pos)
	return slices.Compact(pos)
}

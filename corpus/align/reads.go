package align

import (
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/features"
)

// Reads holds what Pair reads of the passages of one document whatever
// the other document is: each passage's phrases and its words for
// paraphrase, and in how many of the document's passages each phrase
// occurs. Each is read when first needed, once, so a document aligned
// with nineteen others has them read once rather than nineteen times
// (at twenty sources × 500 passages, reading them again per pair was
// a third of the comparison's CPU). The results are those of reading
// them per pair: they depend on the passage alone.
//
// A Reads is safe for concurrent use.
type Reads struct {
	f    []*features.Passage
	v    []*Vector
	keep bool // keep every passage's phrases once counted (shared by many pairs)

	dfOnce sync.Once
	df     map[uint64]int32 // phrase → passages of the document using it

	phr []atomic.Pointer[[]uint64]
	par []atomic.Pointer[paraSet]
}

// NewReads returns the Reads of a document's body passages f and their
// vectors v (once BuildModel has run). With keep, the phrases of every
// passage are kept once the document's phrases are counted: for a
// document in several pairs, where most of them are read again; without,
// only those a pair reads are kept, as the two documents of a lone pair
// read few.
func NewReads(f []*features.Passage, v []*Vector, keep bool) *Reads {
	return &Reads{f: f, v: v, keep: keep,
		phr: make([]atomic.Pointer[[]uint64], len(f)),
		par: make([]atomic.Pointer[paraSet], len(f))}
}

// phraseDF counts, once, in how many of the document's passages each
// phrase occurs.
func (r *Reads) phraseDF() map[uint64]int32 {
	r.dfOnce.Do(func() {
		df := make(map[uint64]int32)
		var buf []uint64
		for k, f := range r.f {
			var ps []uint64
			if p := r.phr[k].Load(); p != nil {
				ps = *p
			} else {
				buf = passagePairs(f, r.v[k], buf)
				ps = buf
				if r.keep {
					x := append([]uint64(nil), buf...)
					r.phr[k].Store(&x)
				}
			}
			for _, h := range ps {
				df[h]++
			}
		}
		r.df = df
	})
	return r.df
}

// phrases returns passage k's phrases (passagePairs), read when first
// asked for. Two workers may read them at once: the same result.
func (r *Reads) phrases(k int) []uint64 {
	if p := r.phr[k].Load(); p != nil {
		return *p
	}
	x := passagePairs(r.f[k], r.v[k], nil)
	r.phr[k].Store(&x)
	return x
}

// para returns passage k's words for paraphrase (paraTerms), read when
// first asked for.
func (r *Reads) para(k int) *paraSet {
	if p := r.par[k].Load(); p != nil {
		return p
	}
	p, _ := paraTerms(r.f[k], r.v[k], nil)
	r.par[k].Store(p)
	return p
}

package align

import (
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
)

// Reads holds what Pair reads of the passages of one document whatever
// the other document is: each passage's phrases and its words for
// paraphrase, and in how many of the document's passages each phrase
// occurs. Each is read when first needed, once, so a document aligned
// with nineteen others has them read once rather than nineteen times
// (at twenty sources × 500 passages, reading them again per pair was
// a third of the comparison's CPU). The results are those of reading
// them per pair: they depend on the passage alone, except the common
// features and largest weights (commonOf), which depend on the model's
// document frequencies too: a Reads serves the pairs of one model, whose
// vectors its passages' vectors are (Compare builds one of each).
//
// A Reads is safe for concurrent use.
type Reads struct {
	f    []*features.Passage
	v    []*Vector
	keep bool // keep every passage's phrases once counted (shared by many pairs)

	dfOnce sync.Once
	df     map[uint64]int32 // phrase → passages of the document using it

	phr []atomic.Pointer[phraseList]
	par []atomic.Pointer[paraSet]

	dispOnce sync.Once
	disp     []bool  // per passage: it disputes (see disputes.go)
	untrue   float64 // the share of passages that call a report untrue

	// What PairRead reads of the document as the pair's B side and as
	// its A side, whatever the other document: read once.
	commonOnce sync.Once
	common     *commonSets // the passages' common features (commonParts)
	maxW       []float32   // each passage's largest weight (maxWeight)
	hasOnce    sync.Once
	has        []bool // the features the document's passages hold (presence)
}

// phraseList is a passage's phrases (passagePairs), sorted, and in how
// many of its document's passages each occurs: df is filled for phrases
// kept for many pairs; for others (nil) the document's map is read for
// the few phrases a pair shares.
type phraseList struct {
	ph []uint64
	df []int32
}

// dfOf is in how many of the document's passages phrase i of l occurs.
func (l *phraseList) dfOf(i int, df map[uint64]int32) int32 {
	if l.df != nil {
		return l.df[i]
	}
	return df[l.ph[i]]
}

// NewReads returns the Reads of a document's body passages f and their
// vectors v (once BuildModel has run). With keep, the phrases of every
// passage are kept once the document's phrases are counted: for a
// document in several pairs, where most of them are read again; without,
// only those a pair reads are kept, as the two documents of a lone pair
// read few.
func NewReads(f []*features.Passage, v []*Vector, keep bool) *Reads {
	return &Reads{f: f, v: v, keep: keep,
		phr: make([]atomic.Pointer[phraseList], len(f)),
		par: make([]atomic.Pointer[paraSet], len(f))}
}

// phraseDF counts, once, in how many of the document's passages each
// phrase occurs; with keep, it keeps every passage's phrases with their
// counts. The phrases are listed first, so that the map is made once at
// its size rather than grown.
func (r *Reads) phraseDF() {
	r.dfOnce.Do(func() {
		var flat, buf []uint64 // every passage's phrases; passage k's are flat[off[k]:off[k+1]]
		off := make([]int, len(r.f)+1)
		for k, f := range r.f {
			buf = passagePairs(f, r.v[k], buf)
			flat = append(flat, buf...)
			off[k+1] = len(flat)
		}
		df := make(map[uint64]int32, len(flat))
		for _, h := range flat {
			df[h]++
		}
		r.df = df
		if !r.keep {
			return
		}
		counts := make([]int32, len(flat))
		for i, h := range flat {
			counts[i] = df[h]
		}
		for k := range r.f {
			lo, hi := off[k], off[k+1]
			r.phr[k].Store(&phraseList{ph: flat[lo:hi:hi], df: counts[lo:hi:hi]})
		}
	})
}

// ReadPhrases counts the phrases of every document of rs (phraseDF) at
// once, a document per worker, each once however many pairs ask
// (dfOnce). PairRead asks for its two documents (alignPairs, which aligns
// the pairs one per processor, does not call it): the second is counted
// beside the first rather than after it.
func ReadPhrases(rs ...*Reads) {
	if phraseBonus <= 0 {
		return
	}
	parallel.Each(len(rs), func(i int) { rs[i].phraseDF() })
}

// phrases returns passage k's phrases and their counts in the document,
// read when first asked for, once phraseDF has run. Two workers may read
// them at once: the same result.
func (r *Reads) phrases(k int) *phraseList {
	if p := r.phr[k].Load(); p != nil {
		return p
	}
	l := &phraseList{ph: passagePairs(r.f[k], r.v[k], nil)}
	r.phr[k].Store(l)
	return l
}

// phrasesTo is phrases for a passage read by one worker once (a passage
// of the pair's A side): unless they are kept already, they are read into
// scratch, which the caller reuses, and not kept.
func (r *Reads) phrasesTo(k int, scratch *phraseList) *phraseList {
	if p := r.phr[k].Load(); p != nil {
		return p
	}
	scratch.ph = passagePairs(r.f[k], r.v[k], scratch.ph)
	return scratch
}

// disputing returns, per passage, whether it disputes (disputes), read
// once.
func (r *Reads) disputing() []bool {
	r.dispOnce.Do(func() {
		r.disp = make([]bool, len(r.f))
		n := 0
		for k, f := range r.f {
			u := callsUntrue(f)
			r.disp[k] = u || correction(f)
			if u {
				n++
			}
		}
		r.untrue = float64(n) / float64(max(1, len(r.f)))
	})
	return r.disp
}

// untrueShare is the share of the document's passages that call a report
// untrue.
func (r *Reads) untrueShare() float64 {
	r.disputing()
	return r.untrue
}

// para returns passage k's words for paraphrase (paraTerms), read when
// first asked for.
func (r *Reads) para(k int) *paraSet {
	if p := r.par[k].Load(); p != nil {
		return p
	}
	p := paraTerms(r.f[k], r.v[k])
	r.par[k].Store(p)
	return p
}

// commonOf returns the common features of the document's passages
// (commonParts, over model's document frequencies and the limit) and each
// passage's largest weight, read once: model and limit are those of every
// pair the document is in.
func (r *Reads) commonOf(model *Model, limit int32) (*commonSets, []float32) {
	r.commonOnce.Do(func() {
		r.common = commonParts(r.v, model.df, limit)
		r.maxW = make([]float32, len(r.v))
		for j, v := range r.v {
			r.maxW[j] = maxWeight(v)
		}
	})
	return r.common, r.maxW
}

// presence returns which of the nfeat features the document's passages
// hold (presence), read once.
func (r *Reads) presence(nfeat int) []bool {
	r.hasOnce.Do(func() { r.has = presence(r.v, nfeat) })
	return r.has
}

package stance

import (
	"cmp"
	"math"
	"slices"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// The signals, in the order of a feature vector. Their names are the
// columns of the fitted model (model.json); Load refuses a model whose
// columns differ.
const (
	fCosDoc            = iota // cosine of the claim and the whole document
	fCosBest                  // cosine of the claim and its closest sentence
	fCosTop3                  // mean cosine of the three closest sentences
	fCover                    // share of the claim's weight whose words the document uses
	fCoverSyn                 // share met only through a synonym or close relation
	fCoverBest                // share the closest sentence uses
	fNames                    // share of the claim's names the document names
	fNumbers                  // share of the claim's counts the document gives compatibly
	fBigrams                  // log(1 + claim word pairs the document repeats)
	fRefuteDoc                // refuting cues per ten sentences, log
	fRefuteTop                // refuting cues in the closest sentences, log
	fRefuteTopCos             // fRefuteTop × fCosBest: a debunk of this very claim
	fHedgeDoc                 // hedging cues per ten sentences, log
	fHedgeTop                 // hedging cues in the closest sentences, log
	fSupportTop               // vouching cues in the closest sentences, log
	fNegTop                   // negations in the closest sentences, log
	fClaimRefute              // the claim itself calls something untrue
	fClaimNeg                 // the claim negates
	fClaimHedge               // the claim hedges, or asks
	fNegMismatch              // one of the claim and its closest sentence negates
	fRefuteBoth               // fRefuteTop × fClaimRefute: a debunk of a debunk agrees
	fRefuteLead               // refuting cues in the document's first three sentences, log
	fRefuteSoft               // refuting cues per sentence, weighted by each sentence's cosine with the claim
	fHedgeSoft                // hedging cues per sentence, weighted the same way
	fDocLen                   // log(1 + sentences)
	fRefuteXClaimRef          // fRefuteDoc × fClaimRefute
	fClaimRefNoRefute         // the claim calls something untrue, the document uses no refuting cue
	fRefuteXClaimPlain        // fRefuteSoft × (1 − fClaimRefute): the document refutes near a plain claim
	fDebunkDoc                // debunking cues (words/debunk.txt) per ten sentences, log
	fDebunkXClaimPlain        // fDebunkDoc × (1 − fClaimRefute): the document debunks, the claim asserts
	fClaimSays                // the claim is put in someone's mouth ("says", "told", "reports")
	fClaimPlain               // the claim asserts in its own voice: it neither says who says it, hedges, asks, negates nor calls anything untrue
	fDebunkXAssert            // fDebunkDoc × fClaimPlain: the document debunks what the claim plainly asserts
	fAttribTop                // attributions ("said", "according to": words/attribution.txt) in the closest sentences, log
	fAttribDoc                // attributions per ten sentences, log
	fCarrierPlain             // the share of the claim the carrying sentence says, when it says it in the document's own voice (voice.go)
	fLeadPlain                // the same of the first sentence
	fPlainMax                 // the most of the claim any one sentence says in the document's own voice
	nFeatures
)

// FeatureNames are the model's columns, in order.
var FeatureNames = [nFeatures]string{
	"cos_doc", "cos_best", "cos_top3", "cover", "cover_syn", "cover_best",
	"names", "numbers", "bigrams",
	"refute_doc", "refute_top", "refute_top_x_cos", "hedge_doc", "hedge_top",
	"support_top", "neg_top", "claim_refute", "claim_neg", "claim_hedge",
	"neg_mismatch", "refute_both", "refute_lead", "refute_soft", "hedge_soft", "doc_len",
	"refute_x_claimref", "claimref_norefute", "refute_x_claimplain",
	"debunk_doc", "debunk_x_claimplain",
	"claim_says", "claim_plain", "debunk_x_assert",
	"attrib_top", "attrib_doc",
	"carrier_plain", "lead_plain", "plain_max",
}

// Signals is what the model reads from a claim and a document, and what
// the reasons quote.
type Signals struct {
	X       [nFeatures]float64
	Best    int // index of the document passage holding the closest sentence, or -1
	BestSen int // index of that sentence within its passage
	// Carrier is the index of the document passage holding the sentence
	// that covers most of the claim's weight (the first of a tie, a
	// denial first), or -1: the passage that carries the stance.
	Carrier int
	// CoverSent is the share of the claim's weight that the carrier's
	// sentence uses, word for word or through WordNet.
	CoverSent float64
	// Denied tells that a sentence covering that much reports a denial of
	// the claim (words/deny.txt before the claim's words).
	Denied bool
	// Stems is how many content words the claim has, Words the most of
	// them one sentence of the document says, DocWords how many the
	// whole document says (voice.go).
	Stems, Words, DocWords int
	// Headline is the share of the claim's weight the document's headline
	// says in its own voice (ReadHeadline; 0 when it attributes, hedges,
	// negates or asks).
	Headline float64
	// Negated tells that the carrying sentence negates the claim.
	Negated bool
	head    *features.Passage // the headline ReadHeadline read
	Shared  []string          // the claim's words the document uses, heaviest first
	Cues    []cueMatch        // refuting, hedging and vouching words found in the closest sentences
}

// cueMatch is one cue found in a document passage.
type cueMatch struct {
	Passage    int
	Start, End int32
	List       string // "refute", "hedge", "support"
}

// vec is a sparse term vector keyed by stem.
type vec map[string]float64

// keys lists the stems of v in order: every sum over a vector runs in this
// order, so that the same input gives the same bits (a sum in map order
// differs in its last digits from run to run).
func (v vec) keys() []string {
	ks := make([]string, 0, len(v))
	for k := range v {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// sentence is one sentence of the document, with where it came from.
type sentence struct {
	passage, index int
	toks           []lexicon.Token
	v              vec
	norm           float64
}

// claimTerms weights the claim's content words: log term frequency times
// the background IDF, so that a pair scores the same whatever else is open.
func weigh(toks []lexicon.Token) vec {
	v := vec{}
	for i := range toks {
		if s := toks[i].Stem(); s != "" {
			v[s]++
		}
	}
	for s, tf := range v {
		v[s] = (1 + math.Log(tf)) * float64(background.IDF(s))
	}
	return v
}

func (v vec) norm() float64 {
	var n float64
	for _, k := range v.keys() {
		x := v[k]
		n += x * x
	}
	return math.Sqrt(n)
}

func cosine(a vec, na float64, b vec, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	var d float64
	for _, k := range a.keys() {
		x := a[k]
		d += x * b[k]
	}
	return d / (na * nb)
}

// Read computes the signals of the document doc (its body passages'
// features) about the claim (its features, as one passage).
func Read(claim *features.Passage, doc []*features.Passage) Signals {
	var s Signals
	s.Best, s.BestSen, s.Carrier = -1, -1, -1
	cv := weigh(claim.Toks)
	cn := cv.norm()

	sents, whole := sentencesOf(doc)
	s.X[fCosDoc] = cosine(cv, cn, whole, whole.norm())
	order := rankSentences(cv, cn, sents)
	if len(order) > 0 {
		b := sents[order[0].i]
		s.Best, s.BestSen = b.passage, b.index
		s.X[fCosBest] = order[0].c
		var sum float64
		for _, o := range order[:min(3, len(order))] {
			sum += o.c
		}
		s.X[fCosTop3] = sum / 3
	}
	s.cover(cv, whole, sents, order)
	s.X[fNames] = shareNames(claim, doc)
	s.X[fNumbers] = shareNumbers(claim, doc)
	s.X[fBigrams] = math.Log1p(float64(sharedBigrams(claim.Toks, doc)))
	s.cues(claim, doc, sents, order)
	s.coverSentences(cv, whole, sents, order)
	return s
}

// sentencesOf cuts the document into sentence vectors, and sums them into
// the document's vector.
func sentencesOf(doc []*features.Passage) ([]sentence, vec) {
	var out []sentence
	var all []lexicon.Token
	for pi, p := range doc {
		lo := 0
		for i := 0; i <= len(p.Toks); i++ {
			if i < len(p.Toks) && (i == lo || p.Toks[i].Sent == p.Toks[lo].Sent) {
				continue
			}
			if i > lo {
				toks := p.Toks[lo:i]
				v := weigh(toks)
				out = append(out, sentence{passage: pi, index: int(toks[0].Sent), toks: toks, v: v, norm: v.norm()})
			}
			lo = i
		}
		all = append(all, p.Toks...)
	}
	return out, weigh(all)
}

type ranked struct {
	i int
	c float64
}

// rankSentences orders the sentences by cosine with the claim, closest
// first (ties in document order).
func rankSentences(cv vec, cn float64, sents []sentence) []ranked {
	out := make([]ranked, len(sents))
	for i, s := range sents {
		out[i] = ranked{i, cosine(cv, cn, s.v, s.norm)}
	}
	slices.SortStableFunc(out, func(a, b ranked) int { return cmp.Compare(b.c, a.c) })
	return out
}

// cover measures how much of the claim's weight the document, and its
// closest sentence, use — word for word, or through WordNet.
func (s *Signals) cover(cv vec, whole vec, sents []sentence, order []ranked) {
	var total, exact, syn, best float64
	var bestV vec
	if len(order) > 0 {
		bestV = sents[order[0].i].v
	}
	var docGroups [][]wordnet.Group
	type kw struct {
		w string
		x float64
	}
	var shared []kw
	for _, stem := range cv.keys() {
		w := cv[stem]
		total += w
		if _, ok := whole[stem]; ok {
			exact += w
			shared = append(shared, kw{stem, w})
		} else {
			if docGroups == nil {
				for _, d := range whole.keys() {
					if g := wordnet.StemGroups(d); len(g) > 0 {
						docGroups = append(docGroups, g)
					}
				}
			}
			if g := wordnet.StemGroups(stem); len(g) > 0 {
				for _, dg := range docGroups {
					if wordnet.Meet(g, dg) {
						syn += w
						break
					}
				}
			}
		}
		if _, ok := bestV[stem]; ok {
			best += w
		}
	}
	if total > 0 {
		s.X[fCover] = exact / total
		s.X[fCoverSyn] = syn / total
		s.X[fCoverBest] = best / total
	}
	slices.SortFunc(shared, func(a, b kw) int {
		return cmp.Or(cmp.Compare(b.x, a.x), cmp.Compare(a.w, b.w))
	})
	for _, k := range shared[:min(6, len(shared))] {
		s.Shared = append(s.Shared, k.w)
	}
}

// shareNames is the share of the claim's names (resolved keys) that the
// document names too.
func shareNames(claim *features.Passage, doc []*features.Passage) float64 {
	if len(claim.Ents) == 0 {
		return 0
	}
	keys := map[string]bool{}
	for _, p := range doc {
		for _, m := range p.Ents {
			keys[m.Key] = true
		}
	}
	n := 0
	for _, m := range claim.Ents {
		if keys[m.Key] {
			n++
		}
	}
	return float64(n) / float64(len(claim.Ents))
}

// shareNumbers is the share of the claim's quantities that some quantity
// of the document counts compatibly.
func shareNumbers(claim *features.Passage, doc []*features.Passage) float64 {
	if len(claim.Nums) == 0 {
		return 0
	}
	n := 0
	for i := range claim.Nums {
		q := &claim.Nums[i]
	found:
		for _, p := range doc {
			for j := range p.Nums {
				if q.Comparable(&p.Nums[j]) && q.Compatible(&p.Nums[j]) {
					n++
					break found
				}
			}
		}
	}
	return float64(n) / float64(len(claim.Nums))
}

// sharedBigrams counts the claim's pairs of adjacent content words that
// the document also has adjacent.
func sharedBigrams(claim []lexicon.Token, doc []*features.Passage) int {
	pairs := func(toks []lexicon.Token, f func(a, b string)) {
		prev := ""
		for i := range toks {
			if toks[i].Flags&lexicon.TEnd != 0 {
				prev = ""
			}
			if st := toks[i].Stem(); st != "" {
				if prev != "" {
					f(prev, st)
				}
				prev = st
			}
		}
	}
	want := map[[2]string]bool{}
	pairs(claim, func(a, b string) { want[[2]string{a, b}] = true })
	if len(want) == 0 {
		return 0
	}
	found := map[[2]string]bool{}
	for _, p := range doc {
		pairs(p.Toks, func(a, b string) {
			if want[[2]string{a, b}] {
				found[[2]string{a, b}] = true
			}
		})
	}
	return len(found)
}

// cues counts the refuting, hedging, vouching and negating words of the
// document, of its closest sentences, and of the claim.
func (s *Signals) cues(claim *features.Passage, doc []*features.Passage, sents []sentence, order []ranked) {
	ls := lists()
	nSent := max(1, len(sents))
	var refDoc, hedgeDoc, refLead, attrDoc int
	cosOf := make([]float64, len(sents))
	for _, o := range order {
		cosOf[o.i] = o.c
	}
	var refSoft, hedgeSoft, cosSum float64
	debDoc, noted := 0, 0
	for i, st := range sents {
		r, h := ls.refute.count(st.toks, nil), ls.hedge.count(st.toks, nil)
		// The document's first three debunking cues, wherever they stand,
		// for the reason that quotes them.
		debDoc += ls.debunk.count(st.toks, func(a, b int32) {
			if noted < 3 {
				s.Cues = append(s.Cues, cueMatch{Passage: st.passage, Start: a, End: b, List: "debunk"})
				noted++
			}
		})
		refDoc += r
		attrDoc += ls.attribution.count(st.toks, nil)
		hedgeDoc += h
		if i < 3 {
			refLead += r
		}
		refSoft += cosOf[i] * float64(r)
		hedgeSoft += cosOf[i] * float64(h)
		cosSum += cosOf[i]
	}
	if cosSum > 0 {
		s.X[fRefuteSoft] = refSoft / cosSum
		s.X[fHedgeSoft] = hedgeSoft / cosSum
	}
	s.X[fRefuteLead] = math.Log1p(float64(refLead))
	s.X[fDocLen] = math.Log1p(float64(len(sents)))
	s.X[fRefuteDoc] = math.Log1p(float64(refDoc) * 10 / float64(nSent))
	s.X[fHedgeDoc] = math.Log1p(float64(hedgeDoc) * 10 / float64(nSent))
	s.X[fAttribDoc] = math.Log1p(float64(attrDoc) * 10 / float64(nSent))

	var ref, hedge, sup, neg, attr int
	for _, o := range order[:min(3, len(order))] {
		if o.c <= 0 {
			break
		}
		st := sents[o.i]
		note := func(l string) func(a, b int32) {
			return func(a, b int32) {
				s.Cues = append(s.Cues, cueMatch{Passage: st.passage, Start: a, End: b, List: l})
			}
		}
		ref += ls.refute.count(st.toks, note("refute"))
		hedge += ls.hedge.count(st.toks, note("hedge"))
		sup += ls.support.count(st.toks, note("support"))
		neg += ls.negation.count(st.toks, nil)
		attr += ls.attribution.count(st.toks, nil)
	}
	s.X[fAttribTop] = math.Log1p(float64(attr))
	s.X[fRefuteTop] = math.Log1p(float64(ref))
	s.X[fRefuteTopCos] = s.X[fRefuteTop] * s.X[fCosBest]
	s.X[fHedgeTop] = math.Log1p(float64(hedge))
	s.X[fSupportTop] = math.Log1p(float64(sup))
	s.X[fNegTop] = math.Log1p(float64(neg))

	cref := ls.refute.count(claim.Toks, nil)
	cneg := ls.negation.count(claim.Toks, nil)
	chedge := ls.hedge.count(claim.Toks, nil)
	for i := range claim.Toks {
		if claim.Toks[i].Norm() == "?" {
			chedge++
		}
	}
	s.X[fClaimRefute] = b2f(cref > 0)
	s.X[fClaimNeg] = b2f(cneg > 0)
	s.X[fClaimHedge] = b2f(chedge > 0)
	bestNeg := 0
	if len(order) > 0 {
		bestNeg = ls.negation.count(sents[order[0].i].toks, nil)
	}
	s.X[fNegMismatch] = b2f((cneg > 0) != (bestNeg > 0))
	s.X[fRefuteBoth] = s.X[fRefuteTop] * s.X[fClaimRefute]
	s.X[fRefuteXClaimRef] = s.X[fRefuteDoc] * s.X[fClaimRefute]
	s.X[fClaimRefNoRefute] = b2f(cref > 0 && refDoc == 0)
	s.X[fRefuteXClaimPlain] = s.X[fRefuteSoft] * (1 - s.X[fClaimRefute])
	s.X[fDebunkDoc] = math.Log1p(float64(debDoc) * 10 / float64(nSent))
	s.X[fDebunkXClaimPlain] = s.X[fDebunkDoc] * (1 - s.X[fClaimRefute])
	csays := ls.attribution.count(claim.Toks, nil)
	s.X[fClaimSays] = b2f(csays > 0)
	s.X[fClaimPlain] = b2f(csays == 0 && cref == 0 && chedge == 0 && cneg == 0)
	s.X[fDebunkXAssert] = s.X[fDebunkDoc] * s.X[fClaimPlain]
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

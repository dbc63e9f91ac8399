package judge

// The learned same-fact decision: do two linked passages the rules leave
// related state one fact? A logistic regression over features of the
// pair (FactFeatures), fitted by tools/fitfacts on the real-pair fit gold
// (factmodel.json: the model, each feature's range in the fit, the
// threshold 0.65 and the guards), that only turns related into agree.
//
// Why: on the fit gold the rules leave related many links a reader calls
// agreement — one fact told in other words ("sacked" / "was fired after
// last appearing for work"; "knocked out power to thousands of homes" /
// "households lost electricity") — where no rule finds the evidence it
// needs (ERRORS.md §7, §13, §15). The features say how much of each
// passage the other meets, never which words:
//   - coverage: the share of each passage's content-word weight
//     (background IDF, sentInfo) met by any item of the other, through
//     one stem or a WordNet relation (relate), the smaller and the larger
//     of the two, and the smaller met by one stem alone;
//   - names: the share of each side's names met on the other (the
//     smaller), and how many are not;
//   - numbers: counts met by a compatible count, counts of one kind that
//     differ, counts with no counterpart;
//   - the best sentence pair (agreement.go): its cover, the smaller share
//     of either sentence's content words met, how many content words, of
//     them through WordNet; whether each of its sentences states an
//     action of its own (verbs, actionItems, none meeting the other's);
//     two counts of one kind apart in it;
//   - verbs met across the passages;
//   - the cosine of the link, the length ratio, the shorter length;
//   - one side recounts, negates (one side only) or asks / does not know
//     what it shares; an opening; the two articles both plain (no
//     dispute) and the larger dispute density;
//   - the readings of a different detail (factguards.go): names, dates,
//     subjects, counts or what happens apart in the best sentence pair,
//     or one item met alone.
// Each is clamped to the range the fit saw. Everything read is the pair's
// own (its passages and their articles), so a pair's verdict does not
// depend on what else is loaded.
//
// The guards (factsGuarded, then FactGuards through Decidable): never
// where the rules found two actors of one role (a different detail),
// parties apart, no sentence pair that meets, a recount or debunk against
// a statement, a disputing article's recount; nor when a different detail
// stands apart in the best sentence pair, a side recounts, negates on its
// own or asks. Not "each best sentence its own action" (verbs_own, §15's
// first try): that guard took the whole gain, since a paraphrase has
// verbs of its own too. Chosen leaving one pair out on the fit gold: +19
// found links right of 487 (20 gained, 4 lost), 11 of the 295 alignments
// the gold lacks made agree; every pinned judgment holds
// (TestSameFactGuards; "police arrested two men" / "investigators are
// examining video" is related).
//
// What it gets wrong: the fit gold's readers call two plain accounts'
// linked paragraphs agreement unless something stands apart, and the
// model learns that ("two plain accounts", dispute density the largest
// weight): of what it upgrades leaving one pair out, a few are gold
// diverge (a seam "catching my hair" / a gap "narrower than a human
// hair", a rebuttal the rules do not read) and some alignments the gold
// does not list (a video of a sniper's shot / the footage recorded on a
// helmet camera). The readings apart are positional, not parsed
// (factguards.go says where they fail).

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sync"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// FactFeatures name the same-fact decision's features, in the order
// factFeatures writes them.
var FactFeatures = []string{
	"cos",          // the link's cosine
	"cover_min",    // the smaller share of either passage's content-word weight met by the other
	"cover_max",    // the larger
	"exact_min",    // the smaller, one stem only (no WordNet)
	"names_min",    // the smaller share of either side's names met (1 when a side has none)
	"names_unmet",  // log(1 + names of either side not met)
	"nums_met",     // log(1 + counts met by a compatible count)
	"nums_clash",   // log(1 + counts of one kind that differ, none compatible)
	"nums_alone",   // log(1 + counts with no counterpart of their kind)
	"sent_cover",   // best sentence pair: matched weight over the lighter sentence's
	"sent_min",     // best sentence pair: the smaller share of either sentence's content words met
	"sent_content", // best sentence pair: log(1 + content words met)
	"sent_syn",     // best sentence pair: log(1 + words met only through WordNet)
	"verbs_met",    // log(1 + verbs of A met by a verb of B)
	"verbs_own",    // the best sentence pair: each has verbs, none meets the other's
	"len_ratio",    // |log(items A / items B)|
	"len_min",      // log(1 + items of the shorter passage)
	"recount",      // the best sentence pair is reported as a claim on a side
	"negated",      // matched words negated on one side only
	"asks",         // a side's best sentence asks, or says it does not know (a question, "not aware of")
	"sent_clash",   // the best sentence pair counts one kind of thing differently
	"opening",      // one passage opens its article
	"both_plain",   // neither article disputes anything
	"disp_max",     // the larger dispute density of the two articles
	"names_apart",  // best sentence pair: each names someone or somewhere the other passage does not meet (factguards.go)
	"dates_apart",  // best sentence pair: each a date, year or weekday the other's does not match
	"subj_apart",   // best sentence pair: the heads of their first clauses' subjects meet nothing of the other sentence
	"counts_apart", // best sentence pair: counts of one thing, none meeting (other people, another year, two bounds)
	"one_item",     // best sentence pair: one word or name met, nothing else
	"pred_apart",   // best sentence pair: from each first clause's verb on, nothing meets the other sentence
}

// factFeatures writes the pair's same-fact features (FactFeatures). It
// reads the judgement's sentence match and relation (agreement).
func (j *judgement) factFeatures(in Input, x []float64) []float64 {
	ia, ib := sentences(in.A), sentences(in.B)
	r := j.rel
	na, nb := len(ia.flat), len(ib.flat)
	// Which items of each side meet any item of the other, and by one
	// key: the bits of each row of the relation.
	var bufB, bufBE [4]uint64
	metB, metBE := bufB[:], bufBE[:]
	if nb > 64*len(bufB) {
		metB, metBE = make([]uint64, (nb+63)/64), make([]uint64, (nb+63)/64)
	}
	var contA, contB, metA, metAE, metBw, metBEw float64
	var namesA, namesB, nmA, nmB int
	verbsA, verbsB, vmet := 0, 0, 0
	actA, actB := actionItems(in.A), actionItems(in.B)
	for i := range ia.flat {
		it := &ia.flat[i]
		any, exact, verb := false, false, false
		for k := r.nextRel(i, 0); k >= 0; k = r.nextRel(i, k+1) {
			p := i*nb + k
			any = true
			setBit(metB, k)
			if bit(r.eq, p) {
				exact = true
				setBit(metBE, k)
			}
			if actA[i] && actB[k] {
				verb = true
			}
		}
		switch {
		case it.name:
			namesA++
			if any {
				nmA++
			}
		default:
			contA += it.w
			if any {
				metA += it.w
			}
			if exact {
				metAE += it.w
			}
		}
		if actA[i] {
			verbsA++
			if verb {
				vmet++
			}
		}
	}
	for k := range ib.flat {
		it := &ib.flat[k]
		if actB[k] {
			verbsB++
		}
		if it.name {
			namesB++
			if bit(metB, k) {
				nmB++
			}
			continue
		}
		contB += it.w
		if bit(metB, k) {
			metBw += it.w
		}
		if bit(metBE, k) {
			metBEw += it.w
		}
	}
	cA, cB := share(metA, contA), share(metBw, contB)
	namesMin := 1.0
	if namesA > 0 {
		namesMin = float64(nmA) / float64(namesA)
	}
	if namesB > 0 {
		namesMin = min(namesMin, float64(nmB)/float64(namesB))
	}
	met, clash, alone := numbersMet(in.A, in.B)
	m := &j.match
	x = append(x[:0],
		float64(in.Link.Cos), min(cA, cB), max(cA, cB), min(share(metAE, contA), share(metBEw, contB)),
		namesMin, log1p(namesA-nmA+namesB-nmB),
		log1p(met), log1p(clash), log1p(alone))
	if m.sa >= 0 {
		x = append(x, m.cover, m.coverMax, log1p(m.content), log1p(m.synonyms))
	} else {
		x = append(x, 0, 0, 0, 0)
	}
	x = append(x, log1p(vmet), b2f(m.sa >= 0 && ownVerbs(in, r, m.sa, m.sb)),
		math.Abs(math.Log(float64(max(na, 1))/float64(max(nb, 1)))), log1p(min(na, nb)),
		b2f(j.recountA || j.recountB), b2f(m.sa >= 0 && (m.negA > 0) != (m.negB > 0)),
		b2f(m.sa >= 0 && (asks(in.A, m.sa) || asks(in.B, m.sb) || unsure(in.A, m.sa) || unsure(in.B, m.sb))),
		b2f(m.sa >= 0 && sentClash(in.A, in.B, int32(m.sa), int32(m.sb))),
		b2f(in.Link.A == 0 || in.Link.B == 0),
		b2f(in.ArtA.Dispute == 0 && in.ArtB.Dispute == 0), max(in.ArtA.Dispute, in.ArtB.Dispute))
	if m.sa >= 0 {
		ca, cb := clauseHead(in.A, m.sa), clauseHead(in.B, m.sb)
		x = append(x, b2f(namesApart(in, r, m.sa, m.sb, metB)), b2f(datesApart(in.A, in.B, int32(m.sa), int32(m.sb))),
			b2f(subjectsApartHead(in, r, m.sa, m.sb, ca, cb)), b2f(countsNotMet(in.A, in.B, int32(m.sa), int32(m.sb))), b2f(m.n < 2),
			b2f(predicatesApart(in, r, m.sa, m.sb, ca, cb)))
	} else {
		x = append(x, 0, 0, 0, 0, 0, 0)
	}
	return x
}

// nextRel returns the first k ≥ from such that item i of A meets item k
// of B, or -1: a scan of the row's words, not of every bit.
func (r *relation) nextRel(i, from int) int {
	base, end := i*r.nb, (i+1)*r.nb
	for p := base + from; p < end; {
		w := r.rel[p>>6] >> (p & 63)
		if w != 0 {
			if q := p + bits.TrailingZeros64(w); q < end {
				return q - base
			}
			return -1
		}
		p = (p | 63) + 1
	}
	return -1
}

// unsure reports whether sentence s of a passage asks or says it does
// not know something (claims.StQuestion, claims.StDisputed: "whether X",
// "not aware of X").
func unsure(f *Side, s int) bool {
	for k, st := range f.Claims.Stance {
		if (st == claims.StQuestion || st == claims.StDisputed) && int(f.Toks[k].Sent) == s {
			return true
		}
	}
	return false
}

// ownVerbs reports whether sentences sa of A and sb of B each hold a
// verb (actionItems) and no verb of one meets a verb of the other: each
// states an action of its own.
func ownVerbs(in Input, r *relation, sa, sb int) bool {
	ia, ib := sentences(in.A), sentences(in.B)
	actA, actB := actionItems(in.A), actionItems(in.B)
	hasA, hasB := false, false
	for _, y := range ib.items[sb] {
		hasB = hasB || actB[y.idx]
	}
	for _, x := range ia.items[sa] {
		if !actA[x.idx] {
			continue
		}
		hasA = true
		for _, y := range ib.items[sb] {
			if actB[y.idx] {
				if ok, _ := r.meet(x.idx, y.idx); ok {
					return false
				}
			}
		}
	}
	return hasA && hasB
}

// sentClash reports whether sentences sa of A and sb of B hold two counts
// of one kind (not dates, years or ages) that no compatible count of the
// other meets: 12 officers / 40 protesters injured, a toll of another
// year.
func sentClash(fa, fb *Side, sa, sb int32) bool {
	for x := range fa.Nums {
		qa := &fa.Nums[x]
		if fa.Toks[qa.Tok0].Sent != sa || qa.Kind == features.QDate || qa.Kind == features.QYear {
			continue
		}
		clash, met := false, false
		for y := range fb.Nums {
			qb := &fb.Nums[y]
			if fb.Toks[qb.Tok0].Sent != sb || !qa.Comparable(qb) {
				continue
			}
			if qa.Compatible(qb) {
				met = true
			} else {
				clash = true
			}
		}
		if clash && !met {
			return true
		}
	}
	return false
}

// numbersMet counts the counts of A (not dates, years or ages) that a
// compatible count of B meets, those of one kind on both sides that none
// meets, and those with no count of their kind on the other side, both
// ways.
func numbersMet(a, b *Side) (met, clash, alone int) {
	one := func(f, o *Side) {
		for x := range f.Nums {
			q := &f.Nums[x]
			if q.Kind == features.QDate || q.Kind == features.QYear || q.Kind == features.QAge {
				continue
			}
			comparable, compatible := false, false
			for y := range o.Nums {
				if q.Comparable(&o.Nums[y]) {
					comparable = true
					if q.Compatible(&o.Nums[y]) {
						compatible = true
						break
					}
				}
			}
			switch {
			case compatible:
				met++
			case comparable:
				clash++
			default:
				alone++
			}
		}
	}
	one(a, b)
	one(b, a)
	return met, clash, alone
}

// FactModel is factmodel.json: the fitted regression, the range of each
// feature in the fit and the least probability of agree that upgrades.
type FactModel struct {
	logreg.BoundedFile
	Guards []string `json:"guards,omitempty"` // features that must be 0 for a pair to be decided (FactGuards when absent)
}

// Facts is a loaded same-fact model.
type Facts struct {
	b      *logreg.Bounded
	guards []int // the columns Decidable reads
}

// LoadFacts reads a same-fact model; a file without one gives nil (no
// decision).
func LoadFacts(data []byte) (*Facts, error) {
	var fm FactModel
	if err := json.Unmarshal(data, &fm); err != nil {
		return nil, err
	}
	b, err := logreg.LoadBounded(&fm.BoundedFile, FactFeatures, "fact model")
	if b == nil || err != nil {
		return nil, err
	}
	guards, err := GuardColumns(fm.Guards)
	if err != nil {
		return nil, err
	}
	return &Facts{b: b, guards: guards}, nil
}

// Prob is the probability of agree the model gives features x (clamped
// in place to the fit's range).
func (f *Facts) Prob(x []float64) float64 { return f.b.Prob(x) }

// FactGuards are the features Decidable asks to be 0 (the model file's
// "guards" when it names them; tools/fitfacts writes these): two counts
// of one kind apart or none meeting, a recount, a negation on one side
// only, asking or not knowing, and the readings of a different detail
// (factguards.go): names, dates, subjects or predicates apart, or one
// item met alone. Not "each best sentence its own action" (verbs_own):
// the paraphrases the fit gold calls agreement have verbs of their own
// too (ERRORS.md §15).
var FactGuards = []string{"sent_clash", "recount", "negated", "asks", "counts_apart", "names_apart", "dates_apart", "subj_apart", "one_item", "pred_apart"}

// GuardColumns returns the columns of the named features (FactGuards
// when names is empty).
func GuardColumns(names []string) ([]int, error) {
	if len(names) == 0 {
		names = FactGuards
	}
	out := make([]int, len(names))
	for k, n := range names {
		if out[k] = slices.Index(FactFeatures, n); out[k] < 0 {
			return nil, fmt.Errorf("fact model: no feature %q to guard with", n)
		}
	}
	return out, nil
}

// defaultGuards are the columns of FactGuards.
var defaultGuards = sync.OnceValue(func() []int {
	c, err := GuardColumns(nil)
	if err != nil {
		panic(err) // TestFactModelLoads guards it
	}
	return c
})

// Decidable reports whether a pair of features x may be decided under
// the guards of the embedded model (FactGuards without one): every
// guarding feature 0. Not when a different detail stands apart ("Lena
// Ray was arrested in Madrid" / "played in Lisbon": names apart; "Police
// … arrested two men" / "Investigators … are examining video": subjects
// apart; 12 officers / 40 protesters injured, a toll of another year:
// counts apart), nor unless both sides assert what they share: no
// recount ("allegedly"), no negation on one side only, no question or
// "not aware of".
func Decidable(x []float64) bool {
	if f := EmbeddedFacts(); f != nil {
		return f.Decidable(x)
	}
	return decidable(x, defaultGuards())
}

// Decidable reports whether features x may be decided under f's guards.
func (f *Facts) Decidable(x []float64) bool { return decidable(x, f.guards) }

func decidable(x []float64, guards []int) bool {
	for _, c := range guards {
		if x[c] != 0 {
			return false
		}
	}
	return true
}

// Agrees reports whether features x say one fact.
func (f *Facts) Agrees(x []float64) bool {
	return f != nil && f.Decidable(x) && f.Prob(x) >= f.b.Threshold
}

//go:embed factmodel.json
var factModelJSON []byte

// EmbeddedFacts is the same-fact model of factmodel.json (nil when it
// holds no model).
var EmbeddedFacts = sync.OnceValue(func() *Facts {
	f, err := LoadFacts(factModelJSON)
	if err != nil {
		panic("judge: embedded fact model: " + err.Error()) // TestFactModelLoads guards it
	}
	return f
})

// factsGuarded reports whether the rules keep the pair from the same-fact
// decision: two details that can both be true, parties that fill one
// role differently, no sentence pair that meets, one side reporting as a
// claim or disputing what the other states, or a disputing article's
// recount of the claim (samePoint's recountsDisputed).
func (j *judgement) factsGuarded(in Input) bool {
	return j.differentDetail || j.opposed || j.match.sa < 0 || j.hedgeApart || recountsDisputed(in)
}

// factLabels name the features for a reader.
var factLabels = map[string]string{
	"cos": "similar wording", "cover_min": "most words of each met", "cover_max": "most words of one met",
	"exact_min": "the same words", "names_min": "the same names", "nums_met": "the same figures",
	"sent_cover": "a sentence met", "sent_min": "a sentence met", "sent_content": "words of one sentence met",
	"sent_syn": "synonyms", "verbs_met": "the same verbs", "both_plain": "two plain accounts", "opening": "an opening",
}

// factReason words the model's agreement: what decided it — nothing
// apart (the guards: names, dates, subjects, counts, what happens) and
// both sides state it plainly (no recount, one-sided negation or
// question) — with the features met that pushed toward agree most
// (drivers: only those the pair holds above the fit's mean), and the best
// sentence pair quoted on each side.
func (j *judgement) factReason(in Input, f *Facts, x []float64) model.Reason {
	var why []string
	for _, d := range drivers(f.b.M, x, 1, 0) {
		if d.feature == "names_min" && len(j.ev.Entities) == 0 {
			continue // no name on either side reads as all names met: not a reason
		}
		if l := factLabels[d.feature]; l != "" && !slices.Contains(why, l) {
			why = append(why, l)
		}
	}
	r := model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormFactFitted,
		Label: fmt.Sprintf("%.2f", f.b.M.Prob(x, 1)), List: why}
	m := &j.match
	r.SpanA, r.SpanB = sentenceSpan(in.A, m.sa), sentenceSpan(in.B, m.sb)
	r.A, r.B = quote(in.A.Text, r.SpanA), quote(in.B.Text, r.SpanB)
	return sentence(r)
}

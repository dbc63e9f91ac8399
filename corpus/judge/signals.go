package judge

import (
	"github.com/parallax-reader/parallax/corpus/model"
)

// FeatureNames are the judge's signals, in the order Judge returns them:
// the columns of the fitted verdict model (tools/fitjudge).
var FeatureNames = []string{
	"cos",              // cosine of the two passages' vectors
	"names",            // log(1 + names both passages use)
	"rare_terms",       // log(1 + content words both use, not common in the comparison)
	"sent_cover",       // best sentence pair: matched weight over the lighter sentence's
	"sent_dice",        // best sentence pair: Dice overlap of the weights
	"sent_content",     // best sentence pair: log(1 + content words matched)
	"sent_synonyms",    // best sentence pair: log(1 + words met only through WordNet)
	"shared_claim",     // one role and actor, or one claimant saying it
	"both_deny",        // a denial by one speaker on both sides
	"shared_number",    // compatible counts of one thing
	"shared_quote",     // the same words quoted on both sides
	"shared_statement", // a sentence pair saying one thing (in order, or the same fact in other words)
	"actor_differs",    // one exclusive role, different named actors
	"general_specific", // one role, a kind against a named group
	"negation",         // one side asserts what the other denies
	"number_differs",   // two counts of one thing that do not meet
	"refutes",          // one side calls untrue what the other states
	"debunk_one",       // the matched sentence is disputed on one side only
	"debunk_both",      // disputed on both sides
	"recount_one",      // reported as a claim on one side only
	"neg_one",          // matched words negated on one side only
	"neg_both",         // matched words negated on both sides
	"opposed",          // parties fill one role differently, or a mirror image
	"different_detail", // one role filled by two actors that can both be true
	"hedge_apart",      // one side only reports, or disputes, what the other states
	"sent_words_cover", // best sentence pair: the smaller share of either side's content-word weight met
	"counts_apart",     // the best sentence pair counts one thing differently, or different people
}

// features writes the judgement's signals as a vector.
func (j *judgement) features(in Input) []float64 {
	x := make([]float64, len(FeatureNames))
	has := func(rs []model.Reason, k model.ReasonKind) float64 {
		for _, r := range rs {
			if r.Kind == k {
				return 1
			}
		}
		return 0
	}
	m := &j.match
	x[0] = float64(in.Link.Cos)
	x[1] = log1p(len(j.ev.Entities))
	x[2] = log1p(j.nRare)
	if m.sa >= 0 {
		x[3], x[4], x[5], x[6] = m.cover, m.dice, log1p(m.content), log1p(m.synonyms)
	}
	x[7] = has(j.support, model.ReasonSharedClaim)
	x[8] = has(j.support, model.ReasonBothDeny)
	x[9] = has(j.support, model.ReasonSharedNumber)
	x[10] = has(j.support, model.ReasonSharedQuote)
	x[11] = has(j.support, model.ReasonSharedStatement)
	x[12] = has(j.conflicts, model.ReasonActorDiffers)
	x[13] = has(j.conflicts, model.ReasonGeneralSpecific)
	x[14] = has(j.conflicts, model.ReasonNegation)
	x[15] = has(j.conflicts, model.ReasonNumberDiffers)
	x[16] = has(j.conflicts, model.ReasonRefutes)
	x[17] = b2f(j.debunkA != j.debunkB)
	x[18] = b2f(j.debunkA && j.debunkB)
	x[19] = b2f(j.recountA != j.recountB)
	x[20] = b2f(m.sa >= 0 && (m.negA > 0) != (m.negB > 0))
	x[21] = b2f(m.sa >= 0 && m.negA > 0 && m.negB > 0)
	x[22] = b2f(j.opposed)
	x[23] = b2f(j.differentDetail)
	x[24] = b2f(j.hedgeApart)
	if m.sa >= 0 {
		x[25] = m.coverMax
		x[26] = b2f(countsApart(in.A, in.B, int32(m.sa), int32(m.sb)))
	}
	return x
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// demoteNumbers keeps a shared count from making agreement when one side
// only reports, or disputes, what the other states: "more than 200 girls
// were freed" / "Badeh claimed more than 200 girls would be freed".
func (j *judgement) demoteNumbers() {
	if !j.hedgeApart && !j.refuted {
		return
	}
	out := j.support[:0]
	for _, r := range j.support {
		if r.Kind == model.ReasonSharedNumber {
			r.Weak = true
			j.info = append(j.info, r)
			continue
		}
		out = append(out, r)
	}
	j.support = out
}

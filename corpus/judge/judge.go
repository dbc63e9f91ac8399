// Package judge is the engine's verdict stage: for one aligned pair it
// compares what the earlier stages read of the two passages (names,
// numbers, words, claims, stances) and returns a verdict with its reasons,
// evidence and the spans to highlight.
package judge

// Verdicts: do two aligned passages agree, diverge, or only touch?
//
// The judge compares what alignment only counted. Its signals, read from
// the claims and stances of corpus/claims, the quantities and names of
// corpus/features, and its own sentence match (agreement.go):
//
// Conflicts (any one makes the pair diverge, and is quoted on both sides):
//   - actor-differs: the one culprit named differently ("X was behind it"
//     / "Y carried it out"), said by compatible claimants (the same party,
//     or either side in the article's own voice or a news outlet's); a
//     mutual accusation ("Tajikistan says Kyrgyz troops fired first" /
//     "Kyrgyzstan says Tajik troops attacked") too. Two parties each
//     blaming someone else is a claimant-differs note, not a conflict.
//     Generic perpetrators ("the gunmen", words/perpetratorWords.txt) are
//     never a rival culprit, and a branch and its parent (ISIS-K / ISIS,
//     partOf) are one.
//   - general-vs-specific: a kind ("radical Islamists") against a named
//     group for the one culprit.
//   - negation: one side asserts what the other negates, whoever speaks:
//     one role and actor ("X was behind it" / "X had nothing to do with
//     it"), a role filled against a role denied outright ("US officials
//     said they had warned Russia" / "the Kremlin had not received any
//     warning"), or, outside any role, a sentence whose negated words meet
//     a sentence of the other side that states them (stances.go). Not
//     knowing ("not aware of X") and a question deny nothing.
//   - negation, a count: one count or sum, compatible on both sides,
//     stated on one and negated on the other ("made $72 million" /
//     "didn't actually make $72 million"; evidence.go), unless the
//     stating side recounts it or negates something in that sentence too.
//   - negation, opposite words: two sentences that match but for two
//     antonyms ("found alive" / "found dead"; opposites.go).
//   - number-differs: two counts of one thing whose intervals do not meet,
//     in sentences that share a word or a name besides the count (30 vs 50
//     dead); two ages of one person.
//   - refutes: one side calls untrue (align.DisputeWords: "not true", "made
//     up", "might not be accurate", "hoax") what the other states as fact.
//     A debunk disputes its clause and, when that says little, the
//     sentence before ("A rumor claims X. But the rumor is not true."); a
//     debunking word that is itself denied, or describes a thing ("a fake
//     passport"), debunks nothing. Against a recount (words/recount.txt:
//     "reportedly", "claimed", "the story") it is only a hedged note: a
//     paragraph that reports a claim and one that disputes it can both be
//     right.
//
// Supports (agreement, when nothing conflicts):
//   - shared-claim: one role and actor, or one claimant saying it (or
//     saying there was none); both-deny: a denial by one speaker on both
//     sides; shared-quote: four words or more quoted on both sides;
//     shared-number: compatible counts of one thing ("over 140" / "143"
//     dead; two lower bounds on different figures, "at least 43" / "at
//     least 51", are two tolls: a note), and a shared year, duration or age
//     only in sentences that also share a word — never when one side only
//     recounts or disputes what the other states, in the pair's best
//     sentences or in the count's own sentence ("a profile that claims he
//     made $72 million" / "$72 million richer"; then the count is a note: a
//     number alone is not agreement).
//   - shared-statement: a sentence pair saying one thing in the same
//     order (stances.go); both sides calling it untrue; or the same fact
//     in other words: the best sentence pair, matched on content words
//     and names with WordNet synonyms (killed / died, warn / alert),
//     weighted by the fixed background IDF, meets 60 % or more of each
//     sentence's content words, two words and a third item at least, with
//     no count apart and the same polarity on both sides (both stating the
//     same negative agree).
//
// Notes: different-detail (one role — a warning — filled by two actors
// that can both be true: Iran warned, and the US warned; the pair is
// related, never agreement), hedged-vs-asserted (one side reports as a
// claim what the other states), anonymous-source, claimant-differs,
// parties-differ (a mirror image), shared-entity, shared-terms,
// shared-topic.
//
// The rule, in order: a conflict diverges; a different detail is
// related; a support, or near-identical wording (cosine ≥ 0.5, unless
// parties differ, one side recounts, or the shared words are stated on one
// side and denied on the other) agrees. A passage of a disputing article
// that repeats the other passage word for word (ten words in a row, half
// of the other's words, not a quotation there too; articles.go
// quotesDisputed) quotes what it disputes: related, whatever else it
// shares ("the bogus report says: “…”"; on the fit real-pair gold, found
// links 0.670 → 0.689); so does an agreement resting only on the best
// sentence pair where the disputing article's sentence recounts the claim
// ("posted a story claiming that the suspect was found in a pool of
// blood"; disputedRecount, 0.717 → 0.726). What that leaves related diverges
// when one article disputes what the other reports (articles.go: the
// paragraph is read with its article's stance), or when one passage
// disputes what the other states (rebuttal.go: "the incident never
// happened", "But a rep says it isn't him" against the claim; also over
// an agreement resting on near-identical words alone), or agrees when it makes
// the same point with details besides (samepoint.go), or when two of its
// sentences state one action: verbs that meet (one stem, or WordNet
// synonyms) with an argument in common, a name or content words
// (sameaction.go: "a man with a rifle shot a soldier standing guard" /
// "an armed man … fired about four times, and a guard went down"); what
// is still related goes to the fitted model, and then, unless a different
// detail stands apart (factguards.go), to the same-fact decision fitted on
// the real-pair fit gold (factmodel.go, eval/ERRORS.md §15).
//
// Weights: the signals (FeatureNames, signals.go) are the columns of a
// multinomial logistic regression (internal/logreg) over agree / diverge /
// related, fitted by tools/fitjudge on the FNC-1 fit part — the headline
// as passage A against the body passage holding the sentence closest to
// it as B, judged as if aligned; agree → agree, disagree → diverge,
// discuss → related; classes weighted by the square root of their inverse
// frequency — and embedded as model.json. It only turns related into
// agree (Upgrade): when it finds agree clearly likely (p > 0.6), one
// sentence pair shares two content words, and nothing stands apart (a
// different detail, a recount or debunk against a statement, parties,
// counts apart, words said on one side and negated on the other). Its
// reason quotes the sentence pair it rests on and names the signals
// present in the pair that pushed agree over related most
// (logreg.Contribution). It never makes a divergence: a divergence must
// quote a conflict a reader can check, and a model that also made
// divergences did no better on the fit part. Measured on the held-out
// fifth of the fit part (fitjudge -val, macro-F1 over agree / diverge /
// related: the rules 0.443, the model alone 0.451, the rules then the
// model 0.445 — p > 0.5 gave 0.450 but called "had passed its safety
// inspection" / "had failed a safety inspection" agreement; letting the
// model overrule the rules' supports too scored 0.477 there but worse on
// paragraphs, and would make pinned judgments such as "over 140" dead
// hang on it). On every real-pair gold link, found by the alignment or
// not (fitjudge -gold), the rules 0.510 right on the dev gold and 0.490
// on the fit gold (-goldfile eval/testdata/realpairs_fit.json), the rules
// then the model the same — the model adds nothing on paragraphs; letting
// it decide what the rules leave related gives 0.510 on the fit gold but
// 0.494 on dev, and divergences that quote no conflict, so it does not.
//
// What it gets wrong: claims come from patterns, not a parse, so a subject
// far from its verb, a passive without "by", or a claim spread over two
// sentences is missed, and "the group" is never resolved. A pair is
// judged with its two articles only: a paragraph that refutes by
// inference ("other footage shows Putin sans poop") is read as a
// refutation through its article's stance (articles.go), so not when the
// debunk uses a debunking word in fewer than two sentences, nor when both
// articles dispute. Sentence matching compares
// words, not roles: two sentences about one scene with different
// predicates ("police arrested two men" / "investigators are examining
// video", both "at the tram stop") can look like one fact, which the
// 60 % rule and the model's threshold only partly keep out; the same
// fact in other words with a few extra details falls short of 60 % and
// is left to the model, which learnt agreement from headlines, not
// paragraphs. Antonyms are WordNet's direct ones only (opposites.go):
// "passed" and "failed" an inspection are not among them (WordNet's exam
// sense of "pass" is rare), so those two sentences differ only in a word
// each side has alone. Debunk words are a list:
// "skeptical about the narrative" debunks, "raises questions" does not.
// FNC-1 headlines are short, so the model weighs sentence overlap more
// than a paragraph pair would need.

//go:generate go run ../../tools/genwords

import (
	"slices"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// nearDuplicate is the cosine above which two passages say the same thing
// in nearly the same words.
const nearDuplicate = 0.5

// Side is everything the judge reads of one aligned passage: the results
// of the features, align and claims stages for it.
type Side struct {
	*features.Passage
	align.Vector // a copy: the align stage's array of vectors is let go
	Claims       claims.Set

	// The judge's own memo of the passage's statement items, per
	// sentence (see sentenceItems): a passage is judged against
	// several others, in parallel.
	itemsOnce sync.Once
	items     [][]stmtItem
	order     []stmtOrder // per sentence: its items sorted (stances.go)
	sentOnce  sync.Once   // and of its sentence items (agreement.go)
	sent      *sentInfo
	ctxOnce   sync.Once // and of its context words, per sentence (evidence.go)
	ctx       [][]int32
	ctxStem   [][]lexicon.Word // their stems
	polarOnce sync.Once        // and what polarity compares (stances.go)
	polar     *polarInfo
	actOnce   sync.Once // and which of its sentence items read as verbs (sameaction.go)
	acts      []bool
	silOnce   sync.Once // and its clauses saying a party has not responded (silence.go)
	sil       []silence
}

// Input is one aligned pair to judge, and what judging it needs.
type Input struct {
	A, B   *Side // the two passages
	Link   align.Link
	Model  *align.Model
	Names  *features.EntityIndex
	Topics []model.Topic

	// What the judge reads of each passage's whole document (articles.go).
	ArtA, ArtB Article

	RulesOnly bool // leave the fitted models out (tools/fitjudge compares the two)
	NoFacts   bool // leave the same-fact model out (tools/fitfacts measures the engine without it)
	NoMarks   bool // leave the alignment's highlights out (reports print none)

	// Strings, when set, keeps one copy of each reason sentence for the
	// alignments judged with it (keepReasons); nil keeps them as made.
	Strings Strings
}

// Strings maps a reason sentence to the one copy the alignments judged
// with it share. One goroutine uses it at a time: corpus gives each run
// of alignments its own.
type Strings map[string]string

// memoMax is the longest reason sentence Strings keeps one copy of. The
// sentences said of thousands of pairs are short ("both name: Japan");
// a long one quotes its two passages and is made again only for the same
// pair: at twenty sources of 500 paragraphs, the sentences found again
// averaged 28 bytes (1.8 MB in all), while every long one, found once,
// was hashed and stored: keepReasons took 1.7 % of that run, 1.2 % with
// the cap, and the peak memory is the same (268–270 MB).
const memoMax = 64

// judgement collects reasons and marks while judging one pair. Its
// reason and mark lists are scratch, reused from pair to pair
// (judgements): what goes into the alignment is copied out of them, never
// the lists themselves. Its evidence (ev) goes into the alignment as it
// is, so it starts empty each time.
type judgement struct {
	conflicts, support, info []model.Reason
	marksA, marksB           []model.Highlight
	ev                       model.Evidence
	opposed                  bool // different parties fill one role differently
	nTerms                   int  // content words the passages share
	nRare                    int  // of them, words not common in the comparison (see statements)

	rel                  *relation // which items of the two passages meet (agreement.go), or nil
	match                sentMatch // the best sentence pair (agreement.go)
	keepA, keepB         []int     // the arrays match's tokens are kept in, reused
	debunkA, debunkB     bool      // the matched sentence is disputed on that side
	recountA, recountB   bool      // the matched sentence reports a claim on that side
	hedgeApart, refuted  bool      // one side recounts or disputes what the other states
	bothDebunk, sameFact bool
	differentDetail      bool // one role filled by two actors that can both be true
	noMarks              bool // the marks are not kept (Input.NoMarks): markA and markB skip them
}

// judgements holds judgements done with, for their lists' arrays: a
// pair's marks and reasons grew a few arrays per pair, a fifth of what
// judging allocated.
var judgements = sync.Pool{New: func() any { return new(judgement) }}

// newJudgement returns an empty judgement, its lists' arrays reused.
func newJudgement() *judgement {
	j := judgements.Get().(*judgement)
	*j = judgement{conflicts: j.conflicts[:0], support: j.support[:0], info: j.info[:0],
		marksA: j.marksA[:0], marksB: j.marksB[:0], keepA: j.keepA[:0], keepB: j.keepB[:0]}
	return j
}

// release puts j back in judgements. Its reasons are cleared so that the
// pool holds little of the passages' text: those in use, not the whole
// arrays (a reason is large, and clearing every spare slot was 2 % of
// judging); a slot left past the end is overwritten by a later pair, and
// the collector empties the pool.
func (j *judgement) release() {
	clear(j.conflicts)
	clear(j.support)
	clear(j.info)
	if j.rel != nil {
		relations.Put(j.rel)
		j.rel = nil
	}
	judgements.Put(j)
}

func (j *judgement) markA(s model.Span, m model.Mark) {
	if s.End > s.Start && !j.noMarks {
		j.marksA = append(j.marksA, model.Highlight{Span: s, Mark: m})
	}
}

func (j *judgement) markB(s model.Span, m model.Mark) {
	if s.End > s.Start && !j.noMarks {
		j.marksB = append(j.marksB, model.Highlight{Span: s, Mark: m})
	}
}

// Judge fills the verdict, reasons, evidence and marks of one alignment,
// and returns the signals it read (FeatureNames).
func Judge(in Input, al *model.Alignment) []float64 {
	return judge(in, al, true, nil)
}

// JudgeFacts is Judge that also returns the same-fact features
// (FactFeatures) of a pair that reaches the same-fact decision (the rules
// and the verdict model leave it related and nothing guards it), else
// nil: tools/fitfacts fits the decision on them.
func JudgeFacts(in Input, al *model.Alignment) (x, facts []float64) {
	x = judge(in, al, true, &facts)
	return x, facts
}

// Verdict is Judge for a caller that does not read the signals: they are
// gathered only for the pairs the fitted model reads (those the rules
// leave related), not for every pair.
func Verdict(in Input, al *model.Alignment) {
	judge(in, al, false, nil)
}

// judge is Judge; without signals, the signals are read only when the
// fitted model needs them, and what it returns is not to be used. When
// factsOut is set, it receives the same-fact features of a pair that
// reaches that decision.
func judge(in Input, al *model.Alignment, signals bool, factsOut *[]float64) []float64 {
	j := newJudgement()
	defer j.release()
	j.noMarks = in.NoMarks
	j.entities(in)
	j.numbers(in)
	j.terms(in)
	j.claims(in)
	j.polarity(in)
	j.agreement(in)
	j.opposites(in)
	j.demoteNumbers()
	if len(j.conflicts) == 0 && len(j.support) == 0 {
		// Only a pair that nothing else decides needs the slower
		// comparisons of quotations and word order, and of one fact in
		// other words.
		j.quotes(in)
		if len(j.support) == 0 && !j.hedgeApart && j.nRare > 0 && j.nTerms+len(j.ev.Entities) >= 4 {
			j.statements(in)
		}
		if len(j.support) == 0 {
			j.sameFactSupport(in)
		}
	}

	notes := capClaimantNotes(j.info, 2)
	var reasons []model.Reason // nil when there is none, as before
	if n := len(j.conflicts) + len(j.support) + len(notes); n > 0 {
		reasons = make([]model.Reason, 0, n) // one allocation, no spare
	}
	reasons = append(reasons, j.conflicts...)
	reasons = append(reasons, j.support...)
	reasons = append(reasons, notes...)
	switch {
	case len(j.conflicts) > 0:
		al.Verdict = model.Diverge
	case j.differentDetail:
		al.Verdict = model.Related // two details that can both be true are not one account
	case len(j.support) > 0 || in.Link.Cos >= nearDuplicate && !j.opposed && !j.hedgeApart && !stancesApart(in):
		al.Verdict = model.Agree
	default:
		al.Verdict = model.Related
	}
	quoted := false // told by the disputing article, not taken on: related, and settled
	if r, ok := quotesDisputed(in); ok {
		// The disputing article quotes the other word for word: what it
		// disputes, told, not taken on nor refuted (articles.go).
		al.Verdict, quoted = model.Related, true
		reasons = append([]model.Reason{r}, capClaimantNotes(j.info, 2)...)
	}
	if al.Verdict == model.Agree && !quoted {
		// The disputing article's sentence only recounts what it shares
		// (articles.go).
		if r, ok := j.disputedRecount(in); ok {
			al.Verdict, quoted = model.Related, true
			reasons = append([]model.Reason{r}, capClaimantNotes(j.info, 2)...)
		}
	}
	if (al.Verdict == model.Related || al.Verdict == model.Agree) && !quoted {
		// The disputing article's paragraph only recounts the claim
		// (articles.go): related, and settled.
		if r, ok := j.recountsOnly(in); ok {
			al.Verdict, quoted = model.Related, true
			reasons = append([]model.Reason{r}, capClaimantNotes(j.info, 2)...)
		}
	}
	if al.Verdict == model.Related && !quoted && j.articleDispute(in) {
		// One article disputes what the other reports.
		al.Verdict = model.Diverge
		reasons = append([]model.Reason{j.conflicts[len(j.conflicts)-1]}, reasons...)
	}
	if (al.Verdict == model.Related || al.Verdict == model.Agree && len(j.support) == 0) && !quoted && j.rebuttal(in) {
		// One passage disputes what the other states (rebuttal.go),
		// however alike their words.
		al.Verdict = model.Diverge
		reasons = append([]model.Reason{j.conflicts[len(j.conflicts)-1]}, reasons...)
	}
	// One point in other words, with details of its own (samepoint.go);
	// one action, said with its own words on each side (sameaction.go);
	// one party that has not responded, on both sides (silence.go). The
	// first rule that holds gives its reason.
	if al.Verdict == model.Related && !quoted && (j.samePoint(in) || j.sameAction(in) || j.bothSilent(in) || j.undisputedDetail(in)) {
		al.Verdict = model.Agree
		reasons = append([]model.Reason{j.support[len(j.support)-1]}, reasons...)
	}
	var x []float64
	if signals {
		x = j.features(in)
	}
	if al.Verdict == model.Related && !quoted && !in.RulesOnly {
		if x == nil {
			x = j.features(in)
		}
		// What the rules leave related, the fitted model may find to say
		// one thing: it names the signals that drove it.
		if m := Fitted(); Upgrade(m, x) {
			al.Verdict = model.Agree
			r := j.modelReason(in, m.Predict(x)[classAgree], drivers(m, x, classAgree, classRelated))
			reasons = append([]model.Reason{r}, reasons...)
			if j.match.sa >= 0 {
				j.markA(spanOf(in.A, j.match.toksA), model.MarkShared)
				j.markB(spanOf(in.B, j.match.toksB), model.MarkShared)
			}
			j.support = append(j.support, r)
		}
	}
	if f := EmbeddedFacts(); al.Verdict == model.Related && !quoted && (factsOut != nil || f != nil && !in.RulesOnly && !in.NoFacts) && !j.factsGuarded(in) {
		// What is still related, the same-fact model may find to state
		// one fact (factmodel.go): it quotes the best sentence pair.
		// tools/fitfacts reads the features (factsOut) to fit it.
		var buf [32]float64
		fx := j.factFeatures(in, buf[:0])
		if factsOut != nil {
			*factsOut = slices.Clone(fx)
		}
		if !in.RulesOnly && !in.NoFacts && f.Agrees(fx) {
			al.Verdict = model.Agree
			r := j.factReason(in, f, fx)
			reasons = append([]model.Reason{r}, reasons...)
			j.markA(spanOf(in.A, j.match.toksA), model.MarkShared)
			j.markB(spanOf(in.B, j.match.toksB), model.MarkShared)
			j.support = append(j.support, r)
		}
	}
	if al.Verdict == model.Agree && len(j.support) == 0 {
		reasons = append(reasons, sentence(model.Reason{Kind: model.ReasonSharedTerms, Form: model.FormNearly, List: j.ev.Terms}))
	}
	if len(reasons) == 0 || onlyKinds(reasons, model.ReasonAnonymous, model.ReasonHedged) {
		switch {
		case len(j.ev.Terms) > 0:
			reasons = append(reasons, sentence(model.Reason{Kind: model.ReasonSharedTerms, List: j.ev.Terms[:min(5, len(j.ev.Terms))]}))
		case in.Link.Topic >= 0:
			reasons = append(reasons, sentence(model.Reason{Kind: model.ReasonSharedTopic, Label: in.Topics[in.Link.Topic].Label}))
		}
	}
	al.Reasons = keepReasons(dedupeReasons(reasons), in.Strings)
	al.Evidence = j.ev
	if !in.NoMarks {
		al.MarksA, al.MarksB = normalizeMarksPair(j.marksA, j.marksB)
	}
	return x
}

// keepReasons readies an alignment's reasons to be kept with the
// comparison: an array with no spare room, each sentence shared with the
// same sentence of other alignments (through memo, when set: "both name:
// Japan" is said of thousands), and the quotes sliced out of the sentence
// that holds them rather than kept as copies of their own. The verdicts'
// reasons are most of what twenty sources keep; the report is the same.
func keepReasons(rs []model.Reason, memo Strings) []model.Reason {
	if len(rs) == 0 {
		return rs
	}
	if cap(rs) > len(rs) {
		rs = append(make([]model.Reason, 0, len(rs)), rs...)
	}
	for i := range rs {
		r := &rs[i]
		if memo != nil && r.Text != "" && len(r.Text) <= memoMax {
			if t, ok := memo[r.Text]; ok {
				r.Text = t
			} else {
				memo[r.Text] = r.Text
			}
		}
		r.A = within(r.Text, r.A)
		r.B = within(r.Text, r.B)
	}
	return rs
}

// within returns s as a slice of t when t holds it, else s.
func within(t, s string) string {
	if s == "" {
		return s
	}
	if k := strings.Index(t, s); k >= 0 {
		return t[k : k+len(s)]
	}
	return s
}

// capClaimantNotes keeps at most n claimant-differs notes, those where one
// party denies what another asserts first: more only repeat that the
// parties disagree.
func capClaimantNotes(rs []model.Reason, n int) []model.Reason {
	if !slices.ContainsFunc(rs, func(r model.Reason) bool { return r.Kind == model.ReasonClaimantDiffers }) {
		return rs // nothing to cap or reorder (callers copy what this returns)
	}
	var denials, others, out []model.Reason
	for _, r := range rs {
		switch {
		case r.Kind != model.ReasonClaimantDiffers:
		case strings.Contains(r.Text, "denied per"):
			denials = append(denials, r)
			continue
		default:
			others = append(others, r)
			continue
		}
		out = append(out, r)
	}
	notes := append(denials, others...)
	return append(out, notes[:min(n, len(notes))]...)
}

// onlyKinds reports whether every reason is of one of the kinds.
func onlyKinds(rs []model.Reason, kinds ...model.ReasonKind) bool {
	for _, r := range rs {
		ok := false
		for _, k := range kinds {
			if r.Kind == k {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// dedupeReasons drops the reasons of a kind and text that an earlier one
// has, in place. A pair has a handful of reasons: comparing each with
// those kept costs less than a set.
func dedupeReasons(rs []model.Reason) []model.Reason {
	out := rs[:0]
	for _, r := range rs {
		if !slices.ContainsFunc(out, func(o model.Reason) bool { return o.Kind == r.Kind && o.Text == r.Text }) {
			out = append(out, r)
		}
	}
	return out
}

// claims compares the claims and denials of the two passages.
func (j *judgement) claims(in Input) {
	ca, cb := &in.A.Claims, &in.B.Claims
	ta, tb := in.A.Text, in.B.Text
	if ca == nil || cb == nil {
		return
	}
	// Denials by one speaker on both sides.
	for _, da := range ca.Denials {
		for _, db := range cb.Denials {
			who, same := sharedParty(da.Speaker, db.Speaker)
			if !same && da.Speaker == nil && db.Speaker == nil && da.Body != "" && da.Body == db.Body {
				// "The home ministry denied this" / "The government has
				// denied …": one unnamed body of the same kind.
				who, same = da.Body, true
			}
			qa, qb := quote(ta, da.Quote), quote(tb, db.Quote)
			if same {
				j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonBothDeny, Label: who, A: qa, B: qb,
					SpanA: da.Quote, SpanB: db.Quote}))
				j.markA(da.Neg, model.MarkShared)
				j.markB(db.Neg, model.MarkShared)
			} else {
				j.info = append(j.info, sentence(model.Reason{Kind: model.ReasonBothDeny,
					Per: [2]string{claims.ActorsLabel(da.Speaker, "unnamed"), claims.ActorsLabel(db.Speaker, "unnamed")}, A: qa, B: qb,
					Weak: true, SpanA: da.Quote, SpanB: db.Quote}))
			}
			goto claims
		}
	}
claims:
	for x := range ca.Claims {
		cx := &ca.Claims[x]
		if cx.Denied {
			continue
		}
		for y := range cb.Claims {
			cy := &cb.Claims[y]
			if cy.Denied || cy.Role != cx.Role {
				continue
			}
			if !claimantsCompatible(cx.Claimants, cy.Claimants) {
				j.partiesDiffer(in, cx, cy)
				continue
			}
			j.compareClaims(in, cx, cy)
		}
	}
	if ca.Anon.End > 0 || cb.Anon.End > 0 {
		r := model.Reason{Kind: model.ReasonAnonymous}
		switch {
		case ca.Anon.End > 0 && cb.Anon.End > 0:
			r.A, r.B = quote(ta, ca.Anon), quote(tb, cb.Anon)
			r.SpanA, r.SpanB = ca.Anon, cb.Anon
		case ca.Anon.End > 0:
			r.A, r.SpanA, r.Side = quote(ta, ca.Anon), ca.Anon, model.SideA
		default:
			r.B, r.SpanB, r.Side = quote(tb, cb.Anon), cb.Anon, model.SideB
		}
		j.info = append(j.info, sentence(r))
	}
}

// compareClaims compares two claims of one role whose claimants may agree.
func (j *judgement) compareClaims(in Input, x, y *claims.Claim) {
	ta, tb := in.A.Text, in.B.Text
	label := x.Role.Label()
	var per [2]string // the party that says it on both sides, if one does
	if who, ok := sharedParty(x.Claimants, y.Claimants); ok {
		per = [2]string{who, who}
	}
	common := commonActor(x.Actors, y.Actors)
	switch {
	case x.Neg != y.Neg && x.Role.Exclusive():
		_, sameSpeaker := sharedParty(x.Claimants, y.Claimants)
		if common == "" && !(len(x.Actors) == 0 && len(y.Actors) == 0 && sameSpeaker) && !noneAgainstSome(x, y) {
			return
		}
		who := common
		sa, sb := clauseAround(in.A, x.Cue), clauseAround(in.B, y.Cue)
		qa, qb := quote(ta, sa), quote(tb, sb)
		denier := model.SideA
		if y.Neg {
			denier = model.SideB
		}
		j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonNegation,
			Label: strings.TrimSpace(who + " " + label), Per: per, A: qa, B: qb,
			Side: denier, SpanA: sa, SpanB: sb}))
		j.markA(x.NegSpan, model.MarkConflict)
		j.markB(y.NegSpan, model.MarkConflict)
	case len(x.Actors) > 0 && len(y.Actors) > 0:
		if common != "" {
			what := x.Role.With(common)
			if x.Neg {
				what = x.Role.Without(common)
			}
			j.sharedClaim(in, x, y, what, per, common)
			return
		}
		if x.Neg || !x.Role.Exclusive() {
			return // "X did not" and "Y did not" do not conflict
		}
		gx, gy := !claims.Named(x.Actors), !claims.Named(y.Actors)
		switch {
		case gx && gy:
			return // two kinds of actor, no names: not a conflict
		case gx && perpetrators(x.Actors) || gy && perpetrators(y.Actors):
			return // "the gunmen" name no one: never a rival culprit
		case !x.Role.Culprit():
			// Two warnings, from two sources: both can be true.
			j.differentDetail = true
			j.info = append(j.info, sentence(model.Reason{Kind: model.ReasonDifferentDetail, Label: label, Per: per,
				Words: [2]string{claims.ActorsLabel(x.Actors, ""), claims.ActorsLabel(y.Actors, "")},
				A:     actorsText(ta, x.Actors), B: actorsText(tb, y.Actors),
				SpanA: actorsSpan(x.Actors), SpanB: actorsSpan(y.Actors)}))
			return
		case gx != gy:
			gen, spec := x.Actors, y.Actors
			if gy {
				gen, spec = y.Actors, x.Actors
			}
			j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonGeneralSpecific, Label: label, Per: per,
				Words: [2]string{claims.ActorsLabel(gen, ""), claims.ActorsLabel(spec, "")},
				A:     actorsText(ta, x.Actors), B: actorsText(tb, y.Actors),
				SpanA: actorsSpan(x.Actors), SpanB: actorsSpan(y.Actors)}))
		default:
			j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonActorDiffers, Label: label, Per: per,
				Words: [2]string{claims.ActorsLabel(x.Actors, ""), claims.ActorsLabel(y.Actors, "")},
				A:     actorsText(ta, x.Actors), B: actorsText(tb, y.Actors),
				SpanA: actorsSpan(x.Actors), SpanB: actorsSpan(y.Actors)}))
		}
		for _, a := range x.Actors {
			j.markA(a.Span, model.MarkConflict)
		}
		for _, a := range y.Actors {
			j.markB(a.Span, model.MarkConflict)
		}
	default:
		// One side leaves the actor unsaid ("the group was responsible"):
		// the same claimant saying the same role still agrees, and so
		// does the same claimant saying there was none ("no warning").
		if who, ok := sharedParty(x.Claimants, y.Claimants); ok && x.Neg == y.Neg {
			what := label
			if x.Neg {
				what = x.Role.None()
			}
			j.sharedClaim(in, x, y, what, [2]string{who, who}, "")
		}
	}
}

// partiesDiffer notes two claims of one role made by different parties
// with different actors: not a conflict between the accounts (each may
// report both parties), but not agreement either.
func (j *judgement) partiesDiffer(in Input, x, y *claims.Claim) {
	if !x.Role.Exclusive() {
		return
	}
	common := commonActor(x.Actors, y.Actors)
	if x.Neg != y.Neg && (common != "" || noneAgainstSome(x, y)) {
		// One party asserts what another denies: whoever speaks, the
		// accounts say it happened and it did not.
		who := func(c *claims.Claim) string { return claims.ActorsLabel(parties(c.Claimants), "the article") }
		what := x.Role.With(common)
		if common == "" {
			what = x.Role.Label()
		}
		sa, sb := clauseAround(in.A, x.Cue), clauseAround(in.B, y.Cue)
		qa, qb := quote(in.A.Text, sa), quote(in.B.Text, sb)
		denier := model.SideA
		if y.Neg {
			denier = model.SideB
		}
		j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonNegation, Form: model.FormParties,
			Label: what, Per: [2]string{who(x), who(y)},
			A: qa, B: qb, Side: denier, SpanA: sa, SpanB: sb}))
		j.markA(x.NegSpan, model.MarkConflict)
		j.markB(y.NegSpan, model.MarkConflict)
		return
	}
	if len(x.Actors) == 0 || len(y.Actors) == 0 {
		return
	}
	if x.Neg || y.Neg || common != "" {
		return
	}
	if mutual(x, y) {
		// Each blames the other: "Tajikistan says Kyrgyz troops fired
		// first" / "Kyrgyzstan says Tajik forces attacked". Each account
		// carries one side's version; they diverge.
		j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonActorDiffers, Form: model.FormBlame, Label: x.Role.Label(),
			Words: [2]string{claims.ActorsLabel(x.Actors, ""), claims.ActorsLabel(y.Actors, "")},
			Per:   [2]string{claims.ActorsLabel(parties(x.Claimants), ""), claims.ActorsLabel(parties(y.Claimants), "")},
			A:     actorsText(in.A.Text, x.Actors), B: actorsText(in.B.Text, y.Actors),
			SpanA: actorsSpan(x.Actors), SpanB: actorsSpan(y.Actors)}))
		for _, a := range x.Actors {
			j.markA(a.Span, model.MarkConflict)
		}
		for _, a := range y.Actors {
			j.markB(a.Span, model.MarkConflict)
		}
		return
	}
	j.opposed = true
	j.info = append(j.info, sentence(model.Reason{Kind: model.ReasonClaimantDiffers, Label: x.Role.Label(),
		Words: [2]string{claims.ActorsLabel(x.Actors, ""), claims.ActorsLabel(y.Actors, "")},
		Per:   [2]string{claims.ActorsLabel(parties(x.Claimants), ""), claims.ActorsLabel(parties(y.Claimants), "")},
		A:     actorsText(in.A.Text, x.Actors), B: actorsText(in.B.Text, y.Actors),
		SpanA: actorsSpan(x.Actors), SpanB: actorsSpan(y.Actors)}))
}

// noneAgainstSome reports whether one claim says the role was filled and
// the other, negated, that it was not at all: "US officials said they had
// warned Russia" / "the Kremlin had not received any warning".
func noneAgainstSome(x, y *claims.Claim) bool {
	neg, pos := x, y
	if y.Neg {
		neg, pos = y, x
	}
	return neg.Neg && !pos.Neg && len(neg.Actors) == 0 && len(pos.Actors) > 0
}

// perpetrators reports whether a list of actors is only generic nouns for
// whoever did it ("the gunmen", "the attackers").
func perpetrators(as []claims.Actor) bool {
	for _, a := range as {
		if !a.Generic {
			return false
		}
		ws := strings.Fields(lexicon.Fold(a.Label))
		if len(ws) == 0 || !perpetratorWords.Has(ws[len(ws)-1]) {
			return false
		}
	}
	return len(as) > 0
}

// mutual reports whether two claims are each party blaming the other: x's
// actor is y's claimant and y's actor is x's claimant.
func mutual(x, y *claims.Claim) bool {
	return commonActor(x.Actors, parties(y.Claimants)) != "" && commonActor(y.Actors, parties(x.Claimants)) != ""
}

// sharedClaim records one claim both sides make.
func (j *judgement) sharedClaim(in Input, x, y *claims.Claim, what string, per [2]string, common string) {
	sa, sb := clauseAround(in.A, x.Cue), clauseAround(in.B, y.Cue)
	qa, qb := quote(in.A.Text, sa), quote(in.B.Text, sb)
	j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedClaim, Label: what, Per: per, A: qa, B: qb,
		SpanA: sa, SpanB: sb}))
	for _, a := range x.Actors {
		if commonActor([]claims.Actor{a}, y.Actors) != "" {
			j.markA(a.Span, model.MarkShared)
		}
	}
	for _, a := range y.Actors {
		if commonActor([]claims.Actor{a}, x.Actors) != "" {
			j.markB(a.Span, model.MarkShared)
		}
	}
	if x.Hedged() != y.Hedged() {
		r := model.Reason{Kind: model.ReasonHedged, Label: what, Per: per}
		if y.Hedged() {
			r.B, r.SpanB, r.Side = in.B.Text[y.Hedge.Start:y.Hedge.End], y.Hedge, model.SideB
		} else {
			r.A, r.SpanA, r.Side = in.A.Text[x.Hedge.Start:x.Hedge.End], x.Hedge, model.SideA
		}
		j.info = append(j.info, sentence(r))
	}
}

// parties are the claimants that take sides (not news outlets).
func parties(cl []claims.Actor) []claims.Actor {
	var out []claims.Actor
	for _, a := range cl {
		if isParty(a) {
			out = append(out, a)
		}
	}
	return out
}

// isParty reports whether a claimant takes sides (parties keeps it).
func isParty(a claims.Actor) bool { return !a.Media && !a.Generic }

// claimantsCompatible reports whether two claims may be compared: the
// same party says both, or either is in the article's own voice or a news
// outlet's. It reads the parties in place: it runs for every pair of
// claims of every alignment.
func claimantsCompatible(a, b []claims.Actor) bool {
	if !slices.ContainsFunc(a, isParty) || !slices.ContainsFunc(b, isParty) {
		return true
	}
	_, ok := sharedParty(a, b)
	return ok
}

// sharedParty returns the label of a party both lists hold (the first of
// a's parties, then of b's, that match).
func sharedParty(a, b []claims.Actor) (string, bool) {
	for _, x := range a {
		if !isParty(x) {
			continue
		}
		for _, y := range b {
			if isParty(y) && x.Is(y) {
				return commonLabel(x, y), true
			}
		}
	}
	return "", false
}

// commonLabel names what two matching actors share: their entity, or
// their country when that is what matched.
func commonLabel(x, y claims.Actor) string {
	if x.Key == y.Key {
		return x.Label
	}
	if x.Side == x.Key || x.Label == y.Label {
		return x.Label
	}
	if y.Side == y.Key {
		return y.Label
	}
	return x.Label + " / " + y.Label
}

// commonActor returns the label of an actor both lists hold, or "".
func commonActor(a, b []claims.Actor) string {
	for _, x := range a {
		for _, y := range b {
			if x.Is(y) || partOf(x, y) || partOf(y, x) {
				return commonLabel(x, y)
			}
		}
	}
	return ""
}

// actorsSpan is the stretch of their passage from the first actor to the
// last.
func actorsSpan(as []claims.Actor) model.Span {
	if len(as) == 0 {
		return model.Span{}
	}
	sp := as[0].Span
	for _, a := range as[1:] {
		sp.Start, sp.End = min(sp.Start, a.Span.Start), max(sp.End, a.Span.End)
	}
	return sp
}

func actorsText(text string, as []claims.Actor) string {
	ls := make([]string, len(as))
	for i, a := range as {
		ls[i] = text[a.Span.Start:a.Span.End]
	}
	return strings.Join(ls, ", ")
}

// partOf reports whether actor x is a branch of actor y: "ISIS-K" of
// "ISIS" (a key that is the other's and a hyphenated suffix). A branch and
// its parent are compatible, never rivals. The features stage is to hold
// such relations as data; until it does, this is the one place to ask.
func partOf(x, y claims.Actor) bool {
	if x.Generic || y.Generic || len(x.Key) <= len(y.Key)+1 {
		return false
	}
	rest, ok := strings.CutPrefix(x.Key, y.Key)
	return ok && (rest[0] == '-' || rest[0] == ' ') && len(rest) <= 3
}

// sentence sets the reason's Text to the sentence its fields render.
func sentence(r model.Reason) model.Reason {
	r.Text = r.Sentence()
	return r
}

package judge

import (
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// The same point in other words, with details of its own.
//
// Most links a careful reader calls agreement say one fact and add
// details around it ("The musician died Tuesday at a hospital in
// Englewood, according to his manager" / "The manager confirmed the
// musician's untimely passing"), so the same-fact rule (60 % of each
// sentence met) leaves them related. What the rules leave related, in
// two articles that do not stand apart (articles.go), agrees when its best
// sentence pair meets on two content words at least (names alone, or a
// number, are never agreement) and one of the two sentences is met for
// 20 % of its content-word weight or more (samePointCover), with the same
// polarity on both sides, no count apart, nothing reported on one side and
// stated on the other, no parties differing — and not two predicates of
// their own: when neither matched word reads as a verb and each sentence
// says a verb the other does not meet ("police arrested two men" /
// "investigators are examining video", both "at the tram stop"), the two
// sentences tell two facts of one scene, and stay related. A matched
// irregular past ("went", "took", words/pastForms.txt) is a shared verb
// too ("he went to the police" / "she went to a police station"); it does
// not count as a verb of one side's own, which the -ed and auxiliary
// tests keep to forms read with more certainty. And when one article
// disputes what the other reports (articlesStandApart), a paragraph of
// the disputing one that recounts the claim ("the video allegedly
// showed") tells what it disputes: related to the paragraph stating it,
// not agreement (REALPAIRS.md's recount rule) — unless both deny
// (bothDeny): one sentence negates ("the world will not be falling into
// darkness") and the other recounts the claim in a sentence that calls it
// untrue ("the hoax … a story claiming that the world would be plunged
// into darkness"); two debunks of one hoax agree, and the reason says
// both call it untrue. On the fit gold, found links 0.623 → 0.642, every
// gold link 0.529 → 0.536; dev unchanged.
//
// The thresholds were chosen on the fit real-pair gold
// (eval/testdata/realpairs_fit.json; verdicts right on found links, and
// on every gold link with fitjudge -gold -goldfile), never on dev:
// two content words 0.556, with a 30 % cover 0.586 (20 % the same,
// 40 % 0.535), with no verb check 0.616 but then the tram-stop pair
// agrees. With the alignment of wip/recall merged (more, weaker links
// found): cover 20 % 0.557 (every gold link 0.490), 30 % 0.538 (0.483),
// 10 % or none 0.538 (0.479) — so 20 %. The shared irregular past and
// the disputed recount, each on the fit gold: found links 0.557 → 0.566
// (recount) → 0.575 (irregular past), every gold link 0.494 → 0.498 →
// 0.506; counting an irregular past as a verb of one side's own too
// scored 0.557 (0.494): it splits more one-fact pairs than it joins.
//
// What it gets wrong: verbs are guessed from their form (a past in -ed,
// a word after an auxiliary), so "police arrest two men" has no verb;
// two details that can both be true but share two words ("wilful
// absence" proved / found) agree.

// samePointCover is the share of one sentence's content-word weight the
// other must meet.
const samePointCover = 0.2

// samePoint adds the best sentence pair as support when a pair the rules
// leave related makes one point, and reports whether it did.
func (j *judgement) samePoint(in Input) bool {
	m := &j.match
	if m.sa < 0 || m.n < 2 || m.content < 2 {
		return false
	}
	if !j.bothDeny(in) && (j.hedgeApart && !j.attributed(in) || (m.negA > 0) != (m.negB > 0)) || j.refuted || j.opposed || j.differentDetail {
		return false
	}
	ca := contentCover(sentences(in.A), m.sa, m.toksA)
	cb := contentCover(sentences(in.B), m.sb, m.toksB)
	if max(ca, cb) < samePointCover {
		return false
	}
	if shared, ownA, ownB := predicates(in.A, in.B, m); !shared && ownA && ownB {
		return false
	}
	if countsApart(in.A, in.B, int32(m.sa), int32(m.sb)) || !countsMeet(in.A, in.B, int32(m.sa), int32(m.sb)) {
		return false
	}
	if recountsDisputed(in) && !j.bothDeny(in) {
		return false
	}
	if asks(in.A, m.sa) || asks(in.B, m.sb) {
		return false // "Did you see the car that was vandalized?" asserts nothing
	}
	if r, apart := subjectsApart(in.A, in.B, j.rel, zipTokens(m.toksA, m.toksB)); apart {
		j.differentSubjects(r) // one predicate, two named subjects (subjects.go)
		return false
	}
	sa, sb := sentenceSpan(in.A, m.sa), sentenceSpan(in.B, m.sb)
	r := model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormSamePoint,
		Words: [2]string{matchedWords(in.A, slices.Sorted(slices.Values(m.toksA))), matchedWords(in.B, slices.Sorted(slices.Values(m.toksB)))},
		A:     quote(in.A.Text, sa), B: quote(in.B.Text, sb), SpanA: sa, SpanB: sb}
	if j.bothDeny(in) {
		// One negates, the other calls the claim untrue.
		r.Form = model.FormUntrue
		if m.negA > 0 {
			r.Words = [2]string{negationWord(in.A, m.sa), cueText(in.B, sentences(in.B).debunk[m.sb])}
		} else {
			r.Words = [2]string{cueText(in.A, sentences(in.A).debunk[m.sa]), negationWord(in.B, m.sb)}
		}
	}
	j.support = append(j.support, sentence(r))
	j.markA(spanOf(in.A, m.toksA), model.MarkShared)
	j.markB(spanOf(in.B, m.toksB), model.MarkShared)
	return true
}

// verbLike reports whether token k reads as a verb: a past form in -ed
// (not a name, not part of a compound), or a word after an auxiliary
// (words/auxiliaries.txt).
func verbLike(f *Side, k int) bool {
	t := &f.Toks[k]
	if !t.Is(lexicon.TWord) || t.Is(lexicon.TCap) || t.Is(lexicon.TJoined) {
		return false
	}
	if len(t.Norm()) >= 4 && strings.HasSuffix(t.Norm(), "ed") {
		return true
	}
	for i := k - 1; i >= max(0, k-2); i-- {
		p := &f.Toks[i]
		if p.Sent != t.Sent {
			break
		}
		if factsOf(p.NormID()).auxiliary {
			return true
		}
		if p.Norm() != "not" && p.Norm() != "also" {
			break
		}
	}
	return false
}

// predicates reports whether the matched sentence pair meets on a verb,
// and whether each side says a verb of its own that the other does not
// meet.
func predicates(a, b *Side, m *sentMatch) (shared, ownA, ownB bool) {
	shared = slices.ContainsFunc(m.toksA, func(k int) bool { return verbLike(a, k) || pastForms.Has(a.Toks[k].Norm()) }) ||
		slices.ContainsFunc(m.toksB, func(k int) bool { return verbLike(b, k) || pastForms.Has(b.Toks[k].Norm()) })
	own := func(f *Side, s int, matched []int) bool {
		for _, it := range sentences(f).items[s] {
			if !it.name && !slices.Contains(matched, int(it.tok)) && verbLike(f, int(it.tok)) {
				return true
			}
		}
		return false
	}
	return shared, own(a, m.sa, m.toksA), own(b, m.sb, m.toksB)
}

// countsMeet reports whether two sentences that both give counts give one
// they share ("killing at least 43" / "47 dead": yes; "rose to 47" /
// "at least 51 died", or "at least 43" / "at least 51" (twoBounds): no — a
// toll at two times, or two tolls, is no one point). Sentences without a
// count on both sides meet.
func countsMeet(fa, fb *Side, sa, sb int32) bool {
	na, nb, meet := 0, 0, false
	for x := range fa.Nums {
		qa := &fa.Nums[x]
		if fa.Toks[qa.Tok0].Sent != sa || qa.Kind != features.QCount {
			continue
		}
		na++
		for y := range fb.Nums {
			qb := &fb.Nums[y]
			if fb.Toks[qb.Tok0].Sent == sb && qb.Kind == features.QCount && qa.Comparable(qb) && qa.Compatible(qb) && !twoBounds(qa, qb) {
				meet = true
			}
		}
	}
	for y := range fb.Nums {
		qb := &fb.Nums[y]
		if fb.Toks[qb.Tok0].Sent == sb && qb.Kind == features.QCount {
			nb++
		}
	}
	return na == 0 || nb == 0 || meet
}

// attributed reports whether the only thing apart is that one side
// attributes the point with a verb of claiming ("the clip's description
// claims it took place in Now Zad") in an article that disputes nothing:
// reporting what someone says, not doubting it, so two reports of it
// agree (REALPAIRS.md): the verb is one of words/attributionVerbs.txt. A
// hedge ("allegedly trained") stays apart.
// "Reportedly" only says whose report it is: when neither article
// disputes anything, "the truck is reportedly being used by …" hedges
// what nobody doubts, and the other article stating it agrees (on the fit
// real-pair gold, found links 0.575 → 0.585, every gold link 0.506 →
// 0.510, nothing lost; every recount word so, the same, but then
// "allegedly trained" / "trained" agrees).
func (j *judgement) attributed(in Input) bool {
	if j.debunkA || j.debunkB || j.recountA == j.recountB {
		return false
	}
	f, s, art := in.A, j.match.sa, &in.ArtA
	if j.recountB {
		f, s, art = in.B, j.match.sb, &in.ArtB
	}
	k := sentences(f).recount[s]
	if k < 0 || art.Sentences > plainMost {
		return false
	}
	w := f.Toks[k].Norm()
	return attributionVerbs.Has(w) || w == "reportedly" && in.ArtA.Sentences+in.ArtB.Sentences == 0
}

// asks reports whether sentence s of a passage is a question.
func asks(f *Side, s int) bool {
	last := -1
	for k := range f.Toks {
		t := &f.Toks[k]
		if int(t.Sent) == s && !t.Is(lexicon.TQuote) && t.Norm() != ")" {
			last = k // a closing quotation mark or bracket after "?" still asks
		}
	}
	return last >= 0 && f.Toks[last].Norm() == "?"
}

// recountsDisputed reports whether one article disputes what the other
// reports (articlesStandApart) and the disputing article's paragraph
// recounts the claim: it tells what it disputes, so it is related to the
// paragraph stating it, not agreement (REALPAIRS.md).
func recountsDisputed(in Input) bool {
	if !articlesStandApart(in) {
		return false
	}
	deb, _, _, _ := disputing(in)
	return slices.ContainsFunc(sentences(deb).recount, nonNegative)
}

// bothDeny reports whether the matched sentences deny one claim in two
// ways: one negates ("the world will not be falling into darkness") and
// the other recounts the claim while calling it untrue ("the hoax ... a
// story claiming that the world would be plunged into six days without
// light"). Two debunks of one hoax agree (REALPAIRS.md).
func (j *judgement) bothDeny(in Input) bool {
	m := &j.match
	if (m.negA > 0) == (m.negB > 0) {
		return false
	}
	f, s := in.A, m.sa
	if m.negA > 0 {
		f, s = in.B, m.sb
	}
	si := sentences(f)
	return si.debunk[s] >= 0 && si.recount[s] >= 0
}

// negationWord is the first negating word of sentence s, as written ("not"
// when none is found as a word: a negated stance without one).
func negationWord(f *Side, s int) string {
	for k := range f.Toks {
		t := &f.Toks[k]
		if int(t.Sent) == s && lexicon.Negates(t.Norm()) {
			return f.Text[t.Start:t.End]
		}
	}
	return "not"
}

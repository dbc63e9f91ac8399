package stance

import (
	"github.com/parallax-reader/parallax/corpus/features"
)

// Where the document stands in its own voice.
//
// The fitted cascade reads relatedness as FNC-1 labels it: a body about
// the same story. A fact-checker asks more of a source, and four rules,
// read around the cascade (Model.Judge), say so:
//
//   - Silent: a short claim (two to shortStems content words: one
//     statement) of which the document says only one word, anywhere
//     ("the ferry was overloaded" against a report that only names the
//     ferry), is not spoken to: the document names the claim's subject,
//     never what the claim says of it. A longer claim, a headline, names
//     a story; FNC-1 calls a body of that story that says one of its
//     words per sentence related, and so does the check.
//   - Asserted: a headline that says most of the claim's weight
//     (assertShare, word for word or through WordNet: "overloaded ferry
//     sinks" says "the ferry was overloaded") in the source's own voice —
//     no attribution, hedge, negation, denial, refuting cue or question —
//     supports the claim, whatever the body goes on to report (a denial
//     by the accused, say). FNC-1's bodies have no headline; there the
//     same reading of the first sentence, of the carrying sentence and of
//     the plainest sentence are columns of the stance regression
//     (lead_plain, carrier_plain, plain_max).
//   - Stated: a sentence that says most of a short claim in the
//     document's own voice ("Police arrested the captain on Monday" for
//     "the captain was arrested") supports it. A long claim is read by
//     the regression, for which a plain sentence is one column: FNC-1's
//     discussing bodies often restate a headline plainly once.
//   - Negated: a sentence carrying the claim whose negation stands just
//     before one of the claim's words ("his client had never received the
//     warning" against "the captain received the warning") is not
//     agreement, as a denial is not (cover.go), unless the claim negates
//     too.
//
// On the story-grouped folds of FNC-1's fit part (tools/fitstance -val)
// the three columns alone moved macro-F1 0.665 -> 0.672; with the rules,
// which read the claim as a fact-checker does and not as FNC-1's
// annotators labelled the stories, and cost a little there, the check
// scores 0.666 -> 0.671 (related accuracy 0.977 -> 0.976, disagree F1
// 0.358 unchanged).

// assertShare is the share of the claim's weight a headline must say in
// the source's own voice to assert the claim.
const assertShare = 0.75

// shortStems is the most content words a claim may have for the silent
// and stated rules to read it as one statement (subject, verb, object).
// On FNC-1's fit part, where headlines name stories, a rule on the most
// claim words one sentence says would fire on 90 pairs labelled related
// with four (and on 507 unrelated ones), on 54 with three (151
// unrelated); the silent rule counts the whole document's words, which
// fires on fewer.
const shortStems = 3

// plainVoice tells whether a sentence speaks in the document's own voice:
// it attributes nothing, hedges nothing, negates, denies or refutes
// nothing, and asks nothing.
func plainVoice(ls *cueLists, st sentence) bool {
	if ls.attribution.count(st.toks, nil) > 0 || ls.hedge.count(st.toks, nil) > 0 ||
		ls.negation.count(st.toks, nil) > 0 || ls.deny.count(st.toks, nil) > 0 || ls.refute.count(st.toks, nil) > 0 {
		return false
	}
	for i := range st.toks {
		if st.toks[i].Norm() == "?" {
			return false
		}
	}
	return true
}

// carried is how many of the claim's content words a sentence says, and
// the share of the claim's weight they hold.
func carried(st sentence, stems []claimStem, total float64) (n int, share float64) {
	for _, cs := range stems {
		for _, t := range st.toks {
			if cs.matches[t.Stem()] {
				n++
				share += cs.w
				break
			}
		}
	}
	return n, share / total
}

// voice reads the rules' signals: the most claim words one sentence
// says (words, read with the shares), the first sentence's plain share,
// and whether the carrying sentence negates the claim.
func (s *Signals) voice(sents []sentence, share []float64, most float64, words, carrier int, stems []claimStem) {
	ls := lists()
	s.Stems = len(stems)
	s.Words = words
	for _, cs := range stems {
		if len(cs.matches) > 0 {
			s.DocWords++
		}
	}
	if len(sents) > 0 && plainVoice(ls, sents[0]) {
		s.X[fLeadPlain] = share[0]
	}
	for i, st := range sents {
		if share[i] > s.X[fPlainMax] && plainVoice(ls, st) {
			s.X[fPlainMax] = share[i]
		}
	}
	if carrier >= 0 && plainVoice(ls, sents[carrier]) {
		s.X[fCarrierPlain] = most
	}
	if carrier >= 0 {
		var cue [2]int32
		if cue, s.Negated = negatesClaim(ls, sents[carrier], stems); s.Negated {
			s.Cues = append(s.Cues, cueMatch{Passage: sents[carrier].passage, Start: cue[0], End: cue[1], List: "negation"})
		}
	}
}

// negatesClaim tells whether a negation in the sentence stands just
// before one of the claim's words ("had never received the warning",
// "was not overloaded", "no ferry"): the first content word after it
// is one of the claim's. It returns where the negation is.
func negatesClaim(ls *cueLists, st sentence, stems []claimStem) ([2]int32, bool) {
	cue := [2]int32{-1, -1}
	ls.negation.count(st.toks, func(a, b int32) {
		if cue[0] >= 0 {
			return
		}
		words := 0
		for i := range st.toks {
			t := &st.toks[i]
			if t.Start <= a || t.Stem() == "" {
				continue
			}
			if words++; words > negReach {
				break
			}
			for _, cs := range stems {
				if cs.matches[t.Stem()] {
					cue = [2]int32{a, b}
					return
				}
			}
		}
	})
	return cue, cue[0] >= 0
}

// negReach is how many content words after a negation it reaches: the
// next one ("no one was hurt when the mayor signed" does not negate the
// signing).
const negReach = 1

// ReadHeadline reads the document's headline against the claim: the
// share of the claim's weight it says in the document's own voice
// (Signals.Headline). The headline is not among the passages Read
// reads, as FNC-1's bodies, which the model is fitted on, have none.
func (s *Signals) ReadHeadline(claim *features.Passage, head *features.Passage) {
	s.head = head
	cv := weigh(claim.Toks)
	sents, whole := sentencesOf([]*features.Passage{head})
	stems, total := claimStems(cv, whole)
	if total == 0 {
		return
	}
	ls := lists()
	for _, st := range sents {
		if !plainVoice(ls, st) {
			continue
		}
		if _, sh := carried(st, stems, total); sh > s.Headline {
			s.Headline = sh
		}
	}
}

// HeadlineAsserts tells whether the document's headline says the claim
// in its own voice.
func (s *Signals) HeadlineAsserts() bool {
	return s.Headline >= assertShare
}

// States tells whether a sentence of the document says a short claim
// (one statement, see Alone) in the document's own voice.
func (s *Signals) States() bool {
	return s.Stems <= shortStems && s.X[fPlainMax] >= assertShare
}

// Alone tells whether the document names only one of the claim's
// content words, where the claim has two to shortStems.
func (s *Signals) Alone() bool {
	return s.Stems >= 2 && s.Stems <= shortStems && s.DocWords < 2
}

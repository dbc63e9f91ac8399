package claims

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/strtable"
)

// Stances and statements: what a passage says is so, says is not so, or
// only asks about, and what two passages state in the same words.
//
// Reading (per passage, with its claims): a negated scope runs from a
// negation ("no", "not", "never", "denied that", "rejected claims that")
// to the end of its clause (a sentence end, a semicolon, "but", a closing
// quotation, ", saying", ", and", "and that"); "claims that X are false"
// negates X; "denied this" makes the sentence before disputed — said and
// denied in one passage. Not knowing ("not aware of X", "could not
// confirm", "did not immediately respond") and a question ("whether X")
// leave X unknown, neither said nor denied. "Did not … until" is no
// negation. Every token gets one stance.
//
// Judging (per aligned pair, in corpus/judge/stances.go; see judge.go
// there for where each signal weighs):
//
//   - polarity: a sentence's denied words against a sentence of the other
//     passage that states them: two stems or more in common (a casualty
//     word counts by its class: "arrests" meets "detained"), one of them
//     denied only on one side and stated only on the other, and not
//     common in the comparison (in at most a quarter of the passages). A
//     bare denial ("No arrests have been made.") stands on its one
//     casualty word. The reason quotes the denial and the statement.
//   - quotes: the same four words or more inside quotation marks on both
//     sides are one statement reported twice.
//   - statements: a sentence pair sharing a dense run of content words and
//     names in the same order (at most one other item between two of them
//     on either side): four items, or all of a short sentence; one a word
//     not common in the comparison; a verb-like word among them (a shared
//     description, "an Afghanistan-based offshoot of", is no statement);
//     no count that the two sentences give differently or of different
//     people. Different names in the same slot make two statements; two
//     countries swapped between slots, each passage naming both, make a
//     mirror image, which blocks agreement.
//
// Only a pair that nothing else decides gets quotes and statements: they
// are the slowest comparisons, and a verdict already made by a claim or a
// count would not change.
//
// What it gets wrong: stems are not meanings ("no known faults" / "a
// faulty sensor" are two stems, "received no help" / "not a single
// helicopter" share none); a negation's scope is guessed from punctuation,
// so a long sentence can carry its negation too far; two modifiers of one
// noun ("territorial" / "international waters") are no contradiction to
// it; statements need the same words, so a paraphrase agrees only through
// a shared claim, count or near-identical wording.

// Token stances.
const (
	StAsserted uint8 = iota
	StNegated
	StQuestion
	StDisputed // said and denied in the passage: "Critics said X. The ministry denied this."
)

// NegScope is one negated stretch of a sentence, tokens [tok0, tok1).
type NegScope struct {
	Cue        int // the negation's first token
	Tok0, Tok1 int
}

var (
	// polarCues are the keys (stems, or stop words as written) of every
	// word polarity acts on.
	polarCues = func() map[string]uint8 {
		m := map[string]uint8{"whether": 1, "if": 1}
		for _, set := range []*strtable.Set{&negWords, &denyStems} {
			for w := range set.All() {
				m[w] = 1
			}
		}
		for _, st := range FalsityStems {
			m[st] = 1
		}
		return m
	}()
)

// polarity marks the negated and questioned tokens of sentence [s0, s1)
// in cs.stance and records the negated scopes.
func (cx *claimCtx) polarity(cs *Set, s0, s1 int) {
	toks := cx.f.Toks
	if cs.Stance == nil {
		cs.Stance = make([]uint8, len(toks))
	}
	for i := s0; i < s1; i++ {
		t := &toks[i]
		if !t.Is(lexicon.TWord) || keyFlags(t)&fPolarCue == 0 && normFlags(t)&fNt == 0 {
			continue // one look-up for the words that cannot turn a stance
		}
		switch {
		case t.Norm() == "whether" || t.Norm() == "if":
			end := cx.scopeEnd(i+1, s1)
			for k := i; k < end; k++ {
				if cs.Stance[k] == StAsserted {
					cs.Stance[k] = StQuestion
				}
			}
		case negWords.Has(t.Norm()) && t.Norm() != "without" || strings.HasSuffix(t.Norm(), "n't"):
			n := cx.nextWord(i+1, s1)
			if n < 0 || negSkip.Has(toks[n].Norm()) {
				continue
			}
			// "not aware of X", "know nothing about X", "did not
			// immediately respond": the speaker's knowledge, not the
			// event; X is neither said nor denied.
			p := cx.prevWord(i)
			n2 := cx.nextWord(n+1, s1)
			if notFactual.Has(toks[n].Stem()) || notFactual.Has(toks[n].Norm()) || p >= 0 && (cognition.Has(toks[p].Stem()) || notFactual.Has(toks[p].Stem())) ||
				n2 >= 0 && (notFactual.Has(toks[n2].Stem()) || toks[n2].Norm() == "aware") {
				end := cx.scopeEnd(i+1, s1)
				if w := cx.presupposedFrom(i+1, end); w >= 0 {
					end = w // "has no idea how the truck ended up in Syria": it did
				}
				for k := i; k < end; k++ {
					if cs.Stance[k] == StAsserted {
						cs.Stance[k] = StQuestion
					}
				}
				continue
			}
			end := cx.scopeEnd(i+1, s1)
			if cx.has(i+1, end, "until") {
				continue // "did not send an alert until 8 p.m.": it did, late
			}
			from := i + 1
			if p := i - 1; p >= s0 && (t.Norm() == "no" || t.Norm() == "none" || t.Norm() == "nothing") && toks[p].Stem() != "" && cx.mentionAt[p] < 0 {
				from = p // "received no help": the verb too
			}
			cx.negate(cs, i, from, end)
		case denyStems.Has(t.Stem()) && !cx.passive(i, s0):
			n := cx.nextWord(i+1, s1)
			if n >= 0 && anaphoraObj.Has(toks[n].Norm()) && (n+1 >= s1 || toks[n+1].Is(lexicon.TBreak|lexicon.TEnd)) {
				// "Critics said X. The ministry denied this": X is said
				// and denied in one passage — disputed, not denied.
				if s0 > 0 {
					p0 := s0 - 1
					for p0 > 0 && toks[p0-1].Sent == toks[s0-1].Sent {
						p0--
					}
					for k := p0; k < s0; k++ {
						cs.Stance[k] = StDisputed
					}
				}
				continue
			}
			from := i + 1
			if n >= 0 && lexicon.Determiners.Has(toks[n].Norm()) {
				if n2 := cx.nextWord(n+1, s1); n2 >= 0 && claimNouns.Has(toks[n2].Norm()) {
					n = n2 // "rejected the claims …"
				}
			}
			if n >= 0 && claimNouns.Has(toks[n].Norm()) {
				// "rejected claims by Western media that X": X, not who
				// made the claims.
				from = -1
				for k := n + 1; k < s1 && k <= n+10; k++ {
					if toks[k].Norm() == "that" || toks[k].Norm() == "of" {
						from = k + 1
						break
					}
				}
				if from < 0 {
					continue
				}
			}
			cx.negate(cs, i, from, cx.scopeEnd(from, s1))
		case Falsity.Has(t.Norm()) && cx.copulaBefore(i, s0):
			// "Claims … that X are false": X, from the claim noun.
			for k := i - 1; k >= s0; k-- {
				if claimNouns.Has(toks[k].Norm()) {
					cx.negate(cs, i, k+1, i)
					cs.falsity = append(cs.falsity, NegScope{Cue: i, Tok0: k + 1, Tok1: i})
					break
				}
				if toks[k].Norm() == ";" {
					break
				}
			}
		}
	}
}

// falseClaims negates the claims of this sentence (from index c0) that
// stand inside "claims that … are false" (scopes from f0): "Claims that
// Tajik troops fired first are a distortion" says they did not.
func (cx *claimCtx) falseClaims(cs *Set, c0, f0 int) {
	for _, sc := range cs.falsity[f0:] {
		for k := c0; k < len(cs.Claims); k++ {
			c := &cs.Claims[k]
			at := cx.tokAt(c.Cue.Start)
			if at >= sc.Tok0 && at < sc.Tok1 && !c.Neg {
				t := &cx.f.Toks[sc.Cue]
				c.Neg, c.NegSpan = true, model.Span{Start: int(t.Start), End: int(t.End)}
			}
		}
	}
}

// tokAt returns the token that starts at byte offset b, or -1.
func (cx *claimCtx) tokAt(b int) int {
	for k := range cx.f.Toks {
		if int(cx.f.Toks[k].Start) == b {
			return k
		}
	}
	return -1
}

// copulaBefore reports whether "are", "was" … or "as" ("dismissed as
// false") stands just before the falsity word at i, past "a gross" and
// quotation marks: the claims are what is false.
func (cx *claimCtx) copulaBefore(i, s0 int) bool {
	for k, n := i-1, 0; k >= s0 && n < 4; k-- {
		t := &cx.f.Toks[k]
		if !t.Is(lexicon.TWord) {
			if t.Is(lexicon.TQuote) {
				continue
			}
			return false
		}
		n++
		if PassiveAux.Has(t.Norm()) || t.Norm() == "as" {
			return true
		}
	}
	return false
}

// negate marks tokens [a, b) negated by the cue at token cue.
func (cx *claimCtx) negate(cs *Set, cue, a, b int) {
	if b <= a {
		return
	}
	for k := a; k < b; k++ {
		if cs.Stance[k] == StAsserted {
			cs.Stance[k] = StNegated
		}
	}
	cs.Scopes = append(cs.Scopes, NegScope{Cue: cue, Tok0: a, Tok1: b})
}

// scopeEnd returns the end of the clause that starts at i: the sentence
// end, a semicolon, a contrast ("but", "while"), a closing quotation, or a
// comma before a participle or a speech verb (", saying …", ", he said"),
// or the dash that closes an aside the clause stands in ("— he has not
// filed a lawsuit, but it's not out of the question — the counsel
// admits …"; the tokenizer folds dashes to "-").
func (cx *claimCtx) scopeEnd(i, s1 int) int {
	toks := cx.f.Toks
	aside := false // the clause stands in a dash aside: the closing dash ends it
	if i > 0 && i <= len(toks) {
		for k, s := i-1, toks[i-1].Sent; k >= 0 && toks[k].Sent == s; k-- {
			if toks[k].Norm() == "-" {
				aside = !aside
			}
		}
	}
	for k := i; k < s1; k++ {
		t := &toks[k]
		if contrast.Has(t.Norm()) || t.Is(lexicon.TEnd) || aside && t.Norm() == "-" {
			return k
		}
		// "nothing to do with it and that X was the culprit": a second
		// clause of what was said.
		if (t.Norm() == "and" || t.Norm() == "or") && k+1 < s1 && (toks[k+1].Norm() == "that" || toks[k+1].Norm() == "whether") {
			return k
		}
		if t.Is(lexicon.TQuote) && k > 0 && toks[k-1].End == t.Start && toks[k-1].Is(lexicon.TBreak|lexicon.TEnd) {
			return k // the close of a quoted sentence: `…terrorism," he said`
		}
		if t.Norm() == "," {
			n := cx.nextWord(k+1, s1)
			if n >= 0 && (strings.HasSuffix(toks[n].Norm(), "ing") || speechWords.Has(toks[n].Norm()) || personPron.Has(toks[n].Norm()) ||
				toks[n].Norm() == "and" || toks[n].Norm() == "or" || relatives.Has(toks[n].Norm()) ||
				cx.mentionAt[n] >= 0 && n+1 < s1 && speechWords.Has(toks[n+1].Norm())) {
				return k
			}
		}
	}
	return s1
}

// has reports whether the folded word w stands in tokens [a, b).
func (cx *claimCtx) has(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if cx.f.Toks[k].Norm() == w {
			return true
		}
	}
	return false
}

// presupposedFrom returns the first token of [from, end) that opens a
// question word's clause after a negated word of knowing ("no idea how",
// "did not know why", "not clear where"): such a clause takes what it
// says for granted (the truck did end up in Syria; only how is not
// known), so the question ends there. It returns -1 when none does
// ("whether" and "if" ask whether it happened at all).
func (cx *claimCtx) presupposedFrom(from, end int) int {
	toks := cx.f.Toks
	for k := from; k < end && k < from+4; k++ {
		if presupposing[toks[k].Norm()] {
			return k
		}
	}
	return -1
}

// presupposing are the question words whose clause, after a negated word
// of knowing, is taken for granted.
var presupposing = lexicon.SetOf("how", "why", "where", "when", "who")

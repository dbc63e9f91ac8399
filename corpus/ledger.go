package corpus

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// The ledger's statements, read from the acts of saying the claims stage
// finds (claims.Speech): a verb of saying with its speaker, or "according
// to X". What is said is the clause the verb introduces — after it ("X
// said the ferry was overloaded"), or, when the verb ends the sentence,
// before the speaker ("The ferry was overloaded, X said"; "…, according
// to X") — cut where the next act of saying in the sentence begins
// ("… in March and denied that …"). The verb gives the act: deny
// ("denied"), warn, accuse ("blamed", "accused"), else claim. "Rejected"
// and "dismissed" take an object, not a clause ("rejected the claims"), so
// they are not acts of saying here: the judge reads them as denials, the
// ledger does not list them.
// A hedging word in the clause ("may have been hit") hedges it; a
// sentence citing unnamed sources, or a speaker who is one ("a source at
// the ministry"), makes it anonymous. What it gets wrong: a clause that
// runs on past the statement keeps its tail (up to maxSaysWords words),
// a speaker only a pronoun points to is the last one named, and a title
// ("the regional governor") is not merged with the name it stands for.

// The word lists the ledger reads (ledgerAuxiliary, ledgerClause, …) are
// data, words/ledger*.txt, written into words_gen.go by tools/genwords.
//
//go:generate go run ../tools/genwords

// maxSaysWords is the most words of a clause the ledger quotes.
const maxSaysWords = 24

// speechAct is the act of the ledger a verb of saying performs, by the
// prefix of ledgerActs it begins with (genwords lets at most one match).
func speechAct(t *lexicon.Token) coverage.Act {
	for prefix, act := range ledgerActs {
		if strings.HasPrefix(t.Norm(), prefix) {
			return coverage.Act(act)
		}
	}
	return coverage.Claims
}

// anonSpeaker reports whether a speaker's words describe an unnamed
// source: "a source at the transport ministry", "officials who spoke on
// condition of anonymity".
func anonSpeaker(label string) bool {
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if ledgerAnonymous.Has(w) {
			return true
		}
	}
	return false
}

// speechAttributions reads a passage's acts of saying into ledger lines.
// covered marks, per token, that a statement's clause holds it (the role
// claims there are left to these).
func speechAttributions(cs *claims.Set, f *features.Passage, ix *features.EntityIndex) (out []coverage.Attribution, covered []bool) {
	toks := f.Toks
	covered = make([]bool, len(toks))
	var last []claims.Actor // the last named speaker, for "the company"
	var prev coverage.Attribution
	prevSent := int32(-1) // the sentence of prev
	for si, sp := range cs.Speeches {
		if sp.Media || sp.Tok >= len(toks) {
			continue
		}
		s0, s1 := sentenceOf(toks, sp.Tok)
		// The clause ends where the next act of saying of the sentence
		// begins ("said X and denied Y": "and" and all after it).
		end := s1
		if si+1 < len(cs.Speeches) {
			if n := cs.Speeches[si+1].Tok; n > sp.Tok && n < end {
				k := n
				for k > sp.Tok+1 && ledgerAuxiliary.Has(toks[k-1].Norm()) {
					k--
				}
				if w := toks[k-1].Norm(); w == "and" || w == "but" || w == "," {
					// The same speaker's next statement.
					end = k - 1
				}
			}
		}
		if ledgerObject.Has(toks[sp.Tok].Norm()) && !thatFollows(toks, sp.Tok, end) {
			continue // "declared three days of mourning": a deed, not words
		}
		np0, np1 := speakerPhrase(toks, sp.Tok, s0)
		if np1-np0 == 1 && ledgerDemonstrative.Has(toks[np0].Norm()) {
			continue // "This suggests …": a thing, not a speaker
		}
		var a, b int
		if toks[sp.Tok].Norm() == "according" {
			np0, np1, a, b = accordingTo(toks, sp.Tok, s0, end)
		} else if np0 < np1 && inverted(toks, np0, s0) && endsClause(toks, sp.Tok, end) {
			// "The ferry sank, the ministry said on Monday, as …"
			a, b = s0, trimEnd(toks, s0, np0)
		} else {
			a, b = clauseOf(toks, sp, s0, end)
		}
		a = afterDateline(f, a, b, s0)
		for a < b && !toks[a].Is(lexicon.TWord) {
			a++
		}
		if a >= b {
			continue
		}
		name, key := speakerName(f, sp, np0, np1, ix, last)
		if name == "" && np0 == np1 && prevSent == toks[sp.Tok].Sent && sp.Tok > 0 {
			if w := toks[sp.Tok-1].Norm(); w == "and" || w == "but" {
				name, key = prev.Speaker, prev.SpeakerKey // "X said … and denied …"
			}
		}
		if claims.Named(sp.Speaker) {
			if n, _ := actorsName(sp.Speaker, ix); n == name {
				last = sp.Speaker
			}
		}
		at := coverage.Attribution{Speaker: name, SpeakerKey: key, Act: speechAct(&toks[sp.Tok]), Anonymous: sp.Anon}
		switch {
		case name == "" && sp.Anon:
			at.Speaker, at.SpeakerKey = "unnamed sources", "unnamed sources"
		case name == "":
			continue // the article's own voice
		case anonSpeaker(name):
			at.Anonymous = true
		}
		if at.Act == coverage.Claims && deniesWithin(cs, int(toks[a].Start), int(toks[b-1].End)) {
			at.Act = coverage.Denies // "said he was not aware of it"
		}
		covered[sp.Tok] = true
		for k := a; k < b; k++ {
			covered[k] = true
			at.Hedged = at.Hedged || claims.IsHedge(&toks[k])
		}
		if b-a > maxSaysWords {
			at.Says = strings.TrimSpace(f.Text[toks[a].Start:toks[a+maxSaysWords-1].End]) + "…"
		} else {
			at.Says = strings.TrimSpace(f.Text[toks[a].Start:toks[b-1].End])
		}
		at.Says = strings.Trim(at.Says, "\"“”'‘’ ")
		if at.Says == "" {
			continue
		}
		out = append(out, at)
		prev, prevSent = at, toks[sp.Tok].Sent
	}
	return out, covered
}

// sentenceOf returns the tokens [s0, s1) of the sentence holding token i.
func sentenceOf(toks []lexicon.Token, i int) (s0, s1 int) {
	s0, s1 = i, i+1
	for s0 > 0 && toks[s0-1].Sent == toks[i].Sent {
		s0--
	}
	for s1 < len(toks) && toks[s1].Sent == toks[i].Sent {
		s1++
	}
	return s0, s1
}

// clauseOf returns the tokens [a, b) of what the act of saying sp
// reports, in the sentence [s0, end): after the verb, or before the
// speaker when nothing follows the verb.
func clauseOf(toks []lexicon.Token, sp claims.Speech, s0, end int) (a, b int) {
	i := sp.Tok
	after := i + 1
	if toks[i].Norm() == "according" {
		after = i + 2 // "to"
	}
	// "told reporters that", "told the Tribune that": the clause starts
	// after a "that" close by; "said on Monday": after the speaker when
	// the speaker follows the verb.
	if sp.Speaker != nil && len(sp.Speaker) > 0 {
		if sp.Speaker[0].Span.Start >= int(toks[i].End) {
			for after < end && int(toks[after].Start) < sp.Speaker[len(sp.Speaker)-1].Span.End {
				after++
			}
		}
	}
	for k := after; k < min(end, after+5); k++ {
		if toks[k].Norm() == "that" || toks[k].Norm() == "," && toks[i].Norm() == "according" {
			after = k + 1
			break
		}
	}
	if toks[i].Norm() != "according" && after < end && toks[after].Norm() == "to" && after+1 < end && isAudience(toks[after+1].Norm()) {
		after += 2 // "said to reporters"
	}
	if after < end && isAudience(toks[after].Norm()) {
		after++ // "told reporters"
	}
	// A quotation closing after the verb ends the clause: "X said the
	// group had left," one of the sources told the agency.
	stop := end
	for k := after; k < end; k++ {
		if toks[k].Is(lexicon.TQuote) && k > after && (toks[k-1].Norm() == "," || toks[k-1].Is(lexicon.TEnd)) {
			stop = k
			break
		}
	}
	a, b = after, trimEnd(toks, after, stop)
	if b-a >= 3 || !endsClause(toks, i, end) {
		return a, b
	}
	// Nothing after the verb: the clause is before the speaker ("…, the
	// ministry said"; "…, according to X").
	stop = i
	if len(sp.Speaker) > 0 {
		for stop > s0 && int(toks[stop-1].End) > sp.Speaker[0].Span.Start {
			stop--
		}
	}
	for stop > s0 && !toks[stop-1].Is(lexicon.TWord) {
		stop--
	}
	// Back over the speaker's determiner and the comma before it.
	for stop > s0 && article(toks[stop-1].Norm()) {
		stop--
	}
	for stop > s0 && !toks[stop-1].Is(lexicon.TWord) {
		stop--
	}
	return s0, trimEnd(toks, s0, stop)
}

// article reports whether w is an article: "the", "a", "an".
func article(w string) bool { return w == "the" || w == "a" || w == "an" }

// isAudience reports whether w is who a statement was made to.
func isAudience(w string) bool { return ledgerAudience.Has(w) }

// trimEnd drops the punctuation that ends tokens [a, b).
func trimEnd(toks []lexicon.Token, a, b int) int {
	for b > a && !toks[b-1].Is(lexicon.TWord) && !toks[b-1].Is(lexicon.TNum) {
		b--
	}
	return b
}

// speakerPhrase returns the tokens [np0, np1) of the words just before
// the verb at i that name who speaks ("a police spokesman said"), back to
// the sentence start, a comma or a word that starts a clause; empty when
// the verb follows one of those ("Lakeline, which runs it, said").
func speakerPhrase(toks []lexicon.Token, i, s0 int) (np0, np1 int) {
	if toks[i].Norm() == "according" {
		return i, i
	}
	np1 = i
	for np1 > s0 && ledgerAuxiliary.Has(toks[np1-1].Norm()) {
		np1--
	}
	np0 = np1
	for np0 > s0 && np1-np0 < 7 {
		t := &toks[np0-1]
		if !t.Is(lexicon.TWord) && t.Norm() != "'" && t.Norm() != "’" && t.Norm() != "-" || ledgerClause.Has(t.Norm()) {
			break
		}
		np0--
	}
	return np0, np1
}

// thatFollows reports whether "that" or a colon follows the verb at i
// within a few words.
func thatFollows(toks []lexicon.Token, i, end int) bool {
	for k := i + 1; k < min(end, i+4); k++ {
		if toks[k].Norm() == "that" || toks[k].Norm() == ":" {
			return true
		}
	}
	return false
}

// endsClause reports whether nothing the verb at i says follows it: the
// sentence ends, or a comma comes, after at most a phrase of time or
// place ("said.", "said on Monday, as …", "said at a briefing.").
func endsClause(toks []lexicon.Token, i, end int) bool {
	k := i + 1
	if ledgerTell.Has(toks[i].Norm()) {
		// "…," one of the sources told the news agency.
		for w := 0; k < end && w < 4 && toks[k].Is(lexicon.TWord) && toks[k].Norm() != "that"; k++ {
			w++
		}
	}
	if k < end && (toks[k].Norm() == ":" || toks[k].Is(lexicon.TQuote)) {
		return false // "said: …"
	}
	if k < end && toks[k].Is(lexicon.TWord) && !ledgerTime.Has(toks[k].Norm()) {
		return false
	}
	for ; k < end; k++ {
		if toks[k].Norm() == "," || toks[k].Is(lexicon.TEnd) {
			return true
		}
		if toks[k].Norm() == "that" {
			return false
		}
	}
	return true
}

// inverted reports whether the speaker phrase starting at np0 follows a
// comma after a clause of its own ("The ferry sank, the ministry said"):
// the statement is that clause. A single name before the comma is the
// speaker's, in apposition ("Lakeline, the operator, said").
func inverted(toks []lexicon.Token, np0, s0 int) bool {
	if np0 <= s0 || toks[np0-1].Norm() != "," && !toks[np0-1].Is(lexicon.TQuote) {
		return false
	}
	words := 0
	for k := s0; k < np0; k++ {
		if toks[k].Is(lexicon.TWord) {
			words++
		}
	}
	return words >= 4
}

// afterDateline skips a dateline opening the sentence [a, b): "VARNA, May
// 12 - A ferry capsized" reads "A ferry capsized". A dateline opens with
// a place in capitals.
func afterDateline(f *features.Passage, a, b, s0 int) int {
	toks := f.Toks
	if a != s0 || a >= b {
		return a
	}
	if w := f.Text[toks[a].Start:toks[a].End]; len(w) < 2 || strings.ToUpper(w) != w {
		return a
	}
	for k := a; k < min(b, a+7); k++ {
		if n := toks[k].Norm(); n == "-" || n == "—" || n == "–" {
			return k + 1
		}
	}
	return a
}

// generic reports whether the speaker phrase [np0, np1) describes rather
// than names ("the company", "rescue officials"): it holds no name the
// claims stage found.
func generic(toks []lexicon.Token, np0, np1 int, sp claims.Speech) bool {
	for _, a := range sp.Speaker {
		if !a.Generic && a.Span.Start >= int(toks[np0].Start) && a.Span.End <= int(toks[max(np0, np1-1)].End) {
			return false
		}
	}
	return true
}

// speakerName names who speaks: the name the claims stage found when it
// lies in the speaker phrase (its key merges aliases), else the phrase
// itself ("a police spokesman", keyed without its article); a pronoun or
// no phrase takes the claims stage's speaker, and "the company", "the
// operator" the last speaker named in the passage.
func speakerName(f *features.Passage, sp claims.Speech, np0, np1 int, ix *features.EntityIndex, last []claims.Actor) (name, key string) {
	toks := f.Toks
	if np0 >= np1 || np1-np0 == 1 && ledgerPronoun.Has(toks[np0].Norm()) {
		return actorsName(sp.Speaker, ix)
	}
	if !generic(toks, np0, np1, sp) {
		return actorsName(sp.Speaker, ix)
	}
	k0 := np0
	for k0 < np1 && article(toks[k0].Norm()) {
		k0++
	}
	if k0 >= np1 {
		return "", ""
	}
	if np1-k0 == 1 && toks[np0].Norm() == "the" && ledgerStandin.Has(toks[k0].Norm()) && len(last) > 0 {
		return actorsName(last, ix)
	}
	phrase := f.Text[toks[np0].Start:toks[np1-1].End]
	if np0 == 0 || toks[np0].Sent != toks[max(0, np0-1)].Sent || toks[np0-1].Is(lexicon.TEnd) {
		// Capitalised only because it opens the sentence.
		if article(toks[np0].Norm()) {
			phrase = strings.ToLower(phrase[:1]) + phrase[1:]
		}
	}
	return phrase, strings.ToLower(f.Text[toks[k0].Start:toks[np1-1].End])
}

// deniesWithin reports whether a denial the claims stage read ("not
// aware", "know nothing") has its negation in the bytes [start, end).
func deniesWithin(cs *claims.Set, start, end int) bool {
	for _, d := range cs.Denials {
		if d.Neg.Start >= start && d.Neg.Start < end {
			return true
		}
	}
	return false
}

// accordingTo reads "according to X, CLAUSE" and "CLAUSE, according to
// X" (the verb-like token "according" at i, in the sentence [s0, end)):
// the speaker phrase [np0, np1) runs from after "to" to a comma or the
// end, and the clause is the rest of the sentence on the other side.
func accordingTo(toks []lexicon.Token, i, s0, end int) (np0, np1, a, b int) {
	np0 = min(i+2, end)
	np1 = np0
	for np1 < end && toks[np1].Norm() != "," && !toks[np1].Is(lexicon.TEnd) {
		np1++
	}
	if np1 < end && toks[np1].Norm() == "," && trimEnd(toks, np1+1, end) > np1+3 {
		return np0, np1, np1 + 1, trimEnd(toks, np1+1, end)
	}
	return np0, np1, s0, trimEnd(toks, s0, i)
}

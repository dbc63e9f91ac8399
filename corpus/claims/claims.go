// Package claims is the engine's claim-reading stage: for one aligned
// passage it reads who does what in it (claims.go, actors.go) and what it
// says is so, is not so, or only asks about (stances.go). Its result is a
// Set per passage, which the judge compares.
package claims

//go:generate go run ../../tools/genwords

import (
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/strtable"
)

// This file reads claims out of a passage, sentence by sentence, with
// patterns around cue words rather than a parser. A claim is a role (who
// warned, who is responsible — or struck first: "X attacked", "X opened
// fire" —, who condemned it), the actors that fill it (found by
// actors.go), whether it is negated (also by "claims that … are false") or
// hedged, whether it rests on unnamed sources, and who says so: the
// claimant, the speaker of the nearest speech verb ("X said", "according
// to X", "X's insistence that"; for ", saying …" the subject of the
// sentence), none when the article says it in its own voice. A denial is a speaker
// saying they do not know or deny ("we are not aware", "I do not know
// anything about this", "X denied"); the claims after its negation in the
// clause, or inside the question put to the speaker, are what was denied,
// not what was asserted.

// role is what an actor does in a claim.
type role uint8

const (
	roleWarner  role = iota + 1 // gave the warning
	roleCulprit                 // did it, or is blamed for it
	roleCondemn                 // condemned it: many may, so it never conflicts
)

// Exclusive reports whether two different actors in this role contradict
// each other: one warning came from X or from Y, but anyone may condemn.
func (r role) Exclusive() bool { return r != roleCondemn }

// Culprit reports whether the role is who did it: the one role where two
// different named actors cannot both be right. Two warnings from two
// sources can both be true.
func (r role) Culprit() bool { return r == roleCulprit }

// Label names the role in reasons: "warning from: Egypt ≠ Jordan".
func (r role) Label() string {
	switch r {
	case roleWarner:
		return "warning from"
	case roleCulprit:
		return "responsible"
	case roleCondemn:
		return "condemned"
	}
	return "role"
}

// With phrases the role filled by an actor: "warning from UN", "Hamas
// responsible".
func (r role) With(actor string) string {
	switch r {
	case roleCulprit:
		return actor + " responsible"
	case roleCondemn:
		return actor + " condemned it"
	}
	return r.Label() + " " + actor
}

// None phrases the role denied outright: "no warning", "nobody responsible".
func (r role) None() string {
	switch r {
	case roleWarner:
		return "no warning"
	case roleCulprit:
		return "nobody responsible"
	case roleCondemn:
		return "no condemnation"
	}
	return "no " + r.Label()
}

// Without phrases the role denied of an actor: "no warning from UN",
// "Hamas not responsible".
func (r role) Without(actor string) string {
	switch r {
	case roleCulprit:
		return actor + " not responsible"
	case roleCondemn:
		return actor + " did not condemn it"
	}
	return "no " + r.Label() + " " + actor
}

// Actor is one party named in a claim.
type Actor struct {
	Key     string     // entity key, or a generic word
	Side    string     // the country it stands for, if any: "UK officials" and "Downing Street" match
	Label   string     // display name
	Span    model.Span // where it is written
	Generic bool       // a kind ("militants"), not a name
	Media   bool       // a news outlet: reports, takes no side
}

// Claim is one role filled in one sentence.
type Claim struct {
	Role      role
	Actors    []Actor
	Claimants []Actor // who says so; empty for the article's own voice
	Neg       bool
	NegSpan   model.Span
	Hedge     model.Span // the hedging word; zero when asserted
	Anon      bool
	Denied    bool       // in a sentence whose speaker denies knowing
	Cue       model.Span // the cue words
	sent      int
}

func (c *Claim) Hedged() bool { return c.Hedge.End > c.Hedge.Start }

// denial is a speaker saying they do not know, are not aware, deny.
type denial struct {
	Speaker []Actor
	Body    string     // an unnamed speaker's kind ("the government"), when speaker is nil
	Neg     model.Span // the negation words
	Quote   model.Span // the clause, for reasons
	sent    int
}

// Speech is one act of saying read in a sentence: a verb of saying ("said",
// "denied", "warned"), "according to", or "X's insistence that", with who
// says it. The ledger reads what is said from the tokens around it.
type Speech struct {
	Tok     int     // the verb's token ("according" for "according to")
	Speaker []Actor // who says it; empty when no one is named or described
	Media   bool    // "reported", "wrote": a news outlet's report
	Anon    bool    // the sentence cites unnamed sources
}

// Set is everything claims-related read from one passage.
type Set struct {
	Claims   []Claim
	Speeches []Speech // every act of saying, in reading order
	Denials  []denial
	Anon     model.Span // the first phrase citing anonymous sources
	Stance   []uint8    // per token: stAsserted, stNegated or stQuestion
	Scopes   []NegScope // the negated stretches, in order
	falsity  []NegScope // "claims that X are false": X
}

// speech is one verb (or "X's insistence that") of saying in a sentence.
type speech struct {
	tok     int
	speaker []Actor
	media   bool // "reported": the speaker is a reporter
}

// claimCtx holds what the scans of one passage need.
type claimCtx struct {
	f         *features.Passage
	ix        *features.EntityIndex
	mentionAt []int32 // token → index into f.ents, or -1
	speakers  []Actor // the last named speaker, for "he" and "she"
	person    []Actor // the last person named, when no one has spoken yet
	cur       []speech
}

// Read reads the claims and denials of one passage.
func Read(f *features.Passage, ix *features.EntityIndex) *Set {
	cs := &Set{}
	ReadInto(cs, f, ix)
	return cs
}

// ReadInto is Read into a Set the caller holds (a judge.Side holds one).
func ReadInto(cs *Set, f *features.Passage, ix *features.EntityIndex) {
	cx := &claimCtx{f: f, ix: ix, mentionAt: make([]int32, len(f.Toks))}
	for i := range cx.mentionAt {
		cx.mentionAt[i] = -1
	}
	for mi := range f.Ents {
		for k := f.Ents[mi].Tok0; k < f.Ents[mi].Tok1; k++ {
			cx.mentionAt[k] = int32(mi)
		}
	}
	toks := f.Toks
	for s0 := 0; s0 < len(toks); {
		s1 := s0
		for s1 < len(toks) && toks[s1].Sent == toks[s0].Sent {
			s1++
		}
		cx.sentence(cs, s0, s1)
		s0 = s1
	}
}

// sentence reads one sentence, tokens [s0, s1).
func (cx *claimCtx) sentence(cs *Set, s0, s1 int) {
	toks := cx.f.Toks
	sent := int(toks[s0].Sent)
	// Speech first: claimants and denials refer to them.
	cx.cur = cx.cur[:0]
	for i := s0; i < s1; i++ {
		t := &toks[i]
		switch {
		case normFlags(t)&fSpeech != 0 && !cx.notSpeech(i, s1):
			sp := speech{tok: i, media: reportWords.Has(t.Norm())}
			sp.speaker = cx.subject(i, s0, true)
			if strings.HasSuffix(t.Norm(), "ing") && i > s0 && toks[i-1].Norm() == "," {
				// "X rejected the claims, saying …": the participle's
				// subject is the sentence's, not the nearest name.
				sp.speaker = cx.clauseSubject(s0, i)
			}
			if len(sp.speaker) == 0 && inverted.Has(t.Norm()) && i > s0 && (toks[i-1].Norm() == "," || toks[i-1].Is(lexicon.TQuote)) {
				// "…," said Holt
				if k := cx.nextWord(i+1, s1); k >= 0 && cx.mentionAt[k] >= 0 {
					sp.speaker = cx.actorsFrom(int(cx.mentionAt[k]), s1)
				}
			}
			cx.cur = append(cx.cur, sp)
		case t.Norm() == "according" && i+1 < s1 && toks[i+1].Norm() == "to":
			cx.cur = append(cx.cur, speech{tok: i, speaker: cx.object(i+1, s1)})
		case normFlags(t)&fSpeechNoun != 0 && i+1 < s1 && toks[i+1].Norm() == "that" && i > s0 && cx.mentionAt[i-1] >= 0:
			m := &cx.f.Ents[cx.mentionAt[i-1]]
			if m.Is(features.MPoss) {
				cx.cur = append(cx.cur, speech{tok: i, speaker: []Actor{cx.actorOf(m)}})
			}
		}
	}
	for _, sp := range cx.cur {
		if Named(sp.speaker) && !sp.media {
			cx.speakers = sp.speaker
		}
	}
	defer cx.notePerson(s0, s1)
	defer cx.falseClaims(cs, len(cs.Claims), len(cs.falsity))
	cx.polarity(cs, s0, s1)
	// Unnamed sources, for the whole sentence.
	var anon model.Span
	for i := s0; i < s1 && anon.End == 0; i++ {
		if cx.anonymous(i, s0, s1) {
			anon = cx.anonSpan(i, s0, s1)
		}
	}
	if anon.End > 0 && cs.Anon.End == 0 {
		cs.Anon = anon
	}
	for _, sp := range cx.cur {
		cs.Speeches = append(cs.Speeches, Speech{Tok: sp.tok, Speaker: sp.speaker, Media: sp.media, Anon: anon.End > 0})
	}
	// Denials.
	negTok := -1
	for i := s0; i < s1; i++ {
		if d, ok := cx.denialAt(i, s0, s1); ok {
			d.sent = sent
			cs.Denials = append(cs.Denials, d)
			negTok = i
			break
		}
	}
	// Role cues.
	n0 := len(cs.Claims)
	for i := s0; i < s1; i++ {
		r, actors, claimants, ok := cx.cueAt(i, s0, s1)
		if !ok {
			continue
		}
		c := Claim{Role: r, Actors: actors, sent: sent, Hedge: cx.hedgeBefore(i, s0), Anon: anon.End > 0, Denied: cx.inDenial(i, negTok, s0),
			Cue: model.Span{Start: int(toks[i].Start), End: int(toks[i].End)}}
		if claimants != nil {
			c.Claimants = claimants
		} else {
			c.Claimants = cx.claimantFor(i, actors)
		}
		c.Neg, c.NegSpan = cx.negated(i, s0)
		if toks[i].Norm() == "nothing" || toks[i].Stem() == "deni" {
			// "had nothing to do with", "denied any involvement": the
			// claim is the negation itself, the speaker's own, not
			// something denied.
			c.Neg, c.NegSpan, c.Denied = true, c.Cue, false
		}
		cs.Claims = appendClaim(cs.Claims, n0, c)
	}
}

// inDenial reports whether the cue at i is part of what the denial at
// negTok denies: after the negation in its clause ("not aware of such a
// warning"), or before it inside the question put to the speaker ("Asked
// whether … the UK had shared it …, Holt said no").
func (cx *claimCtx) inDenial(i, negTok, s0 int) bool {
	if negTok < 0 {
		return false
	}
	toks := cx.f.Toks
	if i > negTok {
		for k := negTok + 1; k < i; k++ {
			if contrast.Has(toks[k].Norm()) {
				return false
			}
		}
		return true
	}
	for k := s0; k < i; k++ {
		if toks[k].Norm() == "whether" || toks[k].Norm() == "asked" {
			return true
		}
	}
	return false
}

// appendClaim adds c unless the sentence already has the same role with
// the same actors (several cues of one claim: "sent a warning").
func appendClaim(cs []Claim, n0 int, c Claim) []Claim {
	for k := n0; k < len(cs); k++ {
		o := &cs[k]
		if o.Role != c.Role || o.Neg != c.Neg {
			continue
		}
		if sameActors(o.Actors, c.Actors) || len(c.Actors) == 0 && len(o.Actors) > 0 {
			return cs
		}
		if len(o.Actors) == 0 && len(c.Actors) > 0 {
			*o = c
			return cs
		}
	}
	return append(cs, c)
}

// notSpeech reports whether a speech word at i is something else here:
// "claimed responsibility", "claimed the lives", a noun "claims".
func (cx *claimCtx) notSpeech(i, s1 int) bool {
	toks := cx.f.Toks
	t := &toks[i]
	if t.Stem() == "claim" {
		for k := i + 1; k < min(s1, i+4); k++ {
			if toks[k].Stem() == "respons" || toks[k].Norm() == "lives" || toks[k].Norm() == "life" {
				return true
			}
		}
	}
	if t.Norm() == "claims" || t.Norm() == "reports" || t.Norm() == "states" || t.Norm() == "notes" {
		// A noun after a determiner: "these claims", "reports citing".
		if i > 0 && (toks[i-1].Is(lexicon.TStop) && toks[i-1].Norm() != "he" && toks[i-1].Norm() != "she" && toks[i-1].Norm() != "it" || toks[i-1].Is(lexicon.TWord) && !toks[i-1].Is(lexicon.TCap)) {
			return true
		}
	}
	if t.Norm() == "alleged" && i+1 < s1 && toks[i+1].Is(lexicon.TWord) && !toks[i+1].Is(lexicon.TStop) {
		return true // "alleged failure": an adjective
	}
	return false
}

// nextWord returns the next word token from i, or -1.
func (cx *claimCtx) nextWord(i, s1 int) int {
	for k := i; k < s1; k++ {
		if cx.f.Toks[k].Is(lexicon.TWord) {
			return k
		}
		if cx.f.Toks[k].Is(lexicon.TBreak | lexicon.TEnd) {
			return -1
		}
	}
	return -1
}

// passive reports whether the verb at i is passive ("was blamed").
func (cx *claimCtx) passive(i, s0 int) bool {
	for k := i - 1; k >= s0 && k >= i-3; k-- {
		w := cx.f.Toks[k].Norm()
		if PassiveAux.Has(w) {
			return true
		}
		if !(cx.f.Toks[k].Is(lexicon.TStop) || IsHedge(&cx.f.Toks[k]) || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return false
}

// cueAt reports the claim whose cue is token i, with its actors and, when
// the cue names them itself ("X blamed Y"), its claimants.
func (cx *claimCtx) cueAt(i, s0, s1 int) (r role, actors, claimants []Actor, ok bool) {
	toks := cx.f.Toks
	t := &toks[i]
	st := t.Stem()
	if keyFlags(t)&fClaimCue == 0 && normFlags(t)&(fAttack|fCulprit) == 0 {
		return 0, nil, nil, false // most words start no claim: one look-up
	}
	switch {
	// Warnings: "X warned", "X alerted", "X tipped off", "X shared intelligence".
	case warnVerbs.Has(st) || st == "tip" && cx.within(i, s1, 3, "off"):
		if st == "warn" && (t.Norm() == "warning" || t.Norm() == "warnings") {
			// The noun: "warnings coming from X", "X's warning", "X sent a warning".
			if a := cx.forwardAfter(i, s1, "from", 3); a != nil {
				return roleWarner, a, nil, true
			}
			if a := cx.forwardAfter(i, s1, "by", 2); a != nil {
				return roleWarner, a, nil, true
			}
			if cx.afterPreposition(i) {
				return roleWarner, nil, nil, true // "aware of such a warning"
			}
			return roleWarner, cx.subject(i, s0, false), nil, true
		}
		if cx.passive(i, s0) {
			return roleWarner, cx.forwardAfter(i, s1, "by", 10), nil, true
		}
		return roleWarner, cx.subject(i, s0, false), nil, true
	case condemnVb.Has(st):
		return roleCondemn, cx.subject(i, s0, false), []Actor{}, true
	case transferVb.Has(st) && cx.withinStem(i, s1, 4, &warnObjects):
		if cx.passive(i, s0) {
			return roleWarner, cx.forwardAfter(i, s1, "by", 10), nil, true
		}
		return roleWarner, cx.subject(i, s0, false), nil, true

	// Responsibility claimed or assigned.
	case st == "claim" && cx.withinStem(i, s1, 3, &respStems):
		return roleCulprit, cx.subject(i, s0, false), []Actor{}, true
	case st == "blame":
		if k := cx.nextWord(i+1, s1); k >= 0 && toks[k].Norm() == "for" && !cx.passive(i, s0) && i > s0 && toks[i-1].Is(lexicon.TWord) {
			// "a network blamed for its tactics in Somalia": a reduced
			// passive; what follows "for" is the deed, not who did it.
			return roleCulprit, cx.subject(i, s0, false), nil, true
		}
		if cx.passive(i, s0) {
			return roleCulprit, cx.subject(i, s0, false), cx.forwardAfter(i, s1, "by", 4), true
		}
		claimants = cx.subject(i, s0, true)
		if a := cx.forwardAfter(i, s1, "on", 5); a != nil {
			return roleCulprit, a, claimants, true
		}
		return roleCulprit, cx.object(i, s1), claimants, true
	case st == "accus":
		if cx.passive(i, s0) {
			return roleCulprit, cx.subject(i, s0, false), cx.forwardAfter(i, s1, "by", 4), true
		}
		return roleCulprit, cx.object(i, s1), cx.subject(i, s0, true), true
	case st == "attribut":
		a := cx.forwardAfter(i, s1, "to", 6)
		if cx.passive(i, s0) {
			return roleCulprit, a, nil, true
		}
		return roleCulprit, a, cx.subject(i, s0, true), true
	case agentVerbs.Has(st) && cx.passive(i, s0) && cx.within(i, s1, 3, "by"):
		return roleCulprit, cx.forwardAfter(i, s1, "by", 3), nil, true
	// Who attacked: "X attacked", "X opened fire (on)", "X fired first",
	// "X shelled" — the one who struck is the one to blame in a clash.
	case attackCues[t.Norm()] != 0 && cx.attackCue(i, s0, s1):
		if a := cx.subject(i, s0, false); Named(a) {
			return roleCulprit, a, nil, true
		}
		return 0, nil, nil, false
	case st == "deni" && cx.withinStem(i, s1, 3, &involveWord):
		return roleCulprit, cx.subject(i, s0, false), []Actor{}, true
	case t.Norm() == "nothing" && i+3 < s1 && toks[i+1].Norm() == "to" && toks[i+2].Norm() == "do" && toks[i+3].Norm() == "with":
		return roleCulprit, cx.subject(i, s0, false), nil, true
	case (culpritSubj.Has(st) || culpritNorm.Has(t.Norm())) && !cx.afterDeny(i, s0):
		if t.Norm() == "involvement" {
			if a := cx.forwardAfter(i, s1, "of", 1); a != nil {
				return roleCulprit, a, nil, true
			}
		}
		a := cx.subject(i, s0, false)
		if a == nil && (st == "culprit" || st == "mastermind" || st == "perpetr") {
			// "the culprit was X"
			if k := cx.nextWord(i+1, s1); k >= 0 && PassiveAux.Has(toks[k].Norm()) {
				a = cx.object(k, s1)
			}
		}
		return roleCulprit, a, nil, true
	}
	return 0, nil, nil, false
}

// afterPreposition reports whether the noun at i is the object of a
// preposition: "of such a warning", "about any warnings".
func (cx *claimCtx) afterPreposition(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &cx.f.Toks[k]
		if !t.Is(lexicon.TWord) {
			return false
		}
		if prepositions.Has(t.Norm()) {
			return true
		}
		if !(lexicon.Determiners.Has(t.Norm()) || t.Stem() != "" && !t.Is(lexicon.TCap)) {
			return false
		}
	}
	return false
}

// afterDeny reports whether a word of "deny" stands just before i: "denied
// any involvement" is one cue, read at "denied".
func (cx *claimCtx) afterDeny(i, s0 int) bool {
	for k := i - 1; k >= s0 && k >= i-3; k-- {
		if cx.f.Toks[k].Stem() == "deni" {
			return true
		}
	}
	return false
}

var (
	cueKeyOnce sync.Once
	cueKeySet  map[string]bool
)

// claimCueKeys are the stems (and folded stop words) that can start a claim in
// cueAt: every case there begins with one of them.
func claimCueKeys() map[string]bool {
	cueKeyOnce.Do(func() {
		m := map[string]bool{}
		for _, set := range []*strtable.Set{&cueStarts, &warnVerbs, &condemnVb, &transferVb, &agentVerbs, &culpritSubj} {
			for k := range set.All() {
				m[k] = true
			}
		}
		cueKeySet = m
	})
	return cueKeySet
}

// attackCue reports whether the word at i (in attackCues) says who
// struck: "X attacked", "X opened fire", "X fired first", not "was
// attacked".
func (cx *claimCtx) attackCue(i, s0, s1 int) bool {
	switch attackCues[cx.f.Toks[i].Norm()] {
	case 1:
		return !cx.passive(i, s0)
	case 2:
		return cx.nextIs(i, s1, "fire")
	case 3:
		return !cx.passive(i, s0) && (cx.nextIs(i, s1, "first") || cx.nextIs(i, s1, "on"))
	}
	return false
}

// nextIs reports whether the word right after i is w.
func (cx *claimCtx) nextIs(i, s1 int, w string) bool {
	k := cx.nextWord(i+1, s1)
	return k >= 0 && cx.f.Toks[k].Norm() == w
}

// within reports whether the folded word w comes within n tokens after i.
func (cx *claimCtx) within(i, s1, n int, w string) bool {
	for k := i + 1; k < s1 && k <= i+n; k++ {
		if cx.f.Toks[k].Norm() == w {
			return true
		}
	}
	return false
}

// withinStem reports whether a word with one of the stems comes within n
// tokens after i.
func (cx *claimCtx) withinStem(i, s1, n int, stems *strtable.Set) bool {
	for k := i + 1; k < s1 && k <= i+n; k++ {
		if stems.Has(cx.f.Toks[k].Stem()) {
			return true
		}
	}
	return false
}

// claimantFor returns who says the claim whose cue is token i: the
// speaker of the nearest speech verb before it in the sentence, else of
// the nearest after it, else nobody (the article's own voice).
func (cx *claimCtx) claimantFor(i int, actors []Actor) []Actor {
	var before, after *speech
	for k := range cx.cur {
		sp := &cx.cur[k]
		if len(sp.speaker) == 0 {
			continue
		}
		if sp.tok < i {
			before = sp
		} else if sp.tok > i && after == nil {
			after = sp
		}
	}
	pick := before
	if pick == nil {
		pick = after
	}
	if pick == nil {
		return nil
	}
	out := append([]Actor(nil), pick.speaker...)
	if pick.media {
		for k := range out {
			out[k].Media = true
		}
	}
	return out
}

// negated reports whether the cue at i is negated: a negation word (or
// "failed to", "refused to") within four words before it in its clause.
func (cx *claimCtx) negated(i, s0 int) (bool, model.Span) {
	toks := cx.f.Toks
	words := 0
	for k := i - 1; k >= s0 && words < 4; k-- {
		t := &toks[k]
		if !t.Is(lexicon.TWord) {
			if t.Is(lexicon.TBreak) {
				break
			}
			continue
		}
		words++
		if negWords.Has(t.Norm()) || strings.HasSuffix(t.Norm(), "n't") || negStems.Has(t.Stem()) {
			return true, model.Span{Start: int(t.Start), End: int(t.End)}
		}
	}
	return false, model.Span{}
}

// denialAt reports a denial whose negation is token i: "not aware", "do
// not know", "know nothing", "no knowledge", "denied".
func (cx *claimCtx) denialAt(i, s0, s1 int) (denial, bool) {
	toks := cx.f.Toks
	t := &toks[i]
	isNeg := normFlags(t)&(fNeg|fNt) != 0
	ok := false
	neg := model.Span{Start: int(t.Start), End: int(t.End)}
	switch {
	case isNeg:
		words := 0
		for k := i + 1; k < s1 && words < 3; k++ {
			if !toks[k].Is(lexicon.TWord) {
				if toks[k].Is(lexicon.TBreak) {
					break
				}
				continue
			}
			words++
			if cognition.Has(toks[k].Stem()) {
				ok = true
				neg.End = int(toks[k].End)
				break
			}
		}
		// "know nothing", "heard nothing"
		if !ok && (t.Norm() == "nothing" || t.Norm() == "no") && i > s0 {
			if p := cx.prevWord(i); p >= 0 && cognition.Has(toks[p].Stem()) {
				ok = true
				neg.Start = int(toks[p].Start)
			}
		}
	case t.Stem() == "unawar":
		ok = true
	case stemFlags(t)&fDenyStem != 0 && !cx.passive(i, s0):
		ok = true
	}
	if !ok {
		return denial{}, false
	}
	d := denial{Neg: neg}
	d.Speaker = cx.speakerOf(i)
	if d.Speaker == nil {
		d.Speaker = cx.subject(i, s0, true)
	}
	if d.Speaker == nil {
		d.Body = cx.unnamedBody(i, s0)
	}
	// The clause around the negation, for quoting: whole names, no
	// leading "and".
	a, b := i, i
	for a > s0 && !toks[a-1].Is(lexicon.TBreak|lexicon.TQuote|lexicon.TEnd) && i-a < 3 && !personPron.Has(toks[a].Norm()) {
		a--
	}
	if mi := cx.mentionAt[a]; mi >= 0 && cx.f.Ents[mi].Tok0 >= s0 {
		a = cx.f.Ents[mi].Tok0
	}
	for a < i && (toks[a].Norm() == "and" || toks[a].Norm() == "but" || toks[a].Norm() == "or") {
		a++
	}
	for b+1 < s1 && !toks[b+1].Is(lexicon.TBreak|lexicon.TQuote|lexicon.TEnd) && b-i < 5 {
		b++
	}
	if mi := cx.mentionAt[b]; mi >= 0 {
		b = cx.f.Ents[mi].Tok1 - 1
	}
	d.Quote = model.Span{Start: int(toks[a].Start), End: int(toks[b].End)}
	return d, true
}

// clauseSubject returns the subject of the sentence's main clause, for a
// participle after a comma: the first name before the participle that can
// be a subject.
func (cx *claimCtx) clauseSubject(s0, i int) []Actor {
	for j := s0; j < i; j++ {
		if mi := cx.mentionAt[j]; mi >= 0 {
			m := &cx.f.Ents[mi]
			if cx.canBeSubject(m, i) && !m.Is(features.MMedia) {
				return cx.coordinated(int(mi), s0)
			}
			j = m.Tok1 - 1
			continue
		}
		if cx.f.Toks[j].Is(lexicon.TQuote) {
			return nil
		}
	}
	return nil
}

// unnamedBody returns the kind of body that is the unnamed subject of the
// verb at i ("The home ministry denied this" → "the government"), or "".
func (cx *claimCtx) unnamedBody(i, s0 int) string {
	toks := cx.f.Toks
	for j, n := i-1, 0; j >= s0 && n < 4; j-- {
		t := &toks[j]
		if !t.Is(lexicon.TWord) {
			if t.Is(lexicon.TBreak | lexicon.TEnd | lexicon.TQuote) {
				return ""
			}
			continue
		}
		n++
		if b := bodyNouns[t.Norm()]; b != "" {
			return b
		}
		if !t.Is(lexicon.TStop) && !PassiveAux.Has(t.Norm()) && !strings.HasSuffix(t.Norm(), "ly") && !IsHedge(t) {
			if t.Stem() == "" || t.Norm() == "has" || t.Norm() == "had" {
				continue
			}
			return ""
		}
	}
	return ""
}

// hedgeBefore returns the hedging word that qualifies the cue at i: one of
// "reportedly", "may", "allegedly", "suggested" … within eight words before
// it in its sentence. Hedges after the cue belong to what is claimed ("an
// attack was possible"), not to the claim.
func (cx *claimCtx) hedgeBefore(i, s0 int) model.Span {
	toks := cx.f.Toks
	words := 0
	for k := i; k >= s0 && words < 8; k-- {
		t := &toks[k]
		if t.Norm() == ";" {
			break
		}
		if !t.Is(lexicon.TWord) {
			continue
		}
		words++
		if IsHedge(t) || t.Norm() == "said" && k+1 < len(toks) && toks[k+1].Norm() == "to" && k > s0 && PassiveAux.Has(toks[k-1].Norm()) {
			return model.Span{Start: int(t.Start), End: int(t.End)}
		}
	}
	return model.Span{}
}

// anonSpan widens an unnamed-source word at i to its phrase: "citing three
// sources", "citing anonymous sources".
func (cx *claimCtx) anonSpan(i, s0, s1 int) model.Span {
	toks := cx.f.Toks
	a, b := i, i
	for k := i - 1; k >= s0 && k >= i-2; k-- {
		w := toks[k].Norm()
		if toks[k].Is(lexicon.TNum) || features.SmallNumbers[w] > 0 || w == "citing" || w == "several" || w == "anonymous" || w == "unnamed" {
			a = k
			continue
		}
		break
	}
	for k := i + 1; k < s1 && k <= i+2; k++ {
		w := toks[k].Norm()
		if w == "sources" || w == "source" || w == "officials" || w == "familiar" {
			b = k
			continue
		}
		break
	}
	return model.Span{Start: int(toks[a].Start), End: int(toks[b].End)}
}

// anonymous reports whether token i starts a phrase citing unnamed
// sources: "anonymous sources", "citing three sources", "a source", "sources
// familiar with".
func (cx *claimCtx) anonymous(i, s0, s1 int) bool {
	toks := cx.f.Toks
	t := &toks[i]
	if normFlags(t)&fAnon != 0 {
		return true
	}
	if t.Norm() != "sources" && t.Norm() != "source" && t.Norm() != "people" && t.Norm() != "insiders" {
		return false
	}
	if k := cx.nextWord(i+1, s1); k >= 0 && (toks[k].Norm() == "familiar" || toks[k].Norm() == "close") {
		return true
	}
	if t.Norm() == "people" || t.Norm() == "insiders" {
		return false
	}
	// A named source ("sources in the Elysee") is not anonymous.
	for k := max(s0, i-3); k < min(s1, i+4); k++ {
		if cx.mentionAt[k] >= 0 && !cx.f.Ents[cx.mentionAt[k]].Is(features.MMedia) {
			return false
		}
	}
	p := cx.prevWord(i)
	return p >= 0 && (toks[p].Norm() == "citing" || toks[p].Is(lexicon.TNum) || features.SmallNumbers[toks[p].Norm()] > 0 || toks[p].Norm() == "several" || toks[p].Norm() == "two")
}

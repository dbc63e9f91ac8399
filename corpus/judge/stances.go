package judge

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Judging stances and statements: see the design comment of
// corpus/claims/stances.go (reading, and what is judged here) and judge.go
// (where each signal weighs).

// stancesApart reports whether most of the words two passages share are
// stated on one side and denied or only asked about on the other ("police
// fired tear gas" / "not aware of tear gas being fired"): nearly the same
// words, not the same statement.
func stancesApart(in Input) bool {
	ca, cb := &in.A.Claims, &in.B.Claims
	if ca == nil || cb == nil || ca.Stance == nil || cb.Stance == nil {
		return false
	}
	var ids []int32
	k := 0
	for _, ta := range in.A.Terms {
		for k < len(in.B.Terms) && in.B.Terms[k].ID < ta.ID {
			k++
		}
		if k < len(in.B.Terms) && in.B.Terms[k].ID == ta.ID {
			ids = append(ids, ta.ID)
		}
	}
	if len(ids) == 0 {
		return false
	}
	stated := func(f *Side, cs *claims.Set, id int32) bool {
		for i, t := range f.TokTerm {
			if t == id && (cs.Stance[i] == claims.StAsserted || cs.Stance[i] == claims.StDisputed) {
				return true
			}
		}
		return false
	}
	apart := 0
	for _, id := range ids {
		if stated(in.A, ca, id) != stated(in.B, cb, id) {
			apart++
		}
	}
	return 2*apart > len(ids)
}

// polarity finds a fact one passage denies and the other states ("denied
// that tear gas had been fired" / "police fired tear gas"): see the
// design comment above for the rule.
func (j *judgement) polarity(in Input) {
	ca, cb := &in.A.Claims, &in.B.Claims
	if ca == nil || cb == nil || ca.Stance == nil || cb.Stance == nil || len(ca.Scopes)+len(cb.Scopes) == 0 {
		return
	}
	for _, r := range j.conflicts {
		if r.Kind == model.ReasonNegation {
			return // a claim's negation already says it
		}
	}
	j.polarConflict(in, true)
	j.polarConflict(in, false)
}

// polarKey is what polarity compares words by: the casualty class of a
// word of killing, injuring, arresting ("arrests" and "detained" are one
// fact), else its stem; as a word id (0 for a token that is no content
// word), so that keys compare as integers.
func polarKey(t *lexicon.Token) lexicon.Word {
	if t.StemID() == 0 {
		return 0
	}
	if c := factsOf(t.StemID()).class; c != 0 {
		return c
	}
	return t.StemID()
}

// casualtyClassIDs holds the word id of each casualty class name (every
// class CasualtyClasses gives).
var casualtyClassIDs = sync.OnceValue(func() map[string]lexicon.Word {
	m := map[string]lexicon.Word{}
	for _, c := range features.CasualtyClasses {
		m[c] = lexicon.Intern(c)
	}
	return m
})

// polarInfo is what polarity reads of one passage, once, whatever it is
// aligned with: each token's polar key, whether it is a plain content word
// the passage asserts, and per sentence whether it negates something and
// the words it denies.
type polarInfo struct {
	key      []lexicon.Word // per token: polarKey, 0 for no content word
	stated   []bool         // per token: asserted, a content word of the text proper, not plain speech
	negates  []bool         // per sentence: it holds a negated scope
	denied   [][]lexicon.Word
	deniedAt [][]int // per sentence: the denied words' keys and tokens (deniedWords)
	undenied []bool  // per token: in a negated scope but not denied (notDenied), or nil
	words    []int   // per sentence: its content words (sentenceWords)
}

// polar returns f's polarInfo, read once per passage.
func polar(f *Side) *polarInfo {
	f.polarOnce.Do(func() { f.polar = readPolar(f) })
	return f.polar
}

func readPolar(f *Side) *polarInfo {
	nSent := 0
	for k := range f.Toks {
		nSent = max(nSent, int(f.Toks[k].Sent)+1)
	}
	p := &polarInfo{
		key:      make([]lexicon.Word, len(f.Toks)),
		stated:   make([]bool, len(f.Toks)),
		negates:  make([]bool, nSent),
		denied:   make([][]lexicon.Word, nSent),
		deniedAt: make([][]int, nSent),
		words:    make([]int, nSent),
	}
	st := f.Claims.Stance
	undenied := notDenied(f)
	prospects := prospectClauses(f)
	for k := range f.Toks {
		t := &f.Toks[k]
		if t.StemID() == 0 {
			continue
		}
		p.words[t.Sent]++
		p.key[k] = polarKey(t)
		if st == nil {
			continue
		}
		switch st[k] {
		case claims.StAsserted:
			p.stated[k] = !factsOf(t.NormID()).plain && plainWord(f, k) && !prospects[k]
		case claims.StNegated:
			if plainWord(f, k) && (undenied == nil || !undenied[k]) {
				p.denied[t.Sent] = append(p.denied[t.Sent], p.key[k])
				p.deniedAt[t.Sent] = append(p.deniedAt[t.Sent], k)
			}
		}
	}
	for _, sc := range f.Claims.Scopes {
		p.negates[f.Toks[sc.Cue].Sent] = true
	}
	p.undenied = undenied
	return p
}

// notDenied marks the tokens of f's negated scopes that the negation
// does not deny, or returns nil when there are none: what follows
// "whether" or "if" in the scope is asked, not denied ("there is no
// information on whether doctors are trained to fight an outbreak",
// "it is not known if he had contact with the patient"), what follows a
// verb of change is what stays (changeVerbs), a denial timed by a
// clause ("not to launch before it can guarantee") denies only when, and
// an idiom
// of ease before a verb in -ing says it was done ("had no problem
// documenting every overcharge": negIdioms).
func notDenied(f *Side) []bool {
	var out []bool
	mark := func(a, b int) {
		if out == nil {
			out = make([]bool, len(f.Toks))
		}
		for k := a; k < b; k++ {
			out[k] = true
		}
	}
	for _, sc := range f.Claims.Scopes {
		if negIdiom(f, sc.Cue) {
			mark(sc.Tok0, sc.Tok1)
			continue
		}
		for k := max(sc.Tok0, sc.Cue+1); k < sc.Tok1; k++ {
			if w := f.Toks[k].Norm(); w == "whether" || w == "if" {
				if askedIf(f, sc.Cue, k) {
					// What is negated before it is the saying or the
					// knowing ("no word from the ministry on whether"),
					// what follows is asked.
					mark(sc.Tok0, sc.Tok1)
				} else {
					// A condition ("did not attack the village, even
					// if rebels were hiding there"): the denial stands,
					// what follows the "if" is not denied.
					mark(k, sc.Tok1)
				}
				break
			}
			if w := f.Toks[k].Norm(); (w == "before" || w == "until") && k+1 < sc.Tok1 && clauseSubjects[f.Toks[k+1].Norm()] {
				// "is taking care not to launch HBO Now before it can
				// guarantee the service": it will, later.
				mark(sc.Tok0, sc.Tok1)
				break
			}
			if changeVerbs.Has(f.Toks[k].Norm()) {
				// "isn't about to change the reported pricing": the
				// change is denied, what it would change stands.
				mark(k+1, sc.Tok1)
				break
			}
		}
	}
	return out
}

// askedIf reports whether the negation at token cue governs the
// "whether" or "if" at token k: a word of saying, knowing or asking
// (words/askedHeads.txt) stands between them, and the "if" is not a
// concessive "even if" (review 2, M3).
func askedIf(f *Side, cue, k int) bool {
	if k > 0 && f.Toks[k-1].Norm() == "even" {
		return false
	}
	for i := cue; i < k; i++ {
		if askedHeads.Has(f.Toks[i].Norm()) {
			return true
		}
	}
	return false
}

// clauseSubjects after "before" or "until" open a clause: what is
// denied is only its timing ("not to launch before it can guarantee").
var clauseSubjects = lexicon.SetOf("it", "he", "she", "they", "we", "i", "you")

// negIdiom reports whether the negation at token k is "no" before an
// idiom of ease and a verb in -ing: "had no problem documenting".
func negIdiom(f *Side, k int) bool {
	if f.Toks[k].Norm() != "no" || k+2 >= len(f.Toks) {
		return false
	}
	n, v := &f.Toks[k+1], &f.Toks[k+2]
	return n.Sent == f.Toks[k].Sent && v.Sent == n.Sent && negIdioms.Has(n.Norm()) && ingVerb(v)
}

// ingVerb reports whether a token reads as a verb in -ing: not a stop
// word, nor a preposition or noun in -ing ("during", "following",
// "morning": ingNotVerbs). "There were no problems during the election"
// denies the problems (review 2, M2).
func ingVerb(t *lexicon.Token) bool {
	w := t.Norm()
	return len(w) > 4 && strings.HasSuffix(w, "ing") && t.Is(lexicon.TWord) && !t.Is(lexicon.TStop|lexicon.TCap) && !ingNotVerbs.Has(w)
}

// prospectAt reports whether the word of prospect at token k stands
// before a verb, as the list has it (words/prospectWords.txt): at once in
// -ing ("considering filing") or after "to" ("plans to appeal"). A noun
// or an adjective of prospect states what happened after it: "the
// scheduled flight crashed", "the peace plan was signed" (review 2, M1).
func prospectAt(f *Side, k int) bool {
	if k+1 >= len(f.Toks) || f.Toks[k+1].Sent != f.Toks[k].Sent {
		return false
	}
	n := &f.Toks[k+1]
	if n.Norm() == "to" {
		return k+2 < len(f.Toks) && f.Toks[k+2].Sent == n.Sent && f.Toks[k+2].Is(lexicon.TWord) && !f.Toks[k+2].Is(lexicon.TNum)
	}
	return ingVerb(n)
}

// prospectClauses marks the tokens of f that follow a word of prospect
// before a verb (prospectAt) to the end of its clause ("who is
// considering filing suit against the cable provider", "is expected to
// debut with the fifth season"): what may happen, not what did.
func prospectClauses(f *Side) []bool {
	out := make([]bool, len(f.Toks))
	for k := 0; k < len(f.Toks); k++ {
		if !prospectWords.Has(f.Toks[k].Norm()) || !prospectAt(f, k) {
			continue
		}
		for k++; k < len(f.Toks) && f.Toks[k].Sent == f.Toks[k-1].Sent && !clauseBreak(f, k); k++ {
			out[k] = true
		}
		k--
	}
	return out
}

// onlyAs reports whether every content word of a passage with polarity
// key k stands as want (stAsserted or stNegated): the fact is said, or
// denied, and not both.
func onlyAs(f *Side, cs *claims.Set, k lexicon.Word, want uint8) bool {
	found := false
	for i, key := range polar(f).key {
		if key == 0 || key != k {
			continue
		}
		if st := cs.Stance[i]; st != want && st != claims.StQuestion {
			return false
		}
		found = true
	}
	return found
}

// polarConflict looks for a sentence of the denying side (A when aIsNeg)
// whose denied words meet a sentence of the other side that states them:
// two words or more in common (names in the denied stretch count, once
// each: "robots are not patrolling Microsoft's campus" / "Microsoft
// installed robots to protect its campus"; on the fit real-pair gold,
// found links 0.708 → 0.726), one of them a word denied only on one side,
// stated only on the other and not common in the comparison. A bare
// denial of a casualty ("No arrests have been made.") stands on that one
// word.
func (j *judgement) polarConflict(in Input, aIsNeg bool) {
	fn, fp := in.A, in.B
	if !aIsNeg {
		fn, fp = in.B, in.A
	}
	if len(fn.Claims.Scopes) == 0 {
		return
	}
	best := bestPolarMatch(in, fn, fp)
	if best.n == 0 {
		return
	}
	j.denialReason(fn, fp, best, aIsNeg)
}

// polarMatch is a sentence of the denying passage against a sentence of
// the asserting one.
type polarMatch struct {
	sn, sp int32 // sentences
	toksP  []int // the asserting side's matched tokens
	tokN   int   // the denied token of the keyword, for the quote
	tokP   int   // the stated token of the keyword
	n      int   // words in common
	key    bool  // a distinctive word denied on one side, stated on the other
}

// bestPolarMatch finds the sentence pair where fp states most of what a
// sentence of fn denies, with a keyword that only one side denies; n is 0
// when there is none.
func bestPolarMatch(in Input, fn, fp *Side) polarMatch {
	cn, cp := &fn.Claims, &fp.Claims
	common := int32(max(2, in.Model.N/4))
	rare := func(f *Side, k int) bool {
		id := f.TokTerm[k]
		return id < 0 || in.Model.Df[id] <= common // a word of one passage is rare
	}
	var best polarMatch
	pn, pp := polar(fn), polar(fp)
	for _, sc := range cn.Scopes {
		sn := fn.Toks[sc.Cue].Sent
		if best.n > 0 && best.sn == sn {
			continue
		}
		denied, dtok := pn.denied[sn], pn.deniedAt[sn]
		bare := len(denied) <= 3 && pn.words[sn] <= 6
		if len(denied) < 2 && !bare {
			continue
		}
		// Each sentence of the other side: the words it states among them.
		for s0 := 0; s0 < len(fp.Toks); {
			sp := fp.Toks[s0].Sent
			s1 := s0
			for s1 < len(fp.Toks) && fp.Toks[s1].Sent == sp {
				s1++
			}
			if pp.negates[sp] {
				// Both sentences deny something ("none of the bodies
				// belongs to the students" / "the bodies are not those of
				// the students"): the words around two denials are what
				// both take for granted, not what one denies.
				s0 = s1
				continue
			}
			m := polarMatch{sn: sn, sp: sp}
			var seen []lexicon.Word
			for k := s0; k < s1; k++ {
				if !pp.stated[k] {
					continue
				}
				pk := pp.key[k]
				for x, d := range denied {
					if d != pk {
						continue
					}
					m.toksP = append(m.toksP, k)
					if !slices.Contains(seen, pk) {
						seen = append(seen, pk)
						m.n++
						if !m.key && rare(fp, k) && !presupposed(fn, dtok[x]) && onlyAs(fn, cn, d, claims.StNegated) && onlyAs(fp, cp, pk, claims.StAsserted) {
							m.key, m.tokN, m.tokP = true, dtok[x], k
						}
					}
					break
				}
			}
			if m.key {
				m.n += deniedNamesStated(fn, fp, sn, s0, s1)
			}
			if m.key && (governs(fp, sentences(fp).recount[sp], m.toksP) || sentences(fp).debunk[sp] >= 0) {
				// The other side only reports it as a claim ("a story
				// claimed the singer was arrested"), or disputes it too:
				// it does not state it.
				m.key = false
			}
			if m.key && m.n > best.n && (m.n >= 2 || bare && features.CasualtyClasses[fn.Toks[m.tokN].Stem()] != "") {
				best = m
			}
			s0 = s1
		}
	}
	return best
}

// deniedNamesStated counts the names that sentence sn of fn denies
// ("robots are not patrolling Microsoft's campus") and that tokens
// [s0, s1) of fp state ("Microsoft installed robots to protect its
// campus"): each name once. They count toward the words a denial and a
// statement share, never as the distinctive word itself: a story's names
// are in most of its sentences.
func deniedNamesStated(fn, fp *Side, sn int32, s0, s1 int) int {
	n := 0
	undenied := polar(fn).undenied
	var seen []string
	for i := range fn.Ents {
		mn := &fn.Ents[i]
		if fn.Toks[mn.Tok0].Sent != sn || fn.Claims.Stance[mn.Tok0] != claims.StNegated || undenied != nil && undenied[mn.Tok0] || mn.Is(features.MGeneric) || slices.Contains(seen, mn.Key) {
			continue
		}
		for k := range fp.Ents {
			mp := &fp.Ents[k]
			if mp.Tok0 >= s0 && mp.Tok0 < s1 && mp.Key == mn.Key && fp.Claims.Stance[mp.Tok0] == claims.StAsserted {
				seen = append(seen, mn.Key)
				n++
				break
			}
		}
	}
	return n
}

// presupposed reports whether token k is in the subject of a denied
// "that" clause ("denied that a woman detained in Lebanon is a wife of
// …"): from the "that" to the clause's first auxiliary. A denial of what
// the subject is or did takes the subject for granted, so its words are
// shared ground with a statement, never the word it denies.
func presupposed(f *Side, k int) bool {
	for _, sc := range f.Claims.Scopes {
		if k <= sc.Tok0 || k >= sc.Tok1 || f.Toks[sc.Tok0].Norm() != "that" {
			continue
		}
		for i := sc.Tok0 + 1; i < k; i++ {
			if auxiliaries.Has(f.Toks[i].Norm()) {
				return false
			}
		}
		return true
	}
	return false
}

// denialReason gives the negation reason of a polar match: the denial's
// cue and clause, the statement's words and clause, quoted and marked.
func (j *judgement) denialReason(fn, fp *Side, best polarMatch, aIsNeg bool) {
	cn := &fn.Claims
	var cue claims.NegScope
	for _, sc := range cn.Scopes {
		if best.tokN >= sc.Tok0 && best.tokN < sc.Tok1 {
			cue = sc
			break
		}
	}
	ct := &fn.Toks[cue.Cue]
	// The stated words near the keyword, in the clause that states them.
	var near []int
	for _, k := range best.toksP {
		if k >= best.tokP-6 && k <= best.tokP+6 {
			near = append(near, k)
		}
	}
	negSpan, posSpan := clauseFrom(fn, cue), statementAround(fp, near)
	negQuote, posQuote := quote(fn.Text, negSpan), quote(fp.Text, posSpan)
	what := matchedWords(fp, near)
	verb := "states it"
	if hedgeIn(fp, best.sp) != "" {
		verb = "suggests it"
	}
	r := model.Reason{Kind: model.ReasonNegation, Form: model.FormStated, Label: what}
	if aIsNeg {
		r.A, r.B, r.Side = negQuote, posQuote, model.SideA
		r.SpanA, r.SpanB = negSpan, posSpan
		r.Words = [2]string{"denies it", verb}
		j.markA(model.Span{Start: int(ct.Start), End: int(ct.End)}, model.MarkConflict)
		for _, k := range near {
			j.markB(model.Span{Start: int(fp.Toks[k].Start), End: int(fp.Toks[k].End)}, model.MarkConflict)
		}
	} else {
		r.A, r.B, r.Side = posQuote, negQuote, model.SideB
		r.SpanA, r.SpanB = posSpan, negSpan
		r.Words = [2]string{verb, "denies it"}
		j.markB(model.Span{Start: int(ct.Start), End: int(ct.End)}, model.MarkConflict)
		for _, k := range near {
			j.markA(model.Span{Start: int(fp.Toks[k].Start), End: int(fp.Toks[k].End)}, model.MarkConflict)
		}
	}
	j.conflicts = append(j.conflicts, sentence(r))
}

// plainWord reports whether token k is a content word of the text proper, not a
// word inside a name (names are compared as names, elsewhere).
func plainWord(f *Side, k int) bool {
	for i := range f.Ents {
		if k >= f.Ents[i].Tok0 && k < f.Ents[i].Tok1 {
			return false
		}
	}
	return true
}

// sameCasualty reports whether a denied word and a stated word name one
// casualty class though they differ ("arrests" / "detained").
func sameCasualty(m *align.Model, fn, fp *Side, kn, kp int) bool {
	c := features.CasualtyClasses[fn.Toks[kn].Stem()]
	return c != "" && c == features.CasualtyClasses[fp.Toks[kp].Stem()]
}

// sentenceWords counts the content words of sentence s.
func sentenceWords(f *Side, s int32) int {
	n := 0
	for k := range f.Toks {
		if f.Toks[k].Sent == s && f.Toks[k].StemID() != 0 {
			n++
		}
	}
	return n
}

// clauseFrom quotes a denial from its cue: the cue and the clause it
// negates ("denied that tear gas had been fired at the marchers"); for a
// denial of the sentence before ("denied this"), the clause around the cue.
func clauseFrom(f *Side, sc claims.NegScope) model.Span {
	if sc.Tok1 <= sc.Cue {
		// "Claims that X are false": from the claim noun to the verdict.
		a := max(0, sc.Tok0-1)
		b := sc.Cue + 1
		for b < len(f.Toks) && f.Toks[b].Sent == f.Toks[sc.Cue].Sent && f.Toks[b].Is(lexicon.TQuote) {
			b++
		}
		return model.Span{Start: int(f.Toks[a].Start), End: int(f.Toks[b-1].End)}
	}
	a := sc.Cue
	// Take in the subject just before a verb of denial ("Police denied"),
	// not the conjunction before it.
	for a > 0 && a > sc.Cue-3 && f.Toks[a-1].Sent == f.Toks[sc.Cue].Sent && f.Toks[a-1].Is(lexicon.TWord) &&
		!claims.StopScan.Has(f.Toks[a-1].Norm()) && f.Toks[a-1].Norm() != "and" && f.Toks[a-1].Norm() != "or" {
		a--
	}
	b := min(sc.Tok1, a+14)
	for b > a+1 && !f.Toks[b-1].Is(lexicon.TWord) {
		b--
	}
	return model.Span{Start: int(f.Toks[a].Start), End: int(f.Toks[b-1].End)}
}

// statementAround quotes the words that state a fact: from a little before
// the first to a little after the last, within the sentence and its clause
// (quotation marks inside it are kept: `Kyrgyz servicemen "deliberately
// provoked" the incident`).
func statementAround(f *Side, toks []int) model.Span {
	first, last := toks[0], toks[len(toks)-1]
	sent := f.Toks[first].Sent
	a := first
	for a > 0 && first-a < 5 && f.Toks[a-1].Sent == sent && !f.Toks[a-1].Is(lexicon.TBreak|lexicon.TEnd) {
		a--
	}
	for a < first && f.Toks[a].Is(lexicon.TQuote) {
		a++
	}
	b := last
	for b+1 < len(f.Toks) && b-last < 4 && f.Toks[b+1].Sent == sent && !f.Toks[b+1].Is(lexicon.TBreak|lexicon.TEnd) {
		b++
	}
	for b > last && (f.Toks[b].Is(lexicon.TQuote) || f.Toks[b].Is(lexicon.TStop)) {
		b-- // "… water cannon on"
	}
	return model.Span{Start: int(f.Toks[a].Start), End: int(f.Toks[b].End)}
}

// matchedWords writes the stated words as the text has them: one stretch
// when they stand close together ("fired tear gas"), else a list.
func matchedWords(f *Side, toks []int) string {
	first, last := toks[0], toks[len(toks)-1]
	if last-first <= 4 {
		return f.Text[f.Toks[first].Start:f.Toks[last].End]
	}
	var buf [16]string // a few words: no allocation
	ws := buf[:0]
	for _, k := range toks {
		w := f.Text[f.Toks[k].Start:f.Toks[k].End]
		dup := false
		for _, o := range ws {
			if lexicon.Fold(o) == lexicon.Fold(w) {
				dup = true
			}
		}
		if !dup {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, ", ")
}

// hedgeIn returns the first hedging word of sentence s, or "".
func hedgeIn(f *Side, s int32) string {
	for k := range f.Toks {
		if f.Toks[k].Sent == s && claims.IsHedge(&f.Toks[k]) {
			return f.Text[f.Toks[k].Start:f.Toks[k].End]
		}
	}
	return ""
}

// quotes compares what the passages quote: the same words in quotation
// marks on both sides (four words or more) are one statement reported
// twice.
func (j *judgement) quotes(in Input) {
	qa, qb := quotations(in.A), quotations(in.B)
	for _, x := range qa {
		for _, y := range qb {
			a0, b0, n := longestRun(in.A, in.B, x, y)
			if n < 4 {
				continue
			}
			sa := model.Span{Start: int(in.A.Toks[a0].Start), End: int(in.A.Toks[a0+n-1].End)}
			sb := model.Span{Start: int(in.B.Toks[b0].Start), End: int(in.B.Toks[b0+n-1].End)}
			q := quote(in.A.Text, sa)
			j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedQuote,
				A: q, B: quote(in.B.Text, sb), SpanA: sa, SpanB: sb}))
			j.markA(sa, model.MarkShared)
			j.markB(sb, model.MarkShared)
			return
		}
	}
}

// quotations returns the token ranges [a, b) of the words inside quotation
// marks: from an opening mark (after a space or at the start) to the next
// closing one (right after a word or a stop).
func quotations(f *Side) [][2]int {
	var out [][2]int
	open := -1
	for k := range f.Toks {
		t := &f.Toks[k]
		if !t.Is(lexicon.TQuote) {
			continue
		}
		closing := k > 0 && f.Toks[k-1].End == t.Start && !f.Toks[k-1].Is(lexicon.TQuote)
		switch {
		case open < 0 && !closing:
			open = k + 1
		case open >= 0 && closing:
			if k > open {
				out = append(out, [2]int{open, k})
			}
			open = -1
		}
	}
	return out
}

// longestRun returns the longest run of the same words (folded) in two
// token ranges: its starts and its length in tokens of A, words only.
func longestRun(fa, fb *Side, x, y [2]int) (a0, b0, n int) {
	for i := x[0]; i < x[1]; i++ {
		for k := y[0]; k < y[1]; k++ {
			m, w := 0, 0
			for i+m < x[1] && k+m < y[1] && fa.Toks[i+m].NormID() == fb.Toks[k+m].NormID() {
				if fa.Toks[i+m].Is(lexicon.TWord) {
					w++
				}
				m++
			}
			if w > n {
				a0, b0, n = i, k, w
				for n < m && !fa.Toks[a0+m-1].Is(lexicon.TWord) {
					m--
				}
			}
		}
	}
	return a0, b0, n
}

// stmtItem is one content word or name of a sentence, for statements.
type stmtItem struct {
	id  int32  // dense term id, or -1 for a name
	key string // a name's entity key
	tok int    // its first token
	neg bool
}

func (x *stmtItem) same(y *stmtItem) bool {
	return x.id == y.id && x.neg == y.neg && x.key == y.key
}

// sortKey orders items by id and negation; names (id -1) last, then
// by key (stmtOrder).
func (x *stmtItem) sortKey() uint64 { return uint64(uint32(x.id))<<1 | b2u(x.neg) }

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// stmtOrder is one sentence's items sorted by sortKey, then key, then
// place: pos are the places, keys their sort keys.
type stmtOrder struct {
	pos  []int32
	keys []uint64
}

func orderItems(its []stmtItem) stmtOrder {
	o := stmtOrder{pos: make([]int32, len(its)), keys: make([]uint64, len(its))}
	for i := range o.pos {
		o.pos[i] = int32(i)
	}
	slices.SortFunc(o.pos, func(a, b int32) int {
		return cmp.Or(cmp.Compare(its[a].sortKey(), its[b].sortKey()), strings.Compare(its[a].key, its[b].key), cmp.Compare(a, b))
	})
	for i, p := range o.pos {
		o.keys[i] = its[p].sortKey()
	}
	return o
}

// find returns the first index into o.pos of an item of y equal to x
// (same), or where it would be.
func (o *stmtOrder) find(y []stmtItem, x *stmtItem) int {
	k := x.sortKey()
	lo, hi := 0, len(o.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if o.keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for lo < len(o.keys) && o.keys[lo] == k && y[o.pos[lo]].key < x.key {
		lo++ // names: the run of one sort key, by key
	}
	return lo
}

// statements compares the sentences of the two passages in word order: a
// sentence pair sharing a dense run of four items or more (content words
// and names, in the same order, at most one other item between two of
// them on either side), or every item of a short sentence ("The strike
// is illegal."), one of them a word not common in the comparison and a
// verb among them, states one thing. Different names in the same place ("Israel blamed
// Hezbollah for the strike" / "Iran blamed Israel for the strike") make it
// two statements; when those names are two countries both passages name
// ("Tajikistan summoned the Kyrgyz ambassador" / "Kyrgyzstan summoned
// Tajikistan's ambassador"), the pair is a mirror image: not agreement,
// even in nearly the same words.
func (j *judgement) statements(in Input) {
	fa, fb := in.A, in.B
	common := int32(max(2, in.Model.N/3))
	sa, sb := passageItems(fa), passageItems(fb)
	ob := fb.order
	sc := runScratch.Get().(*runSpace)
	defer runScratch.Put(sc)
	var best [][2]int
	var apart model.Reason // the first run kept apart by its subjects
	subjectsSeen := false
	for _, x := range sa {
		for yi, y := range sb {
			if len(x) < 2 || len(y) < 2 {
				continue
			}
			pairs := denseRun(x, y, &ob[yi], sc)
			n, d := len(pairs), 0
			for _, p := range pairs {
				if id := x[p[0]].id; id >= 0 && in.Model.Df[id] <= common {
					d++
				}
			}
			// Four items, or all of a short sentence ("The strike is
			// illegal.").
			if d < 1 || n < 4 && (n < 2 || n < min(len(x), len(y))) {
				continue
			}
			toks := sc.toks[:0]
			for _, p := range pairs {
				toks = append(toks, [2]int{x[p[0]].tok, y[p[1]].tok})
			}
			sc.toks = toks
			if !hasVerb(fa, toks[0][0], toks[n-1][0]) || !hasVerb(fb, toks[0][1], toks[n-1][1]) {
				continue // a shared description ("an Afghanistan-based offshoot of"), no statement
			}
			if countsApart(fa, fb, fa.Toks[toks[0][0]].Sent, fb.Toks[toks[0][1]].Sent) {
				continue // "12 officers were injured in the clashes" / "40 protesters were injured in the clashes"
			}
			switch ra, rb, swapped, differ := otherParties(in, toks); {
			case swapped:
				j.opposed = true
				j.info = append(j.info, sentence(model.Reason{Kind: model.ReasonPartiesDiffer, A: ra, B: rb}))
				return
			case differ:
				continue
			}
			if n <= len(best) {
				continue // cannot replace best; with a best, two subjects are never reported
			}
			if r, ok := subjectsApart(fa, fb, j.rel, toks); ok {
				if !subjectsSeen {
					apart, subjectsSeen = r, true
				}
				continue // one predicate, two named subjects (subjects.go)
			}
			best = append(sc.best[:0], toks...)
			sc.best = best
		}
	}
	if len(best) == 0 {
		if subjectsSeen {
			j.differentSubjects(apart)
		}
		return
	}
	first, last := best[0], best[len(best)-1]
	spanA := model.Span{Start: int(fa.Toks[first[0]].Start), End: int(fa.Toks[last[0]].End)}
	spanB := model.Span{Start: int(fb.Toks[first[1]].Start), End: int(fb.Toks[last[1]].End)}
	qa, qb := quote(fa.Text, spanA), quote(fb.Text, spanB)
	j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedStatement, A: qa, B: qb,
		SpanA: spanA, SpanB: spanB}))
	for _, p := range best {
		j.markA(model.Span{Start: int(fa.Toks[p[0]].Start), End: int(fa.Toks[p[0]].End)}, model.MarkShared)
		j.markB(model.Span{Start: int(fb.Toks[p[1]].Start), End: int(fb.Toks[p[1]].End)}, model.MarkShared)
	}
}

// countsApart reports whether two sentences count one kind of thing
// differently or count different people: then they are two statements,
// however alike their words.
func countsApart(fa, fb *Side, sa, sb int32) bool {
	for x := range fa.Nums {
		qa := &fa.Nums[x]
		if fa.Toks[qa.Tok0].Sent != sa || qa.Kind != features.QCount {
			continue
		}
		for y := range fb.Nums {
			qb := &fb.Nums[y]
			if fb.Toks[qb.Tok0].Sent != sb || qb.Kind != features.QCount || qb.Unit != qa.Unit {
				continue
			}
			if !qa.Comparable(qb) || !qa.Compatible(qb) {
				return true
			}
		}
	}
	return false
}

// hasVerb reports whether tokens [a-2, b] hold a word that looks like a
// verb: an auxiliary ("was", "have been") or a past form in -ed that is
// not part of a compound ("Afghanistan-based").
func hasVerb(f *Side, a, b int) bool {
	for k := max(0, a-2); k <= b; k++ {
		t := &f.Toks[k]
		if t.Sent != f.Toks[b].Sent || !t.Is(lexicon.TWord) {
			continue
		}
		if claims.PassiveAux.Has(t.Norm()) || t.Norm() == "has" || t.Norm() == "have" || t.Norm() == "had" || t.Norm() == "will" ||
			strings.HasSuffix(t.Norm(), "ed") && !t.Is(lexicon.TJoined) && !t.Is(lexicon.TCap) {
			return true
		}
	}
	return false
}

// passageItems is sentenceItems, worked out once per passage (a passage
// meets several others).
func passageItems(f *Side) [][]stmtItem {
	f.itemsOnce.Do(func() {
		f.items = sentenceItems(f)
		f.order = make([]stmtOrder, len(f.items))
		for s, its := range f.items {
			f.order[s] = orderItems(its)
		}
	})
	return f.items
}

// sentenceItems lists each sentence's content words and names, leaving
// out verbs of saying and what is asked about or disputed: one slice per
// sentence, cut from one allocation.
func sentenceItems(f *Side) [][]stmtItem {
	flat := make([]stmtItem, 0, len(f.Terms)+len(f.Ents)+4)
	var ends []int
	cur := int32(-1)
	e := 0
	for k := 0; k < len(f.Toks); k++ {
		t := &f.Toks[k]
		if t.Sent != cur {
			if cur >= 0 {
				ends = append(ends, len(flat))
			}
			cur = t.Sent
		}
		st := claims.StAsserted
		if f.Claims.Stance != nil {
			st = f.Claims.Stance[k]
		}
		for e < len(f.Ents) && f.Ents[e].Tok0 < k {
			e++
		}
		if e < len(f.Ents) && f.Ents[e].Tok0 == k {
			m := &f.Ents[e]
			if st != claims.StQuestion && st != claims.StDisputed {
				key := m.Key
				if m.Side != "" && m.Is(features.MDemonym|features.MSeat) {
					key = m.Side
				}
				flat = append(flat, stmtItem{id: -1, key: key, tok: k, neg: st == claims.StNegated})
			}
			k = m.Tok1 - 1
			continue
		}
		id := f.TokTerm[k]
		if id < 0 || st == claims.StQuestion || st == claims.StDisputed || factsOf(t.NormID()).plain {
			continue
		}
		flat = append(flat, stmtItem{id: id, tok: k, neg: st == claims.StNegated})
	}
	ends = append(ends, len(flat))
	out := make([][]stmtItem, len(ends))
	for i, from := range ends {
		lo := 0
		if i > 0 {
			lo = ends[i-1]
		}
		out[i] = flat[lo:from:from]
	}
	return out
}

// denseRun returns the index pairs of the longest run of equal items in
// the same order, with at most one other item between two matches on
// either side.
//
// Only matching items can extend a run, so it visits the matches alone:
// for each item of x, the items of y equal to it, found in oy (y's places
// sorted by item), in the order of y. Cells of sc's table it writes are
// zeroed again before it returns.
func denseRun(x, y []stmtItem, oy *stmtOrder, sc *runSpace) [][2]int {
	w := len(y)
	need := len(x) * w
	if cap(sc.dp) < need {
		sc.dp = make([]int16, need)
	}
	t := sc.dp[:need]
	sc.written = sc.written[:0]
	defer func() {
		for _, p := range sc.written {
			t[p] = 0
		}
	}()
	bi, bk := -1, -1
	for i := range x {
		for j := oy.find(y, &x[i]); j < len(oy.pos) && y[oy.pos[j]].same(&x[i]); j++ {
			k := int(oy.pos[j])
			run := int16(1)
			for pi := max(0, i-2); pi < i; pi++ {
				for pk := max(0, k-2); pk < k; pk++ {
					if t[pi*w+pk] >= run {
						run = t[pi*w+pk] + 1
					}
				}
			}
			t[i*w+k] = run
			sc.written = append(sc.written, i*w+k)
			if bi < 0 || run > t[bi*w+bk] {
				bi, bk = i, k
			}
		}
	}
	if bi < 0 {
		return nil
	}
	// Walk back through the run, in sc's buffer: the caller reads it
	// before the next.
	out := append(sc.run[:0], [2]int{bi, bk})
	for i, k := bi, bk; t[i*w+k] > 1; {
		found := false
		for pi := max(0, i-2); pi < i && !found; pi++ {
			for pk := max(0, k-2); pk < k; pk++ {
				if t[pi*w+pk] == t[i*w+k]-1 && x[pi].same(&y[pk]) {
					i, k, found = pi, pk, true
					break
				}
			}
		}
		if !found {
			break
		}
		out = append(out, [2]int{i, k})
	}
	slices.Reverse(out)
	sc.run = out
	return out
}

// runSpace is denseRun's scratch: a table kept all zero between calls, and
// the cells written.
type runSpace struct {
	dp      []int16
	written []int
	// run is denseRun's result, toks and best statements' token pairs:
	// reused from sentence pair to sentence pair.
	run, toks, best [][2]int
}

var runScratch = sync.Pool{New: func() any { return new(runSpace) }}

// otherParties looks between the matched words of a statement for names
// that differ in the same place. swapped: two countries, each passage
// naming both; differ: any two different names.
func otherParties(in Input, toks [][2]int) (ra, rb string, swapped, differ bool) {
	fa, fb := in.A, in.B
	nameIn := func(f *Side, a, b int) *features.Mention {
		for i := range f.Ents {
			m := &f.Ents[i]
			if m.Tok0 >= a && m.Tok1 <= b {
				return m
			}
		}
		return nil
	}
	mentions := func(f *Side, side string) bool {
		for i := range f.Ents {
			if f.Ents[i].Side == side {
				return true
			}
		}
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		x := nameIn(fa, toks[i][0]+1, toks[i+1][0])
		y := nameIn(fb, toks[i][1]+1, toks[i+1][1])
		if x == nil || y == nil || x.Key == y.Key || x.Side != "" && x.Side == y.Side {
			continue
		}
		differ = true
		if x.Side != "" && y.Side != "" && mentions(fa, y.Side) && mentions(fb, x.Side) {
			sa := model.Span{Start: int(x.Start), End: int(fa.Toks[toks[i+1][0]].End)}
			sb := model.Span{Start: int(y.Start), End: int(fb.Toks[toks[i+1][1]].End)}
			return quote(fa.Text, sa), quote(fb.Text, sb), true, true
		}
	}
	return "", "", false, differ
}

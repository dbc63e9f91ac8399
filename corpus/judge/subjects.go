package judge

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Two subjects of one predicate.
//
// "Lena Ray was arrested outside the Leeds stadium" / "Tom Berg was
// arrested outside the Leeds stadium" say the same action of two people:
// two facts that can both be true, not one account. Every rule that finds
// agreement in a sentence pair (the ordered statement match, the same fact
// in other words, samePoint, sameAction) asks subjectsApart of the verbs it
// matched: when a verb met on both sides has a named subject on each side,
// and no name of the one meets a name of the other (one entity key: the
// engine's alias matching has joined a surname alone, a title and surname,
// accents and hyphens), the pair is a different detail (related), and the
// reason quotes both subjects.
//
// The subject is read by position, not parsed (subjectOf): the words just
// before the verb, past its auxiliaries, adverbs and negations ("was
// arrested", "had never been seen"), past a relative pronoun to its
// antecedent ("Tom Berg, who was arrested") and past an appositive
// between commas ("Tom Berg, the club's goalkeeper, was arrested"; "Mary
// Hale, born in Kentucky"), must end a name, and that name must head its
// clause: a name after a preposition is a place or a modifier ("a singer
// from Dayton who was born", "Big Bank Hank, a member of the group the
// Sugarhill Gang, has died"), a name after another verb is that verb's
// object ("officers who stopped Tom Berg arrested …"), a name after "a"
// is a kind ("a US Marine is shot"): no subject.
// A name after a verb of saying heads the clause said ("Tom Berg said
// Lena Ray was arrested": the arrest's subject is Lena Ray). Names joined
// by "and" or commas are one subject ("Lena Ray and Tom Berg were
// arrested" meets "Lena Ray was arrested"), and a subject named after the
// other side's verb is its other voice ("Tom Berg arrested Lena Ray" /
// "Lena Ray was arrested"). When either side's subject is
// not a name ("a woman … was born intersex" / "Chandler, born David Roy
// Fitch": one person, named on one side), nothing is apart.
//
// What it gets wrong: a subject ahead of a long modifier without commas
// ("Lena Ray of the Leeds band was arrested" reads as no subject, so the
// pair still agrees); an object fronted before its verb; two names for
// one person the alias matching does not join (a birth name and a later
// one, both named) read as two subjects.

// prepositions before a name make it a place or a modifier, no subject.
var prepositions = lexicon.SetOf("in", "at", "from", "of", "on", "to", "for", "with", "by", "near", "outside", "inside", "into", "onto", "after", "before", "against", "about", "over", "under", "across", "through", "during", "behind", "within", "toward", "towards", "around", "between", "among", "like", "than", "via", "per", "off", "upon", "beside", "beyond", "despite", "since", "until")

// relatives introduce a clause whose subject is the name before them.
var relatives = lexicon.SetOf("who", "which", "that")

// predicateWord reports whether token k reads as a verb for the subject
// test: a form sameAction or samePoint reads as one (a capitalised
// irregular past only in sameAction's sure cases: "Kim Jong-un Broke Both
// Ankles" is a headline's Title Case).
func predicateWord(f *Side, k int) bool {
	return verbLike(f, k) || pastForms.Has(f.Toks[k].Norm()) && !f.Toks[k].Is(lexicon.TCap) || actionWord(f, k)
}

// verbGroup reports whether token k belongs to the words between a
// subject and its verb: an auxiliary, an adverb, a negation.
func verbGroup(f *Side, k int) bool {
	t := &f.Toks[k]
	n, nf := t.Norm(), factsOf(t.NormID())
	return nf.auxiliary || nf.adverb || lexicon.Negates(n) ||
		len(n) > 4 && strings.HasSuffix(n, "ly") && t.Is(lexicon.TWord) && !t.Is(lexicon.TCap)
}

// mentionAt returns the name of passage f that holds token k, or nil.
func mentionAt(f *Side, k int) *features.Mention {
	for i := range f.Ents {
		m := &f.Ents[i]
		if m.Tok0 > k {
			break
		}
		if k < m.Tok1 {
			return m
		}
	}
	return nil
}

// subjectOf returns the names heading the clause of verb token v (see
// above), or nil when its subject is no name or cannot be read.
func subjectOf(f *Side, v int) []*features.Mention {
	s := f.Toks[v].Sent
	in := func(k int) bool { return k >= 0 && f.Toks[k].Sent == s }
	norm := func(k int) string { return f.Toks[k].Norm() }
	k := v - 1
	for in(k) && verbGroup(f, k) {
		k--
	}
	switch {
	case !in(k):
		return nil
	case relatives[norm(k)]:
		k-- // "Tom Berg, who was arrested": the antecedent
		if in(k) && norm(k) == "," {
			k--
		}
	case norm(k) == ",":
		// An appositive between commas, or a participle after one.
		c := k - 1
		for in(c) && norm(c) != "," {
			c--
		}
		if in(c) {
			k = c - 1
		} else {
			k--
		}
	}
	var out []*features.Mention
	for in(k) {
		m := mentionAt(f, k)
		if m == nil || m.Is(features.MGeneric|features.MDemonym) {
			return nil
		}
		out = append(out, m)
		// Names joined by "and" or a comma are one subject.
		k = m.Tok0 - 1
		if !in(k) || norm(k) != "and" && norm(k) != "," {
			break
		}
		k--
		if in(k) && norm(k) == "," {
			k-- // "Ray, Berg, and Cole"
		}
		if !in(k) || mentionAt(f, k) == nil {
			break
		}
	}
	if len(out) == 0 {
		return nil // no token before the verb: no subject
	}
	// The first name heads its clause: back to the clause's start there is
	// no preposition ("the singer of the Sugarhill Gang died"), no other
	// verb ("officers who stopped Tom Berg arrested"), no indefinite
	// article ("a US Marine is shot": a kind, not a name). Names on the
	// way are the subject's too ("Sugarhill Gang founder Henry Jackson").
	for p := out[len(out)-1].Tok0 - 1; in(p); p-- {
		n := norm(p)
		switch {
		case clauseStarts[n] || factsOf(f.Toks[p].NormID()).plain:
			return out
		case n == "a" || n == "an" || prepositions[n] || predicateWord(f, p) && mentionAt(f, p) == nil:
			return nil
		}
		if m := mentionAt(f, p); m != nil {
			if m.Is(features.MGeneric | features.MDemonym) {
				return nil
			}
			out = append(out, m)
			p = m.Tok0
		}
	}
	return out
}

// clauseStarts end the walk back from a subject: what comes before them
// is another clause.
var clauseStarts = lexicon.SetOf(",", ";", ":", "(", "—", "–", "that", "who", "which", "and", "but", "while", "when", "because", "although", "though", "if", "whereas", "so", "after", "before", "as")

// nameItem returns the sentence item of name m in passage f, or -1 when
// the name is no item (asked about, disputed).
func nameItem(f *Side, m *features.Mention) int32 {
	si := sentences(f)
	for _, it := range si.items[f.Toks[m.Tok0].Sent] {
		if it.name && int(it.tok) == m.Tok0 {
			return it.idx
		}
	}
	return -1
}

// subjectsApart reports, for the matched token pairs of a sentence pair
// (pairs[i] = tokens of A and B that meet), whether a verb among them has
// a named subject on each side and no name of one meets a name of the
// other; the reason quotes the two subjects.
func subjectsApart(a, b *Side, r *relation, pairs [][2]int) (model.Reason, bool) {
	for _, p := range pairs {
		if mentionAt(a, p[0]) != nil || mentionAt(b, p[1]) != nil || !predicateWord(a, p[0]) || !predicateWord(b, p[1]) {
			continue
		}
		sa, sb := subjectOf(a, p[0]), subjectOf(b, p[1])
		if len(sa) == 0 || len(sb) == 0 || subjectsMeet(a, b, r, sa, sb) ||
			namedAfter(a, b, r, p[0], sb, true) || namedAfter(b, a, r, p[1], sa, false) {
			continue
		}
		ta, tb := subjectSpan(sa), subjectSpan(sb)
		return sentence(model.Reason{Kind: model.ReasonDifferentDetail, Label: tokenText(a, p[0]),
			Words: [2]string{a.Text[ta.Start:ta.End], b.Text[tb.Start:tb.End]},
			A:     a.Text[ta.Start:ta.End], B: b.Text[tb.Start:tb.End], SpanA: ta, SpanB: tb}), true
	}
	return model.Reason{}, false
}

// subjectsMeet reports whether a name of one subject is one entity with a
// name of the other (or either cannot be compared: not a sentence item).
func subjectsMeet(a, b *Side, r *relation, sa, sb []*features.Mention) bool {
	for _, x := range sa {
		ix := nameItem(a, x)
		if ix < 0 {
			return true
		}
		for _, y := range sb {
			iy := nameItem(b, y)
			if iy < 0 {
				return true
			}
			if ok, _ := r.meet(ix, iy); ok || x.Key == y.Key {
				return true
			}
		}
	}
	return false
}

// namedAfter reports whether a name of subject sub (of passage o) is
// named after verb v in its sentence of passage f: the other voice, or a
// verb that takes either ("Tom Berg arrested Lena Ray" / "Lena Ray was
// arrested"; "Sylvia formed the Sugarhill Gang" / "the Sugarhill Gang
// formed"), one fact. r relates f's items as A's when fIsA.
func namedAfter(f, o *Side, r *relation, v int, sub []*features.Mention, fIsA bool) bool {
	for _, it := range sentences(f).items[f.Toks[v].Sent] {
		if !it.name || int(it.tok) < v {
			continue
		}
		for _, m := range sub {
			k := nameItem(o, m)
			if k < 0 {
				continue
			}
			ia, ib := it.idx, k
			if !fIsA {
				ia, ib = k, it.idx
			}
			if ok, _ := r.meet(ia, ib); ok {
				return true
			}
		}
	}
	return false
}

// subjectSpan is the byte range from the first name of a subject to its
// last (subjectOf lists them last first).
func subjectSpan(ms []*features.Mention) model.Span {
	lo, hi := ms[0].Start, ms[0].End
	for _, m := range ms {
		lo, hi = min(lo, m.Start), max(hi, m.End)
	}
	return model.Span{Start: int(lo), End: int(hi)}
}

// differentSubjects records a different detail: the pair is related.
func (j *judgement) differentSubjects(r model.Reason) {
	j.differentDetail = true
	j.info = append(j.info, r)
}

// zipTokens pairs the matched tokens of a sentence pair, i-th with i-th.
func zipTokens(ta, tb []int) [][2]int {
	out := make([][2]int, min(len(ta), len(tb)))
	for i := range out {
		out[i] = [2]int{ta[i], tb[i]}
	}
	return out
}

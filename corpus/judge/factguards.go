package judge

import (
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// "A different detail stands apart": readings of the best sentence pair
// that a careful reader uses to call two facets of one event related,
// read for the same-fact decision (factmodel.go) as features and guards.
// None asks which words; each asks whether each side has something of its
// own of one kind that the other does not meet:
//   - names apart: each sentence names someone or somewhere the other
//     passage never meets ("arrested in Madrid" / "played in Lisbon");
//   - dates apart: each gives a date, a year or a weekday of one kind
//     the other's does not match (a toll of another year);
//   - subjects apart: the heads of the two sentences' first clauses —
//     who acts or suffers — do not meet, and neither is named after the
//     other's verb in its clause (the other voice) ("Police … arrested" /
//     "Investigators … are examining"; "officers were injured" /
//     "protesters were injured");
//   - counts apart: counts of one kind and unit on both sides, none
//     meeting — other people, another year, two lower bounds of
//     different figures, or two values;
//   - what happens apart: from each first clause's verb on, up to a
//     closing attribution ("…, the ministry said"), no word meets a word
//     of the other sentence by one stem or one name ("the Svetla had
//     failed a safety inspection" / "was carrying 120 passengers when it
//     overturned");
//   - one item: the sentence pair meets on one word or name alone.
//
// The subject is read by position, not parsed (clauseHead): the first
// verb of the sentence that is not a verb of saying and not a noun's
// modifier ("the injured"), back past its auxiliaries to the start of its
// clause, and the last word before the first preposition of what lies
// between ("Police in Lyon arrested": police). A pronoun, a number or a
// word the sentence match does not read gives no head: nothing is apart.
//
// What it gets wrong: a subject with a modifier that is no preposition
// ("officers guarding the embassy were injured" reads no verb before
// "guarding"); a subject named on the other side only in a later clause
// ("The ferry sank, killing 43 people" / "43 people died when …") reads
// as apart; a paraphrase of what happens through WordNet alone ("sacked"
// / "was fired") reads as apart, since only one stem or one name meets
// there; names of speakers and outlets count as names of the sentence ("told
// CNN" against "told Reuters").

// weekdays are the days a date may be given by.
var weekdays = lexicon.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// namesApart reports whether sentence sa of A holds a name that no item
// of B meets, and sentence sb of B a name that no item of A meets (metB:
// the bits of B's items that some item of A meets).
func namesApart(in Input, r *relation, sa, sb int, metB []uint64) bool {
	ia, ib := sentences(in.A), sentences(in.B)
	apartA := false
	for _, it := range ia.items[sa] {
		if it.name && r.nextRel(int(it.idx), 0) < 0 {
			apartA = true
			break
		}
	}
	if !apartA {
		return false
	}
	for _, it := range ib.items[sb] {
		if it.name && !bit(metB, int(it.idx)) {
			return true
		}
	}
	return false
}

// datesApart reports whether sentences sa of A and sb of B each give a
// date or year that one of the same kind on the other side does not
// match (each side one of its own), or each a weekday the other's does
// not name.
func datesApart(fa, fb *Side, sa, sb int32) bool {
	apart := func(f, o *Side, s, so int32) bool {
		for x := range f.Nums {
			q := &f.Nums[x]
			if f.Toks[q.Tok0].Sent != s || q.Kind != features.QDate && q.Kind != features.QYear {
				continue
			}
			other, same := false, false
			for y := range o.Nums {
				p := &o.Nums[y]
				if o.Toks[p.Tok0].Sent != so || p.Kind != q.Kind {
					continue
				}
				other = true
				if q.SameDate(p, quantityText(f, q), quantityText(o, p)) {
					same = true
					break
				}
			}
			if other && !same {
				return true
			}
		}
		return false
	}
	if apart(fa, fb, sa, sb) && apart(fb, fa, sb, sa) {
		return true
	}
	da, db := sentenceWeekdays(fa, sa), sentenceWeekdays(fb, sb)
	return da != 0 && db != 0 && da&^db != 0 && db&^da != 0
}

// quantityText is the text of quantity q of passage f.
func quantityText(f *Side, q *features.Quantity) string { return f.Text[q.Start:q.End] }

// sentenceWeekdays returns the weekdays sentence s names, one bit each.
func sentenceWeekdays(f *Side, s int32) uint8 {
	var days uint8
	for k := range f.Toks {
		if f.Toks[k].Sent != s {
			continue
		}
		if n := f.Toks[k].Norm(); weekdays[n] {
			for i, d := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
				if d == n {
					days |= 1 << i
				}
			}
		}
	}
	return days
}

// subjectsApartHead reports whether the heads of the first clauses of
// sentences sa of A and sb of B (clauseHead) are apart: they do not meet,
// and neither is named after the other's verb in its first clause (the
// other voice: "Police arrested two men" / "Two men were arrested").
func subjectsApartHead(in Input, r *relation, sa, sb int, ca, cb clause) bool {
	ha, va, hb, vb := ca.head, ca.verb, cb.head, cb.verb
	if ha < 0 || hb < 0 {
		return false
	}
	if ok, _ := r.meet(ha, hb); ok {
		return false
	}
	end := func(f *Side, v int) int {
		k := v + 1
		for k < len(f.Toks) && f.Toks[k].Sent == f.Toks[v].Sent && !clauseStarts[f.Toks[k].Norm()] {
			k++
		}
		return k
	}
	ea, eb := end(in.A, va), end(in.B, vb)
	for _, y := range sentences(in.B).items[sb] {
		if int(y.tok) > vb && int(y.tok) < eb {
			if ok, _ := r.meet(ha, y.idx); ok {
				return false
			}
		}
	}
	for _, x := range sentences(in.A).items[sa] {
		if int(x.tok) > va && int(x.tok) < ea {
			if ok, _ := r.meet(x.idx, hb); ok {
				return false
			}
		}
	}
	return true
}

// predicatesApart reports whether sentences sa of A and sb of B each
// have a first clause's verb (clauseHead) and nothing from it on meets
// any word of the other sentence: what happens differs entirely ("the
// ferry may have been hit by a freak wave" / "the vessel had passed its
// safety inspection in March"), where a paraphrase keeps its objects
// ("have unveiled … bombs containing live scorpions" / "are launching
// bombs containing live scorpions").
func predicatesApart(in Input, r *relation, sa, sb int, ca, cb clause) bool {
	va, vb := ca.verb, cb.verb
	if va < 0 || vb < 0 {
		return false
	}
	ea, eb := predicateEnd(in.A, va), predicateEnd(in.B, vb)
	xs, ys := sentences(in.A).items[sa], sentences(in.B).items[sb]
	for _, x := range xs {
		px := int(x.tok) >= va && int(x.tok) < ea
		for _, y := range ys {
			py := int(y.tok) >= vb && int(y.tok) < eb
			if !px && !py {
				continue
			}
			if ok, syn := r.meet(x.idx, y.idx); ok && !syn {
				return false
			}
		}
	}
	return true
}

// predicateEnd returns where the predicate of verb token v ends: the
// sentence's end, or the comma before a closing attribution ("…, the
// ministry said": who says it, not what happened).
func predicateEnd(f *Side, v int) int {
	s := f.Toks[v].Sent
	end, comma := v+1, -1
	for end < len(f.Toks) && f.Toks[end].Sent == s {
		switch {
		case f.Toks[end].Norm() == ",":
			comma = end
		case comma >= 0 && factsOf(f.Toks[end].NormID()).plain:
			return comma
		}
		end++
	}
	return end
}

// clause is the first clause of a sentence (clauseHead): the item that
// heads its subject and its verb's token, each -1 when not read.
type clause struct {
	head int32
	verb int
}

// clauseHead returns the first clause of sentence s of passage f: the
// sentence item that heads its subject (see above) and its verb.
func clauseHead(f *Side, s int) clause {
	lo, hi := -1, -1
	for k := range f.Toks {
		if int(f.Toks[k].Sent) == s {
			if lo < 0 {
				lo = k
			}
			hi = k + 1
		}
	}
	if lo < 0 {
		return clause{-1, -1}
	}
	norm := func(k int) string { return f.Toks[k].Norm() }
	for v := lo; v < hi; v++ {
		if mentionAt(f, v) != nil || !predicateWord(f, v) {
			continue
		}
		nf := factsOf(f.Toks[v].NormID())
		if nf.plain {
			continue // a verb of saying: the clause said has the subject
		}
		if v > lo && (f.Toks[v-1].Is(lexicon.TNum) || factsOf(f.Toks[v-1].NormID()).determiner) {
			continue // "the injured", "39 wounded": a noun
		}
		k := v - 1
		for k >= lo && verbGroup(f, k) {
			k--
		}
		c := k
		for c >= lo && !clauseStarts[norm(c)] && !factsOf(f.Toks[c].NormID()).plain {
			c--
		}
		// The last word the match reads before the first preposition
		// after one ("Police in Lyon": police; "At least 40 protesters":
		// protesters).
		head := int32(-1)
		for p := c + 1; p <= k; p++ {
			if prepositions[norm(p)] && head >= 0 {
				break
			}
			if it := itemAt(f, s, p); it >= 0 {
				head = it
			}
		}
		return clause{head, v}
	}
	return clause{-1, -1}
}

// itemAt returns the item of sentence s of passage f that token k reads
// as (a name that holds it, or its stem), or -1.
func itemAt(f *Side, s, k int) int32 {
	if m := mentionAt(f, k); m != nil {
		return nameItem(f, m)
	}
	id := f.Toks[k].StemID()
	if id == 0 {
		return -1
	}
	for _, it := range sentences(f).items[s] {
		if !it.name && it.stem == id {
			return it.idx
		}
	}
	return -1
}

// countsNotMet reports whether sentences sa of A and sb of B count one
// thing (one kind and unit of count, not a date, year or time) and no
// count of one meets a count of the other: compatible, of the same
// people, side and year, and not two lower bounds of different figures
// (12 police officers / 40 protesters injured; a toll of 2015 against
// this week's; "at least 43" / "at least 51" dead).
func countsNotMet(fa, fb *Side, sa, sb int32) bool {
	same := false
	for x := range fa.Nums {
		qa := &fa.Nums[x]
		if fa.Toks[qa.Tok0].Sent != sa || qa.Kind == features.QDate || qa.Kind == features.QYear || qa.Kind == features.QTime || qa.Unit == "?" {
			continue
		}
		for y := range fb.Nums {
			qb := &fb.Nums[y]
			if fb.Toks[qb.Tok0].Sent != sb || qb.Kind != qa.Kind || qb.Unit != qa.Unit {
				continue
			}
			if qa.Comparable(qb) && qa.Compatible(qb) && !twoBounds(qa, qb) {
				return false
			}
			same = true
		}
	}
	return same
}

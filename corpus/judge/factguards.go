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
//   - subjects apart: the head of each sentence's first clause — who
//     acts or suffers — meets no word of the other sentence ("Police …
//     arrested" / "Investigators … are examining"; "officers were
//     injured" / "protesters were injured").
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
// "guarding"); a passive's agent ("were arrested by police") against an
// active subject meets only because the other sentence holds the word
// too; names of speakers and outlets count as names of the sentence
// ("told CNN" against "told Reuters").

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
// sentences sa of A and sb of B (clauseHead) each meet no item of the
// other sentence.
func subjectsApartHead(in Input, r *relation, sa, sb int) bool {
	ha, hb := clauseHead(in.A, sa), clauseHead(in.B, sb)
	if ha < 0 || hb < 0 {
		return false
	}
	for _, y := range sentences(in.B).items[sb] {
		if ok, _ := r.meet(ha, y.idx); ok {
			return false
		}
	}
	for _, x := range sentences(in.A).items[sa] {
		if ok, _ := r.meet(x.idx, hb); ok {
			return false
		}
	}
	return true
}

// clauseHead returns the sentence item of passage f that heads the
// subject of sentence s's first clause (see above), or -1.
func clauseHead(f *Side, s int) int32 {
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
		return -1
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
		end := k
		for p := c + 1; p <= k; p++ {
			if prepositions[norm(p)] {
				end = p - 1
				break
			}
		}
		if end <= c {
			return -1
		}
		return itemAt(f, s, end)
	}
	return -1
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

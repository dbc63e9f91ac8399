package judge

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file gathers what two aligned passages have in common — names,
// quantities, rare words — as the alignment's evidence, its shared and
// conflicting numbers (and the ages of one person) as reasons, and the
// spans to highlight (marks) on each side; plus the quoting helpers
// reasons use.

// entities lists the names both passages carry, rarest first.
func (j *judgement) entities(in Input) {
	fa, fb := in.A, in.B
	type shared struct {
		key          string
		idf          float32
		surfA, surfB string
	}
	var buf [8]shared // most pairs share a few names: no allocation
	list := buf[:0]
	for i := range fa.Ents {
		m := &fa.Ents[i]
		dup := false
		for _, s := range list {
			if s.key == m.Key {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		for k := range fb.Ents {
			if fb.Ents[k].Key != m.Key {
				continue
			}
			s := shared{key: m.Key, surfA: fa.Text[m.Start:m.End], surfB: fb.Text[fb.Ents[k].Start:fb.Ents[k].End]}
			if id, ok := in.Model.Ids[align.Fnv64(align.FkEntity, m.Key, 0)]; ok {
				s.idf = in.Model.Idf[id]
			}
			list = append(list, s)
			break
		}
	}
	if len(list) == 0 {
		return
	}
	slices.SortStableFunc(list, func(a, b shared) int { return cmp.Compare(b.idf, a.idf) })
	names := make([]string, len(list))
	var bufA, bufB [8]string
	as, bs := bufA[:0], bufB[:0]
	for i, s := range list {
		names[i] = in.Names.Name(s.key)
		as = append(as, s.surfA)
		bs = append(bs, s.surfB)
	}
	j.ev.Entities = names
	isShared := func(key string) bool {
		for _, s := range list {
			if s.key == key {
				return true
			}
		}
		return false
	}
	for i := range fa.Ents {
		if !j.noMarks && isShared(fa.Ents[i].Key) {
			j.markA(model.Span{Start: int(fa.Ents[i].Start), End: int(fa.Ents[i].End)}, model.MarkShared)
		}
	}
	for i := range fb.Ents {
		if !j.noMarks && isShared(fb.Ents[i].Key) {
			j.markB(model.Span{Start: int(fb.Ents[i].Start), End: int(fb.Ents[i].End)}, model.MarkShared)
		}
	}
	j.info = append(j.info, sentence(model.Reason{Kind: model.ReasonSharedEntity, List: names[:min(6, len(names))],
		A: strings.Join(uniq(as), ", "), B: strings.Join(uniq(bs), ", ")}))
}

// uniq returns ss without repeats, in order of first use, in place. The
// lists are a pair's shared names: a few, so a scan of those kept beats a
// set.
func uniq(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// numbers compares the quantities that count the same thing.
func (j *judgement) numbers(in Input) {
	fa, fb := in.A, in.B
	var done []string // units and dates already reported
	isDone := func(k string) bool { return slices.Contains(done, k) }
	for x := range fa.Nums {
		qa := &fa.Nums[x]
		if qa.Kind == features.QDate || qa.Kind == features.QYear {
			for y := range fb.Nums {
				qb := &fb.Nums[y]
				tb := fb.Text[qb.Start:qb.End]
				if qa.SameDate(qb, fa.Text[qa.Start:qa.End], tb) && !isDone("date:"+tb) {
					done = append(done, "date:"+tb)
					j.ev.Numbers = append(j.ev.Numbers, fa.Text[qa.Start:qa.End])
					j.markA(model.Span{Start: int(qa.Start), End: int(qa.End)}, model.MarkShared)
					j.markB(model.Span{Start: int(qb.Start), End: int(qb.End)}, model.MarkShared)
					if qa.Kind == features.QYear && qb.Kind == features.QYear && sharedContext(fa, fb, qa, qb) {
						// "their first hit, Rapper's Delight, in 1979" twice:
						// a year with a word of its sentence shared.
						ta := fa.Text[qa.Start:qa.End]
						j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedNumber, A: ta, B: tb, Words: [2]string{ta, tb},
							SpanA: model.Span{Start: int(qa.Start), End: int(qa.End)}, SpanB: model.Span{Start: int(qb.Start), End: int(qb.End)}}))
					}
				}
			}
			continue
		}
		if qa.Kind == features.QAge && ageOwner(fa, qa) != nil {
			j.age(in, qa)
			continue
		}
		if qa.Kind == features.QAge || qa.Kind == features.QDuration {
			j.sameMeasure(in, qa, &done)
			if qa.Kind == features.QAge {
				continue
			}
		}
		if isDone(qa.Unit) {
			continue
		}
		// Every pair of quantities of this unit: a compatible one wins;
		// else the pair in sentences that share context, if any.
		var compatA, compatB *features.Quantity
		var differs [][2]*features.Quantity
		for x2 := range fa.Nums {
			qa2 := &fa.Nums[x2]
			if qa2.Unit != qa.Unit {
				continue
			}
			for y := range fb.Nums {
				qb := &fb.Nums[y]
				if !qa2.Comparable(qb) {
					continue
				}
				if qa2.Compatible(qb) {
					if compatA == nil {
						compatA, compatB = qa2, qb
					}
				} else if !givesValue(fa, qb) && !givesValue(fb, qa2) {
					// (When one side gives both figures — "the 28
					// schoolgirls …, when seven returned pregnant" /
					// "seven schoolgirls got pregnant" — they count two
					// things, not one thing twice.)
					differs = append(differs, [2]*features.Quantity{qa2, qb})
				}
			}
		}
		var differA, differB *features.Quantity
		if compatA == nil {
			for _, d := range differs {
				if sharedContext(fa, fb, d[0], d[1]) {
					differA, differB = d[0], d[1]
					break
				}
			}
		}
		if compatA == nil && differA == nil {
			continue
		}
		done = append(done, qa.Unit)
		if compatA != nil {
			ta, tb := fa.Text[compatA.Start:compatA.End], fb.Text[compatB.Start:compatB.End]
			if compatA.Vague != compatB.Vague && features.CasualtyLabel(compatA.Unit) == "" {
				// "2,000 families" and "thousands of families": a round
				// word fits too many numbers to show agreement.
				j.ev.Numbers = append(j.ev.Numbers, ta)
				continue
			}
			j.ev.Numbers = append(j.ev.Numbers, ta)
			if na, nb := negatedAt(fa, compatA.Tok0), negatedAt(fb, compatB.Tok0); na != nb && amountKind(compatA) {
				// Stated on one side, negated on the other: a conflict,
				// unless the stating side only recounts it ("a story
				// claiming the world would be dark for six days" / "will
				// not be dark for six days") or negates something else
				// in that sentence ("none of the 28 bodies are theirs" /
				// "the 28 bodies are not theirs": the negation is of
				// what the bodies are, on both sides); then neither
				// agrees. Only counts and sums: "received no help two
				// days after" denies the help, not the two days.
				f, q := fa, compatA
				if na {
					f, q = fb, compatB
				}
				n, qn := fb, compatB
				if na {
					n, qn = fa, compatA
				}
				if s := f.Toks[q.Tok0].Sent; sentences(f).recount[s] < 0 && !negatesIn(f, s) && !changeDenied(n, qn.Tok0) {
					j.negatedCount(in, compatA, compatB, na)
				}
				continue
			}
			bounds := twoBounds(compatA, compatB)
			if !bounds {
				// Two bounds on different figures are not one shared
				// figure: the note says they differ, so no underline.
				j.markA(model.Span{Start: int(compatA.Start), End: int(compatA.End)}, model.MarkShared)
				j.markB(model.Span{Start: int(compatB.Start), End: int(compatB.End)}, model.MarkShared)
			}
			r := model.Reason{Kind: model.ReasonSharedNumber, A: ta, B: tb}
			if !sharedContext(fa, fb, compatA, compatB) && !countsContext(fa, fb, compatA, compatB) {
				// A number alone is not agreement: "43 missing students"
				// as the story's background beside two different points.
				r.Weak = true
			}
			if bounds {
				// "at least 43" / "at least 51": two lower bounds, on
				// different figures, can both be true but
				// are not one count (a toll at two times, or by two
				// sources): a note, not agreement.
				r.Weak = true
			}
			if reportedAt(fa, compatA) != reportedAt(fb, compatB) {
				// Stated on one side, only reported as a claim on the
				// other ("a profile that claims he made $72 million"):
				// the count is what the claim says, not agreement.
				r.Weak = true
			}
			na, nb := numberWords(fa, compatA), numberWords(fb, compatB)
			if lexicon.Fold(na) == lexicon.Fold(nb) && compatA.Unit == "magnitude" {
				r.Words = [2]string{"magnitude " + na, "magnitude " + nb}
			} else if lexicon.Fold(na) == lexicon.Fold(nb) {
				r.Words = [2]string{na + unitSuffix(compatA), nb + unitSuffix(compatB)}
			} else {
				r.Form, r.Label, r.Words = model.FormApprox, compatA.Describe(), [2]string{na, nb}
				if bounds {
					r.Form = model.FormBounds
				}
			}
			if r.Weak {
				j.info = append(j.info, sentence(r))
			} else {
				j.support = append(j.support, sentence(r))
			}
			continue
		}
		ta, tb := fa.Text[differA.Start:differA.End], fb.Text[differB.Start:differB.End]
		j.markA(model.Span{Start: int(differA.Start), End: int(differA.End)}, model.MarkConflict)
		j.markB(model.Span{Start: int(differB.Start), End: int(differB.End)}, model.MarkConflict)
		j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonNumberDiffers, Label: differA.Describe(),
			Words: [2]string{numberWords(fa, differA), numberWords(fb, differB)}, A: ta, B: tb}))
	}
}

// twoBounds reports whether two compatible quantities are lower bounds
// of a rising count on different figures: "at least 43" / "at least 51"
// (a toll at two times, or by two sources). A bound and a figure within
// it ("over 140" / "143") are one count. Upper bounds and approximations
// ("nearly 50" / "nearly 48", "up to 200" / "under 150") are read as
// "about" is: two wordings of one figure.
func twoBounds(a, b *features.Quantity) bool {
	if !lowerBound[a.Qualifier()] || !lowerBound[b.Qualifier()] || a.Vague || b.Vague {
		return false
	}
	return math.Abs(a.Val-b.Val) > 0.03*max(a.Val, b.Val)
}

// lowerBound are the qualifiers that bound a figure from below ("at
// least", "more than" and "over" read as "over").
var lowerBound = map[string]bool{"at least": true, "over": true}

// reportedAt reports whether the sentence of quantity q reports it as a
// claim (a recount word that governs it: "a profile that claims he made
// $72 million") or calls its sentence untrue.
func reportedAt(f *Side, q *features.Quantity) bool {
	s := f.Toks[q.Tok0].Sent
	si := sentences(f)
	return governs(f, si.recount[s], []int{int(q.Tok0)}) || si.debunk[s] >= 0
}

// sameMeasure credits one duration or age given on both sides ("for 40
// minutes", "at age 57") in sentences that share a word or a name besides
// it: a number alone is not agreement.
func (j *judgement) sameMeasure(in Input, qa *features.Quantity, done *[]string) {
	fa, fb := in.A, in.B
	key := "measure:" + qa.Unit + ":" + strconv.FormatFloat(qa.Val, 'g', -1, 64)
	if slices.Contains(*done, key) {
		return
	}
	for y := range fb.Nums {
		qb := &fb.Nums[y]
		if qb.Kind != qa.Kind || qb.Unit != qa.Unit || qb.Val != qa.Val || qb.Vague || qa.Vague || !sharedContext(fa, fb, qa, qb) {
			continue
		}
		*done = append(*done, key)
		ta, tb := fa.Text[qa.Start:qa.End], fb.Text[qb.Start:qb.End]
		sa, sb := model.Span{Start: int(qa.Start), End: int(qa.End)}, model.Span{Start: int(qb.Start), End: int(qb.End)}
		j.ev.Numbers = append(j.ev.Numbers, ta)
		j.markA(sa, model.MarkShared)
		j.markB(sb, model.MarkShared)
		j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedNumber, A: ta, B: tb, Words: [2]string{ta, tb}, SpanA: sa, SpanB: sb}))
		return
	}
}

// age compares an age in A with the ages in B given to the same person
// ("34-year-old Travis Keller" / "Travis Keller, 34").
func (j *judgement) age(in Input, qa *features.Quantity) {
	fa, fb := in.A, in.B
	who := ageOwner(fa, qa)
	if who == nil {
		return
	}
	for y := range fb.Nums {
		qb := &fb.Nums[y]
		if qb.Kind != features.QAge {
			continue
		}
		if o := ageOwner(fb, qb); o == nil || o.Key != who.Key {
			continue
		}
		name := in.Names.Name(who.Key)
		ta, tb := fa.Text[qa.Start:qa.End], fb.Text[qb.Start:qb.End]
		if qa.Val == qb.Val {
			j.ev.Numbers = append(j.ev.Numbers, ta)
			j.markA(model.Span{Start: int(qa.Start), End: int(qa.End)}, model.MarkShared)
			j.markB(model.Span{Start: int(qb.Start), End: int(qb.End)}, model.MarkShared)
			j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedNumber, Form: model.FormAge, Label: name,
				Words: [2]string{ageText(qa.Val), ageText(qb.Val)}, A: ta, B: tb}))
		} else {
			j.markA(model.Span{Start: int(qa.Start), End: int(qa.End)}, model.MarkConflict)
			j.markB(model.Span{Start: int(qb.Start), End: int(qb.End)}, model.MarkConflict)
			j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonNumberDiffers, Label: "age of " + name,
				Words: [2]string{ageText(qa.Val), ageText(qb.Val)}, A: ta, B: tb}))
		}
		return
	}
}

// ageOwner is the name an age belongs to: right after "34-year-old", or
// right before ", 34".
func ageOwner(f *Side, q *features.Quantity) *features.Mention {
	for i := range f.Ents {
		m := &f.Ents[i]
		if m.Tok0 == q.Tok1 || m.Tok1 == q.Tok0-1 && f.Toks[q.Tok0-1].Norm() == "," {
			return m
		}
	}
	return nil
}

func ageText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// numberWords is the qualifier and number of a quantity as written,
// without the counted noun: "over 140".
func numberWords(f *Side, q *features.Quantity) string {
	end := q.Tok1
	for end > q.Tok0+1 && f.Toks[end-1].Is(lexicon.TWord) && !f.Toks[end-1].Is(lexicon.TNum) && features.SmallNumbers[f.Toks[end-1].Norm()] == 0 &&
		features.ScaleWords[f.Toks[end-1].Norm()] == 0 && features.VagueNumbers[f.Toks[end-1].Norm()] == [2]float64{} && f.Toks[end-1].Norm() != "%" {
		end--
	}
	if q.Kind == features.QPercent || q.Kind == features.QMoney || q.Kind == features.QDuration || features.IsMeasure(q.Unit) {
		end = q.Tok1 // "970-kilometre", "about 500 km"
	}
	return f.Text[q.Start:f.Toks[end-1].End] // Start: "more than $2 million" keeps its qualifier and sign
}

// unitSuffix is " dead", " gunmen" — what the count counts, for "both:".
func unitSuffix(q *features.Quantity) string {
	if q.Kind != features.QCount || q.Label == "" || features.IsMeasure(q.Unit) {
		return ""
	}
	return " " + q.Label
}

// countsContext reports whether two counts are each their sentence's
// point: the sentences are short (a toll and little else: "Twelve people
// died.").
func countsContext(fa, fb *Side, qa, qb *features.Quantity) bool {
	return sentenceWords(fa, fa.Toks[qa.Tok0].Sent) <= 6 || sentenceWords(fb, fb.Toks[qb.Tok0].Sent) <= 6
}

// sharedContext reports whether the sentences holding two quantities share
// a content word or a name besides the count itself (and casualty words).
func sharedContext(fa, fb *Side, qa, qb *features.Quantity) bool {
	sa, sb := fa.Toks[qa.Tok0].Sent, fb.Toks[qb.Tok0].Sent
	context := func(f *Side, q *features.Quantity, i int32) bool {
		t := &f.Toks[i]
		return (int(i) < q.Tok0 || int(i) >= q.Tok1) && t.Norm() != q.Unit && t.Norm() != q.Label
	}
	// Each of A's context words against B's, by stem id (one id, one
	// stem), read once per passage; the words of the count itself are
	// left out only where the stems meet.
	ka, kb := contextWords(fa)[sa], contextWords(fb)[sb]
	stA, stB := fa.ctxStem[sa], fb.ctxStem[sb]
	for x, i := range ka {
		for y, k := range kb {
			if stA[x] == stB[y] && context(fb, qb, k) && context(fa, qa, i) {
				return true
			}
		}
	}
	for i := range fa.Ents {
		if fa.Toks[fa.Ents[i].Tok0].Sent != sa {
			continue
		}
		for k := range fb.Ents {
			if fb.Toks[fb.Ents[k].Tok0].Sent == sb && fb.Ents[k].Key == fa.Ents[i].Key {
				return true
			}
		}
	}
	return false
}

// contextWords lists, once per passage, the tokens of each sentence that
// can be a quantity's context: content words, not casualty words or
// people nouns.
func contextWords(f *Side) [][]int32 {
	f.ctxOnce.Do(func() {
		n := 0
		for k := range f.Toks {
			n = max(n, int(f.Toks[k].Sent)+1)
		}
		f.ctx = make([][]int32, n)
		f.ctxStem = make([][]lexicon.Word, n)
		// Tokens come in sentence order: each sentence's words are a
		// run of one array (two allocations, not two per sentence).
		toks, stems := make([]int32, 0, len(f.Toks)), make([]lexicon.Word, 0, len(f.Toks))
		for k := range f.Toks {
			t := &f.Toks[k]
			if t.StemID() != 0 && factsOf(t.StemID()).context {
				toks, stems = append(toks, int32(k)), append(stems, t.StemID())
			}
		}
		for lo := 0; lo < len(toks); {
			s := f.Toks[toks[lo]].Sent
			hi := lo + 1
			for hi < len(toks) && f.Toks[toks[hi]].Sent == s {
				hi++
			}
			f.ctx[s], f.ctxStem[s] = toks[lo:hi:hi], stems[lo:hi:hi]
			lo = hi
		}
	})
	return f.ctx
}

// terms lists the content words both passages use, rarest first, and
// marks the five rarest on both sides.
func (j *judgement) terms(in Input) {
	fa, fb := in.A, in.B
	type shared struct {
		id   int32
		tokA int32
		idf  float32
	}
	// One pass over the shared words: count them and the rare ones, and
	// keep the eight rarest in the order a stable sort by IDF would give
	// (ties in id order): insertion after any equal one.
	rare := float32(math.Log(1 + float64(in.Model.N)/float64(max(2, in.Model.N/3))))
	var top8buf [8]shared
	list := top8buf[:0]
	// The two lists are merged (a passage's term ids are distinct): a
	// step past one side's id is taken without a branch, as relate's.
	for i, k := 0, 0; i < len(fa.Terms) && k < len(fb.Terms); {
		ta, tb := fa.Terms[i], fb.Terms[k].ID
		if ta.ID != tb {
			lt := int(uint32(ta.ID-tb) >> 31) // ids are ≥ 0: 1 when ta.ID < tb
			i += lt
			k += 1 - lt
			continue
		}
		i++
		k++
		x := shared{ta.ID, ta.Tok, in.Model.Idf[ta.ID]}
		j.nTerms++
		if x.idf >= rare {
			j.nRare++
		}
		p := len(list)
		for p > 0 && cmp.Less(list[p-1].idf, x.idf) {
			p--
		}
		if p == 8 {
			continue
		}
		if len(list) < 8 {
			list = append(list, shared{})
		}
		copy(list[p+1:], list[p:len(list)-1])
		list[p] = x
	}
	keep := func(t *lexicon.Token) bool {
		nf := factsOf(t.NormID())
		return !nf.plain && !nf.calendar // "said", "Sunday": shared by any two reports
	}
	n := 0
	for _, s := range list {
		if keep(&fa.Toks[s.tokA]) {
			n++
		}
	}
	if n > 0 { // the terms stay with the comparison: no spare capacity
		j.ev.Terms = slices.Grow(j.ev.Terms, n)
	}
	for _, s := range list {
		if t := &fa.Toks[s.tokA]; keep(t) {
			j.ev.Terms = append(j.ev.Terms, fa.Text[t.Start:t.End])
		}
	}
	top := list[:min(5, len(list))]
	if len(top) == 0 || j.noMarks {
		return // no shared word to mark, or no marks kept
	}
	// A token's id is looked for among top's only when its low six bits
	// are one of theirs (most tokens' are not).
	var low uint64
	for _, s := range top {
		low |= 1 << (s.id & 63)
	}
	for side, f := range [2]*Side{fa, fb} {
		for i, id := range f.TokTerm {
			if id < 0 || low&(1<<(id&63)) == 0 {
				continue
			}
			for _, s := range top {
				if s.id == id {
					t := &f.Toks[i]
					if side == 0 {
						j.markA(model.Span{Start: int(t.Start), End: int(t.End)}, model.MarkShared)
					} else {
						j.markB(model.Span{Start: int(t.Start), End: int(t.End)}, model.MarkShared)
					}
					break
				}
			}
		}
	}
}

// clauseAround widens a cue's span to its clause, at most a few words
// each way, for quoting.
func clauseAround(f *Side, cue model.Span) model.Span {
	i := 0
	for i < len(f.Toks) && int(f.Toks[i].Start) < cue.Start {
		i++
	}
	if i >= len(f.Toks) {
		return cue
	}
	a, b := i, i
	for a > 0 && f.Toks[a-1].Sent == f.Toks[i].Sent && !clauseBreak(f, a-1) && i-a < 6 {
		a--
	}
	for b+1 < len(f.Toks) && f.Toks[b+1].Sent == f.Toks[i].Sent && !clauseBreak(f, b+1) && b-i < 6 {
		b++
	}
	for a < i && f.Toks[a].Is(lexicon.TQuote) {
		a++
	}
	for b > i && f.Toks[b].Is(lexicon.TQuote) {
		b--
	}
	for b > i && (f.Toks[b].Norm() == "and" || f.Toks[b].Norm() == "or" || f.Toks[b].Norm() == "but" || lexicon.Determiners.Has(f.Toks[b].Norm())) {
		b-- // "… killings and"
	}
	// A quotation mark left without its pair: stop before the last one
	// after the cue, or start after the first one before it.
	n := 0
	for k := a; k <= b; k++ {
		if f.Toks[k].Is(lexicon.TQuote) {
			n++
		}
	}
	if n%2 == 1 {
		for k := b; k > i; k-- {
			if f.Toks[k].Is(lexicon.TQuote) {
				b = k - 1
				n = 0
				break
			}
		}
		for k := a; n != 0 && k < i; k++ {
			if f.Toks[k].Is(lexicon.TQuote) {
				a = k + 1
				break
			}
		}
	}
	return model.Span{Start: int(f.Toks[a].Start), End: int(f.Toks[b].End)}
}

// clauseBreak reports whether token k ends a clause for quoting:
// punctuation, or a quotation mark that is not a scare quote between two
// words ("condemned the “senseless” killings").
func clauseBreak(f *Side, k int) bool {
	t := &f.Toks[k]
	if t.Is(lexicon.TBreak | lexicon.TEnd) {
		return true
	}
	if !t.Is(lexicon.TQuote) {
		return false
	}
	return k == 0 || k+1 >= len(f.Toks) || !f.Toks[k-1].Is(lexicon.TWord) || !f.Toks[k+1].Is(lexicon.TWord)
}

// quote returns the text of a span, cut to about 80 characters.
func quote(text string, s model.Span) string {
	q := strings.TrimSpace(text[s.Start:s.End])
	if utf8.RuneCountInString(q) <= 80 {
		return q
	}
	cut := 0
	n := 0 // runes before i (ranging decodes as RuneCountInString counts)
	for i := range q {
		if n > 77 {
			break
		}
		if q[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(q)
	}
	return q[:cut] + "…"
}

// NormalizeMarks sorts highlights and removes overlaps; where a conflict
// and a shared mark overlap, the conflict wins.
func NormalizeMarks(hs []model.Highlight) []model.Highlight {
	if len(hs) == 0 {
		return nil
	}
	var buf [32]model.Highlight
	out := normalizeInto(buf[:0], hs)
	// The marks stay with the comparison (the reader paints them) and
	// overlaps leave fewer than hs: keep no spare capacity (some 20 % of
	// the marks' memory at twenty sources).
	exact := make([]model.Highlight, len(out))
	copy(exact, out)
	return exact
}

// normalizeMarksPair is NormalizeMarks of each side's marks, the two
// results in one exact array: an alignment's marks are one allocation,
// not two each rounded up to its size class (the marks are a sixth of
// what twenty sources keep).
func normalizeMarksPair(a, b []model.Highlight) (ma, mb []model.Highlight) {
	var bufA, bufB [32]model.Highlight
	oa, ob := bufA[:0], bufB[:0]
	if len(a) > 0 {
		oa = normalizeInto(oa, a)
	}
	if len(b) > 0 {
		ob = normalizeInto(ob, b)
	}
	if len(oa)+len(ob) == 0 {
		return nil, nil
	}
	both := make([]model.Highlight, len(oa)+len(ob))
	copy(both, oa)
	copy(both[len(oa):], ob)
	if len(oa) > 0 {
		ma = both[:len(oa):len(oa)]
	}
	if len(ob) > 0 {
		mb = both[len(oa):]
	}
	return ma, mb
}

// normalizeInto does NormalizeMarks's work in out (empty; a buffer on the
// caller's stack when the marks are few, as for most pairs), sorting hs in
// place, and returns the result, which may be out's array or a new one.
func normalizeInto(out, hs []model.Highlight) []model.Highlight {
	slices.SortFunc(hs, func(a, b model.Highlight) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	// Conflicts first, merged; then the shared spans minus the conflicts.
	if len(hs) > cap(out) {
		out = make([]model.Highlight, 0, len(hs))
	}
	for _, h := range hs {
		if h.Mark != model.MarkConflict {
			continue
		}
		if n := len(out); n > 0 && h.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, h.End)
			continue
		}
		out = append(out, h)
	}
	nc := len(out)
	conflicts := out[:nc:nc]
	for _, h := range hs {
		if h.Mark != model.MarkShared {
			continue
		}
		start := h.Start
		for _, c := range conflicts {
			if c.End <= start || c.Start >= h.End {
				continue
			}
			if start < c.Start {
				out = appendShared(out, nc, model.Span{Start: start, End: c.Start})
			}
			start = max(start, c.End)
		}
		if start < h.End {
			out = appendShared(out, nc, model.Span{Start: start, End: h.End})
		}
	}
	slices.SortFunc(out, func(a, b model.Highlight) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// appendShared adds a shared span, merging it into the last shared span
// when they overlap (shared spans arrive sorted by start).
func appendShared(out []model.Highlight, from int, s model.Span) []model.Highlight {
	if n := len(out); n > from && s.Start < out[n-1].End {
		out[n-1].End = max(out[n-1].End, s.End)
		return out
	}
	return append(out, model.Highlight{Span: s, Mark: model.MarkShared})
}

// negatedAt reports whether token k of a passage is said under a negation
// (claims stage: "he didn't actually make $72 million").
func negatedAt(f *Side, k int) bool {
	st := f.Claims.Stance
	return k >= 0 && k < len(st) && st[k] == claims.StNegated
}

// negatedCount makes one count that one side states and the other negates
// ("made $72 million" / "didn't actually make $72 million") a conflict:
// the same figure, said to be so and said not to be so, cannot both hold.
// aNeg tells which side negates.
func (j *judgement) negatedCount(in Input, qa, qb *features.Quantity, aNeg bool) {
	fa, fb := in.A, in.B
	sa, sb := sentenceSpan(fa, int(fa.Toks[qa.Tok0].Sent)), sentenceSpan(fb, int(fb.Toks[qb.Tok0].Sent))
	r := model.Reason{Kind: model.ReasonNegation, Form: model.FormStated, Label: numberWords(fa, qa) + unitSuffix(qa),
		A: quote(fa.Text, sa), B: quote(fb.Text, sb), SpanA: sa, SpanB: sb}
	if aNeg {
		r.Side, r.Words = model.SideA, [2]string{"denies it", "states it"}
	} else {
		r.Side, r.Words = model.SideB, [2]string{"states it", "denies it"}
	}
	j.markA(model.Span{Start: int(qa.Start), End: int(qa.End)}, model.MarkConflict)
	j.markB(model.Span{Start: int(qb.Start), End: int(qb.End)}, model.MarkConflict)
	j.conflicts = append(j.conflicts, sentence(r))
}

// changeDenied reports whether the negation over token k of f denies a
// change to what k counts, not the count: a verb of change stands
// between the negation and it ("isn't about to change the reported
// pricing of $15 a month": it stays $15; changeVerbs).
func changeDenied(f *Side, k int) bool {
	for _, sc := range f.Claims.Scopes {
		if k < sc.Tok0 || k >= sc.Tok1 {
			continue
		}
		for i := sc.Cue + 1; i < k; i++ {
			if changeVerbs.Has(f.Toks[i].Norm()) {
				return true
			}
		}
	}
	return false
}

// givesValue reports whether passage f gives q's exact value as a
// quantity of q's kind too, whatever it counts, unless it counts other
// people (features.Quantity.OtherPeople): A's "30 civilians" does not
// make "12 soldiers" against B's "30 soldiers" two things (review 2, M4),
// while "the 28 schoolgirls …, when seven returned pregnant" against
// "seven schoolgirls" does.
func givesValue(f *Side, q *features.Quantity) bool {
	if q.Vague {
		return false
	}
	for i := range f.Nums {
		o := &f.Nums[i]
		if o.Kind == q.Kind && !o.Vague && o.Val == q.Val && !o.OtherPeople(q) {
			return true
		}
	}
	return false
}

// negatesIn reports whether sentence s of a passage says anything under a
// negation.
func negatesIn(f *Side, s int32) bool {
	for k := range f.Toks {
		if f.Toks[k].Sent == s && negatedAt(f, k) {
			return true
		}
	}
	return false
}

// amountKind reports whether a quantity counts or sums something (not a
// time, an age or a share).
func amountKind(q *features.Quantity) bool {
	return q.Kind == features.QCount || q.Kind == features.QMoney
}

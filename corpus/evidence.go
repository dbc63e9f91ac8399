package corpus

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file gathers what two aligned passages have in common — names,
// quantities, rare words — as the alignment's evidence, its shared and
// conflicting numbers (and the ages of one person) as reasons, and the
// spans to highlight (marks) on each side; plus the quoting helpers
// reasons use.

// entities lists the names both passages carry, rarest first.
func (j *judgement) entities(in verdictInput) {
	fa, fb := in.fa, in.fb
	type shared struct {
		key          string
		idf          float32
		surfA, surfB string
	}
	var list []shared
	for i := range fa.ents {
		m := &fa.ents[i]
		dup := false
		for _, s := range list {
			if s.key == m.key {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		for k := range fb.ents {
			if fb.ents[k].key != m.key {
				continue
			}
			s := shared{key: m.key, surfA: fa.text[m.start:m.end], surfB: fb.text[fb.ents[k].start:fb.ents[k].end]}
			if id, ok := in.model.ids[fnv64(fkEntity, m.key, 0)]; ok {
				s.idf = in.model.idf[id]
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
	var as, bs []string
	for i, s := range list {
		names[i] = in.ix.name(s.key)
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
	for i := range fa.ents {
		if isShared(fa.ents[i].key) {
			j.markA(model.Span{Start: int(fa.ents[i].start), End: int(fa.ents[i].end)}, model.MarkShared)
		}
	}
	for i := range fb.ents {
		if isShared(fb.ents[i].key) {
			j.markB(model.Span{Start: int(fb.ents[i].start), End: int(fb.ents[i].end)}, model.MarkShared)
		}
	}
	text := "both name: " + strings.Join(names[:min(6, len(names))], ", ")
	j.info = append(j.info, model.Reason{Kind: ReasonSharedEntity, Text: text, A: strings.Join(uniq(as), ", "), B: strings.Join(uniq(bs), ", ")})
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// numbers compares the quantities that count the same thing.
func (j *judgement) numbers(in verdictInput) {
	fa, fb := in.fa, in.fb
	var done []string // units and dates already reported
	isDone := func(k string) bool { return slices.Contains(done, k) }
	for x := range fa.nums {
		qa := &fa.nums[x]
		if qa.kind == qDate || qa.kind == qYear {
			for y := range fb.nums {
				qb := &fb.nums[y]
				tb := fb.text[qb.start:qb.end]
				if qa.sameDate(qb, fa.text[qa.start:qa.end], tb) && !isDone("date:"+tb) {
					done = append(done, "date:"+tb)
					j.ev.Numbers = append(j.ev.Numbers, fa.text[qa.start:qa.end])
					j.markA(model.Span{Start: int(qa.start), End: int(qa.end)}, model.MarkShared)
					j.markB(model.Span{Start: int(qb.start), End: int(qb.end)}, model.MarkShared)
				}
			}
			continue
		}
		if qa.kind == qAge {
			j.age(in, qa)
			continue
		}
		if isDone(qa.unit) {
			continue
		}
		// Every pair of quantities of this unit: a compatible one wins;
		// else the pair in sentences that share context, if any.
		var compatA, compatB *quantity
		var differs [][2]*quantity
		for x2 := range fa.nums {
			qa2 := &fa.nums[x2]
			if qa2.unit != qa.unit {
				continue
			}
			for y := range fb.nums {
				qb := &fb.nums[y]
				if !qa2.comparable(qb) {
					continue
				}
				if qa2.compatible(qb) {
					if compatA == nil {
						compatA, compatB = qa2, qb
					}
				} else {
					differs = append(differs, [2]*quantity{qa2, qb})
				}
			}
		}
		var differA, differB *quantity
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
		done = append(done, qa.unit)
		if compatA != nil {
			ta, tb := fa.text[compatA.start:compatA.end], fb.text[compatB.start:compatB.end]
			if compatA.vague != compatB.vague && casualtyLabel(compatA.unit) == "" {
				// "2,000 families" and "thousands of families": a round
				// word fits too many numbers to show agreement.
				j.ev.Numbers = append(j.ev.Numbers, ta)
				continue
			}
			j.ev.Numbers = append(j.ev.Numbers, ta)
			j.markA(model.Span{Start: int(compatA.start), End: int(compatA.end)}, model.MarkShared)
			j.markB(model.Span{Start: int(compatB.start), End: int(compatB.end)}, model.MarkShared)
			r := model.Reason{Kind: ReasonSharedNumber, A: ta, B: tb}
			na, nb := numberWords(fa, compatA), numberWords(fb, compatB)
			if lexicon.Fold(na) == lexicon.Fold(nb) && compatA.unit == "magnitude" {
				r.Text = "both: magnitude " + na
			} else if lexicon.Fold(na) == lexicon.Fold(nb) {
				r.Text = "both: " + na + unitSuffix(compatA)
			} else {
				r.Text = compatA.describe() + ": " + na + " ≈ " + nb
			}
			j.support = append(j.support, r)
			continue
		}
		ta, tb := fa.text[differA.start:differA.end], fb.text[differB.start:differB.end]
		j.markA(model.Span{Start: int(differA.start), End: int(differA.end)}, model.MarkConflict)
		j.markB(model.Span{Start: int(differB.start), End: int(differB.end)}, model.MarkConflict)
		j.conflicts = append(j.conflicts, model.Reason{Kind: ReasonNumberDiffers,
			Text: differA.describe() + ": " + numberWords(fa, differA) + " ≠ " + numberWords(fb, differB), A: ta, B: tb})
	}
}

// age compares an age in A with the ages in B given to the same person
// ("34-year-old Travis Keller" / "Travis Keller, 34").
func (j *judgement) age(in verdictInput, qa *quantity) {
	fa, fb := in.fa, in.fb
	who := ageOwner(fa, qa)
	if who == nil {
		return
	}
	for y := range fb.nums {
		qb := &fb.nums[y]
		if qb.kind != qAge {
			continue
		}
		if o := ageOwner(fb, qb); o == nil || o.key != who.key {
			continue
		}
		name := in.ix.name(who.key)
		ta, tb := fa.text[qa.start:qa.end], fb.text[qb.start:qb.end]
		if qa.val == qb.val {
			j.ev.Numbers = append(j.ev.Numbers, ta)
			j.markA(model.Span{Start: int(qa.start), End: int(qa.end)}, model.MarkShared)
			j.markB(model.Span{Start: int(qb.start), End: int(qb.end)}, model.MarkShared)
			j.support = append(j.support, model.Reason{Kind: ReasonSharedNumber, Text: "both: " + name + " is " + ageText(qa.val), A: ta, B: tb})
		} else {
			j.markA(model.Span{Start: int(qa.start), End: int(qa.end)}, model.MarkConflict)
			j.markB(model.Span{Start: int(qb.start), End: int(qb.end)}, model.MarkConflict)
			j.conflicts = append(j.conflicts, model.Reason{Kind: ReasonNumberDiffers,
				Text: "age of " + name + ": " + ageText(qa.val) + " ≠ " + ageText(qb.val), A: ta, B: tb})
		}
		return
	}
}

// ageOwner is the name an age belongs to: right after "34-year-old", or
// right before ", 34".
func ageOwner(f *side, q *quantity) *mention {
	for i := range f.ents {
		m := &f.ents[i]
		if m.tok0 == q.tok1 || m.tok1 == q.tok0-1 && f.toks[q.tok0-1].Norm == "," {
			return m
		}
	}
	return nil
}

func ageText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// numberWords is the qualifier and number of a quantity as written,
// without the counted noun: "over 140".
func numberWords(f *side, q *quantity) string {
	end := q.tok1
	for end > q.tok0+1 && f.toks[end-1].Is(lexicon.TWord) && !f.toks[end-1].Is(lexicon.TNum) && smallNumbers[f.toks[end-1].Norm] == 0 &&
		scaleWords[f.toks[end-1].Norm] == 0 && vagueNumbers[f.toks[end-1].Norm] == [2]float64{} && f.toks[end-1].Norm != "%" {
		end--
	}
	if q.kind == qPercent || q.kind == qMoney || q.kind == qDuration || isMeasure(q.unit) {
		end = q.tok1 // "970-kilometre", "about 500 km"
	}
	return f.text[f.toks[q.tok0].Start:f.toks[end-1].End]
}

// unitSuffix is " dead", " gunmen" — what the count counts, for "both:".
func unitSuffix(q *quantity) string {
	if q.kind != qCount || q.label == "" || isMeasure(q.unit) {
		return ""
	}
	return " " + q.label
}

// isMeasure reports whether a unit is a dimension of measures.
func isMeasure(unit string) bool {
	return unit == "length" || unit == "volume" || unit == "mass" || unit == "area"
}

// describe names what a quantity counts, for reasons.
func (q *quantity) describe() string {
	switch q.kind {
	case qDuration:
		return "duration"
	case qPercent:
		return "share"
	case qMoney:
		return "amount"
	}
	if isMeasure(q.unit) {
		return q.unit
	}
	if q.label != "" {
		return q.label
	}
	return q.unit
}

// sharedContext reports whether the sentences holding two quantities share
// a content word or a name besides the count itself (and casualty words).
func sharedContext(fa, fb *side, qa, qb *quantity) bool {
	sa, sb := fa.toks[qa.tok0].Sent, fb.toks[qb.tok0].Sent
	context := func(f *side, q *quantity, sent int32, i int) bool {
		t := &f.toks[i]
		return t.Sent == sent && (i < q.tok0 || i >= q.tok1) && t.Stem != "" && casualtyClasses[t.Stem] == "" && !peopleNouns[t.Stem] &&
			t.Norm != q.unit && t.Norm != q.label
	}
	for i := range fa.toks {
		if !context(fa, qa, sa, i) {
			continue
		}
		for k := range fb.toks {
			if context(fb, qb, sb, k) && fb.toks[k].Stem == fa.toks[i].Stem {
				return true
			}
		}
	}
	for i := range fa.ents {
		if fa.toks[fa.ents[i].tok0].Sent != sa {
			continue
		}
		for k := range fb.ents {
			if fb.toks[fb.ents[k].tok0].Sent == sb && fb.ents[k].key == fa.ents[i].key {
				return true
			}
		}
	}
	return false
}

// terms lists the content words both passages use, rarest first, and
// marks the five rarest on both sides.
func (j *judgement) terms(in verdictInput) {
	fa, fb := in.fa, in.fb
	type shared struct {
		id   int32
		tokA int32
		idf  float32
	}
	var list []shared
	k := 0
	for _, ta := range fa.terms {
		for k < len(fb.terms) && fb.terms[k].id < ta.id {
			k++
		}
		if k == len(fb.terms) {
			break
		}
		if fb.terms[k].id == ta.id {
			list = append(list, shared{ta.id, ta.tok, in.model.idf[ta.id]})
		}
	}
	j.nTerms = len(list)
	rare := float32(math.Log(1 + float64(in.model.n)/float64(max(2, in.model.n/3))))
	for _, x := range list {
		if x.idf >= rare {
			j.nRare++
		}
	}
	slices.SortStableFunc(list, func(a, b shared) int { return cmp.Compare(b.idf, a.idf) })
	if len(list) > 8 {
		list = list[:8]
	}
	for _, s := range list {
		t := &fa.toks[s.tokA]
		if plainSpeech[t.Norm] || calendarWords[t.Norm] {
			continue // "said", "Sunday": shared by any two reports
		}
		j.ev.Terms = append(j.ev.Terms, fa.text[t.Start:t.End])
	}
	top := list[:min(5, len(list))]
	for side, f := range [2]*side{fa, fb} {
		for i, id := range f.tokTerm {
			if id < 0 {
				continue
			}
			for _, s := range top {
				if s.id == id {
					t := &f.toks[i]
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
func clauseAround(f *side, cue model.Span) model.Span {
	i := 0
	for i < len(f.toks) && int(f.toks[i].Start) < cue.Start {
		i++
	}
	if i >= len(f.toks) {
		return cue
	}
	a, b := i, i
	for a > 0 && f.toks[a-1].Sent == f.toks[i].Sent && !clauseBreak(f, a-1) && i-a < 6 {
		a--
	}
	for b+1 < len(f.toks) && f.toks[b+1].Sent == f.toks[i].Sent && !clauseBreak(f, b+1) && b-i < 6 {
		b++
	}
	for a < i && f.toks[a].Is(lexicon.TQuote) {
		a++
	}
	for b > i && f.toks[b].Is(lexicon.TQuote) {
		b--
	}
	for b > i && (f.toks[b].Norm == "and" || f.toks[b].Norm == "or" || f.toks[b].Norm == "but" || determiners[f.toks[b].Norm]) {
		b-- // "… killings and"
	}
	// A quotation mark left without its pair: stop before the last one
	// after the cue, or start after the first one before it.
	n := 0
	for k := a; k <= b; k++ {
		if f.toks[k].Is(lexicon.TQuote) {
			n++
		}
	}
	if n%2 == 1 {
		for k := b; k > i; k-- {
			if f.toks[k].Is(lexicon.TQuote) {
				b = k - 1
				n = 0
				break
			}
		}
		for k := a; n != 0 && k < i; k++ {
			if f.toks[k].Is(lexicon.TQuote) {
				a = k + 1
				break
			}
		}
	}
	return model.Span{Start: int(f.toks[a].Start), End: int(f.toks[b].End)}
}

// clauseBreak reports whether token k ends a clause for quoting:
// punctuation, or a quotation mark that is not a scare quote between two
// words ("condemned the “senseless” killings").
func clauseBreak(f *side, k int) bool {
	t := &f.toks[k]
	if t.Is(lexicon.TBreak | lexicon.TEnd) {
		return true
	}
	if !t.Is(lexicon.TQuote) {
		return false
	}
	return k == 0 || k+1 >= len(f.toks) || !f.toks[k-1].Is(lexicon.TWord) || !f.toks[k+1].Is(lexicon.TWord)
}

// quote returns the text of a span, cut to about 80 characters.
func quote(text string, s model.Span) string {
	q := strings.TrimSpace(text[s.Start:s.End])
	if utf8.RuneCountInString(q) <= 80 {
		return q
	}
	cut := 0
	for i := range q {
		if utf8.RuneCountInString(q[:i]) > 77 {
			break
		}
		if q[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(q)
	}
	return q[:cut] + "…"
}

// normalizeMarks sorts highlights and removes overlaps; where a conflict
// and a shared mark overlap, the conflict wins.
func normalizeMarks(hs []model.Highlight) []model.Highlight {
	if len(hs) == 0 {
		return nil
	}
	slices.SortFunc(hs, func(a, b model.Highlight) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	// Conflicts first, merged; then the shared spans minus the conflicts.
	out := make([]model.Highlight, 0, len(hs))
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

package judge

import (
	"slices"

	"github.com/parallax-reader/parallax/corpus/model"
)

// Opposite words: two sentences that say the same thing but for one word
// each, and those two words antonyms ("the crew were found alive" / "the
// crew were found dead"; "the driver was guilty" / "… innocent"), cannot
// both be true. The antonyms are WordNet's
// (corpus/lexicon/wordnet.Opposites: verbs and adjectives in senses news
// uses; "passed" / "failed" an inspection is not among them, see
// judge.go). The rest must match closely: the best sentence pair meets two
// content words at least, and with the two opposite words counted as met,
// oppositeCover of each sentence's content-word weight. A negated opposite
// word ("was not guilty" / "was innocent") says the same thing, and is
// left alone.
//
// What it gets wrong: WordNet's antonyms include scalar pairs ("new" /
// "old", "long" / "short") that can describe two different things in one
// scene; the close match of the rest keeps most of them out.

// oppositeCover is how much of each sentence's content-word weight the
// match must hold, the opposite words counted as met.
const oppositeCover = 0.6

// opposites adds a conflict when the best sentence pair differs only by
// two opposite words.
func (j *judgement) opposites(in Input) {
	m := &j.match
	if m.sa < 0 || m.content < 2 {
		return
	}
	sia, sib := sentences(in.A), sentences(in.B)
	ia, ib := sia.items[m.sa], sib.items[m.sb]
	for x := range ia {
		if ia[x].name || ia[x].neg {
			continue
		}
		ops := factsOf(ia[x].stem).ops
		if ops == nil || slices.Contains(m.toksA, int(ia[x].tok)) {
			continue
		}
		for y := range ib {
			if ib[y].name || ib[y].neg || !slices.Contains(ops, ib[y].key) || slices.Contains(m.toksB, int(ib[y].tok)) {
				continue
			}
			ta, tb := append(m.toksA[:len(m.toksA):len(m.toksA)], int(ia[x].tok)), append(m.toksB[:len(m.toksB):len(m.toksB)], int(ib[y].tok))
			if contentCover(sia, m.sa, ta) < oppositeCover || contentCover(sib, m.sb, tb) < oppositeCover {
				continue
			}
			wa, wb := tokenText(in.A, int(ia[x].tok)), tokenText(in.B, int(ib[y].tok))
			sa, sb := sentenceSpan(in.A, m.sa), sentenceSpan(in.B, m.sb)
			j.conflicts = append(j.conflicts, sentence(model.Reason{Kind: model.ReasonNegation, Form: model.FormOpposite,
				Words: [2]string{wa, wb}, A: quote(in.A.Text, sa), B: quote(in.B.Text, sb), SpanA: sa, SpanB: sb}))
			j.markA(tokenSpan(in.A, int(ia[x].tok)), model.MarkConflict)
			j.markB(tokenSpan(in.B, int(ib[y].tok)), model.MarkConflict)
			return
		}
	}
}

// tokenSpan is the byte range of token k.
func tokenSpan(f *Side, k int) model.Span { return spanOf(f, []int{k}) }

func tokenText(f *Side, k int) string { return f.Text[f.Toks[k].Start:f.Toks[k].End] }

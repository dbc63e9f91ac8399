package judge

import (
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// No response on both sides.
//
// News says in set phrases that a party has not answered: "Phelps has not
// commented on the post", "Phelps has yet to respond", "the ministry
// declined to comment", "did not immediately respond to a request". The
// claims stage reads what follows "not commented" as unknown, neither said
// nor denied (a speaker's knowledge, not the event), so the sentence
// match finds nothing in two such clauses, and the pair stays related
// though both accounts state one fact: the party has not responded. So a
// pair the rules leave related agrees when a sentence of each says that
// one named party has not responded: a word of response
// (words/responseWords.txt: comment, respond, reply, answer) with a
// negation or a cue of silence (words/silenceCues.txt: "yet to",
// "declined", "refused") at most silenceGap words before it, and the
// same name as the subject of both (subjectOf: "Phelps has not
// commented" / "Phelps has yet to respond"; an unnamed "a spokesman" is
// no party to compare).
//
// Chosen on the fit real-pair gold (go run ./cmd/accuracy -split fit -o
// -): found links right 98 → 99 of 124 ("Phelps has not commented on the
// post" / "Phelps has yet to respond", gold agree), nothing else moved.
//
// What it gets wrong: a party silent on two different questions ("has
// not commented on the arrest" / "did not respond to questions about his
// finances") reads as one fact; a noun for the silence ("no response
// from Phelps") is not read.

// silenceGap is how many words a cue of silence may stand before the word
// of response ("has not yet publicly responded": three).
const silenceGap = 3

// silence is a clause of a passage saying a named party has not responded.
type silence struct {
	sent int32
	tok0 int // the cue
	tok1 int // the word of response
	who  []*features.Mention
}

// silences lists, once per passage, the clauses of a passage that say a
// named party has not responded (see above).
func silences(f *Side) []silence {
	f.silOnce.Do(func() { f.sil = readSilences(f) })
	return f.sil
}

func readSilences(f *Side) []silence {
	var out []silence
	for k := range f.Toks {
		t := &f.Toks[k]
		if !factsOf(t.StemID()).response { // responseWords, by the stem's id
			continue
		}
		c := -1
		for i := k - 1; i >= max(0, k-silenceGap) && f.Toks[i].Sent == t.Sent; i-- {
			if w := f.Toks[i].Norm(); lexicon.Negates(w) || silenceCues.Has(w) {
				c = i
				break
			}
		}
		if c < 0 {
			continue
		}
		if who := subjectOf(f, c); len(who) > 0 {
			out = append(out, silence{sent: t.Sent, tok0: c, tok1: k, who: who})
		}
	}
	return out
}

// bothSilent adds a support when a sentence of each passage says that one
// named party has not responded, and reports whether it did.
func (j *judgement) bothSilent(in Input) bool {
	if j.refuted || j.opposed || j.differentDetail {
		return false
	}
	sa := silences(in.A)
	if len(sa) == 0 {
		return false
	}
	for _, x := range sa {
		for _, y := range silences(in.B) {
			m := sameParty(x.who, y.who)
			if m == nil {
				continue
			}
			pa := model.Span{Start: int(in.A.Toks[x.tok0].Start), End: int(in.A.Toks[x.tok1].End)}
			pb := model.Span{Start: int(in.B.Toks[y.tok0].Start), End: int(in.B.Toks[y.tok1].End)}
			qa, qb := sentenceSpan(in.A, int(x.sent)), sentenceSpan(in.B, int(y.sent))
			j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormNoResponse,
				Label: in.A.Text[m.Start:m.End], A: quote(in.A.Text, qa), B: quote(in.B.Text, qb), SpanA: qa, SpanB: qb}))
			j.markA(pa, model.MarkShared)
			j.markB(pb, model.MarkShared)
			return true
		}
	}
	return false
}

// sameParty returns the name of a that is one entity with a name of b, or
// nil.
func sameParty(a, b []*features.Mention) *features.Mention {
	for _, x := range a {
		for _, y := range b {
			if x.Key == y.Key {
				return x
			}
		}
	}
	return nil
}

// silentSentence reports whether sentence s of f says someone has not
// responded: a word of response with a negation or a cue of silence at
// most silenceGap words before it ("There was no immediate comment from
// Washington, nor from officials in Sanaa"), named or not.
func silentSentence(f *Side, s int32) bool {
	for k := range f.Toks {
		t := &f.Toks[k]
		if t.Sent != s || !factsOf(t.StemID()).response {
			continue
		}
		for i := k - 1; i >= max(0, k-silenceGap) && f.Toks[i].Sent == s; i-- {
			if w := f.Toks[i].Norm(); lexicon.Negates(w) || silenceCues.Has(w) {
				return true
			}
		}
	}
	return false
}

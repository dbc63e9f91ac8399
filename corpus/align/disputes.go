package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

//go:generate go run ../../tools/genwords

// Disputes. An account that debunks another states the other's claim at
// most once and then disputes it by reference: "the incident never
// happened", "a rep for the actor says it isn't him", "PROBABLY FALSE".
// Such a passage shares one word with the claim, or none, so neither the
// threshold nor the one-item gate lets it meet the paragraph it disputes;
// and that paragraph is, in the other account, one of its openings, where
// an account states the story's core (see the openings in align.go). So a
// passage that disputes and an opening of the other account that does not
// are read as two openings: the pair scores leadBonus more and passes the
// one-item gate (at minScore, giving way to any link with more to it).
//
// A passage disputes when it holds a word or phrase that calls a report
// untrue (DisputeWords: "hoax", "fake", "never happened", "not true"), or
// opens by setting itself against what came before and negates or denies
// ("But …", "However, …" with "not", "no", "never", "n't", "denied"). A
// negation alone is not enough: "we will not stop searching" disputes
// nothing. Chosen on the fit real-pair gold (go run ./cmd/accuracy -split
// fit): the rule found 5 more must links (57 → 62 of 91) at the same
// precision (0.771 → 0.769); a negation anywhere found 2 more again but
// linked every "not" in a quote to the openings; openings of 3 passages
// instead of 2 found one more at a lower precision.
//
// Orphans. A passage that disputes and shares nothing at all with the
// other account ("PROBABLY FALSE", "But we have not deployed there") is
// linked, at minScore, to the other account's first passage when no
// other link reaches it, its account disputes as a whole (disputeShare of
// its passages call a report untrue) and the other does not, and that
// first passage is linked already (the two accounts tell one story: a
// debunk of another story is never linked this way). On the fit gold: 2
// more must links (62 → 64 of 91), precision 0.769 → 0.761; a share of
// 0.05 adds a false link more, 0.15 a must link less.
//
// What it gets wrong: a passage that disputes a side detail ("it is not
// true that we want the attention") still links to the opening; the
// judge reads most of these links as related where a reader sees the
// account deny the opening's claim (it finds no shared claim to deny),
// and an orphan link, sharing nothing, is related with no reason to show.

// disputePhrases are DisputeWords split into words, as word ids, by
// first word.
var disputePhrases = lexicon.PhrasesByFirst(DisputeWords.All())

// disputes reports whether a passage disputes (see above).
func disputes(f *features.Passage) bool {
	return callsUntrue(f) || correction(f)
}

// callsUntrue reports whether a passage holds a DisputeWords phrase.
func callsUntrue(f *features.Passage) bool {
	for k := range f.Toks {
		if DisputeLen(f.Toks, k) > 0 {
			return true
		}
	}
	return false
}

// DisputeLen is how many tokens the DisputeWords phrase that starts at
// token k takes ("made up": 2), or 0 when none starts there: the first
// of the phrases that begin with that word, in the list's order.
func DisputeLen(toks []lexicon.Token, k int) int {
	for _, ws := range disputePhrases[toks[k].NormID()] {
		if k+len(ws) > len(toks) {
			continue
		}
		n := 1
		for n < len(ws) && toks[k+n].NormID() == ws[n] {
			n++
		}
		if n == len(ws) {
			return n
		}
	}
	return 0
}

// StartsDispute reports whether a DisputeWords phrase begins with the
// word w.
func StartsDispute(w lexicon.Word) bool { return len(disputePhrases[w]) > 0 }

// correction reports a passage that opens with a contrast and negates or
// denies.
func correction(f *features.Passage) bool {
	toks := f.Toks
	if len(toks) == 0 || !contrastOpeners.Has(toks[0].Norm()) {
		return false
	}
	for k := range toks {
		if w := toks[k].Norm(); negations.Has(w) || strings.HasSuffix(w, "n't") || denials.Has(toks[k].Stem()) {
			return true
		}
	}
	return false
}

// disputeShare is the share of an account's passages that must call a
// report untrue for it to dispute the other as a whole (see orphans).
const disputeShare = 0.1

// orphans links every passage that disputes and has no link, in an
// account that disputes as a whole, to the other account's first passage,
// when that one has a link and does not dispute: such a passage
// ("PROBABLY FALSE", "But we have not deployed there") disputes the
// other's opening claim and shares nothing with it. links are grouped by
// A, strongest first; the result is too.
func orphans(links []Link, da, db *Reads) []Link {
	if len(da.f) == 0 || len(db.f) == 0 {
		return links
	}
	dispA, dispB := da.disputing(), db.disputing()
	linkedA, linkedB := make([]bool, len(dispA)), make([]bool, len(dispB))
	for _, l := range links {
		linkedA[l.A], linkedB[l.B] = true, true
	}
	var add []Link
	if da.untrueShare() < disputeShare && db.untrueShare() >= disputeShare && !dispA[0] && linkedA[0] {
		for j, d := range dispB {
			if d && !linkedB[j] {
				add = append(add, Link{A: 0, B: j, Score: minScore, Topic: -1})
			}
		}
	}
	if db.untrueShare() < disputeShare && da.untrueShare() >= disputeShare && !dispB[0] && linkedB[0] {
		for i, d := range dispA {
			if d && !linkedA[i] {
				add = append(add, Link{A: i, B: 0, Score: minScore, Topic: -1})
			}
		}
	}
	if len(add) == 0 {
		return links
	}
	out := append(links, add...)
	slices.SortStableFunc(out, func(x, y Link) int {
		if x.A != y.A {
			return cmp.Compare(x.A, y.A)
		}
		return cmp.Compare(y.Score, x.Score)
	})
	return out
}

// Corrects reports whether a passage opens by setting itself against what
// came before and negates or denies ("But a rep says it isn't him"). The
// judge reads a link from such a passage, or from one that calls a report
// untrue, to one that does neither as a rebuttal (corpus/judge
// rebuttal.go).
func Corrects(f *features.Passage) bool { return correction(f) }

// Openings is how many body passages open a document (leadPassages): a
// rebuttal of an opening need share nothing with it.
const Openings = leadPassages

// ContrastOpener reports whether a folded word opens a passage or
// sentence that sets itself against what came before ("but", "however").
func ContrastOpener(w string) bool { return contrastOpeners.Has(w) }

package align

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
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
// untrue (disputeWords: "hoax", "fake", "never happened", "not true"), or
// opens by setting itself against what came before and negates or denies
// ("But …", "However, …" with "not", "no", "never", "n't", "denied"). A
// negation alone is not enough: "we will not stop searching" disputes
// nothing. Chosen on the fit real-pair gold (go run ./cmd/accuracy -split
// fit): the rule found 5 more must links (57 → 62 of 91) at the same
// precision (0.771 → 0.769); a negation anywhere found 2 more again but
// linked every "not" in a quote to the openings; openings of 3 passages
// instead of 2 found one more at a lower precision.

// disputePhrases are disputeWords split into words, by first word.
var disputePhrases = func() map[string][][]string {
	m := map[string][][]string{}
	for p := range disputeWords {
		ws := strings.Fields(p)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}()

// disputes reports whether a passage disputes (see above).
func disputes(f *features.Passage) bool {
	toks := f.Toks
	for k := range toks {
		for _, ws := range disputePhrases[toks[k].Norm()] {
			if k+len(ws) > len(toks) {
				continue
			}
			n := 1
			for n < len(ws) && toks[k+n].Norm() == ws[n] {
				n++
			}
			if n == len(ws) {
				return true
			}
		}
	}
	if len(toks) == 0 || !contrastOpeners[toks[0].Norm()] {
		return false
	}
	for k := range toks {
		if w := toks[k].Norm(); negations[w] || strings.HasSuffix(w, "n't") || denials[toks[k].Stem()] {
			return true
		}
	}
	return false
}

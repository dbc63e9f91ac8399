package eval

// How a comparison becomes a stance.
//
// A headline is one claim; the body's FNC-1 stance is what it does with
// that claim: "disagree" if it refutes it, "agree" if it asserts it,
// "discuss" if it reports on it without either, "unrelated" if it is
// about something else. That is exactly the engine's claim check
// (corpus.CheckClaim, corpus/stance): the headline is the claim, the body
// the one document, and the check's stance maps one to one — supports →
// agree, contradicts → disagree, discusses → discuss, silent → unrelated.
// The check's model is fitted on the fit part only (tools/fitstance).
//
// stanceAlign is the rule used before the claim check existed, kept for
// comparison on the fit part (variants_test.go): no alignment → unrelated;
// any diverging alignment → disagree; else any agreeing → agree; else
// discuss. It scored macro-F1 0.41 on dev (engine at 2ec5fe3).
//
// This is the one place that maps a comparison to a stance.

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// Stance maps a headline-versus-body comparison (the headline as the first
// document) to an FNC-1 stance through the claim check. See the comment at
// the top of this file.
func Stance(c *corpus.Comparison) Label {
	return labelOf(check(c).Results[0].Stance)
}

// check runs the claim check of the headline (the first document's text)
// against the body (the second).
func check(c *corpus.Comparison) *corpus.ClaimCheck {
	var claim []string
	for _, p := range c.Documents[0].Passages {
		claim = append(claim, p.Text)
	}
	return corpus.CheckClaim(strings.Join(claim, " "), c.Documents[1:2])
}

// labelOf names a claim-check stance as FNC-1 does.
func labelOf(s corpus.Stance) Label {
	switch s {
	case corpus.Supports:
		return Agree
	case corpus.Contradicts:
		return Disagree
	case corpus.Discusses:
		return Discuss
	}
	return Unrelated
}

// stanceAlign is the earlier rule, from the alignments' verdicts alone.
func stanceAlign(c *corpus.Comparison) Label {
	if len(c.Alignments) == 0 {
		return Unrelated
	}
	agree := false
	for _, a := range c.Alignments {
		switch a.Verdict {
		case corpus.Diverge:
			return Disagree
		case corpus.Agree:
			agree = true
		}
	}
	if agree {
		return Agree
	}
	return Discuss
}

// stanceBest is the alternative rule tried on the fit part: the verdict of
// the best-scoring alignment decides.
func stanceBest(c *corpus.Comparison) Label {
	if len(c.Alignments) == 0 {
		return Unrelated
	}
	best := c.Alignments[0]
	for _, a := range c.Alignments[1:] {
		if a.Score > best.Score {
			best = a
		}
	}
	switch best.Verdict {
	case corpus.Diverge:
		return Disagree
	case corpus.Agree:
		return Agree
	default:
		return Discuss
	}
}

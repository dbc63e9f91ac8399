package stance

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Reasons turns the signals that drove a verdict into reasons a person
// can read, each quoting the claim (A) and the document's closest passage
// (B) where it has words to quote. The first reason is always what the
// claim and the document share, so that every stance shows its ground; a
// silent document gets only that, worded as why it is silent.
func Reasons(s *Signals, v Verdict, claim *features.Passage, doc []*features.Passage) []model.Reason {
	out := []model.Reason{}
	if v.Label == Unrelated {
		// Silent: only why. A share of the claim's weight or a driving
		// signal, worded beside "silent", reads as a contradiction.
		if len(s.Shared) == 0 {
			return append(out, worded(model.Reason{Kind: model.ReasonSharedTerms, Form: model.FormClaim}))
		}
		a, _ := quoteStems(claim, nil, s.Shared)
		return append(out, worded(model.Reason{Kind: model.ReasonSharedTerms, Form: model.FormClaim, Label: "alone", A: a}))
	}
	// The passage shown is the one that carries most of the claim (see
	// Signals.Carrier), and its share is what it carries.
	var best *features.Passage
	share := s.X[fCover]
	if p := s.Passage(); p >= 0 {
		best = doc[p]
	}
	if s.Carrier >= 0 {
		share = s.CoverSent
	}
	opening := ""
	if v.Label == Agree && s.HeadlineAsserts() {
		// The assertion rule (voice.go): the headline carries the stance.
		opening, best, share = "headline", s.head, s.Headline
	}
	if a, b := quoteStems(claim, best, s.Shared); a != "" {
		out = append(out, worded(model.Reason{Kind: model.ReasonSharedTerms, Form: model.FormClaim,
			Label: fmt.Sprintf("%.0f", 100*share), A: a, B: b}))
	}
	seen := map[model.ReasonKind]bool{model.ReasonSharedTerms: true}
	if opening != "" {
		out = append(out, worded(model.Reason{Kind: model.ReasonVouches, Form: model.FormClaim, Label: opening}))
		seen[model.ReasonVouches] = true
	}
	// A discussing document that negates or denies the claim says so,
	// quoting the first cue of that list.
	hedge := func(list, label string) {
		for _, c := range s.Cues {
			if c.List == list {
				out = append(out, worded(model.Reason{Kind: model.ReasonHedged, Form: model.FormClaim, Label: label,
					B: doc[c.Passage].Text[c.Start:c.End], Side: model.SideB}))
				seen[model.ReasonHedged] = true
				return
			}
		}
	}
	if v.Label == Discuss && s.Negated && !s.Denied {
		hedge("negation", "negation")
	}
	if v.Label == Discuss && s.Denied {
		hedge("deny", "denial")
	}
	for _, d := range v.Drivers {
		r, ok := s.reason(d.Feature, claim, doc, v.Label)
		if !ok || seen[r.Kind] {
			continue
		}
		seen[r.Kind] = true
		out = append(out, r)
	}
	return out
}

// reason words one driving signal.
func (s *Signals) reason(feature string, claim *features.Passage, doc []*features.Passage, l Label) (model.Reason, bool) {
	cues := func(list string) string {
		var q []string
		for _, c := range s.Cues {
			if c.List == list && len(q) < 3 {
				q = append(q, doc[c.Passage].Text[c.Start:c.End])
			}
		}
		return strings.Join(q, ", ")
	}
	// A signal at zero can still push a class against an average row
	// ("no names shared" lowers "unrelated"'s rivals), but a reason
	// quotes what the pair has: an absent signal is not worded.
	if j := slices.Index(FeatureNames[:], feature); j < 0 || s.X[j] == 0 {
		return model.Reason{}, false
	}
	switch feature {
	case "refute_top", "refute_top_x_cos", "refute_doc", "refute_both":
		if q := cues("refute"); q != "" {
			return worded(model.Reason{Kind: model.ReasonRefutes, Form: model.FormClaim, B: q}), true
		}
	case "debunk_doc", "debunk_x_claimplain", "debunk_x_assert":
		if q := cues("debunk"); q != "" {
			return worded(model.Reason{Kind: model.ReasonRefutes, Form: model.FormClaim, Label: "document", B: q}), true
		}
	case "hedge_top", "hedge_doc":
		if q := cues("hedge"); q != "" {
			return worded(model.Reason{Kind: model.ReasonHedged, Form: model.FormClaim, B: q, Side: model.SideB}), true
		}
	case "support_top":
		if q := cues("support"); q != "" {
			return worded(model.Reason{Kind: model.ReasonVouches, B: q}), true
		}
	case "names":
		return worded(model.Reason{Kind: model.ReasonSharedEntity, Form: model.FormClaim, Label: fmt.Sprintf("%.0f", 100*s.X[fNames])}), true
	case "numbers":
		return worded(model.Reason{Kind: model.ReasonSharedNumber, Form: model.FormClaim}), true
	case "neg_mismatch", "neg_top", "claim_neg":
		return worded(model.Reason{Kind: model.ReasonNegation, Form: model.FormClaim}), true
	case "claim_refute", "claim_hedge", "claim_says":
		return worded(model.Reason{Kind: model.ReasonHedged, Form: model.FormClaim, Side: model.SideA}), true
	}
	return model.Reason{}, false
}

// quoteStems quotes the words of the claim and of the passage whose stems
// are among stems, in text order, at most five each.
func quoteStems(claim, best *features.Passage, stems []string) (a, b string) {
	want := map[string]bool{}
	for _, s := range stems {
		want[s] = true
	}
	quote := func(p *features.Passage) string {
		if p == nil {
			return ""
		}
		var q []string
		seen := map[string]bool{}
		for i := range p.Toks {
			t := &p.Toks[i]
			if want[t.Stem()] && !seen[t.Stem()] && len(q) < 5 {
				seen[t.Stem()] = true
				q = append(q, p.Text[t.Start:t.End])
			}
		}
		return strings.Join(q, ", ")
	}
	return quote(claim), quote(best)
}

// worded sets the reason's Text to the sentence its fields render.
func worded(r model.Reason) model.Reason {
	r.Text = r.Sentence()
	return r
}

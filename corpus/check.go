package corpus

import (
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/stance"
	"github.com/parallax-reader/parallax/corpus/text"
)

// CheckClaim reads where each document stands on a claim: supports,
// contradicts, discusses or is silent, with the passage closest to the
// claim and the reasons that drove the stance. The documents are read
// one per processor: each reads its passages' features with the claim's
// (claimSignals), which is parallel only in part.
func CheckClaim(claim string, docs []*model.Document) *model.ClaimCheck {
	cc := &model.ClaimCheck{Claim: text.SanitizeLine(claim), Results: make([]model.ClaimResult, len(docs))}
	m := stance.Fitted()
	parallel.Each(len(docs), func(di int) {
		d := docs[di]
		sig, cf, df, bodies := claimSignals(cc.Claim, d)
		v := m.Judge(&sig)
		r := model.ClaimResult{Document: d.ID, Stance: stanceOf(v.Label), Probability: v.Prob, Reasons: []model.Reason{}}
		if p := sig.Passage(); p >= 0 && v.Label != stance.Unrelated {
			r.Passage = bodies[p].ID
		}
		if v.Label == stance.Agree && sig.HeadlineAsserts() {
			r.Passage = headline(d).ID
		}
		r.Reasons = stance.Reasons(&sig, v, cf, df)
		cc.Results[di] = r
	})
	return cc
}

// ClaimSignals reads the stance signals of one document about a claim:
// what the fitted model weighs (tools/fitstance fits on them).
func ClaimSignals(claim string, d *model.Document) stance.Signals {
	sig, _, _, _ := claimSignals(text.SanitizeLine(claim), d)
	return sig
}

// claimSignals extracts the features of the claim and of the document's
// body passages together (so that names resolve across both) and reads
// the signals.
func claimSignals(claim string, d *model.Document) (stance.Signals, *features.Passage, []*features.Passage, []*model.Passage) {
	bodies := bodyPassages([]*model.Document{d})[0]
	all := make([]*model.Passage, 0, len(bodies)+1)
	all = append(all, &model.Passage{ID: "claim", Kind: model.KindBody, Text: claim})
	all = append(all, bodies...)
	feats, _ := features.Extract(all)
	sig := stance.Read(feats[0], feats[1:])
	if h := headline(d); h != nil {
		hf, _ := features.Extract([]*model.Passage{h})
		sig.ReadHeadline(feats[0], hf[0])
	}
	return sig, feats[0], feats[1:], bodies
}

// headline is the document's first title passage, or nil.
func headline(d *model.Document) *model.Passage {
	for _, p := range d.Passages {
		if p.Kind == model.KindTitle {
			return p
		}
	}
	return nil
}

// stanceOf names a stance label as the claim check does.
func stanceOf(l stance.Label) model.Stance {
	switch l {
	case stance.Agree:
		return model.Supports
	case stance.Disagree:
		return model.Contradicts
	case stance.Discuss:
		return model.Discusses
	}
	return model.Silent
}

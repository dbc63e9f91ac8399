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
	return checkClaim(claim, docs, nil)
}

// checkClaim is CheckClaim; read, when not nil, holds what every
// document's body passages read on their own (features.Read, indexed
// like docs), kept from the comparison, so that only the names are
// resolved again, across the claim and each document.
func checkClaim(claim string, docs []*model.Document, read [][]*features.Passage) *model.ClaimCheck {
	cc := &model.ClaimCheck{Claim: text.SanitizeLine(claim), Results: make([]model.ClaimResult, len(docs))}
	m := stance.Fitted()
	cl := readClaim(cc.Claim)
	parallel.Each(len(docs), func(di int) {
		d := docs[di]
		var dr []*features.Passage
		if read != nil {
			dr = read[di]
		}
		sig, cf, df, bodies := claimSignals(cl, d, dr)
		v := m.Judge(&sig)
		r := model.ClaimResult{Document: d.ID, Stance: stanceOf(v.Label), Probability: v.Prob, Reasons: []model.Reason{}}
		if p := sig.Passage(); p >= 0 && v.Label != stance.Unrelated {
			r.Passage = bodies[p].ID
		}
		r.Reasons = stance.Reasons(&sig, v, cf, df)
		cc.Results[di] = r
	})
	return cc
}

// ClaimSignals reads the stance signals of one document about a claim:
// what the fitted model weighs (tools/fitstance fits on them).
func ClaimSignals(claim string, d *model.Document) stance.Signals {
	sig, _, _, _ := claimSignals(readClaim(text.SanitizeLine(claim)), d, nil)
	return sig
}

// readClaim reads a claim as a passage on its own (features.Read).
func readClaim(claim string) *features.Passage {
	return features.Read([]*model.Passage{{ID: "claim", Kind: model.KindBody, Text: claim}})[0]
}

// claimSignals resolves the names of the claim (read by readClaim) and
// of the document's body passages together and reads the signals; read
// is what the body passages read on their own, or nil to read them here.
func claimSignals(claim *features.Passage, d *model.Document, read []*features.Passage) (stance.Signals, *features.Passage, []*features.Passage, []*model.Passage) {
	bodies := bodyPassages([]*model.Document{d})[0]
	if read == nil {
		read = features.Read(bodies)
	}
	feats, _ := features.Resolve(append([]*features.Passage{claim}, read...))
	return stance.Read(feats[0], feats[1:]), feats[0], feats[1:], bodies
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

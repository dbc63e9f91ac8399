package corpus

import (
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TraceLinks scores every passage pair of two documents the way the
// alignment does (align.Trace) and returns them with the start lines of
// the body passages (la[k], lb[k] for passage k of a and of b). It exists
// for studying the link selection on the real-pair gold (tools/fitlinks);
// Compare never calls it.
func TraceLinks(a, b *model.Document) (cands []align.Cand, la, lb []int) {
	bodies := bodyPassages([]*model.Document{a, b})
	all := append(append([]*model.Passage(nil), bodies[0]...), bodies[1]...)
	feats, _ := features.Extract(all)
	vecs := align.Vectorize(feats)
	vm := align.BuildModel(feats, vecs)
	off := len(bodies[0])
	for _, p := range bodies[0] {
		la = append(la, p.Line)
	}
	for _, p := range bodies[1] {
		lb = append(lb, p.Line)
	}
	return align.Trace(feats[:off], feats[off:], vecs[:off], vecs[off:], vm), la, lb
}

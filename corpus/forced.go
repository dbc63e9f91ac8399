package corpus

import (
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
)

// JudgeLinks judges chosen passage pairs of two documents whether or not
// the alignment stage would link them: the verdict and reasons each would
// get if aligned, and the judge's signals (judge.FeatureNames) for each.
// pairs index the body passages of a and b. It exists for evaluation and
// for fitting the judge's weights (tools/fitjudge); Compare never calls it.
// rulesOnly leaves the judge's fitted model out of the verdicts.
func JudgeLinks(a, b *model.Document, pairs [][2]int, rulesOnly bool) ([]model.Alignment, [][]float64) {
	als, xs, _ := judgeLinks(a, b, pairs, rulesOnly, false)
	return als, xs
}

// JudgeLinksFacts is JudgeLinks that also returns, for each pair, the
// same-fact features (judge.FactFeatures) when the pair reaches that
// decision, else nil (tools/fitfacts).
func JudgeLinksFacts(a, b *model.Document, pairs [][2]int, rulesOnly bool) ([]model.Alignment, [][]float64, [][]float64) {
	return judgeLinks(a, b, pairs, rulesOnly, true)
}

func judgeLinks(a, b *model.Document, pairs [][2]int, rulesOnly, facts bool) ([]model.Alignment, [][]float64, [][]float64) {
	docs := []*model.Document{a, b}
	ts := features.BuiltinTopics()
	bodies := bodyPassages(docs)
	all := append(append([]*model.Passage(nil), bodies[0]...), bodies[1]...)
	feats, ix := features.Extract(all)
	vecs := align.Vectorize(feats)
	vm := align.BuildModel(feats, vecs)
	off := len(bodies[0])
	artA, artB := judge.ReadArticle(feats[:off]), judge.ReadArticle(feats[off:])
	sides := map[int]*judge.Side{}
	side := func(k int) *judge.Side {
		if s, ok := sides[k]; ok {
			return s
		}
		s := &judge.Side{Passage: feats[k], Vector: *vecs[k]}
		claims.ReadInto(&s.Claims, feats[k], ix)
		sides[k] = s
		return s
	}
	out := make([]model.Alignment, len(pairs))
	xs := make([][]float64, len(pairs))
	fs := make([][]float64, len(pairs))
	for i, p := range pairs {
		ka, kb := p[0], off+p[1]
		cos := dot(vecs[ka].Vec, vecs[kb].Vec)
		l := align.Link{A: p[0], B: p[1], Cos: cos, Score: cos, Topic: -1}
		in := judge.Input{A: side(ka), B: side(kb), Link: l, Model: vm, Names: ix, Topics: ts.Topics, ArtA: artA, ArtB: artB, RulesOnly: rulesOnly}
		al := &out[i]
		al.A, al.B, al.Score = all[ka].ID, all[kb].ID, float64(cos)
		if facts {
			xs[i], fs[i] = judge.JudgeFacts(in, al)
		} else {
			xs[i] = judge.Judge(in, al)
		}
	}
	return out, xs, fs
}

// dot is the dot product of two sparse vectors sorted by id: their cosine,
// since both are normalised.
func dot(a, b []align.Fw) float32 {
	var s float32
	j := 0
	for _, x := range a {
		for j < len(b) && b[j].ID < x.ID {
			j++
		}
		if j < len(b) && b[j].ID == x.ID {
			s += x.W * b[j].W
		}
	}
	return s
}

// ReadArticle is what the judge weighs of a whole document
// (judge.ReadArticle); tools/fitjudge -articles reads it.
func ReadArticle(d *model.Document) judge.Article {
	bodies := bodyPassages([]*model.Document{d})[0]
	feats, _ := features.Extract(bodies)
	return judge.ReadArticle(feats)
}

package align

import "github.com/parallax-reader/parallax/corpus/features"

// Trace: every passage pair of two documents with the parts of its score,
// for studying the selection on the real-pair gold (tools/fitlinks). It
// is written plainly, pair by pair, with none of PairRead's shortcuts, and
// replays PairRead's selection (score, gates, caps, orphans), so that a
// study of the selection starts from the links the engine keeps
// (TestTraceKeepsPairLinks holds the two together on short pairs, and
// tools/fitlinks' TestModelFresh on the fit gold, where the learned
// filter drops links). It assumes no feature is common in the loaded set
// (in more than max(100, n/50) passages), where PairRead prunes
// candidates and Trace does not. Compare never calls it.

// Cand is one passage pair of two documents and what its score is made of.
type Cand struct {
	A, B      int
	Cos       float32 // the pair-weighted, damped cosine (PairRead's c)
	TopicMax  float32 // A's strongest topic (PairRead's first floor reads it)
	Topic     float32 // the shared topic's strength, once the cosine reaches topicFloor
	Lead      bool    // two openings, or a rebuttal of an opening
	Rebuts    bool    // a passage that disputes against an opening that does not
	DispA     bool    // A disputes
	DispB     bool    // B disputes
	Para      float32 // the paraphrase bonus, read whatever the score
	Phrases   int     // rare phrases both use
	Top       float32 // the strongest shared feature's share of the cosine (damped)
	TopFull   bool    // that feature is a full name no other passage uses, or a date
	Shared    int     // features both passages have
	SharedDat int     // of them, dates
	Score     float32 // PairRead's score before the caps (0 when it drops the pair)
	Kept      bool    // PairRead keeps it (after the caps and orphans)
	LenA      int     // tokens of A
	LenB      int     // tokens of B
	NA, NB    int     // body passages of the two documents
}

// Trace scores every passage pair of two documents the way PairRead does
// and marks the pairs PairRead keeps. It is slow (every pair, every
// feature, every paraphrase) and meant for two articles.
func Trace(fa, fb []*features.Passage, va, vb []*Vector, model *Model) []Cand {
	ra, rb := NewReads(fa, va, false), NewReads(fb, vb, false)
	ib := BuildPostings(vb, len(model.Idf))
	g2 := pairWeights(va, vb, len(model.Idf))
	rareLimit := phraseLimit(len(fa) + len(fb))
	ReadPhrases(ra, rb)
	hasB, hasA := presenceOf(ib), ra.presence(len(model.Idf))
	dampA, dampB := damping(va, hasB, g2, unshared), damping(vb, hasA, g2, unshared)
	dispA, dispB := ra.disputing(), rb.disputing()
	paraOn := paraShare > 0 && len(fa) <= paraMaxPassages && len(fb) <= paraMaxPassages
	topicsB, nt := topicRows(fa, fb)
	var pc []paraCand
	var out []Cand
	for i := range fa {
		topMax := float32(0)
		for _, x := range fa[i].TopicVec {
			topMax = max(topMax, x)
		}
		for j := range fb {
			x := Cand{A: i, B: j, TopicMax: topMax, DispA: dispA[i], DispB: dispB[j],
				LenA: len(fa[i].Toks), LenB: len(fb[j].Toks), NA: len(fa), NB: len(fb)}
			var dot, top float32
			id := int32(-1)
			k := 0
			for _, e := range va[i].Vec {
				for k < len(vb[j].Vec) && vb[j].Vec[k].ID < e.ID {
					k++
				}
				if k < len(vb[j].Vec) && vb[j].Vec[k].ID == e.ID {
					p := e.W * g2[e.ID] * vb[j].Vec[k].W
					dot += p
					if p > top {
						top, id = p, e.ID
					}
					x.Shared++
					if model.Date[e.ID] {
						x.SharedDat++
					}
				}
			}
			c := min(dot*dampA[i]*dampB[j], 1)
			x.Cos = c
			x.Top = top * dampA[i] * dampB[j]
			x.TopFull = id >= 0 && (model.Date[id] || model.FullName[id] && g2[id] == 1)
			x.Rebuts = dispA[i] != dispB[j] && (dispA[i] && j < leadPassages || dispB[j] && i < leadPassages)
			x.Lead = i < leadPassages && j < leadPassages || x.Rebuts
			if topMax > 0 && c >= topicFloor {
				_, x.Topic = sharedTopic(fa[i].TopicVec, topicsB[j*nt:(j+1)*nt])
			}
			if paraOn {
				var d float32
				d, pc = paraDot(ra.para(i), rb.para(j), pc)
				x.Para = paraShare * d * dampA[i] * dampB[j]
			}
			x.Phrases = sharedRare(ra.phrases(i), rb.phrases(j), ra.df, rb.df, rareLimit)
			x.Score, _ = x.GateAt(minScore)
			out = append(out, x)
		}
	}
	// The filter, the caps and the orphans, replayed on the scores.
	keep := make([]bool, len(out))
	f := EmbeddedFilter()
	for k, x := range FeatureRows(out) {
		keep[k] = out[k].Score > 0 && f.Keeps(x)
	}
	var links []Link
	for i := range fa {
		var top5 [MaxLinks]Link
		nl := 0
		for k := range out {
			if c := &out[k]; c.A == i && keep[k] {
				nl = keepLink(&top5, nl, aCap, Link{A: i, B: c.B, Score: c.Score})
			}
		}
		links = append(links, top5[:nl]...)
	}
	links = capSides(links, len(fb), perSide)
	links = orphans(links, ra, rb)
	kept := map[[2]int]bool{}
	for _, l := range links {
		kept[[2]int{l.A, l.B}] = true
	}
	for k := range out {
		out[k].Kept = kept[[2]int{out[k].A, out[k].B}]
	}
	return out
}

// GateAt is PairRead's score of a candidate with a least score of
// minS (the engine's is minScore), or 0 when PairRead would drop it
// before the caps; oneItem reports a candidate dropped only by the
// one-item gate (tools/fitlinks measures relaxing both).
func (x *Cand) GateAt(minS float32) (s float32, oneItem bool) {
	if x.Shared == 0 {
		return 0, false // no posting joins them: not a candidate
	}
	var lead float32
	if x.Lead {
		lead = leadBonus
	}
	c := x.Cos
	if cosineShare*c+topicShare*x.TopicMax+lead < phraseFloor {
		return 0, false
	}
	s = min(cosineShare*c+topicShare*x.Topic+lead, 1)
	bonus := func(s float32) float32 {
		var b float32
		if s >= paraFloor || s >= strongFloor && x.Para >= strongPara {
			b += x.Para
		}
		return b + phraseBonus*float32(x.Phrases)
	}
	b := float32(-1)
	if s < minS && s >= phraseFloor {
		b = bonus(s)
		s += b
	} else if c < MinCosine {
		return 0, false
	}
	if s < minS {
		return 0, false
	}
	if rest := c - x.Top; rest < restMin {
		if b < 0 {
			b = bonus(s)
		}
		if rest+b < restMin {
			if !x.Rebuts && !x.TopFull {
				return 0, true
			}
			s = minS
		}
	}
	return s, false
}

// FeatureRows returns the filter's features (LinkFeatures) of every
// candidate of one pair of documents, the ranks read among the ranked
// ones (Ranked) as PairRead reads them.
func FeatureRows(cands []Cand) [][]float64 {
	if len(cands) == 0 {
		return nil
	}
	rows, cols := make([]top6, cands[0].NA), make([]top6, cands[0].NB)
	for k := range cands {
		if c := &cands[k]; c.Ranked() {
			s := c.RankValue()
			rows[c.A].add(s)
			cols[c.B].add(s)
		}
	}
	out := make([][]float64, len(cands))
	for k := range cands {
		c := &cands[k]
		s := c.RankValue()
		out[k] = c.Features(make([]float64, 0, len(LinkFeatures)), rows[c.A].above(s), cols[c.B].above(s), rows[c.A].best(), cols[c.B].best())
	}
	return out
}

package corpus

import (
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file runs the analysis over segmented documents: it extracts the
// features of every body passage in parallel (terms.go, entities.go,
// numbers.go, topics.go), resolves names across the whole comparison,
// weights the vectors, aligns every pair of documents (align.go), reads
// claims and judges each alignment (claims.go, judge.go), then marks best
// matches and lists the passages no other document speaks to. Each stage
// returns its own result, indexed like the body passages; only this file
// hands one stage's results to the next.

// analysis holds each stage's typed result, indexed like the body passages
// of each document; analyze returns it only when asked to keep it (tests).
type analysis struct {
	bodies [][]*model.Passage
	feats  [][]*features.Passage
	vecs   [][]*align.Vector
	claims [][]*claims.Set
}

// claimsOf returns the claims read from the passage with the given id, or nil.
func (an *analysis) claimsOf(id string) *claims.Set {
	for di, b := range an.bodies {
		for k, p := range b {
			if p.ID == id {
				return an.claims[di][k]
			}
		}
	}
	return nil
}

// Analyze aligns and judges the passages of every pair of documents.
func Analyze(docs []*model.Document) *model.Comparison {
	c, _ := analyze(docs, false)
	return c
}

// analyze is Analyze; keep returns every stage's results as well (for
// tests that look at claims).
//
// Memory: a passage's features (its tokens above all) are most of the live
// heap, and the reader never needs them, so they are let go as soon as
// nothing does — before judging for a passage with no link, after its last
// verdict for the others (the judge clears each input it is done with) —
// and the collector has less to mark while the verdicts pile up. The
// result is the same whether or not they are kept.
func analyze(docs []*model.Document, keep bool) (*model.Comparison, *analysis) {
	ts := features.BuiltinTopics()
	c := &model.Comparison{Documents: docs, Topics: append([]model.Topic(nil), ts.Topics...)}
	c.IndexPassages()

	// Body passages, per document and all together; off[di] is where
	// document di's start in all.
	bodies := bodyPassages(docs)
	off := make([]int, len(docs)+1)
	for di, b := range bodies {
		off[di+1] = off[di] + len(b)
	}
	all := make([]*model.Passage, 0, off[len(docs)])
	for _, b := range bodies {
		all = append(all, b...)
	}

	// Features, then vectors, of every body passage.
	feats, ix := features.Extract(all)
	for k, p := range all {
		p.Topics = feats[k].Topics
	}
	vecs := align.Vectorize(feats)
	vm := align.BuildModel(feats, vecs)

	// Index every document once; align every pair.
	docFeats := make([][]*features.Passage, len(docs))
	docVecs := make([][]*align.Vector, len(docs))
	post := make([]*align.Postings, len(docs))
	for di := range docs {
		docFeats[di] = feats[off[di]:off[di+1]]
		docVecs[di] = vecs[off[di]:off[di+1]]
		post[di] = align.BuildPostings(docVecs[di], len(vm.Idf))
	}
	type pairLinks struct {
		a, b  int
		links []align.Link
	}
	var pls []pairLinks
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			pls = append(pls, pairLinks{a, b, align.Pair(docFeats[a], docFeats[b], docVecs[a], docVecs[b], post[b], vm)})
		}
	}

	// Claims for every aligned passage, then one verdict per link.
	linked := make([]bool, len(all))
	total := 0
	for _, pl := range pls {
		for _, l := range pl.links {
			linked[off[pl.a]+l.A] = true
			linked[off[pl.b]+l.B] = true
		}
		total += len(pl.links)
	}
	var need []int
	for k := range all {
		if linked[k] {
			need = append(need, k)
		}
	}
	read := make([]*claims.Set, len(all))
	parallel.For(len(need), func(lo, hi int) {
		for _, k := range need[lo:hi] {
			read[k] = claims.Read(feats[k], ix)
		}
	})
	sides := make([]*judge.Side, len(all))
	for _, k := range need {
		sides[k] = &judge.Side{Passage: feats[k], Vector: vecs[k], Claims: read[k]}
	}
	var an *analysis
	if keep {
		an = &analysis{bodies: bodies}
		for di := range docs {
			an.feats = append(an.feats, docFeats[di])
			an.vecs = append(an.vecs, docVecs[di])
			an.claims = append(an.claims, read[off[di]:off[di+1]])
		}
	}
	// Alignments come out grouped by document pair, then by A's position,
	// strongest first: alignDocs already orders them so.
	c.Alignments = make([]model.Alignment, total)
	inputs := make([]judge.Input, 0, total)
	at := 0
	for _, pl := range pls {
		bestA := make([]int32, len(bodies[pl.a]))
		bestB := make([]int32, len(bodies[pl.b]))
		for i := range bestA {
			bestA[i] = -1
		}
		for i := range bestB {
			bestB[i] = -1
		}
		for _, l := range pl.links {
			pa, pb := bodies[pl.a][l.A], bodies[pl.b][l.B]
			al := &c.Alignments[at]
			al.A, al.B, al.Score = pa.ID, pb.ID, float64(l.Score)
			if l.Topic >= 0 {
				al.Topic = ts.Topics[l.Topic].ID
			}
			if k := bestA[l.A]; k < 0 || c.Alignments[k].Score < al.Score {
				bestA[l.A] = int32(at)
			}
			if k := bestB[l.B]; k < 0 || c.Alignments[k].Score < al.Score {
				bestB[l.B] = int32(at)
			}
			inputs = append(inputs, judge.Input{A: sides[off[pl.a]+l.A], B: sides[off[pl.b]+l.B], Link: l, Model: vm, Names: ix, Topics: ts.Topics})
			at++
		}
		for _, k := range bestA {
			if k >= 0 {
				c.Alignments[k].Best = true
			}
		}
		for _, k := range bestB {
			if k >= 0 {
				c.Alignments[k].Best = true
			}
		}
	}
	// Everything analysis needs from here is in inputs, so the stages'
	// results are let go: those of passages with no link are garbage now,
	// the others once the judge is done with them.
	feats, vecs, read, sides, docFeats, docVecs = nil, nil, nil, nil, nil, nil
	parallel.For(len(inputs), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			judge.Judge(inputs[k], &c.Alignments[k])
			inputs[k] = judge.Input{} // its features may now be freed
		}
	})
	// Unique: body passages with no alignment at all, in document order.
	c.Unique = []string{}
	for k, p := range all {
		if !linked[k] {
			c.Unique = append(c.Unique, p.ID)
		}
	}
	return c, an
}

// bodyPassages lists the body passages of each document.
func bodyPassages(docs []*model.Document) [][]*model.Passage {
	bodies := make([][]*model.Passage, len(docs))
	for di, d := range docs {
		for _, p := range d.Passages {
			if p.Kind == model.KindBody {
				bodies[di] = append(bodies[di], p)
			}
		}
	}
	return bodies
}

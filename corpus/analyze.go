package corpus

import (
	"runtime"
	"sync"
)

// This file runs the analysis over segmented documents: it extracts the
// features of every body passage in parallel (terms.go, entities.go,
// numbers.go, topics.go), resolves names across the whole comparison,
// weights the vectors, aligns every pair of documents (align.go), reads
// claims and judges each alignment (claims.go, judge.go), then marks best
// matches and lists the passages no other document speaks to.

// features holds what analysis extracts from one body passage.
type features struct {
	text       string     // the passage text
	sents      []Span     // sentence spans
	toks       []token    // words and punctuation
	ents       []mention  // names
	aliasPairs [][2]int   // aliases the passage declares, as indexes into ents
	nums       []quantity // quantities
	topicVec   []float32  // score per topic of the set, zero under the threshold
	raw        []rawFeat  // features before weighting (dropped once weighted)
	vec        []fw       // normalised weighted vector
	terms      []termOcc  // content words with a dense id, sorted by id
	tokTerm    []int32    // per token: dense id of its content word, or -1
	tokHash    []uint64   // the term hashes of tokTerm's tokens, until ids exist
	claims     *claimSet  // read only for aligned passages
}

// Analyze aligns and judges the passages of every pair of documents.
func Analyze(docs []*Document) *Comparison { return analyze(docs, false) }

// analyze is Analyze; keep leaves each passage's features in place (for
// tests that look at claims).
//
// Memory: a passage's features (its tokens above all) are most of the live
// heap, and the reader never needs them, so they are let go as soon as
// nothing does — before judging for a passage with no link, after its last
// verdict for the others (the judge clears each input it is done with) —
// and the collector has less to mark while the verdicts pile up. The
// result is the same whether or not they are kept.
func analyze(docs []*Document, keep bool) *Comparison {
	ts := builtinTopics()
	c := &Comparison{Documents: docs, Topics: append([]Topic(nil), ts.topics...)}
	c.index()

	// Body passages, per document and all together.
	bodies := make([][]*Passage, len(docs))
	nAll := 0
	for di, d := range docs {
		for _, p := range d.Passages {
			if p.Kind == KindBody {
				bodies[di] = append(bodies[di], p)
			}
		}
		nAll += len(bodies[di])
	}
	all := make([]*Passage, 0, nAll)
	for _, b := range bodies {
		all = append(all, b...)
	}
	feats, ix := extractAll(all)
	model := buildModel(feats)

	// Index every document once; align every pair.
	post := make([]*postings, len(docs))
	docFeats := make([][]*features, len(docs))
	for di := range docs {
		docFeats[di] = make([]*features, len(bodies[di]))
		for k, p := range bodies[di] {
			docFeats[di][k] = p.feat
		}
		post[di] = buildPostings(docFeats[di], len(model.idf))
	}
	type pairLinks struct {
		a, b  int
		links []link
	}
	var pls []pairLinks
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			pls = append(pls, pairLinks{a, b, alignDocs(docFeats[a], docFeats[b], post[b], model)})
		}
	}

	// Claims for every aligned passage, then one verdict per link.
	linked := make([][]bool, len(docs))
	for di := range docs {
		linked[di] = make([]bool, len(bodies[di]))
	}
	total := 0
	for _, pl := range pls {
		for _, l := range pl.links {
			linked[pl.a][l.a] = true
			linked[pl.b][l.b] = true
		}
		total += len(pl.links)
	}
	var needList []*features
	for di := range docs {
		for k, f := range docFeats[di] {
			if linked[di][k] {
				needList = append(needList, f)
			}
		}
	}
	parallel(len(needList), func(lo, hi int) {
		for _, f := range needList[lo:hi] {
			f.claims = readClaims(f, ix)
		}
	})
	// Alignments come out grouped by document pair, then by A's position,
	// strongest first: alignDocs already orders them so.
	c.Alignments = make([]Alignment, total)
	inputs := make([]verdictInput, 0, total)
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
			pa, pb := bodies[pl.a][l.a], bodies[pl.b][l.b]
			al := &c.Alignments[at]
			al.A, al.B, al.Score = pa.ID, pb.ID, float64(l.score)
			if l.topic >= 0 {
				al.Topic = ts.topics[l.topic].ID
			}
			if k := bestA[l.a]; k < 0 || c.Alignments[k].Score < al.Score {
				bestA[l.a] = int32(at)
			}
			if k := bestB[l.b]; k < 0 || c.Alignments[k].Score < al.Score {
				bestB[l.b] = int32(at)
			}
			inputs = append(inputs, verdictInput{fa: pa.feat, fb: pb.feat, l: l, model: model, ix: ix, topics: ts.topics})
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
	// Everything analysis needs from here is in inputs, so the passages let
	// go of their features: those with no link are garbage now, the others
	// once the judge is done with them.
	if !keep {
		for _, p := range all {
			p.feat = nil
		}
	}
	parallel(len(inputs), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			judge(inputs[k], &c.Alignments[k])
			inputs[k] = verdictInput{} // its features may now be freed
		}
	})
	// Unique: body passages with no alignment at all, in document order.
	c.Unique = []string{}
	for di := range docs {
		for k, p := range bodies[di] {
			if !linked[di][k] {
				c.Unique = append(c.Unique, p.ID)
			}
		}
	}
	return c
}

// extractAll reads the features of every body passage, in parallel, and
// resolves names across all of them.
func extractAll(all []*Passage) ([]*features, *entityIndex) {
	feats := make([]*features, len(all))
	var mu sync.Mutex
	var lexicons []*lexicon
	workers := runtime.GOMAXPROCS(0)
	lexPool := make(chan *lexicon, workers)
	perWorker := (len(all) + workers - 1) / workers
	if len(all) < 64 { // parallel runs these in one call
		perWorker = len(all)
	}
	parallel(len(all), func(lo, hi int) {
		var lx *lexicon
		select {
		case lx = <-lexPool:
		default:
			lx = newLexicon(perWorker)
			mu.Lock()
			lexicons = append(lexicons, lx)
			mu.Unlock()
		}
		for k := lo; k < hi; k++ {
			p := all[k]
			f := &features{text: p.Text, sents: p.Sentences}
			if len(f.sents) == 0 {
				f.sents = Sentences(p.Text)
			}
			f.toks = tokenize(p.Text, f.sents, lx)
			f.ents, f.aliasPairs = findMentions(p.Text, f.toks)
			f.nums = findQuantities(f.toks)
			p.Topics, f.topicVec = scoreTopics(f.toks)
			if p.Topics == nil {
				p.Topics = []TopicScore{}
			}
			p.feat = f
			feats[k] = f
		}
		lexPool <- lx
	})
	ix := resolveEntities(feats, lexicons)
	parallel(len(feats), func(lo, hi int) {
		var skip []bool
		for _, f := range feats[lo:hi] {
			if cap(skip) < len(f.toks) {
				skip = make([]bool, len(f.toks)*2)
			}
			f.raw = rawFeatures(f, skip)
		}
	})
	return feats, ix
}

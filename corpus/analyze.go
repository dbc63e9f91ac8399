package corpus

import (
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/points"
)

// This file runs the analysis over segmented documents, stage by stage:
// the features of every body passage in parallel (corpus/features, over
// the tokens of corpus/lexicon), names resolved across the whole
// comparison, the vectors weighed and every pair of documents aligned
// (corpus/align), the claims of every linked passage read
// (corpus/claims) and each alignment judged (corpus/judge); then it marks
// best matches, groups what no topic holds into the points the articles
// make (corpus/points), and lists the passages no other document speaks
// to. Each stage returns its own result, indexed like the body passages;
// only this file hands one stage's results to the next.

// analysis holds each stage's typed result, indexed like the body passages
// of each document; analyze returns it only when asked to keep it (tests).
type analysis struct {
	bodies [][]*model.Passage
	feats  [][]*features.Passage
	vecs   [][]*align.Vector
	claims [][]*claims.Set
	// topics is each alignment's topic before points were found.
	topics []string
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
	c, _, _ := analyze(docs, Options{}, false)
	return c
}

// AnalyzeWith is Analyze, returning as well what o asks for besides the
// pairings (nil when it does not ask).
func AnalyzeWith(docs []*model.Document, o Options) (*model.Comparison, *SurveyFacts) {
	c, facts, _ := analyze(docs, o, false)
	return c, facts
}

// analyze is AnalyzeWith; keep returns every stage's results as well (for
// tests that look at claims).
//
// Memory: a passage's features (its tokens above all) are most of the live
// heap, and the reader never needs them, so they are let go as soon as
// nothing does — before judging for a passage with no link, after its last
// verdict for the others (the judge clears each input it is done with) —
// and the collector has less to mark while the verdicts pile up. The
// result is the same whether or not they are kept.
func analyze(docs []*model.Document, o Options, keep bool) (*model.Comparison, *SurveyFacts, *analysis) {
	align.Preload() // the weight tables load while the text is read
	ts := features.ActiveTopics()
	c := &model.Comparison{Documents: docs, Topics: append([]model.Topic(nil), ts.Topics...)}
	c.IndexPassages()

	// Body passages, per document and all together; document di's are
	// all[off[di]:off[di+1]].
	bodies := bodyPassages(docs)
	off := make([]int, len(docs)+1)
	for di, b := range bodies {
		off[di+1] = off[di] + len(b)
	}
	all := make([]*model.Passage, 0, off[len(docs)])
	for _, b := range bodies {
		all = append(all, b...)
	}

	// Features, then vectors, of every body passage; links between every
	// pair of documents. A claim to check reads what each passage reads
	// on its own (features.Read) with the names resolved its own way, so
	// then the comparison resolves a copy, and the claim is checked while
	// the rest runs.
	var feats []*features.Passage
	var ix *features.EntityIndex
	var check *model.ClaimCheck
	var checking sync.WaitGroup
	if o.Claim != "" {
		read := features.Read(all)
		feats, ix = features.Resolve(read)
		checking.Go(func() { check = checkClaim(o.Claim, docs, byDocument(read, off)) })
	} else {
		feats, ix = features.Extract(all)
	}
	for k, p := range all {
		p.Topics = feats[k].Topics
	}
	vecs := align.Vectorize(feats)
	vm := align.BuildModel(feats, vecs)
	pls := alignPairs(len(docs), off, feats, vecs, vm)

	// The judge's view of every linked passage, with its claims.
	linked := make([]bool, len(all))
	for _, pl := range pls {
		for _, l := range pl.links {
			linked[off[pl.a]+l.A] = true
			linked[off[pl.b]+l.B] = true
		}
	}
	// The alignments are listed, and the points stage's keys read, while
	// the judge's sides are built and their claims read: the two read the
	// features and write nothing the other reads (c's alignments; the
	// sides), and each has serial parts; so are the names seen.
	var cands []int
	var keys map[string]points.Keys
	var census *points.Census
	var wg sync.WaitGroup
	wg.Go(func() {
		listAlignments(c, pls, bodies)
		cands = pointCandidates(c, pls)
		keys, census = readKeys(c, cands, all, feats)
	})
	wg.Go(func() { c.Entities = features.SeenNames(feats, ix) })
	sides := make([]*judge.Side, len(all))
	for k := range all {
		if linked[k] {
			// The judge reads a passage's terms, not its weighted
			// vector: the copy goes without it (35 MB at two identical
			// 16 MiB articles), as the topic scores go once aligned.
			sides[k] = &judge.Side{Passage: feats[k], Vector: *vecs[k]}
			sides[k].Vec = nil
			if !keep {
				feats[k].TopicVec = nil
			}
		}
	}
	readClaims(feats, sides, ix)
	arts := readArticles(len(docs), off, feats, linked)
	// What the survey needs from the features, read while they are at hand.
	var facts *SurveyFacts
	if o.Survey {
		facts = keepFacts(all, feats, sides, ix)
	}
	read := make([]*claims.Set, len(all)) // for tests, by passage
	if keep {
		for k, sd := range sides {
			if sd != nil {
				read[k] = &sd.Claims
			}
		}
	}
	var an *analysis
	if keep {
		an = &analysis{bodies: bodies}
		for di := range docs {
			an.feats = append(an.feats, feats[off[di]:off[di+1]])
			an.vecs = append(an.vecs, vecs[off[di]:off[di+1]])
			an.claims = append(an.claims, read[off[di]:off[di+1]])
		}
	}

	// One alignment per link, then its verdict. Everything the judge
	// needs from here is in sides, so the stages' results are let go:
	// those of passages with no link are garbage now, the others once the
	// judge is done with them.
	wg.Wait()
	feats, vecs, read = nil, nil, nil
	// The points are found while the verdicts are given: points.Find
	// reads only the alignments' passages and scores, which judging
	// leaves alone, and it is serial — on two long articles, seconds a
	// free core takes off the wall time.
	var found points.Found
	wg.Go(func() { found = points.FindCounted(c, cands, keys, census, features.FoundPrefix) })
	common := judge.Input{Model: vm, Names: ix, Topics: ts.Topics, NoMarks: o.NoMarks || o.LazyMarks, NoFacts: o.NoFacts}
	first := firstOf(pls)
	judgeAll(c, pls, first, off, sides, arts, common, !o.LazyMarks)
	wg.Wait()
	var marker *Marker
	if o.LazyMarks {
		marker = newMarker(c, pls, first, off, sides, arts, common)
	}
	sides = nil

	if an != nil {
		for _, al := range c.Alignments {
			an.topics = append(an.topics, al.Topic)
		}
	}
	addPoints(c, found)

	// Unique: body passages with no alignment at all, in document order.
	c.Unique = []string{}
	for k, p := range all {
		if !linked[k] {
			c.Unique = append(c.Unique, p.ID)
		}
	}
	if o.Claim != "" {
		checking.Wait()
		if facts == nil {
			facts = &SurveyFacts{}
		}
		facts.claim, facts.check = o.Claim, check
	}
	if marker != nil {
		if facts == nil {
			facts = &SurveyFacts{}
		}
		facts.marker = marker
	}
	return c, facts, an
}

// byDocument cuts what is indexed like the body passages of all
// documents into each document's part: document di's is [off[di],
// off[di+1]).
func byDocument[T any](all []T, off []int) [][]T {
	out := make([][]T, len(off)-1)
	for di := range out {
		out[di] = all[off[di]:off[di+1]]
	}
	return out
}

// pointCandidates lists the alignments the points stage groups: those no
// topic of the set holds, and those of a built-in topic that holds most of
// what two documents share (more than half their alignments, at least
// dominantMin) — a topic that tells a reader no more than the headline,
// as "Investigation" does of a court case. Which topic dominates is
// decided per pair of documents, so that a pair's rows fall under a
// built-in topic or a point whatever else is loaded. A user's own topic is
// never split. Alignments that share nothing distinctive keep their topic.
//
// pls are the links c's alignments were listed from, in the same order
// (listAlignments): the alignments of one pair of documents are one run
// of them, so a topic's share is counted per run.
func pointCandidates(c *model.Comparison, pls []pairLinks) []int {
	const dominantMin = 5
	builtin := map[string]bool{}
	for _, t := range c.Topics {
		builtin[t.ID] = t.Source == model.TopicBuiltin
	}
	var cands []int
	held := map[string]int{} // alignments of the pair under each topic
	at := 0
	for _, pl := range pls {
		run := c.Alignments[at : at+len(pl.links)]
		clear(held)
		for i := range run {
			held[run[i].Topic]++
		}
		for i := range run {
			al := &run[i]
			n := held[al.Topic]
			if al.Topic == "" || builtin[al.Topic] && n >= dominantMin && 2*n > len(run) {
				cands = append(cands, at+i)
			}
		}
		at += len(run)
	}
	return cands
}

// readKeys reads, in parallel, the keys of the passages of the candidate
// alignments, by passage id, and counts them; all and feats are the body
// passages and their features. Only the passages of the alignments
// points.Find groups keep all their keys (see points.Census).
func readKeys(c *model.Comparison, cands []int, all []*model.Passage, feats []*features.Passage) (map[string]points.Keys, *points.Census) {
	want, whole := map[string]bool{}, map[string]bool{}
	for _, ai := range cands {
		want[c.Alignments[ai].A], want[c.Alignments[ai].B] = true, true
	}
	for _, ai := range points.Strongest(c, cands) {
		whole[c.Alignments[ai].A], whole[c.Alignments[ai].B] = true, true
	}
	var need []int
	for k, p := range all {
		if want[p.ID] {
			need = append(need, k)
		}
	}
	read := make([]points.Keys, len(need))
	census := points.NewCensus()
	var mu sync.Mutex
	parallel.For(len(need), func(lo, hi int) {
		part := points.NewCensus()
		for i := lo; i < hi; i++ {
			read[i] = part.Read(feats[need[i]], whole[all[need[i]].ID])
		}
		mu.Lock()
		census.Merge(part)
		mu.Unlock()
	})
	keys := map[string]points.Keys{}
	for i, k := range need {
		if read[i] != nil {
			keys[all[k].ID] = read[i]
		}
	}
	return keys, census
}

// addPoints adds the points the articles make, found by points.Find from
// the candidate alignments, as topics of the comparison and files their
// alignments under them.
func addPoints(c *model.Comparison, found points.Found) {
	c.Points = found.Points
	for _, p := range found.Points {
		c.Topics = append(c.Topics, model.Topic{ID: p.ID, Label: p.Label, Source: model.TopicFound})
		for _, ai := range p.Alignments {
			c.Alignments[ai].Topic = p.ID
		}
	}
}

// pairLinks are the links between documents a and b.
type pairLinks struct {
	a, b  int
	links []align.Link
}

// alignPairs indexes every document once and aligns every pair of them;
// the links come back in pair order (0–1, 0–2, …, 1–2, …). feats and vecs
// hold every body passage; document di's are [off[di], off[di+1]). What
// the alignment reads of a passage whatever the other document
// (align.Reads) is read once per document and shared by its pairs, then
// let go once its last pair is aligned.
//
// The documents are indexed, and the pairs aligned, one per processor at
// a time, taken in pair order: what Pair does before it splits a pair's
// passages over the processors (the pair's weights, presence and common
// features, over every feature of the comparison) is serial, and at
// twenty sources it left a core idle for a fifth of the alignment.
func alignPairs(ndocs int, off []int, feats []*features.Passage, vecs []*align.Vector, vm *align.Model) []pairLinks {
	docFeats := make([][]*features.Passage, ndocs)
	docVecs := make([][]*align.Vector, ndocs)
	post := make([]*align.Postings, ndocs)
	reads := make([]*align.Reads, ndocs)
	parallel.Each(ndocs, func(di int) {
		docFeats[di] = feats[off[di]:off[di+1]]
		docVecs[di] = vecs[off[di]:off[di+1]]
		post[di] = align.BuildPostings(docVecs[di], len(vm.Idf))
		reads[di] = align.NewReads(docFeats[di], docVecs[di], ndocs > 2)
	})
	pls := make([]pairLinks, 0, ndocs*(ndocs-1)/2)
	uses := make([]atomic.Int32, ndocs) // pairs of each document still to align
	for a := range ndocs {
		for b := a + 1; b < ndocs; b++ {
			pls = append(pls, pairLinks{a: a, b: b})
			uses[a].Add(1)
			uses[b].Add(1)
		}
	}
	release := func(di int) {
		if uses[di].Add(-1) == 0 {
			reads[di], post[di] = nil, nil
		}
	}
	parallel.Each(len(pls), func(i int) {
		a, b := pls[i].a, pls[i].b
		pls[i].links = align.PairRead(docFeats[a], docFeats[b], docVecs[a], docVecs[b], post[b], vm, reads[a], reads[b])
		release(a)
		release(b)
	})
	return pls
}

// readClaims reads the claims of every linked passage (the passages with
// a side) into its side, in parallel.
func readClaims(feats []*features.Passage, sides []*judge.Side, ix *features.EntityIndex) {
	var need []int
	for k, sd := range sides {
		if sd != nil {
			need = append(need, k)
		}
	}
	parallel.For(len(need), func(lo, hi int) {
		for _, k := range need[lo:hi] {
			claims.ReadInto(&sides[k].Claims, feats[k], ix)
		}
	})
}

// readArticles reads, in parallel, what the judge weighs of each document
// with a linked passage as a whole: how much it disputes
// (judge.ReadArticle). feats hold every body passage; document di's
// are [off[di], off[di+1]).
func readArticles(ndocs int, off []int, feats []*features.Passage, linked []bool) []judge.Article {
	arts := make([]judge.Article, ndocs)
	parallel.Each(ndocs, func(di int) {
		if slices.Contains(linked[off[di]:off[di+1]], true) {
			arts[di] = judge.ReadArticle(feats[off[di]:off[di+1]])
		}
	})
	return arts
}

// listAlignments fills c.Alignments, one per link, grouped by document
// pair, then by A's position, strongest first (align.Pair orders them so),
// and marks each passage's best match in each other document.
func listAlignments(c *model.Comparison, pls []pairLinks, bodies [][]*model.Passage) {
	total := 0
	for _, pl := range pls {
		total += len(pl.links)
	}
	c.Alignments = make([]model.Alignment, total)
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
				al.Topic = c.Topics[l.Topic].ID
			}
			if k := bestA[l.A]; k < 0 || c.Alignments[k].Score < al.Score {
				bestA[l.A] = int32(at)
			}
			if k := bestB[l.B]; k < 0 || c.Alignments[k].Score < al.Score {
				bestB[l.B] = int32(at)
			}
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
}

// judgeAll judges every alignment of c, in parallel: alignment k is the
// k-th link of pls in order, and first[i] is the index of pair i's first
// alignment (len(pls)+1 of them: firstOf). The judge's input is built per link from
// common (model, names, topics), the two sides (indexed like the body
// passages of all documents; document di's start at off[di]) and the
// documents' articles, not listed for all links up front (at twenty
// sources that list was a tenth of the heap). Once a side's last link is
// judged, with let, the side is let go (its features, tokens and the
// judge's memos); without, only the memos are (bareSide): a Marker judges
// again only what the reader shows, and kept to the end the memos raised
// the reader's peak RSS at 20 × 500 from about 308 to 337 MB.
func judgeAll(c *model.Comparison, pls []pairLinks, first, off []int, sides []*judge.Side, arts []judge.Article, common judge.Input, let bool) {
	uses := make([]atomic.Int32, len(sides)) // links of each passage still to judge
	for _, pl := range pls {
		for _, l := range pl.links {
			uses[off[pl.a]+l.A].Add(1)
			uses[off[pl.b]+l.B].Add(1)
		}
	}
	release := func(k int) {
		if uses[k].Add(-1) == 0 {
			if let {
				sides[k] = nil
			} else {
				sides[k] = bareSide(sides[k])
			}
		}
	}
	parallel.For(len(c.Alignments), func(lo, hi int) {
		pi := sort.SearchInts(first, lo+1) - 1 // the pair of alignment lo
		memo := judge.Strings{}                // one copy of each reason sentence in this run
		for k := lo; k < hi; k++ {
			for k >= first[pi+1] {
				pi++
			}
			pl := &pls[pi]
			l := pl.links[k-first[pi]]
			ka, kb := off[pl.a]+l.A, off[pl.b]+l.B
			in := common
			in.A, in.B, in.Link = sides[ka], sides[kb], l
			in.ArtA, in.ArtB = arts[pl.a], arts[pl.b]
			in.Strings = memo
			judge.Verdict(in, &c.Alignments[k])
			release(ka)
			release(kb)
		}
	})
}

// firstOf returns the index in the comparison's alignments of each pair's
// first one, and their number last: the alignments are the links of pls
// in order (listAlignments).
func firstOf(pls []pairLinks) []int {
	first := make([]int, len(pls)+1)
	for i, pl := range pls {
		first[i+1] = first[i] + len(pl.links)
	}
	return first
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

package align

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// Background weights: how much a feature says, from a fixed table of news
// word frequencies (corpus/lexicon/background), never from the documents
// loaded, so that a pair of passages scores the same whatever else is open.

// Preload starts loading, in the background, the tables the weighting
// reads (the news background, a millisecond or two; WordNet, about six),
// so that the first comparison does not wait for them after its
// features are read. It returns at once.
func Preload() {
	go background.N()
	go wordnet.Len()
}

// Weights of the features the background table does not count. A number
// with its value, or a date, weighs like a stem found in one news article
// in a hundred (ln 100); what a number counts alone ("dead", "percent") like
// one found in one article in ten (ln 10). Set by reading, not measured.
const (
	idfValue = 4.6
	idfUnit  = 2.3
)

// NameIDF is the background weight of a name's key: the sum of the IDF of
// the stems of its words, at most the IDF of an unseen stem. A name of
// several words is rarer than each of them ("national report"), but its
// words are not independent, so the sum is capped; a one-word name weighs
// as its word ("mexico", "us").
func NameIDF(key string) float32 {
	var sum float32
	for w := range strings.FieldsFuncSeq(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		sum += background.IDF(lexicon.StemCached(w))
	}
	return min(sum, background.MaxIDF())
}

// backgroundDF is the document frequency, among the background table's
// articles, that an IDF stands for: N·e^-idf, at least 1.
func backgroundDF(idf float32) int32 {
	return int32(max(1, math.Round(float64(background.N())*math.Exp(-float64(idf)))))
}

// The selection: how a scored pair of passages becomes a link. See the
// design comment in align.go for what each does and how it was chosen
// (minScore and restMin on the fit-part real-pair gold); they are
// constants, never changed at run time.
const (
	minScore    = 0.10 // a link needs this score…
	restMin     = 0.06 // …and, besides its strongest shared feature (itemTop), this much cosine, phrases and paraphrase included
	topicFloor  = 0.08 // the topic share counts only from this cosine up
	unshared    = 0.5  // damping of the weight of words the other document lacks
	perSide     = 4    // a link must be among this many best of its B passage (and the aCap best of its A passage)
	phraseFloor = 0.04 // a pair scoring this much but under minScore…
	phraseBonus = 0.05 // …gains this for each rare phrase both passages use
	paraShare   = 0.5  // and, from paraFloor, this share of the product of two related words' weights
	paraFloor   = 0.10
	strongPara  = 0.15 // …or from strongFloor, when that share alone reaches strongPara
	strongFloor = 0.07
	pairPow     = 1.5 // strength of the pair's own weighting (pairWeights)
	// The openings: a pair of passages among the first leadPassages body
	// passages of each document scores leadBonus more (the one-item gate
	// still applies).
	leadPassages = 2
	leadBonus    = 0.05
)

// aCap is how many links a passage of A keeps before capSides cuts those
// of each B passage to its perSide best.
const aCap = MaxLinks

// flatIDF caps the IDF of flatCosine: every word found in at most one
// news article in twenty weighs the same (ln 20).
const flatIDF = 3.0

// flatCosine is the cosine of two passages with every feature's IDF capped
// at flatIDF and no weighting by the pair: the share of their words two
// passages have in common, which one rare word shared cannot make large
// ("tram" in two different facts of one shooting). The judge reads it as
// Link.Cos to tell a near duplicate.
func flatCosine(a, b *Vector, idf []float32) float32 {
	var s float32
	j := 0
	for _, e := range a.Vec {
		for j < len(b.Vec) && b.Vec[j].ID < e.ID {
			j++
		}
		if j == len(b.Vec) {
			break
		}
		if b.Vec[j].ID == e.ID {
			r := min(1, flatIDF/idf[e.ID])
			s += e.W * b.Vec[j].W * r * r
		}
	}
	return min(1, s*a.flat*b.flat)
}

// presence marks the features a document's index holds.
func presence(vs []*Vector, nfeat int) []bool {
	has := make([]bool, nfeat)
	for _, v := range vs {
		for _, e := range v.Vec {
			has[e.ID] = true
		}
	}
	return has
}

// damping returns, per passage, the factor that turns its cosine against
// a passage of the other document into one whose norm counts the weight
// of the features the other document lacks only damped by unshared:
// 1/sqrt(s + u²(1-s)), s the share of the passage's norm² the other
// document can match. Words one account uses and the other never does
// would otherwise fill most of a passage's norm and bury the few it
// shares (eval/ERRORS.md, cause 3).
func damping(vs []*Vector, other []bool, g2 []float32, unshared float32) []float32 {
	u2 := unshared * unshared
	out := make([]float32, len(vs))
	for i, v := range vs {
		// s: the shared features; o: the unshared ones the pair weighs
		// down; the rest, unshared at full weight, is what remains of the
		// norm. Which feature falls where depends on the two documents
		// only (not on which features the loaded set indexes), so the
		// sums do too, to the last bit.
		//
		// Which of the three a feature falls in is a coin toss per
		// feature, so it is taken without a branch: the terms not taken
		// add +0, which leaves a sum of non-negative terms bit for bit as
		// it was.
		var s, o, t float32
		for _, e := range v.Vec {
			x := e.W * e.W
			g := g2[e.ID]
			in, weak := 0, 0
			if other[e.ID] {
				in = 1
			}
			if g < 1 {
				weak = 1
			}
			weak &^= in
			s += x * g * float32(in)
			o += x * g * float32(weak)
			t += x * float32(in|weak)
		}
		if d := s + u2*(o+max(0, 1-t)); d > 0 {
			out[i] = float32(1 / math.Sqrt(float64(d)))
		}
	}
	return out
}

// pairWeights returns, per feature id, the square of the weight the pair
// of documents gives it on top of the background: ln(1 + n/df) over the
// n passages of the two documents, df of them having the feature, relative
// to that of a feature two passages share, to the power pairPow,
// at most 1. A word every paragraph of both accounts uses (the story's
// main name) says little about which paragraphs match, however rare it
// is in the news; it depends on the two documents only, so a pair still
// scores the same whatever else is open.
func pairWeights(va, vb []*Vector, nfeat int) []float32 {
	df := make([]int32, nfeat)
	for _, vs := range [2][]*Vector{va, vb} {
		for _, v := range vs {
			for _, e := range v.Vec {
				df[e.ID]++
			}
		}
	}
	n := float64(len(va) + len(vb))
	top := math.Log(1 + n/2)
	g2 := make([]float32, nfeat)
	// The weight depends on the count alone, and counts repeat (most
	// features are in a few passages): each is computed once, at its
	// first use, and kept by count (0 while not yet computed: a weight
	// is never 0).
	byCount := make([]float32, len(va)+len(vb)+1)
	for id, d := range df {
		g2[id] = 1
		if d > 2 && pairPow > 0 {
			if byCount[d] == 0 {
				g := math.Pow(math.Log(1+n/float64(d))/top, float64(pairPow))
				byCount[d] = float32(min(1, g*g))
			}
			g2[id] = byCount[d]
		}
	}
	return g2
}

// presenceOf marks the features the postings of a document hold.
func presenceOf(p *Postings) []bool {
	has := make([]bool, len(p.Off)-1)
	for id := range has {
		has[id] = p.Off[id+1] > p.Off[id]
	}
	return has
}

// paraSet is what the paraphrase match reads of a passage: its distinct
// content words that WordNet knows and news does not use everywhere
// (words of names left out, as in the vector), in the order of their
// stems, at most 64 (a word's index is its bit in paraDot's masks); and
// the groups of those words, sorted by group.
type paraSet struct {
	w      []float32 // each word's weight in the normalised vector
	groups []uint64  // a group of a word: the wordnet.Group << 8 | the word's index
	// ids are the words as the stems' word ids (lexicon.Word) << 8 | the
	// word's index, sorted (the order only brings equal ids together):
	// paraDot finds the words two passages share by merging these, not
	// by comparing the stems.
	ids []uint64
	// sum, norm and max are the sum, the L2 norm and the largest of w
	// (see paraBound).
	sum, norm, max float32
}

// paraMinIDF is the least background IDF of a word the paraphrase match
// reads (one news article in seven): common verbs relate to dozens of
// words in WordNet and, weighing little, would add noise and cost.
const paraMinIDF = 2.0

// paraMaxPassages is the most body passages a document may have for the
// paraphrase match to run on its pairs. It is for articles: on two
// documents of thousands of passages, the band just under the threshold
// holds so many pairs that reading their words through WordNet costs a
// third of the comparison (2 × 10,000 passages: 1.8 s → 2.4 s of CPU),
// and such inputs are compared as bags of words. It depends on the two
// documents only, so a pair still scores the same whatever else is open.
const paraMaxPassages = 1000

// paraTerms reads a passage's paraSet.
func paraTerms(f *features.Passage, v *Vector) *paraSet {
	sc := paraScratches.Get().(*paraScratch)
	defer paraScratches.Put(sc)
	inName := slices.Grow(sc.inName[:0], len(f.Toks))[:len(f.Toks)]
	clear(inName)
	sc.inName = inName
	for e := range f.Ents {
		for k := f.Ents[e].Tok0; k < f.Ents[e].Tok1; k++ {
			inName[k] = true
		}
	}
	// The content words outside names, by stem: the stem's string orders
	// them (the order that decides which 64 are read), its id comes along.
	// A stem's repeats are counted on the ids first (one id, one stem),
	// so that only distinct stems are sorted by their strings.
	ids := sc.ids[:0]
	for k := range f.Toks {
		if id := f.Toks[k].StemID(); id != 0 && !inName[k] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	stems := sc.stems[:0]
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		stems = append(stems, stemRun{ids[i].String(), ids[i], j - i})
		i = j
	}
	sc.ids, sc.stems = ids, stems
	slices.SortFunc(stems, func(a, b stemRun) int { return strings.Compare(a.s, b.s) })
	groups, pids, w := sc.groups[:0], sc.pids[:0], sc.w[:0]
	for _, st := range stems {
		if len(w) == 64 {
			break
		}
		fact := factOf(st.id)
		if idf := fact.idf; idf >= paraMinIDF {
			if gs := fact.groups; len(gs) > 0 {
				for _, g := range gs {
					groups = append(groups, uint64(g)<<8|uint64(len(w)))
				}
				pids = append(pids, uint64(st.id)<<8|uint64(len(w)))
				w = append(w, (1+float32(math.Log(float64(st.n))))*weightTerm*idf*v.inv)
			}
		}
	}
	sc.groups, sc.pids, sc.w = groups, pids, w
	// The kept set owns arrays of its own, each allocated at its size.
	ps := &paraSet{w: slices.Clone(w), groups: slices.Clone(groups), ids: slices.Clone(pids)}
	slices.Sort(ps.groups) // by group id, then held before reached, then word
	slices.Sort(ps.ids)
	ps.bounds()
	return ps
}

// bounds sets ps's sum, norm and max from its weights (see paraBound).
func (ps *paraSet) bounds() {
	ps.sum, ps.norm, ps.max = 0, 0, 0
	for _, w := range ps.w {
		ps.sum += w
		ps.norm += w * w
		ps.max = max(ps.max, w)
	}
	ps.norm = float32(math.Sqrt(float64(ps.norm)))
}

// stemRun is a stem of a passage and how many of its words have it.
type stemRun struct {
	s  string
	id lexicon.Word
	n  int
}

// paraScratch is paraTerms' scratch, reused from passage to passage.
type paraScratch struct {
	inName []bool
	ids    []lexicon.Word
	stems  []stemRun
	groups []uint64
	pids   []uint64
	w      []float32
}

var paraScratches = sync.Pool{New: func() any { return new(paraScratch) }}

// paraBound is at least paraDot(a, b): each word of either passage is
// used once, so the sum of products is at most one side's sum of weights
// times the other's largest weight, and at most the product of their
// norms (Cauchy–Schwarz). It lets a pair whose paraphrase could not
// reach strongPara skip reading it. The bounds hold of exact sums; in
// float32 a sum of products rounds otherwise than a product of sums (by
// an ulp or so: equal weights are common, every word the background has
// not seen weighs alike), so each is taken 0.01 % larger.
func paraBound(a, b *paraSet) float32 {
	return min(a.sum*b.max, b.sum*a.max, a.norm*b.norm) * 1.0001
}

// paraDot is the dot product of two passages over words that differ but
// relate in WordNet (died / killed, deny / dismiss: they share a group at
// least one of them holds outright, as wordnet.Meet): the related pairs of
// words neither passage shares with the other are taken heaviest product
// first, each word once. cand is scratch space, returned for reuse.
func paraDot(a, b *paraSet, cand []paraCand) (float32, []paraCand) {
	var sharedA, sharedB uint64 // words both passages use: the cosine has them
	// The two merges step without a branch on which side is behind
	// (behind is 1 when the left value is the smaller: the values are
	// under 2^56, so the difference wraps past 2^63 exactly then): the
	// lists interleave at random, and a mispredicted branch a step was
	// most of their cost.
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		ia, ib := a.ids[i]>>8, b.ids[j]>>8
		if ia != ib {
			behind := int((ia - ib) >> 63)
			i += behind
			j += 1 - behind
			continue
		}
		// one id is one stem, and a passage's stems are distinct
		sharedA |= 1 << uint8(a.ids[i])
		sharedB |= 1 << uint8(b.ids[j])
		i++
		j++
	}
	cand = cand[:0]
	for i, j := 0, 0; i < len(a.groups) && j < len(b.groups); {
		ga, gb := a.groups[i]>>9, b.groups[j]>>9
		if ga != gb {
			behind := int((ga - gb) >> 63)
			i += behind
			j += 1 - behind
			continue
		}
		i2, j2 := i, j
		for i2 < len(a.groups) && a.groups[i2]>>9 == ga {
			i2++
		}
		for j2 < len(b.groups) && b.groups[j2]>>9 == ga {
			j2++
		}
		for _, x := range a.groups[i:i2] {
			xw, xr := uint8(x), x>>8&1 == 1
			for _, y := range b.groups[j:j2] {
				yw, yr := uint8(y), y>>8&1 == 1
				if xr && yr || sharedA&(1<<xw) != 0 || sharedB&(1<<yw) != 0 {
					continue
				}
				cand = append(cand, paraCand{a.w[xw] * b.w[yw], xw, yw})
			}
		}
		i, j = i2, j2
	}
	slices.SortFunc(cand, func(x, y paraCand) int {
		if c := cmp.Compare(y.p, x.p); c != 0 {
			return c
		}
		if c := cmp.Compare(x.x, y.x); c != 0 {
			return c
		}
		return cmp.Compare(x.y, y.y)
	})
	var s float32
	usedA, usedB := sharedA, sharedB
	for _, c := range cand {
		if usedA&(1<<c.x) != 0 || usedB&(1<<c.y) != 0 {
			continue
		}
		usedA |= 1 << c.x
		usedB |= 1 << c.y
		s += c.p
	}
	return s, cand
}

// paraCand is a related pair of words of two passages and the product of
// their weights.
type paraCand struct {
	p    float32
	x, y uint8
}

// capSides keeps, of the links of one document pair (grouped by A,
// strongest first, at most aCap per A passage), those among the most
// strongest of their B passage (ties to the lower A), in the same order.
func capSides(links []Link, nb, most int) []Link {
	by := make([][]int, nb)
	for k, l := range links {
		by[l.B] = append(by[l.B], k)
	}
	keepB := make([]bool, len(links))
	for _, ks := range by {
		slices.SortStableFunc(ks, func(x, y int) int { return cmp.Compare(links[y].Score, links[x].Score) })
		for r, k := range ks {
			keepB[k] = r < most
		}
	}
	n := 0
	for k, l := range links {
		if keepB[k] {
			links[n] = l
			n++
		}
	}
	return links[:n]
}

// itemTop returns the largest share one feature has in the dot product
// of two passage vectors under the pair's weights g2: the largest
// w_a · g2 · w_b over the features both have, and that feature's id (-1
// when they share none).
func itemTop(a, b []Fw, g2 []float32) (float32, int32) {
	top, id, _, _ := sharedItems(a, b, g2, nil)
	return top, id
}

// maxWeight is the largest weight of a passage vector.
func maxWeight(v *Vector) float32 {
	var m float32
	for _, e := range v.Vec {
		m = max(m, e.W)
	}
	return m
}

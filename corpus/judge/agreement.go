package judge

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Positive evidence and debunks, sentence by sentence.
//
// Sentence match: every sentence is a bag of items — the stems of its
// content words (verbs of saying and calendar words left out) and the keys
// of its names — each weighted by its background IDF (lexicon/background:
// fixed news frequencies, so a pair weighs the same whatever else is
// loaded; a name weighs like a rare word). Two items match when they are
// one name, one stem, or two stems WordNet relates (lexicon/wordnet:
// killed / died, warn / alert, overpowered / tackled). The best sentence
// pair is the one whose matched weight covers most of the shorter
// sentence; its coverage, Dice overlap and the number of content words
// matched are signals, and a pair that covers most of a sentence with two
// content words and a third item or more says one fact in other words.
//
// Debunks: a sentence with a debunking word or phrase (align.DisputeWords:
// "not true", "hoax", "made up", "might not be accurate"; and a negation
// before a word of truth with up to three words of degree or copula
// between, notSoLen: "might not be a completely accurate account", "isn't
// entirely true" — fit real-pair gold, every gold link 0.578 → 0.582,
// found links unchanged; dev found links 60 → 62) disputes what
// it says and what the sentence before it says ("A recent rumor claims X.
// But the rumor is not true."). A recount (words/recount.txt:
// "reportedly", "claimed", "the story", a report noun before "that":
// "bloggers spread stories that …", or before a verb of saying: "the
// story maintained", words/reportVerbs.txt), or hearsay ("according to
// the article", "was said to have": hearsay) reports a claim without
// vouching for it (a report noun before "that" added on the fit real-pair
// gold: found links 0.642 → 0.651, every gold link 0.536 → 0.544; dev
// unchanged; hearsay: found links 178 → 179 of 231, every gold link 286
// → 287 of 509; dev found links unchanged). A passage that disputes what
// the other states as fact diverges from it; one that disputes what the
// other only recounts is related (the recount and the debunk can both be
// right), and two that dispute it agree — so does a recount followed by a
// sentence that sets itself against it and negates ("rumors that he died
// have flourished. But he's not dead" / "yet another internet hoax"; on the
// wider fit gold, found links 173 → 174 of 226).

// matchItem is one content word or name of a sentence.
type matchItem struct {
	key  string       // stem, or entity key for a name
	stem lexicon.Word // the stem's id; 0 for a name
	w    float64
	tok  int32 // its token
	idx  int32 // its index among the passage's items (sentInfo.flat)
	sent int32 // its sentence
	name bool
	neg  bool // negated in its sentence
}

// sentInfo is what the sentence match reads of one passage, per sentence.
type sentInfo struct {
	items   [][]matchItem // per sentence, cut from flat
	flat    []matchItem   // every sentence's items, in order
	weight  []float64
	content []float64 // per sentence: the weight of its content words (names left out)
	debunk  []int     // per sentence: the token of its debunking cue, or -1
	recount []int     // per sentence: the token of its recount word, or -1

	// The items sorted by key hash and by WordNet group, so that two
	// passages' related items are found by merging (see relate) instead
	// of comparing every item with every other.
	byKey   []uint64
	keys    []string // the items' keys, in byKey's order
	byGroup []uint64
	idxBits uint
	sentOf  []int32 // per item: its sentence
}

// rareWeight is what a name, or a word the background never saw, weighs
// in a sentence match: a rare word's IDF (about one news text in fifty),
// not the background's maximum, so that one unknown word ("tram") does not
// outweigh everything said around it.
const rareWeight = 4.0

func nameWeight() float64 { return rareWeight }

func stemWeight(stem string) float64 {
	w, ok := background.Lookup(stem)
	if !ok {
		return rareWeight
	}
	return min(rareWeight, float64(w))
}

// sentences reads, once per passage, its sentence items, debunks and
// recounts.
func sentences(f *Side) *sentInfo {
	f.sentOnce.Do(func() { f.sent = readSentences(f) })
	return f.sent
}

// flatScratches holds readSentences' scratch for a passage's items.
var flatScratches = sync.Pool{New: func() any { return new([]matchItem) }}

func readSentences(f *Side) *sentInfo {
	si := &sentInfo{}
	nSent := 0
	for k := range f.Toks {
		nSent = max(nSent, int(f.Toks[k].Sent)+1)
	}
	si.items = make([][]matchItem, nSent)
	si.weight = make([]float64, nSent)
	si.content = make([]float64, nSent)
	si.debunk = make([]int, nSent)
	si.recount = make([]int, nSent)
	for s := range nSent {
		si.debunk[s], si.recount[s] = -1, -1
	}
	// Tokens come in sentence order: each sentence's items are a run of
	// flat, from start on.
	// The items gather in pooled scratch and are copied out at their
	// size: a guess at the size either grew the list or kept spare room
	// for as long as the passage's reading is kept.
	scratch := flatScratches.Get().(*[]matchItem)
	si.flat = (*scratch)[:0]
	start, cur := 0, -1
	e := 0
	for k := 0; k < len(f.Toks); k++ {
		t := &f.Toks[k]
		s := int(t.Sent)
		if s != cur {
			start, cur = len(si.flat), s
		}
		st := claims.StAsserted
		if f.Claims.Stance != nil {
			st = f.Claims.Stance[k]
		}
		neg := st == claims.StNegated
		asked := st == claims.StQuestion || st == claims.StDisputed // "not aware of X", "whether X": X is not said
		if si.debunk[s] < 0 {
			si.debunk[s] = debunkFrom(f, k, neg)
		}
		nf := factsOf(t.NormID())
		if si.recount[s] < 0 && (nf.recount && !bareRumor(f, k) || reportRecount(f, k) || hearsay(f, k)) && !claimsLives(f, k) {
			si.recount[s] = k
		}
		for e < len(f.Ents) && f.Ents[e].Tok0 < k {
			e++
		}
		if e < len(f.Ents) && f.Ents[e].Tok0 == k {
			m := &f.Ents[e]
			for i := k + 1; i < m.Tok1 && si.debunk[s] < 0; i++ {
				// A cue read as part of a name in capitals ("PROBABLY
				// FALSE") still debunks, as the article reading has it.
				si.debunk[s] = debunkFrom(f, i, negatedAt(f, i))
			}
			if !m.Is(features.MGeneric) && !asked {
				key := m.Key
				if m.Side != "" && m.Is(features.MDemonym|features.MSeat) {
					key = m.Side
				}
				si.flat = append(si.flat, matchItem{key: key, w: nameWeight(), tok: int32(k), name: true, neg: neg, idx: int32(len(si.flat)), sent: int32(s)})
			}
			k = m.Tok1 - 1
			continue
		}
		if t.StemID() == 0 || asked || nf.plain || nf.calendar || t.Is(lexicon.TNum) {
			continue
		}
		dup := false
		for _, it := range si.flat[start:] {
			if !it.name && it.stem == t.StemID() {
				dup = true
				break
			}
		}
		if !dup {
			si.flat = append(si.flat, matchItem{key: t.Stem(), stem: t.StemID(), w: factsOf(t.StemID()).weight, tok: int32(k), neg: neg, idx: int32(len(si.flat)), sent: int32(s)})
		}
	}
	*scratch = si.flat
	si.flat = slices.Clone(si.flat)
	clear(*scratch) // drop the keys' strings
	flatScratches.Put(scratch)
	for lo := 0; lo < len(si.flat); {
		s := si.flat[lo].sent
		hi := lo
		for hi < len(si.flat) && si.flat[hi].sent == s {
			si.weight[s] += si.flat[hi].w
			if !si.flat[hi].name {
				si.content[s] += si.flat[hi].w
			}
			hi++
		}
		si.items[s] = si.flat[lo:hi:hi]
		lo = hi
	}
	si.index()
	return si
}

// debunkFrom returns k when a debunking word or phrase starts at token k
// and debunks there (not "a fake passport"; a negated one only when it is
// a negation itself: "found no evidence"), else -1.
func debunkFrom(f *Side, k int, neg bool) int {
	nf := factsOf(f.Toks[k].NormID())
	if (!neg || nf.negCue) && (nf.debunks || nf.notSo) && debunkAt(f, k) && !notDebunk(f, k) {
		return k
	}
	return -1
}

// governs reports whether the recount word at rc (or -1) reports as a
// claim what the matched tokens say: a hedging adverb before one of them
// ("the gunman had allegedly trained"), any other recount word before
// half of them or more ("a rumor claims that Elon banned the term"), not
// a word that follows what is stated ("Elon banned the word, claiming it
// is sexist").
func governs(f *Side, rc int, toks []int) bool {
	if rc < 0 || len(toks) == 0 {
		return false
	}
	after := 0
	for _, k := range toks {
		if k > rc {
			after++
		}
	}
	if strings.HasSuffix(f.Toks[rc].Norm(), "ly") {
		return after > 0
	}
	return 2*after >= len(toks)
}

// bareRumor reports whether "rumor" (or "rumors", "rumour", "rumours") at
// k only names a rumour without telling what it says: nothing in its
// clause after it introduces what is said ("that", "of", "about", a
// colon, a verb of saying: "rumors circulated over the weekend that she
// had been taken", "rumours of his death"), so the clause goes on to
// something else, stated ("the rumor took shape after Knightscope showed
// off its K5 robot").
func bareRumor(f *Side, k int) bool {
	if !rumorWords[f.Toks[k].Norm()] {
		return false
	}
	for i := k + 1; i < len(f.Toks) && f.Toks[i].Sent == f.Toks[k].Sent && !f.Toks[i].Is(lexicon.TBreak|lexicon.TEnd); i++ {
		if w := f.Toks[i].Norm(); rumorTells[w] || reportVerbs.Has(w) {
			return false
		}
	}
	return true
}

// rumorWords name a rumour; rumorTells introduce what it says.
var (
	rumorWords = lexicon.SetOf("rumor", "rumors", "rumour", "rumours")
	rumorTells = lexicon.SetOf("that", "of", "about", ":")
)

// claimsLives reports whether "claimed" at k takes a toll or a
// responsibility ("claimed the lives of", "claimed responsibility"): no
// recount.
func claimsLives(f *Side, k int) bool {
	if f.Toks[k].Stem() != "claim" {
		return false
	}
	for i := k + 1; i < min(len(f.Toks), k+4); i++ {
		if st := f.Toks[i].Stem(); st == "life" || st == "live" || st == "respons" || f.Toks[i].Norm() == "lives" {
			return true
		}
	}
	return false
}

// notDebunk reports whether a debunking word at k says something else
// here: "his mind is made up", "made up of", "no doubt" (certainly),
// "made it impossible to" (a hardship), or
// an adjective before a noun that is no report ("a fake passport", "a
// false alarm").
func notDebunk(f *Side, k int) bool {
	t := &f.Toks[k]
	if t.Norm() == "made" {
		if k+2 < len(f.Toks) && f.Toks[k+2].Norm() == "of" {
			return true
		}
		for i := max(0, k-3); i < k; i++ {
			if f.Toks[i].Norm() == "mind" || f.Toks[i].Norm() == "minds" {
				return true
			}
		}
		return false
	}
	if t.Norm() == "doubt" && k > 0 && certainDoubt[f.Toks[k-1].Norm()] {
		return true // "will no doubt still look the same": certainly
	}
	if t.Norm() == "doubt" && k > 1 && f.Toks[k-1].Norm() == "of" && f.Toks[k-2].Norm() == "avoidance" {
		return true // "for the avoidance of doubt, X is not Y": to be certain
	}
	if t.Norm() == "impossible" && k > 1 && f.Toks[k-1].Norm() == "it" && madeForms[f.Toks[k-2].Norm()] {
		return true // "fighting has made it impossible to get doctors the equipment": a hardship
	}
	if k+1 >= len(f.Toks) || !adjectiveCue[t.Norm()] {
		return false
	}
	n := &f.Toks[k+1]
	return n.Sent == t.Sent && n.Is(lexicon.TWord) && n.StemID() != 0 && !reportNouns.Has(n.Stem())
}

// madeForms before "it impossible" make it a hardship, not a debunk.
var madeForms = lexicon.SetOf("made", "make", "makes", "making")

// certainDoubt before "doubt" say there is none: "no doubt", "without
// doubt", "beyond doubt", "little doubt" mean certainly.
var certainDoubt = lexicon.SetOf("no", "without", "beyond", "little")

// negationCue are the first words of debunking phrases that are
// negations themselves ("no evidence", "did not happen"): such a cue
// inside a negated stretch ("found no evidence") still debunks.
var negationCue = lexicon.SetOf("no", "not", "never", "did", "didn't", "is", "isn't", "wasn't", "might", "too", "cast", "casting", "casts")

// adjectiveCue are the debunking words that can stand before a noun.
var adjectiveCue = lexicon.SetOf("fake", "false", "bogus", "fraudulent", "fabricated", "doctored", "photoshopped", "staged", "baseless", "unfounded", "groundless", "misleading", "inaccurate", "satirical",
	// and "fraud" as a noun's modifier: "an international fraud ring"
	// is a crime, no debunk ("hoax", "prank" are left out: what follows
	// them is as often a verb, "a death hoax surfaced").
	"fraud")

// debunkAt reports whether a debunking word or phrase starts at token k.
func debunkAt(f *Side, k int) bool { return debunkLen(f, k) > 0 }

// debunkLen is how many tokens the debunking phrase at token k takes
// ("made up": 2), or 0 when none begins there. The debunk list is the
// alignment's DisputeWords (one list: a passage the alignment reads as
// disputing is one the judge reads as debunking).
func debunkLen(f *Side, k int) int {
	if n := align.DisputeLen(f.Toks, k); n > 0 {
		return n
	}
	return notSoLen(f, k)
}

// notSoLen is how many tokens a negated word of truth takes from token k
// ("not a completely accurate account", "isn't entirely true": a
// negation, at most three words of degree or copula, and "true",
// "accurate", "real" …), or 0: the debunk list's phrases with the words
// between them that news puts there.
func notSoLen(f *Side, k int) int {
	if !negatesTruth(f.Toks[k].Norm()) {
		return 0
	}
	for i := k + 1; i < min(len(f.Toks), k+5); i++ {
		t := &f.Toks[i]
		if t.Sent != f.Toks[k].Sent {
			return 0
		}
		switch w := t.Norm(); {
		case truthWords[w]:
			if i+1 < len(f.Toks) && f.Toks[i+1].Sent == t.Sent && f.Toks[i+1].StemID() != 0 && !reportNouns.Has(f.Toks[i+1].Stem()) {
				return 0 // "not a real gun" describes a thing, not a report
			}
			return i - k + 1
		case !degreeWords[w]:
			return 0
		}
	}
	return 0
}

// negatesTruth tells whether word is a negation a word of truth may
// follow: "not", "never", or a contraction in n't ("isn't", "aren't").
func negatesTruth(word string) bool {
	return word == "not" || word == "never" || strings.HasSuffix(word, "n't")
}

// truthWords say a report is so; negated, they call it untrue.
var truthWords = lexicon.SetOf("true", "accurate", "real", "genuine", "authentic", "correct", "factual", "truthful")

// degreeWords may stand between a negation and a word of truth.
var degreeWords = lexicon.SetOf("be", "been", "a", "an", "entirely", "completely", "quite", "totally", "wholly", "exactly", "altogether", "strictly", "fully", "all", "that", "so", "very", "necessarily", "particularly", "actually", "really", "100%")

// sentMatch is the best sentence pair of two passages.
type sentMatch struct {
	sa, sb     int     // the sentences, or -1
	cover      float64 // matched weight over the lighter sentence's weight
	coverMax   float64 // the smaller share of either sentence's content-word weight met
	dice       float64 // 2 · matched / (weight A + weight B)
	n, content int     // items matched; of them, words (not names)
	synonyms   int     // of them, met only through WordNet
	negA, negB int     // matched items negated on each side
	toksA      []int
	toksB      []int
	firstA     int // the first token of a matched content word (not a name) on each side
	firstB     int
}

// bestSentences finds the sentence pair of the two passages whose matched
// items cover most of the lighter one (ties: more matched weight).
//
// Two items match when they are one name, one stem, or two stems WordNet
// relates (syn); r says which do (relate). A sentence pair with no items
// that match is passed over, as it would match nothing. The best pair's
// tokens are copied into the arrays of keepA and keepB (scratch the
// caller reuses from pair to pair).
func bestSentences(a, b *Side, r *relation, keepA, keepB []int) sentMatch {
	ia, ib := sentences(a), sentences(b)
	best := sentMatch{sa: -1, sb: -1}
	bestW := 0.0
	// Scratch reused across sentence pairs (and pairs: r's); the best
	// pair keeps copies.
	used, toksA, toksB := r.used, r.toksA, r.toksB
	defer func() { r.used, r.toksA, r.toksB = used, toksA, toksB }()
	for x, xs := range ia.items {
		for y, ys := range ib.items {
			if len(xs) == 0 || len(ys) == 0 || !r.sentencesMeet(x, y) {
				continue
			}
			var m sentMatch
			m.sa, m.sb = x, y
			m.firstA, m.firstB = len(a.Toks), len(b.Toks)
			m.toksA, m.toksB = toksA[:0], toksB[:0]
			var w, metA float64
			used = words(used, len(ys))
			lo := int(ys[0].idx) // a sentence's items are consecutive
			for i := range xs {
				// The first item of ys not yet used that xs[i] meets.
				if k := r.firstFree(xs[i].idx, lo, len(ys), used); k >= 0 {
					_, syn := r.meet(xs[i].idx, ys[k].idx)
					setBit(used, k)
					w += min(xs[i].w, ys[k].w)
					m.n++
					if !xs[i].name {
						m.content++
						m.firstA, m.firstB = min(m.firstA, int(xs[i].tok)), min(m.firstB, int(ys[k].tok))
						metA += xs[i].w
					}
					if syn {
						m.synonyms++
					}
					if xs[i].neg {
						m.negA++
					}
					if ys[k].neg {
						m.negB++
					}
					m.toksA = append(m.toksA, int(xs[i].tok))
					m.toksB = append(m.toksB, int(ys[k].tok))
				}
			}
			if m.n == 0 {
				continue
			}
			m.cover = w / max(1e-9, min(ia.weight[x], ib.weight[y]))
			// Of the content words alone: names set the scene, the words
			// say what happened in it.
			// (Each side's matched weight summed in its items' order.)
			metB := 0.0
			for k := range ys {
				if !ys[k].name && bit(used, k) {
					metB += ys[k].w
				}
			}
			m.coverMax = min(share(metA, ia.content[x]), share(metB, ib.content[y]))
			m.dice = 2 * w / (ia.weight[x] + ib.weight[y])
			toksA, toksB = m.toksA, m.toksB
			if m.cover*float64(min(m.n, 4)) > best.cover*float64(min(best.n, 4)) || m.cover == best.cover && w > bestW {
				m.toksA, m.toksB = append(keepA[:0], m.toksA...), append(keepB[:0], m.toksB...)
				keepA, keepB = m.toksA, m.toksB
				best, bestW = m, w
			}
		}
	}
	return best
}

// contentCover is the share of sentence s's content-word weight (names
// left out, sentInfo.content) whose words are among the matched tokens.
func contentCover(si *sentInfo, s int, matched []int) float64 {
	var met float64
	for _, it := range si.items[s] {
		if it.name {
			continue
		}
		for _, k := range matched {
			if k == int(it.tok) {
				met += it.w
				break
			}
		}
	}
	return share(met, si.content[s])
}

// share is contentCover from its sums: the share met of a sentence's
// content-word weight all (names left out), or 0 when it has none.
func share(met, all float64) float64 {
	if all == 0 {
		return 0
	}
	return met / all
}

// sameFact reports whether the best sentence pair says one fact: 60 % of
// each sentence's content-word weight met or more (so that neither adds a
// point of its own: "police arrested two men" / "investigators are examining video",
// both "at the tram stop"), two content words and a third item or more.
func (m *sentMatch) sameFact() bool {
	return m.n >= 3 && m.content >= 2 && m.cover >= 0.5 && m.coverMax >= 0.6
}

// spanOf is the stretch of a passage from the first to the last of toks.
func spanOf(f *Side, toks []int) model.Span {
	lo, hi := toks[0], toks[0]
	for _, k := range toks {
		lo, hi = min(lo, k), max(hi, k)
	}
	return model.Span{Start: int(f.Toks[lo].Start), End: int(f.Toks[hi].End)}
}

// sentenceSpan is the byte range of sentence s of a passage.
func sentenceSpan(f *Side, s int) model.Span {
	lo, hi := -1, -1
	for k := range f.Toks {
		if int(f.Toks[k].Sent) == s {
			if lo < 0 {
				lo = k
			}
			hi = k
		}
	}
	if lo < 0 {
		return model.Span{}
	}
	return model.Span{Start: int(f.Toks[lo].Start), End: int(f.Toks[hi].End)}
}

// agreement weighs the sentence match and the debunks of the pair: a
// debunk against a statement is a conflict, a debunk on both sides or the
// same fact in other words is support, a recount against a statement is a
// hedged note.
func (j *judgement) agreement(in Input) {
	ia, ib := sentences(in.A), sentences(in.B)
	r := relate(ia, ib)
	j.rel = r // kept for sameAction; back to relations with the judgement
	m := bestSentences(in.A, in.B, r, j.keepA, j.keepB)
	if m.sa >= 0 {
		j.keepA, j.keepB = m.toksA[:0], m.toksB[:0]
	}
	j.match = m
	if m.sa < 0 {
		return
	}
	// A recount governs what follows it (see governs).
	ra, rb := ia.recount[m.sa], ib.recount[m.sb]
	if !governs(in.A, ra, m.toksA) {
		ra = -1
	}
	if !governs(in.B, rb, m.toksB) {
		rb = -1
	}
	j.recountA, j.recountB = ra >= 0, rb >= 0
	// What each side disputes, and where the other side speaks to it.
	xa, xb := disputed(in.A, in.B, r, true), disputed(in.B, in.A, r, false)
	j.debunkA, j.debunkB = xa.cue >= 0, xb.cue >= 0
	linked := m.n >= 2 && (m.content >= 1 || m.n >= 3) && m.cover >= 0.2
	switch {
	case j.debunkA && j.debunkB:
		if !linked {
			return
		}
		sa, sb := sentenceSpan(in.A, xa.sent), sentenceSpan(in.B, xb.sent)
		qa, qb := quote(in.A.Text, sa), quote(in.B.Text, sb)
		j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormUntrue,
			Words: [2]string{cueText(in.A, xa.cue), cueText(in.B, xb.cue)},
			A:     qa, B: qb, SpanA: sa, SpanB: sb}))
		j.bothDebunk = true
		return
	case j.debunkA || j.debunkB:
		x, deb, other, sideDeb := xa, in.A, in.B, model.SideA
		if j.debunkB {
			x, deb, other, sideDeb = xb, in.B, in.A, model.SideB
		}
		c := cueText(deb, x.cue)
		sd, so := sentenceSpan(deb, x.sent), sentenceSpan(other, x.other)
		qd, qo := quote(deb.Text, sd), quote(other.Text, so)
		// Both call it untrue when the other side reports the claim, then
		// denies it ("rumors that he died have flourished online. But
		// he's not dead"), or when both say it is unproven ("there was no
		// proof of Mueller being killed" / "the claim that Mueller had
		// been killed could not be independently verified").
		k := correctedAfter(other, x.other)
		if k < 0 && unprovenCue(deb, x.cue) {
			k = unproven(other, x.other)
		}
		if k >= 0 && linked {
			w := tokenText(other, k)
			r := model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormUntrue, A: qd, B: qo, SpanA: sd, SpanB: so, Words: [2]string{c, w}}
			if sideDeb == model.SideB {
				r.A, r.B, r.SpanA, r.SpanB, r.Words = qo, qd, so, sd, [2]string{w, c}
			}
			j.support = append(j.support, sentence(r))
			j.bothDebunk = true
			return
		}
		if governs(other, sentences(other).recount[x.other], x.toks) {
			// The other side only reports the claim: both can be right.
			r := model.Reason{Kind: model.ReasonHedged, Form: model.FormReports}
			if sideDeb == model.SideA {
				r.Words[0] = c
				r.B, r.SpanB, r.Side = qo, so, model.SideB
			} else {
				r.Words[1] = c
				r.A, r.SpanA, r.Side = qo, so, model.SideA
			}
			j.info = append(j.info, sentence(r))
			j.hedgeApart = true
			return
		}
		r := model.Reason{Kind: model.ReasonRefutes, Side: sideDeb}
		if sideDeb == model.SideA {
			r.A, r.B, r.SpanA, r.SpanB = qd, qo, sd, so
			r.Words[0] = c
		} else {
			r.A, r.B, r.SpanA, r.SpanB = qo, qd, so, sd
			r.Words[1] = c
		}
		j.conflicts = append(j.conflicts, sentence(r))
		j.refuted = true
		return
	}
	if !linked {
		return
	}
	if j.recountA != j.recountB {
		h, side, s, os := ra, model.SideA, m.sa, m.sb
		if j.recountB {
			h, side, s, os = rb, model.SideB, m.sb, m.sa
		}
		j.info = append(j.info, recountReason(in, side, h, s, os))
		j.hedgeApart = true
	}
}

// sameFactSupport adds the sentence match as support when it says one fact
// in other words (or the same negative on both sides) and nothing in the
// pair stands apart.
func (j *judgement) sameFactSupport(in Input) {
	m := &j.match
	if m.sa < 0 || !m.sameFact() || j.hedgeApart || j.refuted || j.opposed || j.differentDetail {
		return
	}
	if countsApart(in.A, in.B, int32(m.sa), int32(m.sb)) {
		return // "12 officers were injured in the clashes" / "40 protesters were injured in the clashes"
	}
	if (m.negA > 0) != (m.negB > 0) {
		return // one side says it, the other says it is not so
	}
	if r, apart := subjectsApart(in.A, in.B, j.rel, zipTokens(m.toksA, m.toksB)); apart {
		j.differentSubjects(r) // one predicate, two named subjects (subjects.go)
		return
	}
	sa, sb := spanOf(in.A, m.toksA), spanOf(in.B, m.toksB)
	qa, qb := quote(in.A.Text, sentenceSpan(in.A, m.sa)), quote(in.B.Text, sentenceSpan(in.B, m.sb))
	form := model.FormSameFact
	if m.negA > 0 {
		form = model.FormNotSo
	}
	j.support = append(j.support, sentence(model.Reason{Kind: model.ReasonSharedStatement, Form: form, A: qa, B: qb,
		SpanA: sentenceSpan(in.A, m.sa), SpanB: sentenceSpan(in.B, m.sb)}))
	j.markA(sa, model.MarkShared)
	j.markB(sb, model.MarkShared)
	j.sameFact = true
}

// correctedAfter returns the negation of a sentence of f after sentence s
// that opens by setting itself against what came before ("But, once
// again, he's not dead"), or -1.
func correctedAfter(f *Side, s int) int {
	start := -1
	for k := range f.Toks {
		t := &f.Toks[k]
		if int(t.Sent) <= s {
			continue
		}
		if k == 0 || f.Toks[k-1].Sent != t.Sent {
			start = -1
			if align.ContrastOpener(t.Norm()) {
				start = k
			}
		}
		if start >= 0 && negatedAt(f, k) {
			for i := start; i <= k; i++ {
				if lexicon.Negates(f.Toks[i].Norm()) {
					return i
				}
			}
			return k
		}
	}
	return -1
}

// unprovenCue reports whether the debunking cue at token k says there is
// no evidence ("no evidence", "no proof"), not that the report is untrue.
func unprovenCue(f *Side, k int) bool {
	return f.Toks[k].Norm() == "no" && k+1 < len(f.Toks) && unprovenWords.Has(f.Toks[k+1].Norm())
}

// unproven returns the token of sentence s of f that says a claim is
// unproven — a word of proof (unprovenWords) with a negation at most
// unprovenGap words before it in its clause, the word under the
// negation's scope: "could not be independently verified", "have not at
// this time seen any evidence" — or -1. A negation of another clause
// proves nothing unproven: "The ministry, which did not give details,
// confirmed that …" confirms (review 2, H3).
func unproven(f *Side, s int) int {
	for k := range f.Toks {
		if int(f.Toks[k].Sent) != s || !unprovenWords.Has(f.Toks[k].Norm()) {
			continue
		}
		for i := k - 1; i >= max(0, k-unprovenGap) && f.Toks[i].Sent == f.Toks[k].Sent; i-- {
			if clauseBreak(f, i) {
				break
			}
			if lexicon.Negates(f.Toks[i].Norm()) && inNegScope(f, k) {
				return k
			}
		}
	}
	return -1
}

// inNegScope reports whether token k stands in a negated stretch of f as
// the claims reading has it (a negation cue's scope), when it has one.
func inNegScope(f *Side, k int) bool {
	if f.Claims.Stance == nil {
		return true
	}
	for _, sc := range f.Claims.Scopes {
		if sc.Tok0 <= k && k < sc.Tok1 {
			return true
		}
	}
	return false
}

// unprovenGap is how far a negation may stand before a word of proof.
const unprovenGap = 6

// dispute is what one passage calls untrue, where the other speaks to it.
type dispute struct {
	cue   int   // the debunking cue's token, or -1 when nothing is disputed
	sent  int   // the cue's sentence
	other int   // the other passage's sentence that says what is disputed
	toks  []int // its tokens that meet the debunk's scope
}

// disputed finds the debunk of passage f that the other passage o speaks
// to. A debunk's scope is its sentence up to the end of the cue's clause
// ("Moscow appears skeptical about the ISIS-K narrative, with …": not
// what follows the comma; but all that follows a colon: "things that did
// not happen: X"), and the sentence before when the part before
// the cue holds fewer than two items of its own ("A rumor claims X. But
// the rumor is not true."). The other passage speaks to it when one of
// its sentences meets two items of the scope, one a content word.
// r relates the items of the pair, f's as A's when fIsA.
func disputed(f, o *Side, r *relation, fIsA bool) dispute {
	fi, oi := sentences(f), sentences(o)
	best, bestW := dispute{cue: -1}, 0.0
	for s, cue := range fi.debunk {
		if cue < 0 {
			continue
		}
		end := cue
		for end < len(f.Toks) && int(f.Toks[end].Sent) == s && !f.Toks[end].Is(lexicon.TBreak|lexicon.TEnd) {
			end++
		}
		if end < len(f.Toks) && f.Toks[end].Norm() == ":" {
			// "things that did not happen: X": what follows the colon.
			end++
			for end < len(f.Toks) && int(f.Toks[end].Sent) == s {
				end++
			}
		}
		var scope []matchItem
		before := 0
		for _, it := range fi.items[s] {
			if int(it.tok) < end {
				scope = append(scope, it)
				if int(it.tok) < cue {
					before++
				}
			}
		}
		if before < 2 && s > 0 {
			scope = append(scope, fi.items[s-1]...)
		}
		for y, ys := range oi.items {
			n, content, w := 0, 0, 0.0
			var toks []int
			for i := range scope {
				for k := range ys {
					ok := false
					if fIsA {
						ok, _ = r.meet(scope[i].idx, ys[k].idx)
					} else {
						ok, _ = r.meet(ys[k].idx, scope[i].idx)
					}
					if ok {
						n++
						toks = append(toks, int(ys[k].tok))
						if !scope[i].name {
							content++
						}
						w += min(scope[i].w, ys[k].w)
						break
					}
				}
			}
			if (content >= 1 || n >= 2) && w > bestW {
				best, bestW = dispute{cue: cue, sent: s, other: y, toks: toks}, w
			}
		}
	}
	return best
}

// cueText is the debunking word or phrase at token k, as written.
func cueText(f *Side, k int) string {
	t := &f.Toks[k]
	end := t.End
	if n := debunkLen(f, k); n > 0 {
		end = f.Toks[k+n-1].End
	}
	return f.Text[t.Start:end]
}

func log1p(n int) float64 { return math.Log1p(float64(n)) }

// reportRecount reports whether token k is a report noun followed by
// "that" ("bloggers spread stories that several airliners were taken",
// "reports that he was captured") or by a verb that tells what it says
// ("the scandalous story maintained the boy filmed her", "the report
// claimed"), or the subject of an attribution after what it tells
// (", reports the site noticiasunam.com"; trailingReport): a recount of
// what the report says.
func reportRecount(f *Side, k int) bool {
	t := &f.Toks[k]
	if !factsOf(t.StemID()).reportNoun || t.Is(lexicon.TCap) {
		return false
	}
	if trailingReport(f, k) {
		return true
	}
	if k+1 >= len(f.Toks) {
		return false
	}
	n := &f.Toks[k+1]
	return n.Sent == t.Sent && (n.Norm() == "that" || reportVerbs.Has(n.Norm()))
}

// trailingReport reports whether the report noun at k is the subject of
// an attribution that follows what it tells: ", reports the site", ",
// says the website" (the verb of saying before it, after a comma).
func trailingReport(f *Side, k int) bool {
	if k < 3 || !articles[f.Toks[k-1].Norm()] {
		return false
	}
	v, c := &f.Toks[k-2], &f.Toks[k-3]
	if v.Sent != f.Toks[k].Sent || c.Sent != v.Sent || c.Norm() != "," || !reportVerbs.Has(v.Norm()) && !trailingVerbs[v.Norm()] {
		return false
	}
	// The attribution ends the clause: at most its noun's name follows
	// ("reports the site noticiasunam.com."), not what it tells ("says
	// the video begins with …").
	for i := k + 1; i < len(f.Toks) && f.Toks[i].Sent == v.Sent; i++ {
		if f.Toks[i].Norm() == "," || f.Toks[i].Is(lexicon.TEnd) {
			return true
		}
		if i > k+2 {
			return false
		}
	}
	return true
}

// articles open a report noun; trailingVerbs say what a report does
// besides reportVerbs, after what it tells ("…, reports the site").
var (
	articles      = lexicon.SetOf("the", "a", "an")
	trailingVerbs = lexicon.SetOf("reports", "reported", "writes", "wrote")
)

// hearsay reports whether token k opens a report of what hearsay says:
// "according to" a hearsay noun ("according to the article, Millan had
// been put in the hospital", "according to reports"; a person, a body or
// its report after "according to" — "according to the police report" —
// is attribution, which news states), or a passive verb of saying before
// "to have" / "to be" ("Bolden was said to have made the announcement",
// "were reported to be"; "was reported to police" reports no claim).
func hearsay(f *Side, k int) bool {
	t := &f.Toks[k]
	next := func(i int) *lexicon.Token {
		if i < len(f.Toks) && f.Toks[i].Sent == t.Sent {
			return &f.Toks[i]
		}
		return nil
	}
	switch t.Norm() {
	case "according":
		if n := next(k + 1); n == nil || n.Norm() != "to" {
			return false
		}
		for i := k + 2; i < k+5; i++ {
			n := next(i)
			if n == nil || n.Is(lexicon.TCap) || n.Is(lexicon.TPoss) {
				return false // an owner: "Reuters' article", "the government's claims"
			}
			if hearsayNouns.Has(n.Norm()) {
				return true
			}
		}
	case "said", "reported", "rumored", "rumoured":
		n, v := next(k+1), next(k+2)
		return k > 0 && claims.PassiveAux.Has(f.Toks[k-1].Norm()) && f.Toks[k-1].Sent == t.Sent &&
			n != nil && n.Norm() == "to" && v != nil && (v.Norm() == "have" || v.Norm() == "be")
	}
	return false
}

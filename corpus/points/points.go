// Package points is the stage that finds the points the articles make:
// it groups aligned passages that share their key terms, names and
// numbers, and names each group from the words that characterise it, the
// way a reader labels a margin note ("González votes", "dam inspection
// cracks"). The built-in topics fit attacks and disasters; points fill in
// what they leave as "Other common ground", for any story.
package points

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Design: what groups alignments into points, and what names them.
//
// Keys. A passage's keys are its content-word stems (not stop words, not
// month or day names, not words inside a name), its resolved names (one
// key per entity, however it is written) and its stated quantities
// (value and unit). What an alignment is about is the keys both of its
// passages hold.
//
// Weights. A key weighs its distinctiveness in news at large — the
// background IDF of its stem (corpus/lexicon/background), nameWeight for a
// name (names are what a reader labels by), demonymWeight for a
// nationality or a capital standing for a country, numberWeight for a
// quantity — times ln(1 + N/df), where df is how many of the
// comparison's N aligned passages hold it: the story's subject, in every
// paragraph, tells one point from another less than a detail does.
//
// Grouping. Alignments are taken strongest first; each joins the point
// whose summed key vector is nearest (cosine, plus sharedBonus when the
// point already holds one of its passages, as the pairs of three or more
// documents about one fact do) when that reaches joinAt, else starts a
// point. Only points that share one of the alignment's lookKeys strongest
// keys (the latest lookPoints of each) or one of its passages are looked
// at, so a comparison of thousands of passages costs about what its
// alignments do.
//
// Names. A key's claim on the name is the share of the point's alignments
// that hold it times its weight. The name is the strongest name (a
// person, a company, a place as written most often in the point: the
// surname "González" rather than "Edmundo González Urrutia" when the
// articles mostly say that), then the strongest words, up to maxWords in
// all, in the order the point's strongest passage says them. A stem is
// written as the surface the point's passages use most. Words with a
// background IDF under minWordIDF ("said", "told", "percent") never name a
// point, nor does a word with less than minClaim of the strongest word's
// claim, nor one held by fewer than minShare of the point's passages. What
// a figure of the passage counts ("votes" in "5.15 million votes") weighs
// countedBoost more; the figures themselves group alignments but name
// nothing. Points that end up with the same name are one point.
//
// What it gets wrong: it knows no syntax, so a name can read as a list
// ("Carter Center observers statement") rather than a phrase; a point made
// in different words on each side (paraphrase with no shared stem) shares
// no key and stays in "Other common ground"; a story whose every paragraph
// names the same two people labels many points by the same name.
const (
	nameWeight    = 5.0
	demonymWeight = 2.0
	numberWeight  = 2.5
	sharedBonus   = 0.5
	joinAt        = 0.4
	minWordIDF    = 2.0
	maxWords      = 3
	minShare      = 0.5 // a key held by fewer of a point's passages does not name it
	countedBoost  = 1.5 // what a figure counts ("votes") is what the passage is about
	minClaim      = 0.5 // a word with less than this share of the strongest word's claim does not name a point
	lookKeys      = 4   // an alignment looks for its point through its strongest keys…
	lookPoints    = 32  // …among the latest points holding each
)

// Kind says what a key is.
type Kind uint8

// The key kinds.
const (
	Word   Kind = iota // a content-word stem
	Name               // a resolved name
	Nation             // a nationality or a seat of power standing for a country
	Number             // a quantity
)

// Key is one key of a passage. The small fields come last, so that a key
// is 48 bytes, not 56: the keys of the passages Find groups are kept
// until the points are found.
type Key struct {
	ID      string // the stem of a word (its own string, no copy: most keys are words), "e:entity key" or "n:value unit"; a stem holds no ":"
	Surface string // as written in the passage (lower case for a common word)
	Pos     int32  // byte offset in the passage text
	IDF     float32
	Kind    Kind
	Counted bool // a word that a figure of the passage counts: "votes" in "5.15 million votes"
}

// Keys are the keys of one passage, first occurrence of each.
type Keys []Key

// Read lists the keys of a passage from its features. Names must be
// resolved (features.Extract has run).
func Read(f *features.Passage) Keys {
	bp := keyBufs.Get().(*Keys)
	keys := slices.Clone(gather(f, bp))
	putBuf(bp)
	return keys
}

// gather lists the keys of a passage in the buffer *bp and returns them.
func gather(f *features.Passage, bp *Keys) Keys {
	out := (*bp)[:0]
	add := func(k Key) {
		for i := range out { // a passage has a few dozen keys: a scan beats a map
			if out[i].ID == k.ID {
				return
			}
		}
		out = append(out, k)
	}
	inName := make([]bool, len(f.Toks))
	for i := range f.Ents {
		m := &f.Ents[i]
		for t := m.Tok0; t < m.Tok1 && t < len(inName); t++ {
			inName[t] = true
		}
		if m.Key == "" || m.Is(features.MGeneric) || m.Is(features.MMedia) {
			continue
		}
		kind := Name
		if m.Is(features.MDemonym) || m.Is(features.MSeat) {
			kind = Nation
		}
		add(Key{ID: "e:" + m.Key, Kind: kind, Surface: f.Text[m.Start:m.End], Pos: m.Start})
	}
	// In a quantity only the counted noun is a word ("votes" in "5.15
	// million votes"); numbers, scales, currencies and "percent" are not.
	inQty := make([]bool, len(f.Toks))
	counted := map[string]bool{}
	for i := range f.Nums {
		q := &f.Nums[i]
		for t := q.Tok0; t < q.Tok1 && t < len(inQty); t++ {
			inQty[t] = f.Toks[t].Stem() != q.Unit
		}
		counted[q.Unit] = true
	}
	for i := range f.Toks {
		t := &f.Toks[i]
		if inName[i] || inQty[i] || !t.Is(lexicon.TWord) || t.Is(lexicon.TStop) || t.Is(lexicon.TNum) || t.Stem() == "" ||
			utf8.RuneCountInString(t.Norm()) < 3 || features.CalendarWords.Has(t.Norm()) {
			continue
		}
		surface := f.Text[t.Start:t.End]
		if !t.Is(lexicon.TCaps) && !(t.Is(lexicon.TCap) && !t.Is(lexicon.TOpen)) {
			surface = strings.ToLower(surface)
		}
		add(Key{ID: t.Stem(), Kind: Word, Surface: surface, Pos: t.Start, IDF: background.IDF(t.Stem()), Counted: counted[t.Stem()]})
	}
	for i := range f.Nums {
		q := &f.Nums[i]
		if q.Vague || q.Unit == "" {
			continue
		}
		add(Key{ID: "n:" + strconv.FormatFloat(q.Val, 'g', -1, 64) + " " + q.Unit, Kind: Number, Surface: f.Text[q.Start:q.End], Pos: q.Start})
	}
	*bp = out
	return out
}

// putBuf gives a buffer back to the pool, cleared so that it holds no
// passage's text. The keys kept are a copy of their own size, not the
// buffer they were gathered in (186 MB of the live heap at two identical
// 16 MiB articles).
func putBuf(bp *Keys) {
	clear(*bp)
	*bp = (*bp)[:0]
	keyBufs.Put(bp)
}

// keyBufs are Read's buffers, reused between passages (at two identical
// 16 MiB articles, growing a fresh one for each passage allocated 0.3 GB).
var keyBufs = sync.Pool{New: func() any { b := make(Keys, 0, 64); return &b }}

// Census is what Find weighs a key by (see weights): how many candidate
// passages there are and how many of them hold each key. It is counted as
// the keys are read, so that only the passages of the alignments Find
// groups (Strongest) need keep all their keys; the others keep their
// names (nameForms reads the names of every passage). At two identical
// 16 MiB articles that is a tenth of the keys: 140 MB of the live heap
// were keys while the passages were judged.
type Census struct {
	n  int
	df map[string]int
}

// NewCensus returns an empty count.
func NewCensus() *Census { return &Census{df: map[string]int{}} }

// Add counts the keys of one passage.
func (c *Census) Add(ks Keys) {
	c.n++
	for _, k := range ks {
		c.df[k.ID]++
	}
}

// Merge adds the counts of o.
func (c *Census) Merge(o *Census) {
	c.n += o.n
	for id, n := range o.df {
		c.df[id] += n
	}
}

// Read reads the keys of a passage (see Read) and counts them; it returns
// them all when whole is set, else only its names.
func (c *Census) Read(f *features.Passage, whole bool) Keys {
	bp := keyBufs.Get().(*Keys)
	ks := gather(f, bp)
	c.Add(ks)
	var keys Keys
	if whole {
		keys = slices.Clone(ks)
	} else {
		for _, k := range ks {
			if k.Kind == Name {
				keys = append(keys, k)
			}
		}
	}
	putBuf(bp)
	return keys
}

// Found is the stage's result: the points, in reading order, with the
// alignments each holds.
type Found struct {
	Points []model.Point
}

// MaxAlignments is how many alignments, strongest first, Find groups into
// points.
const MaxAlignments = 5000

// Find groups the alignments of c whose index is in cands into points and
// names them. keys holds the keys of every body passage, by passage id;
// the passages of an alignment must be in it. ids are given as
// prefix + "1", prefix + "2", … in reading order.
func Find(c *model.Comparison, cands []int, keys map[string]Keys, prefix string) Found {
	census := NewCensus()
	for _, ks := range keys {
		census.Add(ks)
	}
	return FindCounted(c, cands, keys, census, prefix)
}

// Strongest returns the alignments of cands that Find groups, in the
// order it takes them: the strongest MaxAlignments, strongest first.
func Strongest(c *model.Comparison, cands []int) []int {
	// Score, then index: no two alignments tie, so an unstable sort
	// gives the one order (and, on tens of thousands of candidates, far
	// faster than a stable sort through reflection).
	order := append([]int(nil), cands...)
	slices.SortFunc(order, func(a, b int) int {
		sa, sb := c.Alignments[a].Score, c.Alignments[b].Score
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return cmp.Compare(a, b)
	})
	// The strongest alignments only: past MaxAlignments (two long
	// articles compared with themselves give tens of thousands) the rest
	// stay under their built-in topic or "Other", and the stage stays
	// linear in the comparison.
	return order[:min(len(order), MaxAlignments)]
}

// FindCounted is Find with the keys counted beforehand: census counts
// the keys of every candidate passage; keys holds all the keys of the
// passages of the Strongest alignments and the names (at least) of the
// other candidate passages.
func FindCounted(c *model.Comparison, cands []int, keys map[string]Keys, census *Census, prefix string) Found {
	w := &weights{n: census.n, df: census.df}
	names := nameForms(keys)
	type member struct {
		al  int
		vec map[string]float64
	}
	type point struct {
		members  []member
		sum      map[int32]float64 // by key number (num)
		norm2    float64           // |sum|², kept as sum grows
		passages map[string]bool
	}
	order := Strongest(c, cands)
	var pts []*point
	byKey := map[string][]int{} // key → points holding it
	byPassage := map[string][]int{}
	// Each key's number: the points' sums are read by number, not by
	// string (the sums of a hundred points are read for each of 5,000
	// alignments). vnum and vw are the alignment's keys' numbers and
	// weights, in the order of vkeys.
	num := map[string]int32{}
	var vnum []int32
	var vw []float64
	near := map[int]bool{} // the points to look at, for each alignment in turn
	for _, ai := range order {
		al := &c.Alignments[ai]
		vec := w.shared(keys[al.A], keys[al.B])
		if len(vec) == 0 {
			continue // nothing distinctive in common: stays "Other"
		}
		// Points to look at: those holding one of the alignment's
		// strongest keys (the latest few of each, so that a key common to
		// thousands of points costs no more than a rare one) or one of
		// its passages.
		vkeys := sortedKeys(vec)
		clear(near)
		for _, k := range strongest(vkeys, vec, lookKeys) {
			list := byKey[k]
			for _, pi := range list[max(0, len(list)-lookPoints):] {
				near[pi] = true
			}
		}
		for _, id := range []string{al.A, al.B} {
			for _, pi := range byPassage[id] {
				near[pi] = true
			}
		}
		vnum, vw = vnum[:0], vw[:0]
		for _, k := range vkeys {
			n, ok := num[k]
			if !ok {
				n = int32(len(num))
				num[k] = n
			}
			vnum, vw = append(vnum, n), append(vw, vec[k])
		}
		var n2 float64 // |vec|²
		for _, x := range vw {
			n2 += x * x
		}
		best, bestSim := -1, 0.0
		for _, pi := range sortedInts(near) {
			p := pts[pi]
			var dot float64
			for i, n := range vnum {
				dot += vw[i] * p.sum[n]
			}
			sim := dot / math.Sqrt(n2*p.norm2)
			if p.passages[al.A] || p.passages[al.B] {
				sim += sharedBonus
			}
			if sim > bestSim {
				best, bestSim = pi, sim
			}
		}
		if best < 0 || bestSim < joinAt {
			best = len(pts)
			pts = append(pts, &point{sum: map[int32]float64{}, passages: map[string]bool{}})
		}
		p := pts[best]
		p.members = append(p.members, member{ai, vec})
		for i, k := range vkeys {
			n := vnum[i]
			old := p.sum[n]
			if old == 0 {
				byKey[k] = append(byKey[k], best)
			}
			p.sum[n] = old + vw[i]
			p.norm2 += p.sum[n]*p.sum[n] - old*old
		}
		for _, id := range []string{al.A, al.B} {
			if !p.passages[id] {
				p.passages[id] = true
				byPassage[id] = append(byPassage[id], best)
			}
		}
	}

	// Name every point; points with one name are one point.
	var out []model.Point
	byLabel := map[string]int{}
	for _, p := range pts {
		var als []int
		var vecs []map[string]float64
		for _, m := range p.members {
			als = append(als, m.al)
			vecs = append(vecs, m.vec)
		}
		words := name(c, als, vecs, keys, names)
		if len(words) == 0 {
			continue
		}
		label := labelOf(words)
		if k, ok := byLabel[label]; ok {
			out[k].Alignments = append(out[k].Alignments, als...)
			continue
		}
		byLabel[label] = len(out)
		out = append(out, model.Point{Label: label, Words: words, Alignments: als})
	}

	// Reading order: by the first passage of the first document a point
	// speaks in; ids follow it.
	first := func(p *model.Point) (int, int) {
		d, i := math.MaxInt, math.MaxInt
		for _, ai := range p.Alignments {
			if pa := c.Passage(c.Alignments[ai].A); pa != nil && (pa.Doc < d || pa.Doc == d && pa.Index < i) {
				d, i = pa.Doc, pa.Index
			}
		}
		return d, i
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, ii := first(&out[i])
		dj, ij := first(&out[j])
		if di != dj {
			return di < dj
		}
		return ii < ij
	})
	for i := range out {
		out[i].ID = prefix + strconv.Itoa(i+1)
		sort.Ints(out[i].Alignments)
	}
	return Found{Points: out}
}

// weights holds each key's weight in this comparison.
type weights struct {
	n   int
	df  map[string]int
	inB map[string]bool // shared's scratch, cleared for each pair
}

// of returns the weight of a key (see the design comment).
func (w *weights) of(k *Key) float64 {
	var base float64
	switch k.Kind {
	case Word:
		base = float64(k.IDF)
		if k.Counted {
			base *= countedBoost
		}
	case Name:
		base = nameWeight
	case Nation:
		base = demonymWeight
	case Number:
		base = numberWeight
	}
	return base * math.Log(1+float64(w.n)/float64(max(1, w.df[k.ID])))
}

// shared returns the weighted keys both passages hold.
func (w *weights) shared(a, b Keys) map[string]float64 {
	if w.inB == nil {
		w.inB = map[string]bool{}
	}
	inB := w.inB
	clear(inB)
	for _, k := range b {
		inB[k.ID] = true
	}
	vec := map[string]float64{}
	for i := range a {
		if inB[a[i].ID] {
			if v := w.of(&a[i]); v > 0 {
				vec[a[i].ID] = v
			}
		}
	}
	return vec
}

// name picks the words that name a point of the alignments als (with
// their shared key vectors vecs): names first, then words, as written.
func name(c *model.Comparison, als []int, vecs []map[string]float64, keys map[string]Keys, names map[string]string) []string {
	// Each key's claim: share of alignments holding it × its weight.
	claim := map[string]float64{}
	for _, v := range vecs {
		for k, x := range v {
			claim[k] += x / float64(len(vecs))
		}
	}
	// What the point's passages say of each key with a claim: how many
	// hold it, its kind and its surfaces, from every passage of the
	// point, in order. One note per key in one slice (a point of a
	// thousand alignments read a map per key and per surface: 0.25 GB
	// allocated at two identical 16 MiB articles).
	at := map[string]int{} // index in notes
	var notes []keyNote
	note := func(id string) *keyNote {
		if i, ok := at[id]; ok {
			return &notes[i]
		}
		return &keyNote{}
	}
	npass := 0
	seq := 0
	done := map[string]bool{}
	for _, ai := range als {
		for _, id := range []string{c.Alignments[ai].A, c.Alignments[ai].B} {
			if done[id] {
				continue
			}
			done[id] = true
			npass++
			for _, k := range keys[id] {
				if claim[k.ID] == 0 {
					continue
				}
				i, ok := at[k.ID]
				if !ok {
					i = len(notes)
					at[k.ID] = i
					notes = append(notes, keyNote{})
				}
				n := &notes[i]
				n.count++
				if !n.use(k.Surface) {
					n.surfaces = append(n.surfaces, surfaceUse{k.Surface, 1, seq})
					seq++
				}
				n.kind, n.idf = k.Kind, k.IDF
			}
		}
	}
	kinds := func(k string) Kind { return note(k).kind }
	ids := make([]string, 0, len(claim))
	for k := range claim {
		n := note(k)
		if float64(n.count) < minShare*float64(npass) {
			continue
		}
		switch n.kind {
		case Number:
			continue // numbers group, but a margin note names what is counted
		case Word:
			if n.idf < minWordIDF {
				continue
			}
		}
		ids = append(ids, k)
	}
	sort.Slice(ids, func(i, j int) bool {
		if claim[ids[i]] != claim[ids[j]] {
			return claim[ids[i]] > claim[ids[j]]
		}
		return ids[i] < ids[j]
	})
	var pick []string
	for _, k := range ids { // the strongest name
		if kinds(k) == Name {
			pick = append(pick, k)
			break
		}
	}
	inPicked := map[string]bool{} // stems of the name's words: "council" adds nothing to "Electoral Council"
	if len(pick) > 0 {
		for _, u := range note(pick[0]).surfaces {
			for _, w := range strings.FieldsFunc(lexicon.Fold(u.s), func(r rune) bool { return !unicode.IsLetter(r) }) {
				inPicked[lexicon.StemWord(w)] = true
			}
		}
	}
	nwords := 0
	if len(pick) > 0 {
		nwords = len(strings.Fields(names[pick[0]]))
	}
	top := 0.0              // the claim of the strongest word: a word far weaker adds noise, not sense
	for _, k := range ids { // then words (or a nationality) to maxWords
		if len(pick) >= maxWords || nwords >= maxWords+1 {
			break
		}
		if kinds(k) == Word && top > 0 && claim[k] < minClaim*top {
			break
		}
		if kinds(k) == Word && !inPicked[k] || kinds(k) == Nation && len(pick) == 0 {
			if kinds(k) == Word && top == 0 {
				top = claim[k]
			}
			pick = append(pick, k)
			nwords++
		}
	}
	if len(pick) == 0 {
		return nil
	}
	// Names first; words in the order the strongest alignment's A
	// passage says them (else by claim).
	first := keys[c.Alignments[als[0]].A]
	rank := func(k string) int32 {
		for i := range first { // a passage holds a key once
			if first[i].ID == k {
				return first[i].Pos + 1
			}
		}
		return math.MaxInt32
	}
	sort.SliceStable(pick, func(i, j int) bool {
		ni, nj := kinds(pick[i]) == Name, kinds(pick[j]) == Name
		if ni != nj {
			return ni
		}
		return rank(pick[i]) < rank(pick[j])
	})
	words := make([]string, len(pick))
	for i, k := range pick {
		if n, ok := names[k]; ok {
			words[i] = n
			continue
		}
		words[i] = note(k).mostUsed()
	}
	return words
}

// keyNote is what name reads of one key in the passages of a point.
type keyNote struct {
	count    int // passages holding the key
	kind     Kind
	idf      float32
	surfaces []surfaceUse // in the order first seen
}

// surfaceUse is one way a key is written, how often, and when it was
// first seen among all the point's keys and surfaces.
type surfaceUse struct {
	s     string
	n     int
	first int
}

// use counts one more use of surface s, if the note holds it.
func (n *keyNote) use(s string) bool {
	for i := range n.surfaces { // a key is written one way or two
		if n.surfaces[i].s == s {
			n.surfaces[i].n++
			return true
		}
	}
	return false
}

// mostUsed returns the surface used most, the first seen on a tie (that
// of the point's strongest passage).
func (n *keyNote) mostUsed() string {
	best := -1
	for i, u := range n.surfaces {
		if best < 0 || u.n > n.surfaces[best].n || u.n == n.surfaces[best].n && u.first < n.surfaces[best].first {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return n.surfaces[best].s
}

// nameForms returns, for each name key, the form the articles use most
// across the whole comparison — the surname a story keeps coming back to
// ("González"), not the full name of its first mention — the shorter on
// a tie, then the first in passage order.
func nameForms(keys map[string]Keys) map[string]string {
	ids := make([]string, 0, len(keys))
	for id := range keys {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	counts := map[string]map[string]int{}
	first := map[string]int{}
	seq := 0
	for _, id := range ids {
		for _, k := range keys[id] {
			if k.Kind != Name {
				continue
			}
			if counts[k.ID] == nil {
				counts[k.ID] = map[string]int{}
			}
			counts[k.ID][k.Surface]++
			if _, ok := first[k.Surface]; !ok {
				first[k.Surface] = seq
				seq++
			}
		}
	}
	out := make(map[string]string, len(counts))
	for k, forms := range counts {
		best := ""
		for f, n := range forms {
			bn := forms[best]
			lf, lb := utf8.RuneCountInString(f), utf8.RuneCountInString(best)
			if best == "" || n > bn || n == bn && (lf < lb || lf == lb && first[f] < first[best]) {
				best = f
			}
		}
		out[k] = best
	}
	return out
}

// labelOf joins the words of a name, the first letter in upper case.
func labelOf(words []string) string {
	s := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// strongest returns the n keys of vec with the greatest weight, keys
// (sorted) breaking ties.
func strongest(keys []string, vec map[string]float64, n int) []string {
	if len(keys) <= n {
		return keys
	}
	top := append([]string(nil), keys...)
	sort.SliceStable(top, func(i, j int) bool { return vec[top[i]] > vec[top[j]] })
	return top[:n]
}

func sortedKeys(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedInts(set map[int]bool) []int {
	out := make([]int, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

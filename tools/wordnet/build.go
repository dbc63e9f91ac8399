package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-reader/parallax/corpus/lexicon/background"
)

// table is the built paraphrase table: words and stems, each with the
// sorted ids of its groups, and one label per id.
type table struct {
	words  map[string][]uint32 // ids as id<<1 | reach
	stems  map[string][]uint32
	labels []string // id → "lemma.pos" of the group's synset
	db     *db
	lists  map[synKey][]gkey   // L(S) of every kept synset, for -explain
	sense  map[string][]synKey // kept senses of every word, for -explain
}

// derivSymbols are the pointers that link a synset to its close
// relations of another shape: derivation (kill / killing / killer),
// pertainym (presidential / president; an adverb to its adjective).
var derivSymbols = []string{"+", "\\"}

func build(d *db) *table {
	t := &table{db: d, lists: map[synKey][]gkey{}, sense: map[string][]synKey{}}
	tops := keepSenses(d, t.sense)
	for _, s := range d.synsets {
		for _, p := range s.pointers {
			switch p.symbol {
			case "~":
				s.hyponyms++
			case "&":
				s.satellites++
			}
		}
	}
	antonyms := map[[2]synKey]bool{}
	for _, senses := range t.sense {
		for _, sk := range senses {
			if _, ok := t.lists[sk]; !ok {
				t.lists[sk] = normalize(groupList(d, sk))
			}
			for _, p := range d.synsets[sk].pointers {
				if p.symbol == "!" {
					antonyms[[2]synKey{sk, p.target}] = true
				}
			}
		}
	}
	// Antonyms never meet.
	for _, pair := range slices.SortedFunc(maps.Keys(antonyms), func(x, y [2]synKey) int {
		return cmp.Or(cmpKey(x[0], y[0]), cmpKey(x[1], y[1]))
	}) {
		a, b := pair[0], pair[1]
		la, oka := t.lists[a]
		lb, okb := t.lists[b]
		if !oka || !okb {
			continue
		}
		t.lists[a] = slices.DeleteFunc(la, func(k gkey) bool { return k.synKey != a && (k.synKey == b || hasKey(lb, k.synKey)) })
		t.lists[b] = slices.DeleteFunc(lb, func(k gkey) bool { return k.synKey != b && (k.synKey == a || hasKey(la, k.synKey)) })
	}

	// Word groups, irregular inflections, stems.
	words := map[string][]gkey{}
	for w, senses := range t.sense {
		for _, sk := range senses {
			words[w] = append(words[w], t.lists[sk]...)
		}
	}
	// weight is an entry's top tag count: its lemma's, or its bases'.
	weight := map[string]int{}
	for w := range words {
		weight[w] = tops[strings.ReplaceAll(w, " ", "_")]
	}
	lemmas := maps.Clone(words)
	addBases := func(key string, bases []string) {
		top := 0
		for _, b := range bases {
			top = max(top, weight[b])
		}
		// A form that is also a rare lemma of its own ("said", "rejected"
		// as adjectives) reads as the inflection only.
		if float64(weight[key]) < keepRatio*float64(top) {
			delete(words, key)
		}
		for _, b := range bases {
			words[key] = append(words[key], lemmas[b]...)
		}
		weight[key] = max(weight[key], top)
	}
	for _, form := range slices.Sorted(maps.Keys(d.exc)) {
		var bases []string
		for _, b := range d.exc[form] {
			bases = append(bases, strings.ReplaceAll(b, "_", " "))
		}
		addBases(strings.ReplaceAll(form, "_", " "), bases)
	}
	for _, w := range slices.Sorted(maps.Keys(lemmas)) {
		if _, irregular := d.exc[strings.ReplaceAll(w, " ", "_")]; !irregular {
			if bases := participleBases(w, lemmas); len(bases) > 0 {
				addBases(w, bases)
			}
		}
	}
	// A stem pools the entries that stem to it, leaving out those rare
	// beside the commonest (the noun "going", a euphemism for death, does
	// not join "go").
	best := map[string]int{}
	for w := range words {
		best[stemKey(w)] = max(best[stemKey(w)], weight[w])
	}
	stems := map[string][]gkey{}
	for w, l := range words {
		s := stemKey(w)
		if float64(weight[w]) >= keepRatio*float64(best[s]) {
			stems[s] = append(stems[s], l...)
		}
	}
	for _, m := range []map[string][]gkey{words, stems} {
		for k, l := range m {
			m[k] = normalize(l)
		}
	}

	// Keep the ids two entries share; number them by use, most used first.
	use := map[synKey]int{}
	stemUse := map[synKey]int{}
	for _, l := range words {
		for _, k := range l {
			use[k.synKey]++
		}
	}
	for _, l := range stems {
		for _, k := range l {
			stemUse[k.synKey]++
		}
	}
	var kept []synKey
	for k, n := range use {
		if n >= 2 || stemUse[k] >= 2 {
			kept = append(kept, k)
		}
	}
	slices.SortFunc(kept, func(x, y synKey) int {
		return cmp.Or(cmp.Compare(use[y], use[x]), cmpKey(x, y))
	})
	id := make(map[synKey]uint32, len(kept))
	for i, k := range kept {
		id[k] = uint32(i)
		t.labels = append(t.labels, label(d.synsets[k]))
	}
	renumber := func(m map[string][]gkey) map[string][]uint32 {
		r := make(map[string][]uint32, len(m))
		for w, l := range m {
			var ids []uint32
			for _, k := range l {
				if i, ok := id[k.synKey]; ok {
					r := uint32(0)
					if k.reach {
						r = 1
					}
					ids = append(ids, i<<1|r)
				}
			}
			if len(ids) > 0 {
				slices.Sort(ids)
				r[w] = ids
			}
		}
		return r
	}
	t.words = renumber(words)
	t.stems = renumber(stems)
	return t
}

// groupList returns L(S): the synset itself and its close relations —
// derivations and pertainyms; for a verb its hypernym and the hypernym's
// hypernym (through small hypernyms only), what it causes and entails (and
// their derivations: kill → die → death); for an adjective satellite its
// head, for a head its satellites and their derivations (dead takes "dead
// person" from its satellite "deceased").
func groupList(d *db, sk synKey) []gkey {
	l := []gkey{{synKey: sk}}
	derivs := func(k synKey) {
		for _, p := range d.synsets[k].pointers {
			if slices.Contains(derivSymbols, p.symbol) {
				l = append(l, gkey{synKey: p.target})
			}
		}
	}
	derivs(sk)
	s := d.synsets[sk]
	for _, p := range s.pointers {
		switch {
		case sk.pos == 'v' && p.symbol == "@":
			h := d.synsets[p.target]
			switch {
			case root(h):
			case !smallHypernym(h):
				l = append(l, gkey{p.target, true})
			default:
				l = append(l, gkey{synKey: p.target})
				for _, pp := range h.pointers {
					if g := d.synsets[pp.target]; pp.symbol == "@" && !root(g) && smallHypernym(g) {
						l = append(l, gkey{synKey: pp.target})
					}
				}
			}
		case sk.pos == 'v' && p.symbol == ">" && !root(d.synsets[p.target]):
			l = append(l, gkey{synKey: p.target})
			derivs(p.target)
		case sk.pos == 'v' && p.symbol == "*" && !root(d.synsets[p.target]):
			l = append(l, gkey{synKey: p.target})
		case sk.pos == 'a' && p.symbol == "&":
			l = append(l, gkey{synKey: p.target})
			if s.head && s.satellites <= maxSatellites {
				derivs(p.target)
			}
		}
	}
	return l
}

// newsWord reports whether every part of a lemma has a stem the news
// background knows (corpus/lexicon/background: seen in two FNC-1 fit
// bodies or more). An untagged noun must pass it to be kept: WordNet
// holds tens of thousands of untagged nouns of biology, chemistry and
// the like that news never uses, and they would double the table.
func newsWord(lemma string) bool {
	for _, p := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' }) {
		if !background.Known(english.Stem(p, true)) {
			return false
		}
	}
	return true
}

// keepSenses fills sense with the senses every lemma keeps: its most
// frequent ones by tag count (see the command doc).
// It returns every lemma's top tag count.
func keepSenses(d *db, sense map[string][]synKey) map[string]int {
	tops := map[string]int{}
	type cand struct {
		sk    synKey
		count int
		rank  int
	}
	cands := map[string][]cand{}
	for _, ls := range d.index {
		for i, sk := range ls.syns {
			c := d.counts[senseRef{ls.lemma, ls.pos, i + 1}]
			cands[ls.lemma] = append(cands[ls.lemma], cand{sk, c, i})
		}
	}
	for lemma, cs := range cands {
		slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.rank, b.rank)) })
		key := strings.ReplaceAll(lemma, "_", " ")
		tops[lemma] = cs[0].count
		for i, c := range cs {
			keep := c.count >= minCount && float64(c.count) >= keepRatio*float64(cs[0].count) && i < maxSenses
			if cs[0].count < minCount {
				// Counts of 0 and 1 are noise: the first senses listed stand
				// in for the frequent ones — two of a noun ("shooter" is a
				// marble first, a marksman second), one of a verb or an
				// adjective (a second sense of "tweet" is "pinch", and would
				// relate it to "arrest").
				keep = newsWord(lemma) && (c.rank < 1 || c.rank < 2 && c.sk.pos == 'n')
			}
			if keep && !properNoun(d.synsets[c.sk], lemma) {
				sense[key] = append(sense[key], c.sk)
			}
		}
	}
	return tops
}

// gkey is an entry of a group list: a synset, and whether it is only
// reached (a hypernym too big to bridge its hyponyms: the word relates to
// it, not through it).
type gkey struct {
	synKey
	reach bool
}

// normalize sorts a group list and drops repeats, a reached synset where
// the list also holds it.
func normalize(l []gkey) []gkey {
	slices.SortFunc(l, func(a, b gkey) int {
		return cmp.Or(cmpKey(a.synKey, b.synKey), cmpBool(a.reach, b.reach))
	})
	return slices.CompactFunc(l, func(a, b gkey) bool { return a.synKey == b.synKey })
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func hasKey(l []gkey, k synKey) bool {
	return slices.ContainsFunc(l, func(g gkey) bool { return g.synKey == k })
}

// root reports whether a verb synset tops its hierarchy ("have",
// "change", "move"): too general to relate anything.
func root(s *synset) bool {
	return !slices.ContainsFunc(s.pointers, func(p pointer) bool { return p.symbol == "@" })
}

// participleBases returns the lemmas a word is a regular participle of
// by WordNet's detachment rules (rejected → reject, dying → die is
// irregular): -ed and -ing only, since a plural that is a lemma of its own
// ("news", "arms", "means") is not its singular.
func participleBases(w string, lemmas map[string][]gkey) []string {
	var bases []string
	for _, r := range [...]struct{ suffix, ending string }{{"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}} {
		stem, ok := strings.CutSuffix(w, r.suffix)
		if b := stem + r.ending; ok && len(stem) >= 2 && b != w && lemmas[b] != nil && !slices.Contains(bases, b) {
			bases = append(bases, b)
		}
	}
	return bases
}

// smallHypernym reports whether a verb synset has few enough hyponyms
// (maxHyponyms) to link them: "inform" does, "change" does not.
func smallHypernym(s *synset) bool { return s.hyponyms <= maxHyponyms }

// stemKey is the stem-view key of a word or multiword lemma: its parts
// (split at spaces and hyphens) each stemmed by english.Stem(part, true),
// joined by single spaces — what the engine's tokens stem to.
func stemKey(w string) string {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' })
	for i, p := range parts {
		parts[i] = english.Stem(p, true)
	}
	return strings.Join(parts, " ")
}

// properNoun reports whether the synset spells lemma with a capital.
func properNoun(s *synset, lemma string) bool {
	if s == nil {
		return true
	}
	for _, w := range s.words {
		if strings.EqualFold(w, lemma) {
			return strings.IndexFunc(w, unicode.IsUpper) >= 0
		}
	}
	return false
}

func label(s *synset) string {
	return strings.ReplaceAll(strings.ToLower(s.words[0]), "_", " ") + "." + string(s.key.pos)
}

func cmpKey(a, b synKey) int {
	return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.offset, b.offset))
}

func sortedSynsets(d *db) []*synset {
	ss := slices.Collect(maps.Values(d.synsets))
	slices.SortFunc(ss, func(a, b *synset) int { return cmpKey(a.key, b.key) })
	return ss
}

// explain prints the kept senses of two words and the groups they share.
func (t *table) explain(a, b string) {
	for _, w := range []string{a, b} {
		fmt.Printf("%s:\n", w)
		for _, sk := range t.sense[w] {
			s := t.db.synsets[sk]
			var ls []string
			for _, k := range t.lists[sk] {
				ls = append(ls, label(t.db.synsets[k.synKey])+map[bool]string{true: "↑"}[k.reach])
			}
			fmt.Printf("  %s %v\n    → %s\n", label(s), s.words, strings.Join(ls, ", "))
		}
		fmt.Printf("  ids %v  stem %q %v\n", t.words[w], stemKey(w), t.stems[stemKey(w)])
	}
	var shared []string
	for _, i := range t.words[a] {
		for _, j := range t.words[b] {
			if i>>1 == j>>1 && i&j&1 == 0 {
				shared = append(shared, t.labels[i>>1])
			}
		}
	}
	fmt.Printf("shared: %v\n", shared)
}

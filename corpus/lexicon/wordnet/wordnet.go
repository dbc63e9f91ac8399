// Package wordnet is a table of synonyms and close relations derived from
// WordNet 3.0, for matching paraphrases: "deny" and "reject", "warn" and
// "tip off", "killed" and "dead".
//
// Every word maps to a short sorted list of groups. Two words are related
// when their lists meet (Meet): they share a group that at least one of
// them holds outright, not only reaches. Look words up in either of two
// views:
//
//   - Groups(word): a lower-cased word as written ("killed", "tip off").
//     It finds WordNet lemmas, irregular forms (died, gave, mice) and,
//     failing those, regular inflections by WordNet's suffix rules
//     ("warned" → "warn", "cities" → "city").
//   - StemGroups(stem): the engine's key. A stem is what
//     english.Stem(word, true) of github.com/kljensen/snowball/english
//     returns for a lower-cased word; a multiword lemma's key is its parts,
//     split at spaces and hyphens, each so stemmed (stop words too: "give
//     up", "pass away") and joined by one space ("tipped off" → "tip off",
//     "well-known" → "well known"). A stem's
//     groups are the union of the groups of every lemma and irregular form
//     with that stem ("die": die, dies, died, dying).
//
// The table is compiled into the program, ready to use (nothing is read
// or decoded at start), and is safe for concurrent use. Lookups
// do not allocate; the slices they return belong to the table and must
// not be modified.
package wordnet

// Design: what relates, where it comes from, and what it gets wrong.
//
// Source: the WordNet 3.0 database of Debian's wordnet-base package
// (/usr/share/wordnet: index.*, data.*, *.exc, cntlist.rev), turned into
// wordnet.bin by tools/wordnet (its doc says every rule and knob; the
// licence is in LICENSE-WordNet beside the data). Regenerate with
// `go generate ./corpus/lexicon/wordnet`.
//
// Which senses count: a lemma keeps its senses with a tag count in
// WordNet's semantic concordance at least a fifth of its commonest sense's
// (at most four); a lemma too rare to be counted keeps the first two
// senses listed of a noun, the first of a verb or adjective, and only if
// news uses its words (every part's stem is in corpus/lexicon/background).
// So "go" does not join "die" (its 20th sense), and "deny" keeps
// "contradict", "disown", "withhold" and "refuse".
//
// What a group is: a synset. A sense holds its own synset, its derivations
// (kill: killing, killer), its pertainyms (presidential: president); a
// verb sense also its hypernym and the hypernym's hypernym when these are
// small (at most 8 hyponyms: deny → disown → reject), what it causes and
// entails (kill → die, and die's derivations: death); an adjective its
// similar-to neighbours (satellites and head) and a head its satellites'
// derivations (dead → deceased → "dead person"). A hypernym too big to
// bridge (inform, communicate) is only reached: warn relates to inform,
// but warn and tell do not relate through it. Top verbs (have, change,
// move) link nothing. Antonyms never share a group. Groups held by a
// single entry are dropped. A stem pools the lemmas and irregular forms
// that stem to it, leaving out those rare beside the commonest (the noun
// "going", a euphemism for death, stays out of "go").
//
// Known wrongs:
//   - Sense counts are from 1990s literary text (SemCor): senses news
//     uses now but SemCor rarely saw are lost. "share" (information) is
//     such a sense, so share relates to neither "provide" nor "give";
//     provide and give do relate.
//   - Relations two steps apart are the limit: kill ≈ dead and deny ≈
//     dismiss hold; share → distribute → give ← provide is one too many.
//   - Polysemy leaks: a kept sense links its whole synset and its small
//     hypernym's family, so "deny" (refuse to grant) relates to "keep",
//     "store" and "record", "meet" to "find" and "fine", "state" (the
//     verb) to "said"; a stem pools its parts of speech. Common verbs
//     relate widely ("give" to some sixty of the 6,000 commonest news words). The engine
//     should weigh a related pair below an identical one, by IDF, and
//     want more than one before it calls two passages the same.
//   - Antonyms are WordNet's direct ones only: deny / admit are kept apart
//     and said to oppose (Opposites, antonyms.go), as are win / lose; deny
//     / confirm neither relate nor oppose.
//   - Proper nouns are left out (names are another stage's business).

//go:generate go run ../../../tools/wordnet -out wordnet.bin
//go:generate go test -run ^TestTableGenerated$ . -args -update

// Group is one group a word belongs to: an id (a WordNet synset,
// renumbered) and whether the word only reaches it (a general hypernym
// the word relates to, but not through). Values sort by id.
type Group uint32

// ID returns the group's id, 0 … Len()-1.
func (g Group) ID() uint32 { return uint32(g >> 1) }

// Reached reports whether the word only reaches the group.
func (g Group) Reached() bool { return g&1 == 1 }

// load returns the table: table_gen.go holds it parsed, as literals the
// linker lays out in the binary's data, so nothing is decoded at run time
// (see generate_test.go).
func load() *table { return generated }

// Groups returns the groups of a lower-cased word or multiword lemma
// (parts joined by one space): the lemma's own, an irregular form's
// bases', or else those of the first base the regular suffix rules find.
// It returns nil for a word the table does not hold.
func Groups(word string) []Group {
	t := load()
	if g := t.find(&t.words, word); g != nil {
		return g
	}
	return t.morph(word)
}

// StemGroups returns the groups of a stem key (see the package doc), or
// nil.
func StemGroups(stem string) []Group {
	t := load()
	return t.find(&t.stems, stem)
}

// Meet reports whether two group lists share an id that at least one of
// them holds outright (not only reached).
func Meet(a, b []Group) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i]>>1, b[j]>>1
		switch {
		case x < y:
			i++
		case x > y:
			j++
		default:
			if a[i]&b[j]&1 == 0 {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// Related reports whether two lower-cased words are the same or related.
func Related(a, b string) bool { return a == b || Meet(Groups(a), Groups(b)) }

// StemsRelated reports whether two stem keys are the same or related.
func StemsRelated(a, b string) bool { return a == b || Meet(StemGroups(a), StemGroups(b)) }

// Len returns the number of distinct group ids.
func Len() int { return load().groups }

// Size returns how many words and stems the table holds.
func Size() (words, stems int) {
	t := load()
	return len(t.words.koff) - 1, len(t.stems.koff) - 1
}

// Words calls yield with every word the table holds, single words and
// multiword lemmas, in sorted order, until yield returns false.
func Words(yield func(string) bool) {
	t := load()
	v := &t.words
	for i := range len(v.koff) - 1 {
		if !yield(v.keys[v.koff[i]:v.koff[i+1]]) {
			return
		}
	}
}

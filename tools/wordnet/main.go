// Command wordnet builds the paraphrase table embedded in
// corpus/lexicon/wordnet from the WordNet 3.0 database.
//
// Usage (from the repository root, after `apt-get install wordnet-base`):
//
//	go run ./tools/wordnet [-dict /usr/share/wordnet] [-out corpus/lexicon/wordnet/wordnet.bin]
//	go run ./tools/wordnet -explain deny,reject   # why two words relate (or not)
//	go run ./tools/wordnet -antonyms corpus/lexicon/wordnet/antonyms.txt  # the antonym table (antonyms.go)
//
// `go generate ./corpus/lexicon/wordnet` runs it with the defaults. The
// output depends only on the database files and the embedded news
// background (corpus/lexicon/background): running it twice writes the same
// bytes.
//
// What it keeps, and why (the package doc of corpus/lexicon/wordnet says
// how the table is read):
//
//   - Senses: a lemma keeps a sense when that sense's tag count in the
//     semantic concordance (cntlist.rev) is at least keepRatio of the
//     lemma's most frequent sense (across parts of speech) and at least
//     minCount, at most maxSenses; a lemma whose senses are all below
//     minCount keeps the first two senses listed of each noun and the first
//     of each verb, adjective and adverb, and only if news uses it: every
//     part of it has a stem corpus/lexicon/background knows. (WordNet
//     holds tens of thousands of uncounted nouns of biology and chemistry;
//     they would double the table and relate nothing a reader needs.)
//     "go" therefore does not join "die" (go's 20th sense), while "deny"
//     keeps its four common senses.
//   - Proper nouns (a capital letter in the synset) are left out: names
//     are another stage's business.
//   - Each kept synset S gets a group list L(S): S itself; its
//     derivations (kill: killing, killer) and pertainyms (presidential:
//     president); for a verb, its hypernym and the hypernym's hypernym when
//     both have at most maxHyponyms hyponyms (deny → disown → reject; rede
//     "advise" holds warn and tip off), a bigger hypernym only as reached
//     (warn reaches inform, but warn and tell do not meet there), no top
//     verb at all (have, change, move), and what it causes and entails
//     (kill → die, with die's derivations: death, dead person); for an
//     adjective, its similar-to neighbours (a satellite's head, a head's
//     satellites) and, for a head with at most maxSatellites satellites,
//     the satellites' derivations (dead → deceased → dead person).
//   - A word's groups are the union of L(S) over its kept senses. Two words
//     relate when their groups meet on an id that one of them holds
//     outright: synonyms, one relation apart, or two apart through a
//     shared neighbour (deny, dismiss → reject; kill → die ← dead person ←
//     dead).
//   - Antonyms never meet: for every antonym pair of kept synsets, the ids
//     their lists share are taken out of both lists.
//   - Irregular forms (died, gave, mice) become entries holding their
//     bases' groups, and a lemma that is also a participle of another
//     ("rejected", "going") takes its base's groups too; either reads as
//     the inflection only when its own senses are rare beside the base's
//     ("said" the adjective).
//   - A stem pools the entries that stem to it, but not those rare beside
//     the commonest (the noun "going", a euphemism for death, stays out of
//     "go").
//   - Ids held by a single entry say nothing and are dropped; so are
//     entries left with no id.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

// Pruning knobs. They were set by reading the pairs in the package tests
// and the neighbours of common news words: raising keepRatio or lowering
// maxHyponyms below 6 loses "deny ≈ reject" and "warn ≈ tip off"; the
// reverse lets obscure senses and general hypernyms through ("deny" ≈
// "store" through "keep" at 15).
const (
	keepRatio     = 0.2 // a sense's tag count relative to the lemma's top sense
	minCount      = 2   // a tagged sense below this count is noise
	maxSenses     = 4   // senses a lemma keeps at most, across parts of speech
	maxHyponyms   = 8   // a verb hypernym with more hyponyms than this links only to them, not them to each other
	maxSatellites = 25  // an adjective head with more satellites than this does not take their derivations
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet 3.0 database directory (Debian wordnet-base)")
	out := flag.String("out", "corpus/lexicon/wordnet/wordnet.bin", "output file")
	explain := flag.String("explain", "", "print how two comma-separated words relate and exit")
	ants := flag.String("antonyms", "", "write the antonym table (antonyms.go) to this file instead of the paraphrase table")
	flag.Parse()
	log.SetFlags(0)
	d, err := readDB(*dict)
	if err != nil {
		log.Fatalf("wordnet: %v (install the Debian package wordnet-base)", err)
	}
	if *ants != "" {
		if err := os.WriteFile(*ants, []byte(strings.Join(antonymLines(d), "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "wordnet: antonyms → %s\n", *ants)
		return
	}
	t := build(d)
	if *explain != "" {
		a, b, _ := strings.Cut(*explain, ",")
		t.explain(a, b)
		return
	}
	b := t.encode()
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wordnet: %d words, %d stems, %d groups, %d bytes → %s\n",
		len(t.words), len(t.stems), len(t.labels), len(b), *out)
}

// Command spelling derives the British → American spelling table the
// lexicon folds words through before stemming (corpus/lexicon/spelling.txt)
// from Debian's SCOWL word lists.
//
// Usage (from the repository root, after `apt-get install wbritish-large wamerican-large`):
//
//	go run ./tools/spelling [-dict /usr/share/dict] [-out corpus/lexicon/spelling.txt]
//	go run ./tools/spelling -why honour   # the candidates of a word and why each is kept or not
//
// `go generate ./corpus/lexicon` runs it with the defaults. The output
// depends only on the two lists: running it twice writes the same bytes.
//
// The lists are SCOWL's at size 70 (Debian's -large packages): the
// default size (50) lacks words of news such as "radicalised",
// "paedophile" and "breathalyser", and the size-70 lists give twice the
// pairs for no false merge a reader would meet.
//
// What it keeps, and why. A reader sees one word in "defence" and
// "defense"; the Snowball stemmer sees two stems ("defenc", "defens"). The
// table names no word by hand: it tries a fixed set of regular spelling
// changes (rules below: -our → -or, -ise → -ize, -yse → -yze, -tre → -ter,
// -ogue → -og, -fence → -fense, -lled → -led, ae / oe → e, -mme → -m, …),
// once or twice, on every lower-case word of the British list, and keeps
// a pair (b, a) when
//
//   - b is in the British list and a is in the American list, both written
//     in lower case (a name is another stage's business), both four
//     letters or more ("haem" is not "hem"), a not a stop word, and
//   - the two lists disagree on the pair: b is not in the American list
//     (in any case), or a is not in the British list. A pair both lists
//     hold on both sides is two words both countries write ("four" and
//     "for", "tour" and "tor", "filled" and "filed"), and
//   - a word and the forms that stem with it are one word: when one pair
//     is kept, so are the pairs of the same two Snowball stems ("program's"
//     is American only, so "programme" and "programmes" join "program",
//     though both lists hold both). Possessives serve as evidence only;
//     tokens carry no "'s".
//
// The second condition is weaker than "b British only and a American
// only": the American list holds many British forms as variants
// ("catalogue", "travelled", "theatre") and the British list many
// American ones ("program", "meter"), and each of those pairs is one
// word to a reader.
//
// What it gets wrong: a British word that is two words in American
// English joins both ("metre" is "meter", which is also a gauge; "prise",
// to lever open, is "prize"); a rare British word can meet an unrelated
// American one ("loess" → "less", "paedology" → "pedology"); a word
// neither list holds is not folded; a pair both lists hold in every form
// is left out ("judgement", "foetus", "tonne").
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-reader/parallax/corpus/lexicon"
)

func main() {
	dict := flag.String("dict", "/usr/share/dict", "directory of SCOWL's word lists")
	size := flag.String("size", "-large", `the lists' size: "" (Debian wbritish, wamerican), "-large" (wbritish-large, wamerican-large)`)
	out := flag.String("out", "corpus/lexicon/spelling.txt", "output file")
	why := flag.String("why", "", "print the candidates of this British word and exit")
	flag.Parse()
	log.SetFlags(0)
	l, err := readLists(*dict, *size)
	if err != nil {
		log.Fatalf("spelling: %v (install the Debian packages wbritish and wamerican)", err)
	}
	if *why != "" {
		l.explain(*why)
		return
	}
	pairs := derive(l)
	if err := os.WriteFile(*out, render(pairs), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "spelling: %d pairs → %s\n", len(pairs), *out)
}

// lists holds the two word lists: lower holds the lower-case entries (the
// words a folded token can be), all every entry lower-cased.
type lists struct {
	brLower, amLower map[string]bool
	brAll, amAll     map[string]bool
}

func readLists(dir, size string) (*lists, error) {
	l := &lists{}
	var err error
	if l.brLower, l.brAll, err = readList(filepath.Join(dir, "british-english"+size)); err != nil {
		return nil, err
	}
	if l.amLower, l.amAll, err = readList(filepath.Join(dir, "american-english"+size)); err != nil {
		return nil, err
	}
	return l, nil
}

// readList reads one word a line (SCOWL's lists are UTF-8).
func readList(path string) (lower, all map[string]bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	lower, all = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		all[lw] = true
		if lw == w {
			lower[w] = true
		}
	}
	return lower, all, sc.Err()
}

// pair is a British word and its American spelling.
type pair struct{ br, am string }

// derive returns the kept pairs, possessives left out, sorted by the
// British word. A British word that changes map to several American words
// takes one the British list lacks ("anaesthetise" is "anesthetize", not
// the "anaesthetize" both lists hold), the first in order among equals, so
// the output does not depend on the order of a map.
func derive(l *lists) []pair {
	type stems struct{ br, am string }
	var cands []pair
	kept := map[stems]bool{}
	for b := range l.brLower {
		if !plain(b) {
			continue
		}
		for _, a := range variants(b) {
			if !l.amLower[a] || !plain(a) || lexicon.StopWords.Has(strings.TrimSuffix(a, "'s")) {
				continue
			}
			cands = append(cands, pair{b, a})
			if !l.amAll[b] || !l.brAll[a] {
				kept[stems{stem(b), stem(a)}] = true
			}
		}
	}
	byBr := map[string]string{}
	for _, p := range cands {
		if strings.HasSuffix(p.br, "'s") || !kept[stems{stem(p.br), stem(p.am)}] {
			continue
		}
		a, ok := byBr[p.br]
		if better := l.brAll[a] && !l.brAll[p.am]; !ok || better || l.brAll[a] == l.brAll[p.am] && p.am < a {
			byBr[p.br] = p.am
		}
	}
	out := make([]pair, 0, len(byBr))
	for b, a := range byBr {
		out = append(out, pair{b, a})
	}
	slices.SortFunc(out, func(x, y pair) int { return strings.Compare(x.br, y.br) })
	return out
}

// plain reports whether w is four letters or more, with at most a final
// "'s": shorter words are where one changed letter meets another word
// ("haem", "tael", "gre" are not "hem", "tel", "ger").
func plain(w string) bool {
	w = strings.TrimSuffix(w, "'s")
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return len(w) >= 4
}

func stem(w string) string { return english.Stem(strings.TrimSuffix(w, "'s"), false) }

func render(ps []pair) []byte {
	var b strings.Builder
	b.WriteString("# British spellings and their American forms, derived from SCOWL's word lists (Debian\n")
	b.WriteString("# wbritish and wamerican; see LICENSE-SCOWL) by go run ./tools/spelling; do not edit.\n")
	for _, p := range ps {
		b.WriteString(p.br + " " + p.am + "\n")
	}
	return []byte(b.String())
}

// explain prints each candidate of the British word b and the lists that
// hold it.
func (l *lists) explain(b string) {
	in := func(w string) string {
		return fmt.Sprintf("british %v (any case %v), american %v (any case %v)", l.brLower[w], l.brAll[w], l.amLower[w], l.amAll[w])
	}
	fmt.Printf("%s: %s, stem %s\n", b, in(b), stem(b))
	for _, a := range variants(b) {
		fmt.Printf("  %s: %s, stem %s\n", a, in(a), stem(a))
	}
	for _, p := range derive(l) {
		if p.br == b {
			fmt.Printf("kept: %s → %s\n", p.br, p.am)
		}
	}
}

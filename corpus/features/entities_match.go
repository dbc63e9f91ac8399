package features

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// This file holds the ways a reader sees two spellings as one name, beyond
// the alias table and the acronyms and surnames of entities.go:
//   - loose spellings: accents dropped and hyphens read as spaces, so
//     "González" = "Gonzalez" and "Tochka-U" = "Tochka U" (looseKey), and
//     British words spelt the American way, so "World Health Organisation"
//     = "World Health Organization" (lexicon.AmericanizeWords);
//   - a short first name for the one full name that continues it with the
//     same surname ("Sam Adams" = "Samuel Adams", "Chris Bale" = "Christian
//     Bale"), or a familiar form of it (words/firstNameForms.txt: "Bill
//     Hale" = "William Hale", "Mike Dunn" = "Michael Dunn"), a shorter name for the one longer name that ends in it
//     ("Abdi Godane" = "Ahmed Abdi Godane"), a name without its middle name
//     ("James Foley" = "James Wright Foley"), and a name hyphened to a short
//     syllable read whole ("Kim Jong-un" = "Kim Jong Un");
//   - a group and its parent: a branch is its own entity, but compatible
//     with the group it belongs to (EntityIndex.PartOf, Compatible). The
//     relation comes from the "part_of" field of aliases.json, or from the
//     name itself: a name that starts with a known group's name and adds
//     words or a hyphened suffix ("<group>-K", "<group> West Africa
//     Province") is a part of that group.
//
// What it gets wrong: a first name that is a prefix of another person's
// ("Dan Smith", "Daniela Smith") joins them when only those two share the
// surname; a group name followed by an unrelated capitalised word in a
// Title Case line would read as a branch (Title Case lines are split first,
// see entities_title.go).

// looseKey folds a name key further, for matching spellings: accents and
// other combining marks dropped, hyphens read as spaces.
func looseKey(k string) string {
	ascii := true
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf || k[i] == '-' {
			ascii = false
			break
		}
	}
	if ascii {
		return k
	}
	var b strings.Builder
	b.Grow(len(k))
	space := false
	for _, r := range norm.NFD.String(k) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '-' || r == ' ':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// lookUpVariant finds a name in the alias table by its key or its loose key.
func (t *aliasTable) lookUpVariant(raw string) (aliasEntry, bool) {
	if e, ok := t.byVariant[raw]; ok {
		return e, true
	}
	e, ok := t.byVariant[looseKey(raw)]
	return e, ok
}

// looseSpellings joins the names of a comparison that read the same once
// accents, hyphens and British spellings are set aside.
func (rv *resolver) looseSpellings(raws []string) {
	first := map[string]string{}
	for _, r := range raws {
		lk := lexicon.AmericanizeWords(looseKey(r))
		if f, ok := first[lk]; ok {
			rv.uf.union(r, f)
		} else {
			first[lk] = r
		}
	}
}

// shortFirstNames joins a person's name to the one longer name of the
// comparison that either continues its first name with the same rest
// ("sam adams" → "samuel adams") or adds words before it ("abdi godane" →
// "ahmed abdi godane").
func (rv *resolver) shortFirstNames(raws []string) {
	type person struct {
		raw   string
		words []string
	}
	var people []person
	byTail := map[string][]int{} // all words but the first → people
	byEnds := map[string][]int{} // first and last words of a three-word name → people
	for _, r := range raws {
		words := strings.Fields(r)
		// "Canadian-Israeli Gill Rosenberg" is Gill Rosenberg.
		if pw := rv.personWords(words); len(pw) < len(words) {
			if name := strings.Join(pw, " "); rv.count[name] > 0 {
				rv.uf.union(r, name)
				continue
			}
			words = pw
		}
		if len(words) < 2 || len(words) > 4 || !personLike(words) || strings.Contains(r, "-") && !particleHyphens(words) {
			continue
		}
		byTail[strings.Join(words[1:], " ")] = append(byTail[strings.Join(words[1:], " ")], len(people))
		if len(words) == 3 {
			byEnds[words[0]+" "+words[2]] = append(byEnds[words[0]+" "+words[2]], len(people))
		}
		people = append(people, person{r, words})
	}
	for _, p := range people {
		var match []string
		// A first name continued: "sam" → "samuel".
		for _, o := range byTail[strings.Join(p.words[1:], " ")] {
			f, g := p.words[0], people[o].words[0]
			if len(f) >= 3 && len(g) > len(f) && strings.HasPrefix(g, f) || f != g && fullFirstName(f) == fullFirstName(g) {
				match = append(match, people[o].raw)
			}
		}
		// Words added before the name: "abdi godane" → "ahmed abdi godane".
		for _, o := range byTail[p.raw] {
			match = append(match, people[o].raw)
		}
		// A middle name added: "james foley" → "james wright foley".
		if len(p.words) == 2 {
			for _, o := range byEnds[p.raw] {
				match = append(match, people[o].raw)
			}
		}
		if len(match) == 1 {
			rv.uf.union(p.raw, match[0])
		}
	}
}

// fullFirstName returns the full form of a familiar first name ("bill" →
// "william"), or the name itself.
func fullFirstName(w string) string {
	if full, ok := firstNameForms[w]; ok {
		return full
	}
	return w
}

// nameSyllable reports whether a lower-case word hyphened to a name is a
// syllable of it ("Jong-un"), not a modifier ("US-led", "Kabul-based"): a
// word of three letters or fewer that is neither a stop word nor English.
func nameSyllable(t *lexicon.Token) bool {
	return !t.Is(lexicon.TNum) && utf8.RuneCountInString(t.Norm()) <= 3 && !t.Is(lexicon.TStop) && len(wordnet.Groups(t.Norm())) == 0
}

// particleHyphens reports whether every hyphen of a name's words follows a
// name particle ("al-baghdadi"), so that the name may still be a person's.
func particleHyphens(words []string) bool {
	for _, w := range words {
		if i := strings.IndexByte(w, '-'); i >= 0 && (!nameParticles.Has(w[:i]) || strings.Contains(w[i+1:], "-")) {
			return false
		}
	}
	return true
}

// branches records, for every group of the comparison that is part of
// another, its parent: from the table's "part_of", or from a name that
// starts with a known group's name ("isis-k", "islamic state khorasan").
func (rv *resolver) branches() {
	for k, p := range rv.tbl.partOf {
		rv.ix.parent[k] = p
	}
	for key := range rv.ix.names {
		if _, ok := rv.ix.parent[key]; ok || rv.ix.place[key] || rv.ix.media[key] {
			continue
		}
		if e, ok := rv.tbl.byVariant[key]; ok && e.key == key {
			continue // a table entry: only "part_of" makes it a branch
		}
		words := strings.Fields(looseKey(key))
		for n := len(words) - 1; n >= 1; n-- {
			e, ok := rv.tbl.byVariant[strings.Join(words[:n], " ")]
			if !ok || e.place || e.media || e.key == key || nameConnector.Has(words[n]) {
				continue
			}
			if e.caps && !lexicon.IsAllCaps(rv.firstWord(key)) {
				continue // "Is" is not IS
			}
			rv.ix.parent[key] = e.key
			rv.ix.names[e.key] = e.name
			break
		}
	}
}

// firstWord returns the first word of a name as the text spells it.
func (rv *resolver) firstWord(key string) string {
	s := rv.ix.names[key]
	if i := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '-' }); i > 0 {
		return s[:i]
	}
	return s
}

// PartOf reports whether entity a is b or a part of b: a branch of a group
// ("isis-k" of "isis"), at any depth.
func (ix *EntityIndex) PartOf(a, b string) bool {
	for range 8 { // parents form short chains; a bound keeps a bad table from looping
		if a == b {
			return true
		}
		p, ok := ix.parent[a]
		if !ok {
			return false
		}
		a = p
	}
	return false
}

// Compatible reports whether two entities may both be the one meant: the
// same entity, or one a part of the other (a branch and its parent group).
// Two branches of one group are not compatible.
func (ix *EntityIndex) Compatible(a, b string) bool {
	return ix.PartOf(a, b) || ix.PartOf(b, a)
}

// Parent returns the group an entity is a part of, or "".
func (ix *EntityIndex) Parent(key string) string { return ix.parent[key] }

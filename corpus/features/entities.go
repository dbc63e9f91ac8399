package features

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// This file finds the names in a passage — capitalised word sequences and
// acronyms — and maps every spelling of one name to one entity. It works in
// two passes. Pass one (findMentions, per passage, in parallel) cuts the
// capitalised runs and notes the aliases a text declares ("Tehrik-i-Taliban
// Pakistan (TTP)", "Lashkar-e-Taiba, or LeT"). Pass two (resolveEntities, once
// for the whole comparison) drops sentence-initial common words ("Earlier",
// "Asked"), applies the built-in table of aliases.json (spelling variants,
// demonyms, and metonyms such as a capital for its government), and merges
// what the texts themselves equate: declared aliases, acronyms against the
// initials of a long form ("NYT" = "New York Times"), a surname against
// the one person whose full names end in it ("Holt" = "Lena Holt", also
// where "Chris Holt" and "Christopher Holt" are already one, and past a
// leading demonym, "Canadian Lena Holt"; not "Oman" against
// "Gulf of Oman": a name with a connector or a word such as "Island" or
// "Service" is no person's), and a body against the one "<body> of
// <country>" ("Border Service" = "Border Service of Kyrgyzstan"). A body
// of a country takes that country as its side ("the Border Service of
// Kyrgyzstan", "the State Committee … (GKNB) of Tajikistan"), as a name
// led by a demonym does.
//
// Pass two first splits the runs of Title Case lines into the names in
// them (entities_title.go), and drops a lone common English word that
// opens a sentence ("Report claims …"). Beyond the table and the texts'
// own declarations it joins what a reader joins (entities_match.go):
// spellings that differ only in accents or hyphens, a short or middle-less
// first name, a shorter name for the one longer name that ends in it; and
// it records which groups are branches of others (EntityIndex.PartOf,
// Compatible), so that a branch and its parent are not rival actors.

//go:embed aliases.json
var aliasesJSON []byte

// mFlag describes one mention.
type mFlag uint16

const (
	mAcronym  mFlag = 1 << iota // written in capitals: US, AQAP
	MDemonym                    // an adjective or people for a country: Kenyan, Greeks
	MSeat                       // a capital or seat for its country: Ankara, Downing Street
	MModifier                   // hyphened to a lower-case word ("Afghanistan-based", "pro-Russian"): not an actor
	MPoss                       // possessive: "London's"
	MGeneric                    // a kind of actor, not a name: "Islamists"
	mOpen                       // starts a sentence, so the first word may be a common word
	mDropped                    // not a name after all (pass two)
	MMedia                      // a news outlet: its "reports" attribute, they do not take sides
	mTitle                      // a run of a Title Case line, to be split in pass two
)

// Mention is one occurrence of a name in a passage.
type Mention struct {
	Tok0, Tok1 int    // tokens [tok0, tok1)
	Start, End int32  // byte span of the name in the text
	raw        string // folded surface, the alias key: "london", "al-shabab"
	Key        string // canonical entity key after pass two
	Side       string // the country it stands for, if any ("us" for "US embassy")
	flags      mFlag
}

func (m *Mention) Is(f mFlag) bool { return m.flags&f != 0 }

// aliasEntry is one entry of the built-in table.
type aliasEntry struct {
	key   string // canonical key: the folded name
	name  string // display name
	flag  mFlag  // mDemonym or mSeat when the variant is one
	caps  bool   // matches only when written in capitals (US, IS, UN)
	place bool   // a country or union: it becomes the side of its mentions
	media bool
}

// aliasTable is the built-in table: every variant, folded by aliasKey and
// by looseKey, maps to its entry; partOf maps the key of a group to the key
// of the group it belongs to ("aqap" → "al-qaeda").

type aliasTable struct {
	byVariant  map[string]aliasEntry
	partOf     map[string]string
	Generic    map[string]bool // folded words for kinds of actors
	mediaWords map[string]bool
}

var (
	aliasOnce sync.Once
	aliases   *aliasTable
)

// BuiltinAliases returns the table of aliases.json, as generated into
// tables_gen.go (see builtinTopics).
func BuiltinAliases() *aliasTable {
	aliasOnce.Do(func() { aliases = generatedAliases() })
	return aliases
}

// aliasGroup is one entry of aliases.json.
type aliasGroup struct {
	Name     string   `json:"name"`
	Variants []string `json:"variants"`
	Demonyms []string `json:"demonyms"`
	Seats    []string `json:"seats"`
	Media    bool     `json:"media"`
	PartOf   string   `json:"part_of"` // the name of the group it is a branch of
}

// parseAliases parses aliases.json: what the generator writes out, and what
// the test compares the generated table with.
func parseAliases(data []byte) (*aliasTable, error) {
	var raw struct {
		Places, Groups []aliasGroup
		MediaWords     []string `json:"media_words"`
		Generic        []string `json:"generic"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("aliases.json: %w", err)
	}
	t := &aliasTable{byVariant: map[string]aliasEntry{}, partOf: map[string]string{}, Generic: map[string]bool{}, mediaWords: map[string]bool{}}
	var loose []string
	add := func(variant string, e aliasEntry, f mFlag) {
		e.flag = f
		letters := strings.ReplaceAll(variant, ".", "")
		e.caps = len(letters) <= 3 && lexicon.IsAllCaps(letters)
		t.byVariant[aliasKey(variant)] = e
		loose = append(loose, variant)
	}
	for gi, list := range [][]aliasGroup{raw.Places, raw.Groups} {
		for _, g := range list {
			e := aliasEntry{key: aliasKey(g.Name), name: g.Name, place: gi == 0, media: g.Media}
			add(g.Name, e, 0)
			for _, v := range g.Variants {
				add(v, e, 0)
			}
			for _, v := range g.Demonyms {
				add(v, e, MDemonym)
			}
			for _, v := range g.Seats {
				add(v, e, MSeat)
			}
			if g.PartOf != "" {
				t.partOf[e.key] = aliasKey(g.PartOf)
			}
		}
	}
	// Every variant also under its loose key ("Gonzalez" for "González",
	// "Tochka U" for "Tochka-U"), unless that key is some variant's own.
	for _, v := range loose {
		lk := looseKey(aliasKey(v))
		if _, ok := t.byVariant[lk]; !ok {
			t.byVariant[lk] = t.byVariant[aliasKey(v)]
		}
	}
	for k, p := range t.partOf {
		if _, ok := t.byVariant[p]; !ok {
			return nil, fmt.Errorf("aliases.json: %q is part of %q, which is no entry", k, p)
		}
	}
	for _, w := range raw.Generic {
		t.Generic[lexicon.Fold(w)] = true
	}
	for _, w := range raw.MediaWords {
		t.mediaWords[lexicon.Fold(w)] = true
	}
	return t, nil
}

// aliasKey folds a name for the alias table: lower case, no dots, no
// leading "the", single spaces.
func aliasKey(s string) string {
	if plainName(s) {
		return strings.TrimPrefix(lexicon.Fold(s), "the ") // the rest would change nothing
	}
	s = strings.ReplaceAll(lexicon.Fold(s), ".", "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// plainName reports whether s is ASCII without dots or spaces other than
// single ones between words: most names, which aliasKey need only fold.
func plainName(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '.', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i-1] == ' ':
			return false
		}
	}
	return true
}

// FindMentions is pass one: the capitalised runs of one passage and the
// aliases it declares, as pairs of indexes into the mentions.
func FindMentions(text string, toks []lexicon.Token) (ms []Mention, pairs [][2]int) {
	if shouting(toks) {
		return nil, nil // an all-capitals passage: capitals say nothing
	}
	tbl := BuiltinAliases()
	title := titleSentences(toks)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.Is(lexicon.TWord) || !t.Is(lexicon.TCap) {
			continue
		}
		var flags mFlag
		if title[t.Sent] {
			flags |= mTitle
		}
		first := i
		if t.Is(lexicon.TJoined) && i > 0 && toks[i-1].Is(lexicon.TWord) && !toks[i-1].Is(lexicon.TCap) {
			if nameParticles.Has(toks[i-1].Norm()) {
				first = i - 1 // al-Qaeda
			} else {
				flags |= MModifier // pro-Russian
			}
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].Is(lexicon.TPoss) && toks[j].Sent == t.Sent {
			n := &toks[j]
			if n.Is(lexicon.TWord) && n.Is(lexicon.TCap) {
				j++
				continue
			}
			if n.Is(lexicon.TWord) && n.Is(lexicon.TJoined) && !n.Is(lexicon.TCap) {
				if nameSyllable(n) {
					j++ // "Kim Jong-un"
					continue
				}
				if !n.Is(lexicon.TNum) {
					flags |= MModifier // Afghanistan-based
				}
				break
			}
			// "Bank of England", "Democratic Republic of the Congo"
			if nameConnector.Has(n.Norm()) && !n.Is(lexicon.TJoined) && j+1 < len(toks) {
				k := j + 1
				if toks[k].Norm() == "the" && k+1 < len(toks) {
					k++
				}
				if toks[k].Is(lexicon.TWord) && toks[k].Is(lexicon.TCap) && toks[k].Sent == t.Sent {
					j = k + 1
					continue
				}
			}
			break
		}
		m, ok := makeMention(text, toks, first, j, flags, tbl)
		i = j - 1
		if ok {
			ms = append(ms, m)
		}
	}
	// Declared aliases: "Long Form (LF)" and "Long Form, or LF".
	for a := 0; a+1 < len(ms); a++ {
		x, y := &ms[a], &ms[a+1]
		gap := toks[x.Tok1:y.Tok0]
		declared := len(gap) == 1 && gap[0].Norm() == "(" && y.Tok1 < len(toks) && toks[y.Tok1].Norm() == ")" ||
			len(gap) == 2 && gap[0].Norm() == "," && gap[1].Norm() == "or"
		if declared && shortForm(y, toks) && (lexicon.FirstRune(x.raw) == lexicon.FirstRune(y.raw) || initialsAfterFirst(x.raw, y)) && x.raw != y.raw {
			pairs = append(pairs, [2]int{a, a + 1})
		}
	}
	return ms, pairs
}

// initialsAfterFirst reports whether an acronym spells the initials of a
// long form after its first word, a place or other qualifier ("US Federal
// Bureau of Investigation (FBI)", "Kenyan National Intelligence Service
// (NIS)"): its letters, in order, open the words of the rest but the
// connectors.
func initialsAfterFirst(long string, acr *Mention) bool {
	if !acr.Is(mAcronym) {
		return false
	}
	words := strings.Fields(long)
	if len(words) < 3 {
		return false
	}
	letters := []rune(acr.raw)
	k := 0
	for wi, w := range words[1:] {
		if k < len(letters) && lexicon.FirstRune(w) == letters[k] {
			k++
		} else if wi == 0 || !nameConnector.Has(w) && w != "and" {
			return false
		}
	}
	return k == len(letters)
}

// makeMention trims a capitalised run [i, j) to the name in it.
func makeMention(text string, toks []lexicon.Token, i, j int, flags mFlag, tbl *aliasTable) (Mention, bool) {
	// A leading article: "The New York Times".
	for j-i > 1 && (toks[i].Norm() == "the" || toks[i].Norm() == "a" || toks[i].Norm() == "an") {
		i++
	}
	// Titles before a personal name: "President Ana Ruiz", "Transport
	// Minister Giulia Ferraro". The name after the last title word is kept.
	if _, known := tbl.byVariant[aliasKey(text[toks[i].Start:toks[j-1].End])]; !known {
		cut := -1
		for k := i; k < j-1; k++ {
			w := toks[k].Norm()
			if nameConnector.Has(toks[k+1].Norm()) {
				continue // "King of Jordan", "Prime Minister of India": the office is the name
			}
			if titleWords.Has(w) && !toks[k+1].Is(lexicon.TJoined) || ambiguousTitles.Has(w) && j-k > 2 {
				cut = k
			}
		}
		if cut >= 0 && (titleWords.Has(toks[cut].Norm()) || cut == i) {
			i = cut + 1
		}
	}
	// Dates are not names: "March", "Monday".
	for i < j && CalendarWords.Has(toks[i].Norm()) {
		i++
	}
	if i >= j {
		return Mention{}, false
	}
	allStop := true
	for k := i; k < j; k++ {
		if !toks[k].Is(lexicon.TStop) || toks[k].Is(lexicon.TCaps) {
			allStop = false
		}
	}
	if allStop || j-i == 1 && notNames.Has(toks[i].Norm()) {
		return Mention{}, false
	}
	m := Mention{Tok0: i, Tok1: j, flags: flags}
	// A shouted word opens a sentence as well ("BREAKING:"); a short
	// acronym does not ("NATO", "US").
	if toks[i].Is(lexicon.TOpen) && (!toks[i].Is(lexicon.TCaps) || len(toks[i].Norm()) >= 5) {
		m.flags |= mOpen
	}
	if toks[j-1].Is(lexicon.TPoss) {
		m.flags |= MPoss
	}
	if j-i == 1 && toks[i].Is(lexicon.TCaps) || j-i == 2 && toks[i].Is(lexicon.TCaps) && toks[i+1].Is(lexicon.TJoined) {
		m.flags |= mAcronym
	}
	setMentionText(&m, text, toks)
	return m, true
}

// setMentionText fills the span and raw key from the token range.
func setMentionText(m *Mention, text string, toks []lexicon.Token) {
	m.Start, m.End = toks[m.Tok0].Start, toks[m.Tok1-1].End
	if m.Tok1-m.Tok0 == 1 && !strings.Contains(toks[m.Tok0].Norm(), ".") {
		m.raw = toks[m.Tok0].Norm()
		return
	}
	var b strings.Builder
	for k := m.Tok0; k < m.Tok1; k++ {
		if k > m.Tok0 {
			if toks[k].Is(lexicon.TJoined) {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(strings.ReplaceAll(toks[k].Norm(), ".", ""))
	}
	m.raw = b.String()
}

// shortForm reports whether a mention reads like the short form of a name:
// an acronym or a short capitalised word ("TTP", "Al-K", "LeT").
func shortForm(m *Mention, toks []lexicon.Token) bool {
	if m.Is(mAcronym) {
		return true
	}
	if m.Tok1-m.Tok0 > 2 {
		return false
	}
	last := toks[m.Tok1-1]
	return m.Tok1-m.Tok0 == 2 && last.Is(lexicon.TJoined) && utf8.RuneCountInString(last.Norm()) <= 2 || len(m.raw) <= 6
}

// shouting reports whether a passage is written in capitals.
func shouting(toks []lexicon.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Is(lexicon.TWord) && !toks[i].Is(lexicon.TNum) {
			words++
			if toks[i].Is(lexicon.TCaps) {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*6
}

// EntityIndex is what pass two learns about the names of a comparison.
type EntityIndex struct {
	names  map[string]string // canonical key → display name
	place  map[string]bool   // keys of countries and unions
	media  map[string]bool   // keys of news outlets
	parent map[string]string // a branch's key → its group's key
}

// Name returns the display name of an entity key.
func (ix *EntityIndex) Name(key string) string {
	if n, ok := ix.names[key]; ok {
		return n
	}
	return key
}

// ResolveEntities is pass two. It sets key, side and flags on the mentions
// of every passage, dropping the ones that turn out to be common words.
// ResolveEntities is pass two: it resolves the names of every passage
// across the whole comparison, in steps — look each name up in the alias
// table (lookUp), join the aliases passages declare, join short forms to
// the one long form they abbreviate (shortForms), pick each group's
// canonical name (canonical), give every mention its key and side
// (assign), and let a short form share its long form's side (shareSides).
//
// It writes the passages' mentions in place; Resolve resolves copies.
// What it reads of the words' case (lowerOf) is read from feats alone.
func ResolveEntities(feats []*Passage) *EntityIndex {
	rv := &resolver{
		tbl:     BuiltinAliases(),
		ix:      &EntityIndex{names: map[string]string{}, place: map[string]bool{}, media: map[string]bool{}, parent: map[string]string{}},
		uf:      unionFind{},
		count:   map[string]int{},
		surface: map[string]string{},
	}
	low := lowerOf(feats)
	rv.nameWords = splitTitleRuns(feats, low, rv.tbl)
	rv.written = map[string]bool{}
	for _, f := range feats {
		for i := range f.Ents {
			if !f.Ents[i].Is(mOpen) {
				rv.written[looseKey(f.Ents[i].raw)] = true
			}
		}
	}
	// What a passage's names lose of their first word depends on what the
	// whole comparison writes (read above), not on the other passages'
	// names: the passages are read in parallel, then looked up in order.
	parallel.For(len(feats), func(lo, hi int) {
		for _, f := range feats[lo:hi] {
			rv.dropOpeners(f, low)
		}
	})
	for _, f := range feats {
		rv.lookUp(f)
	}
	for _, f := range feats { // the aliases passages declare
		for _, p := range f.AliasPairs {
			a, b := &f.Ents[p[0]], &f.Ents[p[1]]
			if a.Is(mDropped) || b.Is(mDropped) {
				continue
			}
			rv.uf.union(a.raw, b.raw)
		}
	}
	raws := make([]string, 0, len(rv.count))
	for r := range rv.count {
		raws = append(raws, r)
	}
	sort.Strings(raws)
	rv.looseSpellings(raws)
	rv.shortFirstNames(raws)
	rv.shortForms(raws)
	best := rv.canonical(raws)
	rv.assign(feats, best)
	rv.shareSides(feats)
	rv.branches()
	return rv.ix
}

// resolver holds what resolving names across passages builds.
type resolver struct {
	tbl       *aliasTable
	ix        *EntityIndex
	uf        unionFind         // names known to be one entity; "="+key for a table entry
	count     map[string]int    // mentions of each name not in the table
	surface   map[string]string // the first spelling of each such name
	nameWords map[string]bool   // words of the names that open no sentence
	written   map[string]bool   // loose keys of the names that open no sentence
}

// dropOpeners drops sentence-initial common words from a passage's names.
// It reads the resolver's tables and nameWords and written, and writes
// only the passage.
func (rv *resolver) dropOpeners(f *Passage, low *lowerWords) {
	for mi := range f.Ents {
		m := &f.Ents[mi]
		if m.Is(mOpen) {
			if _, known := rv.tbl.lookUpVariant(m.raw); !known {
				w := f.Toks[m.Tok0].Norm()
				// A participle opens a sentence ("Asked", "Speaking") but
				// also ends first names ("Ahmed", "Fred"): only alone.
				// A lone common word ("Report", "Watch") too, unless the
				// comparison writes it as part of a name elsewhere.
				alone := m.Tok1-m.Tok0 == 1
				// A common word before a known name ("Missing American",
				// "Armed U.S. drones", "Rapper Abdel Bary" where the
				// comparison names Abdel Bary) likewise.
				if lexicon.StopWords.Has(w) || commonStarters.Has(w) || participle(w) && alone || low.word(&f.Toks[m.Tok0]) ||
					commonWord(&f.Toks[m.Tok0]) && !rv.nameWords[w] && (alone || rv.knownRest(f, m)) {
					m.Tok0++
					// "One of Mark Smith": the connector goes with the word.
					for m.Tok0 < m.Tok1 && (CalendarWords.Has(f.Toks[m.Tok0].Norm()) || f.Toks[m.Tok0].Norm() == "of" || f.Toks[m.Tok0].Norm() == "the") {
						m.Tok0++
					}
					m.flags &^= mOpen
					if m.Tok0 >= m.Tok1 {
						m.flags |= mDropped
						continue
					}
					if m.Tok1-m.Tok0 == 1 && f.Toks[m.Tok0].Is(lexicon.TCaps) {
						m.flags |= mAcronym
					}
					setMentionText(m, f.Text, f.Toks)
				}
			}
		}
	}
}

// lookUp looks the names of a passage up in the alias table, joining each
// to its entry, and counts the others.
func (rv *resolver) lookUp(f *Passage) {
	for mi := range f.Ents {
		m := &f.Ents[mi]
		if m.Is(mDropped) {
			continue
		}
		if e, ok := rv.tbl.lookUpVariant(m.raw); ok && (!e.caps || lexicon.IsAllCaps(f.Text[m.Start:m.End])) {
			rv.uf.union(m.raw, "="+e.key)
			rv.ix.names[e.key] = e.name
			if e.place {
				rv.ix.place[e.key] = true
			}
			if e.media {
				rv.ix.media[e.key] = true
			}
			m.flags |= e.flag
		} else if rv.tbl.Generic[m.raw] {
			m.flags |= MGeneric
		} else {
			rv.uf.add(m.raw)
			rv.count[m.raw]++
			if _, ok := rv.surface[m.raw]; !ok {
				rv.surface[m.raw] = f.Text[m.Start:m.End]
			}
		}
	}
}

// knownRest reports whether the words of a mention after its first are a
// name of their own: a table entry, or a name the comparison writes.
func (rv *resolver) knownRest(f *Passage, m *Mention) bool {
	rest := Mention{Tok0: m.Tok0 + 1, Tok1: m.Tok1}
	setMentionText(&rest, f.Text, f.Toks)
	if _, ok := rv.tbl.lookUpVariant(rest.raw); ok {
		return true
	}
	return rv.written[looseKey(rest.raw)]
}

// shortForms joins an acronym to the name of its initials, a surname to
// the one full name that ends in it, and "Border Service" to the one
// "Border Service of <place>".
func (rv *resolver) shortForms(raws []string) {
	byInitials := map[string][]string{}
	byLast := map[string][]string{}
	for _, r := range raws {
		words := strings.Fields(r)
		if len(words) < 2 {
			continue
		}
		var ini strings.Builder
		for _, w := range words {
			if w != "of" && w != "the" && w != "and" && w != "for" {
				c, _ := utf8.DecodeRuneInString(w)
				ini.WriteRune(c)
			}
		}
		byInitials[ini.String()] = append(byInitials[ini.String()], r)
		if pw := rv.personWords(words); len(pw) >= 2 && len(pw) <= 3 && (!strings.ContainsAny(strings.Join(pw, " "), "-") || particleHyphens(pw)) && personLike(pw) {
			last := looseKey(words[len(words)-1])
			byLast[last] = append(byLast[last], r)
		}
	}
	// "Border Service" and "Border Service of Kyrgyzstan": the short form
	// of the one long form that adds "of <place>".
	byOf := map[string][]string{}
	for _, r := range raws {
		if ofPlace(r, rv.tbl) != "" {
			i := strings.LastIndex(r, " of ")
			byOf[r[:i]] = append(byOf[r[:i]], r)
		}
	}
	for _, r := range raws {
		if c := byOf[r]; len(c) == 1 {
			rv.uf.union(r, c[0])
		}
	}
	for _, r := range raws {
		if strings.ContainsAny(r, " ") {
			continue
		}
		// Candidates count as one when the names are already one person's
		// ("Chris Bale" and "Christian Bale" for "Bale").
		if c := rv.distinct(byInitials[r]); len(c) == 1 && len(r) >= 2 {
			rv.uf.union(r, c[0])
		} else if c := rv.distinct(byLast[looseKey(r)]); len(c) == 1 {
			rv.uf.union(r, c[0])
		}
	}
}

// distinct keeps one name of every entity among names.
func (rv *resolver) distinct(names []string) []string {
	if len(names) < 2 {
		return names
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if root := rv.uf.find(n); !seen[root] {
			seen[root] = true
			out = append(out, n)
		}
	}
	return out
}

// personWords drops the demonyms a name opens with ("Canadian-Israeli Gill
// Rosenberg" is Gill Rosenberg's name): what is left is the person's name.
func (rv *resolver) personWords(words []string) []string {
	for len(words) > 2 {
		demonym := true
		for _, part := range strings.Split(words[0], "-") {
			if e, ok := rv.tbl.byVariant[part]; !ok || e.flag != MDemonym {
				demonym = false
			}
		}
		if !demonym {
			break
		}
		words = words[1:]
	}
	return words
}

// canonical picks the name of every group: its most frequent spelling
// (then the longest, then the first in order), keyed by root.
func (rv *resolver) canonical(raws []string) map[string]string {
	best := map[string]string{} // root → raw that names the group
	for _, r := range raws {
		root := rv.uf.find(r)
		if strings.HasPrefix(root, "=") {
			continue
		}
		b, ok := best[root]
		if !ok || rv.count[r] > rv.count[b] || rv.count[r] == rv.count[b] && (len(r) > len(b) || len(r) == len(b) && r < b) {
			best[root] = r
		}
	}
	for _, r := range best {
		rv.ix.names[r] = rv.surface[r]
	}
	return best
}

// assign gives every live mention its key, side and media flag, and
// drops the dropped ones. The keys are read off the groups once per name;
// then the passages are read in parallel, except for the media flag: a
// name is media once any mention of its key, up to and including this
// one in the comparison's order, says so (mediaName), so that is read in
// order.
func (rv *resolver) assign(feats []*Passage, best map[string]string) {
	keyOf := make(map[string]string, len(rv.uf))
	for x := range rv.uf {
		if root := rv.uf.find(x); strings.HasPrefix(root, "=") {
			keyOf[x] = root[1:]
		} else {
			keyOf[x] = best[root]
		}
	}
	parallel.For(len(feats), func(lo, hi int) {
		for _, f := range feats[lo:hi] {
			rv.keysOf(f, keyOf)
		}
	})
	for _, f := range feats {
		for mi := range f.Ents {
			m := &f.Ents[mi]
			if m.Is(mDropped) || m.Is(MGeneric) {
				continue
			}
			if rv.ix.media[m.Key] || mediaName(m.raw, rv.tbl) {
				m.flags |= MMedia
				rv.ix.media[m.Key] = true
			}
		}
	}
	parallel.For(len(feats), func(lo, hi int) {
		for _, f := range feats[lo:hi] {
			// Keep only live mentions.
			live := f.Ents[:0]
			for _, m := range f.Ents {
				if !m.Is(mDropped) {
					live = append(live, m)
				}
			}
			f.Ents = live
			ofCountry(f, rv.ix)
		}
	})
}

// keysOf gives every live mention of a passage its key (keyOf: by name,
// for the names in groups) and side. It writes only the passage.
func (rv *resolver) keysOf(f *Passage, keyOf map[string]string) {
	for mi := range f.Ents {
		m := &f.Ents[mi]
		if m.Is(mDropped) {
			continue
		}
		if m.Is(MGeneric) {
			m.Key = m.raw
			continue
		}
		m.Key = keyOf[m.raw]
		switch {
		case rv.ix.place[m.Key]:
			m.Side = m.Key
		case m.Tok1-m.Tok0 > 1:
			// "Russian Investigative Committee", "US State Department";
			// "Border Service of Kyrgyzstan".
			if e, ok := rv.tbl.byVariant[strings.ReplaceAll(f.Toks[m.Tok0].Norm(), ".", "")]; ok && e.place && e.flag != MSeat {
				m.Side = e.key
			} else if c := ofPlace(m.raw, rv.tbl); c != "" {
				m.Side = c
			}
		}
		if c := ofPlace(m.Key, rv.tbl); m.Side == "" && c != "" {
			m.Side = c // "the Border Service", short for "… of Kyrgyzstan"
		}
	}
}

// shareSides gives "the Border Service" the side of "the Border Service of
// Kyrgyzstan" when the two are one entity.
func (rv *resolver) shareSides(feats []*Passage) {
	keySide := map[string]string{}
	for _, f := range feats {
		for i := range f.Ents {
			if m := &f.Ents[i]; m.Side != "" && !rv.ix.place[m.Key] && !m.Is(MDemonym|MSeat) {
				if c := ofPlace(m.raw, rv.tbl); c != "" {
					keySide[m.Key] = c
				}
			}
		}
	}
	if len(keySide) > 0 {
		for _, f := range feats {
			for i := range f.Ents {
				if m := &f.Ents[i]; m.Side == "" {
					m.Side = keySide[m.Key]
				}
			}
		}
	}
}

// ofCountry gives a body named "X of <country>" with the country written
// apart, or "X (ACR) of <country>" ("the State Committee for National
// Security (GKNB) of Tajikistan"), that country as its side.
func ofCountry(f *Passage, ix *EntityIndex) {
	for i := 0; i+1 < len(f.Ents); i++ {
		m := &f.Ents[i]
		if m.Side != "" || m.Is(MGeneric|MMedia) {
			continue
		}
		k := i + 1
		if k+1 < len(f.Ents) && f.Ents[k].Is(mAcronym) && f.Ents[k].Tok0 == m.Tok1+1 && f.Toks[m.Tok1].Norm() == "(" {
			k++ // the acronym in parentheses
		}
		c := &f.Ents[k]
		gap := f.Toks[f.Ents[k-1].Tok1:c.Tok0]
		if !ix.place[c.Key] || c.Is(MDemonym|MSeat) || len(gap) < 1 || len(gap) > 2 || gap[len(gap)-1].Norm() != "of" ||
			len(gap) == 2 && gap[0].Norm() != ")" {
			continue
		}
		for j := i; j < k; j++ {
			f.Ents[j].Side = c.Key
		}
	}
}

// ofPlace returns the country of a body named "X of <country>" ("Border
// Service of Kyrgyzstan"), or "". A stretch of water or land named after a
// country ("Gulf of Oman", "Sea of Japan") is no body of it.
func ofPlace(name string, tbl *aliasTable) string {
	i := strings.LastIndex(name, " of ")
	if i <= 0 {
		return ""
	}
	e, ok := tbl.byVariant[name[i+4:]]
	if !ok || !e.place {
		return ""
	}
	head := name[:i]
	if j := strings.LastIndexByte(head, ' '); j >= 0 {
		head = head[j+1:]
	}
	if geoNouns.Has(head) {
		return ""
	}
	return e.key
}

// personLike reports whether the words of a name may be a person's, whose
// surname alone stands for it: no connector ("Gulf of Oman"), no word
// that names a place or body ("Qeshm Island", "Border Service").
func personLike(words []string) bool {
	for _, w := range words {
		if nameConnector.Has(w) && w != "al" && w != "bin" && w != "van" && w != "von" && w != "de" && w != "da" && w != "del" && w != "der" ||
			placeNouns.Has(w) {
			return false
		}
	}
	return true
}

// participle reports whether a sentence-initial word looks like a participle
// or an adverb ("Asked", "Speaking", "Shortly"), which opens sentences far
// more often than a name does.
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
}

// mediaName reports whether a multi-word name ends in a media word ("Times").
func mediaName(raw string, tbl *aliasTable) bool {
	i := strings.LastIndexByte(raw, ' ')
	return i > 0 && tbl.mediaWords[raw[i+1:]]
}

// unionFind groups alias keys. Roots that start with "=" are table entries;
// two of them are never merged (a text cannot make the US into Russia).
type unionFind map[string]string

func (u unionFind) add(x string) {
	if _, ok := u[x]; !ok {
		u[x] = x
	}
}

func (u unionFind) find(x string) string {
	u.add(x)
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union merges x into y's group; table roots win.
func (u unionFind) union(x, y string) {
	rx, ry := u.find(x), u.find(y)
	if rx == ry {
		return
	}
	if strings.HasPrefix(rx, "=") {
		if strings.HasPrefix(ry, "=") {
			return
		}
		rx, ry = ry, rx
	}
	u[rx] = ry
}

package coverage

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/model"
)

// The ledger: who is quoted saying what, across every source. The claims
// stage reads, per passage, each claim with who makes it (its claimants),
// whether it is denied, hedged or rests on unnamed sources; the
// orchestrator turns those into Attributions. Here the same speaker saying
// the same thing in several sources becomes one entry that lists the
// sources, so a reader sees at a glance which outlets carry a statement.
// Claims in the article's own voice (no claimant) are not attributed and
// stay out of the ledger.

// Act is what a speaker does with a statement.
type Act string

// The acts of the ledger.
const (
	Claims  Act = "claims"  // asserts it
	Denies  Act = "denies"  // denies it, or denies knowing of it
	Warns   Act = "warns"   // warns of it
	Accuses Act = "accuses" // blames or accuses someone
)

// Attribution is one attributed statement read from one passage.
type Attribution struct {
	Speaker    string // who says it, as a person reads it
	SpeakerKey string // the speaker's entity key (aliases merged); "" to use the folded name
	Says       string // what they say: "warning from Iran", "Hamas not responsible"
	Act        Act
	Hedged     bool // "may have", "reportedly"
	Anonymous  bool // on unnamed sources
}

// Ledger is every attributed statement of a comparison.
type Ledger struct {
	Entries []Entry `json:"entries"`
}

// Entry is one speaker saying one thing, in one or more sources.
type Entry struct {
	Speaker   string   `json:"speaker"`
	Act       Act      `json:"act"`
	Says      string   `json:"says"`
	Anonymous bool     `json:"anonymous"` // every source gives it on unnamed sources
	Sources   []string `json:"sources"`   // document ids that report it, in document order
	Hedged    []string `json:"hedged"`    // of those, the ones that hedge it
	Passages  []string `json:"passages"`  // where, in document order
}

// maxCompared is how many of a speaker's latest statements (per act) a
// new one is compared with: far more than an article set gives one
// speaker, and it keeps a generated corpus of thousands of statements by
// "officials" from comparing each with every other.
const maxCompared = 64

// BuildLedger gathers the attributions of every body passage of c into
// entries: most-reported first, then in reading order.
//
// A statement is only ever compared with those of the same speaker and
// act, so the attributions are grouped by speaker and act, in reading
// order, and the groups are read one per processor; the entries are then
// put back in the order one pass in reading order creates them.
func BuildLedger(c *model.Comparison, facts map[string]*Facts) *Ledger {
	type key struct {
		speaker string
		act     Act
	}
	groups := map[key]int{} // index in heard
	var heard [][]heardAt   // each group's attributions, in reading order
	seq := 0
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			f := facts[p.ID]
			if f == nil {
				continue
			}
			for ai := range f.Attributions {
				a := &f.Attributions[ai]
				sk := a.SpeakerKey
				if sk == "" {
					sk = strings.ToLower(a.Speaker)
				}
				k := key{sk, a.Act}
				g, ok := groups[k]
				if !ok {
					g = len(heard)
					groups[k] = g
					heard = append(heard, nil)
				}
				heard[g] = append(heard[g], heardAt{a: a, doc: d.ID, passage: p.ID, seq: seq})
				seq++
			}
		}
	}
	read := make([][]ledgerEntry, len(heard))
	parallel.Each(len(heard), func(g int) { read[g] = groupEntries(heard[g]) })
	n := 0
	for _, es := range read {
		n += len(es)
	}
	all := make([]ledgerEntry, 0, n)
	for _, es := range read {
		all = append(all, es...)
	}
	slices.SortFunc(all, func(a, b ledgerEntry) int { return cmp.Compare(a.seq, b.seq) })
	es := make([]Entry, len(all))
	for i := range all {
		es[i] = all[i].Entry
	}
	sort.SliceStable(es, func(i, j int) bool { return len(es[i].Sources) > len(es[j].Sources) })
	return &Ledger{Entries: es}
}

// heardAt is one attribution with where it was read, and its place in
// reading order.
type heardAt struct {
	a            *Attribution
	doc, passage string
	seq          int
}

// ledgerEntry is an entry with the place in reading order of the
// attribution that made it.
type ledgerEntry struct {
	Entry
	seq int
}

// groupEntries gathers the attributions of one speaker and act, in
// reading order, into entries, in the order it makes them: each is
// compared with the latest maxCompared entries.
func groupEntries(hs []heardAt) []ledgerEntry {
	var es []ledgerEntry
	var stmts []statement // each entry's wording, read for comparing
	var anonAll []bool
	// Sized for the words the wordings may bring (about one in seven
	// bytes), so that the table is not grown and rehashed word by word.
	size := 0
	for _, h := range hs {
		size += len(h.a.Says) / 7
	}
	words := &wordIDs{ids: make(map[string]int32, size)}
	for _, h := range hs {
		a := h.a
		i := -1
		st := newStatement(a.Says, words)
		for j := max(0, len(es)-maxCompared); j < len(es); j++ {
			if st.same(&stmts[j]) {
				i = j
				break
			}
		}
		if i < 0 {
			i = len(es)
			es = append(es, ledgerEntry{Entry{Speaker: a.Speaker, Act: a.Act, Says: a.Says, Sources: []string{}, Hedged: []string{}, Passages: []string{}}, h.seq})
			stmts = append(stmts, st)
			anonAll = append(anonAll, true)
		}
		e := &es[i]
		if !contains(e.Sources, h.doc) {
			e.Sources = append(e.Sources, h.doc)
		}
		if a.Hedged && !contains(e.Hedged, h.doc) {
			e.Hedged = append(e.Hedged, h.doc)
		}
		if !contains(e.Passages, h.passage) {
			e.Passages = append(e.Passages, h.passage)
		}
		anonAll[i] = anonAll[i] && a.Anonymous
		if betterWording(a.Says, e.Says) {
			e.Says, stmts[i] = a.Says, st
		}
	}
	for i := range es {
		es[i].Anonymous = anonAll[i]
	}
	return es
}

// betterWording reports whether wording a reads better in a list than b:
// one that names its subject over one that opens on a pronoun ("the ferry
// was overloaded", not "it was overloaded"), else the shorter.
func betterWording(a, b string) bool {
	pa, pb := opensOnPronoun(a), opensOnPronoun(b)
	if pa != pb {
		return pb
	}
	return len(a) < len(b)
}

// opensOnPronoun reports whether s starts with a personal pronoun
// (words/pronouns.txt).
func opensOnPronoun(s string) bool {
	// The first word, then folded: what folding the whole wording and
	// cutting it gives (case maps one rune to one, never to a space).
	w, _, _ := strings.Cut(s, " ")
	return pronouns.Has(strings.ToLower(w))
}

// statement is one wording read for comparing: its words and its content
// words, folded, each as a sorted list of ids without repeats (see
// wordIDs).
type statement struct {
	text           string
	words, content []int32
	nums           []int32 // the ids of its words that are numbers
}

// wordIDs numbers the folded words of one ledger's statements, so that
// comparing two statements compares integers, not strings (with
// thousands of statements by one speaker, the comparisons were most of
// the ledger); number says which ids are numbers, content which are
// content words. Comparing counts shared ids only, so how the words are
// numbered does not matter. word and ids are newStatement's scratch.
type wordIDs struct {
	ids             map[string]int32
	number, content []bool
	word            []byte
	scratch         []int32
}

// id returns the id of the word w, numbering it if it is new.
func (ws *wordIDs) id(w []byte) int32 {
	id, ok := ws.ids[string(w)] // no copy for a look-up
	if !ok {
		s := string(w)
		id = int32(len(ws.number))
		ws.ids[s] = id
		ws.number = append(ws.number, isNumber(s))
		ws.content = append(ws.content, len(s) > 2 && !functionWords.Has(s) || isNumber(s))
	}
	return id
}

// newStatement reads a wording, numbering its words in ws: the ids are
// sorted, not the words. The words are those of the wording folded to
// lower case (strings.ToLower) and cut at every rune that is then neither
// a letter nor a digit (strings.FieldsFunc), read in one pass without
// either copy: a rune is folded, then tested, and bytes that are not
// UTF-8 (which ToLower writes as U+FFFD) cut as that does.
func newStatement(s string, ws *wordIDs) statement {
	st := statement{text: s}
	ids, w := ws.scratch[:0], ws.word[:0]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i++
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				w = append(w, c)
				continue
			}
		} else {
			// The folded rune may be ASCII ("K", the Kelvin sign, is "k").
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if l := unicode.ToLower(r); unicode.IsLetter(l) || unicode.IsDigit(l) {
				w = utf8.AppendRune(w, l)
				continue
			}
		}
		if len(w) > 0 {
			ids = append(ids, ws.id(w))
			w = w[:0]
		}
	}
	if len(w) > 0 {
		ids = append(ids, ws.id(w))
	}
	ws.word = w
	slices.Sort(ids)
	ids = slices.Compact(ids)
	st.words = slices.Clone(ids)
	ws.scratch = ids
	for _, id := range st.words {
		if ws.content[id] {
			st.content = append(st.content, id)
		}
		if ws.number[id] {
			st.nums = append(st.nums, id)
		}
	}
	return st
}

// isNumber reports whether a word is a number ("61", "3.5").
func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// same reports whether two wordings of what one speaker says are
// one statement: the same words (case aside), or, giving the same
// numbers, most of them — at least half of all the words either uses
// ("denied that it was overloaded", "denied that the ferry was
// overloaded"), or seven in ten of the content words of the shorter, or
// all of them with one more ("it was overloaded", "the ferry was
// overloaded"). Both were read with one wordIDs.
func (a *statement) same(b *statement) bool {
	if strings.EqualFold(a.text, b.text) {
		return true
	}
	if !slices.Equal(a.nums, b.nums) {
		// A number only one gives is a fact the other lacks: "61
		// rescued" and "61 rescued and 24 missing" stay apart.
		return false
	}
	both := shared(a.words, b.words)
	union := len(a.words) + len(b.words) - both
	if union > 0 && 2*both >= union {
		return true
	}
	// One wording holds most of the other's content words: "the ferry
	// was carrying 120 passengers and 8 crew" in "the ferry had 120
	// passengers and 8 crew on board when it overturned".
	in := shared(a.content, b.content)
	small := min(len(a.content), len(b.content))
	if small >= 3 && 10*in >= 7*small {
		return true
	}
	// The same words but for one, the subject named instead of a
	// pronoun: "it was overloaded", "the ferry was overloaded".
	return small >= 1 && in == small && max(len(a.content), len(b.content))-small <= 1
}

// shared counts the words two sorted lists of ids share.
func shared(a, b []int32) int {
	both := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return both
}

// functionWords (words/functionWords.txt, written into words_gen.go by
// tools/genwords) are left out of a statement's content words.
//
//go:generate go run ../../tools/genwords

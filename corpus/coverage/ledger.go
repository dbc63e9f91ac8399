package coverage

import (
	"slices"
	"sort"
	"strings"
	"unicode"

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

// BuildLedger gathers the attributions of every body passage of c into
// entries: most-reported first, then in reading order.
func BuildLedger(c *model.Comparison, facts map[string]*Facts) *Ledger {
	type key struct {
		speaker string
		act     Act
	}
	idx := map[key][]int{} // entries by speaker and act
	var es []Entry
	var ws []*statement // es[i].Says read once (speed: sameStatement per pair rebuilt both)
	anonAll := []bool{}
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			f := facts[p.ID]
			if f == nil {
				continue
			}
			for _, a := range f.Attributions {
				sk := a.SpeakerKey
				if sk == "" {
					sk = strings.ToLower(a.Speaker)
				}
				k := key{sk, a.Act}
				i := -1
				var wa *statement
				for _, j := range idx[k] {
					if wa == nil {
						wa = readStatement(a.Says)
					}
					if sameWords(es[j].Says, a.Says, ws[j], wa) {
						i = j
						break
					}
				}
				if i < 0 {
					i = len(es)
					idx[k] = append(idx[k], i)
					es = append(es, Entry{Speaker: a.Speaker, Act: a.Act, Says: a.Says, Sources: []string{}, Hedged: []string{}, Passages: []string{}})
					if wa == nil {
						wa = readStatement(a.Says)
					}
					ws = append(ws, wa)
					anonAll = append(anonAll, true)
				}
				e := &es[i]
				if !contains(e.Sources, d.ID) {
					e.Sources = append(e.Sources, d.ID)
				}
				if a.Hedged && !contains(e.Hedged, d.ID) {
					e.Hedged = append(e.Hedged, d.ID)
				}
				if !contains(e.Passages, p.ID) {
					e.Passages = append(e.Passages, p.ID)
				}
				anonAll[i] = anonAll[i] && a.Anonymous
				if len(a.Says) < len(es[i].Says) {
					es[i].Says = a.Says // the shortest wording reads best in a list
					ws[i] = wa
				}
			}
		}
	}
	for i := range es {
		es[i].Anonymous = anonAll[i]
	}
	sort.SliceStable(es, func(i, j int) bool { return len(es[i].Sources) > len(es[j].Sources) })
	if es == nil {
		es = []Entry{}
	}
	return &Ledger{Entries: es}
}

// sameStatement reports whether two wordings of what one speaker says are
// one statement: the same words (case aside), or, giving the same
// numbers, most of them — at least half of all the words either uses
// ("denied that it was overloaded", "denied that the ferry was
// overloaded"), or seven in ten of the content words of the shorter.
func sameStatement(a, b string) bool {
	return sameWords(a, b, readStatement(a), readStatement(b))
}

// statement is what sameStatement reads of a wording: its words (wordSet)
// sorted, their content words (contentWords) and numbers.
type statement struct {
	words, content, nums []string
}

func readStatement(s string) *statement {
	set := wordSet(s)
	st := &statement{words: sortedKeys(set), content: sortedKeys(contentWords(set))}
	for _, w := range st.words {
		if w[0] >= '0' && w[0] <= '9' {
			st.nums = append(st.nums, w)
		}
	}
	return st
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// common counts the strings two sorted lists share.
func common(a, b []string) int {
	n, i, k := 0, 0, 0
	for i < len(a) && k < len(b) {
		switch {
		case a[i] < b[k]:
			i++
		case a[i] > b[k]:
			k++
		default:
			n++
			i++
			k++
		}
	}
	return n
}

// sameWords is sameStatement on wordings already read.
func sameWords(a, b string, sa, sb *statement) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !slices.Equal(sa.nums, sb.nums) {
		// A number only one gives is a fact the other lacks: "61
		// rescued" and "61 rescued and 24 missing" stay apart.
		return false
	}
	// Half the words of either in common needs the shorter list at least
	// half as long as the longer (both ≤ the shorter, union ≥ the longer).
	if na, nb := len(sa.words), len(sb.words); 2*min(na, nb) >= max(na, nb) {
		both := common(sa.words, sb.words)
		union := na + nb - both
		if union > 0 && 2*both >= union {
			return true
		}
	}
	// One wording holds most of the other's content words.
	small := min(len(sa.content), len(sb.content))
	return small >= 3 && 10*common(sa.content, sb.content) >= 7*small
}

// contentWords keeps the words of a set that carry meaning: longer than
// two letters and not among the commonest function words, or a number.
func contentWords(ws map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range ws {
		if len(w) > 2 && !functionWords[w] || w != "" && w[0] >= '0' && w[0] <= '9' {
			out[w] = true
		}
	}
	return out
}

// functionWords are left out of a statement's content words.
var functionWords = map[string]bool{"the": true, "and": true, "was": true, "were": true, "had": true, "has": true, "have": true,
	"been": true, "that": true, "with": true, "for": true, "from": true, "its": true, "his": true, "her": true, "their": true,
	"when": true, "this": true, "not": true, "are": true, "but": true, "which": true, "who": true, "would": true, "will": true}

// wordSet is the set of the words of s, folded to lower case.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}

package features

import (
	"slices"
	"sync"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// This file keeps a Title Case line from reading as one long name. In
// "Christian Bale Passes On Role Of Steve Jobs" every word is capitalised,
// so pass one cuts a single run of eight words; a reader sees two names
// and four ordinary words. Pass one only marks the runs of such lines
// (mTitle). Pass two, which sees the whole comparison, splits each one:
// from left to right it takes the longest stretch that is a known name
// (in the alias table, or written as a name outside Title Case anywhere in
// the comparison: "Steve Jobs" in the body), else a stretch of name words
// (an acronym alone: "KFC Gets" is no name), and skips the rest. A word is a name word unless it is a stop word, a
// month or day, or a word the comparison writes in lower case — the same
// word or its stem ("passed" makes "Passes" ordinary). The words left out
// keep their word features, since the later stages feature every token
// outside a name.
//
// A line is Title Case when it has four words or more, six in ten of them
// are capitalised, and either it capitalises a stop word past its start
// ("Passes On Role Of") or it writes only stop words in lower case and
// three capitalised words in a row ("Passes on Role of Steve Jobs"). An
// ordinary sentence dense with names has a lower-case verb and no
// capitalised "Of"; were one to pass, splitting it would do little harm,
// since its names are not written in lower case anywhere.
//
// What it gets wrong: with nothing else in the comparison, a headline
// keeps its capitalised content words as names ("Passes" stays one when
// no text says "pass" in lower case); a name whose words are all common
// ("Steve Jobs" where only "jobs" is written) loses its common words
// unless it is written as a name elsewhere.

// titleSentences returns the sentences of a passage written in Title
// Case, or nil.
func titleSentences(toks []lexicon.Token) map[int32]bool {
	var out map[int32]bool
	for i := 0; i < len(toks); {
		s := toks[i].Sent
		words, caps, capStops, lowerContent, run, best := 0, 0, 0, 0, 0, 0
		j := i
		for ; j < len(toks) && toks[j].Sent == s; j++ {
			t := &toks[j]
			if !t.Is(lexicon.TWord) || t.Is(lexicon.TNum) {
				if !t.Is(lexicon.TQuote) {
					run = 0
				}
				continue
			}
			words++
			if !t.Is(lexicon.TCap) {
				if !t.Is(lexicon.TStop) {
					lowerContent++
				}
				run = 0
				continue
			}
			caps++
			run++
			best = max(best, run)
			if t.Is(lexicon.TStop) && !t.Is(lexicon.TOpen) && !t.Is(lexicon.TCaps) && t.Norm() != "i" {
				capStops++
			}
		}
		if words >= 4 && caps*10 >= words*6 && (capStops > 0 || lowerContent == 0 && best >= 3) {
			if out == nil {
				out = map[int32]bool{}
			}
			out[s] = true
		}
		i = j
	}
	return out
}

// titleSplitter splits the runs of Title Case lines (see the file comment).
type titleSplitter struct {
	tbl       *aliasTable
	low       *lowerWords     // words and stems written in lower case
	known     map[string]bool // names written outside Title Case
	nameWords map[string]bool // words of names written outside Title Case
}

// splitTitleRuns splits the Title Case runs of every passage, if any, and
// returns the words of names (wordsOfNames, read before the split). What
// the split reads of the whole comparison — the words of names, the stems
// written in lower case, the names written outside Title Case — is read
// at once, then the passages are split in parallel: each split reads
// those and writes only its passage.
func splitTitleRuns(feats []*Passage, low *lowerWords, tbl *aliasTable) map[string]bool {
	any := false
	for _, f := range feats {
		for i := range f.Ents {
			if f.Ents[i].Is(mTitle) {
				any = true
			}
		}
	}
	if !any {
		return wordsOfNames(feats)
	}
	ts := &titleSplitter{tbl: tbl, low: low, known: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Go(func() { ts.nameWords = wordsOfNames(feats) })
	for _, f := range feats {
		for i := range f.Ents {
			m := &f.Ents[i]
			if m.Is(mTitle) {
				continue
			}
			first := f.Toks[m.Tok0].Norm()
			if !m.Is(mOpen) || !lexicon.StopWords.Has(first) && !low.word(&f.Toks[m.Tok0]) {
				ts.known[m.raw] = true
			}
			if m.Is(mOpen) && m.Tok1-m.Tok0 > 1 {
				rest := Mention{Tok0: m.Tok0 + 1, Tok1: m.Tok1}
				setMentionText(&rest, f.Text, f.Toks)
				ts.known[rest.raw] = true
			}
		}
	}
	wg.Wait()
	parallel.For(len(feats), func(lo, hi int) {
		for _, f := range feats[lo:hi] {
			ts.split(f)
		}
	})
	return ts.nameWords
}

// split replaces the Title Case runs of one passage by the names in them,
// keeping the aliases the passage declares between the other names.
func (ts *titleSplitter) split(f *Passage) {
	if !slices.ContainsFunc(f.Ents, func(m Mention) bool { return m.Is(mTitle) }) {
		return // nothing to split: the mentions and aliases stay as they are
	}
	var out []Mention
	remap := make([]int, len(f.Ents))
	for i := range f.Ents {
		m := f.Ents[i]
		if !m.Is(mTitle) {
			remap[i] = len(out)
			out = append(out, m)
			continue
		}
		remap[i] = -1
		for k := m.Tok0; k < m.Tok1; {
			j := ts.knownAt(f, k, m.Tok1)
			if j == k {
				if !ts.nameWord(&f.Toks[k]) {
					k++
					continue
				}
				// A run of name words; an acronym stands alone ("KFC Gets").
				caps := f.Toks[k].Is(lexicon.TCaps)
				for j = k + 1; j < m.Tok1 && !caps && ts.nameWord(&f.Toks[j]) && !f.Toks[j].Is(lexicon.TCaps); j++ {
				}
			}
			flags := mTitle // still of the line: its capitals say little
			if k == m.Tok0 {
				flags |= m.flags & MModifier
			}
			if p, ok := makeMention(f.Text, f.Toks, k, j, flags, ts.tbl); ok {
				out = append(out, p)
			}
			k = j
		}
	}
	pairs := f.AliasPairs[:0]
	for _, p := range f.AliasPairs {
		if a, b := remap[p[0]], remap[p[1]]; a >= 0 && b >= 0 {
			pairs = append(pairs, [2]int{a, b})
		}
	}
	f.Ents, f.AliasPairs = out, pairs
}

// knownAt returns the end of the longest known name that starts at token k
// and ends by end, or k.
func (ts *titleSplitter) knownAt(f *Passage, k, end int) int {
	for j := end; j > k; j-- {
		m := Mention{Tok0: k, Tok1: j}
		setMentionText(&m, f.Text, f.Toks)
		if ts.known[m.raw] {
			return j
		}
		if e, ok := ts.tbl.lookUpVariant(m.raw); ok && (!e.caps || lexicon.IsAllCaps(f.Text[f.Toks[k].Start:f.Toks[j-1].End])) {
			return j
		}
	}
	return k
}

// nameWord reports whether a word of a Title Case line may be part of a
// name: an acronym, or a content word the comparison never writes in
// lower case.
func (ts *titleSplitter) nameWord(t *lexicon.Token) bool {
	if !t.Is(lexicon.TWord) {
		return false
	}
	if t.Is(lexicon.TCaps) {
		return !t.Is(lexicon.TStop)
	}
	if t.Is(lexicon.TStop) || CalendarWords.Has(t.Norm()) {
		return false
	}
	if ts.nameWords[t.Norm()] {
		return true // "Bale", written as a name elsewhere
	}
	return !ts.low.stem(t) && !ts.low.word(t) && !commonWord(t)
}

// commonWord reports whether a capitalised word is a common English word
// (WordNet holds it; it holds no proper nouns): "Report", "Fades",
// "BREAKING". Short acronyms are never common words ("AIDS" aside).
func commonWord(t *lexicon.Token) bool {
	if t.Is(lexicon.TCaps) && len(t.Norm()) < 5 {
		return false
	}
	return len(wordnet.Groups(t.Norm())) > 0
}

// wordsOfNames returns the words of the names written where capitals say
// something: outside Title Case lines and past a sentence's first word.
func wordsOfNames(feats []*Passage) map[string]bool {
	out := map[string]bool{}
	for _, f := range feats {
		for i := range f.Ents {
			m := &f.Ents[i]
			if m.Is(mTitle) {
				continue
			}
			k := m.Tok0
			if m.Is(mOpen) {
				k++
			}
			for ; k < m.Tok1; k++ {
				out[f.Toks[k].Norm()] = true
			}
		}
	}
	return out
}

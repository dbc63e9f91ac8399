package stance

import (
	"math"

	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// claimStem is one of the claim's content words: its weight, and the
// document's stems that stand for it (itself, or a synonym or close
// relation).
type claimStem struct {
	w       float64
	matches map[string]bool
}

// coverSentences reads how much of the claim one sentence carries, and
// whether the sentences that carry most of it report a denial of it.
// A document supports a claim when some sentence of it says what the
// claim says: a body that shares only the claim's subject ("the ferry")
// reports on the story without vouching for the claim's predicate ("was
// overloaded"), and one whose best sentence is "X denied that the ferry
// was overloaded" reports the claim in order to report its denial.
// cover_best reads the sentence closest by cosine, word for word; this
// reads every sentence, through WordNet too, and takes the largest.
func (s *Signals) coverSentences(cv vec, whole vec, sents []sentence, order []ranked) {
	stems, total := claimStems(cv, whole)
	if total == 0 {
		return
	}
	if len(sents) == 0 {
		return
	}
	share := make([]float64, len(sents))
	var most float64
	words := 0 // the most claim words one sentence says
	for i, st := range sents {
		n, sh := carried(st, stems, total)
		share[i], words = sh, max(words, n)
		most = max(most, sh)
	}
	if most == 0 {
		return
	}
	ls := lists()
	denied := false
	carrier := -1
	for _, o := range order { // closest first, so that a tie goes to the closest
		i, st := o.i, sents[o.i]
		if share[i] < most-1e-9 {
			continue
		}
		cue, d := deniesClaim(ls, st, stems, total)
		if s.Carrier < 0 || (d && !denied) {
			s.Carrier = st.passage
			carrier = i
			if d {
				s.Cues = append(s.Cues, cueMatch{Passage: st.passage, Start: cue[0], End: cue[1], List: "deny"})
			}
		}
		denied = denied || d
	}
	s.CoverSent, s.Denied = most, denied
	s.voice(sents, share, most, words, carrier, stems)
}

// claimStems lists the claim's content words with the document's stems
// that stand for each (itself, or a WordNet synonym or close relation),
// and their total weight.
func claimStems(cv vec, whole vec) ([]claimStem, float64) {
	var total float64
	var stems []claimStem
	var docGroups map[string][]wordnet.Group
	for _, k := range cv.keys() {
		cs := claimStem{w: cv[k], matches: map[string]bool{}}
		total += cs.w
		if _, ok := whole[k]; ok {
			cs.matches[k] = true
		}
		if g := wordnet.StemGroups(k); len(g) > 0 {
			if docGroups == nil {
				docGroups = map[string][]wordnet.Group{}
				for _, d := range whole.keys() {
					if dg := wordnet.StemGroups(d); len(dg) > 0 {
						docGroups[d] = dg
					}
				}
			}
			for d, dg := range docGroups {
				if wordnet.Meet(g, dg) {
					cs.matches[d] = true
				}
			}
		}
		stems = append(stems, cs)
	}
	return stems, total
}

// deniesClaim tells whether a denial cue stands in the sentence before,
// and within the reach of, most of the claim's weight ("the company denied that the ferry was
// overloaded", "the ferry operator denied it was overloaded", not "the
// minister rejected calls to resign and said the ferry had passed its
// inspection", where the denial is of something else), and where the
// cue is.
func deniesClaim(ls *cueLists, st sentence, stems []claimStem, total float64) ([2]int32, bool) {
	cue := [2]int32{-1, -1}
	ls.deny.count(st.toks, func(a, b int32) {
		if cue[0] < 0 {
			cue = [2]int32{a, b}
		}
	})
	if cue[0] < 0 {
		return cue, false
	}
	// The denial's scope ends where the sentence reports another saying
	// ("rejected calls to resign and said the ferry had passed").
	end := int32(math.MaxInt32)
	ls.attribution.count(st.toks, func(a, _ int32) {
		if a > cue[0] && a < end {
			end = a
		}
	})
	var after float64
	for _, cs := range stems {
		for _, t := range st.toks {
			if t.Start > cue[0] && t.Start < end && cs.matches[t.Stem()] {
				after += cs.w
				break
			}
		}
	}
	return cue, after >= total/2
}

// Passage is the index of the document passage to show for the claim:
// the one that carries most of it, else the one holding the closest
// sentence, or -1.
func (s *Signals) Passage() int {
	if s.Carrier >= 0 {
		return s.Carrier
	}
	return s.Best
}

package claims

import (
	"strings"

	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// wordFlag says which of the word lists the scans test at every token a
// word is on. The lists are keyed by strings; a scan that asked them for
// every token hashed each token's text several times over (a third of
// reading the claims at 2 × 10,000 paragraphs). The flags of a word are
// read once per word id for the process (lexicon.WordCache), and a token
// tests a bit. What they say depends on the word's string alone, as the
// lists' answers do.
type wordFlag uint16

const (
	fSpeech     wordFlag = 1 << iota // speechWords
	fNeg                             // negWords
	fNt                              // ends in "n't"
	fAnon                            // anonWords
	fAttack                          // attackCues
	fCulprit                         // culpritNorm
	fPolarCue                        // polarCues, as a token's key (features.TokKey)
	fClaimCue                        // claimCueKeys, as a token's key
	fDenyStem                        // denyStems, as a stem
	fHedge                           // HedgeWords
	fSpeechNoun                      // speechNouns

	fLast // one past the largest combination of the flags above
)

var wordFlags lexicon.WordCache[wordFlag]

// readFlags reads the flags of the word w.
func readFlags(w string) *wordFlag {
	var f wordFlag
	set := func(b wordFlag, on bool) {
		if on {
			f |= b
		}
	}
	set(fSpeech, speechWords.Has(w))
	set(fNeg, negWords.Has(w))
	set(fNt, strings.HasSuffix(w, "n't"))
	set(fAnon, anonWords.Has(w))
	set(fAttack, attackCues[w] != 0)
	set(fCulprit, culpritNorm.Has(w))
	set(fPolarCue, polarCues[w] != 0)
	set(fClaimCue, claimCueKeys()[w])
	set(fDenyStem, denyStems.Has(w))
	set(fHedge, HedgeWords.Has(w))
	set(fSpeechNoun, speechNouns.Has(w))
	return &flagValues[f]
}

// flagValues holds every combination of flags, each at its own index:
// a word's entry points at its combination, so that reading the flags
// of tens of thousands of words allocates nothing per word.
var flagValues = func() (v [fLast]wordFlag) {
	for i := range v {
		v[i] = wordFlag(i)
	}
	return v
}()

// flagsOf returns the flags of the word w.
func flagsOf(w lexicon.Word) wordFlag { return *wordFlags.Get(w, readFlags) }

// normFlags are the flags of a token's folded text (Norm).
func normFlags(t *lexicon.Token) wordFlag { return flagsOf(t.NormID()) }

// stemFlags are the flags of a token's stem (Stem; "" has none).
func stemFlags(t *lexicon.Token) wordFlag { return flagsOf(t.StemID()) }

// IsHedge reports whether a token's folded text is one of HedgeWords,
// by its word id.
func IsHedge(t *lexicon.Token) bool { return normFlags(t)&fHedge != 0 }

// keyFlags are the flags of a token's key (features.TokKey: its stem, or
// its folded text when it has none).
func keyFlags(t *lexicon.Token) wordFlag {
	id := t.StemID()
	if id == 0 {
		id = t.NormID()
	}
	return flagsOf(id)
}

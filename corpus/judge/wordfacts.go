package judge

import (
	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// What the judge's fixed tables and word lists say of a word, read once
// per word id for the process rather than by string for every token of
// every passage. As a stem: WordNet's groups and antonyms, the background
// weight of the sentence match, whether the stem can be a count's context,
// its casualty class, whether it is a report noun. As a folded word: the
// lists readSentences and actionWord ask about each token (debunk
// phrases, recounts, plain speech, calendar words, light verbs, adverbs,
// past forms, determiners, auxiliaries). The tables never change while the
// process runs, and a word id stands for one string for as long
// (lexicon.Word), so the facts are kept by id, in a lexicon.WordCache (as
// the alignment keeps its own). At twenty articles of 500 paragraphs the
// string look-ups these replace were a fifth of what the judge's
// per-passage reading cost.

// wordFacts is what the tables say of one word, as a stem and as a
// folded word (one id may be both). The slices come first and the flags
// last, so that the struct has little padding: 80 bytes (some 40,000
// words are read at twenty sources).
type wordFacts struct {
	groups  []wordnet.Group // wordnet.StemGroups
	weight  float64         // stemWeight
	ops     []string        // wordnet.Opposites
	debunks bool            // a debunking phrase begins with it (align.StartsDispute)
	class   lexicon.Word    // its casualty class's id, or 0 (polarKey)

	context    bool // not a casualty word nor a people noun (contextWords)
	reportNoun bool // reportNouns
	negCue     bool // negationCue
	notSo      bool // negatesTruth: a word of truth may follow it (notSoLen)
	recount    bool // recount
	plain      bool // plainSpeech
	calendar   bool // features.CalendarWords
	light      bool // lightVerbs
	adverb     bool // adverbs
	past       bool // pastForms or participles
	determiner bool // determiners
	auxiliary  bool // auxiliaries
	response   bool // responseWords, as a stem (silence.go)
}

// wordFactsCache holds the facts read so far, by word id.
var wordFactsCache lexicon.WordCache[wordFacts]

// factsOf returns the facts of word id w.
func factsOf(w lexicon.Word) *wordFacts { return wordFactsCache.GetWord(w, readWordFacts) }

// readWordFacts reads the facts of the word id.
func readWordFacts(id lexicon.Word) *wordFacts {
	word := id.String()
	f := &wordFacts{
		groups:  wordnet.StemGroups(word),
		weight:  stemWeight(word),
		context: features.CasualtyClasses[word] == "" && !features.PeopleNouns.Has(word),
		ops:     wordnet.Opposites(word),

		reportNoun: reportNouns.Has(word),
		debunks:    align.StartsDispute(id),
		negCue:     negationCue[word],
		notSo:      negatesTruth(word),
		recount:    recount.Has(word),
		plain:      plainSpeech.Has(word),
		calendar:   features.CalendarWords.Has(word),
		light:      lightVerbs[word],
		adverb:     adverbs[word],
		past:       pastForms.Has(word) || participles[word],
		determiner: determiners[word],
		auxiliary:  auxiliaries.Has(word),
		response:   responseWords.Has(word),
	}
	if c := features.CasualtyClasses[word]; c != "" {
		f.class = casualtyClassIDs()[c]
	}
	return f
}

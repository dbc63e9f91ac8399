package features

import (
	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// tokens tokenizes text as one passage, with the segmenter's sentences.
func tokens(text string) []lexicon.Token {
	return lexicon.Tokenize(text, txt.Sentences(text), lexicon.NewLexicon(1))
}

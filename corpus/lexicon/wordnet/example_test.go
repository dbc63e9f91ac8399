package wordnet_test

import (
	"fmt"

	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

func ExampleRelated() {
	fmt.Println(wordnet.Related("denied", "rejected"), wordnet.Related("killed", "dead"), wordnet.Related("deny", "confirm"))
	// Output: true true false
}

func ExampleStemsRelated() {
	// Keys are Snowball stems: english.Stem("warned", true) = "warn",
	// "tipped off" → "tip off".
	fmt.Println(wordnet.StemsRelated("warn", "tip off"), wordnet.StemsRelated("warn", "kill"))
	// Output: true false
}

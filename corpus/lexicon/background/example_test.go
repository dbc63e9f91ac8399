package background_test

import (
	"fmt"

	"github.com/parallax-reader/parallax/corpus/lexicon/background"
)

func ExampleIDF() {
	// Keys are Snowball stems: english.Stem("police", true) = "polic".
	fmt.Printf("%.1f %.1f %.1f %v\n", background.IDF("the"), background.IDF("polic"),
		background.IDF("zxqv"), background.IDF("zxqv") == background.MaxIDF())
	// Output: 0.0 1.8 7.9 true
}

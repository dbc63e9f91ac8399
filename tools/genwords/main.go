// Command genwords writes words_gen.go in the current directory (a stage
// of the engine) from its word lists, words/*.txt: plain words, one a line,
// stemmed here with the tokenizer's stemmer where the list says so, so that
// a start of parallax does not stem them. Run it with go generate
// ./corpus/... after editing a list; TestWordsGenerated fails until then.
package main

import (
	"fmt"
	"os"
)

func main() {
	src, err := Generate(".")
	if err == nil && src != nil {
		err = os.WriteFile("words_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
}

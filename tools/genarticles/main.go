// Command genarticles writes synthetic news articles for benchmarks (see
// internal/synth): k articles of n paragraphs about one story, named
// s01.txt, s02.txt, … in the output directory. The same -seed, -k and -n
// write the same bytes.
//
//	go run ./tools/genarticles -k 2 -n 10000 -o /tmp/2x10k
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parallax-reader/parallax/internal/synth"
)

func main() {
	k := flag.Int("k", 2, "number of articles")
	n := flag.Int("n", 1000, "paragraphs per article")
	seed := flag.Uint64("seed", 12, "random seed")
	out := flag.String("o", ".", "output directory")
	flag.Parse()
	if *k < 1 || *n < 1 {
		fmt.Fprintln(os.Stderr, "genarticles: -k and -n must be at least 1")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "genarticles:", err)
		os.Exit(1)
	}
	for i, a := range synth.Articles(*seed, *k, *n) {
		p := filepath.Join(*out, fmt.Sprintf("s%02d.txt", i+1))
		if err := os.WriteFile(p, []byte(a), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genarticles:", err)
			os.Exit(1)
		}
	}
}

// Command background counts the document frequencies of word stems in the
// fit part of the FNC-1 article bodies and writes them as the table
// embedded in corpus/lexicon/background.
//
// Usage (from the repository root):
//
//	go run ./tools/background [-data ../shared/data] [-out corpus/lexicon/background/df.txt.gz]
//
// `go generate ./corpus/lexicon/background` runs it with the defaults. When
// the data folder is absent it says so and writes nothing, so the table in
// the repository stays as it is.
//
// What it counts:
//
//   - Bodies: train_bodies.csv of FNC-1, fit part only. The evaluation
//     harness splits by Body ID: a body is in the dev part iff the FNV-1a
//     32-bit hash of its decimal Body ID string, modulo 5, is 0 (see
//     background.DevBody). Dev bodies are skipped so the weights the engine
//     is scored with never saw them.
//   - Words: maximal runs of letters and digits, lower-cased (Unicode);
//     words that start with a digit are left out (the engine does not stem
//     numbers). Each word is stemmed with the Snowball English stemmer,
//     english.Stem(word, true), the stemmer the engine uses.
//   - Document frequency: the number of bodies a stem occurs in. Stems
//     found in fewer than minDF bodies are dropped: they are names and
//     typos, and the table treats an unseen stem as rare anyway.
//
// With -words FILE it also writes the common words of the same bodies:
// every lower-case ASCII word (the rule above) found in at least
// minWordDF fit bodies, one a line, sorted, under a comment line. The
// lexicon stems these from a generated table (corpus/lexicon/stemtable.go)
// instead of running the stemmer at each start; `go generate
// ./corpus/lexicon` writes both.
//
// Output: gzip of a text file, first line "N <bodies counted>", then one
// "stem<TAB>df" line per stem, sorted by stem. Only these counts leave the
// data folder, never article text. The output is a function of the input
// alone (no gzip timestamp, sorted lines): running it twice writes the
// same bytes.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-reader/parallax/corpus/lexicon/background"
)

// minDF is the least document frequency a stem needs to be kept.
const minDF = 2

func main() {
	data := flag.String("data", "../shared/data", "folder holding fnc-1/train_bodies.csv")
	out := flag.String("out", "corpus/lexicon/background/df.txt.gz", "output file")
	wordsOut := flag.String("words", "", "also write the common words to this file")
	flag.Parse()
	log.SetFlags(0)
	path := filepath.Join(*data, "fnc-1", "train_bodies.csv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "background: %s not found; table left unchanged\n", path)
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	raw, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	if *wordsOut != "" {
		ws, err := commonWords(bytes.NewReader(raw))
		if err != nil {
			log.Fatalf("background: %s: %v", path, err)
		}
		if err := os.WriteFile(*wordsOut, encodeWords(ws), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "background: %d common words → %s\n", len(ws), *wordsOut)
		return
	}
	n, df, err := count(bytes.NewReader(raw))
	if err != nil {
		log.Fatalf("background: %s: %v", path, err)
	}
	b, err := encode(n, df)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "background: %d fit bodies, %d stems, %d bytes → %s\n", n, len(df), len(b), *out)
}

// minWordDF is the least number of fit bodies a common word is found in.
const minWordDF = 5

// commonWords returns the lower-case ASCII words found in minWordDF fit
// bodies or more, sorted.
func commonWords(r io.Reader) ([]string, error) {
	cr := csv.NewReader(r)
	if _, err := cr.Read(); err != nil {
		return nil, err
	}
	df := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if background.DevBody(strings.TrimSpace(rec[0])) {
			continue
		}
		seen := map[string]bool{}
		for _, w := range words(rec[1]) {
			if !seen[w] && isASCIIWord(w) {
				seen[w] = true
				df[w]++
			}
		}
	}
	maps.DeleteFunc(df, func(_ string, c int) bool { return c < minWordDF })
	return slices.Sorted(maps.Keys(df)), nil
}

// isASCIIWord reports whether w is ASCII letters and digits.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// encodeWords is the common-words file: a comment, then a word a line.
func encodeWords(ws []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The %d lower-case words found in %d or more FNC-1 fit bodies; written by go run ./tools/background -words (do not edit).\n", len(ws), minWordDF)
	for _, w := range ws {
		b.WriteString(w + "\n")
	}
	return b.Bytes()
}

// count reads the bodies CSV and returns the number of fit bodies and the
// document frequency of every stem with df ≥ minDF.
func count(r io.Reader) (int, map[string]int, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return 0, nil, err
	}
	if len(head) < 2 || head[0] != "Body ID" {
		return 0, nil, fmt.Errorf("unexpected header %q", head)
	}
	df := map[string]int{}
	stems := map[string]string{} // word → stem cache
	n := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, nil, err
		}
		if background.DevBody(strings.TrimSpace(rec[0])) {
			continue
		}
		n++
		seen := map[string]bool{}
		for _, w := range words(rec[1]) {
			s, ok := stems[w]
			if !ok {
				s = english.Stem(w, true)
				stems[w] = s
			}
			if !seen[s] {
				seen[s] = true
				df[s]++
			}
		}
	}
	maps.DeleteFunc(df, func(_ string, c int) bool { return c < minDF })
	return n, df, nil
}

// words returns the lower-cased words of text that start with a letter.
func words(text string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if r := []rune(w); unicode.IsLetter(r[0]) {
			ws = append(ws, w)
		}
	}
	return ws
}

func encode(n int, df map[string]int) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(zw, "N %d\n", n)
	for _, s := range slices.Sorted(maps.Keys(df)) {
		fmt.Fprintf(zw, "%s\t%d\n", s, df[s])
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

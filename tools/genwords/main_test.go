package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// stages are the engine packages that keep word lists ("." is corpus, the
// orchestrator).
var stages = []string{".", "claims", "coverage", "features", "judge", "lexicon", "text"}

// TestWordsGenerated fails when a words_gen.go is not what go generate
// writes from the word lists today, or when a list holds a duplicate or an
// entry that can never match (Generate refuses those).
func TestWordsGenerated(t *testing.T) {
	for _, s := range stages {
		dir := filepath.Join("..", "..", "corpus", s)
		want, err := Generate(dir)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "words_gen.go"))
		if want == nil {
			if err == nil {
				t.Errorf("%s: words_gen.go without word lists", s)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s/words_gen.go is stale: run go generate ./corpus/%s", s, s)
		}
	}
}

// TestListChecks holds Generate to its refusals.
func TestListChecks(t *testing.T) {
	for name, body := range map[string]string{
		"twice":   "# match: word\nsaid\nsaid\n",
		"collide": "# match: stem\nknow\nknows\n",
		"stop":    "# match: stem\nthe\n",
		"nomatch": "said\n",
		"fields":  "# match: word\n# map: pair\n# columns: a:float b:float\nx = 1\n",
		"number":  "# match: word\n# map: pair\n# columns: a:float\nx = one\n",
		"notype":  "# match: word\n# form: slice\n# columns: a:float\nx = 1\n",
	} {
		dir := t.TempDir()
		os.MkdirAll(filepath.Join(dir, "words"), 0o755)
		os.WriteFile(filepath.Join(dir, "words", "x.txt"), []byte(body), 0o644)
		if _, err := Generate(dir); err == nil {
			t.Errorf("%s: Generate accepted %q", name, body)
		}
	}
}

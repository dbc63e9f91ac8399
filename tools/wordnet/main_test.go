package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStemKey guards the stem-view key form the package doc promises.
func TestStemKey(t *testing.T) {
	for in, want := range map[string]string{
		"tip off": "tip off", "tipped off": "tip off", "well-known": "well known", "killed": "kill", "deny": "deni",
	} {
		if got := stemKey(in); got != want {
			t.Errorf("stemKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTableFresh guards that corpus/lexicon/wordnet/wordnet.bin, the
// table's compact record (test data there, from which its tests generate
// table_gen.go; nothing embeds it), is what the database gives today (a
// build that is not deterministic fails it too).
func TestTableFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole table")
	}
	const dict = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dict, "data.noun")); err != nil {
		t.Skipf("WordNet database absent (apt-get install wordnet-base): %v", err)
	}
	d, err := readDB(dict)
	if err != nil {
		t.Fatal(err)
	}
	out := build(d).encode()
	stored, err := os.ReadFile(filepath.Join("..", "..", "corpus", "lexicon", "wordnet", "wordnet.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, stored) {
		t.Error("wordnet.bin is stale: run go generate ./corpus/lexicon/wordnet")
	}
}

// TestAntonymsFresh guards that the embedded antonym table is what the
// database gives today.
func TestAntonymsFresh(t *testing.T) {
	const dict = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dict, "data.verb")); err != nil {
		t.Skipf("WordNet database absent (apt-get install wordnet-base): %v", err)
	}
	d, err := readDB(dict)
	if err != nil {
		t.Fatal(err)
	}
	out := []byte(strings.Join(antonymLines(d), "\n") + "\n")
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "lexicon", "wordnet", "antonyms.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, embedded) {
		t.Error("embedded antonyms.txt is stale: run go generate ./corpus/lexicon/wordnet")
	}
}

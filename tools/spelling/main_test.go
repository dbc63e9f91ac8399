package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

const dict = "/usr/share/dict"

// readTestLists reads the word lists, or skips t when they are absent.
func readTestLists(t *testing.T) *lists {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dict, "british-english-large")); err != nil {
		t.Skipf("SCOWL word lists absent (apt-get install wbritish-large wamerican-large): %v", err)
	}
	l, err := readLists(dict, "-large")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestTableFresh guards that corpus/lexicon/spelling.txt is what the word
// lists give today (a derivation that is not deterministic fails it too).
func TestTableFresh(t *testing.T) {
	out := render(derive(readTestLists(t)))
	stored, err := os.ReadFile(filepath.Join("..", "..", "corpus", "lexicon", "spelling.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, stored) {
		t.Error("spelling.txt is stale: run go generate ./corpus/lexicon")
	}
}

// TestDerive guards what the derivation keeps: pairs the two lists
// disagree on, with their inflections, and not two words both lists hold.
func TestDerive(t *testing.T) {
	got := map[string]string{}
	for _, p := range derive(readTestLists(t)) {
		got[p.br] = p.am
	}
	for b, a := range map[string]string{
		"organisation": "organization", "organisations": "organizations", "defence": "defense",
		"centre": "center", "centred": "centered", "programme": "program", "labour": "labor",
		"honourable": "honorable", "offence": "offense", "analysed": "analyzed", "travelled": "traveled",
		"paediatric": "pediatric", "manoeuvre": "maneuver", "manoeuvring": "maneuvering",
		"catalogue": "catalog", "metre": "meter", "radicalised": "radicalized", "paedophile": "pedophile",
		"anaesthetise": "anesthetize", "philtre": "philter",
	} {
		if got[b] != a {
			t.Errorf("%q → %q, want %q", b, got[b], a)
		}
	}
	for _, b := range []string{"four", "hour", "tour", "your", "flour", "acre", "ogre", "filled", "shoe",
		"snowshoed", "patinae", "promise", "advise", "exercise", "organisation's", "haem", "gre"} {
		if a, ok := got[b]; ok {
			t.Errorf("%q → %q, want no pair", b, a)
		}
	}
}

// TestVariants: one or two changes, in rule order, a possessive kept.
func TestVariants(t *testing.T) {
	for b, want := range map[string][]string{
		"manoeuvre": {"manoeuver", "maneuver", "maneuvre"},
		"centre's":  {"center's"},
		"four":      {"for"},
		"shoed":     nil,
	} {
		if got := variants(b); !slices.Equal(got, want) {
			t.Errorf("variants(%q) = %q, want %q", b, got, want)
		}
	}
}

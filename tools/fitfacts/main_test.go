package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/eval"
)

// TestModelFresh guards that the embedded same-fact model
// (corpus/judge/factmodel.json) is what the fitting command gives today:
// a change to the judge's rules, to FactFeatures or to the guards that is
// not followed by go run ./tools/fitfacts -write fails it. It judges
// every fit-gold link as if aligned (a few seconds); without the FNC-1
// data it skips, except under CI (CI set), where that fails it.
func TestModelFresh(t *testing.T) {
	if _, err := eval.DataDir(); err != nil {
		eval.MissingData(t, err)
	}
	var err error
	if guardCols, err = judge.GuardColumns(nil); err != nil {
		t.Fatal(err)
	}
	links, err := readGold()
	if err != nil {
		t.Fatal(err)
	}
	rs := rows(links)
	found := 0
	for _, l := range links {
		if l.found {
			found++
		}
		if l.x != nil && len(l.x) != len(judge.FactFeatures) {
			t.Fatalf("%d features, want %d", len(l.x), len(judge.FactFeatures))
		}
	}
	if len(rs) == 0 || found == 0 {
		t.Fatalf("%d rows, %d found links", len(rs), found)
	}
	got, err := fitJSON(links)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "judge", "factmodel.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Error("corpus/judge/factmodel.json is stale: run go run ./tools/fitfacts -write")
	}
}

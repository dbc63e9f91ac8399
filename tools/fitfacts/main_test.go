package main

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/eval"
)

// TestReadsTheFitGold runs what the tool measures on: every fit-gold link
// judged as if aligned with its same-fact features, and the found links'
// verdicts. The decision was not kept (eval/ERRORS.md §15), so
// corpus/judge/factmodel.json holds no model and there is no freshness to
// check; this keeps the tool working for the next try (a few seconds).
// Without the FNC-1 data it skips, except under CI (CI set).
func TestReadsTheFitGold(t *testing.T) {
	if _, err := eval.DataDir(); err != nil {
		eval.MissingData(t, err)
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
	if _, err := fitJSON(links); err != nil {
		t.Fatal(err)
	}
}

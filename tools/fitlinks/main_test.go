package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

// TestModelFresh guards that the embedded link filter is what the fitting
// command gives today: a change to the selection's scores or features
// that is not followed by go run ./tools/fitlinks -write fails it. It
// traces every fit pair (about a minute of CPU), so it runs in CI (CI set)
// or when asked: FITLINKS_FRESH=1 go test ./tools/fitlinks. Under CI a
// missing data set fails it.
func TestModelFresh(t *testing.T) {
	ci := os.Getenv("CI") != ""
	if !ci && os.Getenv("FITLINKS_FRESH") == "" {
		t.Skip("set FITLINKS_FRESH=1 (or CI) to refit the link filter and compare")
	}
	if _, err := eval.DataDir(); err != nil {
		if ci {
			t.Fatalf("CI is set and the FNC-1 data is missing: %v", err)
		}
		t.Skipf("FNC-1 data absent: %v", err)
	}
	pairs, err := readGold()
	if err != nil {
		t.Fatal(err)
	}
	got, err := fitJSON(pairs)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "align", "linkmodel.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Error("corpus/align/linkmodel.json is stale: run go run ./tools/fitlinks -write")
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

// TestModelFresh guards that the embedded verdict model is what the
// fitting command gives today: a change to the judge's signals or rules
// that is not followed by go run ./tools/fitjudge fails it. It fits on the
// whole FNC-1 fit part (about 20 s of CPU), so it runs in CI (CI set) or
// when asked: FITJUDGE_FRESH=1 go test ./tools/fitjudge. Under CI a
// missing data set fails it.
func TestModelFresh(t *testing.T) {
	ci := os.Getenv("CI") != ""
	if !ci && os.Getenv("FITJUDGE_FRESH") == "" {
		t.Skip("set FITJUDGE_FRESH=1 (or CI) to refit the verdict model and compare")
	}
	if _, err := eval.DataDir(); err != nil {
		eval.MissingData(t, err)
	}
	out := filepath.Join(t.TempDir(), "model.json")
	if err := run(false, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "judge", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Error("corpus/judge/model.json is stale: run go run ./tools/fitjudge")
	}
}

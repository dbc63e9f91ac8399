package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

// TestModelFresh fails when the claim check's signals changed and
// corpus/stance/model.json was not refitted (go run ./tools/fitstance):
// the model records a fingerprint of the signals of a fixed sample of fit
// pairs, recomputed here.
func TestModelFresh(t *testing.T) {
	pairs, err := fitPairs()
	if errors.Is(err, eval.ErrNoData) {
		eval.MissingData(t, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	root, err := eval.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "corpus", "stance", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Signals string `json:"signals"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	rows := sample(len(pairs))
	if got := fingerprint(vectors(signals(pairs, rows)), rows); got != m.Signals {
		t.Errorf("the signals changed since model.json was fitted (fingerprint %s, model has %q): run go run ./tools/fitstance", got, m.Signals)
	}
}

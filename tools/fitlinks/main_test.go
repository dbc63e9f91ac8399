package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

// TestModelFresh guards that the embedded link filter is what the fitting
// command gives today: a change to the selection's scores or features
// that is not followed by go run ./tools/fitlinks -write fails it. It also
// holds align.Trace, on whose features the filter is fitted, to the links
// corpus.Compare keeps on every fit pair, where the filter drops links
// (TestTraceKeepsPairLinks in corpus checks short pairs, where it drops
// none). It traces every fit pair (a second or two); without the FNC-1
// data it skips, except under CI (CI set), where that fails it.
func TestModelFresh(t *testing.T) {
	if _, err := eval.DataDir(); err != nil {
		eval.MissingData(t, err)
	}
	pairs, err := readGold()
	if err != nil {
		t.Fatal(err)
	}
	if n := traceApart(pairs); n != 0 {
		t.Errorf("align.Trace and corpus.Compare keep different links in %d places on the fit gold: PairRead and Trace compute the filter's features differently", n)
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

// TestWhyMissedCountsEveryMiss guards -why: every must link of the fit
// gold that corpus.Compare does not keep is given exactly one step of the
// selection, so the steps add up to the must links missed. It skips
// without the FNC-1 data, as TestModelFresh does.
func TestWhyMissedCountsEveryMiss(t *testing.T) {
	if _, err := eval.DataDir(); err != nil {
		eval.MissingData(t, err)
	}
	pairs, err := readGold()
	if err != nil {
		t.Fatal(err)
	}
	c := score(pairs, func(pd *pairData) map[[2]int]bool { return pd.engine })
	n := 0
	for _, k := range whyMissed(io.Discard, pairs) {
		n += k
	}
	if n != c.must-c.mustFound {
		t.Errorf("-why gives a step to %d missed must links, the engine misses %d", n, c.must-c.mustFound)
	}
}

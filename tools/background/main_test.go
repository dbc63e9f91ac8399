package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon/background"
	"github.com/parallax-reader/parallax/eval"
)

const sample = `Body ID,articleBody
1,"Police said the gunmen fled. Police said more."
6,"The police and the army said nothing, officials said."
3,"Gunmen attacked; 12 people died."
4,"Officials said gunmen were arrested."
`

// TestCountSample guards the counting rules: document frequency (not term
// frequency), stems, numbers left out, dev bodies skipped, df < 2 dropped.
func TestCountSample(t *testing.T) {
	n, df, err := count(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	// Body 6 hashes into the dev part (FNV-1a("6") % 5 == 0); the others do not.
	if n != 3 {
		t.Fatalf("n = %d, want 3 fit bodies", n)
	}
	want := map[string]int{"said": 2, "gunmen": 3, "polic": 0, "12": 0, "offici": 0, "die": 0}
	for stem, w := range want {
		if df[stem] != w {
			t.Errorf("df[%q] = %d, want %d", stem, df[stem], w)
		}
	}
}

// TestDeterministic guards that the generator writes the same bytes twice
// and that the embedded table is what the data gives today.
func TestDeterministic(t *testing.T) {
	raw := readBodies(t)
	var outs [2][]byte
	for i := range outs {
		n, df, err := count(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if outs[i], err = encode(n, df); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two runs gave different bytes")
	}
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "lexicon", "background", "df.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(outs[0], embedded) {
		t.Error("embedded df.txt.gz is stale: run go generate ./corpus/lexicon/background")
	}
}

// TestCommonWordsFresh guards that corpus/lexicon/commonwords.txt is what
// the data gives today (go generate ./corpus/lexicon rewrites it), and the
// common-word rules: fit bodies only, lower-case ASCII words.
func TestCommonWordsFresh(t *testing.T) {
	// minWordDF fit bodies say "gunmen fled"; as many dev bodies say
	// "army"; one fit body says "police", and "12" and "Zürich" are
	// not lower-case ASCII words.
	var b strings.Builder
	b.WriteString("Body ID,articleBody\n")
	fit, dev := 0, 0
	for id := 1; fit < minWordDF || dev < minWordDF; id++ {
		switch {
		case !background.DevBody(strconv.Itoa(id)) && fit < minWordDF:
			fmt.Fprintf(&b, "%d,\"Gunmen fled 12 times to Zürich.%s\"\n", id, map[bool]string{true: " Police.", false: ""}[fit == 0])
			fit++
		case background.DevBody(strconv.Itoa(id)) && dev < minWordDF:
			fmt.Fprintf(&b, "%d,\"The army.\"\n", id)
			dev++
		}
	}
	ws, err := commonWords(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ws, " "), "fled gunmen times to"; got != want {
		t.Errorf("common words: %q, want %q", got, want)
	}
	raw := readBodies(t)
	ws, err = commonWords(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile(filepath.Join("..", "..", "corpus", "lexicon", "commonwords.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encodeWords(ws), embedded) {
		t.Error("corpus/lexicon/commonwords.txt is stale: run go generate ./corpus/lexicon")
	}
}

// readBodies reads the FNC-1 bodies from ../shared. Without them the test
// is skipped, unless CI is set: there a missing data set must not pass
// silently.
func readBodies(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "fnc-1", "train_bodies.csv")
	raw, err := os.ReadFile(path)
	if err != nil {
		eval.MissingData(t, err)
	}
	return raw
}

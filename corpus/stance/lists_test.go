package stance

import (
	"strings"
	"testing"
)

// TestLists reads every list: each loads, has no duplicate, and every
// entry can match (it folds to words the tokenizer produces).
func TestLists(t *testing.T) {
	for _, name := range []string{"refute", "hedge", "support", "negation", "debunk", "attribution"} {
		ph, err := loadList(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(ph) == 0 {
			t.Errorf("%s: empty", name)
		}
	}
	if _, err := loadList("missing"); err == nil {
		t.Error("a missing list loads")
	}
}

func TestPhraseCount(t *testing.T) {
	ph, err := loadList("refute")
	if err != nil {
		t.Fatal(err)
	}
	claim := readClaim(t, "Officials said the report was not true, calling it a hoax that never happened.")
	var quoted []string
	n := ph.count(claim.Toks, func(a, b int32) { quoted = append(quoted, claim.Text[a:b]) })
	if n != 3 || strings.Join(quoted, "|") != "not true|hoax|never happened" {
		t.Errorf("count = %d, quoted %q", n, quoted)
	}
}

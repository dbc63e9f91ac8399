package synth

import (
	"strings"
	"testing"
)

func TestVocabulary(t *testing.T) {
	v := Vocabulary()
	if len(v) != VocabularySize {
		t.Fatalf("%d words, want %d", len(v), VocabularySize)
	}
	seen := map[string]bool{}
	for _, w := range v {
		if seen[w] {
			t.Fatalf("%q twice", w)
		}
		seen[w] = true
	}
	if v[0] != "the" {
		t.Errorf("commonest word %q, want the", v[0])
	}
}

// TestDeterministic: the same seed writes the same articles; another
// seed does not.
func TestDeterministic(t *testing.T) {
	a, b, c := Articles(7, 3, 50), Articles(7, 3, 50), Articles(8, 3, 50)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between two runs of seed 7", i)
		}
	}
	if a[0] == c[0] {
		t.Error("seeds 7 and 8 wrote the same article")
	}
}

// TestShape: n paragraphs an article, and a third of the second's
// reworded from the first (they share long runs of words).
func TestShape(t *testing.T) {
	as := Articles(1, 2, 300)
	for i, a := range as {
		if n := strings.Count(a, "\n\n") + 1; n != 300 {
			t.Errorf("article %d has %d paragraphs, want 300", i, n)
		}
	}
	first := map[string]bool{}
	for p := range strings.SplitSeq(as[0], "\n\n") {
		ws := strings.Fields(p)
		for i := 0; i+4 <= len(ws); i++ {
			first[strings.Join(ws[i:i+4], " ")] = true
		}
	}
	shared := 0
	for p := range strings.SplitSeq(as[1], "\n\n") {
		ws := strings.Fields(p)
		for i := 0; i+4 <= len(ws); i++ {
			if first[strings.Join(ws[i:i+4], " ")] {
				shared++
				break
			}
		}
	}
	if shared < 60 || shared > 150 {
		t.Errorf("%d of 300 paragraphs share four words in a row with the first article, want about 100", shared)
	}
}

package background

import (
	"fmt"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestIDFOrder guards the shape of the weights: common news words weigh
// little, rare ones much, and an unseen stem weighs the most.
func TestIDFOrder(t *testing.T) {
	if N() < 1000 {
		t.Fatalf("N = %d, want the ~1,335 fit bodies", N())
	}
	stem := func(w string) string { return english.Stem(w, true) }
	for _, w := range []string{"the", "said", "police"} {
		if got := IDF(stem(w)); got > 2 {
			t.Errorf("IDF(%q) = %.2f, want a common word's weight (≤ 2)", w, got)
		}
	}
	for _, w := range []string{"meteorite", "crater", "parliamentary"} {
		if got := IDF(stem(w)); got < 4 || got >= MaxIDF() {
			t.Errorf("IDF(%q) = %.2f, want a rare but known word's (4 … %.2f)", w, got, MaxIDF())
		}
	}
	if got := IDF("zxqv"); got != MaxIDF() {
		t.Errorf("IDF(unseen) = %.2f, want MaxIDF %.2f", got, MaxIDF())
	}
	if IDF(stem("the")) >= IDF(stem("said")) || IDF(stem("said")) >= IDF(stem("police")) {
		t.Errorf("want IDF the < said < police, got %.2f %.2f %.2f", IDF("the"), IDF("said"), IDF("polic"))
	}
	for _, s := range []string{"the", "said", "polic", "kill", "deni", "warn"} {
		if !Known(s) {
			t.Errorf("Known(%q) = false", s)
		}
	}
	t.Logf("N=%d stems=%d max=%.2f the=%.2f said=%.2f polic=%.2f kill=%.2f meteorit=%.2f",
		N(), Len(), MaxIDF(), IDF("the"), IDF("said"), IDF("polic"), IDF("kill"), IDF("meteorit"))
}

// TestDevBody guards the split rule the evaluation harness shares: about
// one id in five is dev, and the first dev ids are 6, 8, 12, 15, 18.
func TestDevBody(t *testing.T) {
	var first []int
	dev := 0
	for i := range 2600 {
		if DevBody(fmt.Sprint(i)) {
			dev++
			if len(first) < 5 {
				first = append(first, i)
			}
		}
	}
	if fmt.Sprint(first) != "[6 8 12 15 18]" {
		t.Errorf("first dev ids %v, want [6 8 12 15 18]", first)
	}
	if dev < 2600*17/100 || dev > 2600*23/100 {
		t.Errorf("%d of 2600 ids are dev, want about a fifth", dev)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIDF(b *testing.B) {
	stems := []string{"the", "polic", "meteorit", "zxqv", "said", "kill", "govern", "isi"}
	IDF("the")
	b.ReportAllocs()
	var sum float32
	for i := 0; b.Loop(); i++ {
		sum += IDF(stems[i%len(stems)])
	}
	_ = sum
}

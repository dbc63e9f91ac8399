package wordnet

import (
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// stemKey forms a stem-view key the way the package doc says the engine
// should.
func stemKey(phrase string) string {
	parts := strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '-' })
	for i, p := range parts {
		parts[i] = english.Stem(p, true)
	}
	return strings.Join(parts, " ")
}

// TestParaphrasesRelate guards the paraphrases issue 9 names, both as
// words and through the engine's stems.
func TestParaphrasesRelate(t *testing.T) {
	for _, p := range [][2]string{
		{"deny", "reject"}, {"deny", "refute"}, {"deny", "dismiss"}, {"reject", "refute"}, {"reject", "dismiss"},
		{"denied", "rejected"}, {"denies", "dismissed"},
		{"warn", "alert"}, {"warn", "tip off"}, {"warned", "alerted"}, {"warning", "warn"},
		{"killed", "dead"}, {"died", "dead"}, {"killed", "died"}, {"kill", "killing"}, {"killer", "kill"},
		{"provide", "give"}, {"provided", "gave"}, {"provides", "given"},
		{"attack", "assault"}, {"gunman", "shooter"}, {"president", "presidential"},
	} {
		if !Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = false, want true", p[0], p[1])
		}
		if !StemsRelated(stemKey(p[0]), stemKey(p[1])) {
			t.Errorf("StemsRelated(%q, %q) (%q, %q) = false, want true", p[0], p[1], stemKey(p[0]), stemKey(p[1]))
		}
	}
}

// TestUnrelated guards against links through rare senses and general
// hypernyms, and keeps antonyms apart.
func TestUnrelated(t *testing.T) {
	for _, p := range [][2]string{
		{"warn", "kill"}, {"deny", "confirm"}, {"deny", "admit"}, {"attack", "concert"},
		{"die", "go"}, {"kill", "go"}, {"warn", "tell"}, {"said", "same"}, {"give", "have"},
		{"dead", "alive"}, {"win", "lose"}, {"police", "army"}, {"rise", "fall"},
	} {
		if Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = true, want false", p[0], p[1])
		}
		if StemsRelated(stemKey(p[0]), stemKey(p[1])) {
			t.Errorf("StemsRelated(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

// TestKnownMisses records what the table does not do, so a change that
// fixes one shows up here.
func TestKnownMisses(t *testing.T) {
	for _, p := range [][2]string{{"share", "provide"}, {"share", "give"}} {
		if Related(p[0], p[1]) {
			t.Logf("Related(%q, %q) now holds: move it to TestParaphrasesRelate", p[0], p[1])
		}
	}
}

// TestLookups guards the lookup rules: irregular forms, suffix rules,
// multiword lemmas, unknown words, and the sorted, shared lists.
func TestLookups(t *testing.T) {
	for _, w := range []string{"die", "died", "dying", "gave", "mice", "cities", "warned", "tip off", "killing", "killed"} {
		if len(Groups(w)) == 0 {
			t.Errorf("Groups(%q) is empty", w)
		}
	}
	for _, w := range []string{"", "zzzq", "qx", "xes", "the"} {
		if g := Groups(w); g != nil {
			t.Errorf("Groups(%q) = %v, want nil", w, g)
		}
	}
	if g := StemGroups("tip off"); len(g) == 0 {
		t.Error(`StemGroups("tip off") is empty`)
	}
	for _, w := range []string{"deny", "die", "warn", "dead", "give"} {
		g := Groups(w)
		for i := 1; i < len(g); i++ {
			if g[i-1] >= g[i] {
				t.Fatalf("Groups(%q) not strictly sorted: %v", w, g)
			}
		}
		for _, x := range g {
			if int(x.ID()) >= Len() {
				t.Fatalf("Groups(%q) holds id %d ≥ Len %d", w, x.ID(), Len())
			}
		}
	}
	words, stems := Size()
	if words < 20000 || stems < 15000 {
		t.Errorf("table holds %d words, %d stems; want tens of thousands", words, stems)
	}
}

// TestMeet guards the reach rule: two words that only reach a group do
// not meet there.
func TestMeet(t *testing.T) {
	own, reach := Group(4<<1), Group(4<<1|1)
	for _, c := range []struct {
		a, b []Group
		want bool
	}{
		{[]Group{own}, []Group{own}, true},
		{[]Group{own}, []Group{reach}, true},
		{[]Group{reach}, []Group{reach}, false},
		{[]Group{2, reach}, []Group{3 << 1, own}, true},
		{nil, []Group{own}, false},
	} {
		if got := Meet(c.a, c.b); got != c.want {
			t.Errorf("Meet(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSize guards the size budget of wordnet.bin, the data table_gen.go
// is generated from.
func TestSize(t *testing.T) {
	if len(data) > 1<<20 {
		t.Errorf("wordnet.bin is %d bytes, budget 1 MiB", len(data))
	}
	t.Logf("wordnet.bin %d bytes, %d groups", len(data), Len())
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

var sink int

func BenchmarkGroups(b *testing.B) {
	words := []string{"deny", "killed", "warned", "tip off", "police", "zzzq", "died", "dismissed"}
	Groups("deny")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink += len(Groups(words[i%len(words)]))
	}
}

func BenchmarkStemsRelated(b *testing.B) {
	pairs := [][2]string{{"deni", "reject"}, {"kill", "dead"}, {"warn", "tip off"}, {"polic", "armi"}, {"share", "provid"}}
	StemGroups("deni")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		if StemsRelated(p[0], p[1]) {
			sink++
		}
	}
}

// FuzzGroups guards the lookups against any input: no panic, and every
// list sorted with ids in range.
func FuzzGroups(f *testing.F) {
	for _, s := range []string{"", "deny", "killed", "tip off", "ééé", "\xff", strings.Repeat("x", 100) + "ies"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range [][]Group{Groups(s), StemGroups(s)} {
			for i, x := range g {
				if int(x.ID()) >= Len() || i > 0 && g[i-1] >= x {
					t.Fatalf("%q: bad list %v", s, g)
				}
			}
		}
	})
}

package corpus

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/parallax-reader/parallax/internal/synth"
)

// TestLazyMarksSame guards Options.LazyMarks: the comparison keeps no
// highlights, its JSON report is byte for byte the eager one, and the
// Marker gives every alignment the marks the eager path gives it, asked
// from several goroutines at once (the reader asks from Cmds).
func TestLazyMarksSame(t *testing.T) {
	var gen []Source
	for i, a := range synth.Articles(7, 4, 60) {
		gen = append(gen, Source{Name: fmt.Sprintf("s%02d.txt", i+1), Data: []byte(a)})
	}
	for name, srcs := range map[string][]Source{
		"seeds": textFiles(t, "../seeds"),
		"five":  textFiles(t, filepath.Join("..", "testdata", "five")),
		"synth": gen,
	} {
		eager, _, err := CompareWith(srcs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		lazy, facts, err := CompareWith(srcs, Options{LazyMarks: true})
		if err != nil {
			t.Fatal(err)
		}
		mk := facts.Marker()
		if mk == nil {
			t.Fatalf("%s: no Marker with LazyMarks", name)
		}
		if !bytes.Equal(jsonOf(t, eager), jsonOf(t, lazy)) {
			t.Errorf("%s: the JSON report differs with LazyMarks", name)
		}
		marked := 0
		var wg sync.WaitGroup
		got := make([]Marks, len(lazy.Alignments))
		for w := range 3 {
			wg.Go(func() {
				for i := w; i < len(lazy.Alignments); i += 3 {
					got[i] = mk.For(&lazy.Alignments[i])
				}
			})
		}
		wg.Wait()
		for i := range lazy.Alignments {
			al, want := &lazy.Alignments[i], &eager.Alignments[i]
			if al.MarksA != nil || al.MarksB != nil {
				t.Fatalf("%s: alignment %d keeps marks with LazyMarks", name, i)
			}
			if !reflect.DeepEqual(got[i], Marks{A: want.MarksA, B: want.MarksB}) {
				t.Fatalf("%s: alignment %d (%s–%s): lazy marks %v, eager %v / %v", name, i, al.A, al.B, got[i], want.MarksA, want.MarksB)
			}
			marked += len(got[i].A) + len(got[i].B)
		}
		if marked == 0 {
			t.Fatalf("%s: no marks at all: the test tests nothing", name)
		}
		if m := mk.For(&eager.Alignments[0]); m.A != nil || m.B != nil {
			t.Errorf("%s: marks for an alignment of another comparison", name)
		}
	}
}

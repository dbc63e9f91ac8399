package main

import (
	"bytes"
	"runtime/debug"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/internal/inputs"
)

// TestTightenGC: the collector is held to gcPercent only when a run may
// read smallInput of text or more (local sources that size, or any URL),
// and never when GOGC is set.
func TestTightenGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	small := []corpus.Source{{Name: "a.txt", Data: []byte("A short article.")}}
	large := []corpus.Source{{Name: "a.txt", Data: bytes.Repeat([]byte("x"), smallInput/2)}, {Name: "b.txt", Data: bytes.Repeat([]byte("y"), smallInput/2)}}
	url, err := inputs.ReadLocal([]string{"https://example.org/a"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		gogc string
		set  *inputs.Set
		want int
	}{
		{"small", "", inputs.Sources(small), 100},
		{"large in all", "", inputs.Sources(large), gcPercent},
		{"a URL", "", url, gcPercent},
		{"GOGC set", "200", inputs.Sources(large), 100},
	} {
		t.Setenv("GOGC", c.gogc)
		debug.SetGCPercent(100)
		tightenGC(c.set)
		if got := debug.SetGCPercent(100); got != c.want {
			t.Errorf("%s: GC percent %d, want %d", c.name, got, c.want)
		}
	}
}

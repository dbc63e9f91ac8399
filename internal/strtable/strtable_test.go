package strtable

import (
	"fmt"
	"strings"
	"testing"
)

// TestFindLayout holds Find to the index of every key laid out by
// Layout, and to -1 for strings that are not keys, at sizes where the
// probes wrap around the end of the slots.
func TestFindLayout(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 100, 5000} {
		var keys []string
		var all strings.Builder
		off := []uint32{0}
		for i := range n {
			k := fmt.Sprint("w", i*7)
			keys = append(keys, k)
			all.WriteString(k)
			off = append(off, uint32(all.Len()))
		}
		slots := Layout(keys)
		if len(slots) < 2*n || len(slots)&(len(slots)-1) != 0 {
			t.Fatalf("%d keys: %d slots, want a power of two at least twice as many", n, len(slots))
		}
		for i, k := range keys {
			if got := Find(all.String(), off, slots, k); got != i {
				t.Fatalf("%d keys: Find(%q) = %d, want %d", n, k, got, i)
			}
		}
		for _, s := range []string{"", "w1", "x", "w00"} {
			if got := Find(all.String(), off, slots, s); got != -1 && keys[got] != s {
				t.Fatalf("%d keys: Find(%q) = %d (%q)", n, s, got, keys[got])
			}
			if got := Find(all.String(), off, slots, s); s == "w1" && got != -1 {
				t.Fatalf("%d keys: Find(%q) = %d, want -1", n, s, got)
			}
		}
	}
}

// TestHash holds Hash to FNV-1a's published values.
func TestHash(t *testing.T) {
	for s, want := range map[string]uint32{"": 0x811c9dc5, "a": 0xe40c292c, "foobar": 0xbf9cf968} {
		if got := Hash(s); got != want {
			t.Errorf("Hash(%q) = %#x, want %#x", s, got, want)
		}
	}
}

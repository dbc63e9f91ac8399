package strtable

import (
	"iter"
	"slices"
	"strings"
)

// Set is a fixed set of strings in Find's layout. The word lists of the
// engine's stages are Sets written out by tools/genwords as composite
// literals of constants, which the linker lays out in the binary: nothing
// is built when parallax starts (as a map[string]bool, the 79 lists were
// built at every start, a fifth of the engine's package initialisation),
// and a look-up is one FNV-1a hash and a probe or two, as a map's.
type Set struct {
	Keys  string   // the strings, sorted, end to end
	Off   []uint32 // string i is Keys[Off[i]:Off[i+1]]
	Slots []uint16 // Layout of the strings
}

// NewSet returns the set of words, laid out at run time (for sets that
// are not generated: tests, lists built from others).
func NewSet(words ...string) *Set {
	ws := slices.Clone(words)
	slices.Sort(ws)
	ws = slices.Compact(ws)
	s := &Set{Off: make([]uint32, 1, len(ws)+1)}
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w)
		s.Off = append(s.Off, uint32(b.Len()))
	}
	s.Keys = b.String()
	s.Slots = Layout(ws)
	return s
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	return len(s.Slots) > 0 && Find(s.Keys, s.Off, s.Slots, w) >= 0
}

// Len returns the number of strings in the set.
func (s *Set) Len() int { return max(len(s.Off)-1, 0) }

// All yields the strings of the set in sorted order.
func (s *Set) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i+1 < len(s.Off); i++ {
			if !yield(s.Keys[s.Off[i]:s.Off[i+1]]) {
				return
			}
		}
	}
}

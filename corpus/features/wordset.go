package features

import (
	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// wordSet is a set of word ids as a bitset: asking it for a token's word
// reads a bit, not a map. The ids of a set built from a few table words
// early in a run are small, so the set is too.
type wordSet []uint64

// newWordSet returns the set of ws.
func newWordSet(ws []lexicon.Word) wordSet {
	var s wordSet
	for _, w := range ws {
		i := int(uint32(w) >> 6)
		for len(s) <= i {
			s = append(s, 0)
		}
		s[i] |= 1 << (uint32(w) & 63)
	}
	return s
}

// has reports whether w is in the set.
func (s wordSet) has(w lexicon.Word) bool {
	i := uint(uint32(w) >> 6)
	return i < uint(len(s)) && s[i]&(1<<(uint32(w)&63)) != 0
}

// union adds the words of o to the set.
func (s *wordSet) union(o wordSet) {
	if len(o) > len(*s) {
		*s = append(*s, make(wordSet, len(o)-len(*s))...)
	}
	for i, bits := range o {
		(*s)[i] |= bits
	}
}

// add adds w to the set, growing it by a quarter more than it needs.
func (s *wordSet) add(w lexicon.Word) {
	i := int(uint32(w) >> 6)
	if i >= len(*s) {
		*s = append(*s, make(wordSet, i+1-len(*s)+len(*s)/4)...)
	}
	(*s)[i] |= 1 << (uint32(w) & 63)
}

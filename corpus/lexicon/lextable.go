package lexicon

import "hash/maphash"

// lexTable holds what one Lexicon knows of each word it has read. It does
// what a map[string]lexWord would, faster for tokenising: a Go map finds
// a word through its control bytes, its slot, and then the key's bytes
// elsewhere in the heap (at 2 × 10,000 passages, three cache misses a
// token and most of Tokenize's time). Here a word of up to 16 bytes sits
// in its slot, so that finding it reads one slot of 32 bytes: open
// addressing, linear probing, the table at most half full. Longer words
// (and the empty one) go to a map.
type lexTable struct {
	slots []lexSlot
	n     int                // words in slots
	long  map[string]lexWord // words that do not fit a slot, by the word table's copy
}

// lexSlot is one slot: a word of klen bytes (0: empty) and what is known
// of it.
type lexSlot struct {
	key  [2]uint64 // the word's bytes, zero-padded
	klen uint8
	e    lexWord
}

// lexSeed seeds the slots' hash; it is the process's, and only decides
// where a word sits, never what is found.
var lexSeed = maphash.MakeSeed()

// newLexTable returns a table sized for about n words.
func newLexTable(n int) *lexTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return &lexTable{slots: make([]lexSlot, size), long: map[string]lexWord{}}
}

// slotKey is w's bytes as a slot holds them; w fits a slot (1 to 16 bytes).
func slotKey(w string) (k [2]uint64) {
	var b [16]byte
	copy(b[:], w)
	return keyOf(&b)
}

// keyOf is the key of a word's bytes, zero-padded to 16.
func keyOf(b *[16]byte) (k [2]uint64) {
	for i := range 8 {
		k[0] |= uint64(b[i]) << (8 * i)
		k[1] |= uint64(b[8+i]) << (8 * i)
	}
	return k
}

// fits reports whether w is kept in a slot.
func fits(w string) bool { return len(w) > 0 && len(w) <= 16 }

// get returns the entry of w, or nil.
func (t *lexTable) get(w string) *lexWord {
	if !fits(w) {
		if e, ok := t.long[w]; ok {
			return &e // a copy: the caller only reads it
		}
		return nil
	}
	var b [16]byte
	copy(b[:], w)
	return t.getFolded(&b, len(w))
}

// getFolded is get of the word of n bytes held in b, zero-padded (1 ≤ n
// ≤ 16): the hash of b[:n] is that of the word's string (maphash).
func (t *lexTable) getFolded(b *[16]byte, n int) *lexWord {
	k, kn := keyOf(b), uint8(n)
	mask := len(t.slots) - 1
	for i := int(maphash.Bytes(lexSeed, b[:n])) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.klen == 0 {
			return nil
		}
		if s.klen == kn && s.key == k {
			return &s.e
		}
	}
}

// put returns the entry of w, adding a zero one first if it has none. The
// pointer is good until the next put.
func (t *lexTable) put(w string) *lexWord {
	if !fits(w) {
		panic("lexicon: put of a word that fits no slot")
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	k, n := slotKey(w), uint8(len(w))
	mask := len(t.slots) - 1
	for i := int(maphash.String(lexSeed, w)) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.klen == 0 {
			s.key, s.klen = k, n
			t.n++
			return &s.e
		}
		if s.klen == n && s.key == k {
			return &s.e
		}
	}
}

// grow doubles the slots and places every word again.
func (t *lexTable) grow() {
	old := t.slots
	t.slots = make([]lexSlot, 2*len(old))
	mask := len(t.slots) - 1
	var b [16]byte
	for _, s := range old {
		if s.klen == 0 {
			continue
		}
		for i := range 8 {
			b[i], b[8+i] = byte(s.key[0]>>(8*i)), byte(s.key[1]>>(8*i))
		}
		i := int(maphash.Bytes(lexSeed, b[:s.klen])) & mask
		for t.slots[i].klen != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

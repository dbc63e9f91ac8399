// Package strtable finds strings in a table laid out when a generated
// file is written, so that nothing is built at start: the strings end to
// end in one constant, their offsets, and an open-addressing hash table
// of slots (FNV-1a, linear probing, a power of two long, at most half
// full). The background's document frequencies and the lexicon's stems
// of common words are two such tables.
package strtable

// Find returns the index of s among the strings keys holds end to end
// (string i is keys[off[i]:off[i+1]]) through slots laid out by Layout,
// or -1 when s is not one of them.
func Find(keys string, off []uint32, slots []uint16, s string) int {
	mask := uint32(len(slots) - 1)
	for i := Hash(s) & mask; ; i = (i + 1) & mask {
		k := int(slots[i]) - 1
		if k < 0 {
			return -1
		}
		if keys[off[k]:off[k+1]] == s {
			return k
		}
	}
}

// Hash is 32-bit FNV-1a.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Layout returns the slots that Find looks keys up in: 0, or 1 + the
// index of the key whose hash probes there. It panics over 65,535 keys.
func Layout(keys []string) []uint16 {
	if len(keys) >= 1<<16 {
		panic("strtable: too many keys for 16-bit slots")
	}
	size := 1
	for size < 2*len(keys) {
		size *= 2
	}
	slots := make([]uint16, size)
	mask := uint32(size - 1)
	for k, s := range keys {
		i := Hash(s) & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint16(k + 1)
	}
	return slots
}

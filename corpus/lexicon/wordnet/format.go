package wordnet

// view is one sorted table of keys and their groups. All keys live in one
// string and all groups in one slice, so a lookup slices and never
// allocates.
type view struct {
	keys string
	koff []uint32 // key i is keys[koff[i]:koff[i+1]]
	span []uint32 // groups of key i are groups[span[2i]:span[2i+1]]
	// byFirst[c] is the first key whose first byte is ≥ c: the keys
	// starting with c are byFirst[c] … byFirst[c+1]-1.
	byFirst [257]uint32
}

// table is the data: generated (table_gen.go), or parsed from
// wordnet.bin by the tests (parse_test.go).
type table struct {
	groups int
	stems  view
	words  view
	ids    []Group
}

// find returns the groups of key, or nil. It binary-searches the sorted
// keys that start with key's first byte.
func (t *table) find(v *view, key string) []Group {
	if key == "" {
		return nil
	}
	lo, hi := int(v.byFirst[key[0]]), int(v.byFirst[int(key[0])+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if v.keys[v.koff[m]:v.koff[m+1]] < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < int(v.byFirst[int(key[0])+1]) && v.keys[v.koff[lo]:v.koff[lo+1]] == key {
		return t.ids[v.span[2*lo]:v.span[2*lo+1]:v.span[2*lo+1]]
	}
	return nil
}

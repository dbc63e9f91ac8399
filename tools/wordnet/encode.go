package main

import (
	"encoding/binary"
	"maps"
	"slices"
)

// encode writes the table in the format corpus/lexicon/wordnet's tests parse (its
// parse_test.go says it again) and write into table_gen.go:
//
//	"PXWN2\n"
//	uvarint groups                      number of distinct ids
//	stem view:  uvarint n, n × entry    sorted by key
//	word view:  uvarint n, n × wentry   sorted by key
//	entry  = key, ids
//	wentry = key, uvarint ref, and ids when ref is 0; ref k > 0 says the
//	         word's ids are those of stem entry k-1
//	key    = uvarint shared-prefix length with the previous key,
//	         uvarint suffix length, suffix bytes
//	ids    = uvarint count, then the values (id<<1 | reached), sorted,
//	         the first as is and each next as the gap from the one before
func (t *table) encode() []byte {
	b := []byte("PXWN2\n")
	b = binary.AppendUvarint(b, uint64(len(t.labels)))
	delete(t.stems, "")
	delete(t.words, "")
	stems := slices.Sorted(maps.Keys(t.stems))
	index := make(map[string]int, len(stems))
	b = binary.AppendUvarint(b, uint64(len(stems)))
	prev := ""
	for i, s := range stems {
		index[s] = i
		b = appendKey(b, prev, s)
		b = appendIDs(b, t.stems[s])
		prev = s
	}
	words := slices.Sorted(maps.Keys(t.words))
	b = binary.AppendUvarint(b, uint64(len(words)))
	prev = ""
	for _, w := range words {
		b = appendKey(b, prev, w)
		ids := t.words[w]
		if i, ok := index[stemKey(w)]; ok && slices.Equal(ids, t.stems[stems[i]]) {
			b = binary.AppendUvarint(b, uint64(i+1))
		} else {
			b = binary.AppendUvarint(b, 0)
			b = appendIDs(b, ids)
		}
		prev = w
	}
	return b
}

func appendKey(b []byte, prev, k string) []byte {
	n := 0
	for n < len(k) && n < len(prev) && k[n] == prev[n] {
		n++
	}
	b = binary.AppendUvarint(b, uint64(n))
	b = binary.AppendUvarint(b, uint64(len(k)-n))
	return append(b, k[n:]...)
}

func appendIDs(b []byte, ids []uint32) []byte {
	b = binary.AppendUvarint(b, uint64(len(ids)))
	last := uint32(0)
	for i, id := range ids {
		if i == 0 {
			b = binary.AppendUvarint(b, uint64(id))
		} else {
			b = binary.AppendUvarint(b, uint64(id-last))
		}
		last = id
	}
	return b
}

package wordnet

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// wordnet.bin, as tools/wordnet writes it, parsed here for the tests and
// for TestTableGenerated, which writes table_gen.go from it: the engine
// reads the generated table and never parses.
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

const magic = "PXWN2\n"

func parse(raw []byte) (*table, error) {
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("not a PXWN2 table")
	}
	r := &reader{b: raw[len(magic):]}
	t := &table{groups: int(r.uvarint())}
	t.ids = make([]Group, 0, len(raw)/2)
	var keys strings.Builder
	keys.Grow(len(raw) / 2)
	var prev []byte
	readKey := func(v *view) {
		n, m := int(r.uvarint()), int(r.uvarint())
		if r.err == nil && (n > len(prev) || m > len(r.b)) {
			r.err = errors.New("bad key")
		}
		if r.err != nil {
			return
		}
		prev = append(prev[:n], r.b[:m]...)
		r.b = r.b[m:]
		keys.Write(prev)
		v.koff = append(v.koff, uint32(keys.Len()))
	}
	readIDs := func(v *view) {
		start := len(t.ids)
		n := int(r.uvarint())
		if n > len(r.b) {
			r.err = errors.New("bad id count")
			return
		}
		last := uint64(0)
		for i := range n {
			x := r.uvarint()
			if i > 0 {
				x += last
			}
			last = x
			t.ids = append(t.ids, Group(x))
		}
		v.span = append(v.span, uint32(start), uint32(len(t.ids)))
	}

	nStems := int(r.uvarint())
	t.stems.koff = append(make([]uint32, 0, nStems+1), uint32(keys.Len()))
	t.stems.span = make([]uint32, 0, 2*nStems)
	for range nStems {
		readKey(&t.stems)
		readIDs(&t.stems)
	}
	nWords := int(r.uvarint())
	prev = prev[:0]
	t.words.koff = append(make([]uint32, 0, nWords+1), uint32(keys.Len()))
	t.words.span = make([]uint32, 0, 2*nWords)
	for range nWords {
		readKey(&t.words)
		ref := int(r.uvarint())
		switch {
		case ref == 0:
			readIDs(&t.words)
		case ref <= nStems:
			t.words.span = append(t.words.span, t.stems.span[2*ref-2], t.stems.span[2*ref-1])
		default:
			r.err = fmt.Errorf("bad stem reference %d", ref)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errors.New("trailing bytes")
	}
	all := keys.String()
	t.stems.keys, t.words.keys = all, all
	t.stems.index()
	t.words.index()
	return t, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("truncated table")
		return 0
	}
	r.b = r.b[n:]
	return x
}

// index fills v.byFirst.
func (v *view) index() {
	n := len(v.koff) - 1
	i := 0
	for c := range 256 {
		for i < n && v.keys[v.koff[i]] < byte(c) {
			i++
		}
		v.byFirst[c] = uint32(i)
	}
	v.byFirst[256] = uint32(n)
}

package judge

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"sync"

	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// Which items of two passages meet (itemsMeet: one name, one stem, or two
// stems WordNet relates), found once per pair by merging the passages'
// items sorted by key hash and by WordNet group: the work grows with the
// items and the matches, not with every item against every other. The
// sentence match and the debunks then test bits. Each passage's sorted
// views are built once (sentences), whatever it is aligned with.

// The sorted views hold one uint64 per entry, so that they sort as plain
// integers: byKey the key's hash (a stem's from its word id) with its
// low idxBits bits replaced by the item's index and its name flag (equal
// keys have equal entries but for those bits; entries that agree above
// them are confirmed on the keys, which keys holds in the same order),
// byGroup the group id in the top 31 bits, the item's index, and the
// reached bit.

// keySeed hashes item keys.
var keySeed = maphash.MakeSeed()

func groupEntry(g wordnet.Group, idx int) uint64 {
	return uint64(g.ID())<<33 | uint64(idx)<<1 | uint64(g)&1
}

// index fills the sorted views of the items.
func (si *sentInfo) index() {
	// The low bits of a key entry: the item's index, then the name flag.
	si.idxBits = uint(bits.Len(uint(len(si.flat)))) + 1
	low := uint64(1)<<si.idxBits - 1
	si.byKey = make([]uint64, len(si.flat))
	si.sentOf = make([]int32, len(si.flat))
	n := 0
	for i := range si.flat {
		it := &si.flat[i]
		var h, name uint64
		if it.name {
			h, name = ^maphash.String(keySeed, it.key), 1 // a name and a stem never meet on their key
		} else {
			// A stem's id is its string's (lexicon.Word): hashed as an
			// integer, mixed into the high bits the entries compare.
			h = uint64(it.stem) * 0x9e3779b97f4a7c15
			n += len(factsOf(it.stem).groups)
		}
		si.byKey[i] = h&^low | uint64(i)<<1 | name
		si.sentOf[i] = it.sent
	}
	sortEntries(si.byKey)
	si.keys = make([]string, len(si.byKey))
	for j, e := range si.byKey {
		si.keys[j] = si.flat[(e&low)>>1].key
	}
	si.byGroup = make([]uint64, 0, n)
	for i := range si.flat {
		if it := &si.flat[i]; !it.name {
			for _, g := range factsOf(it.stem).groups {
				si.byGroup = append(si.byGroup, groupEntry(g, i))
			}
		}
	}
	sortEntries(si.byGroup)
}

// sortEntries sorts a passage's key or group entries in increasing
// order: a counting pass on the eight highest bits in which they differ,
// then insertion, which has only the few entries of a bucket to order. A
// passage holds a few hundred entries (146 group entries on average at
// twenty articles of 500 paragraphs), where a comparison sort mispredicts
// half its branches; this was most of the judge's per-passage reading.
// Longer lists, which a stack buffer does not hold, sort as usual.
func sortEntries(a []uint64) {
	var buf [512]uint64
	if len(a) < 32 || len(a) > len(buf) {
		slices.Sort(a)
		return
	}
	lo, hi := a[0], a[0]
	for _, x := range a[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	// lo and hi agree above bit bits.Len64(lo^hi)-1: shifted down to
	// the eight bits below that, every entry's bucket is in [0, 256).
	shift := max(0, bits.Len64(lo^hi)-8)
	base := lo >> shift
	var count [257]int32
	for _, x := range a {
		count[x>>shift-base+1]++
	}
	for b := 1; b < len(count); b++ {
		count[b] += count[b-1]
	}
	tmp := buf[:len(a)]
	for _, x := range a {
		b := x>>shift - base
		tmp[count[b]] = x
		count[b]++
	}
	copy(a, tmp)
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && a[k] < a[k-1]; k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

// relation holds which items of passage A meet which of passage B: bit
// i·nb+k of eq when they have one key, of rel when they meet at all
// (one key, or related stems), and bit x·nsb+y of sents when sentence x
// of A and sentence y of B hold a pair that meets.
type relation struct {
	nb, nsb      int
	eq, rel, sts []uint64

	used         []uint64 // bestSentences' scratch, kept with the relation's
	toksA, toksB []int
}

var relations = sync.Pool{New: func() any { return new(relation) }}

// words returns a cleared bit set of n bits, reusing buf.
func words(buf []uint64, n int) []uint64 {
	w := (n + 63) / 64
	buf = slices.Grow(buf[:0], w)[:w]
	clear(buf)
	return buf
}

func setBit(b []uint64, i int)   { b[i>>6] |= 1 << (i & 63) }
func bit(b []uint64, i int) bool { return b[i>>6]&(1<<(i&63)) != 0 }

// relate finds the items of a and b that meet. Put it back in relations
// when done.
func relate(a, b *sentInfo) *relation {
	r := relations.Get().(*relation)
	na, nb := len(a.flat), len(b.flat)
	r.nb, r.nsb = nb, len(b.items)
	r.eq = words(r.eq, na*nb)
	r.rel = words(r.rel, na*nb)
	r.sts = words(r.sts, len(a.items)*len(b.items))
	mark := func(i, k int32, same bool) {
		p := int(i)*nb + int(k)
		if same {
			setBit(r.eq, p)
		}
		setBit(r.rel, p)
		setBit(r.sts, int(a.sentOf[i])*r.nsb+int(b.sentOf[k]))
	}
	// One key: runs of entries equal above the index bits, confirmed on
	// the keys.
	ka, kb := ^(uint64(1)<<a.idxBits - 1), ^(uint64(1)<<b.idxBits - 1)
	hi := ka & kb // the bits both compare
	//
	// Both merges step past an entry of one side far more often than
	// they meet a shared key or group, and which side steps is a coin
	// toss: the step is taken without a branch (a conditional move), the
	// one branch left (equal) is predicted well.
	for i, k := 0, 0; i < len(a.byKey) && k < len(b.byKey); {
		ha, hb := a.byKey[i]&hi, b.byKey[k]&hi
		if ha != hb {
			lt := 0
			if ha < hb {
				lt = 1
			}
			i += lt
			k += 1 - lt
		} else {
			i1, k1 := i, k
			for i1 < len(a.byKey) && a.byKey[i1]&hi == ha {
				i1++
			}
			for k1 < len(b.byKey) && b.byKey[k1]&hi == ha {
				k1++
			}
			for ii, x := range a.byKey[i:i1] {
				for kk, y := range b.byKey[k:k1] {
					if x&1 == y&1 && a.keys[i+ii] == b.keys[k+kk] {
						mark(int32((x&^ka)>>1), int32((y&^kb)>>1), true)
					}
				}
			}
			i, k = i1, k1
		}
	}
	// Related stems: a group both hold, not only reached by both
	// (wordnet.Meet). Names have no groups. A 31-bit group id difference
	// has its sign in bit 63.
	for i, k := 0, 0; i < len(a.byGroup) && k < len(b.byGroup); {
		ga, gb := a.byGroup[i]>>33, b.byGroup[k]>>33
		if ga != gb {
			i += int((ga - gb) >> 63) // ga < gb
			k += int((gb - ga) >> 63) // gb < ga
		} else {
			i1, k1 := i, k
			for i1 < len(a.byGroup) && a.byGroup[i1]>>33 == ga {
				i1++
			}
			for k1 < len(b.byGroup) && b.byGroup[k1]>>33 == ga {
				k1++
			}
			for _, x := range a.byGroup[i:i1] {
				for _, y := range b.byGroup[k:k1] {
					if x&y&1 == 0 {
						mark(int32(uint32(x)>>1), int32(uint32(y)>>1), false)
					}
				}
			}
			i, k = i1, k1
		}
	}
	return r
}

// meet is itemsMeet for item i of A and item k of B: whether they meet,
// and whether only through WordNet.
func (r *relation) meet(i, k int32) (ok, syn bool) {
	p := int(i)*r.nb + int(k)
	if !bit(r.rel, p) {
		return false, false
	}
	return true, !bit(r.eq, p)
}

// sentencesMeet reports whether sentence x of A and y of B hold a pair of
// items that meet.
func (r *relation) sentencesMeet(x, y int) bool { return bit(r.sts, x*r.nsb+y) }

// firstFree returns the first k in [0, n) such that item i of A meets item
// lo+k of B and bit k of used is clear, or -1: a scan of whole words.
func (r *relation) firstFree(i int32, lo, n int, used []uint64) int {
	base := int(i)*r.nb + lo
	for k := 0; k < n; {
		off := base + k
		take := min(64-off&63, 64-k&63, n-k)
		m := r.rel[off>>6] >> (off & 63) &^ (used[k>>6] >> (k & 63))
		if take < 64 {
			m &= 1<<take - 1
		}
		if m != 0 {
			return k + bits.TrailingZeros64(m)
		}
		k += take
	}
	return -1
}

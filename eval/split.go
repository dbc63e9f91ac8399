package eval

import (
	"hash/fnv"
	"strconv"
)

// Part names one side of the fit/dev split.
type Part string

// The two parts: fit (about 80 % of the bodies) for choosing and fitting,
// dev (about 20 %) for reporting.
const (
	Fit Part = "fit"
	Dev Part = "dev"
)

// PartOf returns the part a body belongs to. The split is by body, so every
// pair of one body falls in the same part and no article is seen on both
// sides: the 32-bit FNV-1a hash of the Body ID written in decimal ("712"),
// modulo 5; remainder 0 is dev, the rest fit. It depends on nothing else,
// so it never changes.
func PartOf(bodyID int) Part {
	h := fnv.New32a()
	h.Write([]byte(strconv.Itoa(bodyID)))
	if h.Sum32()%5 == 0 {
		return Dev
	}
	return Fit
}

// Select returns the pairs whose body is in the part, in their order.
func Select(pairs []Pair, part Part) []Pair {
	var out []Pair
	for _, p := range pairs {
		if PartOf(p.BodyID) == part {
			out = append(out, p)
		}
	}
	return out
}

// Subset returns n pairs spread evenly over pairs (every len/n-th, from the
// first), or all of them when n <= 0 or n >= len(pairs): a fixed,
// deterministic sample that keeps the class mix close to the whole.
func Subset(pairs []Pair, n int) []Pair {
	if n <= 0 || n >= len(pairs) {
		return pairs
	}
	out := make([]Pair, n)
	for i := range n {
		out[i] = pairs[i*len(pairs)/n]
	}
	return out
}

// HeldOut reports whether a body of the fit part is in its validation
// fifth: what tools/fitstance and tools/fitjudge hold out with -val to
// choose signals and settings without reading the dev part. It hashes the
// Body ID with a prefix of its own (64-bit FNV-1a of "val:712", modulo 5),
// so it cuts across the fit/dev split rather than along it.
func HeldOut(bodyID int) bool {
	h := fnv.New64a()
	h.Write([]byte("val:" + strconv.Itoa(bodyID)))
	return h.Sum64()%5 == 0
}

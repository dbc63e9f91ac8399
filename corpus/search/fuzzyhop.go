package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fuzzyHop computes exactly what sahilm/fuzzy (v0.1.3) scores pattern p
// against text s, and whether it matches, without visiting every rune.
// Both must be folded (so equal letters are equal bytes), p non-empty and
// at most MaxTermRunes runes: beyond about 40 adjacent runes the library's
// adjacency bonus overflows, after which it compares wrapped-around scores
// and picks candidates this does not imitate.
// Plain calls the library; the fast path calls this, and the tests and
// FuzzFuzzyHop check that the two agree.
//
// Why hopping gives the same answer: the library scans s once, keeping for
// the current pattern rune p[k] the best-scoring candidate seen, and
// commits it at the first position whose next rune is p[k+1] (or at the
// end of s for the last rune). So if x[k] is the first occurrence of p[k]
// after x[k-1], the candidates for p[k] are its occurrences in
// [x[k], x[k+1]), and the match fails if some x[k] does not exist. A
// candidate scores 10 at offset 0, 20 after a separator or as an upper-case
// rune after a lower-case one (never both), plus the adjacency bonus, which
// only x[k] can earn (it must follow the chosen p[k-1], which lies before
// x[k]). The first candidate with the highest score is chosen: x[k] if it
// scores 20 or more, else the first later occurrence that scores 20, else
// x[k]. The adjacency bonus accumulates whenever x[k] is adjacent, even
// if a later candidate is chosen, as in the library.
//
// starts is a byteMask of the bytes that follow a non-word character in s
// (filters.starts; ^0 if unknown): when p[k] is not in it, no occurrence
// of p[k] follows a separator, and its window need not be searched.
//
// The work is split in two so the scan can stop half way: fuzzyPath finds
// the x[k] and an upper bound of the score; fuzzyScore finishes the job.
func fuzzyHop(p string, s string, starts uint64) (score int64, ok bool) {
	xs, _, ok := fuzzyPath(p, s, starts, nil)
	if !ok {
		return 0, false
	}
	return fuzzyScore(p, s, starts, xs), true
}

// adjacency[a] is the most adjacency bonus a match with a adjacent pairs
// can collect: the library's bonus runs 5, 15, 45, … (2·sum+5 each time).
// Terms have at most MaxTermRunes runes, so at most MaxTermRunes-1 pairs;
// the bounds built on this table hold for such patterns only (longer ones
// overflow int64 in the library itself).
var adjacency = func() (t [MaxTermRunes]int64) {
	for a := 1; a < len(t); a++ {
		t[a] = 3*t[a-1] + 5
	}
	return t
}()

// fuzzyPath appends to xs the offset x[k] of each rune of p on its
// first-occurrence path through s, and returns it with an upper bound of
// fuzzyHop's score, or ok false if p is not a subsequence of s (sahilm/fuzzy
// does not match). The bound assumes every candidate that could follow a
// separator does, and every x[k] that directly follows an occurrence of
// p[k-1] in its window is adjacent to the chosen one (for patterns of at
// most MaxTermRunes runes).
func fuzzyPath(p string, s string, starts uint64, xs []int32) (_ []int32, ub int64, ok bool) {
	x := index(s, p[:runeLen(p, 0)])
	if x < 0 {
		return xs, 0, false
	}
	var base int64
	pairs, m, prev, prevX := 0, 0, "", -1
	for k := 0; k < len(p); {
		size := runeLen(p, k)
		pk := p[k : k+size]
		if k > 0 {
			y := index(s[prevX+len(prev):], pk)
			if y < 0 {
				return xs, 0, false
			}
			x = prevX + len(prev) + y
			if x-len(prev) >= prevX && s[x-len(prev):x] == prev {
				pairs++
			}
		}
		xs = append(xs, int32(x))
		upper := size > 1 && isUpperAt(pk)
		b := candidateBase(s, x, upper)
		if b < 20 && (upper || starts&maskBit[pk[0]] != 0) {
			b = 20
		}
		base += b
		prev, prevX = pk, x
		m++
		k += size
	}
	return xs, base + adjacency[min(pairs, len(adjacency)-1)] + int64(m) - int64(len(s)), true
}

// fuzzyScore is sahilm/fuzzy's score of p on s, given the path xs from
// fuzzyPath.
func fuzzyScore(p string, s string, starts uint64, xs []int32) int64 {
	var total, adj int64
	prevEnd := -1 // end offset of the chosen candidate for p[k-1]
	m := 0
	for k := 0; k < len(p); {
		size := runeLen(p, k)
		pk := p[k : k+size]
		upper := size > 1 && isUpperAt(pk)
		x := int(xs[m])
		end := len(s)
		if m+1 < len(xs) {
			end = int(xs[m+1])
		}
		sc := candidateBase(s, x, upper)
		if m > 0 && prevEnd == x {
			b := 2*adj + 5
			sc += b
			adj += b
		}
		chosen := x
		if sc < 20 && (upper || starts&maskBit[pk[0]] != 0) {
			for z := x + size; ; z += size {
				i := index(s[z:end], pk)
				if i < 0 {
					break
				}
				z += i
				if candidateBase(s, z, upper) >= 20 {
					chosen, sc = z, 20
					break
				}
			}
		}
		if m == 0 {
			sc += max(-5*int64(chosen), -15)
		}
		total += sc
		prevEnd = chosen + size
		m++
		k += size
	}
	return total + int64(m) - int64(len(s))
}

// isUpperAt reports whether the rune at the start of s is upper case.
func isUpperAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// runeLen returns the length of the UTF-8 sequence at p[i:].
func runeLen(p string, i int) int {
	if p[i] < utf8.RuneSelf {
		return 1
	}
	_, size := utf8.DecodeRuneInString(p[i:])
	return size
}

// index is strings.Index, calling IndexByte directly for one byte.
func index(s, t string) int {
	if len(t) == 1 {
		return strings.IndexByte(s, t[0])
	}
	return strings.Index(s, t)
}

// candidateBase is sahilm/fuzzy's score for a candidate at offset z before
// any adjacency bonus: 10 at offset 0, 20 after a separator, 20 for an
// upper-case candidate after a lower-case rune.
func candidateBase(s string, z int, upper bool) int64 {
	if z == 0 {
		return 10
	}
	c := s[z-1]
	switch c {
	case '/', '-', '_', ' ', '.', '\\':
		return 20
	}
	if upper {
		var last rune = rune(c)
		if c >= utf8.RuneSelf {
			last, _ = utf8.DecodeLastRuneInString(s[:z])
		}
		if unicode.IsLower(last) {
			return 20
		}
	}
	return 0
}

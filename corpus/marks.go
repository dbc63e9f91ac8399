package corpus

import (
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Highlights on demand. The judge marks the words two aligned passages
// share or differ on (MarksA, MarksB) while it gives their verdict; only
// the reader paints them, and only for the rows on screen, yet at twenty
// sources marking every alignment of every pair was 7-9 % of the CPU
// time before the reader's overview shows (BenchmarkManySources, A/B).
// With Options.LazyMarks the comparison is judged without them, and a
// Marker keeps what judging needs (each linked passage's side without
// the judge's memos, each article's reading, the model and the names) to
// judge one alignment again, with its marks, when the reader shows it.
// The verdict is the same either way, so the marks are those the eager
// path gives (TestLazyMarksSame).

// Marks are the highlights of one alignment: spans of its A passage's
// text and of its B passage's, sorted, not overlapping (as
// model.Alignment's MarksA and MarksB).
type Marks struct {
	A, B []model.Highlight
}

// Marker gives the highlights of a comparison's alignments on demand. It
// is safe for concurrent use; it changes nothing in the comparison.
type Marker struct {
	c      *model.Comparison
	pls    []pairLinks   // the links of each pair of documents, in c.Alignments' order
	first  []int         // index in c.Alignments of each pair's first alignment (len(pls)+1)
	off    []int         // index in sides of each document's first body passage
	sides  []*judge.Side // per body passage of all documents; nil for one with no link
	arts   []judge.Article
	common judge.Input // model, names and topics
}

// For returns the highlights of al, an alignment of the comparison the
// Marker was made with, judging it again (a few tens of microseconds);
// none for an alignment of another comparison, or a nil Marker.
func (m *Marker) For(al *model.Alignment) Marks {
	if m == nil || al == nil {
		return Marks{}
	}
	pa, pb := m.c.Passage(al.A), m.c.Passage(al.B)
	if pa == nil || pb == nil || pa.Doc >= pb.Doc {
		return Marks{}
	}
	pi := PairIndex(len(m.c.Documents), pa.Doc, pb.Doc)
	for k := m.first[pi]; k < m.first[pi+1]; k++ {
		if &m.c.Alignments[k] == al {
			return m.judge(pi, k)
		}
	}
	return Marks{}
}

// judge judges alignment k, the link of pair pi it was listed from, with
// its highlights.
func (m *Marker) judge(pi, k int) Marks {
	pl := &m.pls[pi]
	l := pl.links[k-m.first[pi]]
	in := m.common
	in.A, in.B, in.Link = m.sides[m.off[pl.a]+l.A], m.sides[m.off[pl.b]+l.B], l
	in.ArtA, in.ArtB = m.arts[pl.a], m.arts[pl.b]
	in.NoMarks = false
	var al model.Alignment
	judge.Verdict(in, &al)
	return Marks{A: al.MarksA, B: al.MarksB}
}

// PairIndex is the 0-based position of the pair of documents a and b
// (either order) among the n·(n−1)/2 pairs of n documents taken in order
// (0–1, 0–2, …, 1–2, …), as alignPairs lists them.
func PairIndex(n, a, b int) int {
	if a > b {
		a, b = b, a
	}
	return a*(2*n-a-1)/2 + b - a - 1
}

// bareSide is a copy of sd without the judge's memos, which are most of
// what judging a passage adds to it.
func bareSide(sd *judge.Side) *judge.Side {
	return &judge.Side{Passage: sd.Passage, Vector: sd.Vector, Claims: sd.Claims}
}

// newMarker keeps what judging the alignments of c again needs: the links
// they were listed from (pls, in order; first: firstOf(pls)), the sides (bare: judgeAll let
// their memos go; indexed like the body passages of all documents,
// document di's from off[di]), the articles and the common input.
func newMarker(c *model.Comparison, pls []pairLinks, first, off []int, sides []*judge.Side, arts []judge.Article, common judge.Input) *Marker {
	common.Strings = nil
	return &Marker{c: c, pls: pls, first: first, off: off, sides: sides, arts: arts, common: common}
}

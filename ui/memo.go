package ui

// Keyed memos of the reading list: the measured height of every item, and
// the drawn block of every item seen, for one list at one geometry. They
// live outside the functions they remember (measure.go, rowview.go), which
// stay pure; a memo is shared by copies of the model and updated in place.
// Each keeps the geometry before the current one as well, so toggling
// split ⇄ stacked back and forth measures and draws nothing new.

// listKey is what an item's height depends on: the geometry, and the
// generation of the item list (bumped whenever the list changes).
type listKey struct {
	geom rowGeom
	gen  int
}

// heightMemo remembers item heights by index, and the heights of the
// reasons shown under a selected row.
type heightMemo struct{ cur, prev heightSet }

// heightSet holds the heights of n items in pages allocated as they are
// first used: a keystroke measures a screenful of a list that may hold
// tens of thousands of items.
type heightSet struct {
	key   listKey
	n     int
	pages [][]heights
}

// heights is one item's height and its reasons' height, each plus one
// (zero: not measured yet).
type heights struct{ item, extra int32 }

const heightPage = 256

// at returns the set for key k over n items, making it current.
func (m *heightMemo) at(k listKey, n int) *heightSet {
	switch {
	case m.cur.key == k && m.cur.n == n && m.cur.pages != nil:
	case m.prev.key == k && m.prev.n == n && m.prev.pages != nil:
		m.cur, m.prev = m.prev, m.cur
	default:
		m.prev = m.cur
		m.cur = heightSet{key: k, n: n, pages: make([][]heights, (n+heightPage-1)/heightPage+1)}
	}
	return &m.cur
}

// slot returns the heights of item i.
func (s *heightSet) slot(i int) *heights {
	p := s.pages[i/heightPage]
	if p == nil {
		p = make([]heights, heightPage)
		s.pages[i/heightPage] = p
	}
	return &p[i%heightPage]
}

// memoHeight returns *v less one, first setting it to f() plus one when
// it is zero.
func memoHeight(v *int32, f func() int) int {
	if *v == 0 {
		*v = int32(f()) + 1
	}
	return int(*v) - 1
}

// drawKey is what an item's drawing depends on: its height's key and the
// styles.
type drawKey struct {
	listKey
	styles *Styles
}

// blockMemo remembers drawn items by index, and the reasons drawn under
// selected rows.
type blockMemo struct{ cur, prev blockSet }

type blockSet struct {
	key    drawKey
	n      int
	pages  [][]*block // allocated as first used, like heightSet's
	extras map[int]*block
}

// at returns the set for key k over n items, making it current.
func (m *blockMemo) at(k drawKey, n int) *blockSet {
	switch {
	case m.cur.key == k && m.cur.n == n && m.cur.pages != nil:
	case m.prev.key == k && m.prev.n == n && m.prev.pages != nil:
		m.cur, m.prev = m.prev, m.cur
	default:
		m.prev = m.cur
		m.cur = blockSet{key: k, n: n, pages: make([][]*block, (n+heightPage-1)/heightPage+1), extras: map[int]*block{}}
	}
	return &m.cur
}

// slot returns where item i's block is kept.
func (s *blockSet) slot(i int) **block {
	p := s.pages[i/heightPage]
	if p == nil {
		p = make([]*block, heightPage)
		s.pages[i/heightPage] = p
	}
	return &p[i%heightPage]
}

// drawn returns item i's block and the reasons drawn under it, when a
// frame has drawn them at key k over n items already (nil otherwise).
// Measuring reads them rather than measuring again: their heights are the
// same (TestMeasureMatchesDrawing).
func (m *blockMemo) drawn(k drawKey, n, i int) (b, extra *block) {
	if m.cur.key != k || m.cur.n != n || m.cur.pages == nil {
		return nil, nil
	}
	if p := m.cur.pages[i/heightPage]; p != nil {
		b = p[i%heightPage]
	}
	return b, m.cur.extras[i]
}

// forget drops every block drawn: what they show has changed (highlights
// arrived, marks.go) though their key has not.
func (m *blockMemo) forget() { *m = blockMemo{} }

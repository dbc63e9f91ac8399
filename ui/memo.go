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

// heightSet holds heights plus one (zero: not measured yet).
type heightSet struct {
	key           listKey
	items, extras []int32
}

// at returns the set for key k over n items, making it current.
func (m *heightMemo) at(k listKey, n int) *heightSet {
	switch {
	case m.cur.key == k && len(m.cur.items) == n:
	case m.prev.key == k && len(m.prev.items) == n:
		m.cur, m.prev = m.prev, m.cur
	default:
		m.prev = m.cur
		m.cur = heightSet{key: k, items: make([]int32, n), extras: make([]int32, n)}
	}
	return &m.cur
}

// get returns slot i of vals, filling it with f when it is empty.
func memoHeight(vals []int32, i int, f func() int) int {
	if vals[i] == 0 {
		vals[i] = int32(f()) + 1
	}
	return int(vals[i]) - 1
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
	blocks []*block
	extras map[int]*block
}

// at returns the set for key k over n items, making it current.
func (m *blockMemo) at(k drawKey, n int) *blockSet {
	switch {
	case m.cur.key == k && len(m.cur.blocks) == n:
	case m.prev.key == k && len(m.prev.blocks) == n:
		m.cur, m.prev = m.prev, m.cur
	default:
		m.prev = m.cur
		m.cur = blockSet{key: k, blocks: make([]*block, n), extras: map[int]*block{}}
	}
	return &m.cur
}

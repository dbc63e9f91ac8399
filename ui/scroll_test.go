package ui

import "testing"

// fakeList is a scrollList of given heights; a negative height marks a
// one-line heading. Selected rows take extra lines more.
type fakeList struct {
	heights []int
	extra   int
}

func (l fakeList) Len() int           { return len(l.heights) }
func (l fakeList) Heading(i int) bool { return l.heights[i] < 0 }
func (l fakeList) Sep(i int) int {
	if l.Heading(i) {
		return 0
	}
	return 1
}
func (l fakeList) Height(i int, selected bool) int {
	if l.Heading(i) {
		return 1
	}
	if selected {
		return l.heights[i] + l.extra
	}
	return l.heights[i]
}

// TestScroller drives the scroller alone, over a list of known heights:
// a heading, rows of 3 to 12 lines, another heading, more rows.
func TestScroller(t *testing.T) {
	list := fakeList{heights: []int{-1, 3, 5, 12, 4, -1, 3, 3, 6}, extra: 2}
	s := scroller{list: list, height: 10, sel: -1}
	s.selectFirst()
	if s.sel != 1 || s.top != 0 || s.topLine != 0 {
		t.Fatalf("first: sel %d top %d+%d", s.sel, s.top, s.topLine)
	}
	// Down onto the 5-line row (7 with its extra): 1+3 lines above it, so
	// it ends at 11 > 10 and the view scrolls by one line.
	s.selectItem(s.nextRow(s.sel))
	if s.sel != 2 || s.selRow() < 0 || s.selRow()+list.Height(2, true)-1 > 10 {
		t.Fatalf("down: sel %d at row %d, top %d+%d", s.sel, s.selRow(), s.top, s.topLine)
	}
	// A row taller than the screen is shown from its start.
	s.selectItem(3)
	if s.top != 3 || s.topLine != 0 || s.selRow() != 0 {
		t.Fatalf("tall row: top %d+%d row %d", s.top, s.topLine, s.selRow())
	}
	// Up onto the first row of a group shows the heading too.
	s.selectItem(6)
	s.selectItem(s.prevRow(7))
	if s.sel != 6 || s.selRow() < 1 {
		t.Fatalf("heading: sel %d at row %d", s.sel, s.selRow())
	}
	// The view never scrolls past the end: the last line of the list is
	// the last line of the screen.
	s.scrollBy(1000)
	avail := -s.topLine
	for i := s.top; i < list.Len(); i++ {
		avail += s.itemHeight(i)
	}
	if avail != s.height {
		t.Fatalf("bottom: %d lines from top %d+%d, want %d", avail, s.top, s.topLine, s.height)
	}
	// Clicks find the item at a screen row; past the end there is none.
	if i := s.itemAtRow(0); i != s.top {
		t.Errorf("row 0 is item %d, want %d", i, s.top)
	}
	if i := s.itemAtRow(s.height); i != -1 {
		t.Errorf("row %d is item %d, want none", s.height, i)
	}
	// A page down from the top selects a row that starts on the new screen.
	s.selectFirst()
	s.page(1)
	if s.sel <= 1 || s.selRow() < 0 {
		t.Errorf("page: sel %d at row %d", s.sel, s.selRow())
	}
}

package ui

// Scrolling and moving the selection in the reading list. The view's
// position is an anchor (top, topLine): every function here looks only at
// items near the screen, using measured heights, so none of them draws
// anything.

// scrollList is what scrolling needs to know of a list: how many items,
// which are headings (never selected), and how many lines each takes.
type scrollList interface {
	Len() int
	Heading(i int) bool
	// Height is the lines item i takes, the blank lines after it included,
	// and what it shows under itself when selected.
	Height(i int, selected bool) int
	// Sep is how many of those lines are the blank lines after it.
	Sep(i int) int
}

// scroller is the selection and scroll position of a list in a screen of
// height lines. It knows nothing of what the items are.
type scroller struct {
	list         scrollList
	height       int
	sel          int // index of the selected item, -1 if none
	top, topLine int // first visible item and lines of it scrolled off
}

// itemHeight is how many lines item i takes now.
func (r *scroller) itemHeight(i int) int { return r.list.Height(i, i == r.sel) }

// selRow returns the screen row of the selection's first line, or -1 when
// it is not on screen.
func (r *scroller) selRow() int {
	if r.sel < r.top || r.height <= 0 {
		return -1
	}
	y := -r.topLine
	for i := r.top; i < r.sel; i++ {
		y += r.itemHeight(i)
		if y >= r.height {
			return -1
		}
	}
	return y
}

// restore scrolls so the selection starts at screen row y (y < 0: anywhere
// visible, under whole rows: uncutTop).
func (r *scroller) restore(y int) {
	if r.sel < 0 || r.height <= 0 {
		r.top, r.topLine = 0, 0
		return
	}
	if y < 0 {
		r.ensureVisible()
		r.uncutTop(true)
		return
	}
	r.placeAt(r.sel, y)
	r.clampBottom()
	r.ensureVisible()
}

// placeAt scrolls so item i starts y lines below the top of the body.
func (r *scroller) placeAt(i, y int) {
	for y > 0 && i > 0 {
		i--
		h := r.itemHeight(i)
		if h >= y {
			r.top, r.topLine = i, h-y
			return
		}
		y -= h
	}
	r.top, r.topLine = i, 0
}

// content is the height of item i without the blank lines after it.
func (r *scroller) content(i int) int {
	return r.itemHeight(i) - r.list.Sep(i)
}

// ensureVisible scrolls the least needed to show the whole selected row (or
// its start, when it is taller than the screen). Moving up onto the first
// row of a group also shows the group's heading.
func (r *scroller) ensureVisible() {
	h := r.height
	if r.sel < 0 || h <= 0 {
		return
	}
	if r.sel < r.top || r.sel == r.top && r.topLine > 0 {
		r.top, r.topLine = r.sel, 0
		if r.sel > 0 && r.list.Heading(r.sel-1) {
			r.top--
		}
		return
	}
	y := -r.topLine
	for i := r.top; i < r.sel && y < h; i++ {
		y += r.itemHeight(i)
	}
	c := r.content(r.sel)
	switch {
	case y+c <= h:
		return
	case c >= h:
		r.top, r.topLine = r.sel, 0
	default:
		r.placeAt(r.sel, h-c)
	}
}

// scrollBy moves the view n lines down (n < 0: up) without moving past
// either end.
func (r *scroller) scrollBy(n int) {
	if r.list.Len() == 0 {
		return
	}
	for n < 0 {
		if r.topLine >= -n {
			r.topLine += n
			return
		}
		n += r.topLine
		r.topLine = 0
		if r.top == 0 {
			return
		}
		r.top--
		r.topLine = r.itemHeight(r.top)
	}
	for n > 0 {
		rest := r.itemHeight(r.top) - r.topLine
		if n < rest {
			r.topLine += n
			break
		}
		if r.top+1 >= r.list.Len() {
			break
		}
		n -= rest
		r.top++
		r.topLine = 0
	}
	r.clampBottom()
}

// clampBottom scrolls up when the view would leave blank lines below the
// last item while there is more above.
func (r *scroller) clampBottom() {
	h := r.height
	avail := -r.topLine
	for i := r.top; i < r.list.Len() && avail < h; i++ {
		avail += r.itemHeight(i)
	}
	if avail < h {
		r.scrollBy(-(h - avail))
	}
}

// nextRow returns the first row item after i, or -1.
func (r *scroller) nextRow(i int) int {
	for j := i + 1; j < r.list.Len(); j++ {
		if !r.list.Heading(j) {
			return j
		}
	}
	return -1
}

// prevRow returns the last row item before i, or -1.
func (r *scroller) prevRow(i int) int {
	for j := min(i, r.list.Len()) - 1; j >= 0; j-- {
		if !r.list.Heading(j) {
			return j
		}
	}
	return -1
}

// jumpLines is how far below the top of the body a jump (n, ], a search
// result) puts the row it lands on: far enough for its heading and the end
// of the row before to show above it, near enough that the eye finds it
// where it starts reading, not at the bottom edge.
func jumpLines(bodyHeight int) int { return min(2, bodyHeight/3) }

// jumpTo selects row item i (ignored when i < 0) as the target of a jump.
// A row already wholly on screen stays where it is (the row above it
// shown whole or not at all, see uncutTop); any other is placed
// near the top of the body (jumpLines), as far as the end of the list
// allows, instead of scrolled in just enough to touch the bottom edge.
func (r *scroller) jumpTo(i int) {
	if i < 0 || i >= r.list.Len() {
		return
	}
	r.sel = i
	if r.wholeOnScreen(i) {
		r.uncutTop(true)
		return
	}
	// Not ensureVisible: for a row taller than the rest of the screen it
	// would scroll the heading off to show more of the row, and a jump is
	// read from the heading down.
	r.placeAt(i, jumpLines(r.height))
	r.uncutTop(false)
	r.clampBottom()
	r.uncutTop(true)
	if r.selRow() < 0 {
		r.ensureVisible()
	}
}

// uncutTop keeps the lines above the selection from opening on the tail
// of a row: an item partly scrolled off the top that still shows more than
// its blank lines is shown whole when grow is set and the selection still
// fits below it, else scrolled off down to those blank lines.
func (r *scroller) uncutTop(grow bool) {
	if r.topLine == 0 || r.top >= r.sel || r.height <= 0 {
		return
	}
	h, sep := r.itemHeight(r.top), r.list.Sep(r.top)
	if h-r.topLine <= sep {
		return // only blank lines show
	}
	if y := r.selRow(); grow && y >= 0 && y+r.topLine+r.content(r.sel) <= r.height {
		r.topLine = 0
		return
	}
	r.topLine = h - sep
	if sep == 0 {
		r.top, r.topLine = r.top+1, 0
	}
}

// wholeOnScreen reports whether item i, with what the selection shows
// under it, is drawn whole in the body as scrolled now.
func (r *scroller) wholeOnScreen(i int) bool {
	h := r.height
	if i < r.top || i == r.top && r.topLine > 0 || h <= 0 {
		return false
	}
	y := -r.topLine
	for j := r.top; j < i; j++ {
		if y += r.itemHeight(j); y >= h {
			return false
		}
	}
	return y+r.content(i) <= h
}

// selectItem selects row item i (ignored when i < 0) and scrolls to it.
func (r *scroller) selectItem(i int) {
	if i < 0 || i >= r.list.Len() {
		return
	}
	r.sel = i
	r.ensureVisible()
}

func (r *scroller) selectFirst() {
	r.top, r.topLine = 0, 0
	r.sel = r.nextRow(-1)
}

// page moves a screen down (dir 1) or up (dir -1) and selects the first row
// that starts on the new screen.
func (r *scroller) page(dir int) {
	old := r.sel
	r.scrollBy(dir * max(1, r.height-1))
	i := r.top
	if r.topLine > 0 {
		i++
	}
	if i < r.list.Len() && r.list.Heading(i) {
		i = r.nextRow(i)
	}
	if dir > 0 && (i < 0 || i <= old) {
		i = r.nextRow(old)
		if i < 0 {
			i = old
		}
	}
	if dir < 0 && (i < 0 || i >= old) {
		i = r.prevRow(old)
		if i < 0 {
			i = old
		}
	}
	r.selectItem(i)
}

// wheel scrolls n lines and keeps the selection on screen: when it
// scrolls off, the first row starting on screen (scrolling down) or the last
// row wholly on screen (scrolling up) is selected instead.
func (r *scroller) wheel(n int) {
	r.scrollBy(n)
	h := r.height
	if r.sel < 0 || h <= 0 {
		return
	}
	if r.sel >= r.top {
		y := -r.topLine
		for i := r.top; i < r.sel && y < h; i++ {
			y += r.itemHeight(i)
		}
		c := r.content(r.sel)
		if y >= 0 && y+c <= h || c > h && y < h && y+c > 0 {
			return // still (or, when taller than the screen, partly) visible
		}
	}
	pick := -1
	y := -r.topLine
	for j := r.top; j < r.list.Len() && y < h; j++ {
		if !r.list.Heading(j) && y >= 0 {
			if n > 0 {
				pick = j
				break
			}
			if y+r.content(j) <= h || pick < 0 {
				pick = j
			}
		}
		y += r.itemHeight(j)
	}
	if pick < 0 {
		return
	}
	r.sel = pick
	r.ensureVisible()
}

// itemAtRow returns the item drawn at body row y, or -1.
func (r *scroller) itemAtRow(y int) int {
	if y < 0 || y >= r.height {
		return -1
	}
	at := -r.topLine
	for i := r.top; i < r.list.Len(); i++ {
		at += r.itemHeight(i)
		if y < at {
			return i
		}
	}
	return -1
}

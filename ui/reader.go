package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// readerPane is the reading list of one pair of documents: topic headings
// and rows, a selected row, and a scroll position. It draws in split or
// stacked view (render.go).
//
// Scrolling is kept as an anchor, the first visible item and how many of
// its lines are scrolled off, rather than an absolute line. Every move then
// needs the heights of the items near the screen only, so a keystroke costs
// the same on a 10,000-row comparison as on a 20-row one.
type readerPane struct {
	c      *corpus.Comparison
	styles *Styles
	paint  painter
	keys   KeyMap

	pv     *pairView
	pairs  map[[2]int]*pairView // pairs laid out so far
	items  []item
	filter int // group shown alone, or -1
	gen    int // bumped whenever items changes

	lay       layout
	wantSplit bool // the user's choice; split is used when it also fits

	sel          int // index into items of the selected row, -1 if none
	top, topLine int // first visible item and lines of it scrolled off

	cache  *renderCache
	status string // message for the footer from the last key
}

// newReader returns a reader over documents a and b of c.
func newReader(c *corpus.Comparison, a, b int, st *Styles, keys KeyMap, split bool) readerPane {
	r := readerPane{
		c: c, styles: st, paint: newPainter(st), keys: keys,
		pairs: map[[2]int]*pairView{}, filter: -1, wantSplit: split,
		cache: &renderCache{},
	}
	r.setPair(a, b)
	return r
}

// setPair shows documents a and b, keeping no selection from the last pair.
func (r *readerPane) setPair(a, b int) {
	k := [2]int{a, b}
	pv, ok := r.pairs[k]
	if !ok {
		pv = newPairView(r.c, a, b)
		r.pairs[k] = pv
	}
	r.pv = pv
	r.filter = -1
	r.rebuild(-1)
	r.selectStart()
}

// selectStart selects where reading starts: the first row under a topic,
// past the front matter (which stays in view above it when it fits), or the
// first row when nothing is aligned.
func (r *readerPane) selectStart() {
	r.selectFirst()
	for i, it := range r.items {
		if !it.heading() && r.pv.groups[it.group].Kind == corpus.GroupTopic {
			r.sel = i
			break
		}
	}
	r.ensureVisible()
}

// rebuild recomputes the item list after a pair or filter change and
// selects the item showing the same row as keep (an index into the old
// list), or the first row.
func (r *readerPane) rebuild(keep int) {
	var want item
	has := keep >= 0 && keep < len(r.items)
	if has {
		want = r.items[keep]
	}
	r.items = r.pv.items(r.filter)
	r.gen++
	r.sel, r.top, r.topLine = -1, 0, 0
	if has {
		for i, it := range r.items {
			if it == want {
				r.sel = i
				break
			}
		}
	}
	if r.sel < 0 {
		r.sel = r.nextRow(-1)
	}
	r.syncKeys()
}

// SetStyles switches to new styles.
func (r *readerPane) SetStyles(st *Styles) {
	r.styles, r.paint = st, newPainter(st)
}

// SetLayout applies a new geometry, keeping the selected row where it was
// on screen when it can.
func (r *readerPane) SetLayout(l layout) {
	y := r.selRow()
	r.lay = l
	r.restore(y)
	r.syncKeys()
}

// SetSize lays the reader out on a w × h terminal. Unlike the other panes it
// takes the whole terminal: it decides split or stacked, and the root draws
// the header and footer from its layout.
func (r *readerPane) SetSize(w, h int) {
	r.SetLayout(computeLayout(w, h, r.wantSplit, headerHeight, footerHeight))
}

// Selected returns the selected row and whether there is one.
func (r *readerPane) Selected() (corpus.Row, bool) {
	if r.sel < 0 {
		return corpus.Row{}, false
	}
	return r.pv.row(r.items[r.sel]), true
}

// selectedGroup returns the group of the selection, or -1.
func (r *readerPane) selectedGroup() int {
	if r.sel < 0 {
		return -1
	}
	return r.items[r.sel].group
}

// nextVerdict selects the next (dir 1) or previous (dir -1) row with verdict
// v, wrapping around the list.
func (r *readerPane) nextVerdict(v corpus.Verdict, dir int) {
	n := len(r.items)
	for k := 1; k <= n; k++ {
		i := ((r.sel+dir*k)%n + n) % n
		it := r.items[i]
		if it.heading() || r.pv.row(it).Verdict() != v {
			continue
		}
		if dir > 0 && i <= r.sel || dir < 0 && i >= r.sel {
			r.status = "wrapped around"
		}
		r.selectItem(i)
		return
	}
	r.status = fmt.Sprintf("no %s rows here", v)
}

// nextGroup selects the first row of the next (dir 1) or previous (dir -1)
// group, wrapping around.
func (r *readerPane) nextGroup(dir int) {
	var starts []int // first row item of each group in the list
	cur := 0
	for i, it := range r.items {
		if it.heading() {
			continue
		}
		if i == 0 || r.items[i-1].heading() {
			starts = append(starts, i)
		}
		if i <= r.sel {
			cur = len(starts) - 1
		}
	}
	if len(starts) == 0 {
		return
	}
	k := ((cur+dir)%len(starts) + len(starts)) % len(starts)
	r.selectItem(starts[k])
}

// toggleSplit switches split ⇄ stacked, or says why split cannot be used.
func (r *readerPane) toggleSplit() {
	if !r.lay.SplitFits && !r.lay.Split {
		r.status = fmt.Sprintf("split view needs %d columns (the terminal has %d): showing stacked", splitMinWidth, r.lay.Width)
		return
	}
	r.wantSplit = !r.wantSplit
	r.SetSize(r.lay.Width, r.lay.Height)
}

// toggleFilter shows only the selected row's group, or all groups again.
func (r *readerPane) toggleFilter() {
	if r.filter >= 0 {
		r.filter = -1
	} else if g := r.selectedGroup(); g >= 0 {
		r.filter = g
	} else {
		return
	}
	r.rebuild(r.sel)
	r.ensureVisible()
}

// cyclePair shows the next document on the right (side 1) or left (side 0).
func (r *readerPane) cyclePair(side int) {
	n := len(r.c.Documents)
	a, b := r.pv.a, r.pv.b
	for k := 0; k < n; k++ {
		if side == 1 {
			b = (b + 1) % n
		} else {
			a = (a + 1) % n
		}
		if a != b {
			break
		}
	}
	r.setPair(a, b)
	r.status = fmt.Sprintf("comparing %s with %s", r.sideName(0), r.sideName(1))
}

// showPassage selects the row showing passage id, switching the pair or
// clearing the filter when needed. It reports whether it found one.
func (r *readerPane) showPassage(id string) bool {
	p := r.c.Passage(id)
	if p == nil {
		return false
	}
	if p.Doc != r.pv.a && p.Doc != r.pv.b {
		if p.Doc < r.pv.b {
			r.setPair(p.Doc, r.pv.b)
		} else {
			r.setPair(r.pv.a, p.Doc)
		}
	}
	i := r.pv.find(r.items, id)
	if i < 0 && r.filter >= 0 {
		r.filter = -1
		r.rebuild(r.sel)
		i = r.pv.find(r.items, id)
	}
	if i < 0 {
		return false
	}
	r.sel = i
	// Put the passage near the top, under its heading when there is room.
	r.placeAt(i, min(2, r.lay.BodyHeight/3))
	r.clampBottom()
	r.ensureVisible()
	return true
}

// syncKeys enables the bindings that can act now and words the toggle.
func (r *readerPane) syncKeys() {
	has := r.sel >= 0
	hasDiv := r.pv != nil && r.pv.total.Diverge > 0
	for _, b := range []*key.Binding{&r.keys.Up, &r.keys.Down, &r.keys.PageUp, &r.keys.PageDown, &r.keys.Top, &r.keys.Bottom, &r.keys.Open} {
		b.SetEnabled(has)
	}
	r.keys.NextDiverge.SetEnabled(hasDiv)
	r.keys.PrevDiverge.SetEnabled(hasDiv)
	groups := 0
	if r.pv != nil {
		groups = len(r.pv.groups)
	}
	r.keys.NextTopic.SetEnabled(groups > 1 && r.filter < 0)
	r.keys.PrevTopic.SetEnabled(groups > 1 && r.filter < 0)
	r.keys.Filter.SetEnabled(has || r.filter >= 0)
	if r.filter >= 0 {
		r.keys.Filter.SetHelp("f", "all topics")
	} else {
		r.keys.Filter.SetHelp("f", "only this topic")
	}
	multi := len(r.c.Documents) > 2
	r.keys.NextRight.SetEnabled(multi)
	r.keys.NextLeft.SetEnabled(multi)
	switch {
	case r.lay.Split:
		r.keys.Toggle.SetHelp("s", "stacked view")
	case r.lay.SplitFits:
		r.keys.Toggle.SetHelp("s", "split view")
	default:
		r.keys.Toggle.SetHelp("s", fmt.Sprintf("split needs %d cols", splitMinWidth))
	}
}

// Update handles the reader's keys and mouse.
func (r readerPane) Update(msg tea.Msg) (readerPane, tea.Cmd) {
	r.status = ""
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		r.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			r.wheel(-3)
		case tea.MouseWheelDown:
			r.wheel(3)
		}
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			if i := r.itemAtRow(msg.Y - r.lay.BodyTop); i >= 0 && !r.items[i].heading() {
				r.selectItem(i)
			}
		}
	}
	r.syncKeys()
	return r, nil
}

// handleKey applies one key press to the reader.
func (r *readerPane) handleKey(msg tea.KeyPressMsg) {
	k := &r.keys
	switch {
	case key.Matches(msg, k.Down):
		r.selectItem(r.nextRow(r.sel))
	case key.Matches(msg, k.Up):
		r.selectItem(r.prevRow(r.sel))
	case key.Matches(msg, k.PageDown):
		r.page(1)
	case key.Matches(msg, k.PageUp):
		r.page(-1)
	case key.Matches(msg, k.Top):
		r.selectFirst()
		r.ensureVisible()
	case key.Matches(msg, k.Bottom):
		r.selectItem(r.prevRow(len(r.items)))
	case key.Matches(msg, k.NextDiverge):
		r.nextVerdict(corpus.Diverge, 1)
	case key.Matches(msg, k.PrevDiverge):
		r.nextVerdict(corpus.Diverge, -1)
	case key.Matches(msg, k.NextTopic):
		r.nextGroup(1)
	case key.Matches(msg, k.PrevTopic):
		r.nextGroup(-1)
	case key.Matches(msg, k.Filter):
		r.toggleFilter()
	case key.Matches(msg, k.Toggle):
		r.toggleSplit()
	case key.Matches(msg, k.NextRight):
		r.cyclePair(1)
	case key.Matches(msg, k.NextLeft):
		r.cyclePair(0)
	}
}

// View draws the body of the reader.
func (r readerPane) View() string { return r.bodyView() }

// ShortHelp is the reader's part of the footer.
func (r readerPane) ShortHelp() []key.Binding {
	return []key.Binding{r.keys.Down, r.keys.NextDiverge, r.keys.NextTopic, r.keys.Open, r.keys.Toggle}
}

// FullHelp is the reader's part of the full help.
func (r readerPane) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextDiverge, k.PrevDiverge, k.NextTopic, k.PrevTopic, k.Filter},
		{k.Open, k.Toggle, k.NextRight, k.NextLeft},
	}
}

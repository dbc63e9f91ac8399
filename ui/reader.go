package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// readerPane is the reading list of one pair of documents: topic headings
// and rows, a selected row, and a scroll position. It draws in split or
// stacked view (rowview.go), at the size and in the mode the root hands it.
//
// Scrolling is kept as an anchor, the first visible item and how many of
// its lines are scrolled off, rather than an absolute line. Every move then
// needs the heights of the items near the screen only, so a keystroke costs
// the same on a 10,000-row comparison as on a 20-row one. Heights come
// from measuring (measure.go), never from drawing.
type readerPane struct {
	c      *corpus.Comparison
	names  []string // the sources' (sourceNames)
	styles *Styles
	keys   KeyMap

	pv     *pairView
	pairs  map[[2]int]*pairView // pairs laid out so far
	items  []item
	filter int // group shown alone, or -1
	gen    int // bumped whenever items changes

	width            int  // the list's width in cells (height: scroller)
	split, splitFits bool // split view in use; split view would fit

	// The selection (an index into items) and the scroll position, over
	// the items as a rowList.
	scroller

	heights *heightMemo
	blocks  *blockMemo
	marker  *corpus.Marker // gives the highlights the comparison left out, or nil (marks.go)
	status  string         // message for the footer from the last call

	// A pair asked for (p, P, or a search result in another document) that
	// is being laid out off the Update path, and the passage to select
	// when it arrives. want is the shown pair when nothing is on its way.
	want [2]int
	then string

	// The search left active after enter: its words are painted in the
	// list, and n / N go to the next and previous row that holds them.
	find      string
	findAlso  []string // other spellings of find (corpus.Spellings)
	findPaint string   // find and findAlso as findSpans takes them
	findRows  []int    // items whose row holds find, for the list of gen findGen
	findGen   int
}

// newReader returns a reader over documents a and b of c.
func newReader(c *corpus.Comparison, names []string, a, b int, st *Styles, keys KeyMap) readerPane {
	r := readerPane{
		c: c, names: names, styles: st, keys: keys,
		pairs: map[[2]int]*pairView{}, filter: -1,
		heights: &heightMemo{}, blocks: &blockMemo{},
		scroller: scroller{sel: -1},
	}
	// The first pair is laid out here, before the program starts.
	r.pairs[[2]int{a, b}] = newPairView(c, names, a, b)
	r.setPair(a, b)
	return r
}

// setPair shows documents a and b, which must be laid out already (in
// r.pairs), keeping no selection from the last pair.
func (r *readerPane) setPair(a, b int) {
	r.pv = r.pairs[[2]int{a, b}]
	r.want, r.then = [2]int{a, b}, ""
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
	r.uncutTop(true)
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
	r.relist()
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
	r.styles = st
	r.relist()
}

// SetSize gives the list w × h cells, in the view mode it has.
func (r *readerPane) SetSize(w, h int) { r.SetLayout(w, h, r.split, r.splitFits) }

// SetLayout gives the list w × h cells in split or stacked view (fits says
// whether split view would fit, for the toggle's help), keeping the
// selected row where it was on screen when it can. A message about the
// last key is dropped: it may no longer hold.
func (r *readerPane) SetLayout(w, h int, split, fits bool) {
	y := r.selRow()
	r.width, r.height, r.split, r.splitFits = w, h, split, fits
	r.relist()
	r.status = ""
	r.restore(y)
	r.syncKeys()
}

// geom is the geometry the list draws at now.
func (r *readerPane) geom() rowGeom {
	return rowGeom{width: r.width, split: r.split, find: r.findPaint}
}

// listKey is what the heights of the items depend on now.
func (r *readerPane) listKey() listKey { return listKey{r.geom(), r.gen} }

// relist hands the scroller the items as they are now at the geometry.
func (r *readerPane) relist() {
	r.list = rowList{pv: r.pv, items: r.items, geom: r.geom(), key: r.listKey(), memo: r.heights, blocks: r.blocks, styles: r.styles}
}

// rowList is the reader's items as a scrollList: their heights are
// measured (measure.go), never drawn, and kept in the height memo. An item
// a frame has drawn already is not measured again: its drawing has the
// height.
type rowList struct {
	pv     *pairView
	items  []item
	geom   rowGeom
	key    listKey
	memo   *heightMemo
	blocks *blockMemo
	styles *Styles
}

func (l rowList) Len() int           { return len(l.items) }
func (l rowList) Heading(i int) bool { return l.items[i].heading() }
func (l rowList) Sep(i int) int      { return itemSep(l.items[i]) }

// Height is how many lines item i takes, the reasons shown under it
// included when it is selected.
func (l rowList) Height(i int, selected bool) int {
	hs := l.memo.at(l.key, len(l.items)).slot(i)
	if hs.item == 0 || selected && hs.extra == 0 {
		b, extra := l.blocks.drawn(drawKey{l.key, l.styles}, len(l.items), i)
		if b != nil && hs.item == 0 {
			hs.item = int32(b.height()) + 1
		}
		if extra != nil && hs.extra == 0 {
			hs.extra = int32(len(extra.lines)) + 1
		}
	}
	h := memoHeight(&hs.item, func() int { return measureItem(l.pv, l.items[i], l.geom) })
	if selected {
		h += memoHeight(&hs.extra, func() int { return measureReasons(l.pv.row(l.items[i]), l.geom.text()) })
	}
	return h
}

// Status returns what the last call into the reader has to say in the
// footer, or "".
func (r *readerPane) Status() string { return r.status }

// selection is the selected row with what the detail shows around it.
type selection struct {
	Row   corpus.Row
	A, B  int          // the documents of the pair, left and right
	Label string       // the row's group heading
	Marks corpus.Marks // the row's highlights given so far, when its alignment has none (marks.go)
}

// Selected returns the selected row and whether there is one.
func (r *readerPane) Selected() (selection, bool) {
	if r.sel < 0 {
		return selection{}, false
	}
	it := r.items[r.sel]
	row := r.pv.row(it)
	return selection{Row: row, A: r.pv.a, B: r.pv.b, Label: r.pv.groups[it.group].Label, Marks: r.pv.marks[row.Align]}, true
}

// Pair returns the pair shown.
func (r *readerPane) Pair() *pairView { return r.pv }

// Filter returns the group shown alone, or -1.
func (r *readerPane) Filter() int { return r.filter }

// SelectedGroup returns the group of the selection, or -1.
func (r *readerPane) SelectedGroup() int {
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
		switch {
		case i == r.sel:
			r.status = fmt.Sprintf("this is the only %s row", v)
		case dir > 0 && i < r.sel || dir < 0 && i > r.sel:
			r.status = "wrapped around"
		}
		r.jumpTo(i)
		return
	}
	r.status = fmt.Sprintf("no %s rows here", v)
}

// nextGroup selects the first row of the next (dir 1) or previous (dir -1)
// topic, wrapping around. The front matter is not a topic (the topic bar
// leaves it out too), so the cycle skips it; g reaches it. It walks from
// the selection to the heading it wants, not over the whole list.
func (r *readerPane) nextGroup(dir int) {
	n := len(r.items)
	// A topic starts at a heading with a row under it.
	starts := func(i int) bool {
		it := r.items[i]
		return it.heading() && i+1 < n && !r.items[i+1].heading() &&
			(r.filter >= 0 || r.pv.groups[it.group].Kind != corpus.GroupFront)
	}
	cur := -1 // heading of the selection's group
	for i := min(r.sel, n-1); i >= 0; i-- {
		if r.items[i].heading() {
			cur = i
			break
		}
	}
	found, wrapped := -1, false
	if dir > 0 {
		for i := cur + 1; i < n && found < 0; i++ {
			if starts(i) {
				found = i
			}
		}
		for i := 0; i <= cur && found < 0; i++ {
			if starts(i) {
				found, wrapped = i, i != cur
			}
		}
	} else {
		for i := cur - 1; i >= 0 && found < 0; i-- {
			if starts(i) {
				found = i
			}
		}
		for i := n - 1; i >= max(cur, 0) && found < 0; i-- {
			if starts(i) {
				found, wrapped = i, i != cur
			}
		}
	}
	if found < 0 {
		return
	}
	if wrapped {
		r.status = "wrapped around"
	}
	r.jumpTo(found + 1)
}

// shiftFilter shows the next (dir 1) or previous (dir -1) group alone in
// place of the one shown, wrapping around; the front matter, which is not
// a topic, is skipped as the topic bar skips it.
func (r *readerPane) shiftFilter(dir int) {
	n := len(r.pv.groups)
	for k := 1; k < n; k++ {
		g := ((r.filter+dir*k)%n + n) % n
		if r.pv.groups[g].Kind == corpus.GroupFront {
			continue
		}
		if dir > 0 && g < r.filter || dir < 0 && g > r.filter {
			r.status = "wrapped around"
		}
		r.filter = g
		r.rebuild(-1)
		r.selectFirst()
		r.ensureVisible()
		return
	}
}

// toggleFilter shows only the selected row's group, or all groups again.
func (r *readerPane) toggleFilter() {
	if r.filter >= 0 {
		r.filter = -1
	} else if g := r.SelectedGroup(); g >= 0 {
		r.filter = g
	} else {
		return
	}
	r.rebuild(r.sel)
	r.ensureVisible()
}

// syncKeys enables the bindings that can act now and words the toggle.
func (r *readerPane) syncKeys() {
	has := r.sel >= 0
	hasDiv := r.pv != nil && r.pv.total.Diverge > 0
	for _, b := range []*key.Binding{&r.keys.Up, &r.keys.Down, &r.keys.PageUp, &r.keys.PageDown, &r.keys.Top, &r.keys.Bottom, &r.keys.Open} {
		b.SetEnabled(has)
	}
	r.keys.NextDiverge.SetEnabled(hasDiv || r.find != "")
	r.keys.PrevDiverge.SetEnabled(hasDiv || r.find != "")
	if r.find != "" {
		r.keys.NextDiverge.SetHelp("n", "next match")
		r.keys.PrevDiverge.SetHelp("N", "prev match")
		r.keys.Back.SetHelp("esc", "end search")
	} else {
		r.keys.NextDiverge.SetHelp("n", "next divergence")
		r.keys.PrevDiverge.SetHelp("N", "prev divergence")
		r.keys.Back.SetHelp("esc", "back")
	}
	groups := 0
	if r.pv != nil {
		groups = len(r.pv.groups)
	}
	r.keys.NextTopic.SetEnabled(groups > 1)
	r.keys.PrevTopic.SetEnabled(groups > 1)
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
	case r.split:
		r.keys.Toggle.SetHelp("s", "stacked view")
	case r.splitFits:
		r.keys.Toggle.SetHelp("s", "split view")
	default:
		r.keys.Toggle.SetHelp("s", fmt.Sprintf("split needs %d cols", splitMinWidth))
	}
}

// Update handles the reader's keys, mouse (clicks at rows of the list, not
// of the screen) and laid-out pairs.
func (r readerPane) Update(msg tea.Msg) (readerPane, tea.Cmd) {
	r.status = ""
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case pairMsg:
		r.pairReady(msg)
	case tea.KeyPressMsg:
		cmd = r.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			r.wheel(-3)
		case tea.MouseWheelDown:
			r.wheel(3)
		}
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			if i := r.itemAtRow(msg.Y); i >= 0 && !r.items[i].heading() {
				r.selectItem(i)
			}
		}
	}
	r.syncKeys()
	return r, cmd
}

// handleKey applies one key press to the reader.
func (r *readerPane) handleKey(msg tea.KeyPressMsg) tea.Cmd {
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
	case key.Matches(msg, k.NextDiverge) && r.find != "":
		r.nextMatch(1)
	case key.Matches(msg, k.PrevDiverge) && r.find != "":
		r.nextMatch(-1)
	case key.Matches(msg, k.Back) && r.find != "":
		r.SetFind("")
		r.status = "search ended: n / N go to divergences again"
	case key.Matches(msg, k.NextDiverge):
		r.nextVerdict(corpus.Diverge, 1)
	case key.Matches(msg, k.PrevDiverge):
		r.nextVerdict(corpus.Diverge, -1)
	case key.Matches(msg, k.NextTopic) && r.filter >= 0:
		r.shiftFilter(1)
	case key.Matches(msg, k.PrevTopic) && r.filter >= 0:
		r.shiftFilter(-1)
	case key.Matches(msg, k.NextTopic):
		r.nextGroup(1)
	case key.Matches(msg, k.PrevTopic):
		r.nextGroup(-1)
	case key.Matches(msg, k.Filter):
		r.toggleFilter()
	case key.Matches(msg, k.Back) && r.filter >= 0:
		r.toggleFilter()
	case key.Matches(msg, k.NextRight):
		return r.cyclePair(1)
	case key.Matches(msg, k.NextLeft):
		return r.cyclePair(0)
	}
	return nil
}

// ShowPassage selects the row showing passage id, switching the pair (in
// the background: the Cmd lays it out) or clearing the filter when needed.
func (r *readerPane) ShowPassage(id string) tea.Cmd {
	r.status = ""
	cmd := r.showPassage(id)
	r.syncKeys()
	return cmd
}

// ShortHelp is the reader's part of the footer, most useful first: the
// footer drops from the end what does not fit. The view toggle comes early
// because on a narrow terminal it says why there is no split view; enter
// comes late because the selected row already says "enter for details";
// the arrows, which need the least telling, come last. The toggle and
// search are handled by the root (one changes the layout, the other the
// focus) but belong to reading the list, so the list offers them; the
// root words the toggle through SetLayout.
func (r readerPane) ShortHelp() []key.Binding {
	k := r.keys
	if r.find != "" {
		return []key.Binding{k.NextDiverge, k.PrevDiverge, k.Back, k.Toggle, k.Search, k.NextTopic, k.Open, k.Down}
	}
	return []key.Binding{k.NextDiverge, k.Toggle, k.Search, k.NextTopic, k.Open, k.NextRight, k.Filter, k.Down}
}

// FullHelp is the reader's part of the full help.
func (r readerPane) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextDiverge, k.PrevDiverge, k.NextTopic, k.PrevTopic, k.Filter},
		{k.Open, k.Toggle, k.NextRight, k.NextLeft, k.Copy, k.Write},
		{k.Overview, k.Pairs, k.Ledger, k.Claim},
	}
}

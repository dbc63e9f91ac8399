package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// Which pair of documents the reader shows. With more than two documents,
// p and P step through the pairs, and a search result in a document not
// shown switches to a pair that holds it. Laying out a pair (grouping its
// alignments into rows) scans every alignment of the comparison, which on a
// large one takes longer than a frame, so a pair not laid out before is
// laid out in a tea.Cmd; the list stays as it is, with a word in the
// footer, until the pair arrives as a pairMsg.

// pairMsg carries a pair of documents laid out by pairCmd.
type pairMsg struct {
	a, b int
	pv   *pairView
}

// pairCmd lays out documents a and b of c off the Update path: on a
// 2 × 5,000-passage comparison that takes milliseconds, more than a frame.
// It reads c and returns a new pairView; it changes nothing.
func pairCmd(c *corpus.Comparison, names []string, a, b int) tea.Cmd {
	return func() tea.Msg { return pairMsg{a: a, b: b, pv: newPairView(c, names, a, b)} }
}

// cyclePair asks for the next document on the right (side 1) or left
// (side 0), counting from the pair already asked for, so pressing p twice
// quickly moves two documents on.
func (r *readerPane) cyclePair(side int) tea.Cmd {
	n := len(r.c.Documents)
	a, b := r.want[0], r.want[1]
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
	return r.askPair(a, b, "")
}

// askPair shows documents a and b, then selects passage then (when not
// ""). A pair laid out before is shown at once; any other is laid out by
// pairCmd, and the list stays as it is until it arrives (pairReady).
func (r *readerPane) askPair(a, b int, then string) tea.Cmd {
	if _, ok := r.pairs[[2]int{a, b}]; ok {
		r.setPair(a, b)
		r.status = fmt.Sprintf("comparing %s with %s", r.pv.names[0], r.pv.names[1])
		if then != "" {
			r.selectPassage(then)
		}
		return nil
	}
	r.want, r.then = [2]int{a, b}, then
	r.status = fmt.Sprintf("laying out %s with %s…", nameAt(r.names, a), nameAt(r.names, b))
	return pairCmd(r.c, r.names, a, b)
}

// pairReady takes in a pair laid out by pairCmd and shows it if it is
// still the one asked for; an older one is only kept for later.
func (r *readerPane) pairReady(msg pairMsg) {
	k := [2]int{msg.a, msg.b}
	if _, ok := r.pairs[k]; !ok && msg.pv != nil {
		r.pairs[k] = msg.pv
	}
	if k != r.want || r.pv.a == msg.a && r.pv.b == msg.b {
		return
	}
	then := r.then
	r.setPair(msg.a, msg.b)
	r.status = fmt.Sprintf("comparing %s with %s", r.pv.names[0], r.pv.names[1])
	if then != "" {
		r.selectPassage(then)
		if r.find != "" && r.status != "that passage is not in this view" {
			r.status = r.FindStatus()
		}
	}
}

// showPassage selects the row showing passage id, switching the pair (in
// the background, see askPair) or clearing the filter when needed.
func (r *readerPane) showPassage(id string) tea.Cmd {
	p := r.c.Passage(id)
	if p == nil {
		r.status = "that passage is not in this view"
		return nil
	}
	if p.Doc != r.pv.a && p.Doc != r.pv.b {
		if p.Doc < r.pv.b {
			return r.askPair(p.Doc, r.pv.b, id)
		}
		return r.askPair(r.pv.a, p.Doc, id)
	}
	r.want, r.then = [2]int{r.pv.a, r.pv.b}, "" // drop a pair still on its way
	r.selectPassage(id)
	return nil
}

// selectPassage selects the row of the shown pair showing passage id,
// clearing the filter when it hides it, and says so when no row shows it.
func (r *readerPane) selectPassage(id string) {
	i := r.pv.find(r.items, id)
	if i < 0 && r.filter >= 0 {
		r.filter = -1
		r.rebuild(r.sel)
		i = r.pv.find(r.items, id)
	}
	if i < 0 {
		r.status = "that passage is not in this view"
		return
	}
	r.jumpTo(i)
}

// ShowPair shows documents a and b (a < b), then selects passage then
// (when not ""); see askPair.
func (r *readerPane) ShowPair(a, b int, then string) tea.Cmd {
	r.status = ""
	if a == r.pv.a && b == r.pv.b {
		r.want, r.then = [2]int{a, b}, ""
		if then != "" {
			r.selectPassage(then)
		}
		r.syncKeys()
		return nil
	}
	cmd := r.askPair(a, b, then)
	r.syncKeys()
	return cmd
}

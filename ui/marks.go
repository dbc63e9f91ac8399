package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// Highlights given late. A comparison made with corpus.Options.LazyMarks
// (the reader's Job makes it so with three sources or more) holds no
// highlights: judging every alignment of every pair with them was 7-9 %
// of the CPU time before the overview shows at twenty sources, and a
// reader sees a few rows at a time. After every
// message, while a pair is read, the root asks a corpus.Marker, in a Cmd,
// for the highlights of the rows on screen and of a screen's worth above
// and below that it has not asked for yet; the rows are drawn plain until
// they arrive (a few milliseconds: each alignment is judged again), then
// drawn again. What arrives is kept with the pair (pairView.marks), so a
// row is judged again once at most.

// marksMsg carries the highlights a marksCmd got for alignments of pv.
type marksMsg struct {
	pv    *pairView
	marks map[*corpus.Alignment]corpus.Marks
}

// marksCmd returns a Cmd getting the highlights of the alignments near the
// screen that have none and were not asked for, marking them asked; nil
// when there are none, or no Marker.
func (r *readerPane) marksCmd() tea.Cmd {
	pv, mk := r.pv, r.marker
	if mk == nil || pv == nil || r.height <= 0 || len(r.items) == 0 {
		return nil
	}
	var want []*corpus.Alignment
	ask := func(i int) {
		it := r.items[i]
		if it.heading() {
			return
		}
		al := pv.row(it).Align
		if al == nil || al.MarksA != nil || al.MarksB != nil || pv.asked[al] {
			return
		}
		if pv.asked == nil {
			pv.asked = map[*corpus.Alignment]bool{}
		}
		pv.asked[al] = true
		want = append(want, al)
	}
	// The screen first, then a screen below and one above.
	top := min(max(r.top, 0), len(r.items)-1)
	i := top
	for y := -r.topLine; i < len(r.items) && y < 2*r.height; i++ {
		ask(i)
		y += r.itemHeight(i)
	}
	for i, y := top-1, 0; i >= 0 && y < r.height; i-- {
		ask(i)
		y += r.itemHeight(i)
	}
	if len(want) == 0 {
		return nil
	}
	return func() tea.Msg {
		out := make(map[*corpus.Alignment]corpus.Marks, len(want))
		for _, al := range want {
			out[al] = mk.For(al)
		}
		return marksMsg{pv: pv, marks: out}
	}
}

// takeMarks keeps the highlights that arrived with their pair and redraws
// what shows them: the list when it is that pair, the detail when it
// shows one of them.
func (m *Model) takeMarks(msg marksMsg) {
	if msg.pv.marks == nil {
		msg.pv.marks = make(map[*corpus.Alignment]corpus.Marks, len(msg.marks))
	}
	for al, mk := range msg.marks {
		msg.pv.marks[al] = mk
	}
	if msg.pv == m.reader.pv {
		m.reader.blocks.forget()
	}
	if mk, ok := msg.marks[m.detail.data.row.Align]; ok && m.detail.data.row.Align != nil {
		m.detail.data.marks = mk
	}
}

package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// detailPane shows one row in full: both passages wrapped and highlighted,
// the verdict and score, every reason, what the passages share, and the
// other alignments either passage takes part in (detailview.go). It
// scrolls.
type detailPane struct {
	c      *corpus.Comparison
	names  []string // the sources' short names (sourceNames)
	styles *Styles
	keys   KeyMap

	data detailData

	width, height int
	offset        int
	memo          *detailMemo
}

func newDetail(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) detailPane {
	return detailPane{c: c, names: names, styles: st, keys: keys, data: detailData{c: c, names: names}, memo: &detailMemo{}}
}

// Open shows the selected row sel.
func (d *detailPane) Open(sel selection) {
	d.data = detailData{c: d.c, names: d.names, row: sel.Row, a: sel.A, b: sel.B, label: sel.Label, marks: sel.Marks}
	d.offset = 0
	d.clamp()
}

// SetSize sets the pane's size.
func (d *detailPane) SetSize(w, h int) {
	d.width, d.height = w, h
	d.clamp()
}

// SetStyles switches to new styles.
func (d *detailPane) SetStyles(st *Styles) { d.styles = st }

// textWidth is the width of the content, right of the gutter.
func (d *detailPane) textWidth() int { return d.width - gutterWidth }

// detailMemo keeps the last content laid out, measured and drawn, keyed by
// what each depends on. It is shared by copies of the pane.
type detailMemo struct {
	paraKey  detailKey
	paras    []para
	count    int
	linesKey detailKey
	lines    []string
}

// detailKey is what the detail's content depends on.
type detailKey struct {
	row    corpus.Row
	a, b   int
	label  string
	marked bool // highlights given by a Marker (marks.go)
	width  int
	styles *Styles
}

// key returns the memo key of the content as it is now.
func (d *detailPane) key() detailKey {
	marked := d.data.marks.A != nil || d.data.marks.B != nil
	return detailKey{d.data.row, d.data.a, d.data.b, d.data.label, marked, d.textWidth(), d.styles}
}

// laidOut returns the content's paragraphs and its height in lines.
func (d *detailPane) laidOut() ([]para, int) {
	m, k := d.memo, d.key()
	if m.paras == nil || m.paraKey != k {
		m.paraKey, m.paras = k, detailParas(d.data, d.textWidth(), d.styles)
		m.count = detailHeight(m.paras)
		if m.paras == nil {
			m.paras = []para{}
		}
	}
	return m.paras, m.count
}

// lines returns the content drawn.
func (d *detailPane) lines() []string {
	ps, _ := d.laidOut()
	m, k := d.memo, d.key()
	if m.lines == nil || m.linesKey != k {
		m.linesKey, m.lines = k, detailLines(ps, d.textWidth(), d.styles)
		if m.lines == nil {
			m.lines = []string{}
		}
	}
	return m.lines
}

// clamp keeps the scroll offset inside the content, and enables the
// scrolling keys only when there is something to scroll to, so the footer
// does not offer keys that do nothing.
func (d *detailPane) clamp() {
	_, n := d.laidOut()
	d.offset = max(0, min(d.offset, n-d.height))
	scrolls := n > d.height
	for _, b := range []*key.Binding{&d.keys.Up, &d.keys.Down, &d.keys.PageUp, &d.keys.PageDown, &d.keys.Top, &d.keys.Bottom} {
		b.SetEnabled(scrolls)
	}
}

// Update scrolls the detail.
func (d detailPane) Update(msg tea.Msg) (detailPane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := d.keys
		switch {
		case key.Matches(msg, k.Down):
			d.offset++
		case key.Matches(msg, k.Up):
			d.offset--
		case key.Matches(msg, k.PageDown):
			d.offset += max(1, d.height-1)
		case key.Matches(msg, k.PageUp):
			d.offset -= max(1, d.height-1)
		case key.Matches(msg, k.Top):
			d.offset = 0
		case key.Matches(msg, k.Bottom):
			_, d.offset = d.laidOut()
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			d.offset -= 3
		case tea.MouseWheelDown:
			d.offset += 3
		}
	}
	d.clamp()
	return d, nil
}

// View draws exactly height lines of the detail.
func (d detailPane) View() string {
	if d.height <= 0 {
		return ""
	}
	lines := d.lines()
	var sb strings.Builder
	more := d.offset+d.height < len(lines)
	for i := range d.height {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if more && i == d.height-1 && d.height > 2 {
			left := len(lines) - d.offset - d.height + 1
			sb.WriteString(d.styles.Faint.Paint(truncate(fmt.Sprintf("  ↓ %d more lines", left), d.width)))
			break
		}
		if k := d.offset + i; k < len(lines) && lines[k] != "" {
			sb.WriteString(spaces(gutterWidth))
			sb.WriteString(lines[k])
		}
	}
	return sb.String()
}

// ShortHelp is the detail's part of the footer.
func (d detailPane) ShortHelp() []key.Binding {
	k := d.keys
	k.Back.SetHelp("esc", "back to list")
	return []key.Binding{k.Back, k.Down, k.PageDown, k.Up, k.Search}
}

// FullHelp is the detail's part of the full help.
func (d detailPane) FullHelp() [][]key.Binding {
	k := d.keys
	k.Back.SetHelp("esc/enter", "back to list")
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back}}
}

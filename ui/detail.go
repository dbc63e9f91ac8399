package ui

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// maxDetailLines caps a passage in the detail view; only pathological
// input (a megabyte without a line break) reaches it.
const maxDetailLines = 2000

// detailPane shows one row in full: both passages wrapped and highlighted,
// the verdict and score, every reason, what the passages share, and the
// other alignments either passage takes part in. It scrolls.
type detailPane struct {
	c      *corpus.Comparison
	styles *Styles
	paint  painter
	keys   KeyMap

	row   corpus.Row
	a, b  int    // documents of the pair, left and right
	label string // the row's group heading

	width, height int
	lines         []string // drawn at width
	offset        int
}

func newDetail(c *corpus.Comparison, st *Styles, keys KeyMap) detailPane {
	return detailPane{c: c, styles: st, paint: newPainter(st), keys: keys}
}

// Open shows row, from the pair of documents a and b, under heading label.
func (d *detailPane) Open(row corpus.Row, a, b int, label string) {
	d.row, d.a, d.b, d.label = row, a, b, label
	d.offset = 0
	d.draw()
}

// SetSize sets the pane's size and redraws it.
func (d *detailPane) SetSize(w, h int) {
	d.width, d.height = w, h
	d.draw()
}

// SetStyles switches to new styles and redraws.
func (d *detailPane) SetStyles(st *Styles) {
	d.styles, d.paint = st, newPainter(st)
	d.draw()
}

// draw lays out the whole content at the current width.
func (d *detailPane) draw() {
	d.lines = nil
	w := d.width - gutterWidth
	if w < 4 || (d.row.A == nil && d.row.B == nil) {
		d.clamp()
		return
	}
	s := d.styles
	add := func(l string) { d.lines = append(d.lines, truncate(l, w)) }
	wrapped := func(text string, indent int, st Style) {
		ls, _ := wrapText(text, nil, max(1, w-indent), 0, nil)
		for _, l := range ls {
			add(spaces(indent) + st.Paint(l.s))
		}
	}

	// Title: the group, the verdict and the score.
	title := s.Heading.Paint(safeInline(d.label))
	var kind corpus.Kind
	for _, p := range []*corpus.Passage{d.row.A, d.row.B} {
		if p != nil && p.Kind != corpus.KindBody {
			kind = p.Kind
		}
	}
	title += "  " + s.badge(d.row.Verdict(), kind)
	if d.row.Align != nil {
		title += s.Faint.Paint(fmt.Sprintf("  score %.2f", d.row.Align.Score))
	}
	add(title)

	for side, p := range []*corpus.Passage{d.row.A, d.row.B} {
		doc := d.a
		echo := d.row.EchoA
		if side == 1 {
			doc, echo = d.b, d.row.EchoB
		}
		name := safeInline(d.c.Documents[doc].Name)
		add("")
		if p == nil {
			if kind == "" {
				add(s.Missing.Paint("not covered by " + name))
			}
			continue
		}
		meta := fmt.Sprintf("  line %d · %s", p.Line, p.ID)
		if echo {
			meta += " · also shown in an earlier row"
		}
		add(s.Label.Paint(name) + s.Faint.Paint(safeInline(meta)))
		ls, cut := wrapText(p.Text, marksFor(d.row.Align, p), max(1, w-2), maxDetailLines, &d.paint)
		for _, l := range ls {
			add("  " + l.s)
		}
		if cut {
			add(d.styles.Faint.Paint(fmt.Sprintf("  … passage cut at %d lines (%d bytes in all)", maxDetailLines, len(p.Text))))
		}
	}

	if al := d.row.Align; al != nil {
		if len(al.Reasons) > 0 {
			add("")
			why := s.Section.Paint("Why")
			if mentionsSides(al.Reasons) {
				why += s.Faint.Paint("  " + sidesLegend(d.c, d.a, d.b))
			}
			add(why)
			for _, r := range al.Reasons {
				ls, _ := wrapText(safeInline(r.Text), nil, max(1, w-4), 0, nil)
				for k, l := range ls {
					prefix := "    "
					if k == 0 {
						prefix = "  • "
					}
					add(prefix + l.s)
				}
				// The words each side said, naming the source; a side that
				// said nothing (a reason about what only one side has) is
				// left out rather than shown as empty quotes.
				var quotes []string
				for side, doc := range []int{d.a, d.b} {
					if q := d.quote(r, side); q != "" {
						quotes = append(quotes, fmt.Sprintf("%s: “%s”", safeInline(d.c.Documents[doc].Name), safeInline(q)))
					}
				}
				if len(quotes) > 0 {
					wrapped(strings.Join(quotes, "  "), 4, s.Faint)
				}
			}
		}
		ev := al.Evidence
		if len(ev.Terms)+len(ev.Entities)+len(ev.Numbers) > 0 {
			add("")
			add(s.Section.Paint("Shared"))
			for _, f := range []struct {
				name string
				vals []string
			}{{"entities", ev.Entities}, {"numbers", ev.Numbers}, {"terms", ev.Terms}} {
				if len(f.vals) > 0 {
					wrapped(f.name+": "+safeInline(strings.Join(f.vals, ", ")), 2, s.Reason)
				}
			}
		}
	}

	if others := d.others(); len(others) > 0 {
		add("")
		add(s.Section.Paint("Also aligned"))
		for _, o := range others {
			add("  " + o)
		}
	}
	add("")
	add(s.Faint.Paint("highlights: ") + s.Shared.Paint("shared") + s.Faint.Paint(" · ") + s.Conflict.Paint("where they differ"))
	d.clamp()
}

// quote returns a reason's quoted words from the left (0) or right (1)
// document: a reason holds the lower-index document's words in A.
func (d *detailPane) quote(r corpus.Reason, side int) string {
	left := d.a < d.b
	if (side == 0) == left {
		return r.A
	}
	return r.B
}

// others lists the other alignments of the row's passages in one line each.
func (d *detailPane) others() []string {
	var out []string
	w := d.width - gutterWidth - 2
	seen := map[*corpus.Alignment]bool{d.row.Align: true}
	for _, p := range []*corpus.Passage{d.row.A, d.row.B} {
		if p == nil {
			continue
		}
		for _, al := range d.c.AlignmentsOf(p.ID) {
			if seen[al] {
				continue
			}
			seen[al] = true
			other := d.c.Passage(al.B)
			if al.B == p.ID {
				other = d.c.Passage(al.A)
			}
			if other == nil {
				continue
			}
			text := strings.Join(strings.Fields(other.Text), " ")
			if len(text) > 400 {
				text = text[:400]
			}
			l := d.styles.badge(al.Verdict, "") + d.styles.Faint.Paint(fmt.Sprintf(" %.2f %s line %d: ", al.Score, safeInline(d.c.Documents[other.Doc].Name), other.Line)) + safeInline(text)
			out = append(out, truncate(l, w))
			if len(out) == 8 {
				return out
			}
		}
	}
	return out
}

// clamp keeps the scroll offset inside the content, and enables the
// scrolling keys only when there is something to scroll to, so the footer
// does not offer keys that do nothing.
func (d *detailPane) clamp() {
	d.offset = max(0, min(d.offset, len(d.lines)-d.height))
	scrolls := len(d.lines) > d.height
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
			d.offset = len(d.lines)
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
	var sb strings.Builder
	more := d.offset+d.height < len(d.lines)
	for i := range d.height {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if more && i == d.height-1 && d.height > 2 {
			left := len(d.lines) - d.offset - d.height + 1
			sb.WriteString(d.styles.Faint.Paint(truncate(fmt.Sprintf("  ↓ %d more lines", left), d.width)))
			break
		}
		if k := d.offset + i; k < len(d.lines) && d.lines[k] != "" {
			sb.WriteString(spaces(gutterWidth))
			sb.WriteString(d.lines[k])
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

// mentionsSides reports whether a reason's text speaks of the two
// documents as A and B ("A cites unnamed sources, B does not"), as the
// engine words some reasons.
func mentionsSides(reasons []corpus.Reason) bool {
	for _, r := range reasons {
		for _, w := range strings.FieldsFunc(r.Text, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if w == "A" || w == "B" {
				return true
			}
		}
	}
	return false
}

// sidesLegend says which document a reason's A and B are: A is always the
// document with the lower index, which is on the right when the pair is
// shown swapped.
func sidesLegend(c *corpus.Comparison, a, b int) string {
	lo, hi := min(a, b), max(a, b)
	return "A: " + safeInline(c.Documents[lo].Name) + " · B: " + safeInline(c.Documents[hi].Name)
}

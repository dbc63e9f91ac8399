package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// The detail's content. detailParas lays it out as paragraphs: short lines
// drawn whole, and texts still to wrap. detailLines wraps and paints them;
// detailHeight counts the same lines without painting, for key handling
// (scrolling, and which scroll keys can act). Both are pure.

// maxDetailLines caps a passage in the detail view; only pathological
// input (a megabyte without a line break) reaches it.
const maxDetailLines = 2000

// detailData is what the detail shows: a row of the pair of documents a
// and b (left and right), under its group's heading.
type detailData struct {
	c     *corpus.Comparison
	names []string // the sources' short names (sourceNames)
	row   corpus.Row
	a, b  int
	label string
	marks corpus.Marks // the row's highlights, when its alignment has none of its own (marks.go)
}

// para is one paragraph of the detail: a finished line (wrap false), or a
// text to wrap to width cells, at most max lines (0: no limit), each line
// after prefix (first on the first line, when set) and painted with style
// (or, without style, highlighted by marks). When the text is cut, cutNote
// follows it.
type para struct {
	line string

	wrap          bool
	text          string
	marks         []span
	width, max    int
	prefix, first string
	style         *Style
	cutNote       string
}

// detailParas lays out the detail of d in w cells (the gutter excluded).
func detailParas(d detailData, w int, s *Styles) []para {
	if w < 4 || (d.row.A == nil && d.row.B == nil) {
		return nil
	}
	var out []para
	add := func(l string) { out = append(out, para{line: truncate(l, w)}) }
	wrapped := func(text string, indent int, st Style) {
		out = append(out, para{wrap: true, text: text, width: max(1, w-indent), prefix: spaces(indent), style: &st})
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

	for side, doc := range []int{d.a, d.b} {
		p, echo := rowSide(d.row, side)
		name := nameAt(d.names, doc)
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
		out = append(out, para{
			wrap: true, text: p.Text, marks: marksFor(d.row.Align, d.marks, p), width: max(1, w-2), max: maxDetailLines, prefix: "  ",
			cutNote: s.Faint.Paint(fmt.Sprintf("  … passage cut at %d lines (%d bytes in all)", maxDetailLines, len(p.Text))),
		})
	}

	if al := d.row.Align; al != nil {
		if len(al.Reasons) > 0 {
			add("")
			why := s.Section.Paint("Why")
			if mentionsSides(al.Reasons) {
				why += s.Faint.Paint("  " + sidesLegend(d.names, d.a, d.b))
			}
			add(why)
			for _, r := range al.Reasons {
				out = append(out, para{wrap: true, text: safeInline(r.Text), width: max(1, w-4), prefix: "    ", first: "  • "})
				// The words each side said, naming the source; a side that
				// said nothing (a reason about what only one side has) is
				// left out rather than shown as empty quotes.
				var quotes []string
				for side, doc := range []int{d.a, d.b} {
					if q := reasonWords(r, side, d.a, d.b); q != "" {
						quotes = append(quotes, fmt.Sprintf("%s: “%s”", nameAt(d.names, doc), safeInline(q)))
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
		if names := nameLines(d.c, ev.Entities, passageText(d.row.A), passageText(d.row.B)); len(names) > 0 {
			add("")
			add(s.Section.Paint("Names taken as one"))
			for _, n := range names {
				wrapped(safeInline(n), 2, s.Reason)
			}
		}
	}

	if others := otherAlignments(d, w-2, s); len(others) > 0 {
		add("")
		add(s.Section.Paint("Also aligned"))
		for _, o := range others {
			add("  " + o)
		}
	}
	add("")
	add(s.Faint.Paint("highlights: ") + s.Shared.Paint("shared") + s.Faint.Paint(" · ") + s.Conflict.Paint("where they differ"))
	return out
}

// otherAlignments lists, in w cells each, the other alignments of the
// row's passages, at most eight, under the passage each aligns with.
func otherAlignments(d detailData, w int, s *Styles) []string {
	var out []string
	n := 0
	seen := map[*corpus.Alignment]bool{d.row.Align: true}
	for _, p := range []*corpus.Passage{d.row.A, d.row.B} {
		if p == nil {
			continue
		}
		// Each of the row's passages heads its own alignments: the same
		// passage of a third source may align with both, and two lines
		// "courier line 3" with different scores read as one listed twice.
		head := false
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
			if !head {
				out = append(out, truncate(s.Faint.Paint(fmt.Sprintf("with %s line %d:", nameAt(d.names, p.Doc), p.Line)), w))
				head = true
			}
			text := cutAt(strings.Join(strings.Fields(other.Text), " "), 400)
			l := "  " + s.badge(al.Verdict, "") + s.Faint.Paint(fmt.Sprintf(" %.2f %s line %d: ", al.Score, nameAt(d.names, other.Doc), other.Line)) + safeInline(text)
			out = append(out, truncate(l, w))
			if n++; n == 8 {
				return out
			}
		}
	}
	return out
}

// detailLines draws paragraphs laid out w cells wide as lines.
func detailLines(ps []para, w int, s *Styles) []string {
	var out []string
	for _, p := range ps {
		if !p.wrap {
			out = append(out, p.line)
			continue
		}
		ls, cut := wrapText(p.text, p.marks, p.width, p.max, &s.marks)
		for k, l := range ls {
			prefix := p.prefix
			if k == 0 && p.first != "" {
				prefix = p.first
			}
			text := l.s
			if p.style != nil {
				text = p.style.Paint(text)
			}
			out = append(out, truncate(prefix+text, w))
		}
		if cut && p.cutNote != "" {
			out = append(out, truncate(p.cutNote, w))
		}
	}
	return out
}

// detailHeight is len(detailLines(ps, w, s)), counted without drawing.
func detailHeight(ps []para) int {
	n := 0
	for _, p := range ps {
		if !p.wrap {
			n++
			continue
		}
		k, cut := wrapCount(p.text, p.width, p.max)
		n += k
		if cut && p.cutNote != "" {
			n++
		}
	}
	return n
}

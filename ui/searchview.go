package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/search"
)

// Drawing the search overlay: the input line, a rule, and the results, each
// a line naming the passage and a line of its text around the match.

// View draws the overlay in exactly height lines: the input, a rule, and as
// many results as fit.
func (s searchPane) View() string {
	if s.height <= 0 || s.width <= 0 {
		return ""
	}
	st := s.styles
	w := s.width
	lines := make([]string, 0, s.height)

	status := ""
	switch q := s.input.String(); {
	case strings.TrimSpace(q) == "":
		status = "type to search all passages"
	case s.shown != q:
		status = "searching…"
	case len(s.results) == 0:
		status = "no match"
	case len(s.results) == searchLimit:
		status = fmt.Sprintf("top %d", searchLimit)
	default:
		status = fmt.Sprintf("%d found", len(s.results))
	}
	status = st.Faint.Paint(status)
	prompt := st.Prompt.Paint("/ ")
	room := max(1, w-2-stringWidth(status)-2)
	lines = append(lines, truncate(prompt+s.input.View(room, st)+"  "+status, w))
	lines = append(lines, st.Rule.Paint(strings.Repeat("─", w)))

	for i := s.offset; i < len(s.results) && len(lines)+resultLines <= s.height; i++ {
		m := s.results[i]
		if m.Index < 0 || m.Index >= len(s.entries) {
			continue
		}
		e := s.entries[m.Index]
		gutter := "  "
		if i == s.sel {
			gutter = st.Marker.Paint("▌") + " "
		}
		meta := e.doc
		if e.topic != "" {
			meta += " · " + e.topic
		}
		meta += fmt.Sprintf(" · line %d", e.line)
		if m.Score < search.TermUnit {
			// Below every whole word, prefix and substring: only the
			// letters, scattered through the passage.
			meta += " · scattered letters"
		}
		lines = append(lines, gutter+st.Label.Paint(truncate(meta, w-gutterWidth)))
		lines = append(lines, gutter+snippet(e.text, m.Positions, w-gutterWidth, st))
	}
	for len(lines) < s.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:s.height], "\n")
}

// snippet draws one line of a passage, w cells wide, around its first
// matched character (pos: the byte offsets of the matches), the matched
// characters painted.
func snippet(text string, pos []int, w int, st *Styles) string {
	if w <= 0 {
		return ""
	}
	start := 0
	if len(pos) > 0 && pos[0] > 0 && pos[0] <= len(text) {
		start = pos[0]
		// Back up a quarter of the width, then forward to a word start.
		for k := 0; k < w/4 && start > 0; k++ {
			_, sz := utf8.DecodeLastRuneInString(text[:start])
			start -= sz
		}
		if start > 0 {
			if i := strings.IndexAny(text[start:pos[0]], " \n"); i >= 0 {
				start += i + 1
			}
		}
	}
	end := min(len(text), start+w*8+64)
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	seg := text[start:end]
	var spans []span
	for _, p := range pos {
		if p >= start && p < end {
			spans = append(spans, span{p - start, p - start + 1, markMatch})
		}
	}
	prefix := ""
	if start > 0 {
		prefix = "…"
	}
	ls, _ := wrapText(seg, spans, max(1, w-len([]rune(prefix))), 1, &st.marks)
	if len(ls) == 0 {
		return prefix
	}
	return prefix + ls[0].s
}

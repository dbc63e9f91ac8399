package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Small helpers for drawing display-safe text: painting with a style,
// fitting to a width, and making labels safe and single-line.

// ink is a style compiled to the escape sequences around its text. Painting
// with it never looks inside the text: lipgloss paints underlined text rune
// by rune, which would cut emoji sequences apart and change their width.
type ink struct{ pre, suf string }

// inkOf compiles a style without padding, margins or borders.
func inkOf(st lipgloss.Style) ink {
	out := st.Render("x")
	i := strings.IndexByte(out, 'x')
	if i < 0 {
		return ink{}
	}
	return ink{out[:i], out[i+1:]}
}

// paint wraps s in the ink's sequences.
func (k ink) paint(s string) string {
	if s == "" || k.pre == "" {
		return s
	}
	return k.pre + s + k.suf
}

// Style is a lipgloss style with its escape sequences compiled once:
// painting costs two concatenations and never looks inside the text.
type Style struct {
	lipgloss.Style
	ink ink
}

// newStyle compiles st, which must have no padding, margins or borders.
func newStyle(st lipgloss.Style) Style { return Style{st, inkOf(st)} }

// Paint styles one line of display-safe text.
func (s Style) Paint(text string) string { return s.ink.paint(text) }

// safeInline makes a short label (a file name, a topic label, a reason) safe
// and single-line: controls become visible and line breaks become spaces.
func safeInline(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, g := range glyphsOf(s) {
		switch g.kind {
		case glyphNewline:
			b.WriteByte(' ')
		default:
			b.WriteString(g.draw(s))
		}
	}
	return b.String()
}

// pad appends spaces to a line of known width up to w cells.
func pad(l line, w int) string {
	if l.w >= w {
		return l.s
	}
	return l.s + spaces(w-l.w)
}

// spaces returns n spaces, sharing one backing string for small n.
func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(blank) {
		return blank[:n]
	}
	return strings.Repeat(" ", n)
}

var blank = strings.Repeat(" ", 256)

package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The reader's one measure of text on screen.
//
// Terminals do not agree on how wide text is. Those that implement Unicode
// core mode (DEC mode 2027) measure a grapheme cluster as a unit: "क्षि" is
// one cluster of one or two cells, an emoji ZWJ sequence two. Most others
// (xterm, VTE, the Linux console, tmux) advance once per code point by
// glibc's wcwidth: "क्षि" takes three cells, "👍🏽" four. tmux 3.3 joins
// what follows a ZWJ into the cell before it. Bubble Tea's renderer follows
// wcwidth unless the terminal answers that it implements mode 2027, and it
// trusts that the terminal advances as it measured.
//
// So the reader does two things:
//
//   - It measures every cluster conservatively: the wider of its grapheme
//     width and the sum of its code points' wcwidth (the renderer's table,
//     plus the few code points glibc draws wider). A line that fits by this
//     measure fits whichever convention the terminal follows, and is never
//     wider than the renderer thinks.
//   - It normalises at display what the conventions cannot agree on, so
//     that the terminal advances where the renderer expects: soft hyphens
//     (invisible, yet one cell by glibc and zero by the renderer) and ZWJs
//     (which tmux joins on and nothing else does) are not drawn, so an emoji
//     ZWJ sequence shows as the emoji it is made of; the few format
//     characters that glibc draws one cell wide and the renderer zero wide
//     (Arabic number signs, some musical marks) are shown as <U+XXXX>.
//
// What it gets wrong: text a terminal draws narrower than measured (a skin
// tone joined to its emoji, an Indic conjunct drawn as one glyph) leaves a
// line a few cells short of the edge, never past it.

const (
	softHyphen = '\u00ad'
	zwj        = '\u200d'
)

// isDroppedRune reports whether r is left out at display: invisible code
// points whose width terminals disagree on.
func isDroppedRune(r rune) bool { return r == softHyphen || r == zwj }

// isWidthDisputed reports whether r is a format character or mark that
// glibc's wcwidth draws one cell wide where the renderer counts zero. The
// reader shows these visibly, like other invisible format characters.
func isWidthDisputed(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06dd, r == 0x070f, r == 0x0890, r == 0x0891, r == 0x08e2,
		r == 0x110bd, r == 0x110cd, r == 0x1d165, r == 0x1d166, r >= 0x1d16d && r <= 0x1d172:
		return true
	}
	return false
}

// glibcExtra is how many cells glibc's wcwidth gives the code points of s
// beyond the renderer's wcwidth table (glibc 2.36, Unicode 15).
func glibcExtra(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0xad:
		case r == softHyphen, isWidthDisputed(r), r >= 0x3248 && r <= 0x324f:
			n++
		}
	}
	return n
}

// clusterWidth is the conservative width of one grapheme cluster whose
// grapheme width is gw: the wider of gw and the sum of its code points'
// wcwidth.
func clusterWidth(cluster string, gw int) int {
	if len(cluster) == 1 {
		return gw
	}
	return max(gw, ansi.StringWidthWc(cluster)+glibcExtra(cluster))
}

// textWidth is the conservative width of plain text (no escape codes).
func textWidth(s string) int {
	w := 0
	for s != "" {
		c, gw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		w += clusterWidth(c, gw)
		s = s[len(c):]
	}
	return w
}

// normalize returns s without the code points left out at display.
func normalize(s string) string {
	if !strings.ContainsRune(s, softHyphen) && !strings.ContainsRune(s, zwj) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isDroppedRune(r) {
			return -1
		}
		return r
	}, s)
}

// isText reports whether a sequence from ansi.DecodeSequence is text (a
// cluster, possibly of zero width) rather than an escape or control.
func isText(seq string) bool { return seq != "" && seq[0] >= 0x20 && seq[0] != 0x7f }

// eachPiece walks a styled string: f gets every escape sequence with width
// -1 and every grapheme cluster with its conservative width, and stops the
// walk by returning false.
func eachPiece(s string, f func(seq string, w int) bool) {
	var state byte
	for s != "" {
		seq, gw, n, next := ansi.DecodeSequence(s, state, nil)
		if n <= 0 {
			break
		}
		state = next
		// The decoder takes printable ASCII a byte at a time, even when
		// what follows joins it ("0" and U+FE0F): take the whole cluster.
		if n == 1 && isText(seq) && len(s) > 1 && s[1] >= 0x80 {
			seq, gw = ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
			n = len(seq)
		}
		w := -1
		if isText(seq) {
			w = clusterWidth(seq, gw)
		}
		if !f(seq, w) {
			return
		}
		s = s[n:]
	}
}

// stringWidth is the conservative width of s in cells, escape codes
// ignored.
func stringWidth(s string) int {
	if isASCII(s) {
		return ansi.StringWidth(s)
	}
	w := 0
	eachPiece(s, func(_ string, cw int) bool {
		w += max(0, cw)
		return true
	})
	return w
}

// isASCII reports whether s is all ASCII (escape codes included): its
// widths are the same by every measure.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// truncate cuts a styled string to at most w cells, ending it with "…"
// when it was cut. Escape codes after the cut are kept, so styles still
// end.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if stringWidth(s) <= w {
		return s
	}
	const tail = "…"
	room := w - 1
	var b strings.Builder
	used, cut := 0, false
	eachPiece(s, func(seq string, cw int) bool {
		switch {
		case cw < 0:
			b.WriteString(seq)
		case !cut && used+cw <= room:
			b.WriteString(seq)
			used += cw
		case !cut:
			cut = true
			b.WriteString(tail)
		}
		return true
	})
	if !cut {
		b.WriteString(tail)
	}
	return b.String()
}

// truncateLeft keeps the end of plain text s that fits w cells, starting it
// with "…" when the beginning was cut.
func truncateLeft(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if stringWidth(s) <= w {
		return s
	}
	type piece struct {
		seq string
		w   int
	}
	var ps []piece
	eachPiece(s, func(seq string, cw int) bool {
		ps = append(ps, piece{seq, cw})
		return true
	})
	used, from := 0, len(ps)
	for from > 0 && used+max(0, ps[from-1].w) <= w-1 {
		from--
		used += max(0, ps[from].w)
	}
	var b strings.Builder
	b.WriteString("…")
	for _, p := range ps[from:] {
		b.WriteString(p.seq)
	}
	return b.String()
}

// truncateMiddle keeps the start and the end of plain text s that fit w
// cells, with "…" between them when it was cut: names that differ at
// either end stay apart ("am/r…ort", "pm/r…ort"; "repo…4-a").
func truncateMiddle(s string, w int) string {
	if w <= 1 || stringWidth(s) <= w {
		return truncate(s, w)
	}
	head := w / 2
	return strings.TrimSuffix(truncate(s, head+1), "…") + truncateLeft(s, w-head)
}

// fit pads or truncates a styled string to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = truncate(s, w)
	if sw := stringWidth(s); sw < w {
		s += spaces(w - sw)
	}
	return s
}

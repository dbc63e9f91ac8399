package ui

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
)

// This file turns a passage's text into screen lines: it cuts the text into
// grapheme clusters, makes anything that could act on the terminal visible
// instead (the loader cleans text already; this is the last line of defence,
// because lipgloss and the renderer pass escape sequences through), wraps at
// word boundaries to a width in cells, and paints highlight spans given as
// byte ranges of the original text. Widths come from the reader's measure,
// the one width method used everywhere in the reader (see width.go). A soft
// hyphen is not drawn, but a word may break there, with a hyphen drawn at
// the end of the line.

// markClass is what a highlighted glyph means. A higher class wins where
// spans overlap.
type markClass uint8

const (
	markNone markClass = iota
	markShared
	markConflict
	markMatch
)

// span is a half-open byte range of a text to paint with a class.
type span struct {
	start, end int
	class      markClass
}

// glyph kinds.
const (
	glyphText    uint8 = iota // printable cluster, drawn as is
	glyphSpace                // breakable white space
	glyphNewline              // hard line break
	glyphVisible              // a control shown visibly (caret or <U+XXXX>)
	glyphTooWide              // a cluster wider than the column, drawn as "…"
	glyphOrphan               // a mark without a base, drawn on a dotted circle
	glyphHidden               // a soft hyphen: not drawn (see width.go)
)

// maxClusterRunes caps a grapheme cluster: an absurd stack of combining marks
// is cut so one cell cannot hold kilobytes.
const maxClusterRunes = 16

// glyph is one grapheme cluster of a text: its byte range, width in cells and
// kind. It is kept small because a long passage has one per character.
type glyph struct {
	start, end int32
	width      int16
	kind       uint8
	strip      bool // drawn without the code points left out at display
}

// draw returns what to draw for g.
func (g glyph) draw(text string) string {
	s := text[g.start:g.end]
	if g.strip {
		s = normalize(s)
	}
	switch g.kind {
	case glyphHidden:
		return ""
	case glyphSpace:
		if s == "\t" {
			return strings.Repeat(" ", int(g.width))
		}
		return " "
	case glyphVisible:
		return visibleControl(s)
	case glyphTooWide:
		return "\u2026"
	case glyphOrphan:
		return "\u25CC" + s
	}
	return s
}

// visibleControl renders a control cluster as visible text: caret notation
// for C0 and DEL, <U+XXXX> for C1, bidi controls and other invisibles.
func visibleControl(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError:
		return "\uFFFD"
	case r < 0x20:
		return "^" + string(rune(r+0x40))
	case r == 0x7f:
		return "^?"
	}
	return fmt.Sprintf("<U+%04X>", r)
}

// isUnsafeRune reports whether r must not reach the terminal as is: C0 and
// C1 controls, DEL, and the bidi embeddings, overrides and isolates that can
// reorder what a reader sees.
func isUnsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// glyphsOf cuts text into glyphs. Tabs become breakable spaces of width
// tabWidth, CRLF and LF hard breaks; every other control becomes visible.
// Widths are the conservative measure of what is drawn (see width.go).
func glyphsOf(text string) []glyph { return appendGlyphs(make([]glyph, 0, len(text)), text) }

// appendGlyphs appends the glyphs of text to gs (see glyphsOf).
func appendGlyphs(gs []glyph, text string) []glyph {
	for i := 0; i < len(text); {
		c := text[i]
		// Fast path: printable ASCII not followed by a combining mark.
		if c >= 0x20 && c < 0x7f && (i+1 == len(text) || text[i+1] < 0x80) {
			k := glyphText
			if c == ' ' {
				k = glyphSpace
			}
			gs = append(gs, glyph{int32(i), int32(i + 1), 1, k, false})
			i++
			continue
		}
		cluster, gw := ansi.FirstGraphemeCluster(text[i:], ansi.GraphemeWidth)
		n := len(cluster)
		if n == 0 { // cannot happen on non-empty input; guard against a loop
			n, gw = 1, 1
		}
		g := glyph{start: int32(i), end: int32(i + n), kind: glyphText}
		r, size := utf8.DecodeRuneInString(cluster)
		switch {
		case cluster == "\n" || cluster == "\r\n":
			g.kind, g.width = glyphNewline, 0
		case cluster == "\t":
			g.kind, g.width = glyphSpace, tabWidth
		case cluster == " ":
			// A space before a non-ASCII word is a break opportunity too.
			g.kind, g.width = glyphSpace, 1
		case r == utf8.RuneError && size <= 1:
			g.kind, g.width = glyphVisible, 1
		case isUnsafeRune(r) || isWidthDisputed(r):
			// Shown on its own: a prepended number sign keeps the digits
			// after it.
			n = size
			g.end = int32(i + n)
			g.kind = glyphVisible
			g.width = int16(stringWidth(visibleControl(cluster)))
		case r == softHyphen && n == size:
			g.kind, g.width = glyphHidden, 0
		default:
			modified := false
			if k := strings.IndexRune(cluster, zwj); k >= 0 && k+len(string(zwj)) < n {
				// A ZWJ is not drawn, so it ends a glyph: the emoji of a
				// ZWJ sequence are drawn, and wrapped, one by one.
				n = k + len(string(zwj))
				g.end = int32(i + n)
				modified = true
			}
			if utf8.RuneCountInString(text[i:i+n]) > maxClusterRunes {
				end := i
				for k := 0; k < maxClusterRunes; k++ {
					_, sz := utf8.DecodeRuneInString(text[end:])
					end += sz
				}
				g.end = int32(end)
				modified = true
			} else if k := unsafeIndex(text[i : i+n]); k > 0 {
				// Grapheme rules keep controls in clusters of their own, but
				// an invalid byte can trail a valid rune ("0\xf0"), and a
				// disputed mark can join one: end the cluster before it so
				// the next round shows it visibly.
				n = k
				g.end = int32(i + n)
				modified = true
			}
			s := text[g.start:g.end]
			g.strip = strings.ContainsRune(s, zwj) || strings.ContainsRune(s, softHyphen)
			// A mark whose base was a control, a tab or nothing would
			// attach to whatever is drawn before it: give it a base.
			if r >= 0x80 && !unicode.IsLetter(r) && joinsPrevious(s) {
				g.kind = glyphOrphan
			}
			// A prepend mark without its base (before a control, an invalid
			// byte or the end) would join whatever is drawn next and change
			// its width: show it visibly instead.
			if last, _ := utf8.DecodeLastRuneInString(s); isPrepend(last) {
				g.kind = glyphVisible
			}
			if modified || g.strip || g.kind != glyphText {
				g.width = int16(textWidth(g.draw(text)))
			} else {
				g.width = int16(clusterWidth(cluster, gw))
			}
			if modified && g.end-g.start < int32(n) {
				// The rest of an over-long stack is skipped, not drawn.
				gs = append(gs, g)
				i += n
				continue
			}
		}
		gs = append(gs, g)
		i += int(g.end - g.start)
	}
	return gs
}

// tabWidth is how many cells a tab takes.
const tabWidth = 4

// line is one screen line with its width in cells (without escape codes).
type line struct {
	s string
	w int
}

// painter paints a run of text in a highlight class.
type painter [4]ink

// newPainter returns the highlight inks of s by class.
func newPainter(s *Styles) painter {
	return painter{{}, s.Shared.ink, s.Conflict.ink, s.Match.ink}
}

// wrapText wraps text at word boundaries to width cells and paints spans. It
// returns at most maxLines lines (0: no limit) and whether the text was cut.
// A word longer than the width is broken between clusters. Every returned
// line is at most width cells wide and holds no control byte other than the
// painter's SGR sequences.
func wrapText(text string, spans []span, width, maxLines int, p *painter) (lines []line, cut bool) {
	w := wrapLayout(text, width, maxLines, nil)
	classes := classify(w.glyphs, spans, len(w.text))
	lines = make([]line, len(w.ranges))
	var b strings.Builder
	for n, r := range w.ranges {
		lines[n] = paintRange(&b, w.text, w.glyphs[r.from:r.to], classes[r.from:r.to], p)
		if r.hyphen {
			lines[n].s += "-"
			lines[n].w++
		}
	}
	return lines, w.cut
}

// wrapCount is how many lines wrapText returns for the same text, width
// and limit, and whether it cuts the text, found without drawing a line:
// the reader measures rows with it while handling keys.
func wrapCount(text string, width, maxLines int) (n int, cut bool) {
	buf := countBufs.Get().(*[]glyph)
	w := wrapLayout(text, width, maxLines, *buf)
	if cap(w.glyphs) <= maxPooledGlyphs { // a huge passage's buffer is let go
		*buf = w.glyphs[:0]
		countBufs.Put(buf)
	}
	return len(w.ranges), w.cut
}

// countBufs holds glyph buffers for wrapCount, whose glyphs are dropped
// as soon as they are counted.
var countBufs = sync.Pool{New: func() any { return new([]glyph) }}

// maxPooledGlyphs caps the buffers kept in countBufs (12 bytes a glyph).
const maxPooledGlyphs = 1 << 16

// wrapped is a text broken into lines: its glyphs (of text, which may be
// a prefix of the text asked for) and the glyph range of each line.
type wrapped struct {
	text   string
	glyphs []glyph
	ranges []lineRange
	cut    bool
}

// wrapLayout breaks text into lines for wrapText and wrapCount, cutting
// it into glyphs in buf (nil: a new slice).
func wrapLayout(text string, width, maxLines int, buf []glyph) wrapped {
	if width < 1 {
		width = 1
	}
	cut := false
	if maxLines > 0 {
		// Bound the work on huge passages. Prose takes one to three bytes
		// a cell, so a short prefix usually fills maxLines; if it does not,
		// retry with the true bound (width clusters of at most 64 bytes).
		if quick := maxLines * (width*3 + 16); len(text) > quick {
			if w := wrapLayout(cutAt(text, quick), width, maxLines, buf); len(w.ranges) >= maxLines {
				w.cut = true
				return w
			}
		}
		if limit := maxLines * (width*8 + 64); len(text) > limit {
			text, cut = cutAt(text, limit), true
		}
	}
	var gs []glyph
	if buf == nil {
		gs = glyphsOf(text)
	} else {
		gs = appendGlyphs(buf[:0], text)
	}
	for i := range gs {
		if int(gs[i].width) > width { // a wide cluster or a tab in a 1-cell column
			if gs[i].kind == glyphSpace {
				gs[i].width = int16(width)
			} else {
				gs[i].kind, gs[i].width = glyphTooWide, 1
			}
		}
	}
	var ranges []lineRange
	emit := func(from, to int) bool {
		for to > from && gs[to-1].kind == glyphSpace {
			to--
		}
		ranges = append(ranges, lineRange{from, to, false})
		return maxLines > 0 && len(ranges) > maxLines
	}
	start, lw := 0, 0
	full := false
	rest := struct{ at, end, w int }{at: -1} // the word after a soft-hyphen break
	for i := 0; i < len(gs) && !full; {
		g := gs[i]
		switch g.kind {
		case glyphNewline:
			full = emit(start, i)
			i++
			start, lw = i, 0
			continue
		case glyphSpace:
			if lw == 0 && i == start && len(ranges) > 0 && gs[i-1].kind != glyphNewline {
				// Spaces at a soft break are dropped.
				i++
				start = i
				continue
			}
			if lw+int(g.width) > width {
				full = emit(start, i)
				i++
				start, lw = i, 0
				continue
			}
			lw += int(g.width)
			i++
			continue
		}
		j, ww := i, 0
		if i == rest.at { // the rest of a word broken at a soft hyphen
			j, ww = rest.end, rest.w
		} else {
			for j < len(gs) && gs[j].kind != glyphSpace && gs[j].kind != glyphNewline {
				ww += int(gs[j].width)
				j++
			}
		}
		if lw+ww <= width {
			lw += ww
			i = j
			continue
		}
		if k, kw := hyphenBreak(gs, i, j, width-lw); k >= 0 {
			// Break the word at a soft hyphen, with the hyphen drawn.
			ranges = append(ranges, lineRange{start, k + 1, true})
			full = maxLines > 0 && len(ranges) > maxLines
			i = k + 1
			start, lw = i, 0
			rest.at, rest.end, rest.w = i, j, ww-kw
			continue
		}
		if lw > 0 {
			full = emit(start, i)
			start, lw = i, 0
			continue
		}
		for k := i; k < j && !full; k++ { // hard-break a word wider than the line
			if lw+int(gs[k].width) > width && lw > 0 {
				full = emit(start, k)
				start, lw = k, 0
			}
			lw += int(gs[k].width)
		}
		i = j
	}
	if !full && (start < len(gs) || len(ranges) == 0) {
		emit(start, len(gs))
	}
	if maxLines > 0 && len(ranges) > maxLines {
		ranges = ranges[:maxLines]
		cut = true
	}
	return wrapped{text: text, glyphs: gs, ranges: ranges, cut: cut}
}

// lineRange is the glyphs of one screen line, and whether it ends in a
// word broken at a soft hyphen.
type lineRange struct {
	from, to int
	hyphen   bool
}

// hyphenBreak returns the last soft hyphen in the word gs[i:j] after which
// the word's start and a hyphen fit in room cells, and the start's width;
// or -1.
func hyphenBreak(gs []glyph, i, j, room int) (k, w int) {
	k, bw, w := -1, 0, 0
	for n := i; n < j; n++ {
		w += int(gs[n].width)
		if w+1 > room {
			break
		}
		if gs[n].kind == glyphHidden && w > 0 {
			k, bw = n, w
		}
	}
	return k, bw
}

// cutAt returns text cut to at most n bytes, at a rune boundary.
func cutAt(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// paintRange draws glyphs as one line, painting runs of the same class.
func paintRange(b *strings.Builder, text string, gs []glyph, classes []markClass, p *painter) line {
	b.Reset()
	var run strings.Builder
	cur := markNone
	w := 0
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if cur == markNone || p == nil {
			b.WriteString(run.String())
		} else {
			b.WriteString(p[cur].paint(run.String()))
		}
		run.Reset()
	}
	for i, g := range gs {
		if classes[i] != cur {
			flush()
			cur = classes[i]
		}
		run.WriteString(g.draw(text))
		w += int(g.width)
	}
	flush()
	return line{b.String(), w}
}

// classify returns the highlight class of each glyph: the highest class of
// any span that overlaps it. Spans may be unsorted, overlapping or out of
// range; bad ones are ignored.
func classify(gs []glyph, spans []span, n int) []markClass {
	classes := make([]markClass, len(gs))
	if len(spans) == 0 {
		return classes
	}
	for _, sp := range spans {
		s, e := max(0, sp.start), min(n, sp.end)
		if s >= e || sp.class == markNone {
			continue
		}
		// First glyph ending after s.
		i := sort.Search(len(gs), func(k int) bool { return int(gs[k].end) > s })
		for ; i < len(gs) && int(gs[i].start) < e; i++ {
			if gs[i].kind == glyphNewline {
				continue
			}
			classes[i] = max(classes[i], sp.class)
		}
	}
	return classes
}

// marksSpans converts an alignment's highlights to spans.
func marksSpans(hs []corpus.Highlight) []span {
	if len(hs) == 0 {
		return nil
	}
	out := make([]span, 0, len(hs))
	for _, h := range hs {
		c := markShared
		if h.Mark == corpus.MarkConflict {
			c = markConflict
		}
		out = append(out, span{h.Start, h.End, c})
	}
	return out
}

// joinsPrevious reports whether cluster would merge into a cluster before
// it: it starts with a combining mark, a joiner or another extender.
func joinsPrevious(cluster string) bool {
	c, _ := ansi.FirstGraphemeCluster("a"+cluster, ansi.GraphemeWidth)
	return len(c) > 1
}

// isPrepend reports whether r has Grapheme_Cluster_Break=Prepend: it joins
// the character after it (Unicode 15.1, UAX #29).
func isPrepend(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x070F, r == 0x0890, r == 0x0891,
		r == 0x08E2, r == 0x0D4E, r == 0x110BD, r == 0x110CD, r == 0x111C2, r == 0x111C3,
		r == 0x1193F, r == 0x11941, r == 0x11A3A, r >= 0x11A84 && r <= 0x11A89, r == 0x11D46, r == 0x11F02:
		return true
	}
	return false
}

// unsafeIndex returns the byte offset of the first unsafe or width-disputed
// rune or invalid UTF-8 byte of s, or -1.
func unsafeIndex(s string) int {
	for i, r := range s {
		if isUnsafeRune(r) || isWidthDisputed(r) {
			return i
		}
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return i
			}
		}
	}
	return -1
}

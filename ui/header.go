package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// headerData is what the header shows: the comparison's documents, the
// pair shown, the selection's group and the group shown alone (or -1).
type headerData struct {
	docs          []*corpus.Document
	names         []string // theirs (sourceNames)
	pv            *pairView
	group, filter int
}

// headerView draws the headerHeight lines above the body: the title with
// the pair's counts, each source's name and title (over its column in split
// view), the topic bar, and a rule.
func headerView(h headerData, s *Styles, l layout) string {
	w := l.Width
	lines := make([]string, 0, headerHeight)

	left := s.AppName.Paint("parallax")
	if n := len(h.docs); n > 2 {
		left += s.Faint.Paint(fmt.Sprintf(" · %d documents · pair %d of %d · a: all pairs", n, corpus.PairIndex(n, h.pv.a, h.pv.b)+1, n*(n-1)/2))
	} else {
		left += s.Faint.Paint(fmt.Sprintf(" · %d documents", n))
	}
	right := countsText(s, h.pv.total, true)
	if lw, rw := stringWidth(left), stringWidth(right); lw+2+rw <= w {
		lines = append(lines, left+spaces(w-lw-rw)+right)
	} else {
		lines = append(lines, truncate(left+"  "+right, w))
	}

	docA, docB := h.docs[h.pv.a], h.docs[h.pv.b]
	names := h.names
	if l.Split {
		lines = append(lines,
			spaces(l.Gutter)+fit(sourceLabel(names[h.pv.a], docA, s), l.ColA)+spaces(l.Center)+truncate(sourceLabel(names[h.pv.b], docB, s), l.ColB),
			spaces(l.Gutter)+fit(s.SourceTitle.Paint(safeInline(docA.Title)), l.ColA)+spaces(l.Center)+truncate(s.SourceTitle.Paint(safeInline(docB.Title)), l.ColB),
		)
	} else {
		for k, d := range []*corpus.Document{docA, docB} {
			t := sourceLabel(names[[2]int{h.pv.a, h.pv.b}[k]], d, s)
			if d.Title != "" {
				t += s.SourceTitle.Paint("  " + safeInline(d.Title))
			}
			lines = append(lines, truncate(spaces(l.Gutter)+t, w))
		}
	}
	lines = append(lines, spaces(l.Gutter)+topicBar(h.pv, h.group, h.filter, s, max(0, w-l.Gutter)))
	lines = append(lines, s.Rule.Paint(strings.Repeat("─", w)))
	return strings.Join(lines, "\n")
}

// tooSmallView is shown instead of the reader on a terminal below the
// minimum size; it fits any size, down to 1×1.
func tooSmallView(s *Styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	msg := []string{
		"terminal too small",
		fmt.Sprintf("%d×%d, need %d×%d", w, h, minWidth, minHeight),
		"q: quit",
	}
	var lines []string
	for _, m := range msg {
		wrapped, _ := wrapText(m, nil, w, 0, nil)
		for _, l := range wrapped {
			lines = append(lines, s.TooSmall.Paint(l.s))
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// viewTitle names the view across all sources that has focus, with a
// line saying what it shows; ok is false for the pair view, the detail and
// the search, which show the pair's header.
func (m Model) viewTitle() (title [2]string, ok bool) {
	switch m.focus {
	case focusOverview:
		// The legend first: a narrow terminal cuts the end of the line,
		// and the cells cannot be read without it.
		return [2]string{"overview", "=n agree ≠n diverge ~n related — silent · rows: the points the sources make, by topic · columns: the sources"}, true
	case focusPicker:
		return [2]string{"pairs", "every pair of sources; enter shows one side by side"}, true
	case focusClaim:
		return [2]string{"claim check", "where each source stands on a claim: supports, contradicts, discusses or silent"}, true
	case focusLedger:
		return [2]string{"who said what", "statements the sources attribute to someone, and which sources report each"}, true
	case focusSearch:
		// Opened from a view across sources, the search is not about the
		// pair the pair view last showed: its header would name that pair.
		switch m.fromView {
		case focusOverview, focusPicker, focusClaim, focusLedger:
			return [2]string{"search", "every passage of every source; enter shows it side by side, esc goes back"}, true
		}
	}
	return title, false
}

// viewHeader draws the headerHeight lines above a view across all
// sources: its name, what it shows, the sources, a blank and a rule.
func viewHeader(docs []*corpus.Document, names []string, title [2]string, s *Styles, w int) string {
	lines := []string{
		truncate(s.AppName.Paint("parallax")+s.Faint.Paint(fmt.Sprintf(" · %d documents · ", len(docs)))+s.Heading.Paint(title[0]), w),
		truncate(spaces(gutterWidth)+s.Faint.Paint(title[1]), w),
		truncate(spaces(gutterWidth)+s.SourceName.Paint(strings.Join(names, " · ")), w),
		"",
		s.Rule.Paint(strings.Repeat("─", w)),
	}
	return strings.Join(lines, "\n")
}

// sourceLabel is a document's name (as sourceNames gives it), and for a
// web page its site, date and whether it came from the cache:
// "example.org · Test Gazette · 2024-03-22 · cached 2024-03-23".
func sourceLabel(name string, d *corpus.Document, s *Styles) string {
	label := s.SourceName.Paint(name)
	if note := sourceNote(d.Meta); note != "" {
		label += s.Faint.Paint(" · " + safeInline(note))
	}
	return label
}

// sourceNote words a web source's site, publication date and cache state
// on one line ("" for a file). Dates are in UTC.
func sourceNote(m *corpus.SourceMeta) string {
	if m == nil {
		return ""
	}
	var parts []string
	if m.Site != "" {
		parts = append(parts, m.Site)
	}
	if !m.Published.IsZero() {
		parts = append(parts, m.Published.UTC().Format("2006-01-02"))
	}
	switch {
	case m.Changed:
		parts = append(parts, "changed since the cached copy")
	case m.FromCache:
		parts = append(parts, "cached "+m.FetchedAt.UTC().Format("2006-01-02 15:04"))
	}
	return strings.Join(parts, " · ")
}

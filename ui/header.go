package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// headerView draws the headerHeight lines above the body: the title with
// the pair's counts, each source's name and title (over its column in split
// view), the topic bar, and a rule.
func headerView(r *readerPane, s *Styles, l layout) string {
	w := l.Width
	lines := make([]string, 0, headerHeight)

	left := s.AppName.Paint("parallax")
	if n := len(r.c.Documents); n > 2 {
		left += s.Faint.Paint(fmt.Sprintf(" · %d documents · p/P: change pair", n))
	} else {
		left += s.Faint.Paint(fmt.Sprintf(" · %d documents", n))
	}
	right := countsText(s, r.pv.total, true)
	if lw, rw := stringWidth(left), stringWidth(right); lw+2+rw <= w {
		lines = append(lines, left+spaces(w-lw-rw)+right)
	} else {
		lines = append(lines, truncate(left+"  "+right, w))
	}

	docA, docB := r.c.Documents[r.pv.a], r.c.Documents[r.pv.b]
	if l.Split {
		lines = append(lines,
			spaces(l.Gutter)+fit(s.SourceName.Paint(safeInline(docA.Name)), l.ColA)+spaces(l.Center)+truncate(s.SourceName.Paint(safeInline(docB.Name)), l.ColB),
			spaces(l.Gutter)+fit(s.SourceTitle.Paint(safeInline(docA.Title)), l.ColA)+spaces(l.Center)+truncate(s.SourceTitle.Paint(safeInline(docB.Title)), l.ColB),
		)
	} else {
		for _, d := range []*corpus.Document{docA, docB} {
			t := s.SourceName.Paint(safeInline(d.Name))
			if d.Title != "" {
				t += s.SourceTitle.Paint("  " + safeInline(d.Title))
			}
			lines = append(lines, truncate(spaces(l.Gutter)+t, w))
		}
	}
	lines = append(lines, spaces(l.Gutter)+topicBar(r, s, max(0, w-l.Gutter)))
	lines = append(lines, s.Rule.Paint(strings.Repeat("─", w)))
	return strings.Join(lines, "\n")
}

// topicBar lists the pair's groups with their counts by verdict
// ("=2 ≠1 ~1": agree, diverge, related), the selection's group underlined.
// When it is too wide the groups before the current one are dropped.
func topicBar(r *readerPane, s *Styles, w int) string {
	cur := r.selectedGroup()
	if r.filter >= 0 {
		g := r.pv.groups[r.filter]
		t := s.Filter.Paint(" only: "+safeInline(g.Label)+" ") + s.Faint.Paint("  f: all topics")
		return truncate(t, w)
	}
	var segs []string
	var curSeg int
	for gi, g := range r.pv.groups {
		if g.Kind == corpus.GroupFront {
			continue
		}
		label := safeInline(g.Label)
		if gi == cur {
			label = s.TopicActive.Paint(label)
			curSeg = len(segs)
		} else {
			label = s.TopicBar.Paint(label)
		}
		segs = append(segs, label+" "+compactCounts(s, g, r.pv.counts[gi]))
	}
	if len(segs) == 0 {
		return ""
	}
	sep := s.Faint.Paint(" │ ")
	// Drop leading groups until the current one fits.
	start := 0
	for start < curSeg && stringWidth(strings.Join(segs[start:curSeg+1], sep))+2 > w {
		start++
	}
	bar := strings.Join(segs[start:], sep)
	if start > 0 {
		bar = s.Faint.Paint("… ") + bar
	}
	return truncate(bar, w)
}

// compactCounts is a group's counts in the topic bar.
func compactCounts(s *Styles, g corpus.Group, v corpus.Counts) string {
	if g.Kind == corpus.GroupUnique {
		return s.BadgeUnique.Paint(fmt.Sprintf("%d", v.Unique))
	}
	var parts []string
	if v.Agree > 0 {
		parts = append(parts, s.BadgeAgree.Paint(fmt.Sprintf("=%d", v.Agree)))
	}
	if v.Diverge > 0 {
		parts = append(parts, s.BadgeDiverge.Paint(fmt.Sprintf("≠%d", v.Diverge)))
	}
	if v.Related > 0 {
		parts = append(parts, s.BadgeRelated.Paint(fmt.Sprintf("~%d", v.Related)))
	}
	return strings.Join(parts, " ")
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

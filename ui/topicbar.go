package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// topicBar lists the groups of pv with their counts by verdict ("=2 ≠1
// ~1": agree, diverge, related), the selection's group cur underlined, in
// w cells. When it is too wide the groups before the current one are
// dropped. With a filter (≥ 0) it names the one group shown instead.
func topicBar(pv *pairView, cur, filter int, s *Styles, w int) string {
	if filter >= 0 {
		g := pv.groups[filter]
		t := s.Filter.Paint(" only: "+safeInline(g.Label)+" ") + s.Faint.Paint("  f: all topics")
		return truncate(t, w)
	}
	var segs []string
	var curSeg int
	for gi, g := range pv.groups {
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
		segs = append(segs, label+" "+compactCounts(s, g, pv.counts[gi]))
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

package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// The full help, shown in the body's place: every key of the focused pane
// and the global ones, and a legend of the badges and highlights.

// helpGroups is what the full help lists: the focused pane's keys, then
// the global ones. The overview, where the reader opens with three
// sources or more, has nothing for esc to go back to.
func (m Model) helpGroups() [][]key.Binding {
	groups := m.fullHelp()
	global := []key.Binding{m.keys.Search, m.keys.Help, m.keys.Quit}
	if m.focus != focusOverview {
		global = append(global, m.keys.Back)
	}
	return append(groups, global)
}

// helpView draws the full help of groups and a legend in exactly w × h
// cells. The keys are flowed into as many columns as the width holds,
// column by column, so every key is shown at 80 × 24 and at 60 × 20
// (bubbles' FullHelpView keeps one column per group and cuts the ones
// that do not fit); the legend comes after them, as much as fits.
func helpView(groups [][]key.Binding, overview bool, hm help.Model, s *Styles, w, h int) string {
	var items []key.Binding
	seen := map[string]bool{}
	for _, g := range groups {
		for _, b := range g {
			k := b.Help().Key + "\x00" + b.Help().Desc
			if !b.Enabled() || seen[k] {
				continue
			}
			seen[k] = true
			items = append(items, b)
		}
	}
	keyW, descW := 0, 0
	for _, b := range items {
		keyW = max(keyW, stringWidth(b.Help().Key))
		descW = max(descW, stringWidth(b.Help().Desc))
	}
	colW := keyW + 1 + descW + 3
	room := max(1, w-2)
	ncols := max(1, min(len(items), room/max(1, colW)))
	if ncols == 1 {
		descW = max(0, room-keyW-1)
	}
	nrows := (len(items) + ncols - 1) / ncols
	// Keys that would run off the bottom (the pair view's 25 at 50 × 20)
	// take one more column, their descriptions cut to fit, while each
	// keeps at least 8 cells of words.
	for nrows > h && ncols < len(items) {
		n := ncols + 1
		d := (room-(n-1)*3)/n - keyW - 1
		if d < 8 {
			break
		}
		ncols, descW = ncols+1, d
		nrows = (len(items) + ncols - 1) / ncols
	}
	var lines []string
	for r := range nrows {
		var sb strings.Builder
		for c := range ncols {
			i := c*nrows + r
			if i >= len(items) {
				break
			}
			b := items[i].Help()
			cell := hm.Styles.FullKey.Render(fit(b.Key, keyW)) + " " + hm.Styles.FullDesc.Render(fit(b.Desc, descW))
			if c < ncols-1 {
				cell += "   "
			}
			sb.WriteString(cell)
		}
		lines = append(lines, sb.String())
	}
	legend := []string{
		"",
		s.Section.Paint("Badges") + "  " + s.badge("agree", "") + "  " + s.badge("diverge", "") + "  " +
			s.badge("related", "") + "  " + s.badge("unique", ""),
		s.Section.Paint("Topic bar") + "  " + s.BadgeAgree.Paint("=n") + " agree  " + s.BadgeDiverge.Paint("≠n") + " diverge  " +
			s.BadgeRelated.Paint("~n") + " related",
		s.Section.Paint("Highlights") + "  " + s.Shared.Paint("shared facts") + "  " + s.Conflict.Paint("where they differ") + "  " + s.Match.Paint("search"),
		s.Section.Paint("Search") + "  / then enter: n/N next/prev match; esc ends it (n/N: divergences)",
		"",
		s.Faint.Paint("? or esc: close help"),
	}
	if overview {
		// The overview has cells, not badges, a topic bar or highlights,
		// and n/N do nothing in it: they step a search's matches in the
		// pair view its enter opens.
		legend = append([]string{
			"",
			s.Section.Paint("Cells") + "  " + s.BadgeAgree.Paint("=n") + " agree  " + s.BadgeDiverge.Paint("≠n") + " diverge  " +
				s.BadgeRelated.Paint("~n") + " related  " + s.Faint.Paint("—") + " silent: verdicts of a source's passage against the others on the point",
			s.Section.Paint("Search") + "  / then enter opens the match in its pair view; there n/N next/prev match",
		}, legend[len(legend)-2:]...)
	}
	lines = append(lines, legend...)
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = truncate("  "+lines[i], w)
		}
	}
	return strings.Join(out, "\n")
}

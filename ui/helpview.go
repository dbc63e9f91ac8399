package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// The full help, shown in the body's place: every key of the focused pane
// and the global ones, and a legend of the badges and highlights.

// helpGroups is what the full help lists: the focused pane's keys, then
// the global ones.
func (m Model) helpGroups() [][]key.Binding {
	groups := m.fullHelp()
	return append(groups, []key.Binding{m.keys.Search, m.keys.Help, m.keys.Quit, m.keys.Back})
}

// helpView draws the full help of groups and a legend in exactly w × h
// cells.
func helpView(groups [][]key.Binding, hm help.Model, s *Styles, w, h int) string {
	text := hm.FullHelpView(groups) + "\n\n" +
		s.Section.Paint("Badges") + "  " + s.badge("agree", "") + "  " + s.badge("diverge", "") + "  " +
		s.badge("related", "") + "  " + s.badge("unique", "") + "\n" +
		s.Section.Paint("Topic bar") + "  " + s.BadgeAgree.Paint("=n") + " agree  " + s.BadgeDiverge.Paint("≠n") + " diverge  " +
		s.BadgeRelated.Paint("~n") + " related\n" +
		s.Section.Paint("Highlights") + "  " + s.Shared.Paint("shared facts") + "  " + s.Conflict.Paint("where they differ") + "  " + s.Match.Paint("search") + "\n" +
		s.Section.Paint("Search") + "  after / and enter, n / N go to the next / previous match; esc ends it and n / N go to divergences again\n\n" +
		s.Faint.Paint("? or esc: close help")
	lines := strings.Split(text, "\n")
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = truncate("  "+lines[i], w)
		}
	}
	return strings.Join(out, "\n")
}

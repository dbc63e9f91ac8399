package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// The root's drawing: the header, the focused pane (or the help) and the
// footer, stacked in the rows computeLayout gave them. The header and the
// footer change far less often than the body, so the last of each is kept
// in a memo keyed by everything it depends on; the functions that draw
// them (headerView, footerLine, helpView) are pure.

// render draws the whole screen: header, the focused pane or help, footer.
func (m Model) render() string {
	l := m.lay
	if l.Width <= 0 || l.Height <= 0 {
		return ""
	}
	if l.TooSmall {
		return tooSmallView(m.styles, l.Width, l.Height)
	}
	var body string
	switch {
	case m.showHelp:
		body = helpView(m.helpGroups(), &m.help, m.styles, l.Width, l.BodyHeight)
	case m.focus == focusDetail:
		body = m.detail.View()
	case m.focus == focusSearch:
		body = m.search.View()
	default:
		body = m.reader.View()
	}
	return m.headerView() + "\n" + body + "\n" + m.footerView()
}

// frameMemo keeps the last header and footer drawn. It is shared by copies
// of the model.
type frameMemo struct {
	headerKey headerKey
	header    string
	footerKey uint64 // footerSig of the footer
	footer    string
	// The footer before, kept so toggling split ⇄ stacked (which words the
	// s key differently) redraws neither.
	prevFooterKey uint64
	prevFooter    string
}

// headerKey is everything the header depends on.
type headerKey struct {
	lay           layout
	styles        *Styles
	pv            *pairView
	group, filter int
}

// headerView returns the header for the model as it is, from the memo
// when it has not changed.
func (m Model) headerView() string {
	h := headerData{docs: m.c.Documents, pv: m.reader.Pair(), group: m.reader.SelectedGroup(), filter: m.reader.Filter()}
	k := headerKey{m.lay, m.styles, h.pv, h.group, h.filter}
	if m.frames.header == "" || m.frames.headerKey != k {
		m.frames.headerKey, m.frames.header = k, headerView(h, m.styles, m.lay)
	}
	return m.frames.header
}

// focused returns the pane that has the keys.
func (m *Model) focused() pane {
	switch m.focus {
	case focusDetail:
		return &m.detail
	case focusSearch:
		return &m.search
	}
	return &m.reader
}

// footerView returns the footer for the model as it is: the status
// message, or the short help. It runs on every frame, so the help line is
// kept in the memo under a fingerprint of what it depends on, computed
// without allocating.
func (m Model) footerView() string {
	w := m.lay.Width
	if m.status != "" {
		return m.styles.Status.Paint(truncate(" "+safeInline(m.status), w))
	}
	keys, pinned := m.footerKeys()
	sig := footerSig(keys, w, pinned, m.styles)
	f := m.frames
	switch {
	case f.footer != "" && f.footerKey == sig:
	case f.prevFooter != "" && f.prevFooterKey == sig: // toggled back
		f.footerKey, f.prevFooterKey = f.prevFooterKey, f.footerKey
		f.footer, f.prevFooter = f.prevFooter, f.footer
	default:
		f.prevFooterKey, f.prevFooter = f.footerKey, f.footer
		f.footerKey, f.footer = sig, footerLine(keys, pinned, w, &m.help)
	}
	return f.footer
}

// footerLine draws the short help in w cells: the keys by priority, as
// many as fit, then the pinned ones (the last pinned of keys).
func footerLine(keys []key.Binding, pinned, w int, h *help.Model) string {
	n := len(keys) - pinned
	fit := fitKeys(keys[:n], keys[n:], max(0, w-1), stringWidth(h.ShortSeparator))
	return truncate(" "+h.ShortHelpView(fit), w)
}

// footerKeys returns the keys the footer offers, most useful first, ending
// with the pinned ones it always shows (how many is the second result):
// the focused pane's keys, then help and quit.
func (m Model) footerKeys() (keys []key.Binding, pinned int) {
	if m.showHelp {
		closeHelp := m.keys.Help
		closeHelp.SetHelp("?/esc", "close help")
		return []key.Binding{closeHelp, m.keys.Quit}, 2
	}
	keys = m.focused().ShortHelp()
	if m.focus == focusSearch {
		return keys, 0 // q is a letter there; esc is among the pane's keys
	}
	return append(keys, m.keys.Help, m.keys.Quit), 2
}

// footerSig fingerprints everything the footer line depends on (FNV-1a).
func footerSig(keys []key.Binding, width, pinned int, st *Styles) uint64 {
	h := uint64(14695981039346656037)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211 // end of a field
	}
	mixInt := func(n uint64) { h = (h ^ n) * 1099511628211 }
	mixInt(uint64(width))
	mixInt(uint64(pinned))
	if st.dark { // the theme: the help styles follow it
		mixInt(1)
	}
	if st.color {
		mixInt(2)
	}
	for _, k := range keys {
		if !k.Enabled() {
			mixInt(0)
			continue
		}
		mix(k.Help().Key)
		mix(k.Help().Desc)
	}
	return h
}

// helpGroups is what the full help lists: the focused pane's keys, then
// the global ones.
func (m *Model) helpGroups() [][]key.Binding {
	groups := m.focused().FullHelp()
	return append(groups, []key.Binding{m.keys.Search, m.keys.Help, m.keys.Quit, m.keys.Back})
}

// helpView draws the full help of groups and a legend in exactly w × h
// cells.
func helpView(groups [][]key.Binding, hm *help.Model, s *Styles, w, h int) string {
	text := hm.FullHelpView(groups) + "\n\n" +
		s.Section.Paint("Badges") + "  " + s.badge("agree", "") + "  " + s.badge("diverge", "") + "  " +
		s.badge("related", "") + "  " + s.badge("unique", "") + "\n" +
		s.Section.Paint("Topic bar") + "  " + s.BadgeAgree.Paint("=n") + " agree  " + s.BadgeDiverge.Paint("≠n") + " diverge  " +
		s.BadgeRelated.Paint("~n") + " related\n" +
		s.Section.Paint("Highlights") + "  " + s.Shared.Paint("shared facts") + "  " + s.Conflict.Paint("where they differ") + "\n\n" +
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

package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// resize lays the screen out for a new terminal size.
func (m *Model) resize(w, h int) {
	m.width, m.height = max(0, w), max(0, h)
	// A message about the last key may no longer hold at the new size
	// ("split view needs 100 columns" after widening).
	m.reader.status = ""
	m.reader.SetSize(m.width, m.height)
	l := m.reader.lay
	m.detail.SetSize(l.Width, l.BodyHeight)
	m.search.SetSize(l.Width, l.BodyHeight)
	m.help.SetWidth(l.Width)
}

// setTheme rebuilds the styles for a dark or light background.
func (m *Model) setTheme(dark bool) {
	if m.styles.dark == dark {
		return
	}
	st := newStyles(dark, !m.opts.NoColor)
	m.styles = &st
	m.reader.SetStyles(&st)
	m.detail.SetStyles(&st)
	m.search.SetStyles(&st)
	m.help.Styles = st.Help
}

// handleKey routes a key press: keys that work everywhere first, then the
// help overlay, then the focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.reader.status = ""
	switch {
	case key.Matches(msg, m.keys.Interrupt):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Suspend):
		return m, tea.Suspend
	}
	if m.reader.lay.TooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help), key.Matches(msg, m.keys.Back):
			m.showHelp = false
		}
		return m, nil
	}
	switch m.focus {
	case focusSearch:
		return m.searchKey(msg)
	case focusDetail:
		return m.detailKey(msg)
	}
	return m.readerKey(msg)
}

// readerKey handles a key while the list has focus.
func (m Model) readerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
	case key.Matches(msg, m.keys.Search):
		m.search.Open()
		m.focus = focusSearch
	case key.Matches(msg, m.reader.keys.Open):
		m.openDetail()
	case key.Matches(msg, m.keys.Back) && m.reader.filter >= 0:
		m.reader.toggleFilter()
		m.reader.syncKeys()
	default:
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	return m, nil
}

// openDetail shows the selected row in full.
func (m *Model) openDetail() {
	row, ok := m.reader.Selected()
	if !ok {
		return
	}
	g := m.reader.pv.groups[m.reader.items[m.reader.sel].group]
	m.detail.Open(row, m.reader.pv.a, m.reader.pv.b, g.Label)
	m.focus = focusDetail
}

// detailKey handles a key while the detail has focus.
func (m Model) detailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Open), msg.String() == "backspace":
		m.focus = focusReader
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
	case key.Matches(msg, m.keys.Search):
		m.search.Open()
		m.focus = focusSearch
	default:
		var cmd tea.Cmd
		m.detail, cmd = m.detail.Update(msg)
		return m, cmd
	}
	return m, nil
}

// searchKey handles a key while the search overlay has focus: esc leaves
// the list as it was, enter selects the chosen passage in the list.
func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.focus = focusReader
		return m, nil
	case key.Matches(msg, m.keys.Choose):
		if m.search.Pending() {
			// Typed faster than ranking: close the overlay now and jump to
			// the best match when it arrives; keys typed meanwhile go to
			// the list, not into the query.
			m.search.accept = true
			m.focus = focusReader
			return m, nil
		}
		return m, m.choose()
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	return m, cmd
}

// choose selects the chosen search result in the list and closes search.
// The returned Cmd lays out another pair of documents when the passage is
// in neither of the two shown.
func (m *Model) choose() tea.Cmd {
	id := m.search.Selected()
	if id == "" {
		return nil
	}
	if m.focus == focusSearch {
		m.focus = focusReader
	}
	cmd := m.reader.showPassage(id)
	m.reader.syncKeys()
	return cmd
}

// searchResults takes in a ranking, and acts on an enter that waited for it.
func (m Model) searchResults(msg searchResultsMsg) (tea.Model, tea.Cmd) {
	m.search, _ = m.search.Update(msg)
	if m.search.accept && !m.search.Pending() {
		m.search.accept = false
		return m, m.choose()
	}
	return m, nil
}

// handleMouse sends wheel and clicks to the focused pane.
func (m Model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.reader.lay.TooSmall || m.showHelp {
		return m, nil
	}
	var cmd tea.Cmd
	switch m.focus {
	case focusSearch:
		m.search, cmd = m.search.Update(msg)
	case focusDetail:
		m.detail, cmd = m.detail.Update(msg)
	default:
		m.reader, cmd = m.reader.Update(msg)
	}
	return m, cmd
}

// render draws the whole screen: header, the focused pane or help, footer.
func (m Model) render() string {
	l := m.reader.lay
	if l.Width <= 0 || l.Height <= 0 {
		return ""
	}
	if l.TooSmall {
		return tooSmallView(m.styles, l.Width, l.Height)
	}
	var body string
	switch {
	case m.showHelp:
		body = m.helpView(l)
	case m.focus == focusDetail:
		body = m.detail.View()
	case m.focus == focusSearch:
		body = m.search.View()
	default:
		body = m.reader.View()
	}
	return m.headerView(l) + "\n" + body + "\n" + m.footerView(l)
}

// frameCache keeps the last header and footer drawn, which change far less
// often than the body. It is shared by copies of the model.
type frameCache struct {
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
	geometry      cacheKey
	a, b          int
	group, filter int
}

// headerView draws the header, or returns it from the cache.
func (m Model) headerView(l layout) string {
	k := headerKey{m.reader.cacheKey(), m.reader.pv.a, m.reader.pv.b, m.reader.selectedGroup(), m.reader.filter}
	if m.frames.header == "" || m.frames.headerKey != k {
		m.frames.headerKey, m.frames.header = k, headerView(&m.reader, m.styles, l)
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

// footerView draws the status message, or the short help: the focused
// pane's keys by priority, as many as fit, then help and quit. It runs on
// every frame, so the line is cached under a fingerprint of what it
// depends on, computed without allocating.
func (m Model) footerView(l layout) string {
	if m.reader.status != "" {
		return m.styles.Status.Paint(truncate(" "+safeInline(m.reader.status), l.Width))
	}
	keys, pinned := m.footerKeys()
	sig := footerSig(keys, l.Width, pinned, m.styles)
	f := m.frames
	switch {
	case f.footer != "" && f.footerKey == sig:
	case f.prevFooter != "" && f.prevFooterKey == sig: // toggled back
		f.footerKey, f.prevFooterKey = f.prevFooterKey, f.footerKey
		f.footer, f.prevFooter = f.prevFooter, f.footer
	default:
		n := len(keys) - pinned
		fit := fitKeys(keys[:n], keys[n:], max(0, l.Width-1), stringWidth(m.help.ShortSeparator))
		f.prevFooterKey, f.prevFooter = f.footerKey, f.footer
		f.footerKey, f.footer = sig, truncate(" "+m.help.ShortHelpView(fit), l.Width)
	}
	return f.footer
}

// footerKeys returns the keys the footer offers, most useful first, ending
// with the pinned ones it always shows (how many is the second result).
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

// helpView draws the full help and a legend in exactly the body's height.
func (m Model) helpView(l layout) string {
	groups := m.focused().FullHelp()
	groups = append(groups, []key.Binding{m.keys.Search, m.keys.Help, m.keys.Quit, m.keys.Back})
	s := m.styles
	text := m.help.FullHelpView(groups) + "\n\n" +
		s.Section.Paint("Badges") + "  " + s.badge("agree", "") + "  " + s.badge("diverge", "") + "  " +
		s.badge("related", "") + "  " + s.badge("unique", "") + "\n" +
		s.Section.Paint("Topic bar") + "  " + s.BadgeAgree.Paint("=n") + " agree  " + s.BadgeDiverge.Paint("≠n") + " diverge  " +
		s.BadgeRelated.Paint("~n") + " related\n" +
		s.Section.Paint("Highlights") + "  " + s.Shared.Paint("shared facts") + "  " + s.Conflict.Paint("where they differ") + "\n\n" +
		s.Faint.Paint("? or esc: close help")
	lines := strings.Split(text, "\n")
	out := make([]string, l.BodyHeight)
	for i := range out {
		if i < len(lines) {
			out[i] = truncate("  "+lines[i], l.Width)
		}
	}
	return strings.Join(out, "\n")
}

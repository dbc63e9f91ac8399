package ui

import "charm.land/bubbles/v2/key"

// The root's drawing: the header, the focused pane (or the help) and the
// footer, stacked in the rows computeLayout gave them. The header and the
// footer change far less often than the body, so the last of each is kept
// in a memo keyed by everything it depends on; the functions that draw
// them (headerView, footerLine, helpView) are pure.

// render draws the whole screen: header, the focused pane or help, footer.
func (m Model) render() string {
	if m.focus == focusLoading {
		return m.loadingFrame()
	}
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
		body = helpView(m.helpGroups(), m.focus == focusOverview, m.help, m.styles, l.Width, l.BodyHeight)
	case m.focus == focusDetail:
		body = m.detail.View()
	case m.focus == focusSearch:
		body = m.search.View()
	case m.focus == focusOverview:
		body = m.overview.View()
	case m.focus == focusPicker:
		body = m.picker.View()
	case m.focus == focusClaim:
		body = m.claim.View()
	case m.focus == focusLedger:
		body = m.ledger.View()
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
	if title, ok := m.viewTitle(); ok {
		return viewHeader(m.c.Documents, m.names, title, m.styles, m.lay.Width)
	}
	h := headerData{docs: m.c.Documents, names: m.names, pv: m.reader.Pair(), group: m.reader.SelectedGroup(), filter: m.reader.Filter()}
	k := headerKey{m.lay, m.styles, h.pv, h.group, h.filter}
	if m.frames.header == "" || m.frames.headerKey != k {
		m.frames.headerKey, m.frames.header = k, headerView(h, m.styles, m.lay)
	}
	return m.frames.header
}

// shortHelp returns the focused pane's keys for the footer. It switches
// on the focus rather than returning the pane as an interface, which would
// copy the pane (or the whole model) to the heap on every frame.
func (m Model) shortHelp() []key.Binding {
	switch m.focus {
	case focusDetail:
		return m.detail.ShortHelp()
	case focusSearch:
		return m.search.ShortHelp()
	case focusOverview:
		return m.overview.ShortHelp()
	case focusPicker:
		return m.picker.ShortHelp()
	case focusClaim:
		return m.claim.ShortHelp()
	case focusLedger:
		return m.ledger.ShortHelp()
	}
	return m.reader.ShortHelp()
}

// fullHelp returns the focused pane's keys for the full help.
func (m Model) fullHelp() [][]key.Binding {
	switch m.focus {
	case focusDetail:
		return m.detail.FullHelp()
	case focusSearch:
		return m.search.FullHelp()
	case focusOverview:
		return m.overview.FullHelp()
	case focusPicker:
		return m.picker.FullHelp()
	case focusClaim:
		return m.claim.FullHelp()
	case focusLedger:
		return m.ledger.FullHelp()
	}
	return m.reader.FullHelp()
}

package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// resize lays the screen out for a new terminal size.
func (m *Model) resize(w, h int) {
	m.width, m.height = max(0, w), max(0, h)
	// A message about the last key may no longer hold at the new size
	// ("split view needs 100 columns" after widening).
	m.status = ""
	m.relayout()
}

// relayout computes the layout and hands each pane its size: the reader
// takes the view mode too.
func (m *Model) relayout() {
	if m.focus == focusLoading {
		// The loading screen takes a title line and a footer line.
		m.loading.SetSize(m.width, max(0, m.height-2))
		m.help.SetWidth(m.width)
		return
	}
	l := computeLayout(m.width, m.height, m.wantSplit, headerHeight, footerHeight)
	m.lay = l
	m.reader.SetLayout(l.Width, l.BodyHeight, l.Split, l.SplitFits)
	m.detail.SetSize(l.Width, l.BodyHeight)
	m.search.SetSize(l.Width, l.BodyHeight)
	m.overview.SetSize(l.Width, l.BodyHeight)
	m.picker.SetSize(l.Width, l.BodyHeight)
	m.claim.SetSize(l.Width, l.BodyHeight)
	m.ledger.SetSize(l.Width, l.BodyHeight)
	m.help.SetWidth(l.Width)
}

// toggleSplit switches split ⇄ stacked, or says why split cannot be used.
func (m *Model) toggleSplit() {
	if !m.lay.SplitFits && !m.lay.Split {
		// Short enough to read whole at the minimum width: the reason first.
		m.status = fmt.Sprintf("split view needs %d columns; this terminal has %d", splitMinWidth, m.lay.Width)
		return
	}
	m.wantSplit = !m.wantSplit
	m.relayout()
}

// setTheme rebuilds the styles for a dark or light background.
func (m *Model) setTheme(dark bool) {
	if m.styles.dark == dark {
		return
	}
	st := newStyles(dark, !m.opts.NoColor)
	m.styles = &st
	m.help.Styles = st.Help
	if m.focus == focusLoading {
		m.loading.SetStyles(&st)
		return
	}
	m.reader.SetStyles(&st)
	m.detail.SetStyles(&st)
	m.search.SetStyles(&st)
	m.overview.SetStyles(&st)
	m.picker.SetStyles(&st)
	m.claim.SetStyles(&st)
	m.ledger.SetStyles(&st)
	m.help.Styles = st.Help
}

// handleKey routes a key press: keys that work everywhere first, then the
// help overlay, then the focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.status = ""
	switch {
	case key.Matches(msg, m.keys.Interrupt):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Suspend):
		return m, tea.Suspend
	}
	if m.lay.TooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.save.open {
		return m.saveKey(msg)
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
	if m.focus != focusSearch && !(m.focus == focusClaim && m.claim.Editing()) {
		switch {
		case key.Matches(msg, m.keys.Copy):
			return m, m.copyCmd()
		case key.Matches(msg, m.keys.Write):
			return m, m.askSaveCmd()
		}
	}
	switch m.focus {
	case focusSearch:
		return m.searchKey(msg)
	case focusDetail:
		return m.detailKey(msg)
	case focusOverview:
		return m.overviewKey(msg)
	case focusPicker:
		return m.pickerKey(msg)
	case focusClaim:
		return m.claimKey(msg)
	case focusLedger:
		return m.ledgerKey(msg)
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
		m.openSearch()
	case key.Matches(msg, m.keys.Open):
		m.openDetail()
	case key.Matches(msg, m.keys.Toggle):
		m.toggleSplit()
	default:
		if cmd, ok := m.viewKey(msg); ok {
			return m, cmd
		}
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		m.status = m.reader.Status()
		return m, cmd
	}
	return m, nil
}

// openDetail shows the selected row in full.
func (m *Model) openDetail() {
	sel, ok := m.reader.Selected()
	if !ok {
		return
	}
	m.detail.Open(sel)
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
		m.openSearch()
	default:
		var cmd tea.Cmd
		m.detail, cmd = m.detail.Update(msg)
		return m, cmd
	}
	return m, nil
}

// openSearch opens the search over every passage from the view shown,
// which esc returns to.
func (m *Model) openSearch() {
	m.fromView = m.focus
	m.search.Open()
	m.focus = focusSearch
}

// searchKey handles a key while the search overlay has focus: esc goes
// back to the view it was opened from, as it was; enter selects the
// chosen passage in the pair view.
func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.focus = m.fromView
		if m.focus == focusSearch || m.focus == focusDetail {
			m.focus = focusReader
		}
		return m, nil
	case key.Matches(msg, m.keys.Choose):
		if m.search.Pending() {
			// Typed faster than ranking: close the overlay now and jump to
			// the best match when it arrives; keys typed meanwhile go to
			// the list, not into the query.
			m.search.AcceptWhenReady()
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
	m.reader.SetFind(m.search.Query())
	cmd := m.reader.ShowPassage(id)
	m.status = m.reader.Status()
	if m.status == "" && cmd == nil {
		m.status = m.reader.FindStatus()
	}
	return cmd
}

// searchResults takes in a ranking, and acts on an enter that waited for it.
func (m Model) searchResults(msg searchResultsMsg) (tea.Model, tea.Cmd) {
	m.search, _ = m.search.Update(msg)
	if m.search.Accepted() {
		return m, m.choose()
	}
	return m, nil
}

// handleMouse sends wheel and clicks to the focused pane; a click is
// handed over at a row of the pane, not of the screen.
func (m Model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.lay.TooSmall || m.showHelp || m.focus == focusLoading {
		return m, nil
	}
	if c, ok := msg.(tea.MouseClickMsg); ok {
		c.Y -= m.lay.BodyTop
		msg = c
	}
	var cmd tea.Cmd
	switch m.focus {
	case focusSearch:
		m.search, cmd = m.search.Update(msg)
	case focusDetail:
		m.detail, cmd = m.detail.Update(msg)
	case focusOverview:
		m.overview, cmd = m.overview.Update(msg)
	case focusPicker, focusClaim, focusLedger:
	default:
		m.reader, cmd = m.reader.Update(msg)
		m.status = m.reader.Status()
	}
	return m, cmd
}

package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The root's part in the views across all sources: switching to them,
// routing their keys, and opening the pair view where they point.

// takeSurvey hands the survey to the panes that show it.
func (m *Model) takeSurvey(msg surveyMsg) {
	m.survey, m.surveying = msg.survey, false
	m.overview.SetCoverage(msg.survey.Coverage)
	m.ledger.SetLedger(msg.survey.Ledger, msg.need)
	m.picker.SetCounts(msg.pairs)
}

// needSurvey starts reading the survey unless it is read or on its way.
func (m *Model) needSurvey() tea.Cmd {
	if m.survey != nil || m.surveying {
		return nil
	}
	m.surveying = true
	return surveyCmd(m.c, m.names, m.facts)
}

// viewKey handles the keys that switch to a view across all sources, from
// the pair view or the overview; ok is false for any other key.
func (m *Model) viewKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(msg, m.keys.Overview):
		if m.focus == focusOverview {
			m.focus = focusReader
		} else {
			m.focus = focusOverview
			cmd = m.needSurvey()
		}
	case key.Matches(msg, m.keys.Pairs):
		m.back = m.focus
		m.picker.Open(m.reader.Pair().a, m.reader.Pair().b)
		m.focus = focusPicker
		cmd = m.needSurvey()
	case key.Matches(msg, m.keys.Ledger):
		m.back = m.focus
		m.focus = focusLedger
		cmd = m.needSurvey()
	case key.Matches(msg, m.keys.Claim):
		m.back = m.focus
		m.claim.Open()
		m.focus = focusClaim
	default:
		return nil, false
	}
	return cmd, true
}

// otherViewKey handles, in the picker, the ledger or the claim check, a
// key that switches to another of the views across all sources (o, a, L,
// c), as the overview and the pair view do; the view's own key (a in the
// picker, L in the ledger, c in the claim check) is left to it.
func (m *Model) otherViewKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	own := map[focus]key.Binding{focusPicker: m.keys.Pairs, focusLedger: m.keys.Ledger, focusClaim: m.keys.Claim}[m.focus]
	if key.Matches(msg, own) {
		return nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Overview):
		m.focus = focusOverview
		return m.needSurvey(), true
	case key.Matches(msg, m.keys.Pairs), key.Matches(msg, m.keys.Ledger), key.Matches(msg, m.keys.Claim):
		// Esc from the view opened goes back to where this one would.
		back := m.back
		cmd, ok = m.viewKey(msg)
		m.back = back
		return cmd, ok
	}
	return nil, false
}

// overviewKey handles a key while the overview has focus.
func (m Model) overviewKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.openSearch()
		return m, nil
	case key.Matches(msg, m.keys.Open):
		a, b, id, note, ok := m.overview.Chosen()
		if !ok {
			m.status = "no other source speaks to this point"
			return m, nil
		}
		return m, m.openPair(a, b, id, note)
	}
	if cmd, ok := m.viewKey(msg); ok {
		return m, cmd
	}
	var cmd tea.Cmd
	m.overview, cmd = m.overview.Update(msg)
	return m, cmd
}

// openPair shows documents a and b in the pair view with passage id
// selected, and a note for the footer (or the reader's own).
func (m *Model) openPair(a, b int, id, note string) tea.Cmd {
	m.focus = focusReader
	cmd := m.reader.ShowPair(a, b, id)
	m.status = m.reader.Status()
	if note != "" {
		m.status = note
	}
	return cmd
}

// pickerKey handles a key while the pair picker has focus.
func (m Model) pickerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Pairs):
		m.focus = m.back
		return m, nil
	case key.Matches(msg, m.keys.Choose):
		a, b := m.picker.Chosen()
		return m, m.openPair(a, b, "", "")
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.openSearch()
		return m, nil
	}
	if cmd, ok := m.otherViewKey(msg); ok {
		return m, cmd
	}
	var cmd tea.Cmd
	m.picker, cmd = m.picker.Update(msg)
	return m, cmd
}

// ledgerKey handles a key while the ledger has focus.
func (m Model) ledgerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Ledger):
		m.focus = m.back
		return m, nil
	case key.Matches(msg, m.keys.Overview):
		m.focus = focusOverview
		return m, m.needSurvey()
	case key.Matches(msg, m.keys.Open):
		if a, b, id, ok := m.ledger.Chosen(); ok {
			return m, m.openPair(a, b, id, "")
		}
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.openSearch()
		return m, nil
	}
	if cmd, ok := m.otherViewKey(msg); ok {
		return m, cmd
	}
	var cmd tea.Cmd
	m.ledger, cmd = m.ledger.Update(msg)
	return m, cmd
}

// claimKey handles a key while the claim check has focus: while a claim
// is typed every key but esc and enter goes into it.
func (m Model) claimKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.claim.Editing() {
		if key.Matches(msg, m.keys.Back) {
			m.claim.editing = false
			if m.claim.check == nil && !m.claim.pending {
				m.focus = m.back
			}
			return m, nil
		}
		var cmd tea.Cmd
		m.claim, cmd = m.claim.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back):
		m.focus = m.back
		return m, nil
	case key.Matches(msg, m.keys.Open):
		if a, b, id, ok := m.claim.Chosen(); ok {
			return m, m.openPair(a, b, id, "")
		}
		m.status = "this source does not speak to the claim"
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.openSearch()
		return m, nil
	}
	if cmd, ok := m.otherViewKey(msg); ok {
		return m, cmd
	}
	var cmd tea.Cmd
	m.claim, cmd = m.claim.Update(msg)
	return m, cmd
}

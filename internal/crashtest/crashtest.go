// Package crashtest wraps a Bubble Tea model so that it panics after the
// first key press, in Update, in View or in a Cmd. It exists for the tests
// that check the terminal is restored when the reader crashes: the unit
// tests of ui wrap the model directly, and the end-to-end build (tag
// parallax_e2e) wraps it when Env is set. Production builds never import it.
package crashtest

import tea "charm.land/bubbletea/v2"

// Env names the environment variable the end-to-end build reads: "update",
// "view" or "cmd" says where to panic; "hang" makes Update never return.
const Env = "PARALLAX_TEST_PANIC"

// Wrap returns m wrapped to panic in where ("update", "view" or "cmd"), or
// to hang in Update ("hang"), after the first key press; any other value
// returns m unchanged.
func Wrap(m tea.Model, where string) tea.Model {
	switch where {
	case "update", "view", "cmd", "hang":
		return model{inner: m, where: where}
	}
	return m
}

// Wrapper returns Wrap as a function of the model, or nil when where names
// no place to panic.
func Wrapper(where string) func(tea.Model) tea.Model {
	switch where {
	case "update", "view", "cmd", "hang":
		return func(m tea.Model) tea.Model { return Wrap(m, where) }
	}
	return nil
}

// model is the wrapped model.
type model struct {
	inner   tea.Model
	where   string
	pressed bool // a key has been pressed
}

func (m model) Init() tea.Cmd { return m.inner.Init() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		m.pressed = true
		switch m.where {
		case "update":
			panic("parallax test hook: panic in Update")
		case "cmd":
			return m, func() tea.Msg { panic("parallax test hook: panic in a Cmd") }
		case "hang":
			select {} // an Update that never returns
		}
	}
	var cmd tea.Cmd
	m.inner, cmd = m.inner.Update(msg)
	return m, cmd
}

func (m model) View() tea.View {
	if m.where == "view" && m.pressed {
		panic("parallax test hook: panic in View")
	}
	return m.inner.View()
}

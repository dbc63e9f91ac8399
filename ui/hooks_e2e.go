//go:build parallax_e2e

package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/internal/crashtest"
)

// buildHooks, in the end-to-end build only, makes the reader panic after
// the first key press when crashtest.Env says where, so the e2e suite can
// check that the terminal comes back.
func buildHooks(getenv func(string) string) func(tea.Model) tea.Model {
	return crashtest.Wrapper(getenv(crashtest.Env))
}

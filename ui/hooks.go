//go:build !parallax_e2e

package ui

import tea "charm.land/bubbletea/v2"

// buildHooks wraps the reader's model for fault injection; only the
// end-to-end build (tag parallax_e2e, hooks_e2e.go) does so.
func buildHooks(func(string) string) func(tea.Model) tea.Model { return nil }

//go:build !parallax_e2e

package ui

import (
	"testing"

	"github.com/parallax-reader/parallax/internal/crashtest"
)

// TestNoFaultHooksInProduction: outside the end-to-end build (tag
// parallax_e2e), PARALLAX_TEST_PANIC does nothing.
func TestNoFaultHooksInProduction(t *testing.T) {
	if buildHooks(env(map[string]string{crashtest.Env: "update"})) != nil {
		t.Fatal("the production build wraps the model for fault injection")
	}
}

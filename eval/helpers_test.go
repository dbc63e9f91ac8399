package eval

import (
	"errors"
	"testing"
)

// loadOrSkip loads FNC-1 from ../shared/data/fnc-1 beside the module root.
// Without the data the test is skipped, unless CI is set: there a missing
// data set must not pass silently.
func loadOrSkip(t testing.TB) *FNC {
	t.Helper()
	dir, err := DataDir()
	if errors.Is(err, ErrNoData) {
		MissingData(t, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	fnc, err := LoadFNC(dir)
	if err != nil {
		t.Fatal(err)
	}
	return fnc
}

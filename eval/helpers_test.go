package eval

import (
	"errors"
	"os"
	"testing"
)

// loadOrSkip loads FNC-1 from ../shared/data/fnc-1 beside the module root.
// Without the data the test is skipped, unless CI is set: there a missing
// data set must not pass silently.
func loadOrSkip(t testing.TB) *FNC {
	t.Helper()
	dir, err := DataDir()
	if errors.Is(err, ErrNoData) {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set and the FNC-1 data is missing: %v", err)
		}
		t.Skipf("skipping: %v (set CI to make this a failure)", err)
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

// Package gentest holds generated files to what their generator gives
// today, for the freshness tests of the generated tables.
package gentest

import (
	"bytes"
	"os"
	"testing"
)

// Fresh fails t when the file at path is not src, saying to run
// regenerate; with update set, it first writes src there.
func Fresh(t testing.TB, path string, src []byte, update bool, regenerate string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatalf("%s is stale: run %s", path, regenerate)
	}
}

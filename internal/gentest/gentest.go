// Package gentest holds generated files to what their generator gives
// today, for the freshness tests of the generated tables.
package gentest

import (
	"bytes"
	"os"
	"strconv"
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

// Items writes the n items of a slice or array literal, perLine to a
// line, each line opened by a newline and indent, each item followed by
// a comma: the layout gofmt keeps. The caller writes the braces.
func Items(b *bytes.Buffer, indent string, perLine, n int, item func(i int) string) {
	for i := range n {
		if i%perLine == 0 {
			b.WriteString("\n" + indent)
		} else {
			b.WriteString(" ")
		}
		b.WriteString(item(i) + ",")
	}
}

// Concat writes s as quoted pieces of at most 96 bytes joined by " +",
// a piece a line, each opened by a tab: the right-hand side of a long
// string constant, after the caller's `const name = "" +` line.
func Concat(b *bytes.Buffer, s string) {
	for len(s) > 0 {
		n := min(len(s), 96)
		b.WriteString("\t" + strconv.Quote(s[:n]))
		if s = s[n:]; len(s) > 0 {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
}

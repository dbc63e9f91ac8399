package e2e

import (
	"strings"
	"testing"
)

// TestErrorsForPeople starts parallax on a terminal with inputs it cannot
// compare and with command-line mistakes, and checks it fails the way a
// person needs: exit status 1 (2 for a usage error), one message on
// standard error that starts with "parallax:" and names the culprit, shown
// safely, and nothing drawn: no alternate screen, not a byte on the
// terminal, its modes untouched.
func TestErrorsForPeople(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	for _, c := range []struct {
		name   string
		args   []string
		status int
		names  string // what standard error must name
	}{
		{"missing-file", []string{"missing.txt", "benign.txt"}, 1, "missing.txt"},
		{"binary-file", []string{"binary.txt", "benign.txt"}, 1, "binary.txt"},
		{"pdf-file", []string{"benign.txt", "notes.pdf"}, 1, "notes.pdf"},
		{"empty-file", []string{"empty.txt", "benign.txt"}, 1, "empty.txt"},
		{"whitespace-only", []string{"benign.txt", "whitespace-only.txt"}, 1, "whitespace-only.txt"},
		{"directory-without-articles", []string{"empty-dir", "benign.txt"}, 1, "empty-dir"},
		{"too-large", []string{"huge-50mb.txt", "benign.txt"}, 1, "huge-50mb.txt"},
		{"not-utf8", []string{"cp1251.txt", "benign.txt"}, 1, "cp1251.txt"},
		// One document cannot be compared; the message should say which one
		// parallax found, so a person can see what was read.
		{"one-document", []string{"benign.txt"}, 1, "benign.txt"},
		{"hostile-missing-name", []string{"missing\x1b]2;PWNED\x07\u202e.txt", "benign.txt"}, 1, "missing"},
		{"unknown-option", []string{"--bogus", "benign.txt"}, 2, "--bogus"},
		{"format-without-value", []string{"benign.txt", "--format"}, 2, "--format"},
		{"unknown-format", []string{"--format", "xml", "benign.txt", "window-title.txt"}, 2, "xml"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 100, H: 30, Dir: dir, Args: c.args, Stderr: "err"})
			if code := tm.ExitStatus(); code != c.status {
				t.Errorf("exit status %d, want %d", code, c.status)
			}
			stderr := tm.File("err")
			if !strings.HasPrefix(stderr, "parallax: ") || strings.Count(stderr, "\n") != 1 {
				t.Errorf("standard error should be one line starting with \"parallax: \", got:\n%s", stderr)
			}
			if !strings.Contains(stderr, c.names) {
				t.Errorf("standard error does not name %q:\n%s", c.names, stderr)
			}
			for _, p := range controlProblems(stderr) {
				t.Errorf("standard error: %s", p)
			}
			if raw := string(tm.Raw()); raw != beforeLine+"\r\n" {
				t.Errorf("parallax wrote to the terminal: %q", strings.TrimPrefix(raw, beforeLine+"\r\n"))
			}
			if tm.Title() != knownTitle {
				t.Errorf("pane title changed to %q", tm.Title())
			}
			if before, after := tm.waitFile("stty.before"), tm.waitFile("stty.after"); before != after {
				t.Errorf("terminal modes changed:\nstty -g before: %s\nstty -g after:  %s", before, after)
			}
		})
	}
}

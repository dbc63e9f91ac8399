package e2e

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestWriteErrors runs parallax with its standard output on a full device
// (/dev/full) and closed (>&-): the help, the version and every report
// fail with exit status 1 and one line on standard error, as a write error
// is an error. Standard output on /dev/null is not an error.
func TestWriteErrors(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	for _, c := range []struct {
		name   string
		args   string // parallax's arguments and standard output, for sh
		status int
	}{
		{"help to /dev/full", "--help >/dev/full", 1},
		{"version to /dev/full", "--version >/dev/full", 1},
		{"text report to /dev/full", "--format text >/dev/full", 1},
		{"json report to /dev/full", "--format json >/dev/full", 1},
		{"help to a closed stdout", "--help >&-", 1},
		{"version to a closed stdout", "--version >&-", 1},
		{"text report to a closed stdout", "--format text >&-", 1},
		{"markdown report to a closed stdout", "--format markdown >&-", 1},
		{"default report to a closed stdout", ">&-", 1},
		{"version to /dev/null", "--version >/dev/null", 0},
		{"report to /dev/null", "--format json >/dev/null", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command("sh", "-c", `exec "$0" `+c.args, binary)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.status {
				t.Errorf("exit status %d, want %d (stderr %q)", code, c.status, stderr.String())
			}
			if c.status != 0 && (!strings.HasPrefix(stderr.String(), "parallax: ") || strings.Count(stderr.String(), "\n") != 1) {
				t.Errorf("standard error should be one line starting with \"parallax: \", got %q", stderr.String())
			}
			if c.status == 0 && stderr.Len() > 0 {
				t.Errorf("standard error: %q", stderr.String())
			}
		})
	}
}

package e2e

import (
	"path/filepath"
	"testing"
)

// TestArticleOnStdin reads one article from standard input ("-", as in
// `curl … | parallax - other.txt`): the reader then takes its keys from
// the terminal, opens on both documents, and quits on q. It guards the
// terminal's input being closed before the reader starts (Bubble Tea's
// /dev/tty is one file for input and output).
func TestArticleOnStdin(t *testing.T) {
	t.Parallel()
	wire, err := filepath.Abs("../testdata/five/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	herald, err := filepath.Abs("../testdata/five/herald.txt")
	if err != nil {
		t.Fatal(err)
	}
	tm := start(t, launch{W: 120, H: 40, Args: []string{"-", herald}, Stdin: wire, Stderr: "err"})
	s := tm.WaitFor("the reader on stdin and herald", func(s screen) bool {
		return s.Has("2 documents") && isSplit(s, "stdin", "herald")
	})
	checkFrame(t, tm, s, 120, 40)
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Errorf("exit status %d, want 0; standard error: %s", code, tm.File("err"))
	}
	checkRestored(t, tm)
}

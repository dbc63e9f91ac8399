package e2e

import (
	"testing"
	"time"
)

// TestTypedEscapes types what a terminal would send, or a hostile paste
// could hold, into the reader: an unsolicited size report saying the
// terminal is 1×1 must not shrink the reader (it keeps the pane's real
// size), and a bracketed-paste start that never ends must not swallow the
// keys after it: ctrl+c quits at once, q after a pause.
func TestTypedEscapes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		keys func(tm *term)
	}{
		{"size report", func(tm *term) {
			tm.Type("\x1b[8;1;1t")
			time.Sleep(300 * time.Millisecond)
			tm.Send("j")
			time.Sleep(300 * time.Millisecond)
			s := tm.WaitFor("the reader at its real size", func(s screen) bool { return isFrame(s, 100, 30) })
			checkFrame(tm.t, tm, s, 100, 30)
			tm.Send("q")
		}},
		{"paste start, ctrl+c", func(tm *term) {
			tm.Type("\x1b[200~pasted")
			tm.Send("C-c")
		}},
		{"paste start, q", func(tm *term) {
			tm.Type("\x1b[200~pasted")
			time.Sleep(1500 * time.Millisecond) // a pause no paste has
			tm.Send("q")
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 100, H: 30, Stderr: "err"})
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })
			c.keys(tm)
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("exit status %d, want 0", code)
			}
			checkRestored(t, tm)
			if e := tm.File("err"); e != "" {
				t.Errorf("standard error: %s", e)
			}
		})
	}
}

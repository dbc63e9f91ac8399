package e2e

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestTerminalComesBack ends the reader every way it can end — q, ctrl+c,
// SIGTERM, SIGHUP, and a panic in Update, View or a Cmd — and checks the
// exit status says how, and the terminal is as it was: out of the alternate
// screen, modes reset, stty unchanged.
func TestTerminalComesBack(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		env    []string
		end    func(tm *term)
		status int
		stderr []string // what standard error must say
	}{
		{name: "q", end: func(tm *term) { tm.Send("q") }, status: 0},
		{name: "ctrl+c", end: func(tm *term) { tm.Send("C-c") }, status: 0},
		{name: "SIGTERM", end: func(tm *term) { tm.Signal(syscall.SIGTERM) }, status: 128 + 15, stderr: []string{"parallax:", "terminated"}},
		{name: "SIGHUP", end: func(tm *term) { tm.Signal(syscall.SIGHUP) }, status: 128 + 1, stderr: []string{"parallax:", "hangup"}},
		{name: "panic-update", env: []string{"PARALLAX_TEST_PANIC=update"}, end: func(tm *term) { tm.Send("j") }, status: 70,
			stderr: []string{"panic in Update", "parallax:", "crashed"}},
		{name: "panic-view", env: []string{"PARALLAX_TEST_PANIC=view"}, end: func(tm *term) { tm.Send("j") }, status: 70,
			stderr: []string{"panic in View", "parallax:", "crashed"}},
		{name: "panic-cmd", env: []string{"PARALLAX_TEST_PANIC=cmd"}, end: func(tm *term) { tm.Send("j") }, status: 70,
			stderr: []string{"parallax:", "crashed"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 100, H: 30, Env: c.env, Stderr: "err"})
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })
			if c.env == nil {
				// Mid-session: move first, so there is state to lose.
				tm.Send("j")
				tm.Send("n")
			}
			c.end(tm)
			if code := tm.ExitStatus(); code != c.status {
				t.Errorf("exit status %d, want %d", code, c.status)
			}
			checkRestored(t, tm)
			stderr := tm.File("err")
			for _, want := range c.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("standard error does not say %q:\n%s", want, stderr)
				}
			}
			if c.stderr == nil && stderr != "" {
				t.Errorf("standard error should be empty, got:\n%s", stderr)
			}
		})
	}
}

var (
	decMode    = regexp.MustCompile(`\x1b\[\?([0-9;]+)([hl])`)
	kittyPush  = regexp.MustCompile(`\x1b\[>[0-9]*u`)
	kittyPop   = regexp.MustCompile(`\x1b\[<([0-9]*)u`)
	modifyKeys = regexp.MustCompile(`\x1b\[>4(;[0-9]*)?m`)
)

// modesLeft replays the terminal modes parallax set and reset in raw (all
// it wrote) and describes each one it left changed: a DEC private mode
// (alternate screen, mouse, bracketed paste, focus events, …) still set,
// autowrap off or the cursor hidden, kitty keyboard flags pushed and not popped, or
// modifyOtherKeys left on.
func modesLeft(raw []byte) []string {
	last := map[int]string{}
	var order []int
	for _, m := range decMode.FindAllSubmatch(raw, -1) {
		for _, p := range strings.Split(string(m[1]), ";") {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if _, seen := last[n]; !seen {
				order = append(order, n)
			}
			last[n] = string(m[2])
		}
	}
	var out []string
	for _, n := range order {
		want := "l"
		if n == 7 || n == 25 { // autowrap and the cursor are on by default
			want = "h"
		}
		if last[n] != want {
			out = append(out, fmt.Sprintf("terminal mode ?%d left %q after exit (want %q)", n, last[n], want))
		}
	}
	pushes, pops := len(kittyPush.FindAll(raw, -1)), 0
	for _, m := range kittyPop.FindAllSubmatch(raw, -1) {
		n := 1
		if len(m[1]) > 0 {
			n, _ = strconv.Atoi(string(m[1]))
		}
		pops += n
	}
	if pops < pushes {
		out = append(out, fmt.Sprintf("kitty keyboard flags pushed %d times, popped %d", pushes, pops))
	}
	if all := modifyKeys.FindAllSubmatch(raw, -1); len(all) > 0 {
		if p := string(all[len(all)-1][1]); p != "" && p != ";0" {
			out = append(out, fmt.Sprintf("modifyOtherKeys left on (last: CSI >4%s m)", p))
		}
	}
	return out
}

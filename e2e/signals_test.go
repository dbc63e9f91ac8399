package e2e

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSuspendSignals stops the reader with ctrl+z and with SIGTSTP, SIGTTOU
// and SIGTTIN sent from outside: while it is stopped the shell has its
// terminal back (main screen, cursor shown, no mouse reports, stty as
// before); on SIGCONT the reader redraws and reads keys raw again (q quits
// without Enter), and on quitting the terminal is restored.
func TestSuspendSignals(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		stop func(tm *term)
	}{
		{"ctrl+z", func(tm *term) { tm.Send("C-z") }},
		{"SIGTSTP", func(tm *term) { tm.Signal(syscall.SIGTSTP) }},
		{"SIGTTOU", func(tm *term) { tm.Signal(syscall.SIGTTOU) }},
		{"SIGTTIN", func(tm *term) { tm.Signal(syscall.SIGTTIN) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 100, H: 30, Stderr: "err", JobControl: true})
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })
			tm.Send("j")
			before := strings.TrimSpace(tm.waitFile("stty.before"))
			c.stop(tm)
			tm.waitStopped(true)
			if got := tm.Format("alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}"); got != "alt=0 cursor=1 mouse=00000" {
				t.Errorf("terminal while stopped: %s, want alt=0 cursor=1 mouse=00000", got)
			}
			if got := tm.stty(); got != before {
				t.Errorf("terminal modes while stopped:\nstty -g before: %s\nstty -g now:    %s", before, got)
			}

			tm.continueGroup()
			tm.waitStopped(false)
			tm.WaitFor("the reader again after SIGCONT", func(s screen) bool { return isFrame(s, 100, 30) })
			if tm.Format("#{alternate_on}") != "1" {
				t.Error("the reader is not in the alternate screen after SIGCONT")
			}
			if tm.stty() == before {
				t.Error("the terminal is not raw after SIGCONT")
			}
			tm.Send("q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("q after SIGCONT: exit status %d, want 0", code)
			}
			checkRestored(t, tm)
			if e := tm.File("err"); e != "" {
				t.Errorf("standard error: %s", e)
			}
		})
	}
}

// TestQuitSignals ends the reader with SIGQUIT and SIGABRT, also while an
// Update hangs (the test hook), and with SIGTERM while it hangs: the
// terminal is restored, the exit status is 128+n, and for SIGQUIT and
// SIGABRT the goroutines' stacks follow on standard error.
func TestQuitSignals(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		sig  syscall.Signal
		hang bool
		want []string
	}{
		{"SIGQUIT", syscall.SIGQUIT, false, []string{"parallax: interrupted by quit", "goroutine "}},
		{"SIGABRT", syscall.SIGABRT, false, []string{"parallax: interrupted by aborted", "goroutine "}},
		{"SIGQUIT-hung", syscall.SIGQUIT, true, []string{"parallax: interrupted by quit", "goroutine "}},
		{"SIGTERM-hung", syscall.SIGTERM, true, []string{"parallax: interrupted by terminated"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var env []string
			if c.hang {
				env = []string{"PARALLAX_TEST_PANIC=hang"}
			}
			tm := start(t, launch{W: 100, H: 30, Env: env, Stderr: "err"})
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })
			tm.Send("j")
			if c.hang {
				time.Sleep(200 * time.Millisecond) // the key reaches the hook
			}
			tm.Signal(c.sig)
			if code := tm.ExitStatus(); code != 128+int(c.sig) {
				t.Errorf("exit status %d, want %d", code, 128+int(c.sig))
			}
			checkRestored(t, tm)
			stderr := tm.File("err")
			for _, want := range c.want {
				if !strings.Contains(stderr, want) {
					t.Errorf("standard error does not say %q:\n%s", want, stderr)
				}
			}
		})
	}
}

// stty returns the pane's terminal modes now, as stty -g prints them.
func (tm *term) stty() string {
	tm.t.Helper()
	out, err := exec.Command("stty", "-g", "-F", tm.Format("#{pane_tty}")).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("stty: %v: %s", err, out)
	}
	return strings.TrimSpace(string(out))
}

// pid is parallax's process id.
func (tm *term) pid() int {
	tm.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(tm.waitFile("pid")))
	if err != nil {
		tm.t.Fatalf("pid file: %v", err)
	}
	return pid
}

// waitStopped waits until parallax is stopped (state T), or running again.
func (tm *term) waitStopped(stopped bool) {
	tm.t.Helper()
	pid := tm.pid()
	deadline := time.Now().Add(waitTimeout)
	for {
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			tm.t.Fatalf("parallax is gone: %v", err)
		}
		// The state follows the command name in parentheses.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if (fields[0] == "T") == stopped {
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("parallax state %s after %v, want stopped %v; the pane shows:\n%s", fields[0], waitTimeout, stopped, tm.Screen())
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// continueGroup sends SIGCONT to parallax's process group, as a shell's fg
// does (a suspend stops the whole group).
func (tm *term) continueGroup() {
	tm.t.Helper()
	pgid, err := syscall.Getpgid(tm.pid())
	if err != nil {
		tm.t.Fatalf("getpgid: %v", err)
	}
	if err := syscall.Kill(-pgid, syscall.SIGCONT); err != nil {
		tm.t.Fatalf("kill -CONT -%d: %v", pgid, err)
	}
}

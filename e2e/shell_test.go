package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// TestSuspendFromShell runs the reader from an interactive shell with job
// control, as a user does, stops it from outside with kill -TSTP, and
// checks what the user sees: the shell's prompt back on the main screen,
// the cursor shown, no mouse reporting, and typing echoed; then `fg`: the
// reader takes the terminal again, redraws, and reads keys raw (q quits
// without Enter), and the prompt comes back as the shell left it.
func TestSuspendFromShell(t *testing.T) {
	t.Parallel()
	needTmux(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	tm := &term{t: t, sock: fmt.Sprintf("parallax-e2e-%d-%d", os.Getpid(), sockSeq.Add(1)), dir: t.TempDir(), target: "e2e:0.0"}
	t.Cleanup(tm.Close)
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + tm.dir, "LANG=C.UTF-8", "TERM=xterm-256color", "PS1=e2e$ "}
	cmd := "exec env -i"
	for _, e := range env {
		cmd += " " + shellQuote(e)
	}
	cmd += " " + shellQuote(bash) + " --norc --noprofile -i"
	tm.tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", "e2e", "-c", tm.dir, cmd)
	tm.tmux("pipe-pane", "-t", tm.target, "cat >> "+shellQuote(tm.dir+"/raw.log")) // for logState
	tm.WaitText("e2e$")

	// The job writes its pid where tm.Signal and tm.waitStopped read it.
	tm.Type("stty -g > stty.before; sh -c 'echo $$ > pid; exec \"$0\" 2>err' " + shellQuote(binary))
	tm.Send("Enter")
	tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })

	tm.Signal(syscall.SIGTSTP)
	tm.waitStopped(true)
	tm.WaitText("Stopped")
	if got := tm.Format("alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}"); got != "alt=0 cursor=1 mouse=00000" {
		t.Errorf("the shell's terminal while the reader is stopped: %s, want alt=0 cursor=1 mouse=00000", got)
	}
	if s := tm.Screen(); s.Has("parallax · ") {
		t.Errorf("the reader is drawn on the shell's screen while stopped:\n%s", s)
	}
	tm.Type("echo typed-while-stopped | tr a-z A-Z")
	tm.Send("Enter")
	tm.WaitText("echo typed-while-stopped", "TYPED-WHILE-STOPPED")

	tm.Type("fg")
	tm.Send("Enter")
	tm.waitStopped(false)
	again := tm.WaitFor("the reader again after fg", func(s screen) bool { return isFrame(s, 100, 30) })
	if tm.Format("#{alternate_on}") != "1" {
		t.Error("the reader is not in the alternate screen after fg")
	}
	tm.Send("G") // to the bottom: the frame must change
	tm.WaitFor("the reader to move on G", func(s screen) bool { return isFrame(s, 100, 30) && s.String() != again.String() })
	tm.Send("q") // no Enter: the reader reads keys raw again
	tm.WaitFor("the prompt after q", func(s screen) bool { return strings.HasPrefix(s.Row(lastRow(s)), "e2e$") && !s.Has("parallax · ") })
	tm.Type("echo fg-exit=$?") // fg's status is the job's
	tm.Send("Enter")
	tm.WaitText("fg-exit=0")
	if got := tm.Format("alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}"); got != "alt=0 cursor=1 mouse=00000" {
		t.Errorf("the shell's terminal after q: %s, want alt=0 cursor=1 mouse=00000", got)
	}
	// (modesLeft does not apply: bash's readline turns bracketed paste on
	// at its prompt.)
	tm.Type("stty -g > stty.after")
	tm.Send("Enter")
	if before, after := strings.TrimSpace(tm.waitFile("stty.before")), strings.TrimSpace(tm.waitFile("stty.after")); before != after {
		t.Errorf("terminal modes not restored:\nstty -g before: %s\nstty -g after:  %s", before, after)
	}
	if e := tm.File("err"); e != "" {
		t.Errorf("standard error: %s", e)
	}
}

// lastRow is the index of the last row with text on it.
func lastRow(s screen) int {
	for i := len(s) - 1; i > 0; i-- {
		if strings.TrimSpace(s.Row(i)) != "" {
			return i
		}
	}
	return 0
}

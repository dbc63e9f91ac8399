package e2e

// The harness: build parallax once, then run it in a tmux pane per test.
//
// A test calls start with a size, arguments and environment. The pane runs
// a small sh script (run.sh in the test's own directory) that waits for a
// gate file, prints a line, saves `stty -g`, runs parallax (through an
// inner sh that writes its pid and then execs it, so signals reach parallax
// itself), then saves `stty -g` again and the exit status, and exits with
// that status. tmux keeps the dead pane (remain-on-exit) so the test can
// read the status and what was left on the screen; pipe-pane records every
// byte parallax wrote to the terminal (raw.log).

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var (
	binary   string // the parallax binary built by TestMain
	jobctl   string // testdata/jobctl built by TestMain
	tmuxPath string // tmux, or "" when it is not installed
	tmuxConf string // the config every test server starts with
	tmuxDir  string // TMUX_TMPDIR: the tests' sockets live here, not beside a user's
	sockSeq  atomic.Int64
)

// waitTimeout bounds every wait for the screen or the process. CI is a
// loaded two-core machine: this is generous, and only reached on failure.
const waitTimeout = 10 * time.Second

// tmuxConfig makes a pane the whole window (no status line), keeps a dead
// pane so its exit status and last screen can be read, and lets programs
// set tmux's paste buffers by OSC 52 so that a clipboard write is visible.
const tmuxConfig = `set -g status off
set -g remain-on-exit on
set -g set-clipboard on
set -g history-limit 2000
`

func TestMain(m *testing.M) { os.Exit(testMain(m)) }

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "parallax-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	// Only the test binary is built with -race (when asked); parallax is
	// built plainly so its timing is the one users get, with the tag that
	// compiles in the fault injection of PARALLAX_TEST_PANIC (ui/hooks_e2e.go).
	binary = filepath.Join(dir, "parallax")
	build := exec.Command(goTool(), "build", "-tags", "parallax_e2e", "-o", binary, "..")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building parallax:", err)
		return 1
	}
	jobctl = filepath.Join(dir, "jobctl")
	build = exec.Command(goTool(), "build", "-o", jobctl, "./testdata/jobctl")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building jobctl:", err)
		return 1
	}

	tmuxPath, _ = exec.LookPath("tmux")
	tmuxDir = filepath.Join(dir, "tmux")
	if err := os.Mkdir(tmuxDir, 0o700); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	tmuxConf = filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(tmuxConf, []byte(tmuxConfig), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	return m.Run()
}

// goTool finds the go command that is running the tests.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	if root := os.Getenv("GOROOT"); root != "" {
		return filepath.Join(root, "bin", "go")
	}
	return "go"
}

// needTmux skips the test when tmux is missing, except in CI, where the
// end-to-end tests must run: .ci/run installs tmux.
func needTmux(t *testing.T) {
	t.Helper()
	if tmuxPath != "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatal("tmux is not installed, and CI is set: the end-to-end tests must run in CI (.ci/run installs tmux)")
	}
	t.Skip("tmux is not installed; the end-to-end tests need it")
}

// launch says how to start parallax in a pane.
type launch struct {
	W, H   int
	Args   []string // parallax's arguments
	Env    []string // KEY=VALUE for parallax; TERM is xterm-256color unless set here
	Stdout string   // file in the term's directory for standard output; "" is the terminal
	Stderr string   // same for standard error
	Stdin  string   // file parallax reads as standard input; "" is the terminal
	Dir    string   // directory parallax runs in; "" is the term's own
	// JobControl runs parallax as a job-control shell does, in a process
	// group of its own in the terminal's foreground, so that it can be
	// stopped (the pane's own group is orphaned: stop signals are dropped).
	JobControl bool
}

// term is one tmux server with one pane running parallax.
type term struct {
	t      *testing.T
	sock   string // private tmux socket name (tmux -L)
	dir    string // run.sh, the gate, pid, code, stty.*, raw.log and redirects
	target string // the pane
}

// knownTitle is the pane title set before parallax starts.
const knownTitle = "e2e-known-title"

// beforeLine is what the shell prints just before parallax starts; it must
// be on the screen again after parallax leaves the alternate screen.
const beforeLine = "e2e: the shell, before parallax"

// start runs parallax in a new private tmux server and returns when it has
// been started (not when it has drawn: use WaitFor).
func start(t *testing.T, l launch) *term {
	t.Helper()
	needTmux(t)
	tm := &term{
		t:      t,
		sock:   fmt.Sprintf("parallax-e2e-%d-%d", os.Getpid(), sockSeq.Add(1)),
		dir:    t.TempDir(),
		target: "e2e:0.0",
	}
	runDir := l.Dir
	if runDir == "" {
		runDir = tm.dir
	}
	redirect := ""
	if l.Stdout != "" {
		redirect += " >" + shellQuote(filepath.Join(tm.dir, l.Stdout))
	}
	if l.Stderr != "" {
		redirect += " 2>" + shellQuote(filepath.Join(tm.dir, l.Stderr))
	}
	if l.Stdin != "" {
		redirect += " <" + shellQuote(l.Stdin)
	}
	job := ""
	if l.JobControl {
		job = shellQuote(jobctl) + " "
	}
	argv := []string{shellQuote(binary)}
	for _, a := range l.Args {
		argv = append(argv, shellQuote(a))
	}
	// The script stays a second after parallax ends: output tmux has not
	// yet read from the pty when the pane's last process exits is lost
	// (a loaded machine cut a text report short that way), while a real
	// terminal's shell keeps the pty open.
	script := fmt.Sprintf(`while [ ! -e gate ]; do sleep 0.01; done
printf '%%s\n' %s
stty -g > stty.before
(cd %s && exec %ssh -c 'echo $$ > %s; exec "$@"' parallax %s%s)
code=$?
stty -g > stty.after
echo "$code" > code
sleep 1
exit "$code"
`, shellQuote(beforeLine), shellQuote(runDir), job, shellQuote(filepath.Join(tm.dir, "pid")), strings.Join(argv, " "), redirect)
	tm.writeFile("run.sh", script)

	// The pane's environment is exactly this: nothing leaks in from the
	// environment the tests run in (NO_COLOR, COLORTERM, TMUX, …).
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + tm.dir, "LANG=C.UTF-8", "TERM=xterm-256color"}
	env = append(env, l.Env...)
	cmd := "exec env -i"
	for _, e := range env {
		cmd += " " + shellQuote(e)
	}
	cmd += " /bin/sh run.sh"

	t.Cleanup(tm.Close)
	tm.tmux("new-session", "-d", "-x", strconv.Itoa(l.W), "-y", strconv.Itoa(l.H), "-s", "e2e", "-c", tm.dir, cmd)
	tm.tmux("select-pane", "-t", tm.target, "-T", knownTitle)
	tm.tmux("pipe-pane", "-t", tm.target, "cat >> "+shellQuote(filepath.Join(tm.dir, "raw.log")))
	tm.writeFile("gate", "")
	return tm
}

// tmux runs a tmux command on this test's server and returns its output.
func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := tm.tryTmux(args...)
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (tm *term) tryTmux(args ...string) (string, error) {
	full := append([]string{"-L", tm.sock, "-f", tmuxConf, "-u"}, args...)
	cmd := exec.Command(tmuxPath, full...)
	cmd.Env = tmuxEnv()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// tmuxEnv is the tests' environment without what would tie tmux to a
// session the tests run inside, and with the sockets in a directory of
// their own.
func tmuxEnv() []string {
	env := []string{"TMUX_TMPDIR=" + tmuxDir}
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "TMUX=") || strings.HasPrefix(e, "TMUX_PANE=") || strings.HasPrefix(e, "TMUX_TMPDIR=") {
			continue
		}
		env = append(env, e)
	}
	return env
}

// Close kills this test's tmux server and removes its socket; on failure
// it first logs what the pane showed and what parallax wrote to standard
// error.
func (tm *term) Close() {
	if tm.t.Failed() {
		tm.logState()
	}
	sock, _ := tm.tryTmux("display-message", "-p", "#{socket_path}")
	tm.tryTmux("kill-server")
	if sock = strings.TrimSpace(sock); strings.HasPrefix(sock, tmuxDir) {
		os.Remove(sock)
	}
}

// logState logs what helps to see why a test failed: the screen, the
// last bytes parallax wrote, and, if it is still running, the stacks of
// its goroutines (on SIGQUIT parallax restores the terminal and prints them
// to standard error, which the tests that want it redirect to a file; a
// hung reader gets 2 s to end by itself first).
func (tm *term) logState() {
	if out, err := tm.tryTmux("capture-pane", "-p", "-t", tm.target); err == nil {
		tm.t.Logf("last screen:\n%s", frame(out))
	}
	if raw, err := os.ReadFile(filepath.Join(tm.dir, "raw.log")); err == nil {
		if len(raw) > 3000 {
			raw = raw[len(raw)-3000:]
		}
		tm.t.Logf("last bytes written to the terminal:\n%q", raw)
	}
	if st, err := tm.tryTmux("display-message", "-p", "-t", tm.target, "pane_pid=#{pane_pid} dead=#{pane_dead} status=#{pane_dead_status}"); err == nil {
		tm.t.Logf("pane: %s", strings.TrimSpace(st))
		if pid, ok := strings.CutPrefix(strings.Fields(st)[0], "pane_pid="); ok {
			ps, _ := exec.Command("ps", "-s", pid, "-o", "pid,ppid,stat,wchan:24,args").CombinedOutput()
			tm.t.Logf("processes of the pane:\n%s", ps)
		}
	}
	if dead, _ := tm.tryTmux("display-message", "-p", "-t", tm.target, "#{pane_dead}"); strings.TrimSpace(dead) == "0" {
		if pid, err := strconv.Atoi(strings.TrimSpace(tm.File("pid"))); err == nil && syscall.Kill(pid, syscall.SIGQUIT) == nil {
			time.Sleep(2500 * time.Millisecond)
		}
	}
	if b := tm.File("err"); b != "" {
		tm.t.Logf("standard error:\n%s", b)
	}
}

// Send sends keys by tmux name ("j", "Enter", "C-c", "Escape").
func (tm *term) Send(keys ...string) {
	tm.t.Helper()
	tm.tmux(append([]string{"send-keys", "-t", tm.target}, keys...)...)
}

// Type sends text literally, as if typed (or pasted without brackets).
func (tm *term) Type(text string) {
	tm.t.Helper()
	tm.tmux("send-keys", "-t", tm.target, "-l", text)
}

// Screen returns what the pane shows, one string per row.
func (tm *term) Screen() screen {
	tm.t.Helper()
	return toScreen(tm.tmux("capture-pane", "-p", "-t", tm.target))
}

// ScreenSGR returns the pane with its attributes as SGR sequences.
func (tm *term) ScreenSGR() string {
	tm.t.Helper()
	return tm.tmux("capture-pane", "-p", "-e", "-t", tm.target)
}

// WrappedRows counts rows the terminal wrapped because something was
// written past the right edge: a line wider than the pane.
func (tm *term) WrappedRows() int {
	tm.t.Helper()
	plain := toScreen(tm.tmux("capture-pane", "-p", "-t", tm.target))
	joined := toScreen(tm.tmux("capture-pane", "-p", "-J", "-t", tm.target))
	return len(plain) - len(joined)
}

// WaitFor polls the screen until ok holds on a settled screen, and fails the test with the
// last screen if it does not within waitTimeout.
func (tm *term) WaitFor(what string, ok func(screen) bool) screen {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		s := tm.Screen()
		// A screen is taken only once it has settled: the same on a
		// second capture, so that a frame caught while the program was
		// still writing it (the header new, the rows below still the
		// last view's) is never read as the answer.
		if ok(s) && tm.Screen().Text() == s.Text() {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waited %v for %s; pane (%s) shows:\n%s", waitTimeout, what, tm.Format("dead=#{pane_dead} status=#{pane_dead_status}"), s)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// WaitText waits until every one of texts is on the screen.
func (tm *term) WaitText(texts ...string) screen {
	tm.t.Helper()
	return tm.WaitFor(fmt.Sprintf("%q on the screen", texts), func(s screen) bool {
		for _, x := range texts {
			if !s.Has(x) {
				return false
			}
		}
		return true
	})
}

// Resize sets the window (and so the pane) size.
func (tm *term) Resize(w, h int) {
	tm.t.Helper()
	tm.tmux("resize-window", "-t", tm.target, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h))
}

// Title is the pane title, as set by OSC 0/2.
func (tm *term) Title() string {
	tm.t.Helper()
	return tm.Format("#{pane_title}")
}

// Format expands a tmux format for the pane.
func (tm *term) Format(f string) string {
	tm.t.Helper()
	return strings.TrimSuffix(tm.tmux("display-message", "-p", "-t", tm.target, f), "\n")
}

// ExitStatus waits for parallax to end and returns its exit status.
func (tm *term) ExitStatus() int {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	var deadAt time.Time
	for {
		out := tm.tmux("list-panes", "-t", tm.target, "-F", "#{pane_dead} #{pane_dead_status}")
		// The pane is dead when its pty closes, which can be before tmux
		// has collected the exit status: wait for both.
		dead, status, _ := strings.Cut(strings.TrimSpace(out), " ")
		if dead == "1" && status != "" {
			n, err := strconv.Atoi(status)
			if err != nil {
				tm.t.Fatalf("pane_dead_status %q: %v", status, err)
			}
			if code := strings.TrimSpace(tm.File("code")); code != status {
				tm.t.Errorf("tmux says exit status %s, the script saw %q", status, code)
			}
			return n
		}
		if dead == "1" {
			// tmux can miss the SIGCHLD of a pane's process and leave it a
			// zombie, dead but with no status (tmux/tmux#311, where
			// libutempter's handler swallows it): nudge the server.
			if deadAt.IsZero() {
				deadAt = time.Now()
			} else if time.Since(deadAt) > 200*time.Millisecond {
				if pid, err := strconv.Atoi(tm.Format("#{pid}")); err == nil {
					syscall.Kill(pid, syscall.SIGCHLD)
				}
				deadAt = time.Now()
			}
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("parallax still running after %v; the pane shows:\n%s", waitTimeout, tm.Screen())
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Signal sends sig to parallax itself.
func (tm *term) Signal(sig syscall.Signal) {
	tm.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(tm.waitFile("pid")))
	if err != nil {
		tm.t.Fatalf("pid file: %v", err)
	}
	if err := syscall.Kill(pid, sig); err != nil {
		tm.t.Fatalf("kill %d %v: %v", pid, sig, err)
	}
}

// Raw returns every byte parallax (and the script) wrote to the terminal
// so far, once the recording has caught up.
func (tm *term) Raw() []byte {
	tm.t.Helper()
	// pipe-pane's cat can stall mid-stream on a loaded machine, so the log
	// counts as complete only once it has not grown for half a second.
	var last []byte
	still := 0
	for i := 0; i < 200; i++ { // up to ~10 s
		time.Sleep(50 * time.Millisecond)
		b, _ := os.ReadFile(filepath.Join(tm.dir, "raw.log"))
		if i > 0 && bytes.Equal(b, last) {
			if still++; still == 10 {
				return b
			}
			continue
		}
		still, last = 0, b
	}
	return last
}

// File returns a file from the term's directory ("" when it is missing).
func (tm *term) File(name string) string {
	b, _ := os.ReadFile(filepath.Join(tm.dir, name))
	return string(b)
}

// waitFile waits for a file the script writes and returns its contents.
func (tm *term) waitFile(name string) string {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		if b, err := os.ReadFile(filepath.Join(tm.dir, name)); err == nil && len(b) > 0 {
			return string(b)
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s was not written within %v; the pane shows:\n%s", name, waitTimeout, tm.Screen())
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (tm *term) writeFile(name, content string) {
	tm.t.Helper()
	if err := os.WriteFile(filepath.Join(tm.dir, name), []byte(content), 0o755); err != nil {
		tm.t.Fatal(err)
	}
}

// shellQuote quotes s for sh: any byte but NUL survives single quotes.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// screen is what a pane shows, one string per row, trailing blanks trimmed.
type screen []string

func toScreen(out string) screen {
	out = strings.TrimSuffix(out, "\n")
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return screen(lines)
}

func (s screen) String() string { return frame(strings.Join(s, "\n")) }

// frame draws a box edge around a capture so blank rows show in logs.
func frame(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%2d|%s\n", i, l)
	}
	return b.String()
}

// Has reports whether text is on one row of the screen.
func (s screen) Has(text string) bool {
	for _, l := range s {
		if strings.Contains(l, text) {
			return true
		}
	}
	return false
}

// Row returns row i, or "" beyond the screen.
func (s screen) Row(i int) string {
	if i < 0 || i >= len(s) {
		return ""
	}
	return s[i]
}

// marker starts every row of the selected item in the reader.
const marker = "▌"

// Selected returns the selected item's rows (those starting with the
// selection bar), without the bar.
func (s screen) Selected() []string {
	var out []string
	for _, l := range s {
		if rest, ok := strings.CutPrefix(l, marker); ok {
			out = append(out, rest)
		}
	}
	return out
}

// Text is the screen's words joined by single spaces, so a sentence the
// reader wrapped over several rows can be found whole (stacked view).
func (s screen) Text() string {
	var words []string
	for _, l := range s {
		l = strings.TrimPrefix(l, marker)
		words = append(words, strings.Fields(l)...)
	}
	return strings.Join(words, " ")
}

// Scrollback returns the pane's history and screen.
func (tm *term) Scrollback() screen {
	tm.t.Helper()
	return toScreen(tm.tmux("capture-pane", "-p", "-S", "-", "-E", "-", "-t", tm.target))
}

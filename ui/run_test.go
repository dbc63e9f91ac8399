package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/internal/crashtest"
)

// frameWriter collects a program's output and reports its first write.
type frameWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	ready chan struct{}
	once  sync.Once
}

func newFrameWriter() *frameWriter { return &frameWriter{ready: make(chan struct{})} }

func (w *frameWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.once.Do(func() { close(w.ready) })
	return w.buf.Write(p)
}

func (w *frameWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// env returns a getenv over a map.
func env(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

// runTest runs the reader on the fixture with the given input bytes and
// environment, returning Run's error. It fails when Run hangs.
func runTest(t *testing.T, ctx context.Context, input io.Reader, vars map[string]string, wrap func(tea.Model) tea.Model, out io.Writer) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, fixtureComparison(t), Options{}, env(vars), nil, wrap,
			tea.WithInput(input), tea.WithOutput(out), tea.WithWindowSize(100, 30))
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
		return nil
	}
}

// TestRunRecoversPanics injects a panic in Update, View and a Cmd: Run must
// come back with an error wrapping ErrPanic, not crash the process.
func TestRunRecoversPanics(t *testing.T) {
	for _, where := range []string{"update", "view", "cmd"} {
		t.Run(where, func(t *testing.T) {
			err := runTest(t, context.Background(), strings.NewReader("j"), nil, crashtest.Wrapper(where), io.Discard)
			if !errors.Is(err, ErrPanic) {
				t.Fatalf("Run returned %v, want an error wrapping ErrPanic", err)
			}
		})
	}
}

func TestRunQuits(t *testing.T) {
	out := newFrameWriter()
	if err := runTest(t, context.Background(), strings.NewReader("jjq"), nil, nil, out); err != nil {
		t.Fatalf("q: %v", err)
	}
	// The program left the alternate screen it entered.
	s := out.String()
	if !strings.Contains(s, "\x1b[?1049h") || !strings.Contains(s, "\x1b[?1049l") {
		t.Errorf("alternate screen not entered and left: %q", s[max(0, len(s)-200):])
	}
}

// keysAfter is input that holds keys back until out has drawn a frame
// down to its footer ("quit"), so that a q cannot end the program before
// the screen under test was written (on a loaded machine it did).
type keysAfter struct {
	out  *frameWriter
	keys io.Reader
}

func (k keysAfter) Read(p []byte) (int, error) {
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(k.out.String(), "quit") && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	return k.keys.Read(p)
}

func TestRunNoColor(t *testing.T) {
	// A forced true-colour terminal, so colour would be written.
	term := tea.WithEnvironment([]string{"TERM=xterm-256color", "COLORTERM=truecolor", "TTY_FORCE=1"})
	frame := func(vars map[string]string) string {
		out := newFrameWriter()
		err := run(context.Background(), fixtureComparison(t), Options{}, env(vars), nil, nil,
			tea.WithInput(keysAfter{out, strings.NewReader("q")}), tea.WithOutput(out), tea.WithWindowSize(100, 30), term)
		if err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	if s := frame(nil); !strings.Contains(s, "38;2;") {
		t.Fatal("control run wrote no colour; the test proves nothing")
	}
	s := frame(map[string]string{"NO_COLOR": "yes please"}) // any non-empty value
	if strings.Contains(s, "38;2;") || strings.Contains(s, "38;5;") || strings.Contains(s, "[3") && strings.Contains(s, "48;") {
		t.Error("colour written with NO_COLOR set")
	}
	if !strings.Contains(s, "\x1b[1;7m") && !strings.Contains(s, ";7m") && !strings.Contains(s, "[7m") {
		t.Error("reverse video lost with NO_COLOR set")
	}
}

// TestRunMonochromeTerm checks a terminal without colour (TERM=xterm-mono,
// TERM=vt100) gets no colour codes, and keeps reverse video.
func TestRunMonochromeTerm(t *testing.T) {
	for _, name := range []string{"xterm-mono", "vt100"} {
		term := []string{"TERM=" + name, "TTY_FORCE=1"}
		out := newFrameWriter()
		err := run(context.Background(), fixtureComparison(t), Options{}, env(map[string]string{"TERM": name}), nil, nil,
			tea.WithInput(keysAfter{out, strings.NewReader("q")}), tea.WithOutput(out), tea.WithWindowSize(100, 30), tea.WithEnvironment(term))
		if err != nil {
			t.Fatal(err)
		}
		s := out.String()
		if c := colourSGR(s); c != "" {
			t.Errorf("TERM=%s: colour written: %q", name, c)
		}
		if !strings.Contains(s, "7m") {
			t.Errorf("TERM=%s: reverse video lost", name)
		}
	}
}

// colourSGR returns the first SGR sequence in s that sets a colour, or "".
func colourSGR(s string) string {
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			switch n, _ := strconv.Atoi(p); {
			case n >= 30 && n <= 38, n >= 40 && n <= 48, n >= 90 && n <= 97, n >= 100 && n <= 107:
				return m[0]
			}
		}
	}
	return ""
}

func TestRunContextCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := newFrameWriter()
	pr, pw := io.Pipe() // input that never ends
	defer pw.Close()
	go func() {
		<-out.ready
		cancel()
	}()
	if err := runTest(t, ctx, pr, nil, nil, out); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want context.Canceled", err)
	}
}

func TestRunSignal(t *testing.T) {
	out := newFrameWriter()
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		<-out.ready // run has registered its handler by now
		_ = syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	}()
	err := runTest(t, context.Background(), pr, nil, nil, out)
	var se *SignalError
	if !errors.As(err, &se) || se.Signal != syscall.SIGHUP || se.ExitCode() != 129 {
		t.Fatalf("Run returned %v, want SIGHUP with exit code 129", err)
	}
}

// TestRunQuitDump checks SIGQUIT ends the reader like SIGTERM, with the
// goroutines' stacks taken for the caller to print once the terminal is
// back.
func TestRunQuitDump(t *testing.T) {
	out := newFrameWriter()
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		<-out.ready
		_ = syscall.Kill(syscall.Getpid(), syscall.SIGQUIT)
	}()
	err := runTest(t, context.Background(), pr, nil, nil, out)
	var se *SignalError
	if !errors.As(err, &se) || se.Signal != syscall.SIGQUIT || se.ExitCode() != 131 {
		t.Fatalf("Run returned %v, want SIGQUIT with exit code 131", err)
	}
	if !bytes.Contains(se.Dump, []byte("goroutine ")) {
		t.Errorf("no goroutine dump: %q", se.Dump)
	}
}

// TestRunHungUpdate checks a signal ends the reader even when an Update
// never returns: Run gives up on it after the grace period.
func TestRunHungUpdate(t *testing.T) {
	out := newFrameWriter()
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		<-out.ready
		pw.Write([]byte("j"))
		time.Sleep(100 * time.Millisecond)
		_ = syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	}()
	err := runTest(t, context.Background(), pr, nil, crashtest.Wrapper("hang"), out)
	var se *SignalError
	if !errors.As(err, &se) || se.Signal != syscall.SIGTERM {
		t.Fatalf("Run returned %v, want SIGTERM", err)
	}
}

func TestRunNeedsTwoDocuments(t *testing.T) {
	if err := Run(context.Background(), nil, Options{}); err == nil {
		t.Error("Run accepted no comparison")
	}
}

package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/xo/terminfo"

	"github.com/parallax-reader/parallax/corpus"
)

// ErrPanic is wrapped by the error Run returns when the reader panicked.
// Bubble Tea recovered, restored the terminal and printed the stack to
// stderr by then.
var ErrPanic = tea.ErrProgramPanic

// SignalError is returned by Run when a signal (SIGINT, SIGTERM, SIGHUP,
// SIGQUIT, SIGABRT) ended the reader. The terminal has been restored.
type SignalError struct {
	Signal os.Signal
	// Dump holds every goroutine's stack at the moment a SIGQUIT or SIGABRT
	// arrived, for the caller to print once the terminal is back.
	Dump []byte
}

func (e *SignalError) Error() string { return fmt.Sprintf("interrupted by %v", e.Signal) }

// ExitCode is the conventional status for death by this signal: 128 + n.
func (e *SignalError) ExitCode() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// endSignals end the reader.
var endSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGABRT}

// shutdownGrace is how long the reader gets to end by itself after an
// ending signal before the terminal is restored from outside it (an Update
// that never returns cannot restore anything).
const shutdownGrace = 2 * time.Second

// Run opens the reader on the terminal and blocks until the user quits,
// ctx is cancelled, or a signal arrives. The terminal is restored in every
// case, a panic included. NO_COLOR set to any non-empty value turns colour
// off, as does opts.NoColor or a monochrome terminal (TERM=vt100).
func Run(ctx context.Context, c *corpus.Comparison, opts Options) error {
	tty, err := openTerminal()
	if err != nil {
		return err
	}
	defer tty.close()
	return run(ctx, c, opts, os.Getenv, tty, buildHooks(os.Getenv), tea.WithInput(tty.in))
}

// run is Run with the environment, the terminal (nil when not on one), a
// wrapper of the model (nil: none; tests and the end-to-end build inject
// faults with it) and extra program options given, for tests (which pass
// their own input and output).
func run(ctx context.Context, c *corpus.Comparison, opts Options, getenv func(string) string, tty *terminal, wrap func(tea.Model) tea.Model, extra ...tea.ProgramOption) error {
	if c == nil || len(c.Documents) < 2 {
		return errors.New("the reader needs at least two documents")
	}
	build := func(_ context.Context, opts Options) tea.Model { return New(c, opts) }
	return runModel(ctx, build, opts, getenv, tty, wrap, extra...)
}

// RunJob opens the reader at once on a loading screen while job runs (in
// a tea.Cmd), then on the comparison it gives. It returns job's error, if
// it failed, once the terminal is restored; nil when the user quit, during
// the loading too (the job's context is canceled then); and what Run
// returns otherwise.
func RunJob(ctx context.Context, job Job, opts Options) error {
	tty, err := openTerminal()
	if err != nil {
		return err
	}
	defer tty.close()
	var feed *jobFeed
	build := func(ctx context.Context, opts Options) tea.Model {
		feed = newJobFeed(ctx)
		return NewLoading(job, feed, opts)
	}
	err = runModel(ctx, build, opts, os.Getenv, tty, buildHooks(os.Getenv), tea.WithInput(tty.in))
	if feed == nil {
		return err
	}
	feed.cancel()
	if err != nil {
		return err
	}
	if out := feed.outcome(); out != nil && out.err != nil && !feed.userCanceled.Load() {
		return out.err
	}
	return nil
}

// runModel runs the program on the model build returns, given the
// program's context (canceled by an ending signal) and the options.
func runModel(ctx context.Context, build func(context.Context, Options) tea.Model, opts Options, getenv func(string) string, tty *terminal, wrap func(tea.Model) tea.Model, extra ...tea.ProgramOption) error {
	if getenv("NO_COLOR") != "" || monochrome(getenv("TERM")) {
		opts.NoColor = true
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Bubble Tea's own handler turns SIGTERM into a normal quit and lets
	// SIGQUIT kill the process with the terminal raw; handle the signals
	// here instead so the terminal comes back and the exit status can say
	// what happened.
	ends := make(chan os.Signal, 1)
	signal.Notify(ends, endSignals...)
	defer signal.Stop(ends)
	var got atomic.Pointer[SignalError]
	done := make(chan struct{})
	defer close(done)
	stuck := make(chan struct{})
	go func() {
		select {
		case s := <-ends:
			e := &SignalError{Signal: s}
			if s == syscall.SIGQUIT || s == syscall.SIGABRT {
				e.Dump = stacks()
			}
			got.Store(e)
			cancel()
		case <-done:
			return
		}
		select {
		case <-time.After(shutdownGrace):
			close(stuck)
		case <-done:
		}
	}()

	sus := newSuspender(tty)
	defer sus.stop()

	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler(),
		tea.WithFilter(filter(tty, sus))}
	if opts.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	popts = append(popts, extra...)
	model := build(ctx, opts)
	if wrap != nil {
		model = wrap(model)
	}
	p := tea.NewProgram(model, popts...)
	sus.start(p)

	res := make(chan error, 1)
	go func() {
		_, err := p.Run()
		res <- err
	}()
	var err error
	select {
	case err = <-res:
	case <-stuck:
		tty.restore()
		return got.Load()
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, tea.ErrProgramPanic):
		return fmt.Errorf("the reader crashed (terminal restored): %w", err)
	case errors.Is(err, tea.ErrProgramKilled) && got.Load() != nil:
		return got.Load()
	case errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil:
		return context.Cause(ctx)
	}
	return err
}

// stacks returns the stacks of all goroutines, as the Go runtime prints
// them on SIGQUIT.
func stacks() []byte {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) || len(buf) >= 64<<20 {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// filter is the program's message filter. It keeps the reader's idea of
// the terminal's size true (a size report typed or pasted into the
// terminal, "ESC[8;1;1t", arrives as a WindowSizeMsg: the terminal's real
// size replaces it) and suspends (see suspender).
func filter(tty *terminal, sus *suspender) func(tea.Model, tea.Msg) tea.Msg {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		sus.arm()
		switch msg := msg.(type) {
		case tea.WindowSizeMsg:
			if w, h, ok := tty.size(); ok && (w != msg.Width || h != msg.Height) {
				return tea.WindowSizeMsg{Width: w, Height: h}
			}
		case tea.SuspendMsg:
			sus.suspend()
			return nil
		}
		return msg
	}
}

// suspender turns SIGTSTP, SIGTTOU and SIGTTIN from outside (kill -TSTP)
// and ctrl+z (a tea.SuspendMsg) into one suspend: restore the terminal,
// stop as a shell job, and on SIGCONT take the terminal back and redraw,
// as Bubble Tea's own suspend does. The reader does it itself because
// Bubble Tea stops with SIGTSTP, which a Go program that catches SIGTSTP
// can no longer be stopped by. The signals are caught from the first
// message on, so that a reader started in the background still stops (by
// the kernel's default SIGTTOU) when it first sets the terminal's modes.
type suspender struct {
	sigs    chan os.Signal
	done    chan struct{}
	armed   atomic.Bool
	ignored bool // job control signals were ignored when the reader started: never suspend
	tty     *terminal
	p       *tea.Program
}

func newSuspender(tty *terminal) *suspender {
	return &suspender{sigs: make(chan os.Signal, 1), done: make(chan struct{}), ignored: stopIgnored() || tty == nil, tty: tty}
}

// start forwards the stop signals to p as suspend requests.
func (s *suspender) start(p *tea.Program) {
	s.p = p
	go func() {
		for {
			select {
			case <-s.sigs:
				p.Send(tea.SuspendMsg{})
			case <-s.done:
				return
			}
		}
	}()
}

// arm catches the stop signals; the filter calls it on every message.
func (s *suspender) arm() {
	if !s.ignored && !s.armed.Swap(true) {
		signal.Notify(s.sigs, stopSignals...)
	}
}

// suspend runs in the event loop (from the filter): nothing else touches
// the terminal meanwhile.
func (s *suspender) suspend() {
	if s.ignored || s.p == nil {
		return
	}
	if err := s.p.ReleaseTerminal(); err != nil {
		return
	}
	stopUntilForeground(s.tty)
	// Stop signals that came while stopping asked for this same suspend.
	for len(s.sigs) > 0 {
		<-s.sigs
	}
	_ = s.p.RestoreTerminal()
	go s.p.Send(tea.ResumeMsg{})
}

func (s *suspender) stop() {
	signal.Stop(s.sigs)
	close(s.done)
}

// terminal is the reader's terminal: input (guarded against unterminated
// pastes), output, and the modes it had before the reader started, to
// restore from outside Bubble Tea if the reader hangs.
type terminal struct {
	in     *pasteGuard
	out    *os.File
	state  *term.State
	opened bool // in was opened here (/dev/tty) and is closed at the end
}

// openTerminal finds the terminal: standard input when it is one, else
// /dev/tty (standard input then holds an article).
func openTerminal() (*terminal, error) {
	t := &terminal{out: os.Stdout}
	in := os.Stdin
	if !term.IsTerminal(in.Fd()) {
		tin, tout, err := tea.OpenTTY()
		if err != nil {
			return nil, err
		}
		// On Unix both are one file, /dev/tty opened read-write:
		// closing the output would close the input too.
		if tout != tin {
			tout.Close()
		}
		in, t.opened = tin, true
	}
	t.in = &pasteGuard{File: in}
	t.state, _ = term.GetState(in.Fd())
	return t, nil
}

func (t *terminal) close() {
	if t != nil && t.opened {
		t.in.Close()
	}
}

// size returns the terminal's real size.
func (t *terminal) size() (w, h int, ok bool) {
	if t == nil || t.out == nil {
		return 0, 0, false
	}
	w, h, err := term.GetSize(t.out.Fd())
	return w, h, err == nil && w > 0 && h > 0
}

// resetModes turns off everything the reader turns on: modifyOtherKeys,
// kitty keyboard flags, the alternate screen, a hidden cursor, bracketed
// paste, focus reports and every mouse mode.
const resetModes = "\x1b[>4m\x1b[<u\x1b[?1049l\x1b[?25h\x1b[?2004l\x1b[?1004l\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l"

// restore puts the terminal back as it was from outside Bubble Tea.
func (t *terminal) restore() {
	if t == nil {
		return
	}
	if t.out != nil && term.IsTerminal(t.out.Fd()) {
		_, _ = t.out.WriteString(resetModes)
	}
	if t.state != nil {
		_ = term.Restore(t.in.Fd(), t.state)
	}
}

// monochrome reports whether the terminal named by TERM shows no colour:
// its terminfo entry gives fewer than 8 colours (xterm-mono, vt100), or,
// without an entry, its name says so.
func monochrome(name string) bool {
	if name == "" || name == "dumb" {
		return false // no reader there; the colour profile handles it
	}
	if ti, err := terminfo.Load(name); err == nil {
		return ti.Nums[terminfo.MaxColors] < 8
	}
	return strings.HasSuffix(name, "-mono") || strings.HasSuffix(name, "-m") ||
		len(name) > 2 && strings.HasPrefix(name, "vt") && name[2] >= '0' && name[2] <= '9'
}

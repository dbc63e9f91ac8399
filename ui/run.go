package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/parallax-reader/parallax/corpus"
)

// ErrPanic is wrapped by the error Run returns when the reader panicked.
// Bubble Tea recovered, restored the terminal and printed the stack to
// stderr by then.
var ErrPanic = tea.ErrProgramPanic

// SignalError is returned by Run when a signal (SIGINT, SIGTERM, SIGHUP)
// ended the reader. The terminal has been restored.
type SignalError struct {
	Signal os.Signal
}

func (e *SignalError) Error() string { return fmt.Sprintf("interrupted by %v", e.Signal) }

// ExitCode is the conventional status for death by this signal: 128 + n.
func (e *SignalError) ExitCode() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// Run opens the reader on the terminal and blocks until the user quits,
// ctx is cancelled, or a signal arrives. The terminal is restored in every
// case, a panic included. NO_COLOR set to any non-empty value turns colour
// off, as does opts.NoColor.
func Run(ctx context.Context, c *corpus.Comparison, opts Options) error {
	return run(ctx, c, opts, os.Getenv, buildHooks(os.Getenv))
}

// run is Run with the environment, a wrapper of the model (nil: none; tests
// and the end-to-end build inject faults with it) and extra program options
// given, for tests (which pass their own input and output).
func run(ctx context.Context, c *corpus.Comparison, opts Options, getenv func(string) string, wrap func(tea.Model) tea.Model, extra ...tea.ProgramOption) error {
	if c == nil || len(c.Documents) < 2 {
		return errors.New("the reader needs at least two documents")
	}
	if getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Bubble Tea's own handler turns SIGTERM into a normal quit; handle the
	// signals here instead so the exit status can say what happened.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	var got atomic.Value // os.Signal
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case s := <-sigs:
			got.Store(s)
			cancel()
		case <-done:
		}
	}()

	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if opts.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	popts = append(popts, extra...)
	var model tea.Model = New(c, opts)
	if wrap != nil {
		model = wrap(model)
	}
	p := tea.NewProgram(model, popts...)
	_, err := p.Run()
	switch {
	case err == nil:
		return nil
	case errors.Is(err, tea.ErrProgramPanic):
		return fmt.Errorf("the reader crashed (terminal restored): %w", err)
	case errors.Is(err, tea.ErrProgramKilled) && got.Load() != nil:
		return &SignalError{Signal: got.Load().(os.Signal)}
	case errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil:
		return context.Cause(ctx)
	}
	return err
}

package ui

// The loading screen: while main's Job reads files, fetches pages and runs
// the analysis (all in tea.Cmds), the root shows this pane, one row per
// source with its state, and a line for the analysis. The Job's progress
// reaches the program through a channel that a Cmd waits on, a batch of
// events at a time; when the Job returns, the root swaps this pane for the
// reader (or quits, and RunJob returns the Job's error). q and ctrl+c
// cancel the Job's context and quit.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// Stage is where a source is, as the loading screen draws it.
type Stage int

// The stages of a source (and of the analysis, Progress.Index -1).
const (
	StageQueued  Stage = iota // waiting its turn: a dot
	StageWorking              // fetching, reading, extracting, analysing: a spinner
	StageDone                 // a check mark
	StageFailed               // a cross
)

// Progress is news of one source of a Job, or with Index -1 of the
// analysis of them all.
type Progress struct {
	Index  int    // the source's position in Job.Names, or -1
	Stage  Stage  // what to draw before it
	Status string // what it is doing, in words: "fetching…", "done: 12.3 KiB", "failed: timed out"
}

// Loaded is what a Job gives the reader: the comparison, the survey's
// facts when the Job kept them (corpus.CompareWith; else the overview
// reads them again), and the sources left out of it with why ("name:
// reason", for the footer).
type Loaded struct {
	Comparison *corpus.Comparison
	Facts      *corpus.SurveyFacts
	Failed     []string
}

// Job is the work the loading screen waits on. Run is called once, in a
// tea.Cmd, with a context canceled when the user quits; it reports
// progress (progress is safe to call from any goroutine, and returns at
// once) and returns the comparison, or an error that ends the program
// (RunJob returns it).
type Job struct {
	Names []string // the sources, one row each, in order
	Run   func(ctx context.Context, progress func(Progress)) (Loaded, error)
}

// loadState is the loading screen's data: a row per source and the
// analysis line.
type loadState struct {
	names    []string
	rows     []Progress // rows[i] for names[i]
	analysis Progress   // Index -1; Status "" until analysis starts
}

// apply takes in one event.
func (s *loadState) apply(p Progress) {
	switch {
	case p.Index == -1:
		s.analysis = p
	case p.Index >= 0 && p.Index < len(s.rows):
		s.rows[p.Index] = p
	}
}

// progressMsg carries the events that arrived since the last one.
type progressMsg []Progress

// loadedMsg is the Job's end.
type loadedMsg struct {
	loaded Loaded
	err    error
}

// jobFeed carries a running Job's events to the program.
type jobFeed struct {
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	queue  []Progress
	ready  chan struct{} // has a value when queue is not empty
	done   chan struct{} // closed when the Job returns
	result *loadedMsg    // the Job's end, for RunJob once the program is over

	userCanceled atomic.Bool // the user quit before the Job's end
}

// newJobFeed returns a feed whose context is a child of ctx.
func newJobFeed(ctx context.Context) *jobFeed {
	ctx, cancel := context.WithCancel(ctx)
	return &jobFeed{ctx: ctx, cancel: cancel, ready: make(chan struct{}, 1), done: make(chan struct{})}
}

// push queues an event; it never blocks.
func (f *jobFeed) push(p Progress) {
	f.mu.Lock()
	f.queue = append(f.queue, p)
	f.mu.Unlock()
	select {
	case f.ready <- struct{}{}:
	default:
	}
}

// wait is a Cmd returning the next batch of events, or nil once the Job
// has returned or its context is done.
func (f *jobFeed) wait() tea.Msg {
	select {
	case <-f.ready:
	case <-f.done:
	case <-f.ctx.Done():
	}
	f.mu.Lock()
	batch := f.queue
	f.queue = nil
	f.mu.Unlock()
	if len(batch) == 0 && (f.ctx.Err() != nil || f.isDone()) {
		return nil
	}
	return progressMsg(batch)
}

// isDone reports whether the Job has returned.
func (f *jobFeed) isDone() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

// start is a Cmd running the Job.
func (f *jobFeed) start(job Job) tea.Cmd {
	return func() tea.Msg {
		l, err := Loaded{}, errors.New("nothing to load")
		if job.Run != nil {
			l, err = job.Run(f.ctx, f.push)
		}
		msg := loadedMsg{loaded: l, err: err}
		f.mu.Lock()
		f.result = &msg
		f.mu.Unlock()
		close(f.done)
		return msg
	}
}

// outcome returns the Job's end, if it came.
func (f *jobFeed) outcome() *loadedMsg {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.result
}

// loadingPane is the loading screen. It keeps to the pane contract.
type loadingPane struct {
	state   loadState
	spin    spinner.Model
	styles  *Styles
	keys    KeyMap
	width   int
	height  int
	feed    *jobFeed
	job     Job
	started bool
}

// newLoading returns the pane for job, whose work runs under feed.
func newLoading(job Job, feed *jobFeed, st *Styles, keys KeyMap) loadingPane {
	rows := make([]Progress, len(job.Names))
	for i := range rows {
		rows[i] = Progress{Index: i, Stage: StageQueued, Status: "queued"}
	}
	return loadingPane{
		state:  loadState{names: job.Names, rows: rows, analysis: Progress{Index: -1}},
		spin:   spinner.New(spinner.WithSpinner(spinner.MiniDot)),
		styles: st, keys: keys, feed: feed, job: job,
	}
}

// Init starts the spinner, the Job and the wait for its first events.
func (p loadingPane) Init() tea.Cmd {
	return tea.Batch(p.spin.Tick, p.feed.start(p.job), p.feed.wait)
}

// SetSize sets the pane's size.
func (p *loadingPane) SetSize(w, h int) { p.width, p.height = max(0, w), max(0, h) }

// SetStyles sets the styles.
func (p *loadingPane) SetStyles(st *Styles) { p.styles = st }

// Cancel stops the Job's work: fetches in flight end.
func (p *loadingPane) Cancel() {
	p.feed.userCanceled.Store(true)
	p.feed.cancel()
}

// Update takes in the Job's events and the spinner's ticks.
func (p loadingPane) Update(msg tea.Msg) (loadingPane, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		if p.feed == nil {
			return p, nil
		}
		for _, ev := range msg {
			p.state.apply(ev)
		}
		return p, p.feed.wait
	case spinner.TickMsg:
		var cmd tea.Cmd
		p.spin, cmd = p.spin.Update(msg)
		return p, cmd
	}
	return p, nil
}

// View draws the pane.
func (p loadingPane) View() string {
	return loadingView(&p.state, p.spin.View(), p.styles, p.width, p.height)
}

// ShortHelp is the pane's keys for the footer.
func (p loadingPane) ShortHelp() []key.Binding { return []key.Binding{p.keys.Cancel} }

// FullHelp is the pane's keys for the help.
func (p loadingPane) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// The root's part: keys, the swap to the reader, and the frame.

// loadingKey handles a key on the loading screen: cancel, suspend, or
// nothing.
func (m Model) loadingKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.loading.Cancel()
		return m, tea.Quit
	case key.Matches(msg, m.keys.Suspend):
		return m, tea.Suspend
	}
	return m, nil
}

// loaded opens the reader on the Job's comparison, at the size and theme
// of the loading screen, naming in the footer the sources left out; a Job
// that failed ends the program (RunJob returns its error).
func (m Model) loaded(msg loadedMsg) (tea.Model, tea.Cmd) {
	c := msg.loaded.Comparison
	if msg.err != nil || c == nil || len(c.Documents) < 2 {
		return m, tea.Quit
	}
	n := newWith(c, msg.loaded.Facts, m.opts)
	n.setTheme(m.styles.dark)
	n.resize(m.width, m.height)
	if f := msg.loaded.Failed; len(f) > 0 {
		n.status = fmt.Sprintf("left out %d of %d sources: %s", len(f), len(f)+len(c.Documents), strings.Join(f, "; "))
	}
	return n, n.Init()
}

// loadingFrame draws the loading screen: a title line, the pane, and the
// key to cancel.
func (m Model) loadingFrame() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	title := m.styles.AppName.Paint("parallax") + m.styles.Faint.Paint(fmt.Sprintf(" · loading %d sources", len(m.loading.state.names)))
	footer := truncate(" "+m.help.ShortHelpView(m.loading.ShortHelp()), w)
	if h < 3 {
		return m.loading.View()
	}
	return truncate(title, w) + "\n" + m.loading.View() + "\n" + footer
}

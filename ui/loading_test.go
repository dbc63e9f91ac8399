package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/parallax-reader/parallax/corpus"
)

// loadingModel is the loading screen for names at w×h, its Job blocked
// until release is closed, then giving c (or err).
func loadingModel(t testing.TB, names []string, w, h int) (Model, *jobFeed) {
	t.Helper()
	feed := newJobFeed(context.Background())
	job := Job{Names: names, Run: func(ctx context.Context, progress func(Progress)) (Loaded, error) {
		<-ctx.Done()
		return Loaded{}, ctx.Err()
	}}
	m := NewLoading(job, feed, Options{})
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model), feed
}

// loadingNames are sources with a hostile name among them.
var loadingNames = []string{
	"https://gazette.example/world/2024/03/22/concert-hall-attack-near-moscow",
	"notes/herald.txt",
	"https://tribune.example/a?id=7\x1b]0;pwned\a\u202e",
	"https://slow.example/",
	"saved/",
}

// loadingEvents bring every state on screen, and the analysis line.
var loadingEvents = progressMsg{
	{Index: 0, Stage: StageDone, Status: "done: 12.3 KiB, 14 passages, cached 2024-03-23 09:30 UTC"},
	{Index: 1, Stage: StageDone, Status: "done: 3.1 KiB"},
	{Index: 2, Stage: StageFailed, Status: "failed: HTTP error: 404 Not Found\x1b[2J"},
	{Index: 3, Stage: StageWorking, Status: "fetching…"},
	{Index: -1, Stage: StageWorking, Status: "analysing 3 articles…"},
	{Index: 99, Stage: StageDone, Status: "ignored: out of range"},
}

// TestLoadingGolden draws the loading screen at several sizes: no line
// wider than the terminal, no control from a name or a status live.
func TestLoadingGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		opts Options
	}{
		{name: "120x20", w: 120, h: 20},
		{name: "60x12", w: 60, h: 12},
		{name: "40x6", w: 40, h: 6},
		{name: "12x3", w: 12, h: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := loadingModel(t, loadingNames, tc.w, tc.h)
			next, _ := m.Update(loadingEvents)
			m = next.(Model)
			assertFrame(t, m, tc.w, tc.h)
			golden.RequireEqual(t, screen(m))
		})
	}
}

// TestLoadingStates follows one source through its states by direct
// Update calls.
func TestLoadingStates(t *testing.T) {
	m, _ := loadingModel(t, []string{"https://a.example/", "b.txt"}, 80, 10)
	if s := screen(m); !strings.Contains(s, "loading 2 sources") || strings.Count(s, "queued") != 2 || !strings.Contains(s, "q cancel") {
		t.Fatalf("first frame:\n%s", s)
	}
	for _, ev := range []Progress{
		{Index: 0, Stage: StageWorking, Status: "fetching…"},
		{Index: 0, Stage: StageWorking, Status: "extracting…"},
		{Index: 0, Stage: StageDone, Status: "done: 4.0 KiB"},
	} {
		next, cmd := m.Update(progressMsg{ev})
		m = next.(Model)
		if cmd == nil {
			t.Fatal("no Cmd to wait for the next events")
		}
		if s := screen(m); !strings.Contains(s, ev.Status) {
			t.Errorf("after %q:\n%s", ev.Status, s)
		}
	}
}

// TestLoadingOpensReader: the Job's comparison replaces the loading screen
// with the reader at the same size, the footer naming what was left out.
func TestLoadingOpensReader(t *testing.T) {
	m, _ := loadingModel(t, []string{"a", "b", "c"}, 100, 30)
	next, cmd := m.Update(loadedMsg{loaded: Loaded{Comparison: fixtureComparison(t), Failed: []string{"c: HTTP error: 404 Not Found"}}})
	r, ok := next.(Model)
	if !ok || r.focus != focusReader || cmd == nil {
		t.Fatalf("not the reader: focus %v", r.focus)
	}
	assertFrame(t, r, 100, 30)
	lines := strings.Split(screen(r), "\n")
	if foot := lines[len(lines)-1]; !strings.Contains(foot, "left out 1 of 3 sources: c: HTTP error: 404") {
		t.Errorf("footer %q should name the source left out", foot)
	}
	// Events and ticks that were on their way are harmless now.
	next, _ = r.Update(progressMsg{{Index: 0, Stage: StageDone}})
	if next.(Model).focus != focusReader {
		t.Error("a late event left the reader")
	}
}

// TestLoadingCancel: q cancels the Job's context and quits; a Job that
// fails quits too, for RunJob to return its error.
func TestLoadingCancel(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c", "esc"} {
		m, feed := loadingModel(t, []string{"a", "b"}, 80, 10)
		msg := press(k)
		if k == "ctrl+c" {
			msg = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
		}
		_, cmd := m.Update(msg)
		if cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s: no quit", k)
		}
		if feed.ctx.Err() == nil || !feed.userCanceled.Load() {
			t.Errorf("%s: the Job's context is not canceled", k)
		}
	}
	m, _ := loadingModel(t, []string{"a", "b"}, 80, 10)
	if _, cmd := m.Update(loadedMsg{err: errors.New("a: timed out")}); cmd == nil || cmd() != tea.Quit() {
		t.Error("a failed Job does not quit")
	}
}

// TestJobFeed runs a Job through its feed as the program would: events
// arrive in batches, in order, then the end.
func TestJobFeed(t *testing.T) {
	feed := newJobFeed(context.Background())
	job := Job{Names: []string{"a", "b"}, Run: func(ctx context.Context, progress func(Progress)) (Loaded, error) {
		progress(Progress{Index: 0, Stage: StageWorking, Status: "fetching…"})
		progress(Progress{Index: 0, Stage: StageDone, Status: "done"})
		return Loaded{Failed: []string{"b"}}, nil
	}}
	end := feed.start(job)().(loadedMsg)
	if end.err != nil || len(end.loaded.Failed) != 1 || feed.outcome() == nil {
		t.Fatalf("end %+v", end)
	}
	got, ok := feed.wait().(progressMsg)
	if !ok || len(got) != 2 || got[1].Status != "done" {
		t.Fatalf("events %+v", got)
	}
	if msg := feed.wait(); msg != nil {
		t.Errorf("after the end, wait gave %v", msg)
	}
}

// BenchmarkLoadingFirstFrame is the work between start and the first frame
// on the loading screen: build the model, take the terminal's size, draw.
func BenchmarkLoadingFirstFrame(b *testing.B) {
	names := make([]string, 20)
	for i := range names {
		names[i] = "https://example.com/news/2024/03/22/story-" + strings.Repeat("x", i)
	}
	job := Job{Names: names, Run: func(ctx context.Context, _ func(Progress)) (Loaded, error) { return Loaded{}, nil }}
	for b.Loop() {
		m := NewLoading(job, newJobFeed(context.Background()), Options{})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = next.(Model).View()
	}
}

// TestSourceLabelHostile: a page's metadata reaches the header through
// safeInline even if the engine's sanitiser were bypassed.
func TestSourceLabelHostile(t *testing.T) {
	st := newStyles(true, false)
	d := &corpus.Document{Name: "https://x.example/\x1b[2J", Meta: &corpus.SourceMeta{
		Site: "Evil\x1b]0;pwned\a\u202e", Published: time.Date(2024, 3, 22, 0, 0, 0, 0, time.UTC), FromCache: true,
		FetchedAt: time.Date(2024, 3, 23, 9, 30, 0, 0, time.UTC)}}
	got := ansi.Strip(sourceLabel(sourceNames(&corpus.Comparison{Documents: []*corpus.Document{d}})[0], d, &st))
	if strings.ContainsAny(got, "\x1b\a\u202e") {
		t.Errorf("label carries a control: %q", got)
	}
	if !strings.Contains(got, "2024-03-22 · cached 2024-03-23 09:30") {
		t.Errorf("label %q", got)
	}
}

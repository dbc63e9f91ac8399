package ui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
)

// settle sends msg to m and runs what it returns, Cmd after Cmd, taking in
// the highlights, pairs and search results they bring, as a running
// program would once its Cmds are done.
func settle(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch r := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, r...)
		case marksMsg, pairMsg, searchResultsMsg:
			next, cmd = m.Update(r)
			m = next.(Model)
			queue = append(queue, cmd)
		}
	}
	return m
}

// marksIn runs cmd (a Cmd or a batch of them) and returns the marksMsg
// it gives.
func marksIn(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	switch msg := cmd().(type) {
	case marksMsg:
		return msg
	case tea.BatchMsg:
		for _, c := range msg {
			if r, ok := c().(marksMsg); ok {
				return r
			}
		}
	}
	t.Fatal("no Cmd asks for the highlights of the rows on screen")
	return nil
}

// fiveSrcs reads the five accounts of issue 11 (testdata/five), named by
// file.
func fiveSrcs(t *testing.T) []corpus.Source {
	t.Helper()
	names, err := filepath.Glob("../testdata/five/*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("want five articles in ../testdata/five: %v %v", names, err)
	}
	var srcs []corpus.Source
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, corpus.Source{Name: filepath.Base(n), Data: b})
	}
	return srcs
}

// lazyFive compares the five accounts twice: with the highlights, and
// without them (corpus.Options.LazyMarks), returning the Marker.
func lazyFive(t *testing.T) (eager, lazy *corpus.Comparison, mk *corpus.Marker) {
	t.Helper()
	srcs := fiveSrcs(t)
	eager, _, err := corpus.CompareWith(srcs, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lazy, facts, err := corpus.CompareWith(srcs, corpus.Options{LazyMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	return eager, lazy, facts.Marker()
}

// TestLazyMarksDrawnLate guards the reader over a comparison without
// highlights (the Job's, corpus.Options.LazyMarks): a key or a resize
// answers at once with the rows drawn plain, and asks for their
// highlights in a Cmd; once that has answered, the screen is byte for
// byte the one drawn from a comparison that kept them — in the list, after
// scrolling and moving to another pair, and in the detail.
func TestLazyMarksDrawnLate(t *testing.T) {
	eager, lazy, mk := lazyFive(t)
	opts := Options{PairFirst: true}
	me := sized(eager, opts, 120, 40)
	ml := New(lazy, opts)
	ml.reader.marker = mk

	// The first frame: plain, with the Cmd that brings the marks.
	next, cmd := ml.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	ml = next.(Model)
	plain := ml.View().Content
	if cmd == nil {
		t.Fatal("no Cmd asks for the highlights of the rows on screen")
	}
	if plain == me.View().Content {
		t.Fatal("the rows are highlighted before the Marker answered: the test tests nothing")
	}
	if ansi.Strip(plain) != ansi.Strip(me.View().Content) {
		t.Fatalf("the plain rows differ in their text:\n%s\n---\n%s", ansi.Strip(plain), ansi.Strip(me.View().Content))
	}
	ml = settle(ml, marksIn(t, cmd))
	if got, want := ml.View().Content, me.View().Content; got != want {
		t.Fatalf("once the highlights arrived, the screen differs:\n%s\n---\n%s", got, want)
	}

	for _, k := range []string{"j", "j", "pgdown", "pgdown", "p", "j", "enter", "j", "esc", "G", "k"} {
		me = step(me, press(k))
		ml = settle(ml, press(k))
		if got, want := ml.View().Content, me.View().Content; got != want {
			t.Fatalf("after %q the screen differs:\n%s\n---\n%s", k, got, want)
		}
	}
	if n := len(ml.reader.pv.marks); n == 0 {
		t.Fatal("no highlights kept with the pair")
	}
}

// TestLazyMarksReachOpenDetail: highlights that arrive while the detail
// shows their row are drawn there too, not only in the list.
func TestLazyMarksReachOpenDetail(t *testing.T) {
	eager, lazy, mk := lazyFive(t)
	opts := Options{PairFirst: true}
	me := keys(sized(eager, opts, 120, 40), "enter")
	ml := New(lazy, opts)
	ml.reader.marker = mk
	next, cmd := ml.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	ml = next.(Model)
	next, _ = ml.Update(press("enter")) // before the highlights arrive
	ml = next.(Model)
	if ml.focus != focusDetail {
		t.Fatal("enter did not open the detail")
	}
	if ml.View().Content == me.View().Content {
		t.Fatal("the detail is highlighted before the Marker answered: the test tests nothing")
	}
	ml = settle(ml, marksIn(t, cmd))
	if got, want := ml.View().Content, me.View().Content; got != want {
		t.Fatalf("once the highlights arrived, the detail differs:\n%s\n---\n%s", got, want)
	}
}

// TestLoadedReaderGetsMarker: the reader the loading screen opens on a
// Job's comparison without highlights (as the Job makes it with three
// sources or more) gets the Job's Marker, and draws the pair view's
// highlights once they arrive — as a comparison that kept them does.
func TestLoadedReaderGetsMarker(t *testing.T) {
	eager, _, _ := lazyFive(t)
	lazy, facts, err := corpus.CompareWith(fiveSrcs(t), corpus.Options{Survey: true, LazyMarks: true})
	if err != nil || facts.Marker() == nil {
		t.Fatalf("no Marker: %v", err)
	}
	m, _ := loadingModel(t, []string{"a", "b", "c", "d", "e"}, 120, 40)
	ml := settle(m, loadedMsg{loaded: Loaded{Comparison: lazy, Facts: facts}})
	me := started(eager, Options{}, 120, 40)
	for _, k := range []string{"o", "j", "pgdown"} {
		me = step(me, press(k))
		ml = settle(ml, press(k))
	}
	if got, want := ml.View().Content, me.View().Content; got != want {
		t.Fatalf("the loaded reader's pair view differs from one that kept its highlights:\n%s\n---\n%s", got, want)
	}
}

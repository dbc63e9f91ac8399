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

// lazyFive compares the five accounts twice: with the highlights, and
// without them (corpus.Options.LazyMarks), returning the Marker.
func lazyFive(t *testing.T) (eager, lazy *corpus.Comparison, mk *corpus.Marker) {
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
	eager, _, err = corpus.CompareWith(srcs, corpus.Options{})
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
	var marks tea.Msg
	switch msg := cmd().(type) {
	case marksMsg:
		marks = msg
	case tea.BatchMsg:
		for _, c := range msg {
			if r, ok := c().(marksMsg); ok {
				marks = r
			}
		}
	}
	if marks == nil {
		t.Fatal("no marksMsg")
	}
	ml = settle(ml, marks)
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

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// TestSizes launches the reader at ordinary and extreme sizes: every
// ordinary one draws a whole frame with no line wider than the pane; every
// tiny one draws the "too small" message as far as it fits, recovers when
// the terminal grows, and still quits on q.
func TestSizes(t *testing.T) {
	t.Parallel()
	for _, sz := range []struct {
		w, h  int
		split bool
	}{{80, 24, false}, {99, 30, false}, {100, 30, true}, {200, 50, true}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: sz.w, H: sz.h})
			s := tm.WaitFor("a whole frame", func(s screen) bool { return isFrame(s, sz.w, sz.h) })
			checkFrame(t, tm, s, sz.w, sz.h)
			if sz.split && !isSplit(s, seedA, seedB) || !sz.split && !isStacked(s, seedA, seedB) {
				t.Errorf("at %d columns want split view %v:\n%s", sz.w, sz.split, s)
			}
			if len(s.Selected()) == 0 {
				t.Errorf("no row is selected:\n%s", s)
			}
			tm.Send("q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("q: exit status %d, want 0", code)
			}
		})
	}
	for _, sz := range []struct {
		w, h int
		want []string // rows of the message that fit (nil: anything)
	}{
		// At 1×1 tmux drops a character written over the only cell with
		// autowrap off, as the renderer does when two frames follow each
		// other there, so the cell may show either frame: ask nothing of it.
		{1, 1, nil},
		{10, 3, []string{"terminal", "too small", "10×3,"}},
		{20, 5, []string{"terminal too small", "20×5, need 40×10", "q: quit"}},
		{39, 40, []string{"terminal too small", "39×40, need 40×10"}},
		{120, 9, []string{"terminal too small", "120×9, need 40×10"}},
	} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: sz.w, H: sz.h, Stderr: "err"})
			tooSmall := func(s screen) bool {
				for i, want := range sz.want {
					if !strings.HasPrefix(s.Row(i), want) {
						return false
					}
				}
				return true
			}
			tm.WaitFor(fmt.Sprintf("the too-small message %q", sz.want), tooSmall)
			// Grow: the reader appears; shrink back: the message again.
			tm.Resize(100, 30)
			s := tm.WaitFor("the reader after growing to 100×30", func(s screen) bool { return isFrame(s, 100, 30) })
			checkFrame(t, tm, s, 100, 30)
			tm.Resize(sz.w, sz.h)
			tm.WaitFor(fmt.Sprintf("the too-small message %q again", sz.want), tooSmall)
			tm.Send("j", "q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("q on the too-small screen: exit status %d, want 0", code)
			}
			if e := tm.File("err"); e != "" {
				t.Errorf("standard error: %s", e)
			}
		})
	}
}

// TestResizeStorm resizes the terminal 100 times as fast as tmux can, over
// sizes from 1×1 to 200×50, and checks the reader survives, settles on a
// frame that is right for the last size (the same header and footer as a
// reader started at that size), and still answers keys.
func TestResizeStorm(t *testing.T) {
	t.Parallel()
	const w, h = 100, 30
	tm := start(t, launch{W: 120, H: 40, Stderr: "err"})
	fresh := start(t, launch{W: w, H: h})
	tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 120, 40) })

	sizes := [][2]int{{1, 1}, {200, 50}, {10, 3}, {80, 24}, {20, 5}, {70, 20}, {39, 9}, {40, 10}, {250, 60}, {99, 30}, {100, 31}, {41, 11}, {160, 45}}
	for i := range 99 {
		sz := sizes[i%len(sizes)]
		tm.Resize(sz[0], sz[1])
	}
	tm.Resize(w, h) // the 100th

	s := tm.WaitFor("a whole 100×30 split frame after the storm", func(s screen) bool {
		return isFrame(s, w, h) && isSplit(s, seedA, seedB)
	})
	checkFrame(t, tm, s, w, h)
	want := fresh.WaitFor("the reader started at 100×30", func(s screen) bool { return isFrame(s, w, h) })
	for i := 0; i < headerRows; i++ {
		if s.Row(i) != want.Row(i) {
			t.Errorf("after the storm header row %d is\n%q\nstarted at this size it is\n%q", i, s.Row(i), want.Row(i))
		}
	}
	if s.Row(h-1) != want.Row(h-1) {
		t.Errorf("after the storm the footer is\n%q\nstarted at this size it is\n%q", s.Row(h-1), want.Row(h-1))
	}
	if len(s.Selected()) == 0 {
		t.Errorf("no row is selected after the storm:\n%s", s)
	}

	// Still answering: help opens and closes, q quits cleanly.
	tm.Send("?")
	tm.WaitText("close help")
	tm.Send("?")
	s = tm.WaitFor("help to close", func(s screen) bool { return !s.Has("close help") && isFrame(s, w, h) })
	checkFrame(t, tm, s, w, h)
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Fatalf("q after the storm: exit status %d, want 0", code)
	}
	checkRestored(t, tm)
	if e := tm.File("err"); e != "" {
		t.Errorf("standard error after the storm: %s", e)
	}
}

package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The embedded sample's two documents.
const (
	seedA = "iran-warning.txt"
	seedB = "us-intelligence.txt"
)

// TestReaderOnSeeds walks the reader as a person first meets it: the split
// view of the sample at 120×40, the jump to the next divergence, a fuzzy
// search for a name, stacked view and back, a shrink below the split
// breakpoint, and quitting back to the shell.
func TestReaderOnSeeds(t *testing.T) {
	t.Parallel()
	tm := start(t, launch{W: 120, H: 40})

	// Split view: both sources named in the header, one over each column.
	s := tm.WaitFor("the split view of the sample", func(s screen) bool {
		return isSplit(s, seedA, seedB) && isFrame(s, 120, 40)
	})
	checkFrame(t, tm, s, 120, 40)
	if tm.Format("#{alternate_on}") != "1" {
		t.Error("the reader is not in the alternate screen")
	}

	// A diverge badge under "Cause and blame" (the two warnings, Iran's
	// and the US's, are a different detail since issue 9, not a
	// divergence): on the first screen, or reached with n (next
	// divergence).
	// Its heading may scroll out of view once it is selected, so the
	// selection is only held to be a divergence.
	if !badgeUnder(s, "≠ diverge", "Cause and blame") {
		s = pressUntil(t, tm, "n", "the selected row is a divergence", func(s screen) bool {
			return strings.Contains(selectedFirst(s), "≠ diverge")
		})
	}
	// n always lands on a divergence (the sample has one: it says so), and
	// N comes back.
	before := selectedFirst(s)
	tm.Send("n")
	tm.WaitFor("n to select the next divergence", func(s screen) bool {
		first := selectedFirst(s)
		return strings.Contains(first, "≠ diverge") && (first != before || s.Has("wrapped around") || s.Has("only diverge row"))
	})
	tm.Send("N")
	tm.WaitFor("N to come back to the first divergence", func(s screen) bool {
		return selectedFirst(s) == before
	})

	// Search: the overlay lists matches as you type; enter (typed before the
	// ranking of the last letters arrives) jumps to a Peskov passage.
	tm.Type("/pesk")
	tm.WaitFor("the search overlay listing matches for pesk", func(s screen) bool {
		return s.Has("/ pesk") && s.Has("found")
	})
	tm.Type("ov")
	tm.Send("Enter")
	s = tm.WaitFor("enter to select a passage naming Peskov", func(s screen) bool {
		return !s.Has("found") && isSplit(s, seedA, seedB) && strings.Contains(strings.Join(s.Selected(), " "), "Peskov")
	})
	checkFrame(t, tm, s, 120, 40)

	// s: stacked view (each source on its own header row, the toggle now
	// offering split view), keeping the selected passage in view; s again:
	// split view.
	tm.Send("s")
	s = tm.WaitFor("s to switch to the stacked view", func(s screen) bool {
		return isStacked(s, seedA, seedB) && s.Has("s split view")
	})
	checkFrame(t, tm, s, 120, 40)
	if sel := strings.Join(s.Selected(), " "); !strings.Contains(sel, "Peskov") {
		t.Errorf("stacked view lost the selected Peskov passage; selected rows: %q", s.Selected())
	}
	tm.Send("s")
	s = tm.WaitFor("s to switch back to the split view", func(s screen) bool {
		return isSplit(s, seedA, seedB) && s.Has("s stacked view")
	})
	checkFrame(t, tm, s, 120, 40)

	// Too narrow for split view: stacked, and s says why it cannot split.
	tm.Resize(70, 20)
	s = tm.WaitFor("the stacked view at 70×20", func(s screen) bool {
		return isStacked(s, seedA, seedB) && isFrame(s, 70, 20)
	})
	checkFrame(t, tm, s, 70, 20)
	tm.Send("s")
	s = tm.WaitText("split view needs 100 columns")
	if !isStacked(s, seedA, seedB) {
		t.Errorf("s at 70 columns left the stacked view:\n%s", s)
	}

	// q: status 0, and the shell's screen is back.
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Fatalf("q: exit status %d, want 0", code)
	}
	checkRestored(t, tm)
}

// isSplit reports whether the header shows the split view: both sources on
// row 1, one over each column.
func isSplit(s screen, a, b string) bool {
	a, b = shownName(a), shownName(b)
	return strings.Contains(s.Row(1), a) && strings.Contains(s.Row(1), b)
}

// shownName is how the reader names a source given as file name: without
// its extension ("iran-warning" for "iran-warning.txt").
func shownName(name string) string {
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// isStacked reports whether the header shows the stacked view: each source
// on a row of its own.
func isStacked(s screen, a, b string) bool {
	a, b = shownName(a), shownName(b)
	return strings.Contains(s.Row(1), a) && !strings.Contains(s.Row(1), b) && strings.Contains(s.Row(2), b)
}

// headerRows is the height of the reader's header; its last row is a rule
// across the whole width.
const headerRows = 5

// isFrame reports whether s looks like a whole reader frame of w×h: h rows,
// the title on the first, the header rule on the fifth, a footer on the
// last. A line wider than the terminal would push them out of place.
func isFrame(s screen, w, h int) bool {
	return len(s) == h && strings.HasPrefix(s.Row(0), "parallax") &&
		s.Row(headerRows-1) == strings.Repeat("─", w) && strings.TrimSpace(s.Row(h-1)) != ""
}

// checkFrame fails the test unless s is a whole w×h frame with no line
// wider than the pane (none wrapped by the terminal).
func checkFrame(t *testing.T, tm *term, s screen, w, h int) {
	t.Helper()
	if !isFrame(s, w, h) {
		t.Errorf("not a whole %d×%d reader frame (title on row 0, rule on row %d, footer on row %d):\n%s", w, h, headerRows-1, h-1, s)
	}
	for i, l := range s {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("row %d is %d cells wide, the pane %d: %q", i, n, w, l)
		}
	}
	if n := tm.WrappedRows(); n != 0 {
		t.Errorf("%d rows were wider than the %d-column pane and wrapped:\n%s", n, w, s)
	}
}

// heading returns the topic of a body heading row ("  Warnings received  1
// agree · 1 diverge ────"), or "".
func heading(row string) string {
	if !strings.HasPrefix(row, "  ") || !strings.HasSuffix(row, "─") || strings.HasPrefix(row, "   ") {
		return ""
	}
	label, _, _ := strings.Cut(row[2:], "  ")
	return strings.TrimSpace(label)
}

// sectionAt returns the topic heading row i sits under ("" if none shows).
func sectionAt(s screen, i int) string {
	for ; i >= headerRows; i-- {
		if h := heading(s[i]); h != "" {
			return h
		}
	}
	return ""
}

// badgeUnder reports whether a row under the heading topic shows badge.
func badgeUnder(s screen, badge, topic string) bool {
	for i := headerRows; i < len(s)-1; i++ {
		if strings.Contains(s[i], badge) && sectionAt(s, i) == topic {
			return true
		}
	}
	return false
}

// selectedFirst is the first row of the selected item ("" if none shows).
func selectedFirst(s screen) string {
	if sel := s.Selected(); len(sel) > 0 {
		return sel[0]
	}
	return ""
}

// selectedUnder reports whether the selected item sits under topic.
func selectedUnder(s screen, topic string) bool {
	for i, l := range s {
		if strings.HasPrefix(l, marker) {
			return sectionAt(s, i) == topic
		}
	}
	return false
}

// pressUntil presses key (up to 12 times, waiting for the screen to change
// each time) until ok holds.
func pressUntil(t *testing.T, tm *term, key, what string, ok func(screen) bool) screen {
	t.Helper()
	s := tm.Screen()
	for range 12 {
		if ok(s) {
			return s
		}
		prev := s.String()
		tm.Send(key)
		s = tm.WaitFor("the screen to change after "+key, func(s screen) bool { return s.String() != prev })
	}
	if !ok(s) {
		t.Fatalf("pressed %s 12 times and still not %s:\n%s", key, what, s)
	}
	return s
}

// checkRestored fails the test unless the terminal is as the shell left
// it: the alternate screen left, mouse reporting and every other mode
// parallax turned on turned off again, the cursor shown, the shell's line
// still there and nothing of the reader drawn on the main screen, and the
// terminal modes (stty -g) as before parallax started.
func checkRestored(t *testing.T, tm *term) {
	t.Helper()
	if got := tm.Format("alt=#{alternate_on} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}"); got != "alt=0 mouse=00000" {
		t.Errorf("terminal state after exit: %s, want alt=0 mouse=00000", got)
	}
	for _, problem := range modesLeft(tm.Raw()) {
		t.Error(problem)
	}
	// tmux scrolls the screen by a line to print "Pane is dead", so look in
	// the scrollback too.
	s := tm.Scrollback()
	if !s.Has(beforeLine) || s.Has("parallax · ") {
		t.Errorf("after exit the pane should show the shell's screen, and nothing of the reader:\n%s", s)
	}
	before, after := tm.waitFile("stty.before"), tm.waitFile("stty.after")
	if before != after {
		t.Errorf("terminal modes not restored:\nstty -g before: %s\nstty -g after:  %s", before, after)
	}
}

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestManySources walks the reader over five accounts of one ferry
// disaster (testdata/five, written for this test), given by absolute
// path: the overview comes first; enter on a cell opens the right pair
// with that source's passage selected; the pair picker reaches all ten
// pairs; a claim check lists each source's stance; a search left
// active moves between matches with n; and w writes the view where told.
func TestManySources(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../testdata/five/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want five articles in ../testdata/five: %v %v", files, err)
	}
	var names []string
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = abs
		names = append(names, shownName(filepath.Base(f)))
	}
	tm := start(t, launch{W: 120, H: 50, Args: files})

	// The overview first: a column per source, by file name.
	s := tm.WaitFor("the overview of five sources", func(s screen) bool {
		return s.Has("overview") && s.Has("Point") && s.Has("courier") && s.Has("wire") && s.Has("pt1") && isFrame(s, 120, 50)
	})
	checkFrame(t, tm, s, 120, 50)

	// A cell: gazette's column (the second), on a point it covers.
	tm.Send("l")
	// Wait for l to land, so each change below is one j.
	tm.WaitFor("l to select gazette's column", func(s screen) bool {
		return s.Has("gazette is silent") || s.Has("gazette, line")
	})
	desc := regexp.MustCompile(`gazette, line (\d+): [^·]*· (.{20})`)
	var m []string
	for k := 0; k < 12 && m == nil; k++ {
		s = tm.Screen()
		m = desc.FindStringSubmatch(s.Text())
		if m == nil {
			tm.Send("j")
			tm.WaitFor("the selection to move", func(ns screen) bool { return ns.Text() != s.Text() })
		}
	}
	if m == nil {
		t.Fatalf("no point that gazette covers:\n%s", s)
	}
	opening := m[2]
	tm.Send("Enter")
	s = tm.WaitFor("enter to open a pair holding gazette at its passage, "+m[0], func(s screen) bool {
		return s.Has("gazette") && strings.Contains(strings.Join(s.Selected(), " "), opening[:15])
	})
	if strings.Contains(s.Row(1), "/") {
		t.Errorf("absolute paths in the header: %q", s.Row(1))
	}

	// The pair picker: every pair, one after the other.
	tm.Send("a")
	tm.WaitText("every pair of sources")
	tm.Send("g")
	for k := 1; k <= 10; k++ {
		want := fmt.Sprintf("pair %d of 10", k)
		tm.WaitText(want)
		if k < 10 {
			tm.Send("j")
		}
	}
	tm.Send("Enter")
	tm.WaitFor("the tenth pair in the pair view", func(s screen) bool {
		return s.Has("pair 10 of 10") && s.Has("tribune") && s.Has("wire")
	})

	// A claim check: each source's stance.
	tm.Send("c")
	tm.WaitText("claim:")
	tm.Type("The ferry was overloaded")
	tm.Send("Enter")
	stance := regexp.MustCompile(`(SUPPORTS|CONTRADICTS|DISCUSSES|SILENT)`)
	s = tm.WaitFor("a stance for each of the five sources", func(s screen) bool {
		for _, n := range names {
			if !s.Has(n) {
				return false
			}
		}
		return len(stance.FindAllString(s.Text(), -1)) == 5 && isFrame(s, 120, 50)
	})
	// By the names the overview's columns use, never by file name.
	if s.Has(".txt") {
		t.Errorf("the claim check names a source by its file name:\n%s", s)
	}
	checkFrame(t, tm, s, 120, 50)

	// Search: / and enter leave the search active; n goes to the next match.
	tm.Send("Escape")
	tm.WaitText("pair 10 of 10")
	tm.Type("/ferry")
	tm.WaitText("found")
	tm.Send("Enter")
	tm.WaitText("match 1 of")
	tm.Send("n")
	tm.WaitText("match 2 of")

	// w asks where to write the view, prefilled beside the first file;
	// another path can be typed, and the footer says where it went.
	tm.Send("w")
	tm.WaitText("write the pair to: " + filepath.Join(filepath.Dir(files[0]), "parallax-pair.md"))
	out := filepath.Join(t.TempDir(), "pair.md")
	tm.Send("C-u")
	tm.Type(out)
	tm.Send("Enter")
	tm.WaitText("wrote " + out)
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "# Parallax: pair") {
		t.Errorf("w wrote %q (%v)", b, err)
	}

	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Fatalf("q: exit status %d, want 0", code)
	}
	checkRestored(t, tm)
}

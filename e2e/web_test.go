package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/internal/synth"
	"github.com/parallax-reader/parallax/web/webtest"
)

// Two reports of one event, as news pages, for the loading tests.
var (
	gazettePage = webtest.Article("Gunmen attack concert hall near Moscow", "Jane Roe", time.Date(2024, 3, 22, 20, 0, 0, 0, time.UTC),
		"Gunmen opened fire at the Crocus City Hall concert venue near Moscow on Friday evening, killing at least 60 people.",
		"The attackers then set the building on fire, and the roof collapsed as firefighters fought the blaze.",
		"Officials said eleven people had been detained, four of them directly involved in the attack.")
	heraldPage = webtest.Article("Dozens killed in Moscow concert attack", "John Doe", time.Date(2024, 3, 23, 6, 0, 0, 0, time.UTC),
		"Armed men stormed the Crocus City Hall near Moscow on Friday and opened fire, killing at least 40 people.",
		"A fire broke out in the building after the shooting, and part of the roof collapsed.",
		"Islamic State claimed responsibility for the attack in a statement.")
	tribunePage = webtest.Article("Concert hall attack near Moscow", "Ann Smith", time.Date(2024, 3, 23, 8, 0, 0, 0, time.UTC),
		"Gunmen killed at least 60 people at a concert hall outside Moscow on Friday night.",
		"The building burned for hours after the attack.")
)

// TestLoadingScreen runs parallax on three URLs of a local server that
// answers slowly: the reader opens at once on the loading screen, shows
// each source's state (one done while the others are still fetching),
// then opens the reader on the comparison. It also measures how long the
// first frame takes.
func TestLoadingScreen(t *testing.T) {
	t.Parallel()
	srv := webtest.NewServer(map[string]webtest.Page{
		"/gazette": {Body: gazettePage},
		"/herald":  {Body: heraldPage, Delay: 1500 * time.Millisecond},
		"/tribune": {Body: tribunePage, Delay: 2500 * time.Millisecond},
	})
	defer srv.Close()
	tm := start(t, launch{W: 120, H: 30, Args: []string{srv.URLFor("/gazette"), srv.URLFor("/herald"), srv.URLFor("/tribune")}, Stderr: "err"})
	if d, ok := firstFrame(tm, "loading 3 sources"); ok {
		t.Logf("first frame %v after parallax started", d)
	}
	s := tm.WaitText("loading 3 sources", "/gazette", "done:", "/herald", "fetching", "/tribune", "q cancel")
	if strings.Count(s.Text(), "fetching") < 2 {
		t.Errorf("the two slow sources should both be fetching:\n%s", s)
	}
	tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 120, 30) })
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	checkRestored(t, tm)
	if e := tm.File("err"); e != "" {
		t.Errorf("standard error should be empty:\n%s", e)
	}
}

// firstFrame measures the time from parallax's start (the harness's shell
// writes its pid just before exec) to the first bytes of a frame holding
// marker on the terminal, polling both every millisecond.
func firstFrame(tm *term, marker string) (time.Duration, bool) {
	deadline := time.Now().Add(waitTimeout)
	var started time.Time
	for time.Now().Before(deadline) {
		if started.IsZero() {
			if _, err := os.Stat(filepath.Join(tm.dir, "pid")); err == nil {
				started = time.Now()
			}
		} else if b, _ := os.ReadFile(filepath.Join(tm.dir, "raw.log")); bytes.Contains(b, []byte(marker)) {
			return time.Since(started), true
		}
		time.Sleep(time.Millisecond)
	}
	return 0, false
}

// TestLoadingCancel presses ctrl+c (then, in another run, q) while the
// pages are still being fetched: parallax ends at once, with status 0 and
// the terminal as it was.
func TestLoadingCancel(t *testing.T) {
	t.Parallel()
	srv := webtest.NewServer(map[string]webtest.Page{
		"/a": {Body: gazettePage, Delay: 20 * time.Second},
		"/b": {Body: heraldPage, Delay: 20 * time.Second},
	})
	defer srv.Close()
	for _, k := range []string{"C-c", "q"} {
		t.Run(k, func(t *testing.T) {
			tm := start(t, launch{W: 100, H: 30, Args: []string{srv.URLFor("/a"), srv.URLFor("/b")}, Stderr: "err"})
			tm.WaitText("loading 2 sources", "fetching")
			sent := time.Now()
			tm.Send(k)
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("exit status %d, want 0", code)
			}
			if d := time.Since(sent); d > 3*time.Second {
				t.Errorf("took %v to end after %s", d, k)
			}
			checkRestored(t, tm)
			if e := tm.File("err"); e != "" {
				t.Errorf("standard error should be empty:\n%s", e)
			}
		})
	}
}

// TestFailingURL: of three URLs one is a 404; the reader opens on the
// other two, its footer naming the one left out and why, its header the
// pages' titles, sites and dates. With only two
// URLs, one failing, parallax prints the failure and exits 1, the terminal
// restored.
func TestFailingURL(t *testing.T) {
	t.Parallel()
	srv := webtest.NewServer(map[string]webtest.Page{
		"/gazette": {Body: gazettePage},
		"/herald":  {Body: heraldPage, Delay: 300 * time.Millisecond},
	})
	defer srv.Close()
	t.Run("two-remain", func(t *testing.T) {
		tm := start(t, launch{W: 160, H: 30, Args: []string{srv.URLFor("/gazette"), srv.URLFor("/gone"), srv.URLFor("/herald")}, Stderr: "err"})
		s := tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 160, 30) })
		if foot := s.Row(29); !strings.Contains(foot, "left out 1 of 3") || !strings.Contains(foot, "/gone") || !strings.Contains(foot, "404") {
			t.Errorf("the footer should name the failed source and why:\n%s", s)
		}
		if !s.Has("Gunmen attack concert hall near Moscow") || !s.Has("Test Gazette · 2024-03-22") {
			t.Errorf("the header should show the pages' titles, sites and dates:\n%s", s)
		}
		tm.Send("q")
		if code := tm.ExitStatus(); code != 0 {
			t.Errorf("exit status %d, want 0", code)
		}
		checkRestored(t, tm)
	})
	t.Run("one-remains", func(t *testing.T) {
		tm := start(t, launch{W: 120, H: 30, Args: []string{srv.URLFor("/gazette"), srv.URLFor("/gone")}, Stderr: "err"})
		if code := tm.ExitStatus(); code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		checkRestored(t, tm)
		if e := tm.File("err"); !strings.HasPrefix(e, "parallax: "+srv.URLFor("/gone")+": HTTP error: 404") {
			t.Errorf("standard error should name the failure:\n%s", e)
		}
	})
}

// TestFirstFrameLargeLocal opens two local articles of 10,000 passages
// each (internal/synth's news text): the reader shows the loading screen,
// with the analysis under way, at once — the comparison runs in a Cmd —
// and then the reader. The time to the first frame is logged beside the
// same on two articles of 100 passages, its baseline (the target is
// 100 ms at any size; the bound asserted is loose, for a loaded machine).
// bench/run reads the two figures from the log.
func TestFirstFrameLargeLocal(t *testing.T) {
	t.Parallel()
	var small time.Duration
	for _, n := range []int{100, 10_000} {
		dir := t.TempDir()
		for i, a := range synth.Articles(12, 2, n) {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d.txt", i+1)), []byte(a), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		tm := start(t, launch{W: 100, H: 30, Dir: dir, Args: []string{"s01.txt", "s02.txt"}, Stderr: "err"})
		d, ok := firstFrame(tm, "loading 2 sources")
		if !ok {
			t.Fatalf("no loading screen:\n%s", tm.Screen())
		}
		if n == 100 {
			small = d
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 100, 30) })
			tm.Send("q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("exit status %d, want 0", code)
			}
			continue
		}
		t.Logf("first frame %v after parallax started (2 × 10,000 passages); baseline 2 × 100: %v", d, small)
		if d > time.Second {
			t.Errorf("first frame took %v", d)
		}
		tm.WaitText("analysing 2 articles…")
		tm.Send("q")
		if code := tm.ExitStatus(); code != 0 {
			t.Errorf("exit status %d, want 0", code)
		}
		checkRestored(t, tm)
	}
}

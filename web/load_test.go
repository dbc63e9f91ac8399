package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadAll guards the loading screen's feed: every source reported
// Queued first, in order, then through its states to Done or Failed; at
// most Concurrency at once; outcomes in the order given.
func TestLoadAll(t *testing.T) {
	var inFlight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(30 * time.Millisecond)
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		serveHTML(articleHTML)(w, r)
	}))
	defer srv.Close()
	dir := t.TempDir()
	file := filepath.Join(dir, "saved.html")
	os.WriteFile(file, []byte(articleHTML), 0o600)
	text := filepath.Join(dir, "wire.txt")
	os.WriteFile(text, []byte("Plain text article.\n"), 0o600)
	var srcs []string
	for i := range 8 {
		srcs = append(srcs, fmt.Sprintf("%s/story/%d", srv.URL, i))
	}
	srcs = append(srcs, srv.URL+"/missing", file, text, filepath.Join(dir, "absent.txt"), "ftp://x.example/a")

	var mu sync.Mutex
	var events []Event
	c := testClient(Options{Concurrency: 3})
	out := c.LoadAll(context.Background(), srcs, func(ev Event) {
		mu.Lock()
		events = append(events, ev)
		mu.Unlock()
	})
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("peak concurrency %d, want 2–3", p)
	}
	for i := range srcs {
		if events[i].State != Queued || events[i].Index != i || events[i].Name != srcs[i] {
			t.Fatalf("event %d = %+v, want source %d queued", i, events[i], i)
		}
	}
	// Each source's states, in the order reported.
	states := make([][]State, len(srcs))
	last := make([]Event, len(srcs))
	for _, ev := range events {
		states[ev.Index] = append(states[ev.Index], ev.State)
		last[ev.Index] = ev
	}
	want := map[int]string{
		0: "[queued fetching extracting done]", 8: "[queued fetching failed]",
		9: "[queued reading done]", 10: "[queued reading done]", 11: "[queued reading failed]", 12: "[queued fetching failed]",
	}
	for i, w := range want {
		if got := fmt.Sprint(states[i]); got != w {
			t.Errorf("source %d states %s, want %s", i, got, w)
		}
	}
	for i := range 8 {
		if out[i].Err != nil || string(out[i].Result.Text) != articleText || out[i].Result.Name != srcs[i] {
			t.Errorf("source %d: %v", i, out[i].Err)
		}
		if ev := last[i]; ev.Size != len(articleText) || ev.Blocks != 2 || ev.FetchedAt.IsZero() || ev.FromCache {
			t.Errorf("source %d done event %+v", i, ev)
		}
	}
	wantErr(t, out[8].Err, ErrStatus, srcs[8], "404")
	if !errors.Is(last[8].Err, ErrStatus) {
		t.Errorf("failed event carries %v", last[8].Err)
	}
	if out[9].Err != nil || string(out[9].Result.Text) != articleText || out[9].Result.Page != nil {
		t.Errorf("saved page: %v", out[9].Err)
	}
	if out[10].Err != nil || string(out[10].Result.Text) != "Plain text article.\n" || out[10].Result.Article != nil {
		t.Errorf("text file: %v", out[10].Err)
	}
	wantErr(t, out[11].Err, ErrRead, srcs[11], "no such file")
	wantErr(t, out[12].Err, ErrScheme, srcs[12])
}

// TestLoadAllCancel guards q / ctrl+c on the loading screen: canceling
// stops fetches in flight and fails the sources not yet started, at once.
func TestLoadAllCancel(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	srcs := make([]string, 10)
	for i := range srcs {
		srcs[i] = fmt.Sprintf("%s/%d", srv.URL, i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int32
	start := time.Now()
	out := testClient(Options{Concurrency: 2}).LoadAll(ctx, srcs, func(ev Event) {
		if ev.State == Fetching && started.Add(1) == 2 {
			go func() { time.Sleep(20 * time.Millisecond); cancel() }()
		}
	})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("LoadAll took %v after cancel", d)
	}
	for i, o := range out {
		if !errors.Is(o.Err, ErrCanceled) {
			t.Errorf("source %d: %v, want canceled", i, o.Err)
		}
	}
}

func TestLoadAllCached(t *testing.T) {
	srv := httptest.NewServer(serveHTML(articleHTML))
	cache := NewCache(t.TempDir())
	c := testClient(Options{Cache: cache})
	c.LoadAll(context.Background(), []string{srv.URL}, nil)
	srv.Close()
	var done Event
	out := c.LoadAll(context.Background(), []string{srv.URL}, func(ev Event) {
		if ev.State == Done {
			done = ev
		}
	})
	if out[0].Err != nil || !done.FromCache || done.FetchedAt.IsZero() {
		t.Errorf("cached load: %v, %+v", out[0].Err, done)
	}
}

func TestEventStatus(t *testing.T) {
	at := time.Date(2024, 3, 25, 9, 30, 0, 0, time.UTC)
	cases := []struct {
		ev   Event
		want string
	}{
		{Event{State: Queued}, "queued"},
		{Event{State: Fetching}, "fetching…"},
		{Event{State: Extracting}, "extracting…"},
		{Event{State: Done, Size: 12600, Blocks: 14}, "done: 12.3 KiB, 14 passages"},
		{Event{State: Done, Size: 300, FromCache: true, FetchedAt: at}, "done: 300 B, cached 2024-03-25 09:30 UTC"},
		{Event{State: Done, Size: 2 << 20, Blocks: 1, Changed: true}, "done: 2 MiB, 1 passage, changed since the cached copy"},
		{Event{State: Failed, Err: &Error{URL: "https://a.example", Kind: ErrStatus, Detail: "404 Not Found"}}, "failed: HTTP error: 404 Not Found"},
		{Event{State: Failed, Err: &Error{URL: "https://a.example", Kind: ErrCanceled}}, "failed: canceled"},
	}
	for _, c := range cases {
		if got := c.ev.Status(); got != c.want {
			t.Errorf("Status() = %q, want %q", got, c.want)
		}
	}
}

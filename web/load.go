package web

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// State is where a source is in LoadAll.
type State int

// A source goes Queued, then Fetching (a URL) or Reading (a file), then
// Extracting, then Done or Failed. A source may skip states (a cached
// page is never Fetching for long; plain text is not extracted, but still
// reported as Extracting).
const (
	Queued State = iota
	Fetching
	Reading
	Extracting
	Done
	Failed
)

var stateNames = [...]string{"queued", "fetching", "reading", "extracting", "done", "failed"}

// String is the state's name, as a loading screen shows it.
func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return "unknown"
	}
	return stateNames[s]
}

// Event reports a source's new state to LoadAll's caller.
type Event struct {
	Index     int       // the source's position in the list given to LoadAll
	Name      string    // the source as given
	State     State     // its new state
	Size      int       // Done: bytes of text for the engine
	Blocks    int       // Done: blocks extracted (0 for plain text)
	FromCache bool      // Done: the page came from the cache
	FetchedAt time.Time // Done: when the page was fetched (zero for a file)
	Changed   bool      // Done: refreshed, and different from the cached copy
	Err       error     // Failed: why, an *Error naming the source
}

// Status words the event for a loading screen or a progress line on
// stderr, without the source's name: "fetching…", "done: 12.3 KiB, 14
// passages, cached 2024-03-25 09:30 UTC", "failed: HTTP error: 404 Not
// Found". Times are in UTC.
func (ev Event) Status() string {
	switch ev.State {
	case Queued:
		return "queued"
	case Fetching, Reading, Extracting:
		return ev.State.String() + "…"
	case Failed:
		var we *Error
		if errors.As(ev.Err, &we) {
			return "failed: " + we.Reason()
		}
		if ev.Err != nil {
			return "failed: " + printable(ev.Err.Error())
		}
		return "failed"
	case Done:
		s := "done: " + sizeString(int64(ev.Size))
		switch {
		case ev.Blocks == 1:
			s += ", 1 passage"
		case ev.Blocks > 1:
			s += fmt.Sprintf(", %d passages", ev.Blocks)
		}
		if ev.FromCache {
			s += ", cached " + ev.FetchedAt.UTC().Format("2006-01-02 15:04 MST")
		}
		if ev.Changed {
			s += ", changed since the cached copy"
		}
		return s
	}
	return ev.State.String()
}

// Outcome is what LoadAll got for one source: a Result or an error.
type Outcome struct {
	Result *Result
	Err    error
}

// LoadAll gets every source — URLs (IsURL) through the client, anything
// else as a local file — working on at most Options.Concurrency at once,
// and returns an Outcome per source in the order given. progress, if not
// nil, is told of every state change of every source, first Queued for all
// of them in order; its calls never overlap, and none comes after LoadAll
// returns. It should return quickly (hand the event to a channel or to
// tea.Program.Send). When ctx is canceled, fetches in flight stop and the
// sources not yet started fail with ErrCanceled.
func (c *Client) LoadAll(ctx context.Context, srcs []string, progress func(Event)) []Outcome {
	var mu sync.Mutex
	report := func(ev Event) {
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(ev)
		}
	}
	for i, s := range srcs {
		report(Event{Index: i, Name: s, State: Queued})
	}
	out := make([]Outcome, len(srcs))
	sem := make(chan struct{}, c.opts.Concurrency)
	var wg sync.WaitGroup
	for i, s := range srcs {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			out[i].Err = fail(s, ErrCanceled, ctx.Err(), "")
			report(Event{Index: i, Name: s, State: Failed, Err: out[i].Err})
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = c.loadOne(ctx, i, s, report)
		}()
	}
	wg.Wait()
	return out
}

// loadOne gets source i, reporting its states.
func (c *Client) loadOne(ctx context.Context, i int, src string, report func(Event)) Outcome {
	step := func(s State) { report(Event{Index: i, Name: src, State: s}) }
	var r *Result
	var err error
	if IsURL(src) {
		step(Fetching)
		r, err = c.get(ctx, src, step)
	} else {
		step(Reading)
		r, err = ReadFile(src, c.opts.MaxSize)
	}
	if err != nil {
		report(Event{Index: i, Name: src, State: Failed, Err: err})
		return Outcome{Err: err}
	}
	ev := Event{Index: i, Name: src, State: Done, Size: len(r.Text), Changed: r.Changed, FetchedAt: r.FetchedAt()}
	if r.Article != nil {
		ev.Blocks = len(r.Article.Blocks)
	}
	if r.Page != nil {
		ev.FromCache = r.Page.FromCache
	}
	report(ev)
	return Outcome{Result: r}
}

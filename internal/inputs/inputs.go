// Package inputs turns parallax's command-line arguments — text files,
// directories, standard input, saved web pages and http(s) URLs — into
// sources for the engine, telling its caller how each argument is getting
// on (for the reader's loading screen, or progress lines on stderr).
//
// URLs are fetched concurrently by a web.Client (its own small bound)
// while the local inputs are read, one after another, by a corpus.Reader
// that converts saved pages with the web package before the text checks.
// Every argument either gives its sources or fails on its own; what to do
// with a partial result is the caller's choice.
package inputs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/web"
)

// State is where an argument is: web's states (queued, fetching, reading,
// extracting, done, failed).
type State = web.State

// Event is news of one argument.
type Event struct {
	Index  int    // the argument's position in the list given to Load
	State  State  // its new state
	Status string // the state in words, without the argument: "fetching…", "done: 12.3 KiB, 14 passages", "failed: HTTP error: 404 Not Found"
}

// Failure is an argument that gave no source.
type Failure struct {
	Index int
	Err   error // names the argument: "https://example.com/a: HTTP error: 404 Not Found"
}

// Result is what Load got: the sources, in argument order (a directory's
// in file-name order), and the arguments that failed.
type Result struct {
	Sources  []corpus.Source
	Failures []Failure
}

// Load reads every argument: a URL (web.IsURL) through client, anything
// else through a corpus.Reader with Convert. progress, if not nil, hears
// of every state change (Queued for all first); its calls never overlap
// and none comes after Load returns. When ctx is canceled, fetches stop
// and Load returns ctx's error.
func Load(ctx context.Context, args []string, stdin io.Reader, client *web.Client, progress func(Event)) (Result, error) {
	var mu sync.Mutex
	report := func(ev Event) {
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(ev)
		}
	}
	for i := range args {
		report(Event{Index: i, State: web.Queued, Status: web.Queued.String()})
	}

	var urls []string
	var urlArg []int
	for i, a := range args {
		if web.IsURL(a) {
			urls = append(urls, a)
			urlArg = append(urlArg, i)
		}
	}
	fetched := make(chan []web.Outcome, 1)
	go func() {
		if len(urls) == 0 || client == nil {
			fetched <- nil
			return
		}
		fetched <- client.LoadAll(ctx, urls, func(ev web.Event) {
			report(Event{Index: urlArg[ev.Index], State: ev.State, Status: ev.Status()})
		})
	}()

	per := make([][]corpus.Source, len(args))
	var res Result
	rd := corpus.NewReader(corpus.ReadOptions{Convert: Convert})
	for i, a := range args {
		if web.IsURL(a) {
			continue
		}
		if ctx.Err() != nil {
			break
		}
		report(Event{Index: i, State: web.Reading, Status: web.Reading.String() + "…"})
		srcs, err := rd.Read(a, stdin)
		if err != nil {
			res.Failures = append(res.Failures, Failure{i, err})
			report(Event{Index: i, State: web.Failed, Status: "failed: " + reason(err)})
			continue
		}
		per[i] = srcs
		report(Event{Index: i, State: web.Done, Status: doneStatus(srcs)})
	}
	outs := <-fetched
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	for k, o := range outs {
		i := urlArg[k]
		if o.Err != nil {
			res.Failures = append(res.Failures, Failure{i, o.Err})
			continue
		}
		src := corpus.Source{Name: args[i], Data: o.Result.Text, Meta: Meta(o.Result)}
		if err := rd.Add(src); err != nil {
			res.Failures = append(res.Failures, Failure{i, err})
			report(Event{Index: i, State: web.Failed, Status: "failed: " + reason(err)})
			continue
		}
		per[i] = []corpus.Source{src}
	}
	for _, srcs := range per {
		res.Sources = append(res.Sources, srcs...)
	}
	sortFailures(res.Failures)
	return res, nil
}

// sortFailures puts failures in argument order.
func sortFailures(fs []Failure) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Index < fs[j-1].Index; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// textExts are extensions whose files are read as text even when their
// bytes look like HTML (a Markdown file may open with an HTML comment).
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

// Convert is the corpus.ReadOptions.Convert for parallax: a saved web page
// (web.IsHTML, unless its name says text or Markdown) becomes its article's
// text, decoded from its character set, with its metadata; anything else
// is passed on as it is.
func Convert(name string, data []byte) ([]byte, *corpus.SourceMeta, error) {
	if textExts[strings.ToLower(filepath.Ext(name))] || !web.IsHTML(name, data) {
		return data, nil, nil
	}
	r, err := web.FromFile(name, data)
	if err != nil {
		var we *web.Error
		if errors.As(err, &we) {
			return nil, nil, reasonError{we} // corpus names the file itself
		}
		return nil, nil, err
	}
	return r.Text, Meta(r), nil
}

// reasonError is a web.Error without the source's name.
type reasonError struct{ e *web.Error }

func (r reasonError) Error() string { return r.e.Reason() }
func (r reasonError) Unwrap() error { return r.e }

// Meta is the engine's metadata for a web result: nil for plain text from
// a file.
func Meta(r *web.Result) *corpus.SourceMeta {
	if r.Article == nil && r.Page == nil {
		return nil
	}
	m := &corpus.SourceMeta{}
	if a := r.Article; a != nil {
		m.Title, m.Byline, m.Site, m.Language = a.Title, a.Byline, a.Site, a.Language
		m.Published, m.Canonical, m.Charset = a.Published, a.Canonical, a.Charset
	}
	if p := r.Page; p != nil {
		m.URL, m.FetchedAt, m.FromCache, m.Changed = r.Name, p.FetchedAt, p.FromCache, r.Changed
		if p.FinalURL != p.URL {
			m.FinalURL = p.FinalURL
		}
	}
	return m
}

// reason is an error's message without the argument's name, which a
// loading screen shows already.
func reason(err error) string {
	var we *web.Error
	if errors.As(err, &we) {
		return we.Reason()
	}
	var fe *corpus.FileError
	if errors.As(err, &fe) {
		return corpus.SanitizeLine(fe.Err.Error())
	}
	return corpus.SanitizeLine(err.Error())
}

// doneStatus words what an argument gave: "done: 12.3 KiB", or for a
// directory "done: 3 articles, 40.1 KiB".
func doneStatus(srcs []corpus.Source) string {
	n := 0
	for _, s := range srcs {
		n += len(s.Data)
	}
	if len(srcs) == 1 {
		return "done: " + sizeString(n)
	}
	return fmt.Sprintf("done: %d articles, %s", len(srcs), sizeString(n))
}

// sizeString writes a byte count for people: "512 bytes", "3.5 KiB".
func sizeString(n int) string {
	const kib, mib = 1 << 10, 1 << 20
	switch {
	case n < kib:
		return fmt.Sprintf("%d bytes", n)
	case n < mib:
		return fmt.Sprintf("%.1f KiB", float64(n)/kib)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/mib)
}

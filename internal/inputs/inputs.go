// Package inputs turns parallax's command-line arguments — text files,
// directories, standard input, saved web pages and http(s) URLs — into
// sources for the engine, telling its caller how each argument is getting
// on (for the reader's loading screen, or progress lines on stderr).
//
// Local inputs are read first, quickly and strictly (ReadLocal), by a
// corpus.Reader that converts saved pages with the web package before the
// text checks; then the URLs are fetched concurrently by a web.Client
// (Set.Fetch), each failing on its own: what to do with a partial result
// is the caller's choice.
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

// Result is what Fetch got: the sources, in argument order (a directory's
// in file-name order), and the arguments that failed.
type Result struct {
	Sources  []corpus.Source
	Failures []Failure
}

// Set is a command line's articles once the local ones are read: the
// URLs among them are fetched by Fetch.
type Set struct {
	args []string
	per  [][]corpus.Source // per argument; nil for a URL not yet fetched
	rd   *corpus.Reader
}

// ReadLocal reads every argument that is not a URL (web.IsURL) through a
// corpus.Reader with Convert: text files, saved pages, directories and
// standard input. Reading is quick, so it is done before the reader opens,
// and strictly: the first input that cannot be read is the error (a
// *corpus.FileError naming it). warn, if not nil, hears of each directory
// entry skipped (see corpus.ReadOptions.Warn).
func ReadLocal(args []string, stdin io.Reader, warn func(*corpus.FileError)) (*Set, error) {
	s := &Set{args: args, per: make([][]corpus.Source, len(args)), rd: corpus.NewReader(corpus.ReadOptions{Convert: Convert, Warn: warn})}
	for i, a := range args {
		if web.IsURL(a) {
			continue
		}
		srcs, err := s.rd.Read(a, stdin)
		if err != nil {
			return nil, err
		}
		s.per[i] = srcs
	}
	return s, nil
}

// Sources makes a Set of sources already read, one argument each (the
// embedded sample).
func Sources(srcs []corpus.Source) *Set {
	s := &Set{per: make([][]corpus.Source, len(srcs)), rd: corpus.NewReader(corpus.ReadOptions{})}
	for i, src := range srcs {
		s.args = append(s.args, src.Name)
		s.per[i] = []corpus.Source{src}
	}
	return s
}

// Names are the arguments, in order.
func (s *Set) Names() []string { return s.args }

// Count is how many sources there will be if every URL is fetched.
func (s *Set) Count() int {
	n := 0
	for i, a := range s.args {
		if s.per[i] == nil && web.IsURL(a) {
			n++
		}
		n += len(s.per[i])
	}
	return n
}

// Local returns the sources read so far, in argument order.
func (s *Set) Local() []corpus.Source {
	var out []corpus.Source
	for _, srcs := range s.per {
		out = append(out, srcs...)
	}
	return out
}

// Fetch gets the URLs through client, concurrently (the client's bound),
// and returns every source in argument order with the URLs that failed.
// progress, if not nil, hears of every state change: Queued for every
// URL, then Done for each local argument, then the fetches; its calls
// never overlap and none comes after Fetch returns. When ctx is canceled,
// fetches stop and Fetch returns ctx's error.
func (s *Set) Fetch(ctx context.Context, client *web.Client, progress func(Event)) (Result, error) {
	var mu sync.Mutex
	report := func(ev Event) {
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(ev)
		}
	}
	var urls []string
	var urlArg []int
	for i, a := range s.args {
		if s.per[i] == nil && web.IsURL(a) {
			urls = append(urls, a)
			urlArg = append(urlArg, i)
			report(Event{Index: i, State: web.Queued, Status: web.Queued.String()})
		}
	}
	for i, srcs := range s.per {
		if srcs != nil {
			report(Event{Index: i, State: web.Done, Status: doneStatus(srcs)})
		}
	}
	var outs []web.Outcome
	if len(urls) > 0 {
		if client == nil {
			client = web.NewClient(web.Options{})
		}
		outs = client.LoadAll(ctx, urls, func(ev web.Event) {
			report(Event{Index: urlArg[ev.Index], State: ev.State, Status: ev.Status()})
		})
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	var res Result
	for k, o := range outs {
		i := urlArg[k]
		if o.Err != nil {
			res.Failures = append(res.Failures, Failure{i, o.Err})
			continue
		}
		src := corpus.Source{Name: s.args[i], Data: o.Result.Text, Meta: Meta(o.Result)}
		if err := s.rd.Add(src); err != nil {
			res.Failures = append(res.Failures, Failure{i, err})
			report(Event{Index: i, State: web.Failed, Status: "failed: " + reason(err)})
			continue
		}
		s.per[i] = []corpus.Source{src}
	}
	res.Sources = s.Local()
	return res, nil
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
		return "done: " + corpus.SizeString(int64(n))
	}
	return fmt.Sprintf("done: %d articles, %s", len(srcs), corpus.SizeString(int64(n)))
}

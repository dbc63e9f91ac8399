package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/internal/inputs"
	"github.com/parallax-reader/parallax/seeds"
	"github.com/parallax-reader/parallax/ui"
	"github.com/parallax-reader/parallax/web"
)

// readLocal reads the articles that are not URLs (strictly: the first
// that cannot be read is the error), or the embedded sample when there are
// no articles. It is quick, and done before the reader opens, so a
// mistake on the command line is reported without touching the terminal.
// warn hears of directory entries skipped (see corpus.ReadOptions.Warn).
func readLocal(args []string, stdin io.Reader, warn func(*corpus.FileError)) (*inputs.Set, error) {
	if len(args) == 0 {
		srcs, err := corpus.SourcesFS(seeds.FS())
		if err != nil {
			return nil, err
		}
		return inputs.Sources(srcs), nil
	}
	set, err := inputs.ReadLocal(args, stdin, warn)
	if err != nil {
		return nil, err
	}
	if set.Count() == 1 && len(set.Local()) == 0 { // one URL
		return nil, fmt.Errorf("%w: got 1, %s; give two or more files, URLs, or a directory holding them",
			corpus.ErrTooFew, corpus.SanitizeLine(args[0]))
	}
	if set.Count() < 2 {
		// Compare words the error, naming what was found.
		_, err := corpus.Compare(set.Local())
		return nil, err
	}
	return set, nil
}

// readerJob is the reader's loading: fetch the URLs, then compare what
// came, in the reader's tea.Cmds. It fails when fewer than two sources
// remain.
func readerJob(set *inputs.Set, client *web.Client) ui.Job {
	return ui.Job{Names: set.Names(), Run: func(ctx context.Context, progress func(ui.Progress)) (ui.Loaded, error) {
		res, err := set.Fetch(ctx, client, func(ev inputs.Event) {
			progress(ui.Progress{Index: ev.Index, Stage: stageOf(ev.State), Status: ev.Status})
		})
		if err != nil {
			return ui.Loaded{}, err
		}
		if len(res.Failures) > 0 && len(res.Sources) < 2 {
			return ui.Loaded{}, failuresError(res.Failures)
		}
		progress(ui.Progress{Index: -1, Stage: ui.StageWorking, Status: fmt.Sprintf("analysing %d articles…", len(res.Sources))})
		// With three documents or more the reader opens on the overview:
		// the survey's facts are kept while the features are at hand, and
		// the highlights are left for the rows the reader shows
		// (LazyMarks: at 20 × 500, 8-9 % of the CPU before the overview).
		// Two documents keep theirs: there the features a Marker keeps
		// outweigh the highlights (2 × 10k: peak RSS 228-240 → 262-272 MB).
		many := ui.SurveyFirst(len(res.Sources))
		c, facts, err := corpus.CompareWith(res.Sources, corpus.Options{Survey: many, LazyMarks: many})
		if err != nil {
			return ui.Loaded{}, err
		}
		var failed []string
		for _, f := range res.Failures {
			failed = append(failed, f.Err.Error())
		}
		return ui.Loaded{Comparison: c, Facts: facts, Failed: failed}, nil
	}}
}

// stageOf is how the loading screen draws a state.
func stageOf(s inputs.State) ui.Stage {
	switch s {
	case web.Queued:
		return ui.StageQueued
	case web.Done:
		return ui.StageDone
	case web.Failed:
		return ui.StageFailed
	}
	return ui.StageWorking
}

// failuresError is every failure, one a line, in argument order.
func failuresError(fs []inputs.Failure) error {
	errs := make([]error, len(fs))
	for i, f := range fs {
		errs[i] = f.Err
	}
	return errors.Join(errs...)
}

// newClient returns the client for URLs among args (nil when there are
// none), keeping pages in the user's cache directory when there is one.
func newClient(args []string, refresh bool) *web.Client {
	hasURL := false
	for _, a := range args {
		hasURL = hasURL || web.IsURL(a)
	}
	if !hasURL {
		return nil
	}
	var cache *web.Cache
	if dir, err := web.DefaultCacheDir(); err == nil {
		cache = web.NewCache(dir)
		cache.MaxEntry = corpus.MaxFileSize
	}
	return web.NewClient(web.Options{Version: version, MaxSize: corpus.MaxFileSize, Cache: cache, Refresh: refresh})
}

// progressLines prints a report's progress on stderr, a line per change
// of a URL that says something: fetching, done, failed.
func progressLines(w io.Writer, args []string) func(inputs.Event) {
	var mu sync.Mutex
	return func(ev inputs.Event) {
		if ev.State == web.Queued || ev.State == web.Extracting || !web.IsURL(args[ev.Index]) {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "parallax: %s: %s\n", corpus.SanitizeLine(args[ev.Index]), ev.Status)
	}
}

// expandArgs replaces each "@FILE" with the articles FILE lists (see
// web.ParseList); relative paths in it are taken from FILE's directory.
// Errors name the file and the line.
func expandArgs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		name, ok := strings.CutPrefix(a, "@")
		if !ok || name == "" {
			out = append(out, a)
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, fmt.Errorf("%s: %v", corpus.SanitizeLine(name), err)
		}
		list, err := web.ParseList(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", corpus.SanitizeLine(name), err)
		}
		if len(list) == 0 {
			return nil, fmt.Errorf("%s: lists no articles", corpus.SanitizeLine(name))
		}
		dir := filepath.Dir(name)
		for _, e := range list {
			if e != "-" && !web.IsURL(e) && !filepath.IsAbs(e) {
				e = filepath.Join(dir, e)
			}
			out = append(out, e)
		}
	}
	return out, nil
}

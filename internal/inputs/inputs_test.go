package inputs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/web"
	"github.com/parallax-reader/parallax/web/webtest"
)

// TestFetchKeepsOrderAndFailures mixes files and URLs: sources come in
// argument order, a 404 fails on its own, and every argument's progress
// ends in done or failed.
func TestFetchKeepsOrderAndFailures(t *testing.T) {
	at := time.Date(2024, 3, 22, 20, 0, 0, 0, time.UTC)
	srv := webtest.NewServer(map[string]webtest.Page{
		"/a": {Body: webtest.Article("A story", "Jane Roe", at, "Police said three people were arrested on Friday."), Delay: 50 * time.Millisecond},
	})
	defer srv.Close()
	dir := t.TempDir()
	txt := filepath.Join(dir, "b.txt")
	os.WriteFile(txt, []byte("Three suspects were detained, police said.\n"), 0o644)
	args := []string{srv.URLFor("/a"), txt, srv.URLFor("/missing")}

	set, err := ReadLocal(args, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if set.Count() != 3 {
		t.Errorf("Count %d, want 3", set.Count())
	}
	last := map[int]Event{}
	res, err := set.Fetch(context.Background(), web.NewClient(web.Options{}), func(ev Event) { last[ev.Index] = ev })
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sources) != 2 || res.Sources[0].Name != args[0] || res.Sources[1].Name != txt {
		t.Fatalf("sources %v", res.Sources)
	}
	if m := res.Sources[0].Meta; m == nil || m.URL != args[0] || m.Byline != "Jane Roe" || m.FetchedAt.IsZero() {
		t.Errorf("meta %+v", m)
	}
	if len(res.Failures) != 1 || res.Failures[0].Index != 2 || !errors.Is(res.Failures[0].Err, web.ErrStatus) {
		t.Fatalf("failures %+v", res.Failures)
	}
	if last[0].State != web.Done || last[1].State != web.Done || last[2].State != web.Failed ||
		!strings.Contains(last[2].Status, "404") || strings.Contains(last[2].Status, args[2]) {
		t.Errorf("last events %+v", last)
	}
}

// TestFetchCanceled: a canceled context stops the fetches and is the error.
func TestFetchCanceled(t *testing.T) {
	srv := webtest.NewServer(map[string]webtest.Page{"/slow": {Body: "<p>x</p>", Delay: 10 * time.Second}})
	defer srv.Close()
	set, err := ReadLocal([]string{srv.URLFor("/slow"), srv.URLFor("/slow?2")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	began := time.Now()
	if _, err := set.Fetch(ctx, web.NewClient(web.Options{}), nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err %v", err)
	}
	if d := time.Since(began); d > 5*time.Second {
		t.Errorf("Fetch took %v after cancel", d)
	}
}

// TestConvert: a saved page is extracted (a .txt that looks like HTML is
// not), and an empty page's error names no file twice.
func TestConvert(t *testing.T) {
	page := []byte(webtest.Article("Title", "By", time.Time{}, "The only paragraph of the story, long enough to be an article body."))
	text, meta, err := Convert("a.html", page)
	if err != nil || meta == nil || !strings.Contains(string(text), "The only paragraph") || strings.Contains(string(text), "<p>") {
		t.Fatalf("Convert: %q %+v %v", text, meta, err)
	}
	if text, meta, _ := Convert("notes.md", page); meta != nil || string(text) != string(page) {
		t.Error("a Markdown file was converted")
	}
	_, _, err = Convert("empty.html", []byte("<html><body><nav>Home</nav></body></html>"))
	var fe *corpus.FileError
	if err == nil || errors.As(err, &fe) || strings.Contains(err.Error(), "empty.html") || !errors.Is(err, web.ErrNotArticle) {
		t.Errorf("empty page: %v", err)
	}
}

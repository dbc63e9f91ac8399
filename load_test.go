package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/internal/inputs"
	"github.com/parallax-reader/parallax/web"
	"github.com/parallax-reader/parallax/web/webtest"
)

func TestParseListFlags(t *testing.T) {
	for _, tt := range []struct {
		argv    []string
		want    options
		wantErr string
	}{
		{[]string{"a.txt", "--list", "l.txt"}, options{args: []string{"a.txt", "@l.txt"}}, ""},
		{[]string{"--list=l.txt", "-l", "m.txt"}, options{args: []string{"@l.txt", "@m.txt"}}, ""},
		{[]string{"--refresh", "@l.txt"}, options{refresh: true, args: []string{"@l.txt"}}, ""},
		{[]string{"--list"}, options{}, "--list needs a file"},
	} {
		got, err := parseArgs(tt.argv)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err %v, want %q", tt.argv, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %+v, %v; want %+v", tt.argv, got, err, tt.want)
		}
	}
}

// TestExpandArgs: a list's entries replace it in place, comments and blank
// lines skipped; relative paths are taken from the list's directory, URLs,
// absolute paths and - as written.
func TestExpandArgs(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "sources.txt")
	os.WriteFile(list, []byte("# coverage of the attack\n\nsaved/a.html\n  https://example.com/story#top  \n/abs/b.txt\n-\n"), 0o644)
	got, err := expandArgs([]string{"first.txt", "@" + list, "@", "last.txt"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"first.txt", filepath.Join(dir, "saved/a.html"), "https://example.com/story#top", "/abs/b.txt", "-", "@", "last.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}

	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("a.txt\n# ok\nb\x1b[2J.txt\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("# nothing yet\n"), 0o644)
	for _, c := range []struct{ arg, want string }{
		{"@" + bad, bad + ": line 3: contains a control character"},
		{"@" + empty, empty + ": lists no articles"},
		{"@" + filepath.Join(dir, "none.txt"), filepath.Join(dir, "none.txt") + ": no such file or directory"},
	} {
		code, _, stderr := runCmd(t, "", c.arg)
		if code != 2 || stderr != "parallax: "+c.want+"\n" {
			t.Errorf("%s: exit %d, stderr %q; want 2, %q", c.arg, code, stderr, c.want)
		}
	}
}

// TestReportFromURLsAndCache fetches two pages for a JSON report, then
// reads them again from the cache with the server gone; a failing URL
// fails a report, naming it.
func TestReportFromURLsAndCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	at := time.Date(2024, 3, 22, 20, 0, 0, 0, time.UTC)
	srv := webtest.NewServer(map[string]webtest.Page{
		"/a": {Body: webtest.Article("Fire at the depot", "Jane Roe", at, "Firefighters said 12 people were injured in the blaze at the depot.")},
		"/b": {Body: webtest.Article("Depot blaze", "John Doe", at, "Officials said 12 people were hurt in the fire at the bus depot.")},
	})
	a, b := srv.URLFor("/a"), srv.URLFor("/b")
	type report struct {
		Documents []struct {
			Name, Title string
			Meta        *struct {
				URL       string `json:"url"`
				Site      string `json:"site"`
				Published string `json:"published"`
				FromCache bool   `json:"from_cache"`
			}
			Passages []struct{ Text string }
		}
	}
	get := func() report {
		t.Helper()
		code, out, stderr := runCmd(t, "", "--format", "json", a, b)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		var r report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := get()
	if len(r.Documents) != 2 || !strings.HasPrefix(r.Documents[0].Title, "Fire at the depot") || r.Documents[0].Meta == nil ||
		r.Documents[0].Meta.URL != a || r.Documents[0].Meta.Site != "Test Gazette" || r.Documents[0].Meta.Published != "2024-03-22T20:00:00Z" ||
		r.Documents[0].Meta.FromCache {
		t.Fatalf("first run: %+v", r.Documents)
	}
	for _, d := range r.Documents {
		for _, p := range d.Passages {
			if strings.Contains(p.Text, "cookie") || strings.Contains(p.Text, "Share on") || strings.Contains(p.Text, "First!") {
				t.Errorf("page furniture became a passage: %q", p.Text)
			}
		}
	}
	srv.Close()
	if r := get(); !r.Documents[0].Meta.FromCache || !r.Documents[1].Meta.FromCache {
		t.Fatalf("second run should read the cache: %+v", r.Documents)
	}
	code, _, stderr := runCmd(t, "", "--format", "text", a, b, "--refresh")
	if code != 1 || !strings.HasPrefix(stderr, "parallax: "+a+": ") || strings.Count(stderr, "\n") != 2 {
		t.Errorf("--refresh with the server gone: exit %d, stderr %q; want 1 and a line per URL", code, stderr)
	}
}

// TestSavedPageInLegacyCharset reads a windows-1251 page saved to disk
// beside a text file: its article text, decoded, is compared, and its
// charset and title are in the report.
func TestSavedPageInLegacyCharset(t *testing.T) {
	dir := t.TempDir()
	// "Пожар на складе" / "Пожарные сообщили, что 12 человек пострадали." in windows-1251.
	page := "<html><head><meta charset=\"windows-1251\"><title>\xcf\xee\xe6\xe0\xf0 \xed\xe0 \xf1\xea\xeb\xe0\xe4\xe5</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>" +
		"\xcf\xee\xe6\xe0\xf0\xed\xfb\xe5 \xf1\xee\xee\xe1\xf9\xe8\xeb\xe8, \xf7\xf2\xee 12 \xf7\xe5\xeb\xee\xe2\xe5\xea \xef\xee\xf1\xf2\xf0\xe0\xe4\xe0\xeb\xe8.</p></article></body></html>"
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Пожарные сообщили, что 12 человек пострадали при пожаре.\n"), 0o644)
	code, out, stderr := runCmd(t, "", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"charset": "windows-1251"`) || !strings.Contains(out, "Пожарные сообщили, что 12 человек пострадали.") || !strings.Contains(out, `"title": "Пожар на складе"`) {
		t.Errorf("the page was not decoded and extracted:\n%s", out)
	}
}

// TestOneURL: a single URL is too few, said before anything is fetched.
func TestOneURL(t *testing.T) {
	code, _, stderr := runCmd(t, "", "--format", "json", "http://127.0.0.1:1/story")
	if code != 1 || !strings.Contains(stderr, "got 1, http://127.0.0.1:1/story") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestProgressLines: a report's progress names URLs only, skipping the
// queue and the local files, one line per change.
func TestProgressLines(t *testing.T) {
	var b strings.Builder
	p := progressLines(&b, []string{"https://a.example/", "b.txt"})
	p(inputs.Event{Index: 0, State: web.Queued, Status: "queued"})
	p(inputs.Event{Index: 0, State: web.Fetching, Status: "fetching…"})
	p(inputs.Event{Index: 1, State: web.Done, Status: "done: 1 KiB"})
	p(inputs.Event{Index: 0, State: web.Done, Status: "done: 2.0 KiB"})
	want := "parallax: https://a.example/: fetching…\nparallax: https://a.example/: done: 2.0 KiB\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

package web

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds untrusted HTML to Extract. Invariants: no panic; the
// only errors are ErrNoText and ErrUnreadable; every passage and metadata field is valid UTF-8
// on one line (no line feed or carriage return) with no white space at its
// ends; no passage is empty; Text has one passage per block (plus the
// title) and nothing else.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/hostile/*.html")
	seeds = append(seeds, "testdata/news.html")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "")
	}
	f.Add([]byte(articleHTML), "text/html; charset=windows-1251")
	f.Add([]byte("<p>a<br>b</p><blockquote>q<p>r</p></blockquote><ul><li>i<ol><li>j</ol></ul><h2>h</h2>"), "text/html")
	f.Add([]byte("\xfe\xff\x00<\x00p\x00>\x00x"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		a, err := Extract(data, contentType, nil)
		if err != nil {
			if !errors.Is(err, ErrNoText) && !errors.Is(err, ErrUnreadable) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if len(a.Blocks) == 0 {
			t.Fatal("an article with no blocks")
		}
		check := func(what, s string, mayBeEmpty bool) {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", what, s)
			}
			if strings.ContainsAny(s, "\n\r") {
				t.Fatalf("%s spans lines: %q", what, s)
			}
			if !mayBeEmpty && s == "" {
				t.Fatalf("%s is empty", what)
			}
			if s != oneLine(s) {
				t.Fatalf("%s is not trimmed: %q", what, s)
			}
		}
		for _, m := range []string{a.Title, a.Byline, a.Site, a.Language, a.Canonical} {
			check("metadata", m, true)
		}
		for _, b := range a.Blocks {
			check("passage", b.Text, false)
			if b.Kind == KindHeading && (b.Level < 1 || b.Level > 6) {
				t.Fatalf("heading level %d", b.Level)
			}
		}
		want := len(a.Blocks)
		if a.Title != "" && !a.titleIsFirstBlock() {
			want++
		}
		if got := strings.Count(a.Text(), "\n\n"); got != want {
			t.Fatalf("Text() has %d paragraphs, want %d", got, want)
		}
	})
}

package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/report"
)

// metaSources are two short web articles with their metadata, one from
// the cache and one refreshed and changed.
func metaSources() []model.Source {
	at := time.Date(2024, 3, 23, 9, 30, 0, 0, time.UTC)
	return []model.Source{
		{Name: "https://gazette.example/story", Data: []byte("Gunmen opened fire at a concert hall near Moscow on Friday, killing at least 60 people.\n\nThe attackers set the building on fire.\n"),
			Meta: &model.SourceMeta{URL: "https://gazette.example/story", Canonical: "https://gazette.example/world/story", Title: "Attack on a concert hall", Byline: "Jane Roe",
				Site: "Test Gazette", Language: "en", Published: time.Date(2024, 3, 22, 20, 0, 0, 0, time.UTC), FetchedAt: at, FromCache: true, Charset: "utf-8"}},
		{Name: "https://herald.example/a?id=7", Data: []byte("Gunmen opened fire at a concert hall near Moscow on Friday, killing at least 40 people.\n\nThe roof of the building collapsed.\n"),
			Meta: &model.SourceMeta{URL: "https://herald.example/a?id=7", FinalURL: "https://herald.example/a/7", Site: "Herald", FetchedAt: at, Changed: true, Charset: "windows-1251"}},
	}
}

// TestMetaReportGolden pins how a web source's metadata reads in the JSON,
// Markdown and text reports.
func TestMetaReportGolden(t *testing.T) {
	c, err := Compare(metaSources())
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents[0].Title != "Attack on a concert hall" {
		t.Errorf("title %q: want the page's title", c.Documents[0].Title)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, *model.Comparison) error
	}{
		{"meta.json", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteJSON(b, c) }},
		{"meta.md", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteMarkdown(b, c) }},
		{"meta.txt", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteText(b, c) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b, c); err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, b.Bytes())
		})
	}
}

// TestHostileMetaSanitised guards the terminal against metadata from a
// hostile page: escape sequences, bidi controls, newlines and C1 controls
// in any field never reach a report live.
func TestHostileMetaSanitised(t *testing.T) {
	const evil = "\x1b]52;c;cHduZWQ=\a\x1b[2J\u202eevil\u2066\r\nline\u0085\x9b31m\u009b1m"
	srcs := metaSources()
	srcs[1].Meta = &model.SourceMeta{URL: evil, FinalURL: evil, Canonical: evil, Title: evil, Byline: evil,
		Site: evil, Language: evil, Charset: evil, FetchedAt: time.Unix(0, 0)}
	c, err := Compare(srcs)
	if err != nil {
		t.Fatal(err)
	}
	m := c.Documents[1].Meta
	for _, s := range []string{m.URL, m.FinalURL, m.Canonical, m.Title, m.Byline, m.Site, m.Language, m.Charset, c.Documents[1].Title} {
		if strings.ContainsAny(s, "\x1b\a\r\n\u202e\u2066\u0085\u009b") {
			t.Errorf("metadata keeps a control: %q", s)
		}
	}
	if srcs[1].Meta.Title != evil {
		t.Error("Compare changed the caller's metadata")
	}
	for _, w := range []func(*bytes.Buffer, *model.Comparison) error{
		func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteMarkdown(b, c) },
		func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteText(b, c) },
	} {
		var b bytes.Buffer
		if err := w(&b, c); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(b.String(), "\x1b\a\r\u202e\u2066\u0085\u009b") {
			t.Errorf("report carries a control: %q", b.String())
		}
	}
}

// TestReadSourcesWithConvert checks that Convert sees each input's bytes
// before the text checks (a windows-1251 page would fail them), that its
// text and metadata are what is kept, that a directory's .html files are
// read only with a Convert, and that its error names the file.
func TestReadSourcesWithConvert(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.html", page)
	write("b.txt", []byte("Plain text.\n"))
	write("bad.htm", []byte("<html><body></body></html>"))
	errNoText := errors.New("no article text found")
	convert := func(name string, data []byte) ([]byte, *model.SourceMeta, error) {
		switch filepath.Ext(name) {
		case ".html":
			return []byte("Привет\n"), &model.SourceMeta{Title: "Page " + filepath.Base(name), Charset: "windows-1251"}, nil
		case ".htm":
			return nil, nil, errNoText
		}
		return data, nil, nil
	}
	if _, err := ReadSourcesWith([]string{dir}, nil, ReadOptions{Convert: convert}); !errors.Is(err, errNoText) ||
		!strings.HasPrefix(err.Error(), filepath.Join(dir, "bad.htm")+": ") {
		t.Fatalf("error %v: want bad.htm's, naming it", err)
	}
	os.Remove(filepath.Join(dir, "bad.htm"))
	srcs, err := ReadSourcesWith([]string{dir}, nil, ReadOptions{Convert: convert})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 || string(srcs[0].Data) != "Привет\n" || srcs[0].Meta == nil || srcs[0].Meta.Title != "Page a.html" || srcs[1].Meta != nil {
		t.Fatalf("got %+v", srcs)
	}
	plain, err := ReadSources([]string{dir}, nil)
	if err != nil || len(plain) != 1 || !strings.HasSuffix(plain[0].Name, "b.txt") {
		t.Fatalf("without Convert: %v %+v, want b.txt alone", err, plain)
	}
}

// TestReaderKeepsLimitsAcrossAdd: sources added by a caller count toward
// the limits, and standard input is still read once.
func TestReaderKeepsLimitsAcrossAdd(t *testing.T) {
	r := NewReader(ReadOptions{})
	if err := r.Add(model.Source{Name: "u", Data: []byte("text\n")}); err != nil {
		t.Fatal(err)
	}
	if err := r.Add(model.Source{Name: "bin", Data: []byte("%PDF-1.4")}); !errors.Is(err, ErrBinary) {
		t.Errorf("Add of a PDF: %v, want ErrBinary", err)
	}
	if _, err := r.Read("-", strings.NewReader("a\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Read("-", strings.NewReader("a\n")); !errors.Is(err, ErrStdinTwice) {
		t.Errorf("second stdin: %v", err)
	}
	big := bytes.Repeat([]byte("word "), MaxFileSize/5)
	var err error
	for i := 0; i < 6 && err == nil; i++ {
		err = r.Add(model.Source{Name: "big", Data: big})
	}
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("past MaxTotalSize: %v", err)
	}
}

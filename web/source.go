package web

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"time"
)

// Result is one source made ready for the engine: corpus.Source{Name:
// r.Name, Data: r.Text}, with the article's metadata and how it was got.
type Result struct {
	Name    string   // the source as given: a URL or a path
	Text    []byte   // the text the engine reads: Article.Text() for a page, the bytes for plain text
	Article *Article // the extracted article; nil for plain text
	Page    *Page    // the fetched page; nil for a local file
	Changed bool     // with Refresh: the cache held this URL and its text was different
}

// FetchedAt is when a URL's page was fetched (zero for a file).
func (r *Result) FetchedAt() time.Time {
	if r.Page == nil {
		return time.Time{}
	}
	return r.Page.FetchedAt
}

// FromFile turns a local file's bytes into a Result: an HTML page (by its
// name or its bytes, see IsHTML) is extracted, with its <meta> charset;
// anything else is passed on unchanged for the engine to read as text.
func FromFile(name string, data []byte) (*Result, error) {
	if !IsHTML(name, data) {
		return &Result{Name: name, Text: data}, nil
	}
	a, err := Extract(data, "", nil)
	if err != nil {
		return nil, notArticle(name, err)
	}
	return &Result{Name: name, Text: []byte(a.Text()), Article: a}, nil
}

// FromPage turns a fetched page into a Result named src: HTML (by its
// Content-Type, or plain text whose bytes are HTML) is extracted; plain
// text is decoded from the charset its Content-Type names.
func FromPage(src string, p *Page) (*Result, error) {
	if !isHTMLType(p.ContentType) && !sniffHTML(p.Body) {
		if len(bytes.TrimSpace(p.Body)) == 0 {
			return nil, fail(src, ErrNotArticle, nil, "the page is empty")
		}
		return withChanged(src, &Result{Name: src, Text: decodeText(p.Body, p.ContentType), Page: p}), nil
	}
	base, _ := url.Parse(p.FinalURL)
	a, err := Extract(p.Body, p.ContentType, base)
	if err != nil {
		return nil, notArticle(src, err)
	}
	return withChanged(src, &Result{Name: src, Text: []byte(a.Text()), Article: a, Page: p}), nil
}

// withChanged sets r.Changed when its page replaced a cached copy.
func withChanged(src string, r *Result) *Result {
	if prev := r.Page.Previous; prev != nil {
		r.Changed = changed(src, prev, r.Text)
	}
	return r
}

// changed reports whether the text of the previous copy of a page differs
// from text. Pages carry changing furniture (tokens, timestamps, ads), so
// the texts are compared, not the bytes; a previous copy that cannot be
// read counts as changed when its bytes differ.
func changed(src string, prev *Page, text []byte) bool {
	old, err := FromPage(src, &Page{URL: prev.URL, FinalURL: prev.FinalURL, ContentType: prev.ContentType, Body: prev.Body})
	if err != nil {
		return true
	}
	return !bytes.Equal(old.Text, text)
}

// notArticle words an extraction failure.
func notArticle(src string, err error) error {
	if errors.Is(err, ErrNoText) {
		return fail(src, ErrNotArticle, err, "no article text found in the page")
	}
	return fail(src, ErrNotArticle, err, "%v", err)
}

// Get fetches a URL (or reads the cache) and extracts its article. A page
// fetched from the network is saved in the cache once its article has been
// read (a failure to save is in Page.CacheErr, not an error).
func (c *Client) Get(ctx context.Context, raw string) (*Result, error) {
	return c.get(ctx, raw, nil)
}

// get is Get, telling step when extraction starts.
func (c *Client) get(ctx context.Context, raw string, step func(State)) (*Result, error) {
	p, err := c.Fetch(ctx, raw)
	if err != nil {
		return nil, err
	}
	if step != nil {
		step(Extracting)
	}
	r, err := FromPage(raw, p)
	if err != nil {
		return nil, err
	}
	if c.opts.Cache != nil && !p.FromCache {
		p.CacheErr = c.opts.Cache.Put(p)
	}
	return r, nil
}

// ReadFile reads a local source, failing with an *Error (ErrTooLarge past
// limit, ErrRead otherwise) that names it, and turns it into a Result.
func ReadFile(name string, limit int64) (*Result, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fail(name, ErrRead, err, "%v", unwrapPathError(err))
	}
	defer f.Close()
	data, err := readLimited(f, limit)
	if errors.Is(err, ErrTooLarge) {
		return nil, fail(name, ErrTooLarge, nil, "more than %s; the limit is %s", sizeString(limit), sizeString(limit))
	}
	if err != nil {
		return nil, fail(name, ErrRead, err, "%v", unwrapPathError(err))
	}
	return FromFile(name, data)
}

// unwrapPathError drops os.PathError's repetition of the path.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

package web

// Fetching. One http.Client per Client, built for reading articles from
// servers nobody vouches for: a connect timeout (DNS, TCP and TLS) and a
// total timeout over the whole exchange, body included; at most
// MaxRedirects redirects, none of them to a scheme other than http or
// https; the body read only up to MaxSize; gzip handled by the transport
// (so the limit counts decompressed bytes); proxies taken from
// HTTP_PROXY, HTTPS_PROXY and NO_PROXY. HTML, XHTML and plain text are
// accepted, by the Content-Type header or, when there is none, by sniffing
// the body; anything else is refused before its body is read.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults for Options left zero.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxSize        = 16 << 20
	DefaultMaxRedirects   = 10
	DefaultConcurrency    = 4
)

// Options configure a Client. Zero values take the defaults above.
type Options struct {
	Version        string        // parallax's version, named in the User-Agent
	ConnectTimeout time.Duration // to resolve, connect and finish TLS
	Timeout        time.Duration // for a whole fetch, body included
	MaxSize        int64         // the most bytes read of one source (a page or a file)
	MaxRedirects   int           // redirects followed before giving up
	Concurrency    int           // sources LoadAll works on at once
	Cache          *Cache        // nil: fetch every time and keep nothing
	Refresh        bool          // fetch even what the cache holds (and say if it changed)
}

// Client fetches pages and turns them into articles. It is safe for
// concurrent use.
type Client struct {
	opts Options
	hc   *http.Client
}

// NewClient returns a Client with o's settings, defaults filled in.
func NewClient(o Options) *Client {
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	c := &Client{opts: o}
	c.hc = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// Options returns the client's settings, defaults filled in.
func (c *Client) Options() Options { return c.opts }

// UserAgent is the User-Agent header parallax sends.
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "parallax/" + version + " (+https://github.com/parallax-reader/parallax)"
}

// accept is the Accept header: the types Fetch takes.
const accept = "text/html,application/xhtml+xml,text/plain;q=0.9"

// Page is a fetched (or cached) response.
type Page struct {
	URL         string    // the URL asked for, without its #fragment
	FinalURL    string    // where the redirects ended
	ContentType string    // the Content-Type header, or the sniffed type when there was none
	Body        []byte    // the body as sent (decompressed), at most MaxSize bytes
	FetchedAt   time.Time // when it was fetched
	FromCache   bool      // read from the cache, not the network
	Previous    *Page     // with Refresh: the copy the cache held before, if any
	CacheErr    error     // the page could not be saved in the cache (it was still fetched)
}

// IsURL reports whether arg is meant as a URL rather than a path: it opens
// with a scheme and "://" (what `^[A-Za-z][A-Za-z0-9+.-]*://` matches;
// written out, as a regular expression compiled at start costs every run
// of parallax, URLs or none). Fetch refuses every scheme but http and
// https, so "ftp://…" gets an error naming the scheme, not "no such file".
func IsURL(arg string) bool {
	if arg == "" || !isASCIILetter(arg[0]) {
		return false
	}
	for i := 1; i < len(arg); i++ {
		switch c := arg[i]; {
		case isASCIILetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-':
		case c == ':':
			return strings.HasPrefix(arg[i:], "://")
		default:
			return false
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ParseURL checks that raw is an http or https URL with a host, and
// returns it without its fragment (which is never sent).
func ParseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fail(raw, ErrBadURL, err, "%v", unwrapURLError(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fail(raw, ErrScheme, nil, "%q is not fetched", u.Scheme+"://")
	}
	if u.Host == "" {
		return nil, fail(raw, ErrBadURL, nil, "it has no host")
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// unwrapURLError drops url.Error's repetition of the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Fetch gets the page at raw: from the cache when it holds it (unless
// Refresh), else from the network, with Previous set to the cached copy
// it replaces. It saves nothing: Get saves a page once an article has been
// read from it, so a page that fails is not kept. Errors are *Error values
// naming raw.
func (c *Client) Fetch(ctx context.Context, raw string) (*Page, error) {
	u, err := ParseURL(raw)
	if err != nil {
		return nil, err
	}
	var cached *Page
	if c.opts.Cache != nil {
		cached = c.opts.Cache.Get(u.String()) // a corrupt entry reads as a miss
		if cached != nil && !c.opts.Refresh {
			return cached, nil
		}
	}
	p, err := c.fetch(ctx, raw, u)
	if err != nil {
		return nil, err
	}
	p.Previous = cached
	return p, nil
}

// fetch does one GET, redirects followed, within the total timeout.
func (c *Client) fetch(parent context.Context, src string, u *url.URL) (*Page, error) {
	ctx, cancel := context.WithTimeout(parent, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fail(src, ErrBadURL, err, "%v", err)
	}
	req.Header.Set("User-Agent", UserAgent(c.opts.Version))
	req.Header.Set("Accept", accept)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.classify(src, err, parent, ctx)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{URL: src, Kind: ErrStatus, Status: resp.StatusCode, Detail: statusText(resp)}
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" && !acceptedType(ct) {
		return nil, fail(src, ErrNotArticle, nil, "the server sent %s, not a web page or plain text", mediaType(ct))
	}
	if resp.ContentLength > c.opts.MaxSize {
		return nil, fail(src, ErrTooLarge, nil, "the server says it is %s; the limit is %s",
			sizeString(resp.ContentLength), sizeString(c.opts.MaxSize))
	}
	body, err := readLimited(resp.Body, c.opts.MaxSize)
	if errors.Is(err, ErrTooLarge) {
		return nil, fail(src, ErrTooLarge, nil, "more than %s; the limit is %s", sizeString(c.opts.MaxSize), sizeString(c.opts.MaxSize))
	}
	if err != nil {
		return nil, c.classify(src, err, parent, ctx)
	}
	if ct == "" {
		ct = detectContentType(body)
		if !acceptedType(ct) {
			return nil, fail(src, ErrNotArticle, nil, "it looks like %s, not a web page or plain text", mediaType(ct))
		}
	}
	return &Page{
		URL:         u.String(),
		FinalURL:    resp.Request.URL.String(),
		ContentType: ct,
		Body:        body,
		FetchedAt:   time.Now().UTC().Truncate(time.Second),
	}, nil
}

// classify wraps an error from the client, with the timeouts in words:
// the total one when ctx (parent with the total timeout) has expired, the
// connect timeout otherwise.
func (c *Client) classify(src string, err error, parent, ctx context.Context) *Error {
	e := classify(src, err, parent, fmt.Sprintf("no complete answer within %s", c.opts.Timeout))
	if errors.Is(e, ErrTimeout) && ctx.Err() == nil {
		e.Detail = fmt.Sprintf("no connection within %s", c.opts.ConnectTimeout)
	}
	return e
}

// checkRedirect refuses a redirect past the limit or to another scheme.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	src := via[0].URL.String()
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fail(src, ErrScheme, nil, "redirected to %s", req.URL.Redacted())
	}
	if len(via) > c.opts.MaxRedirects {
		return fail(src, ErrRedirects, nil, "gave up after %d", c.opts.MaxRedirects)
	}
	return nil
}

// statusText is "404 Not Found", even when the server sends no reason.
func statusText(resp *http.Response) string {
	if s := strings.TrimSpace(resp.Status); s != "" && s != fmt.Sprint(resp.StatusCode) {
		return oneLine(s)
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// mediaType is the lower-case type of a Content-Type value, parameters
// dropped.
func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// acceptedType reports the types read as articles.
func acceptedType(ct string) bool {
	switch mediaType(ct) {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// isHTMLType reports the HTML types.
func isHTMLType(ct string) bool {
	mt := mediaType(ct)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// readLimited reads r to the end, or fails with ErrTooLarge as soon as it
// has read more than limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	return data, err
}

// sizeString writes a byte count for people: "512 B", "3.2 KiB", "16 MiB".
func sizeString(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<10))) + " KiB"
	case n < 1<<30:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<20))) + " MiB"
	}
	return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<30))) + " GiB"
}

// trimZero drops a ".0" ending.
func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// Package webtest serves news pages on loopback for parallax's tests: the
// end-to-end suite runs the built binary against it (a slow source shows
// the loading screen), and UI tests fetch from it. It imports only the
// standard library.
package webtest

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// Page is what the server answers for one path.
type Page struct {
	Status      int           // 0: 200
	ContentType string        // "": text/html; charset=utf-8
	Body        string        // the body as sent
	Delay       time.Duration // wait this long before answering (cut short if the client goes away)
	Redirect    string        // when set, a 302 to this location
}

// Server serves Pages by path on loopback. Close it when done.
type Server struct {
	*httptest.Server
	pages map[string]Page
}

// NewServer starts a server for pages, keyed by path ("/story"). Unknown
// paths are 404s.
func NewServer(pages map[string]Page) *Server {
	s := &Server{pages: pages}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URLFor returns the address of path on the server.
func (s *Server) URLFor(path string) string { return s.Server.URL + path }

// serve answers one request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	p, ok := s.pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if p.Delay > 0 {
		select {
		case <-time.After(p.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if p.Redirect != "" {
		http.Redirect(w, r, p.Redirect, http.StatusFound)
		return
	}
	ct := p.ContentType
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	if p.Status != 0 {
		w.WriteHeader(p.Status)
	}
	fmt.Fprint(w, p.Body)
}

// Article returns a news page in the shape of a real site — cookie banner,
// navigation, share bar, the article (title, byline, date, paragraphs),
// related links, comments and footer — whose extracted text is the title
// and the paragraphs. Text is escaped, so any string can be used.
func Article(title, byline string, published time.Time, paragraphs ...string) string {
	var sb strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&sb, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta name="author" content="%s">
<meta property="article:published_time" content="%s">
<script>window.analytics = [];</script><style>body { margin: 0 }</style></head>
<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
<main><article>
<h1>%s</h1>
<p class="byline">By %s</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
`, e(title), e(byline), published.UTC().Format(time.RFC3339), e(title), e(byline))
	for _, p := range paragraphs {
		fmt.Fprintf(&sb, "<p>%s</p>\n", e(p))
	}
	sb.WriteString(`<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story entirely</a></li></ul></aside>
</article>
<section class="comments"><h2>Comments</h2><div class="comment"><p>First! This comment is not part of the article at all.</p></div></section>
</main>
<footer><p>© Test Gazette. All rights reserved.</p></footer>
</body></html>
`)
	return sb.String()
}

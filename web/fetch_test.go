package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/text/encoding/charmap"
)

// articleHTML is a small article page; its passages are articleText.
const articleHTML = `<!DOCTYPE html><html lang="en"><head><title>Dockers strike at grain port | Ledger</title>
<meta property="og:site_name" content="Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dockers strike at grain port</h1>
<p>Dock workers at the country's largest grain terminal walked out on Monday, halting exports for the first time in a decade, union officials said.</p>
<p>The union is demanding a 12 percent pay rise and an end to rolling night shifts, which it says have caused a sharp rise in injuries over the past two years.</p>
</article><footer>© Ledger</footer></body></html>`

// articleText is what the engine gets for articleHTML.
const articleText = "# Dockers strike at grain port\n\n" +
	"Dock workers at the country's largest grain terminal walked out on Monday, halting exports for the first time in a decade, union officials said.\n\n" +
	"The union is demanding a 12 percent pay rise and an end to rolling night shifts, which it says have caused a sharp rise in injuries over the past two years.\n\n"

// testClient is a client with timeouts short enough for tests.
func testClient(o Options) *Client {
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Second
	}
	if o.ConnectTimeout == 0 {
		o.ConnectTimeout = 2 * time.Second
	}
	if o.Version == "" {
		o.Version = "1.2.3"
	}
	return NewClient(o)
}

// serveHTML answers with body as a UTF-8 web page.
func serveHTML(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

// wantErr checks that err is an *Error of kind naming src, whose message
// holds every fragment.
func wantErr(t *testing.T, err error, kind error, src string, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", kind)
	}
	var we *Error
	if !errors.As(err, &we) || !errors.Is(err, kind) {
		t.Fatalf("error %q (%T) is not a web.Error of kind %q", err, err, kind)
	}
	if we.URL != src || !strings.HasPrefix(err.Error(), src+": ") {
		t.Errorf("error %q does not name %s first", err, src)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not say %q", err, f)
		}
	}
}

func TestGetArticle(t *testing.T) {
	var ua, accept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		serveHTML(articleHTML)(w, r)
	}))
	defer srv.Close()
	src := srv.URL + "/world/story#comments"
	r, err := testClient(Options{}).Get(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Text) != articleText {
		t.Errorf("text = %q, want %q", r.Text, articleText)
	}
	if r.Name != src || r.Page.URL != srv.URL+"/world/story" || r.Page.FromCache || r.Page.FetchedAt.IsZero() {
		t.Errorf("result = %+v, page %+v", r, r.Page)
	}
	if r.Article.Title != "Dockers strike at grain port" || r.Article.Site != "Ledger" {
		t.Errorf("metadata = %+v", r.Article)
	}
	if want := "parallax/1.2.3 (+https://github.com/parallax-reader/parallax)"; ua != want {
		t.Errorf("User-Agent = %q, want %q", ua, want)
	}
	if !strings.Contains(accept, "text/html") {
		t.Errorf("Accept = %q", accept)
	}
}

func TestGetPlainText(t *testing.T) {
	const text = "Officials said on Monday that talks would continue.\n\nA second paragraph.\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1251")
		b, _ := charmap.Windows1251.NewEncoder().Bytes([]byte("Переговоры продолжатся.\n\n" + text))
		w.Write(b)
	}))
	defer srv.Close()
	r, err := testClient(Options{}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Text) != "Переговоры продолжатся.\n\n"+text || r.Article != nil {
		t.Errorf("text = %q, article %v", r.Text, r.Article)
	}
}

func TestGetRedirectChain(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusMovedPermanently) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/c", http.StatusFound) })
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/story", serveHTML(articleHTML))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	r, err := testClient(Options{}).Get(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Text) != articleText || r.Page.FinalURL != srv.URL+"/story" || r.Page.URL != srv.URL+"/a" {
		t.Errorf("got %q from %s (asked %s)", r.Text, r.Page.FinalURL, r.Page.URL)
	}
}

// loopServer redirects /n to /n+1 forever.
func loopServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/%d", n+1), http.StatusFound)
	}))
}

func TestGetTooManyRedirects(t *testing.T) {
	srv := loopServer()
	defer srv.Close()
	_, err := testClient(Options{}).Get(context.Background(), srv.URL+"/0")
	wantErr(t, err, ErrRedirects, srv.URL+"/0", "too many redirects", "after 10")
}

// TestGetTenRedirects guards the limit's edge: ten redirects are followed.
func TestGetTenRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		if n == 10 {
			serveHTML(articleHTML)(w, r)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/%d", n+1), http.StatusFound)
	}))
	defer srv.Close()
	if _, err := testClient(Options{}).Get(context.Background(), srv.URL+"/0"); err != nil {
		t.Fatal(err)
	}
	_, err := testClient(Options{MaxRedirects: 9}).Get(context.Background(), srv.URL+"/0")
	wantErr(t, err, ErrRedirects, srv.URL+"/0", "after 9")
}

func TestGetRedirectToOtherScheme(t *testing.T) {
	for _, target := range []string{"ftp://files.example/story.html", "file:///etc/passwd", "javascript:alert(1)"} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Location", target)
			w.WriteHeader(http.StatusFound)
		}))
		_, err := testClient(Options{}).Get(context.Background(), srv.URL+"/x")
		srv.Close()
		wantErr(t, err, ErrScheme, srv.URL+"/x", "redirected to "+target[:4])
	}
}

func TestGetBadURL(t *testing.T) {
	c := testClient(Options{})
	for _, src := range []string{"ftp://files.example/a.html", "file:///etc/passwd", "gopher://x/"} {
		_, err := c.Get(context.Background(), src)
		wantErr(t, err, ErrScheme, src, "only http and https")
	}
	_, err := c.Get(context.Background(), "http:///nohost")
	wantErr(t, err, ErrBadURL, "http:///nohost", "no host")
	_, err = c.Get(context.Background(), "http://bad host/")
	wantErr(t, err, ErrBadURL, "http://bad host/")
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://a.example/x": true, "HTTP://A": true, "ftp://x": true, "svn+ssh://h/p": true,
		"story.html": false, "./http://x": false, "C:\\news\\a.html": false, "mailto:a@b": false, "": false,
	} {
		if got := IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
		}
	}
}

// schemeRE is what IsURL matches, as the regular expression it was until
// it was written out (so that a start of parallax compiles none).
var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// FuzzIsURL holds IsURL to schemeRE.
func FuzzIsURL(f *testing.F) {
	for _, s := range []string{"https://a.example/x", "svn+ssh://h/p", "a.b-c+d://", "x:/", "x:", "1http://", "h\xc3\xa9://", "ht tp://", "a::://", "://"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsURL(s), schemeRE.MatchString(s); got != want {
			t.Errorf("IsURL(%q) = %v, the expression says %v", s, got, want)
		}
	})
}

func TestGetHTTPErrors(t *testing.T) {
	cases := []struct {
		status int
		want   string
	}{
		{http.StatusNotFound, "HTTP error: 404 Not Found"},
		{http.StatusForbidden, "HTTP error: 403 Forbidden"},
		{http.StatusInternalServerError, "HTTP error: 500 Internal Server Error"},
		{http.StatusServiceUnavailable, "HTTP error: 503 Service Unavailable"},
	}
	for _, c := range cases {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(c.status)
			fmt.Fprint(w, articleHTML) // an error page is not the article
		}))
		_, err := testClient(Options{}).Get(context.Background(), srv.URL+"/story")
		srv.Close()
		wantErr(t, err, ErrStatus, srv.URL+"/story", c.want)
		var we *Error
		if errors.As(err, &we) && we.Status != c.status {
			t.Errorf("Status = %d, want %d", we.Status, c.status)
		}
	}
}

func TestGetSlowServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	}))
	defer srv.Close()
	start := time.Now()
	_, err := testClient(Options{Timeout: 200 * time.Millisecond}).Get(context.Background(), srv.URL)
	wantErr(t, err, ErrTimeout, srv.URL, "timed out", "within 200ms")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("gave up after %v", d)
	}
}

// TestGetSlowBody guards the total timeout: it covers the body, not just
// the headers.
func TestGetSlowBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}))
	defer srv.Close()
	_, err := testClient(Options{Timeout: 200 * time.Millisecond}).Get(context.Background(), srv.URL)
	wantErr(t, err, ErrTimeout, srv.URL, "within 200ms")
}

func TestGetCanceled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := testClient(Options{}).Get(ctx, srv.URL)
	wantErr(t, err, ErrCanceled, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("%v does not wrap context.Canceled", err)
	}
}

func TestGetTooLarge(t *testing.T) {
	const limit = 64 << 10
	big := "<html><body><article><p>" + strings.Repeat("word ", 2*limit/5) + "</p></article></body></html>"
	var sent atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/declared", serveHTML(big)) // Content-Length is set
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 1000; i++ { // 64 MiB if the client read it all
			n, err := w.Write(bytes.Repeat([]byte("word "), 64<<10/5))
			sent.Add(int64(n))
			if err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(Options{MaxSize: limit})
	_, err := c.Get(context.Background(), srv.URL+"/declared")
	wantErr(t, err, ErrTooLarge, srv.URL+"/declared", "too large", "the limit is 64 KiB")
	_, err = c.Get(context.Background(), srv.URL+"/chunked")
	wantErr(t, err, ErrTooLarge, srv.URL+"/chunked", "too large: more than 64 KiB")
	srv.CloseClientConnections()
	if n := sent.Load(); n > 32<<20 {
		t.Errorf("the client read on past the limit: the server sent %d bytes", n)
	}
	// A page just under the limit is read.
	ok := "<html><body><article><p>" + strings.Repeat("word ", (limit-100)/5) + "</p></article></body></html>"
	mux.HandleFunc("/fits", serveHTML(ok))
	if len(ok) > limit {
		t.Fatal("fixture too big")
	}
	if _, err := c.Get(context.Background(), srv.URL+"/fits"); err != nil {
		t.Error(err)
	}
}

func TestGetWrongContentType(t *testing.T) {
	pdf := "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
	var bodyRead bool
	mux := http.NewServeMux()
	mux.HandleFunc("/paper.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, pdf)
	})
	mux.HandleFunc("/photo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		fmt.Fprint(w, "\xff\xd8\xff\xe0")
	})
	mux.HandleFunc("/bin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, articleHTML)
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no header, and no sniffing by the server
		fmt.Fprint(w, pdf)
	})
	mux.HandleFunc("/untyped-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		fmt.Fprint(w, articleHTML)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(Options{})
	for path, want := range map[string]string{
		"/paper.pdf": "the server sent application/pdf, not a web page or plain text",
		"/photo":     "the server sent image/jpeg",
		"/bin":       "the server sent application/octet-stream",
		"/untyped":   "it looks like application/pdf",
	} {
		_, err := c.Get(context.Background(), srv.URL+path)
		wantErr(t, err, ErrNotArticle, srv.URL+path, "not an article", want)
	}
	if bodyRead {
		t.Error("the body of a refused type was asked for")
	}
	r, err := c.Get(context.Background(), srv.URL+"/untyped-html")
	if err != nil || string(r.Text) != articleText {
		t.Errorf("an untyped HTML page is sniffed and read: %v", err)
	}
}

func TestGetNoArticleText(t *testing.T) {
	srv := httptest.NewServer(serveHTML("<html><head><title>Login</title></head><body><form><input name=u></form></body></html>"))
	defer srv.Close()
	_, err := testClient(Options{}).Get(context.Background(), srv.URL)
	wantErr(t, err, ErrNotArticle, srv.URL, "no article text found")
	if !errors.Is(err, ErrNoText) {
		t.Errorf("%v does not wrap ErrNoText", err)
	}
	srv2 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, " \n")
	}))
	defer srv2.Close()
	_, err = testClient(Options{}).Get(context.Background(), srv2.URL)
	wantErr(t, err, ErrNotArticle, srv2.URL, "empty")
}

func TestGetWindows1251(t *testing.T) {
	const text = "Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве, несмотря на разногласия."
	page := "<html><head><title>Переговоры</title></head><body><article><p>" + text + "</p></article></body></html>"
	encoded, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		fmt.Fprint(w, encoded)
	}))
	defer srv.Close()
	r, err := testClient(Options{}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if want := "# Переговоры\n\n" + text + "\n\n"; string(r.Text) != want {
		t.Errorf("text = %q, want %q", r.Text, want)
	}
	if r.Article.Charset != "windows-1251" {
		t.Errorf("charset = %q", r.Article.Charset)
	}
}

func TestGetGzip(t *testing.T) {
	var gotEncoding string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotEncoding = r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, articleHTML)
		zw.Close()
	}))
	defer srv.Close()
	r, err := testClient(Options{}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gotEncoding, "gzip") || string(r.Text) != articleText {
		t.Errorf("Accept-Encoding %q; text %q", gotEncoding, r.Text)
	}
}

// TestGetGzipBomb guards the size limit against compression: it counts
// the bytes after decompression.
func TestGetGzipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<html><body><p>"))
	zero := make([]byte, 1<<20)
	for range 8 {
		zw.Write(zero)
	}
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	_, err := testClient(Options{MaxSize: 1 << 20}).Get(context.Background(), srv.URL)
	wantErr(t, err, ErrTooLarge, srv.URL, "more than 1 MiB")
}

func TestGetConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	src := "http://" + addr + "/story"
	_, err = testClient(Options{}).Get(context.Background(), src)
	wantErr(t, err, ErrConnect, src, "could not connect")
}

// TestClassify checks the wording of errors no loopback server can cause.
func TestClassify(t *testing.T) {
	const src = "https://news.invalid/a"
	bg := context.Background()
	dnsErr := &url.Error{Op: "Get", URL: src, Err: &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "no such host", Name: "news.invalid", IsNotFound: true}}}
	wantErr(t, classify(src, dnsErr, bg, "x"), ErrDNS, src, "DNS lookup failed: no such host news.invalid")
	dnsTimeout := &net.DNSError{Err: "i/o timeout", Name: "news.invalid", IsTimeout: true}
	wantErr(t, classify(src, dnsTimeout, bg, "x"), ErrDNS, src, "lookup of news.invalid timed out")
	wantErr(t, classify(src, fmt.Errorf("x: %w", context.DeadlineExceeded), bg, "no complete answer within 30s"), ErrTimeout, src, "timed out: no complete answer within 30s")
	canceled, cancel := context.WithCancel(bg)
	cancel()
	wantErr(t, classify(src, errors.New("whatever"), canceled, "x"), ErrCanceled, src, "canceled")
	wantErr(t, classify(src, errors.New("tls: bad certificate"), bg, "x"), ErrNetwork, src, "tls: bad certificate")
}

// TestGetProxyFromEnvironment guards HTTP_PROXY: requests go through the
// proxy the environment names. http.ProxyFromEnvironment reads the
// environment once per process, so the fetch runs in a child process of
// the test binary; the target is a made-up host, which only the proxy (on
// loopback) can answer for.
func TestGetProxyFromEnvironment(t *testing.T) {
	if os.Getenv("PARALLAX_WEB_PROXY_CHILD") == "1" {
		r, err := testClient(Options{}).Get(context.Background(), "http://news.example/story")
		if err != nil {
			fmt.Println("child:", err)
			os.Exit(1)
		}
		fmt.Printf("child text: %q\n", r.Text)
		return
	}
	var asked string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = r.URL.String()
		serveHTML(articleHTML)(w, r)
	}))
	defer proxy.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestGetProxyFromEnvironment$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PARALLAX_WEB_PROXY_CHILD=1", "HTTP_PROXY="+proxy.URL, "http_proxy="+proxy.URL, "NO_PROXY=", "no_proxy=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if asked != "http://news.example/story" || !strings.Contains(string(out), fmt.Sprintf("child text: %q", articleText)) {
		t.Errorf("proxy asked for %q; child said:\n%s", asked, out)
	}
}

// fakeDNS answers every query on loopback UDP with "no such name".
func fakeDNS(t *testing.T) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			qs, err := p.AllQuestions()
			if err != nil {
				continue
			}
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, RecursionDesired: h.RecursionDesired,
				RecursionAvailable: true, RCode: dnsmessage.RCodeNameError})
			b.StartQuestions()
			for _, q := range qs {
				b.Question(q)
			}
			if msg, err := b.Finish(); err == nil {
				pc.WriteTo(msg, addr)
			}
		}
	}()
	return pc.LocalAddr().String()
}

// TestGetDNSFailure guards the wording of a failed lookup, through the
// real resolver and client, against a loopback DNS server that knows no
// names.
func TestGetDNSFailure(t *testing.T) {
	server := fakeDNS(t)
	c := testClient(Options{})
	resolver := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "udp", server)
	}}
	c.hc.Transport.(*http.Transport).DialContext = (&net.Dialer{Resolver: resolver, Timeout: time.Second}).DialContext
	const src = "http://news.invalid/story"
	_, err := c.Get(context.Background(), src)
	wantErr(t, err, ErrDNS, src, "DNS lookup failed: no such host news.invalid")
}

// TestErrorsArePrintable guards error messages against what a server
// sends: a status text or content type with escape sequences is shown
// with the controls replaced, never live.
func TestErrorsArePrintable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A raw connection writes a status line Go's server would refuse.
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		if r.URL.Path == "/status" {
			buf.WriteString("HTTP/1.1 404 Not \x1b]0;pwned\x07Found\u202e\r\nContent-Length: 0\r\n\r\n")
		} else {
			buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/\u202ex-evil\u202c\r\nContent-Length: 0\r\n\r\n")
		}
		buf.Flush()
	}))
	defer srv.Close()
	for _, path := range []string{"/status", "/type"} {
		_, err := testClient(Options{}).Get(context.Background(), srv.URL+path)
		if err == nil {
			t.Fatalf("%s: no error", path)
		}
		msg := err.Error()
		if strings.ContainsAny(msg, "\x1b\x07\u202e\u202c\r\n") {
			t.Errorf("%s: live controls in %q", path, msg)
		}
		t.Logf("%s: %s", path, msg)
	}
	e := &Error{URL: "http://a.example/\x1b[2J", Kind: ErrRead, Detail: "bad \xff\u2066"}
	if got := e.Error(); got != "http://a.example/\uFFFD[2J: could not read: bad \uFFFD\uFFFD" {
		t.Errorf("Error() = %q", got)
	}
}

package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestCacheOffline guards opening a URL again without the network: the
// second Get is answered from the cache, with the time of the first fetch.
func TestCacheOffline(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serveHTML(articleHTML)(w, r)
	}))
	src := srv.URL + "/story"
	cache := NewCache(t.TempDir())
	c := testClient(Options{Cache: cache})
	first, err := c.Get(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	srv.Close()                                                // offline from here on
	second, err := c.Get(context.Background(), src+"#section") // the fragment is not part of the key
	if err != nil {
		t.Fatal(err)
	}
	if !second.Page.FromCache || !second.FetchedAt().Equal(first.FetchedAt()) || second.FetchedAt().IsZero() {
		t.Errorf("second get: from cache %v, fetched %v (first %v)", second.Page.FromCache, second.FetchedAt(), first.FetchedAt())
	}
	if string(second.Text) != articleText || second.Article.Title != first.Article.Title || second.Page.FinalURL != first.Page.FinalURL {
		t.Errorf("cached result differs: %q", second.Text)
	}
	if hits.Load() != 1 {
		t.Errorf("server hit %d times", hits.Load())
	}
	// A fresh client over the same directory (a new run) sees it too.
	third, err := testClient(Options{Cache: NewCache(cache.Dir)}).Get(context.Background(), src)
	if err != nil || !third.Page.FromCache {
		t.Errorf("a new client misses the cache: %v", err)
	}
	// Without the cache, the stopped server is an error naming the URL.
	_, err = testClient(Options{}).Get(context.Background(), src)
	wantErr(t, err, ErrConnect, src)
}

// TestCacheRefresh guards --refresh: the page is fetched again even when
// cached, and the result says whether its text changed.
func TestCacheRefresh(t *testing.T) {
	var version atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The nonce changes on every answer: furniture, not a change.
		page := strings.Replace(articleHTML, "</head>", fmt.Sprintf(`<meta name="csrf" content="%d"></head>`, time.Now().UnixNano()), 1)
		if version.Load() > 0 {
			page = strings.Replace(page, "12 percent", "15 percent", 1)
		}
		serveHTML(page)(w, r)
	}))
	defer srv.Close()
	cache := NewCache(t.TempDir())
	if _, err := testClient(Options{Cache: cache}).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	refresh := testClient(Options{Cache: cache, Refresh: true})
	same, err := refresh.Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if same.Page.FromCache || same.Page.Previous == nil || same.Changed {
		t.Errorf("unchanged refresh: from cache %v, previous %v, changed %v", same.Page.FromCache, same.Page.Previous != nil, same.Changed)
	}
	version.Store(1)
	diff, err := refresh.Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !diff.Changed || !strings.Contains(string(diff.Text), "15 percent") {
		t.Errorf("changed refresh: changed %v, text %q", diff.Changed, diff.Text)
	}
	// The cache now holds the new copy.
	again, err := testClient(Options{Cache: cache}).Get(context.Background(), srv.URL)
	if err != nil || !again.Page.FromCache || !strings.Contains(string(again.Text), "15 percent") {
		t.Errorf("after refresh the cache holds the old copy: %v", err)
	}
	// Refreshing a URL the cache does not hold is a plain fetch.
	fresh, err := testClient(Options{Cache: NewCache(t.TempDir()), Refresh: true}).Get(context.Background(), srv.URL)
	if err != nil || fresh.Changed || fresh.Page.Previous != nil {
		t.Errorf("refresh without a cached copy: %v", err)
	}
}

// TestCacheCorrupt guards against damaged entries: each is dropped and
// the page fetched again.
func TestCacheCorrupt(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serveHTML(articleHTML)(w, r)
	}))
	defer srv.Close()
	cache := NewCache(t.TempDir())
	c := testClient(Options{Cache: cache})
	if _, err := c.Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	path := cache.path(srv.URL)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damage := map[string][]byte{
		"empty":        nil,
		"truncated":    good[:len(good)-10],
		"header only":  good[:strings.IndexByte(string(good), '}')+2],
		"flipped byte": append(append([]byte{}, good[:len(good)-5]...), 'X', 'X', 'X', 'X', 'X'),
		"longer":       append(append([]byte{}, good...), "extra"...),
		"bad magic":    append([]byte("parallax-page-cache 9\n"), good[len(cacheMagic):]...),
		"bad json":     []byte(cacheMagic + "{not json\n" + articleHTML),
		"other url":    []byte(strings.Replace(string(good), srv.URL, "http://other.example", 1)),
		"garbage":      []byte("\x00\x01\x02 binary garbage"),
	}
	for name, data := range damage {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		before := hits.Load()
		r, err := c.Get(context.Background(), srv.URL)
		if err != nil || r.Page.FromCache || hits.Load() != before+1 || string(r.Text) != articleText {
			t.Errorf("%s entry: err %v, from cache %v", name, err, r != nil && r.Page.FromCache)
		}
		if data, _ := os.ReadFile(path); string(data) != string(good) && !strings.HasPrefix(string(data), cacheMagic) {
			t.Errorf("%s entry was not replaced", name)
		}
	}
}

func TestCacheAtomicAndPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "parallax")
	cache := NewCache(dir)
	p := &Page{URL: "https://a.example/x", FinalURL: "https://a.example/x", ContentType: "text/html", Body: []byte("<p>x</p>"), FetchedAt: time.Unix(1700000000, 0).UTC()}
	if err := cache.Put(p); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 || !strings.HasSuffix(ents[0].Name(), ".page") {
		t.Errorf("cache holds %v, want one .page file and no temporary", ents)
	}
	if info, err := os.Stat(dir); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("cache directory mode: %v %v", info.Mode(), err)
	}
	if info, err := os.Stat(cache.path(p.URL)); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("cache entry is readable by others: %v", info.Mode())
	}
	got := cache.Get(p.URL)
	if got == nil || string(got.Body) != string(p.Body) || !got.FetchedAt.Equal(p.FetchedAt) || got.ContentType != p.ContentType {
		t.Errorf("Get = %+v", got)
	}
	if cache.Get("https://a.example/y") != nil {
		t.Error("a miss returned a page")
	}
	big := &Page{URL: "https://a.example/big", Body: make([]byte, 100)}
	cache.MaxEntry = 99
	if err := cache.Put(big); err == nil {
		t.Error("an entry over MaxEntry was kept")
	}
}

// TestCachePrune guards the total size: the oldest entries go first, and
// the newest always stays.
func TestCachePrune(t *testing.T) {
	cache := NewCache(t.TempDir())
	cache.MaxTotal = 2500
	old := time.Now().Add(-time.Hour)
	for i := range 5 {
		p := &Page{URL: fmt.Sprintf("https://a.example/%d", i), Body: make([]byte, 1000)}
		if err := cache.Put(p); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(cache.path(p.URL), old.Add(time.Duration(i)*time.Minute), old.Add(time.Duration(i)*time.Minute))
	}
	var kept []int
	for i := range 5 {
		if cache.Get(fmt.Sprintf("https://a.example/%d", i)) != nil {
			kept = append(kept, i)
		}
	}
	if fmt.Sprint(kept) != "[3 4]" {
		t.Errorf("kept %v, want the two newest", kept)
	}
	stale := filepath.Join(cache.Dir, ".tmp-123")
	os.WriteFile(stale, []byte("x"), 0o600)
	os.Chtimes(stale, old, old)
	cache.Put(&Page{URL: "https://a.example/new", Body: []byte("x")})
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Error("a stale temporary file was left")
	}
}

// TestDefaultCacheDir guards XDG_CACHE_HOME on the systems that use it.
func TestDefaultCacheDir(t *testing.T) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		t.Skip("no XDG_CACHE_HOME on", runtime.GOOS)
	}
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg-test-cache")
	dir, err := DefaultCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/tmp/xdg-test-cache/parallax"; dir != want {
		t.Errorf("DefaultCacheDir() = %q, want %q", dir, want)
	}
}

// TestCacheKeepsOnlyArticles guards against caching failures: a page with
// no article text is fetched again next time, not read from the cache.
func TestCacheKeepsOnlyArticles(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			serveHTML("<html><body><p></p></body></html>")(w, r) // a transient empty page
			return
		}
		serveHTML(articleHTML)(w, r)
	}))
	defer srv.Close()
	c := testClient(Options{Cache: NewCache(t.TempDir())})
	if _, err := c.Get(context.Background(), srv.URL); !errors.Is(err, ErrNotArticle) {
		t.Fatalf("first get: %v", err)
	}
	r, err := c.Get(context.Background(), srv.URL)
	if err != nil || r.Page.FromCache || hits.Load() != 2 {
		t.Errorf("second get: %v, from cache %v, %d hits", err, r != nil && r.Page.FromCache, hits.Load())
	}
}

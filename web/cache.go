package web

// The page cache: one file per URL under the user's cache directory
// ($XDG_CACHE_HOME/parallax on Linux, ~/Library/Caches/parallax on macOS,
// %LocalAppData%\parallax on Windows), named by the SHA-256 of the URL.
// A file holds a first line naming the format, a JSON header line (URL,
// final URL, content type, fetch time, body size and SHA-256) and the body
// as fetched. Files are written to a temporary name and renamed, so a
// reader sees a whole entry or none; an entry that does not parse, whose
// URL is another's, or whose body does not match its size and hash, is
// deleted and read as a miss, so the page is fetched again. When the
// entries pass MaxTotal bytes, the least recently written go first.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// DefaultCacheTotal bounds the cache's size on disk.
const DefaultCacheTotal = 512 << 20

// cacheMagic opens every cache file; a new format gets a new number.
const cacheMagic = "parallax-page-cache 1\n"

// maxHeader bounds the JSON header line of a cache file.
const maxHeader = 64 << 10

// Cache keeps fetched pages on disk. Its methods are safe for concurrent
// use, by goroutines and by processes.
type Cache struct {
	Dir      string // where the entries live
	MaxEntry int64  // the largest body kept (default DefaultMaxSize)
	MaxTotal int64  // the most bytes all entries may use (default DefaultCacheTotal)
}

// DefaultCacheDir is parallax's directory in the user's cache directory
// (os.UserCacheDir, which honours XDG_CACHE_HOME).
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "parallax"), nil
}

// NewCache returns a cache in dir, created when first written to.
func NewCache(dir string) *Cache {
	return &Cache{Dir: dir, MaxEntry: DefaultMaxSize, MaxTotal: DefaultCacheTotal}
}

// cacheHeader is the JSON line before the body.
type cacheHeader struct {
	URL         string    `json:"url"`
	FinalURL    string    `json:"final_url"`
	ContentType string    `json:"content_type"`
	FetchedAt   time.Time `json:"fetched_at"`
	Size        int64     `json:"size"`
	SHA256      string    `json:"sha256"`
}

// path is the file for url.
func (c *Cache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(c.Dir, hex.EncodeToString(sum[:16])+".page")
}

// Get returns the cached page for url (without its fragment, as ParseURL
// gives it), or nil when there is none or the entry is damaged; a damaged
// entry is removed.
func (c *Cache) Get(url string) *Page {
	path := c.path(url)
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	p, err := c.read(f, url)
	f.Close()
	if err != nil {
		os.Remove(path)
		return nil
	}
	return p
}

// errCorrupt is why an entry is not used.
var errCorrupt = errors.New("corrupt cache entry")

// read parses one entry, checking that it is url's and whole.
func (c *Cache) read(r io.Reader, url string) (*Page, error) {
	br := bufio.NewReaderSize(r, 4096)
	magic := make([]byte, len(cacheMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != cacheMagic {
		return nil, errCorrupt
	}
	line, err := readLine(br, maxHeader)
	if err != nil {
		return nil, errCorrupt
	}
	var h cacheHeader
	if err := json.Unmarshal(line, &h); err != nil || h.URL != url || h.Size < 0 || h.Size > c.maxEntry() {
		return nil, errCorrupt
	}
	body, err := readLimited(br, h.Size)
	if err != nil || int64(len(body)) != h.Size {
		return nil, errCorrupt
	}
	if sum := sha256.Sum256(body); hex.EncodeToString(sum[:]) != h.SHA256 {
		return nil, errCorrupt
	}
	return &Page{URL: h.URL, FinalURL: h.FinalURL, ContentType: h.ContentType, Body: body,
		FetchedAt: h.FetchedAt, FromCache: true}, nil
}

// readLine reads up to a newline, at most limit bytes.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > limit {
			return nil, errCorrupt
		}
		if err == nil {
			return line[:len(line)-1], nil
		}
		if err != bufio.ErrBufferFull {
			return nil, err
		}
	}
}

// Put saves p (Previous and FromCache are not saved), replacing any entry
// for its URL at once.
func (c *Cache) Put(p *Page) error {
	if int64(len(p.Body)) > c.maxEntry() {
		return fmt.Errorf("cache: %s is over the %s limit for an entry", p.URL, sizeString(c.maxEntry()))
	}
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	sum := sha256.Sum256(p.Body)
	head, err := json.Marshal(cacheHeader{URL: p.URL, FinalURL: p.FinalURL, ContentType: p.ContentType,
		FetchedAt: p.FetchedAt, Size: int64(len(p.Body)), SHA256: hex.EncodeToString(sum[:])})
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(len(cacheMagic) + len(head) + 1 + len(p.Body))
	buf.WriteString(cacheMagic)
	buf.Write(head)
	buf.WriteByte('\n')
	buf.Write(p.Body)
	if err := writeAtomic(c.path(p.URL), buf.Bytes()); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	c.prune()
	return nil
}

// writeAtomic writes data to a temporary file beside path and renames it
// over path, so no reader sees half a file.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// staleTemp is how old a temporary file must be before prune takes it for
// the leftover of a crashed write.
const staleTemp = time.Hour

// prune removes the oldest entries while all of them take more than
// MaxTotal bytes, and leftover temporary files. Errors are ignored: a
// cache that cannot be pruned still works.
func (c *Cache) prune() {
	ents, err := os.ReadDir(c.Dir)
	if err != nil {
		return
	}
	type entry struct {
		path string
		size int64
		mod  time.Time
	}
	var pages []entry
	var total int64
	for _, de := range ents {
		info, err := de.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		path := filepath.Join(c.Dir, de.Name())
		switch {
		case strings.HasPrefix(de.Name(), ".tmp-"):
			if time.Since(info.ModTime()) > staleTemp {
				os.Remove(path)
			}
		case strings.HasSuffix(de.Name(), ".page"):
			pages = append(pages, entry{path, info.Size(), info.ModTime()})
			total += info.Size()
		}
	}
	limit := c.MaxTotal
	if limit <= 0 {
		limit = DefaultCacheTotal
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].mod.Before(pages[j].mod) })
	for i := 0; total > limit && i < len(pages)-1; i++ { // the newest always stays
		if os.Remove(pages[i].path) == nil {
			total -= pages[i].size
		}
	}
}

// maxEntry is MaxEntry, or its default.
func (c *Cache) maxEntry() int64 {
	if c.MaxEntry <= 0 {
		return DefaultMaxSize
	}
	return c.MaxEntry
}

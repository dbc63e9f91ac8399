package lexicon

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// wordCacheTest is TestWordCache's cache (a WordCache is large: a package
// variable, as its comment asks).
var wordCacheTest WordCache[string]

// TestWordCache holds that a WordCache returns what read says of each
// word's string, from every goroutine at once, and reads a word again only
// when two goroutines meet it together.
func TestWordCache(t *testing.T) {
	var reads atomic.Int64
	read := func(s string) *string {
		reads.Add(1)
		v := "v:" + s
		return &v
	}
	ids := make([]Word, 9000) // past two chunks
	for i := range ids {
		ids[i] = Intern(fmt.Sprintf("wc%d", i))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, id := range ids {
				if got, want := *wordCacheTest.Get(id, read), "v:"+id.String(); got != want {
					t.Errorf("Get(%d) = %q, want %q", id, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	before := reads.Load()
	if before < int64(len(ids)) || before > 4*int64(len(ids)) {
		t.Errorf("%d reads of %d words", before, len(ids))
	}
	for _, id := range ids {
		wordCacheTest.Get(id, read)
	}
	if n := reads.Load() - before; n != 0 {
		t.Errorf("%d words read again", n)
	}
}

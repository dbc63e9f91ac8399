// Package parallel splits work over the processors.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For runs fn over [0, n) split into contiguous chunks, one goroutine
// per processor; small inputs run inline.
func For(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 64 || workers == 1 {
		fn(0, n)
		return
	}
	// More chunks than workers evens out uneven passages.
	chunks := workers * 4
	size := (n + chunks - 1) / chunks
	var wg sync.WaitGroup
	next := make(chan int, chunks)
	for lo := 0; lo < n; lo += size {
		next <- lo
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lo := range next {
				fn(lo, min(lo+size, n))
			}
		}()
	}
	wg.Wait()
}

// Each runs fn(i) for every i in [0, n), taken in order of i, on one goroutine
// per processor (at most n): for a few large items, which For would run
// inline.
func Each(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		})
	}
	wg.Wait()
}

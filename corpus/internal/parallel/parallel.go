// Package parallel splits work over the processors.
package parallel

import (
	"runtime"
	"sync"
)

// parallel runs fn over [0, n) split into contiguous chunks, one goroutine
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

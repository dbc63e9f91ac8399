package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestUsedGrows holds Used to the CPU time spent: a busy loop of 50 ms of
// wall time adds CPU time on Unix, and Used never runs backwards.
func TestUsedGrows(t *testing.T) {
	start := Used()
	x := 0
	for t0 := time.Now(); time.Since(t0) < 50*time.Millisecond; {
		x++
	}
	end := Used()
	if end < start {
		t.Fatalf("Used ran backwards: %v then %v", start, end)
	}
	if runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" && end == start {
		t.Errorf("a busy loop (%d turns) added no CPU time", x)
	}
}

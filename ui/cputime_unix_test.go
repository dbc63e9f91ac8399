//go:build unix

package ui

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, all threads, user and
// system: on a loaded machine the benchmarks' wall time says more about
// the other processes than about the reader.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

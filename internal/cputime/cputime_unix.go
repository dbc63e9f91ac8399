//go:build unix

// Package cputime reads the CPU time the process has used: on a loaded
// machine a benchmark's wall time says more about the other processes
// than about the code measured, its CPU time much less.
package cputime

import (
	"syscall"
	"time"
)

// Used is the user and system CPU time the process has used so far, all
// threads; 0 when the system does not say.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

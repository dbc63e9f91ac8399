//go:build unix

package ui

import (
	"os"
	"os/signal"
	"syscall"
	"unsafe"
)

// stopSignals stop the reader like ctrl+z when sent from outside.
var stopSignals = []os.Signal{syscall.SIGTSTP, syscall.SIGTTOU, syscall.SIGTTIN}

// stopIgnored reports whether the reader was started with job control
// signals ignored: then it never stops itself.
func stopIgnored() bool { return signal.Ignored(syscall.SIGTSTP) }

// stopUntilForeground stops the process group as a shell job and returns
// once it is continued in the terminal's foreground (a job continued in the
// background by bg stops again: it cannot take the terminal from there).
//
// It stops with SIGSTOP, not SIGTSTP: once a Go program has caught SIGTSTP,
// the runtime keeps its handler and a later SIGTSTP no longer stops it.
func stopUntilForeground(tty *terminal) {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	for {
		_ = syscall.Kill(0, syscall.SIGSTOP)
		<-cont
		if tty.foreground() {
			return
		}
	}
}

// foreground reports whether the process group is the terminal's
// foreground group (or there is no terminal to ask).
func (t *terminal) foreground() bool {
	if t == nil || t.in == nil {
		return true
	}
	var pgrp int32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, t.in.Fd(), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pgrp))); errno != 0 {
		return true
	}
	return int(pgrp) == syscall.Getpgrp()
}

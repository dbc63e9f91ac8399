// Command jobctl runs a command the way a shell with job control runs a
// job: in a process group of its own, in the foreground of the terminal on
// standard input. So the job's group is not orphaned, and a SIGTSTP stops
// it as it would at a shell prompt (the kernel discards stop signals sent
// to an orphaned group, such as a tmux pane's own). jobctl waits for the
// command to exit, not just stop, takes the foreground back, and exits with
// its status, 128+n if signal n ended it.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"unsafe"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: jobctl command [arg...]")
		os.Exit(2)
	}
	// Taking the foreground back from the background needs SIGTTOU
	// ignored.
	signal.Ignore(syscall.SIGTTOU)
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Foreground: true, Ctty: 0}
	err := cmd.Run()
	pgrp := syscall.Getpgrp()
	syscall.Syscall(syscall.SYS_IOCTL, 0, syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&pgrp)))
	if err == nil {
		os.Exit(0)
	}
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			os.Exit(128 + int(ws.Signal()))
		}
		os.Exit(ee.ExitCode())
	}
	fmt.Fprintln(os.Stderr, "jobctl:", err)
	os.Exit(127)
}

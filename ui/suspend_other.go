//go:build !unix

package ui

import "os"

// stopSignals: there is no job control here.
var stopSignals []os.Signal

func stopIgnored() bool { return true }

func stopUntilForeground(*terminal) {}

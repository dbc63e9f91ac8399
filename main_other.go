//go:build !unix

package main

import "os"

// isRuntimeDevNull: only Unix runtimes reopen closed standard descriptors.
func isRuntimeDevNull(*os.File) bool { return false }

// Command baseline is the floor parallax's start-up is measured against
// (issue 5, target 1): a trivial Go program that embeds the same sample
// articles and prints them. With file arguments it prints those files
// instead, the floor for a run on articles read from disk.
//
// It is its own module, so that the main module's ./... never sees it:
// bench/run copies it and the seeds (seeds/*.txt) into a temporary
// directory and builds it there; no second copy of the seeds is kept.
package main

import (
	"embed"
	"io/fs"
	"os"
	"sort"
)

//go:embed *.txt
var files embed.FS

func main() {
	if len(os.Args) > 1 {
		for _, name := range os.Args[1:] {
			data, err := os.ReadFile(name)
			if err != nil {
				os.Stderr.WriteString(err.Error() + "\n")
				os.Exit(1)
			}
			os.Stdout.Write(data)
		}
		return
	}
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	for _, n := range names {
		data, err := files.ReadFile(n)
		if err != nil {
			panic(err)
		}
		os.Stdout.Write(data)
	}
}

// Package seeds embeds parallax's sample corpus: two real articles on one
// event, kept byte for byte as published, messiness and all.
package seeds

import (
	"embed"
	"io/fs"
	"sort"

	"github.com/parallax-reader/parallax/corpus"
)

//go:embed *.txt
var files embed.FS

// Sources returns the embedded articles in file-name order.
func Sources() []corpus.Source {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		panic(err) // the pattern is a constant; it cannot be malformed
	}
	sort.Strings(names)
	srcs := make([]corpus.Source, 0, len(names))
	for _, n := range names {
		data, err := files.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		srcs = append(srcs, corpus.Source{Name: n, Data: data})
	}
	return srcs
}

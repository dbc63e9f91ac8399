// Package seeds embeds parallax's sample corpus: two real articles on one
// event, kept byte for byte as published, messiness and all. It is data:
// it imports nothing of the project, and corpus.SourcesFS turns it into
// sources.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the sample articles, one *.txt file each at its root.
func FS() fs.FS { return files }

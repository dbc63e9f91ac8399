// Command gen writes tables_gen.go: the topic and alias tables of
// topics.json and aliases.json, parsed and stemmed, as Go literals, so that
// a start of parallax pays neither. Run it with go generate ./corpus after
// editing either JSON file; TestTablesGenerated fails until then.
package main

import (
	"fmt"
	"os"

	"github.com/parallax-reader/parallax/corpus"
)

func main() {
	src, err := corpus.TablesSource()
	if err == nil {
		err = os.WriteFile("tables_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

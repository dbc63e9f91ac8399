// Command gentables writes corpus/features/tables_gen.go: the topic and
// alias tables of topics.json and aliases.json, parsed and stemmed, as Go
// literals, so that a start of parallax pays neither. Run it with
// go generate ./corpus/features after editing either JSON file;
// TestTablesGenerated fails until then.
package main

import (
	"fmt"
	"os"

	"github.com/parallax-reader/parallax/corpus/features"
)

func main() {
	src, err := features.TablesSource()
	if err == nil {
		err = os.WriteFile("tables_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gentables:", err)
		os.Exit(1)
	}
}

package main

import (
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/internal/gentest"
)

// TestTablesGenerated fails when corpus/features/tables_gen.go is not what
// go generate writes from the JSON files today: someone edited topics.json
// or aliases.json (or the code that parses them) and did not regenerate.
func TestTablesGenerated(t *testing.T) {
	want, err := Source()
	if err != nil {
		t.Fatal(err)
	}
	gentest.Fresh(t, filepath.Join("..", "..", "corpus", "features", "tables_gen.go"), want, false, "go generate ./corpus/features")
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTablesGenerated fails when corpus/features/tables_gen.go is not what
// go generate writes from the JSON files today: someone edited topics.json
// or aliases.json (or the code that parses them) and did not regenerate.
func TestTablesGenerated(t *testing.T) {
	want, err := Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "corpus", "features", "tables_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("corpus/features/tables_gen.go is stale: run go generate ./corpus/features")
	}
}

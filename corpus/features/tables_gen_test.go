package features

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestTablesGenerated fails when tables_gen.go is not what go generate
// writes from the JSON files today: someone edited topics.json or
// aliases.json (or the code that parses them) and did not regenerate.
func TestTablesGenerated(t *testing.T) {
	want, err := TablesSource()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("tables_gen.go is stale: run go generate ./corpus/features")
	}
}

// TestGeneratedTablesMatchJSON checks that the generated literals are the
// tables parsing the JSON at run time would build.
func TestGeneratedTablesMatchJSON(t *testing.T) {
	ts, err := parseTopics(topicsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if got := generatedTopics(); !reflect.DeepEqual(got, ts) {
		t.Error("generated topic set differs from topics.json parsed")
	}
	at, err := parseAliases(aliasesJSON)
	if err != nil {
		t.Fatal(err)
	}
	if got := generatedAliases(); !reflect.DeepEqual(got, at) {
		t.Error("generated alias table differs from aliases.json parsed")
	}
}

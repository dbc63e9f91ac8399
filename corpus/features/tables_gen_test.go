package features

import (
	"reflect"
	"testing"
)

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

package features

import (
	"errors"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestUserTopicFileAdds holds that a user's topics join the built-in set,
// marked as the user's, and score passages like built-in ones; that a
// topic with a built-in id replaces it in place; and that "replace"
// leaves only the user's topics.
func TestUserTopicFileAdds(t *testing.T) {
	t.Cleanup(ResetTables)
	err := UseTopicFile("mine.json", []byte(`{
  "topics": [
    {"id": "count", "label": "Vote count", "cues": {"votes": 3, "tally sheets": 3}},
    {"id": "reaction", "label": "What officials said", "cues": {"spokesman": 3}}
  ]
}`))
	if err != nil {
		t.Fatal(err)
	}
	ts := ActiveTopics()
	var ids []string
	for _, tp := range ts.Topics {
		ids = append(ids, tp.ID+":"+string(tp.Source))
	}
	want := "warnings:builtin culprit:builtin casualties:builtin reaction:user investigation:builtin count:user"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("topics %s, want %s", got, want)
	}
	toks := tokens("The opposition counted the votes on the tally sheets.")
	scores, vec := ScoreTopics(toks)
	if len(scores) == 0 || scores[0].ID != "count" || len(vec) != len(ts.Topics) {
		t.Errorf("scores %v (vector of %d), want count first", scores, len(vec))
	}

	ResetTables()
	if err := UseTopicFile("only.json", []byte(`{"replace": true, "topics": [{"id": "count", "label": "Vote count", "cues": {"votes": 3}}]}`)); err != nil {
		t.Fatal(err)
	}
	if ts := ActiveTopics(); len(ts.Topics) != 1 || ts.Topics[0].Source != model.TopicUser {
		t.Errorf("replace: topics %v", ts.Topics)
	}
}

// TestUserTopicFileErrors holds that a malformed file is refused with its
// name, the line of the mistake and what is wrong, and changes nothing.
func TestUserTopicFileErrors(t *testing.T) {
	t.Cleanup(ResetTables)
	for _, tt := range []struct {
		name, data, want string
	}{
		{"syntax", "{\n  \"topics\": [\n    {\"id\": \"a\",}\n  ]\n}", "f.json:3: not valid JSON"},
		{"weight type", "{\n  \"topics\": [\n    {\"id\": \"a\", \"label\": \"A\", \"cues\": {\n      \"x\": \"high\"}}\n  ]\n}", "f.json:4: "},
		{"unknown field", "{\n  \"topics\": [],\n  \"treshold\": 0.3\n}", `f.json:3: unknown field "treshold"`},
		{"no label", "{\"topics\": [\n  {\"id\": \"a\", \"label\": \"A\", \"cues\": {\"x\": 1}},\n  {\"id\": \"b\", \"cues\": {\"x\": 1}}\n]}", `f.json:3: topic "b" has no label`},
		{"twice", "{\"topics\": [\n  {\"id\": \"a\", \"label\": \"A\", \"cues\": {\"x\": 1}},\n  {\"id\": \"a\", \"label\": \"A\", \"cues\": {\"x\": 1}}\n]}", `f.json:3: topic id "a" is given twice`},
		{"weight", "{\"topics\": [\n  {\"id\": \"a\", \"label\": \"A\", \"cues\": {\n    \"x\": 1,\n    \"y\": -2}}\n]}", `f.json:4: cue "y" of topic "a": weight must be above 0`},
		{"empty", "", "f.json:1: the file is empty"},
		{"reserved id", "{\"topics\": [\n  {\"id\": \"found-1\", \"label\": \"A\", \"cues\": {\"x\": 1}}\n]}", `f.json:2: topic id "found-1": ids starting "found-" are kept`},
		{"cut", "{\"topics\": [\n", "f.json:2: the JSON ends too soon"},
		{"no topics", "{}", `f.json:1: no topics`},
		{"trailing", "{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"cues\": {\"x\": 1}}]}\n}", "f.json:2: unexpected text"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := ActiveTopics()
			err := UseTopicFile("f.json", []byte(tt.data))
			var fe *FileError
			if !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v, want an error starting %q", err, tt.want)
			}
			if ActiveTopics() != before {
				t.Error("a refused file changed the topics in use")
			}
		})
	}
}

// TestUserAliasFile holds that a user's alias file joins the built-in
// table (the built-in names still resolve) and is refused when malformed.
func TestUserAliasFile(t *testing.T) {
	t.Cleanup(ResetTables)
	err := UseAliasFile("names.json", []byte(`{
  "groups": [
    {"name": "Tochka-U", "variants": ["Tochka U", "OTR-21"]}
  ]
}`))
	if err != nil {
		t.Fatal(err)
	}
	tbl := BuiltinAliases()
	if e, ok := tbl.byVariant[aliasKey("OTR-21")]; !ok || e.name != "Tochka-U" {
		t.Errorf("OTR-21: %+v, %v", e, ok)
	}
	if _, ok := tbl.byVariant[aliasKey("Kremlin")]; !ok {
		t.Error("the built-in names are gone")
	}
	err = UseAliasFile("names.json", []byte("{\n  \"groups\": [\n    {\"name\": \"X\", \"variant\": [\"Y\"]}\n  ]\n}"))
	if err == nil || !strings.HasPrefix(err.Error(), `names.json:3: unknown field "variant"`) {
		t.Errorf("got %v", err)
	}
	err = UseAliasFile("names.json", []byte("{\n  \"groups\": [\n    {\"name\": \"X\"},\n    {\"name\": \"Y\", \"variants\": [\"\"]}\n  ]\n}"))
	if err == nil || !strings.HasPrefix(err.Error(), `names.json:4: "Y" has an empty variant`) {
		t.Errorf("got %v", err)
	}
	ResetTables()
	if _, ok := BuiltinAliases().byVariant[aliasKey("OTR-21")]; ok {
		t.Error("ResetTables kept the user's names")
	}
}

// FuzzTopicFile holds that any topic file is either taken or refused with
// a FileError whose line is in the file, and never panics.
func FuzzTopicFile(f *testing.F) {
	f.Add([]byte(`{"topics": [{"id": "a", "label": "A", "cues": {"x y": 1, "=z": 2}}]}`))
	f.Add([]byte("{\n\"topics\": [\n{\"id\": 1}\n]\n}"))
	f.Add([]byte(`{"replace": true, "threshold": 2, "topics": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer ResetTables()
		err := UseTopicFile("f.json", data)
		if err == nil {
			return
		}
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("not a FileError: %v", err)
		}
		if lines := strings.Count(string(data), "\n") + 1; fe.Line < 1 || fe.Line > lines {
			t.Fatalf("line %d of a %d-line file: %v", fe.Line, lines, err)
		}
	})
}

// TestTopicIndexFollowsSet holds that the cue index (one kept, of the set
// last scored) follows the set in use: built-in, a user's, built-in again.
func TestTopicIndexFollowsSet(t *testing.T) {
	t.Cleanup(ResetTables)
	toks := tokens("The opposition counted the votes on the tally sheets.")
	first := func() string {
		scores, _ := ScoreTopics(toks)
		if len(scores) == 0 {
			return ""
		}
		return scores[0].ID
	}
	builtin := first()
	if err := UseTopicFile("only.json", []byte(`{"replace": true, "topics": [{"id": "count", "label": "Vote count", "cues": {"votes": 3}}]}`)); err != nil {
		t.Fatal(err)
	}
	if got := first(); got != "count" {
		t.Errorf("user set: first topic %q, want count", got)
	}
	ResetTables()
	if got := first(); got != builtin {
		t.Errorf("built-in set again: first topic %q, want %q", got, builtin)
	}
	if ix := lastIndex.Load(); ix == nil || ix.set != ActiveTopics() {
		t.Error("the kept index is not the set in use's")
	}
}

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The election pair written for the points stage (corpus/testdata/points).
var electionPair = []string{"election-a.txt", "election-b.txt"}

// pointsDir copies the election pair and a user topic file into a new
// directory and returns it.
func pointsDir(t *testing.T, topics string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range electionPair {
		data, err := os.ReadFile(filepath.Join("..", "corpus", "testdata", "points", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "topics.json"), []byte(topics), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const voteCountTopics = `{
  "topics": [
    {"id": "count", "label": "Vote count", "cues": {
      "votes": 3, "tally": 3, "ballots": 2.5, "counted": 2}}
  ]
}
`

// TestUserTopicInReader starts the reader on the election pair with a
// user topic file: its topic shows in the topic bar and as a heading,
// ] reaches it and f shows it alone; a point found in the text (its
// heading says "from the text") is a topic like the others.
func TestUserTopicInReader(t *testing.T) {
	t.Parallel()
	dir := pointsDir(t, voteCountTopics)
	tm := start(t, launch{W: 120, H: 40, Dir: dir, Args: []string{"--topics", "topics.json", electionPair[0], electionPair[1]}})
	tm.WaitFor("the reader with the user's topic in the topic bar", func(s screen) bool {
		return isSplit(s, electionPair[0], electionPair[1]) && s.Has("Vote count")
	})
	pressUntil(t, tm, "]", "the selection under Vote count", func(s screen) bool {
		return selectedUnder(s, "Vote count")
	})
	tm.Send("f")
	tm.WaitText("only: Vote count")
	tm.Send("f")
	tm.Send("G")
	pressUntil(t, tm, "[", "the selection under a point found in the text", selectedUnderFound)
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

// TestUserTopicInReports holds that the user's topic reaches the
// Markdown and JSON reports, marked as the user's.
func TestUserTopicInReports(t *testing.T) {
	t.Parallel()
	dir := pointsDir(t, voteCountTopics)
	tm := start(t, launch{W: 100, H: 30, Dir: dir, Stdout: "out.md",
		Args: []string{"--topics=topics.json", "--format", "markdown", electionPair[0], electionPair[1]}})
	if code := tm.ExitStatus(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	md := tm.File("out.md")
	for _, want := range []string{"- Vote count (your topic file)", "### Vote count", "(found in the text"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown report lacks %q", want)
		}
	}
	tm = start(t, launch{W: 100, H: 30, Dir: dir, Stdout: "out.json",
		Args: []string{"--topics", "topics.json", "-f", "json", electionPair[0], electionPair[1]}})
	if code := tm.ExitStatus(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	js := tm.File("out.json")
	for _, want := range []string{`"id": "count"`, `"source": "user"`, `"source": "found"`, `"points": [`, `"entities": [`} {
		if !strings.Contains(js, want) {
			t.Errorf("the JSON report lacks %s", want)
		}
	}
}

// TestMalformedTopicFile holds that a malformed topic file is refused
// before anything is drawn: exit status 1, one line naming the file and
// the line of the mistake.
func TestMalformedTopicFile(t *testing.T) {
	t.Parallel()
	dir := pointsDir(t, "{\n  \"topics\": [\n    {\"id\": \"count\", \"label\": \"Vote count\", \"cues\": {\"votes\": 3},}\n  ]\n}\n")
	tm := start(t, launch{W: 100, H: 30, Dir: dir, Stderr: "err", Args: []string{"--topics", "topics.json", electionPair[0], electionPair[1]}})
	if code := tm.ExitStatus(); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	stderr := tm.File("err")
	if !strings.HasPrefix(stderr, "parallax: topics.json:3: ") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("standard error should be one line naming topics.json:3, got:\n%s", stderr)
	}
	if raw := string(tm.Raw()); raw != beforeLine+"\r\n" {
		t.Errorf("parallax wrote to the terminal: %q", strings.TrimPrefix(raw, beforeLine+"\r\n"))
	}
}

// selectedUnderFound reports whether the selected item sits under the
// heading of a point found in the text.
func selectedUnderFound(s screen) bool {
	for i, l := range s {
		if !strings.HasPrefix(l, marker) {
			continue
		}
		for ; i >= headerRows; i-- {
			if heading(s[i]) != "" {
				return strings.Contains(s[i], "· from the text")
			}
		}
		return false
	}
	return false
}

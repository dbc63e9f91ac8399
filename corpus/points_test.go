package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/text"
)

// pointPairs are the article pairs written for the points stage, in wire
// copy style, about stories the built-in topics were not made for: an
// election count, a court case, an industrial accident.
// The three dam articles hold that one point spans the pairs of three
// documents.
var pointPairs = []struct {
	name  string
	files []string
}{
	{"election", []string{"election-a.txt", "election-b.txt"}},
	{"court", []string{"court-a.txt", "court-b.md"}},
	{"dam", []string{"dam-a.txt", "dam-b.txt"}},
	{"dam, three articles", []string{"dam-a.txt", "dam-b.txt", "dam-c.txt"}},
}

func comparePointPair(t *testing.T, files ...string) *Comparison {
	t.Helper()
	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join("testdata", "points", f))
	}
	srcs, err := ReadSources(paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(srcs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestPointsGolden writes, for each pair, the topics its rows fall under
// (built-in, found) with their passages' openings, and the names taken as
// one: testdata/points.txt, to be reviewed by reading — do the names read
// as a person would label a margin note? It also holds that most aligned
// pairs fall under a named point or topic, not "Other common ground".
func TestPointsGolden(t *testing.T) {
	var b strings.Builder
	for _, pp := range pointPairs {
		c := comparePointPair(t, pp.files...)
		fmt.Fprintf(&b, "== %s\n", pp.name)
		other, rows := 0, 0
		var groups []Group
		for x := range c.Documents {
			for y := x + 1; y < len(c.Documents); y++ {
				groups = append(groups, Pair(c, x, y)...)
			}
		}
		for _, g := range groups {
			if g.Kind != GroupTopic {
				continue
			}
			rows += len(g.Rows)
			src := "other"
			for _, tp := range c.Topics {
				if tp.ID == g.Topic {
					src = string(tp.Source)
				}
			}
			fmt.Fprintf(&b, "%s (%s)\n", g.Label, src)
			for _, r := range g.Rows {
				fmt.Fprintf(&b, "  %s ↔ %s  %s | %s\n", r.A.ID, r.B.ID, text.Opening(r.A.Text, 50), text.Opening(r.B.Text, 50))
				if g.Topic == "" {
					other++
				}
			}
		}
		for _, e := range c.Entities {
			fmt.Fprintf(&b, "name: %s\n", e.Line())
		}
		if 2*other >= rows {
			t.Errorf("%s: %d of %d aligned rows under %q", pp.name, other, rows, OtherTopicLabel)
		}
		if len(c.Points) == 0 {
			t.Errorf("%s: no point found", pp.name)
		}
		spanning := 0 // points that hold alignments of every pair of documents
		for _, p := range c.Points {
			fmt.Fprintf(&b, "point %s: %d alignments\n", p.Label, len(p.Alignments))
			pairs := map[[2]int]bool{}
			for _, ai := range p.Alignments {
				al := c.Alignments[ai]
				pairs[[2]int{c.Passage(al.A).Doc, c.Passage(al.B).Doc}] = true
			}
			if n := len(c.Documents); len(pairs) == n*(n-1)/2 {
				spanning++
			}
		}
		if len(c.Documents) > 2 && spanning == 0 {
			t.Errorf("%s: no point spans the pairs of its %d documents", pp.name, len(c.Documents))
		}
		b.WriteString("\n")
	}
	golden(t, "points.txt", []byte(b.String()))
}

// TestPointsDeterministic holds that the same articles always give the
// same points, with the same names.
func TestPointsDeterministic(t *testing.T) {
	for _, pp := range pointPairs {
		first := comparePointPair(t, pp.files...)
		for range 3 {
			again := comparePointPair(t, pp.files...)
			if !reflect.DeepEqual(first.Points, again.Points) || !reflect.DeepEqual(first.Topics, again.Topics) {
				t.Fatalf("%s: points differ between runs:\n%v\n%v", pp.name, first.Points, again.Points)
			}
		}
	}
}

// TestPointsKeepSampleTopics holds that the sample's alignments keep the
// topics alignment gave them — warnings and culprit above all: points only
// take what no topic holds (no built-in topic holds most of the sample).
func TestPointsKeepSampleTopics(t *testing.T) {
	c, an := compareKeep(t, seedSources(t))
	held := map[string]int{}
	for i, al := range c.Alignments {
		before := an.topics[i]
		held[before]++
		if al.Topic != before && before != "" {
			t.Errorf("%s ↔ %s: topic %q became %q", al.A, al.B, before, al.Topic)
		}
	}
	if held["warnings"] == 0 || held["culprit"] == 0 {
		t.Errorf("the sample has no warnings or culprit alignments: %v", held)
	}
}

// TestUserTopicFile holds that a user's topic file adds a topic that
// rows then fall under, and that a malformed one is refused with its line.
func TestUserTopicFile(t *testing.T) {
	t.Cleanup(ResetTables)
	dir := t.TempDir()
	good := filepath.Join(dir, "topics.json")
	os.WriteFile(good, []byte(`{
  "topics": [
    {"id": "count", "label": "Vote count", "cues": {"votes": 3, "tally": 3, "ballots": 2.5, "counted": 2}}
  ]
}
`), 0o644)
	if err := UseTableFiles([]string{good}, nil); err != nil {
		t.Fatal(err)
	}
	c := comparePointPair(t, "election-a.txt", "election-b.txt")
	var src TopicSource
	for _, tp := range c.Topics {
		if tp.ID == "count" {
			src = tp.Source
		}
	}
	if src != "user" {
		t.Fatalf("topic count has source %q, want user", src)
	}
	n := 0
	for _, al := range c.Alignments {
		if al.Topic == "count" {
			n++
		}
	}
	if n == 0 {
		t.Error("no alignment falls under the user's topic")
	}

	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\n  \"topics\": [\n    {\"id\": \"x\", \"label\": \"X\", \"cues\": {\"a\": 1},}\n  ]\n}\n"), 0o644)
	err := UseTableFiles([]string{bad}, nil)
	if err == nil || !strings.Contains(err.Error(), "bad.json:3:") {
		t.Errorf("malformed file: got %v, want an error at bad.json:3", err)
	}
}

package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/report"
)

var update = flag.Bool("update", false, "rewrite the golden report files")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -run %s -update)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./corpus -run %s -update and read the diff", name, t.Name())
	}
}

func TestReportGolden(t *testing.T) {
	c, err := Compare(seedSources(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, *model.Comparison) error
	}{
		{"seeds.json", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteJSON(b, c) }},
		{"seeds.md", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteMarkdown(b, c) }},
		{"seeds.txt", func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteText(b, c) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b, c); err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, b.Bytes())
		})
	}
}

// TestJSONSchema pins the field names README.md documents, independent of
// what the engine finds.
func TestJSONSchema(t *testing.T) {
	c, err := Compare(seedSources(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.WriteJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	var r map[string]any
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	keys := func(m any, want ...string) {
		t.Helper()
		obj, ok := m.(map[string]any)
		if !ok {
			t.Fatalf("not an object: %v", m)
		}
		for _, k := range want {
			if _, ok := obj[k]; !ok {
				t.Errorf("missing field %q in %v", k, obj)
			}
		}
	}
	keys(r, "documents", "topics", "alignments", "unique")
	docs := r["documents"].([]any)
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	keys(docs[0], "id", "name", "title", "passages")
	if name := docs[0].(map[string]any)["name"]; name != "iran-warning.txt" {
		t.Errorf("first document is %v, want the seeds in file-name order", name)
	}
	ps := docs[0].(map[string]any)["passages"].([]any)
	keys(ps[0], "id", "line", "kind", "text", "topics")
	keys(r["topics"].([]any)[0], "id", "label")
	als := r["alignments"].([]any)
	if len(als) == 0 {
		t.Fatal("no alignments on the seeds")
	}
	keys(als[0], "a", "b", "topic", "score", "verdict", "reasons")
	var ids []string
	for _, tp := range r["topics"].([]any) {
		ids = append(ids, tp.(map[string]any)["id"].(string))
	}
	if got := strings.Join(ids, ","); got != "warnings,culprit,casualties,reaction,investigation" {
		t.Errorf("topic ids = %s", got)
	}
}

// TestReportsCarryNoControls: no report may pass a control byte from an
// article to a terminal or a file.
func TestReportsCarryNoControls(t *testing.T) {
	a := []byte("Officials said \x1b]0;pwned\x07 that 12 people died \x1b[2J in the \r fire.\x9b31m\n\nThe mayor \u202e blamed the owner.\n")
	b := []byte("Firefighters said 14 people died in the fire.\n\nThe owner denied any blame.\n")
	c, err := Compare([]model.Source{{Name: "evil\x1b[31m.txt", Data: a}, {Name: "b.txt", Data: b}})
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range map[string]func(*bytes.Buffer, *model.Comparison) error{
		"json":     func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteJSON(b, c) },
		"markdown": func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteMarkdown(b, c) },
		"text":     func(b *bytes.Buffer, c *model.Comparison) error { return report.WriteText(b, c) },
	} {
		var buf bytes.Buffer
		if err := w(&buf, c); err != nil {
			t.Fatal(err)
		}
		for _, r := range buf.String() {
			if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x202e) {
				t.Fatalf("%s report carries control %U", name, r)
			}
		}
	}
}

// TestManyDocumentReportsStayProportionate guards issue 13: with n
// documents the text and Markdown reports printed every unmatched passage
// under each of its n−1 pairs (1,000 small files gave 218 MB). Now each is
// printed once, and pairs with nothing in common are counted.
func TestManyDocumentReportsStayProportionate(t *testing.T) {
	var srcs []Source
	asides := []string{
		"Tickets for the autumn concert series go on sale in March.",
		"A new bakery opened on the harbour road last week.",
		"The library extends its opening hours during the exam period.",
		"Rainfall this winter was well above the average of recent years.",
		"The chess club welcomes players of every level on Thursdays.",
		"Cyclists asked the council for a safer crossing near the school.",
	}
	for i, aside := range asides {
		body := fmt.Sprintf("Firefighters said the blaze at the old mill was put out before dawn on Sunday.\n\n"+
			"%s Reference zq%dx.\n", aside, i)
		srcs = append(srcs, Source{Name: fmt.Sprintf("s%d.txt", i), Data: []byte(body)})
	}
	c, err := Compare(srcs)
	if err != nil {
		t.Fatal(err)
	}
	for _, write := range []func(io.Writer, *Comparison) error{WriteText, WriteMarkdown} {
		var b strings.Builder
		if err := write(&b, c); err != nil {
			t.Fatal(err)
		}
		for i := range 6 {
			if n := strings.Count(b.String(), fmt.Sprintf("zq%dx", i)); n != 1 {
				t.Errorf("unmatched passage %d printed %d times, want once", i, n)
			}
		}
	}
}

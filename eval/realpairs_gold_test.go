package eval_test

// Checks the hand-written paragraph gold for real article pairs, the dev
// gold (testdata/realpairs.json), the fit gold (testdata/realpairs_fit.json)
// and the second dev gold of longer articles (testdata/realpairs_dev2.json),
// described in testdata/REALPAIRS.md: each
// file parses, pair ids are unique, every level and verdict is one of the
// allowed words, and every line number is the first line of a paragraph
// (a run of non-blank lines) of that FNC-1 body. The fit gold must keep
// apart from the dev gold: bodies of the fit part only, no body and no
// story shared (a story being the FNC-1 headlines and bodies joined by
// related stances). The second dev gold keeps apart from both the same way,
// with bodies of the dev part only. The bodies are read from ../shared/data/fnc-1/ beside
// the repository and are never copied into it; without them the data checks
// are skipped, unless CI is set.

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

// goldFile is the format of testdata/realpairs.json.
type goldFile struct {
	Source string     `json:"source"`
	Pairs  []goldPair `json:"pairs"`
}

type goldPair struct {
	ID    string     `json:"id"`
	Story string     `json:"story"`
	A     int        `json:"a"`
	B     int        `json:"b"`
	Links []goldLink `json:"links"`
	Note  string     `json:"note"`
}

type goldLink struct {
	A       int    `json:"a"`
	B       int    `json:"b"`
	Level   string `json:"level"`
	Verdict string `json:"verdict"`
	Why     string `json:"why"`
}

var (
	goldLevels   = map[string]bool{"must": true, "should": true, "acceptable": true}
	goldVerdicts = map[string]bool{"agree": true, "diverge": true, "related": true}
)

// goldSet is one gold file and the least it must hold: the issue asks for
// at least 12 pairs from 8 stories in the dev gold; the fit gold was asked
// for 14 from 10.
type goldSet struct {
	file                 string
	minPairs, minStories int
}

var goldSets = []goldSet{
	{eval.RealPairsFile, 12, 8},
	{eval.RealPairsFitFile, 14, 10},
	{eval.RealPairsDev2File, 12, 8},
}

func goldLoad(t *testing.T, file string) goldFile {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(file))
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return g
}

func TestRealPairsGoldWellFormed(t *testing.T) {
	for _, set := range goldSets {
		t.Run(filepath.Base(set.file), func(t *testing.T) { goldWellFormed(t, set) })
	}
}

func goldWellFormed(t *testing.T, set goldSet) {
	g := goldLoad(t, set.file)
	if g.Source == "" {
		t.Error("source is empty")
	}
	ids := map[string]bool{}
	stories := map[string]bool{}
	for _, p := range g.Pairs {
		if p.ID == "" || ids[p.ID] {
			t.Errorf("pair id %q is empty or repeated", p.ID)
		}
		ids[p.ID] = true
		if p.Story == "" {
			t.Errorf("%s: story is empty", p.ID)
		}
		stories[p.Story] = true
		if p.A < 0 || p.B < 0 || p.A == p.B { // FNC-1 Body IDs start at 0
			t.Errorf("%s: body ids %d and %d", p.ID, p.A, p.B)
		}
		if len(p.Links) == 0 {
			t.Errorf("%s: no links", p.ID)
		}
		seen := map[[2]int]bool{}
		for _, l := range p.Links {
			if !goldLevels[l.Level] {
				t.Errorf("%s %d-%d: level %q", p.ID, l.A, l.B, l.Level)
			}
			if !goldVerdicts[l.Verdict] {
				t.Errorf("%s %d-%d: verdict %q", p.ID, l.A, l.B, l.Verdict)
			}
			if l.A < 1 || l.B < 1 {
				t.Errorf("%s %d-%d: lines are 1-based", p.ID, l.A, l.B)
			}
			if k := [2]int{l.A, l.B}; seen[k] {
				t.Errorf("%s %d-%d: link listed twice", p.ID, l.A, l.B)
			} else {
				seen[k] = true
			}
		}
	}
	if len(g.Pairs) < set.minPairs || len(stories) < set.minStories {
		t.Errorf("%d pairs from %d stories, want at least %d from %d",
			len(g.Pairs), len(stories), set.minPairs, set.minStories)
	}
}

// The fit gold holds bodies of the fit part only, and shares no body, pair
// id or story name with the dev gold.
func TestRealPairsFitGoldApart(t *testing.T) {
	dev, fit := goldLoad(t, eval.RealPairsFile), goldLoad(t, eval.RealPairsFitFile)
	devBodies, devNames := map[int]bool{}, map[string]bool{}
	for _, p := range dev.Pairs {
		devBodies[p.A], devBodies[p.B] = true, true
		devNames[p.ID], devNames[p.Story] = true, true
	}
	for _, p := range fit.Pairs {
		for _, id := range []int{p.A, p.B} {
			if part := eval.PartOf(id); part != eval.Fit {
				t.Errorf("%s: body %d is in the %s part", p.ID, id, part)
			}
			if devBodies[id] {
				t.Errorf("%s: body %d is in the dev gold", p.ID, id)
			}
		}
		if devNames[p.ID] || devNames[p.Story] {
			t.Errorf("%s: id or story %q is the dev gold's", p.ID, p.Story)
		}
	}
}

func TestRealPairsGoldLines(t *testing.T) {
	bodies := goldBodiesOrSkip(t)
	for _, set := range goldSets {
		t.Run(filepath.Base(set.file), func(t *testing.T) { goldLines(t, goldLoad(t, set.file), bodies) })
	}
}

// The fit gold's stories are not the dev gold's, and the second dev gold's
// are neither: no FNC-1 story (headlines and bodies joined by a related
// stance, transitively) holds a body of two of them.
func TestRealPairsGoldStoriesApart(t *testing.T) {
	goldBodiesOrSkip(t)
	f, err := os.Open(filepath.Join(filepath.Dir(goldBodiesPath(t)), "train_stances.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stances, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	story := goldStories(stances[1:])
	owner := map[string]string{} // story -> gold file and pair holding it
	for _, set := range goldSets {
		file := filepath.Base(set.file)
		for _, p := range goldLoad(t, set.file).Pairs {
			for _, id := range []int{p.A, p.B} {
				s := story("b" + strconv.Itoa(id))
				if o, ok := owner[s]; ok && !strings.HasPrefix(o, file+" ") {
					t.Errorf("%s %s: body %d shares a story with %s", file, p.ID, id, o)
				}
				if _, ok := owner[s]; !ok {
					owner[s] = file + " " + p.ID
				}
			}
		}
	}
}

// The second dev gold holds bodies of the dev part only, and shares no body,
// pair id or story name with the other two golds.
func TestRealPairsDev2GoldApart(t *testing.T) {
	others := map[int]string{}
	names := map[string]string{}
	for _, file := range []string{eval.RealPairsFile, eval.RealPairsFitFile} {
		for _, p := range goldLoad(t, file).Pairs {
			others[p.A], others[p.B] = file, file
			names[p.ID], names[p.Story] = file, file
		}
	}
	for _, p := range goldLoad(t, eval.RealPairsDev2File).Pairs {
		for _, id := range []int{p.A, p.B} {
			if part := eval.PartOf(id); part != eval.Dev {
				t.Errorf("%s: body %d is in the %s part", p.ID, id, part)
			}
			if f, ok := others[id]; ok {
				t.Errorf("%s: body %d is in %s", p.ID, id, f)
			}
		}
		for _, n := range []string{p.ID, p.Story} {
			if f, ok := names[n]; ok {
				t.Errorf("%s: id or story %q is in %s", p.ID, n, f)
			}
		}
	}
}

// goldStories joins headlines ("h" + text) and bodies ("b" + id) that a
// related stance (agree, disagree, discuss) links, and returns a function
// giving each node's story (a representative node).
func goldStories(rows [][]string) func(string) string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, r := range rows {
		if len(r) < 3 || r[2] == "unrelated" {
			continue
		}
		h, b := find("h"+r[0]), find("b"+r[1])
		if h != b {
			parent[h] = b
		}
	}
	return find
}

// goldBodiesOrSkip reads the FNC-1 bodies, or skips the test when they are
// absent (failing instead when CI is set).
func goldBodiesOrSkip(t *testing.T) map[int]string {
	t.Helper()
	bodies, err := goldReadBodies(goldBodiesPath(t))
	if errors.Is(err, os.ErrNotExist) {
		eval.MissingData(t, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return bodies
}

func goldLines(t *testing.T, g goldFile, bodies map[int]string) {
	for _, p := range g.Pairs {
		a, okA := bodies[p.A]
		b, okB := bodies[p.B]
		if !okA || !okB {
			t.Errorf("%s: body %d or %d not in train_bodies.csv", p.ID, p.A, p.B)
			continue
		}
		startsA, startsB := goldParagraphStarts(a), goldParagraphStarts(b)
		for _, l := range p.Links {
			if !startsA[l.A] {
				t.Errorf("%s: line %d of body %d does not start a paragraph", p.ID, l.A, p.A)
			}
			if !startsB[l.B] {
				t.Errorf("%s: line %d of body %d does not start a paragraph", p.ID, l.B, p.B)
			}
		}
	}
}

func TestGoldParagraphStarts(t *testing.T) {
	got := goldParagraphStarts("One.\nstill one.\n\n \nTwo.\n\nThree.")
	want := map[int]bool{1: true, 5: true, 7: true}
	if len(got) != len(want) {
		t.Fatalf("goldParagraphStarts = %v, want %v", got, want)
	}
	for k := range want {
		if !got[k] {
			t.Fatalf("goldParagraphStarts = %v, want %v", got, want)
		}
	}
}

// goldParagraphStarts returns the 1-based numbers of the lines of text (split
// on "\n") that open a run of non-blank lines.
func goldParagraphStarts(text string) map[int]bool {
	starts := map[int]bool{}
	prevBlank := true
	for i, line := range strings.Split(text, "\n") {
		blank := strings.TrimSpace(line) == ""
		if !blank && prevBlank {
			starts[i+1] = true
		}
		prevBlank = blank
	}
	return starts
}

// goldBodiesPath is ../shared/data/fnc-1/train_bodies.csv seen from the
// repository root (the directory holding go.mod).
func goldBodiesPath(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
	return filepath.Join(dir, "..", "shared", "data", "fnc-1", "train_bodies.csv")
}

// goldReadBodies reads train_bodies.csv (columns Body ID, articleBody).
func goldReadBodies(path string) (map[int]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	if _, err := r.Read(); err != nil { // header
		return nil, err
	}
	bodies := map[int]string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return bodies, nil
		}
		if err != nil {
			return nil, err
		}
		id, err := strconv.Atoi(rec[0])
		if err != nil {
			return nil, err
		}
		bodies[id] = rec[1]
	}
}

package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is the module root, from this package's directory.
var root = filepath.Join("..", "..")

// notGenerated are the packages whose words/*.txt genwords does not read:
// corpus/stance embeds its cue lists and reads them at run time, in its own
// format (phrases folded and split into words at load, no "# match:" line;
// corpus/stance/lists.go), so TestLists in that package checks them.
var notGenerated = map[string]bool{
	filepath.Join("corpus", "stance"): true,
}

// stages returns the packages, relative to the module root, that keep word
// lists for genwords or a words_gen.go: found by walking the module (every
// directory with a words/ folder holding *.txt, or with a words_gen.go), so
// a new package's lists are checked too.
func stages(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(dir string) error {
		pkg, err := filepath.Rel(root, dir)
		if err == nil && !seen[pkg] && !notGenerated[pkg] {
			seen[pkg] = true
			out = append(out, pkg)
		}
		return err
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case !d.IsDir():
			if d.Name() == "words_gen.go" {
				return add(filepath.Dir(path))
			}
			return nil
		case path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata"):
			return filepath.SkipDir
		case d.Name() != "words":
			return nil
		}
		txt, err := filepath.Glob(filepath.Join(path, "*.txt"))
		if err == nil && len(txt) > 0 {
			err = add(filepath.Dir(path))
		}
		if err == nil {
			err = filepath.SkipDir
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("no word lists found under the module root")
	}
	return out
}

// TestWordsGenerated fails when a words_gen.go is not what go generate
// writes from the word lists today, or when a list holds a duplicate or an
// entry that can never match (Generate refuses those).
func TestWordsGenerated(t *testing.T) {
	ss := stages(t)
	t.Logf("packages with word lists: %v", ss)
	for _, s := range ss {
		dir := filepath.Join(root, s)
		want, err := Generate(dir)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "words_gen.go"))
		if want == nil {
			if err == nil {
				t.Errorf("%s: words_gen.go without word lists", s)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: word lists without words_gen.go (run go generate ./%s): %v", s, filepath.ToSlash(s), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s/words_gen.go is stale: run go generate ./%s", s, filepath.ToSlash(s))
		}
	}
}

// TestListChecks holds Generate to its refusals.
func TestListChecks(t *testing.T) {
	for name, body := range map[string]string{
		"twice":   "# match: word\nsaid\nsaid\n",
		"collide": "# match: stem\nknow\nknows\n",
		"stop":    "# match: stem\nthe\n",
		"nomatch": "said\n",
		"prefix":  "# match: prefix\ndeni\ndenied\n",
		"fields":  "# match: word\n# map: pair\n# columns: a:float b:float\nx = 1\n",
		"number":  "# match: word\n# map: pair\n# columns: a:float\nx = one\n",
		"notype":  "# match: word\n# form: slice\n# columns: a:float\nx = 1\n",
	} {
		dir := t.TempDir()
		os.MkdirAll(filepath.Join(dir, "words"), 0o755)
		os.WriteFile(filepath.Join(dir, "words", "x.txt"), []byte(body), 0o644)
		if _, err := Generate(dir); err == nil {
			t.Errorf("%s: Generate accepted %q", name, body)
		}
	}
}

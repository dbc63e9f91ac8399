package hostile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the readable cases under testdata/hostile")

// committed is where the readable cases are kept in the repository.
var committed = filepath.Join("..", "..", "testdata", "hostile")

// TestCommitted keeps testdata/hostile in step with Cases: every readable
// case is committed byte for byte (go test -run TestCommitted -update
// rewrites them).
func TestCommitted(t *testing.T) {
	for _, c := range Cases() {
		if !c.Readable {
			continue
		}
		path := filepath.Join(committed, c.Name)
		if *update {
			if err := os.WriteFile(path, c.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run go test ./internal/hostile -run TestCommitted -update)", c.Name, err)
			continue
		}
		if !bytes.Equal(data, c.Data) {
			t.Errorf("%s differs from Cases (run go test ./internal/hostile -run TestCommitted -update)", c.Name)
		}
	}
}

func TestCases(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Cases() {
		if seen[c.Name] {
			t.Errorf("two cases named %s", c.Name)
		}
		seen[c.Name] = true
		if c.Readable && (!utf8.Valid(c.Data) || bytes.ContainsAny(c.Data, "\x00\x1b\r\x7f") || len(c.Data) > 4096) {
			t.Errorf("%s is marked readable but is not small printable text", c.Name)
		}
		if c.Fail == "" && len(c.Keep) == 0 {
			t.Errorf("%s loads but says nothing that must survive", c.Name)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	for _, c := range Cases() {
		fi, err := os.Stat(filepath.Join(dir, c.Name))
		switch {
		case err != nil:
			t.Error(err)
		case c.Dir != fi.IsDir():
			t.Errorf("%s: dir %v", c.Name, fi.IsDir())
		case c.Size > 0 && fi.Size() != c.Size:
			t.Errorf("%s: %d bytes, want %d", c.Name, fi.Size(), c.Size)
		case !c.Dir && c.Size == 0 && fi.Size() != int64(len(c.Data)):
			t.Errorf("%s: %d bytes, want %d", c.Name, fi.Size(), len(c.Data))
		}
	}
	if err := WriteMany(dir, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "article-0003.txt")); err != nil {
		t.Error(err)
	}
}

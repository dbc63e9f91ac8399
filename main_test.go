package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name    string
		argv    []string
		want    options
		wantErr string
	}{
		{"none", nil, options{}, ""},
		{"files", []string{"a.txt", "b.txt"}, options{args: []string{"a.txt", "b.txt"}}, ""},
		{"format after files", []string{"a.txt", "--format", "json", "b.txt"}, options{format: "json", args: []string{"a.txt", "b.txt"}}, ""},
		{"format with =", []string{"--format=markdown"}, options{format: "markdown"}, ""},
		{"md alias", []string{"-f", "md"}, options{format: "markdown"}, ""},
		{"stdin dash", []string{"-", "b.txt"}, options{args: []string{"-", "b.txt"}}, ""},
		{"double dash", []string{"--", "--format"}, options{args: []string{"--format"}}, ""},
		{"help", []string{"-h"}, options{help: true}, ""},
		{"version", []string{"--version"}, options{ver: true}, ""},
		{"missing format value", []string{"--format"}, options{}, "needs a value"},
		{"bad format", []string{"--format", "pdf"}, options{}, `unknown format "pdf"`},
		{"unknown flag", []string{"--frobnicate"}, options{}, `unknown option "--frobnicate"`},
		{"hostile flag is sanitised", []string{"--\x1b]0;pwned\x07"}, options{}, "unknown option"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseArgs(tt.argv)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if strings.ContainsRune(err.Error(), 0x1b) || strings.ContainsRune(err.Error(), 0x07) {
					t.Fatalf("error message carries a control byte: %q", err.Error())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// runCmd runs the command in-process and returns its exit status and output.
func runCmd(t *testing.T, stdin string, argv ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(argv, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The mayor said the bridge would reopen on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name     string
		argv     []string
		code     int
		inStderr string
	}{
		{"help", []string{"--help"}, 0, ""},
		{"version", []string{"--version"}, 0, ""},
		{"usage error", []string{"--nope"}, 2, "unknown option"},
		{"missing file", []string{good, missing}, 1, "missing.txt"},
		{"empty file", []string{good, empty}, 1, "empty.txt"},
		{"one document", []string{good}, 1, "at least two"},
		{"seeds as json", []string{"--format", "json"}, 0, ""},
		{"seeds as markdown", []string{"--format", "markdown"}, 0, ""},
		{"seeds as text when not a terminal", nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.argv...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if tt.inStderr != "" && !strings.Contains(stderr, tt.inStderr) {
				t.Fatalf("stderr %q does not name %q", stderr, tt.inStderr)
			}
			if tt.code != 0 && !strings.HasPrefix(stderr, "parallax: ") {
				t.Fatalf("stderr %q does not start with the program name", stderr)
			}
		})
	}
}

func TestRunStdinAndJSONShape(t *testing.T) {
	dir := t.TempDir()
	b := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(b, []byte("Officials said 12 people were hurt in the fire.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "Firefighters said 12 people were injured in the blaze.\n", "--format", "json", "-", b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Documents []struct {
			ID, Name string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(r.Documents) != 2 || r.Documents[1].Name != b {
		t.Fatalf("documents = %+v", r.Documents)
	}
}

func TestInputFilesUntouched(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	da := []byte("Police said three people were arrested.\r\n")
	db := []byte("\xef\xbb\xbfThree suspects were detained, police said.\n")
	os.WriteFile(a, da, 0o644)
	os.WriteFile(b, db, 0o644)
	ia, _ := os.Stat(a)
	if code, _, stderr := runCmd(t, "", "--format", "text", a, b); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ga, _ := os.ReadFile(a)
	gb, _ := os.ReadFile(b)
	ja, _ := os.Stat(a)
	if !bytes.Equal(ga, da) || !bytes.Equal(gb, db) || !ia.ModTime().Equal(ja.ModTime()) {
		t.Fatal("an input file was changed")
	}
}

// failWriter fails every write, like a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrorsAreErrors checks a failed write of the help, the version
// or a report is an error: exit status 1 and a message on standard error.
func TestWriteErrorsAreErrors(t *testing.T) {
	for _, argv := range [][]string{{"--help"}, {"--version"}, {"--format", "json"}, {"--format", "text"}, {"--format", "markdown"}} {
		var errb bytes.Buffer
		if code := run(argv, strings.NewReader(""), failWriter{}, &errb); code != 1 {
			t.Errorf("%v: exit %d, want 1", argv, code)
		}
		if !strings.HasPrefix(errb.String(), "parallax: ") || !strings.Contains(errb.String(), "no space") {
			t.Errorf("%v: stderr %q", argv, errb.String())
		}
	}
}

// TestSkippedEntryWarns: a dangling link in a folder is skipped with a
// warning on stderr, and the comparison goes on (issue 13).
func TestSkippedEntryWarns(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Police said the fire started at night in the old mill."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--format", "text", dir}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "parallax: skipped ") || !strings.Contains(stderr.String(), "dangling.txt") {
		t.Errorf("stderr %q, want a warning naming dangling.txt", stderr.String())
	}
}

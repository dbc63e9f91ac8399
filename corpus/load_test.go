package corpus

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus/model"
	txt "github.com/parallax-reader/parallax/corpus/text"
	"github.com/parallax-reader/parallax/internal/hostile"
)

// writeFiles creates files under dir; a name ending in "/" is a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func names(srcs []model.Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.Name)
	}
	return out
}

func TestReadSourcesFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"b.txt": "Second.", "a.md": "# First\n\nText.", "c": "Third."})
	args := []string{filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.md"), filepath.Join(dir, "c")}
	srcs, err := ReadSources(args, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(srcs); strings.Join(got, ",") != strings.Join(args, ",") {
		t.Errorf("names = %v, want the arguments in order %v", got, args)
	}
	if string(srcs[0].Data) != "Second." {
		t.Errorf("data = %q", srcs[0].Data)
	}
}

func TestReadSourcesDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":          "Bravo.",
		"a.md":           "Alpha.",
		"c.markdown":     "Charlie.",
		"D.TXT":          "Delta, upper-case extension.",
		"e":              "Echo, no extension.",
		"f.text":         "Foxtrot.",
		".hidden.txt":    "Hidden.",
		"backup.txt~":    "Backup.",
		"notes.pdf":      "%PDF-1.7 not an article",
		"image.png":      "\x89PNG\r\n\x1a\n",
		"data.json":      `{"a": 1}`,
		"program":        "\x7fELF\x02\x01\x01\x00binary without extension",
		"blank":          "   \n",
		"sub/inside.txt": "Inside a subdirectory.",
	})
	big, err := os.Create(filepath.Join(dir, "bigprogram"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(MaxFileSize + 1); err != nil { // sparse: all NUL, so binary
		t.Fatal(err)
	}
	big.Close()
	srcs, err := ReadSources([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.Name))
	}
	want := "D.TXT,a.md,b.txt,c.markdown,e,f.text"
	if strings.Join(got, ",") != want {
		t.Errorf("read %v, want %s (file-name order; hidden, backups, other extensions, subdirectories and non-text files without extension, large or small, skipped)", got, want)
	}
	if srcs[0].Name != filepath.Join(dir, "D.TXT") {
		t.Errorf("name = %q, want the path inside the given directory", srcs[0].Name)
	}
}

func TestReadSourcesStdin(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "From a file."})
	srcs, err := ReadSources([]string{filepath.Join(dir, "a.txt"), "-"}, strings.NewReader("From stdin."))
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 || srcs[1].Name != StdinName || string(srcs[1].Data) != "From stdin." {
		t.Errorf("sources = %+v", srcs)
	}
}

func TestReadSourcesErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes.pdf":               "%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream",
		"random.txt":              string(hostileBinary()),
		"empty.txt":               "",
		"blank.md":                " \n\t\r\n\u00a0\n",
		"legacy.txt":              "\xcc\xee\xf1\xea\xe2\xe0 \xe7\xe0\xff\xe2\xe8\xeb\xe0",
		"none/":                   "",
		"others/data.csv":         "a,b\n1,2\n",
		"ok.txt":                  "A fine article.",
		"esc\x1b]0;t\x07name.txt": "",
	})
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	p := func(n string) string { return filepath.Join(dir, n) }
	tests := []struct {
		name  string
		args  []string
		stdin io.Reader
		is    error
		msg   string // the whole message, with dir replaced by "D"
	}{
		{"missing", []string{p("nope.txt")}, nil, fs.ErrNotExist, "D/nope.txt: no such file or directory"},
		{"missing in list", []string{p("ok.txt"), p("nope.txt")}, nil, fs.ErrNotExist, "D/nope.txt: no such file or directory"},
		{"pdf", []string{p("notes.pdf")}, nil, ErrBinary, "D/notes.pdf: binary file, not an article"},
		{"random bytes", []string{p("random.txt")}, nil, ErrBinary, "D/random.txt: binary file, not an article"},
		{"empty", []string{p("empty.txt")}, nil, ErrEmpty, "D/empty.txt: empty article (the file is empty)"},
		{"whitespace only", []string{p("blank.md")}, nil, ErrEmpty, "D/blank.md: empty article (only white space)"},
		{"legacy encoding", []string{p("legacy.txt")}, nil, ErrEncoding, "D/legacy.txt: not UTF-8 or UTF-16 text; convert it to UTF-8"},
		{"too large", []string{p("big.txt")}, nil, ErrTooLarge, "D/big.txt: file is 52,428,800 bytes; the limit is 16,777,216 bytes (16 MiB)"},
		{"empty directory", []string{p("none")}, nil, ErrNoArticles, "D/none: no articles in this directory (looked for .txt, .text, .md, .markdown and files without extension)"},
		{"directory without articles", []string{p("others")}, nil, ErrNoArticles, "D/others: no articles in this directory (looked for .txt, .text, .md, .markdown and files without extension)"},
		{"stdin twice", []string{"-", "-"}, strings.NewReader("Text."), ErrStdinTwice, "-: standard input given more than once"},
		{"stdin empty", []string{"-"}, strings.NewReader(""), ErrEmpty, "-: empty article (the file is empty)"},
		{"stdin too large", []string{"-"}, io.LimitReader(zeros{}, MaxFileSize+10), ErrTooLarge, "-: file is more than 16 MiB; the limit is 16 MiB"},
		{"hostile name", []string{p("esc\x1b]0;t\x07name.txt")}, nil, ErrEmpty, "D/esc^[]0;t^Gname.txt: empty article (the file is empty)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadSources(tt.args, tt.stdin)
			if !errors.Is(err, tt.is) {
				t.Fatalf("err = %v, want %v", err, tt.is)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Errorf("err %T is not a *FileError", err)
			}
			if got := strings.ReplaceAll(err.Error(), dir, "D"); got != tt.msg {
				t.Errorf("message\n got %q\nwant %q", got, tt.msg)
			}
		})
	}
}

// zeros reads as endless NUL bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func hostileBinary() []byte {
	for _, c := range hostile.Cases() {
		if c.Name == "binary.txt" {
			return c.Data[4:] // without the ELF signature: caught by its control bytes
		}
	}
	panic("no binary case")
}

func TestReadSourcesUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"secret.txt": "Secret."})
	path := filepath.Join(dir, "secret.txt")
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := ReadSources([]string{path}, nil)
	if !errors.Is(err, fs.ErrPermission) || err.Error() != path+": permission denied" {
		t.Errorf("err = %v, want %s: permission denied", err, path)
	}
}

func TestReadSourcesNeverModifies(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "\ufeffCRLF\r\nfile\twith tabs\x1b[31m.\r\n", "b.txt": "Plain."})
	sum := func() [32]byte {
		h := sha256.New()
		for _, n := range []string{"a.txt", "b.txt"} {
			data, err := os.ReadFile(filepath.Join(dir, n))
			if err != nil {
				t.Fatal(err)
			}
			h.Write(data)
		}
		return [32]byte(h.Sum(nil))
	}
	before := sum()
	srcs, err := ReadSources([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range srcs {
		if _, err := NewDocument(i, s); err != nil {
			t.Fatal(err)
		}
	}
	if sum() != before {
		t.Error("reading changed the input files")
	}
}

func TestReadSourcesManyFiles(t *testing.T) {
	dir := t.TempDir()
	if err := hostile.WriteMany(dir, 500); err != nil {
		t.Fatal(err)
	}
	srcs, err := ReadSources([]string{dir}, nil)
	if err != nil || len(srcs) != 500 {
		t.Fatalf("500 small articles: %d read, err %v", len(srcs), err)
	}
	more := t.TempDir()
	if err := hostile.WriteMany(more, MaxDocuments-500+1); err != nil {
		t.Fatal(err)
	}
	_, err = ReadSources([]string{dir, more}, nil)
	if !errors.Is(err, ErrTooMany) || !strings.Contains(err.Error(), "the limit is 1000") {
		t.Errorf("%d articles: err = %v, want ErrTooMany naming the limit", MaxDocuments+1, err)
	}
}

func TestCheckText(t *testing.T) {
	long := strings.Repeat("An ordinary sentence of an article. ", 20)
	tests := []struct {
		name string
		data string
		want error
	}{
		{"prose", long, nil},
		{"stray NUL in an article", long + "\x00" + long, nil},
		{"a few hostile controls", long + "\x07\x08\x1b[31m\x1b]0;x\x07" + long, nil},
		{"escapes do not count", strings.Repeat("\x1b[31mred\x1b[0m ", 100), nil},
		{"a stray NUL past the window", strings.Repeat("a", sniffLen) + strings.Repeat("\x00", 5) + strings.Repeat("b", sniffLen), nil},
		// Regression (issue 13): only the first 8 KiB used to be looked at,
		// so prose followed by megabytes of controls was analysed for
		// seconds and gigabytes.
		{"controls past the window", strings.Repeat("a", sniffLen) + strings.Repeat("\x01", 1000), ErrBinary},
		{"C1 controls past the window", strings.Repeat("a", sniffLen) + strings.Repeat("\u0085", 1000), ErrBinary},
		{"UTF-16 text", "\xff\xfe" + strings.Repeat("a\x00", 100), nil},
		{"latin-1 accents", strings.Repeat("caf\xe9 na\xefve ", 50), nil},
		{"UTF-8 cut by the window", strings.Repeat("é", sniffLen), nil},
		{"UTF-16 without BOM", strings.Repeat("a\x00", 100), ErrBinary},
		{"mostly NUL", strings.Repeat("\x00", 100), ErrBinary},
		{"tiny NUL file", "a\x00", ErrBinary},
		{"ELF", "\x7fELF" + long, ErrBinary},
		{"gzip", "\x1f\x8b\x08\x00" + long, ErrBinary},
		{"zip", "PK\x03\x04" + long, ErrBinary},
		{"PNG", "\x89PNG\r\n\x1a\n" + long, ErrBinary},
		{"RTF", `{\rtf1\ansi ` + long, ErrBinary},
		{"windows-1251", strings.Repeat("\xcc\xee\xf1\xea\xe2\xe0 ", 50), ErrEncoding},
		{"empty", "", ErrEmpty},
		{"white space", " \t\r\n\u00a0\u3000", ErrEmpty},
		{"BOM only", "\ufeff", ErrEmpty},
		{"UTF-16 white space", "\xff\xfe \x00\n\x00", ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkText([]byte(tt.data)); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("checkText = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestFileErrorMessage(t *testing.T) {
	err := &FileError{Name: "a\x1b[2Jb\nc.txt", Err: ErrBinary}
	// The name is shown with its escape sequence in caret form, so that it
	// stays distinct from "ab c.txt" (issue 13).
	if got := err.Error(); got != "a^[[2Jb c.txt: binary file, not an article" {
		t.Errorf("Error() = %q: the name must be sanitised and on one line", got)
	}
	wrapped := &FileError{Name: "big.txt", Err: tooLarge(3 << 20)}
	if !errors.Is(wrapped, ErrTooLarge) || wrapped.Error() != "big.txt: file is 3,145,728 bytes; the limit is 16,777,216 bytes (16 MiB)" {
		t.Errorf("got %q, is ErrTooLarge %v", wrapped.Error(), errors.Is(wrapped, ErrTooLarge))
	}
}

func TestSizeString(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 1536: "1.5 KiB", 50 << 20: "50.0 MiB", 17<<20 + 1<<19: "17.5 MiB"} {
		if got := SizeString(n); got != want {
			t.Errorf("SizeString(%d) = %q, want %q", n, got, want)
		}
	}
}

// hostileFail maps a hostile case's Fail word to the sentinel it must give.
var hostileFail = map[string]error{
	"binary": ErrBinary, "encoding": ErrEncoding, "empty": ErrEmpty,
	"too-large": ErrTooLarge, "no-articles": ErrNoArticles,
}

// TestHostileCorpus loads every case of the hostile corpus from disk the way
// the command line does, and checks what it promises: refused with the
// right error, or loaded with the text that must survive, in order, and
// none of the live attack bytes.
func TestHostileCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	same := map[string][]*model.Passage{}
	for _, c := range hostile.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			doc, err := loadOne(filepath.Join(dir, c.Name))
			if c.Fail != "" {
				if !errors.Is(err, hostileFail[c.Fail]) {
					t.Fatalf("err = %v, want %s", err, c.Fail)
				}
				if !strings.HasPrefix(err.Error(), filepath.Join(dir, c.Name)+": ") {
					t.Errorf("message %q does not start with the file name", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, p := range doc.Passages {
				texts = append(texts, p.Text)
				for _, bad := range c.Never {
					if strings.Contains(p.Text, bad) {
						t.Errorf("passage %s holds %q: %q", p.ID, bad, p.Text)
					}
				}
				if again := txt.SanitizeLine(p.Text); again != p.Text {
					t.Errorf("passage %s is not sanitised: %q → %q", p.ID, p.Text, again)
				}
			}
			all := strings.Join(texts, "\n")
			at := 0
			for _, k := range c.Keep {
				i := strings.Index(all[at:], k)
				if i < 0 {
					t.Errorf("lost %q (in order) from %q", k, all)
					continue
				}
				at += i + len(k)
			}
			if c.Same != "" {
				if prev, ok := same[c.Same]; ok {
					if got, want := passageSummary(doc.Passages), passageSummary(prev); got != want {
						t.Errorf("passages differ from the rest of %q:\n got %s\nwant %s", c.Same, got, want)
					}
				}
				same[c.Same] = doc.Passages
			}
		})
	}
}

// loadOne reads one path and makes its document.
func loadOne(path string) (*model.Document, error) {
	srcs, err := ReadSources([]string{path}, nil)
	if err != nil {
		return nil, err
	}
	return NewDocument(0, srcs[0])
}

func passageSummary(ps []*model.Passage) string {
	var b bytes.Buffer
	for _, p := range ps {
		b.WriteString(strings.Join([]string{p.ID, string(p.Kind), strconv.Itoa(p.Line), p.Text}, "|"))
		b.WriteByte('\n')
	}
	return b.String()
}

// TestReadSourcesSameFileTwice guards issue 11: one file given twice, by
// the same name or another path to it, is refused with a message.
func TestReadSourcesSameFileTwice(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("An article."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{a, a}, {a, filepath.Join(dir, ".", "a.txt")}, {a, dir}} {
		_, err := ReadSources(args, nil)
		if !errors.Is(err, ErrSameFile) {
			t.Errorf("%v: got %v, want ErrSameFile", args, err)
		}
	}
}

// TestDirectorySkipsBrokenLinks guards issue 13: one dangling symbolic
// link or link loop refused the whole folder; it is skipped with a warning.
func TestDirectorySkipsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("An article about "+n+"."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "loop.txt"), filepath.Join(dir, "loop.txt")); err != nil {
		t.Fatal(err)
	}
	var warned []string
	srcs, err := ReadSourcesWith([]string{dir}, nil, ReadOptions{Warn: func(e *FileError) { warned = append(warned, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 {
		t.Errorf("read %d articles, want 2", len(srcs))
	}
	if len(warned) != 2 || !strings.Contains(warned[0], "dangling.txt") || !strings.Contains(warned[1], "loop.txt") {
		t.Errorf("warnings %q, want one each for dangling.txt and loop.txt", warned)
	}
}

// TestDirectoryDoesNotBlockOnPipes guards issue 13: an entry that is a
// pipe (swapped in after the listing) must never block the open.
func TestDirectoryDoesNotBlockOnPipes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("An article about "+n+"."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "c.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r := &reader{}
	done := make(chan error, 1)
	go func() { done <- r.readFile(fifo, false) }()
	select {
	case err := <-done:
		var skipped *skippedError
		if !errors.As(err, &skipped) {
			t.Errorf("a pipe in a directory: err = %v, want it skipped", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("opening a pipe found in a directory blocked")
	}
}

// TestCompareRefusesUnboundedWork guards issue 13: 1,000 files of twenty
// paragraphs ran 29 s and 1.4 GB; such a comparison is refused up front,
// naming the numbers, before any analysis.
func TestCompareRefusesUnboundedWork(t *testing.T) {
	var srcs []model.Source
	para := strings.Repeat("Officials said the fire was put out at night.\n\n", 20)
	for i := range 120 {
		srcs = append(srcs, model.Source{Name: "a" + strconv.Itoa(i) + ".txt", Data: []byte(para)})
	}
	// 120 articles × 2,400 passages = 288,000: well under the limit.
	if MaxWork < 120*2400 {
		t.Fatalf("MaxWork %d is below a plain 120-article comparison", MaxWork)
	}
	for len(srcs)*len(srcs)*20 <= MaxWork {
		srcs = append(srcs, srcs...)
	}
	_, err := Compare(srcs)
	if !errors.Is(err, ErrTooMany) || !strings.Contains(err.Error(), "compare fewer articles") {
		t.Errorf("%d articles of 20 passages: err = %v, want ErrTooMany asking for fewer articles", len(srcs), err)
	}
}

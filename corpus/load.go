package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// Limits on what parallax reads. Inputs beyond them are refused with an
// error naming the file, never truncated in silence.
const (
	MaxFileSize  = 16 << 20 // bytes in one article file (or standard input)
	MaxTotalSize = 64 << 20 // bytes in all inputs together
	MaxDocuments = 1000     // articles in one comparison
	MaxPassages  = 100_000  // passages in one comparison, over all documents
)

// StdinName is the name a Source read from standard input carries: "-",
// as it is given on the command line and named in the README.
const StdinName = "-"

// sniffLen is how much of a file decides whether it is text.
const sniffLen = 8 << 10

// articleExts are the file extensions a directory is searched for; files
// without any extension are read too.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

// ReadSources reads the articles named by args, in order: a file (plain
// text or Markdown, whatever its name), a directory (its .txt, .text, .md
// and .markdown files and its files without an extension, in file-name
// order; hidden files, backups ending in "~" and subdirectories are
// skipped), or "-" for stdin (at most once). Input files are only read.
//
// Every failure is a *FileError naming the input: a missing or unreadable
// file (wrapping the operating system's error), ErrBinary, ErrEncoding,
// ErrEmpty (empty or whitespace-only), ErrTooLarge (MaxFileSize,
// MaxTotalSize), ErrNoArticles, ErrTooMany (MaxDocuments), ErrStdinTwice
// or ErrSameFile (one file reached twice, by any path or link: comparing
// an article with itself says nothing).
// In a directory, a file without extension that is not text (binary, in a
// legacy encoding, or empty) is skipped rather than refused, whatever its
// size, since it is likely not meant as an article (a program, a lock file).
func ReadSources(args []string, stdin io.Reader) ([]model.Source, error) {
	r := &reader{}
	for _, arg := range args {
		var err error
		switch {
		case arg == "-":
			err = r.readStdin(stdin)
		default:
			var fi fs.FileInfo
			fi, err = os.Stat(arg)
			switch {
			case err != nil:
				err = osError(arg, err)
			case fi.IsDir():
				err = r.readDir(arg)
			default:
				err = r.readFile(arg, true)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return r.srcs, nil
}

// reader gathers sources and enforces the limits across all of them.
type reader struct {
	srcs  []model.Source
	total int64
	stdin bool
	seen  []seenFile // the files read, to refuse one given twice
}

// seenFile is a file read, by the name it was read under.
type seenFile struct {
	name string
	fi   fs.FileInfo
}

func (r *reader) readStdin(stdin io.Reader) error {
	if r.stdin {
		return &FileError{Name: "-", Err: ErrStdinTwice}
	}
	r.stdin = true
	if stdin == nil {
		stdin = bytes.NewReader(nil)
	}
	data, err := readLimited(stdin)
	if err != nil {
		return &FileError{Name: "standard input (-)", Err: err}
	}
	if err := checkText(data); err != nil {
		return &FileError{Name: "standard input (-)", Err: err}
	}
	return r.add(StdinName, data)
}

// readDir reads the articles of one directory, not descending into
// subdirectories.
func (r *reader) readDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return osError(dir, err)
	}
	before := len(r.srcs)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		ext := strings.ToLower(filepath.Ext(name))
		if ext != "" && !articleExts[ext] {
			continue
		}
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path) // follows symbolic links
		if err != nil {
			return osError(path, err)
		}
		if !fi.Mode().IsRegular() {
			continue
		}
		if err := r.readFile(path, ext != ""); err != nil {
			return err
		}
	}
	if len(r.srcs) == before {
		return &FileError{Name: dir, Err: detail(ErrNoArticles,
			"no articles in this directory (looked for .txt, .text, .md, .markdown and files without extension)")}
	}
	return nil
}

// readFile reads one file. When strict is false (a file without extension
// found in a directory), a file that is not text is skipped, not refused.
func (r *reader) readFile(name string, strict bool) error {
	f, err := os.Open(name)
	if err != nil {
		return osError(name, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		for _, s := range r.seen {
			if os.SameFile(s.fi, fi) {
				return &FileError{Name: name, Err: detail(ErrSameFile, "this is the same file as %s", s.name)}
			}
		}
		r.seen = append(r.seen, seenFile{name, fi})
	}
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > MaxFileSize {
		if !strict { // a large file without extension is most likely a program: skip it if it is not text
			head := make([]byte, sniffLen)
			n, _ := io.ReadFull(f, head)
			if checkText(head[:n]) != nil {
				return nil
			}
		}
		return &FileError{Name: name, Err: tooLarge(fi.Size())}
	}
	data, err := readLimited(f)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &FileError{Name: name, Err: err}
	}
	if !strict && checkText(data) != nil {
		return nil
	}
	return r.add(name, data)
}

// add checks one source's content and the overall limits, then keeps it.
func (r *reader) add(name string, data []byte) error {
	if err := checkText(data); err != nil {
		return &FileError{Name: name, Err: err}
	}
	r.total += int64(len(data))
	if r.total > MaxTotalSize {
		return &FileError{Name: name, Err: detail(ErrTooLarge,
			"the articles up to this one total %s; the limit is %s", sizeString(r.total), limitString(MaxTotalSize))}
	}
	if len(r.srcs) >= MaxDocuments {
		return &FileError{Name: name, Err: detail(ErrTooMany,
			"too many articles: this is number %d; the limit is %d", len(r.srcs)+1, MaxDocuments)}
	}
	r.srcs = append(r.srcs, model.Source{Name: name, Data: data})
	return nil
}

// readLimited reads all of rd, or fails with ErrTooLarge past MaxFileSize.
func readLimited(rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, detail(ErrTooLarge, "file is more than %s; the limit is %s", limitString(MaxFileSize), limitString(MaxFileSize))
	}
	return data, nil
}

func tooLarge(size int64) error {
	return detail(ErrTooLarge, "file is %s; the limit is %s", sizeString(size), limitString(MaxFileSize))
}

// osError turns an error from the file system into a FileError whose
// message is the name and the bare reason ("no such file or directory").
func osError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &FileError{Name: name, Err: err}
}

// sizeString writes a byte count for people: "512 bytes", "3.5 KiB",
// "50.0 MiB".
func sizeString(n int64) string {
	const kib, mib = 1 << 10, 1 << 20
	switch {
	case n < kib:
		return fmt.Sprintf("%d bytes", n)
	case n < mib:
		return fmt.Sprintf("%.1f KiB", float64(n)/kib)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/mib)
}

// limitString writes a limit, a whole number of mebibytes: "16 MiB".
func limitString(n int64) string {
	return fmt.Sprintf("%d MiB", n>>20)
}

// binarySignatures open common binary formats, some of which (PDF) start
// out looking like text.
var binarySignatures = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("GIF87a"), []byte("GIF89a"),
	[]byte("\xff\xd8\xff"),                     // JPEG
	[]byte("PK\x03\x04"), []byte("PK\x05\x06"), // zip, docx, epub, odt
	[]byte("\x1f\x8b"),                                                                 // gzip
	[]byte("\xfd7zXZ\x00"),                                                             // xz
	[]byte("7z\xbc\xaf\x27\x1c"),                                                       // 7z
	[]byte("\x28\xb5\x2f\xfd"),                                                         // zstd
	[]byte("\x7fELF"),                                                                  // ELF
	[]byte("\xcf\xfa\xed\xfe"), []byte("\xfe\xed\xfa\xcf"), []byte("\xca\xfe\xba\xbe"), // Mach-O, Java class
	[]byte("\x00asm"),                          // WebAssembly
	[]byte("SQLite format 3\x00"),              // SQLite
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), // old Microsoft Office
	[]byte("{\\rtf"),                           // RTF: text, but markup, not an article
}

// checkText says whether data can be an article. The rule:
//
//   - it must not start with the signature of a common binary format;
//   - in its first 8 KiB (after UTF-16 decoding, when it has a UTF-16 BOM),
//     control bytes other than BEL, tab, LF, VT, FF, CR and ESC (the ones
//     text and hostile text use; NUL included)
//     must be at most 1 byte in 20. Text that merely contains a stray NUL or
//     a few hostile controls passes and has them shown visibly; binary
//     formats and random bytes have one control in ten or more;
//   - invalid UTF-8 must be at most 3 bytes in 10 of the same window: more
//     means a legacy 8-bit encoding (Latin-1, Windows-1251, KOI8-R), which
//     would show as a wall of U+FFFD (ErrEncoding). A few stray bytes become
//     U+FFFD;
//   - it must hold something other than white space (ErrEmpty).
func checkText(data []byte) error {
	if len(data) == 0 {
		return detail(ErrEmpty, "empty article (the file is empty)")
	}
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(data, sig) {
			return ErrBinary
		}
	}
	decoded := data
	if bytes.HasPrefix(data, text.BomUTF16LE) || bytes.HasPrefix(data, text.BomUTF16BE) {
		decoded = []byte(text.Decode(data))
	}
	head := decoded[:min(len(decoded), sniffLen)]
	ctrl, invalid := 0, 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !strings.ContainsRune("\a\t\n\v\f\r\x1b", rune(c))) || c == 0x7F {
				ctrl++
			}
			i++
			continue
		}
		if !utf8.FullRune(head[i:]) && len(head) < len(decoded) {
			break // a rune cut by the end of the window
		}
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
	}
	switch {
	case ctrl*20 > len(head):
		return ErrBinary
	case invalid*10 > len(head)*3:
		return ErrEncoding
	}
	if bytes.IndexFunc(decoded, func(r rune) bool { return !unicode.IsSpace(r) && r != 0xFEFF }) < 0 {
		return detail(ErrEmpty, "empty article (only white space)")
	}
	return nil
}

// SourcesFS reads the *.txt files at the root of fsys as sources, in
// file-name order (main and the tests turn the embedded seeds into
// sources so).
func SourcesFS(fsys fs.FS) ([]Source, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	srcs := make([]Source, 0, len(names))
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, Source{Name: n, Data: data})
	}
	return srcs, nil
}

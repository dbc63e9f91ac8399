package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
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

	// MaxWork bounds documents × passages: every document is aligned with
	// every other, so the work grows with both (1,000 files of 20
	// paragraphs took 29 s and 1.4 GB; 250 of 400, 170 s and 10 GB). At
	// the limit a comparison takes seconds on two cores (1,000 files of 2
	// paragraphs: about 6 s, 150 MB; two of 50,000 lines: about 1 s).
	MaxWork = 2_000_000
)

// StdinName is the name a Source read from standard input carries: "-",
// as the user wrote it, in the reader, the reports and messages alike.
const StdinName = "-"

// sniffLen is how much of a file decides whether it is text.
const sniffLen = 8 << 10

// articleExts are the file extensions a directory is searched for; files
// without any extension are read too. Saved web pages (.html, .htm) are
// read when ReadOptions.Convert turns them into text.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// pageExts are the extensions of saved web pages, read from a directory
// only when there is a Convert to extract their text.
var pageExts = map[string]bool{".html": true, ".htm": true}

// ReadOptions adjust how ReadSourcesWith reads files.
type ReadOptions struct {
	// Convert, if set, sees every input's bytes before they are checked as
	// text, and returns the text to read and what is known of the source
	// (nil if nothing). main uses it to extract the article from a saved
	// web page, in whatever character set it is in. Its error is reported
	// as the problem with that input (wrapped in a *FileError naming it).
	Convert func(name string, data []byte) ([]byte, *model.SourceMeta, error)

	// Warn, when set, hears of each directory entry that was skipped
	// because it could not be read as a file (a dangling symbolic link, a
	// link loop, a file that turned into a pipe); without it they are
	// skipped silently. Only entries found in a directory are skipped:
	// a file named on the command line that cannot be read is an error.
	Warn func(err *FileError)
}

// ReadSources reads the articles named by args, in order: a file (plain
// text or Markdown, whatever its name), a directory (its .txt, .text, .md,
// .markdown, .html and .htm files and its files without an extension, in
// file-name order; hidden files, backups ending in "~" and subdirectories
// are skipped), or "-" for stdin (at most once). Input files are only read.
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
	return ReadSourcesWith(args, stdin, ReadOptions{})
}

// ReadSourcesWith is ReadSources with opts.
func ReadSourcesWith(args []string, stdin io.Reader, opts ReadOptions) ([]model.Source, error) {
	r := NewReader(opts)
	var all []model.Source
	for _, arg := range args {
		srcs, err := r.Read(arg, stdin)
		if err != nil {
			return nil, err
		}
		all = append(all, srcs...)
	}
	return all, nil
}

// Reader reads inputs one argument at a time, as ReadSources does, and
// keeps the limits (MaxTotalSize, MaxDocuments, standard input once) over
// all of them, including sources got elsewhere and given to Add. A caller
// that fetches some sources itself (main, for URLs) reads the rest with it
// and can report progress per argument. It is not safe for concurrent use.
type Reader struct {
	r reader
}

// NewReader returns a Reader with opts.
func NewReader(opts ReadOptions) *Reader {
	return &Reader{r: reader{convert: opts.Convert, warn: opts.Warn}}
}

// Read reads one argument — a file, a directory or "-" for stdin — and
// returns its sources; errors are those of ReadSources.
func (rd *Reader) Read(arg string, stdin io.Reader) ([]model.Source, error) {
	r := &rd.r
	before := len(r.srcs)
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
		r.srcs = r.srcs[:before]
		return nil, err
	}
	return r.srcs[before:len(r.srcs):len(r.srcs)], nil
}

// Add checks a source got elsewhere (its text already converted) against
// the text checks and the limits, as if it had been read.
func (rd *Reader) Add(src model.Source) error {
	return rd.r.keep(src.Name, src.Data, src.Meta)
}

// reader gathers sources and enforces the limits across all of them.
type reader struct {
	convert func(name string, data []byte) ([]byte, *model.SourceMeta, error)
	warn    func(*FileError)
	srcs    []model.Source
	total   int64
	stdin   bool
	seen    []seenFile // the files read, to refuse one given twice
}

// seenFile is a file read, by the name it was read under.
type seenFile struct {
	name string
	fi   fs.FileInfo
}

// skip reports a directory entry left out.
func (r *reader) skip(name string, err error) {
	if r.warn != nil {
		r.warn(osError(name, err).(*FileError))
	}
}

func (r *reader) readStdin(stdin io.Reader) error {
	if r.stdin {
		return &FileError{Name: "-", Err: ErrStdinTwice}
	}
	r.stdin = true
	if stdin == nil {
		stdin = bytes.NewReader(nil)
	}
	data, err := readLimited(stdin, 0)
	if err != nil {
		return &FileError{Name: StdinName, Err: err}
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
		if ext != "" && !articleExts[ext] || pageExts[ext] && r.convert == nil {
			continue
		}
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path) // follows symbolic links
		if err != nil {
			// A dangling link or a link loop among the articles: leave it
			// out and say so, rather than refuse the whole directory.
			r.skip(path, err)
			continue
		}
		if !fi.Mode().IsRegular() {
			continue
		}
		if err := r.readFile(path, ext != ""); err != nil {
			var skipped *skippedError
			if errors.As(err, &skipped) {
				r.skip(path, skipped.err)
				continue
			}
			return err
		}
	}
	if len(r.srcs) == before {
		looked := ".txt, .text, .md, .markdown"
		if r.convert != nil {
			looked += ", .html, .htm"
		}
		return &FileError{Name: dir, Err: detail(ErrNoArticles,
			"no articles in this directory (looked for %s and files without extension)", looked)}
	}
	return nil
}

// readFile reads one file. When strict is false (a file without extension
// found in a directory), a file that is not text is skipped, not refused.
func (r *reader) readFile(name string, strict bool) error {
	f, err := openFile(name, !strict)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err == nil && !strict && !fi.Mode().IsRegular() {
		// Checked on the opened file: an entry swapped for a pipe
		// between the directory listing and the open is not read.
		return &skippedError{errors.New("not a regular file")}
	}
	if err == nil {
		for _, s := range r.seen {
			if os.SameFile(s.fi, fi) {
				return &FileError{Name: name, Err: detail(ErrSameFile, "this is the same file as %s", s.name)}
			}
		}
		r.seen = append(r.seen, seenFile{name, fi})
	}
	if err == nil && fi.Mode().IsRegular() && fi.Size() > MaxFileSize {
		if !strict { // a large file without extension is most likely a program: skip it if it is not text
			head := make([]byte, sniffLen)
			n, _ := io.ReadFull(f, head)
			if checkText(head[:n]) != nil {
				return nil
			}
		}
		return &FileError{Name: name, Err: tooLarge(fi.Size())}
	}
	var size int64
	if err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	data, err := readLimited(f, size)
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

// skippedError marks a directory entry that is left out, not refused.
type skippedError struct{ err error }

func (e *skippedError) Error() string { return e.err.Error() }

// openFile opens a file to read. An entry found in a directory (inDir) is
// opened without blocking, so that a pipe put in its place never hangs the
// open; readFile then checks what was opened.
func openFile(name string, inDir bool) (*os.File, error) {
	flag := os.O_RDONLY
	if inDir {
		flag |= syscall.O_NONBLOCK
	}
	f, err := os.OpenFile(name, flag, 0)
	if err != nil {
		if inDir {
			return nil, &skippedError{err}
		}
		return nil, osError(name, err)
	}
	return f, nil
}

// add converts one source (see ReadOptions.Convert), then keeps it.
func (r *reader) add(name string, data []byte) error {
	var meta *model.SourceMeta
	if r.convert != nil {
		var err error
		if data, meta, err = r.convert(name, data); err != nil {
			return &FileError{Name: name, Err: err}
		}
	}
	return r.keep(name, data, meta)
}

// keep checks one source's content and the overall limits, then keeps it.
func (r *reader) keep(name string, data []byte, meta *model.SourceMeta) error {
	if err := checkText(data); err != nil {
		return &FileError{Name: name, Err: err}
	}
	r.total += int64(len(data))
	if r.total > MaxTotalSize {
		return &FileError{Name: name, Err: detail(ErrTooLarge,
			"the articles up to this one total %s; the limit is %s", SizeString(r.total), limitString(MaxTotalSize))}
	}
	if len(r.srcs) >= MaxDocuments {
		return &FileError{Name: name, Err: detail(ErrTooMany,
			"too many articles: this is number %d; the limit is %d", len(r.srcs)+1, MaxDocuments)}
	}
	r.srcs = append(r.srcs, model.Source{Name: name, Data: data, Meta: meta})
	return nil
}

// readLimited reads all of rd, or fails with ErrTooLarge past MaxFileSize.
// size is what rd is expected to hold (a regular file's size), or 0: the
// buffer is made that large at once instead of doubling its way there
// (copying and clearing a 16 MiB file's bytes several times over).
func readLimited(rd io.Reader, size int64) ([]byte, error) {
	lr := io.LimitReader(rd, MaxFileSize+1)
	data := make([]byte, 0, max(512, min(size, MaxFileSize)+1))
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(data) > MaxFileSize {
		return nil, detail(ErrTooLarge, "file is more than %s; the limit is %s", limitString(MaxFileSize), limitString(MaxFileSize))
	}
	return data, nil
}

func tooLarge(size int64) error {
	return detail(ErrTooLarge, "file is %s bytes; the limit is %s bytes (%s)", groupDigits(size), groupDigits(MaxFileSize), limitString(MaxFileSize))
}

// groupDigits writes n with thousands separators: 16,777,217.
func groupDigits(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
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

// SizeString writes a byte count for people: "512 bytes", "3.5 KiB",
// "50.0 MiB".
func SizeString(n int64) string {
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
//     and in every 8 KiB after that, control characters other than BEL,
//     tab, LF, VT, FF, CR and ESC (the ones text and hostile text use; NUL
//     and the C1 controls U+0080–U+009F included) must be at most 1 in 20.
//     Text that merely contains a stray NUL or a few hostile controls
//     passes and has them shown visibly; binary formats and random bytes
//     have one control in ten or more, and a page of prose followed by
//     megabytes of controls is refused, not analysed;
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
	for at := 0; at < len(decoded); at += sniffLen {
		window := decoded[at:min(len(decoded), at+sniffLen)]
		ctrl, invalid := countControls(window, at+len(window) < len(decoded))
		switch {
		case ctrl*20 > len(window):
			return ErrBinary
		case at == 0 && invalid*10 > len(window)*3:
			return ErrEncoding
		}
	}
	if bytes.IndexFunc(decoded, func(r rune) bool { return !unicode.IsSpace(r) && r != 0xFEFF }) < 0 {
		return detail(ErrEmpty, "empty article (only white space)")
	}
	return nil
}

// countControls counts the control characters (but BEL, tab, LF, VT, FF,
// CR and ESC) and the invalid UTF-8 bytes of a window; cut says a rune may
// be cut at its end. Runs of printable ASCII, most of any article, are
// skipped eight bytes at a time.
func countControls(w []byte, cut bool) (ctrl, invalid int) {
	for i := 0; i < len(w); {
		if i+8 <= len(w) && printableASCII(binary.LittleEndian.Uint64(w[i:])) {
			i += 8
			continue
		}
		c := w[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !strings.ContainsRune("\a\t\n\v\f\r\x1b", rune(c))) || c == 0x7F {
				ctrl++
			}
			i++
			continue
		}
		if cut && !utf8.FullRune(w[i:]) {
			break // a rune cut by the end of the window
		}
		r, size := utf8.DecodeRune(w[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case r >= 0x80 && r < 0xA0:
			ctrl++
		}
		i += size
	}
	return ctrl, invalid
}

// printableASCII reports whether every byte of x is in 0x20…0x7E, by the
// bit tricks of "Bit Twiddling Hacks" (hasless, haszero), exact as a yes
// or no: no byte ≥ 0x80, none < 0x20, none equal to 0x7F.
func printableASCII(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	del := x ^ 0x7F*ones
	return (x|((x-0x20*ones)&^x)|((del-ones)&^del))&highs == 0
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

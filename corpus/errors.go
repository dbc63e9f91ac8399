package corpus

import (
	"errors"
	"fmt"

	"github.com/parallax-reader/parallax/corpus/text"
)

// Sentinel errors for inputs parallax refuses. Loading wraps them in a
// *FileError that names the file, so test them with errors.Is. A missing or
// unreadable file wraps the operating system's error instead: test it with
// errors.Is(err, fs.ErrNotExist) or fs.ErrPermission.
var (
	ErrBinary     = errors.New("binary file, not an article")
	ErrEncoding   = errors.New("not UTF-8 or UTF-16 text; convert it to UTF-8")
	ErrEmpty      = errors.New("empty article")
	ErrTooLarge   = errors.New("file too large")
	ErrTooMany    = errors.New("too many articles or passages")
	ErrNoArticles = errors.New("no articles in this directory")
	ErrTooFew     = errors.New("need at least two articles to compare")
	ErrStdinTwice = errors.New("standard input given more than once")
	ErrSameFile   = errors.New("the same file given twice")
)

// FileError is a problem with one input, worded for the person who gave it:
// its message is the (sanitised) file name and the problem, such as
// "notes.pdf: binary file, not an article".
type FileError struct {
	Name string // the name as given on the command line, or a path inside a given directory
	Err  error  // a sentinel above, an error wrapping one, or the operating system's error
}

// Error returns "name: problem", with the name made safe for a terminal.
func (e *FileError) Error() string {
	return text.SanitizeName(e.Name) + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }

// detailError words a sentinel more precisely ("file is 50.0 MiB; the limit
// is 16 MiB") while errors.Is still finds the sentinel.
type detailError struct {
	kind error
	msg  string
}

func (e *detailError) Error() string { return e.msg }
func (e *detailError) Unwrap() error { return e.kind }

// detail returns an error that reads as the formatted message and matches kind.
func detail(kind error, format string, args ...any) error {
	return &detailError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// Command parallax compares how different outlets report the same event:
// it aligns the passages of two or more articles by what they speak to and
// shows where the accounts agree, where they diverge, and what only one says.
//
// With no arguments it opens on its embedded sample corpus.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/seeds"
	"github.com/parallax-reader/parallax/ui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `parallax: compare how different outlets report the same event

Usage:
  parallax [--format json|markdown|text] [ARTICLE...]

Each ARTICLE is a text or Markdown file, a directory of them, or - for
standard input. With none, parallax opens on its embedded sample: two
articles on the March 2024 attack on a concert hall near Moscow.

Without --format the interactive reader opens; when standard output is not a
terminal (or TERM=dumb) the plain-text report is printed instead.

Options:
  -f, --format FORMAT   print a report and exit: json, markdown or text
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 on success, 1 when an article cannot be read or compared,
2 on a usage error, 128+n when signal n ended the reader, 70 if it crashed.
`

// options is what the command line asked for.
type options struct {
	format string // "", "json", "markdown" or "text"
	help   bool
	ver    bool
	args   []string
}

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseArgs reads flags anywhere on the line ("a.txt --format json" works),
// "--" ends the flags, and "-" alone is an argument (standard input).
func parseArgs(argv []string) (options, error) {
	var o options
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		if a == "--" {
			o.args = append(o.args, argv[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			o.args = append(o.args, a)
			continue
		}
		name, val, hasVal := strings.Cut(a, "=")
		switch name {
		case "-h", "--help":
			o.help = true
		case "-v", "--version":
			o.ver = true
		case "-f", "--format":
			if !hasVal {
				if i+1 >= len(argv) {
					return o, usageError{"--format needs a value: json, markdown or text"}
				}
				i++
				val = argv[i]
			}
			switch val {
			case "json", "markdown", "md", "text":
				if val == "md" {
					val = "markdown"
				}
				o.format = val
			default:
				return o, usageError{fmt.Sprintf("unknown format %q: use json, markdown or text", corpus.SanitizeLine(val))}
			}
		default:
			return o, usageError{fmt.Sprintf("unknown option %q (see parallax --help)", corpus.SanitizeLine(a))}
		}
	}
	return o, nil
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, returning the exit status.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(argv)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 2
	}
	if o.help {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if o.ver {
		fmt.Fprintf(stdout, "parallax %s\n", version)
		return 0
	}

	var srcs []corpus.Source
	if len(o.args) > 0 {
		srcs, err = corpus.ReadSources(o.args, stdin)
	} else {
		srcs, err = corpus.SourcesFS(seeds.FS())
	}
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	c, err := corpus.Compare(srcs)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}

	format := o.format
	if format == "" {
		if interactive(stdout) {
			return runReader(c, stderr)
		}
		format = "text"
	}
	switch format {
	case "json":
		err = corpus.WriteJSON(stdout, c)
	case "markdown":
		err = corpus.WriteMarkdown(stdout, c)
	default:
		err = corpus.WriteText(stdout, c)
	}
	if err != nil {
		fmt.Fprintf(stderr, "parallax: writing the report: %v\n", err)
		return 1
	}
	return 0
}

// runReader opens the interactive reader and turns how it ended into an
// exit status: 0 when the user quit, 128+n when signal n ended it, 70 when
// the reader crashed (the terminal is restored in every case).
func runReader(c *corpus.Comparison, stderr io.Writer) int {
	err := ui.Run(context.Background(), c, ui.Options{})
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "parallax: %v\n", err)
	var sig *ui.SignalError
	switch {
	case errors.As(err, &sig):
		return sig.ExitCode()
	case errors.Is(err, ui.ErrPanic):
		return 70
	}
	return 1
}

// interactive says whether the reader can run: standard output is a
// terminal that is not TERM=dumb.
func interactive(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false
	}
	return os.Getenv("TERM") != "dumb"
}

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
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/internal/inputs"
	"github.com/parallax-reader/parallax/ui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `parallax: compare how different outlets report the same event

Usage:
  parallax [--format json|markdown|text] [--claim TEXT] [--refresh] [--list FILE] [--topics FILE] [--aliases FILE] [ARTICLE...]

Each ARTICLE is a text or Markdown file, a saved web page (.html, .htm), a
directory of them, an http:// or https:// URL, or - for standard input.
@FILE (or --list FILE) reads more of them from FILE, one path or URL a line;
blank lines and lines starting with # are skipped, and relative paths are
relative to FILE's directory. With no ARTICLE, parallax opens on its
embedded sample: two articles on the March 2024 attack on a concert hall
near Moscow.

A URL's page is fetched once and kept in the cache (in $XDG_CACHE_HOME/parallax
or the system's equivalent); later runs read it from there, offline, and say
when it was fetched. Only the page itself is fetched: no images, scripts,
styles or linked pages.

Without --format the interactive reader opens; when standard output is not a
terminal (or TERM=dumb) the plain-text report is printed instead.

Options:
  -f, --format FORMAT   print a report and exit: json, markdown or text
  -c, --claim TEXT      add a claim check to the report: where each source
                        stands on TEXT (supports, contradicts, discusses,
                        silent), with the passage and the reasons
  -l, --list FILE       read articles from FILE, one a line (as @FILE)
      --refresh         fetch URLs again even when the cache holds them, and
                        say when a page changed since the cached copy
      --topics FILE     add the topics of FILE (the format of the built-in
                        topics.json; see README) to the built-in ones
      --aliases FILE    add the names of FILE (the format of aliases.json)
  -h, --help            show this help
  -v, --version         show the version

Topic and alias files in $XDG_CONFIG_HOME/parallax/ (topics.json,
aliases.json) are read first, when they exist. A file with "replace": true
replaces the built-in set instead. A malformed file is refused with its
name and line, and exit status 1.

The reader opens at once and shows each source's progress while it loads;
if some fail and two or more remain, it opens on those and names the others.
A report needs every source: any failure is an error.

Exit status: 0 on success, 1 when an article cannot be read, fetched or
compared or standard output cannot be written, 2 on a usage error, 128+n when signal n
ended the reader (131 for SIGQUIT, 134 for SIGABRT, with the goroutines'
stacks on stderr), 70 if it crashed.
`

// options is what the command line asked for.
type options struct {
	format  string   // "", "json", "markdown" or "text"
	claim   string   // a claim to check in the report, or ""
	topics  []string // --topics files
	aliases []string // --aliases files
	help    bool
	ver     bool
	refresh bool     // fetch URLs again (--refresh)
	args    []string // the articles; "@FILE" names a list (--list FILE is stored so)
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
		case "--topics", "--aliases":
			if !hasVal {
				if i+1 >= len(argv) {
					return o, usageError{name + " needs a file name"}
				}
				i++
				val = argv[i]
			}
			if name == "--topics" {
				o.topics = append(o.topics, val)
			} else {
				o.aliases = append(o.aliases, val)
			}
		case "--refresh":
			o.refresh = true
		case "-l", "--list":
			if !hasVal {
				if i+1 >= len(argv) {
					return o, usageError{"--list needs a file: one path or URL a line"}
				}
				i++
				val = argv[i]
			}
			o.args = append(o.args, "@"+val)
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
		case "-c", "--claim":
			if !hasVal {
				if i+1 >= len(argv) {
					return o, usageError{"--claim needs the text of a claim"}
				}
				i++
				val = argv[i]
			}
			if strings.TrimSpace(val) == "" {
				return o, usageError{"--claim needs the text of a claim"}
			}
			o.claim = val
		default:
			return o, usageError{fmt.Sprintf("unknown option %q (see parallax --help)", corpus.SanitizeLine(a))}
		}
	}
	return o, nil
}

func main() {
	boundMemory()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// memoryLimit is the Go heap's soft limit. Left alone, the collector lets
// the heap grow to twice what is live before it runs again: at the
// documented input limits (two 16 MiB articles that align passage for
// passage) about 700 MB are live and the process peaked at 1.65 GB. Near
// the limit the collector runs more often instead (it never takes more
// than half the CPU for it), which held that run to 1.03–1.07 GB for a
// quarter more CPU; a run whose heap stays below the limit is unchanged.
// GOMEMLIMIT, when set, wins.
const memoryLimit = 768 << 20

// gcPercent is how far the heap may grow past what is live before the
// collector runs again: 75 %, not Go's 100 %. The peak resident memory of
// a run is about the live heap at its fullest (the features of every
// passage, before judging) times 1 + gcPercent/100, and since tokens hold
// no pointers (words are ids) marking is cheap: on two 10,000-paragraph
// articles this takes the peak from about 270 MB to 240 MB for no CPU
// time that shows between runs. At the input limits the memory limit
// binds first, so it changes nothing there. GOGC, when set, wins.
const gcPercent = 75

// smallInput is how much text a run may read before the collector is held
// to gcPercent (tightenGC). Go's first collection waits for a heap of
// 4 MB × GOGC/100: at 75 % that is 3 MB, which a run on a few short
// articles just passes (the sample: about 2.3 MB with what package
// initialisation allocates), and that one collection cost a quarter of
// the sample's start-up (2.5 ms of CPU and 650 page faults, most of them
// the word caches' zero pages, which marking reads). Below 1 MiB of input
// the heap stays a few megabytes whatever the collector's growth.
const smallInput = 1 << 20

// boundMemory sets the soft memory limit unless GOMEMLIMIT sets it.
func boundMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// tightenGC holds the collector's growth to gcPercent, unless GOGC sets
// it, when the run may read more than smallInput: local articles that
// size in all, or any URL (a page may be as large as a file).
func tightenGC(set *inputs.Set) {
	if os.Getenv("GOGC") != "" {
		return
	}
	n := 0
	for _, src := range set.Local() {
		n += len(src.Data)
	}
	if n >= smallInput || set.Count() > len(set.Local()) {
		debug.SetGCPercent(gcPercent)
	}
}

// run is the whole command, returning the exit status.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(argv)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 2
	}
	if o.help || o.ver {
		text := usage
		if o.ver {
			text = fmt.Sprintf("parallax %s\n", version)
		}
		if err := writeOut(stdout, []byte(text)); err != nil {
			fmt.Fprintf(stderr, "parallax: %v\n", err)
			return 1
		}
		return 0
	}

	corpus.ResetTables() // run may run more than once in a process (tests)
	topics, aliases := corpus.UserTableFiles()
	if err := corpus.UseTableFiles(append(topics, o.topics...), append(aliases, o.aliases...)); err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}

	args, err := expandArgs(o.args)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 2
	}
	warn := func(e *corpus.FileError) { fmt.Fprintf(stderr, "parallax: skipped %v\n", e) }
	set, err := readLocal(args, stdin, warn)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	tightenGC(set)
	client := newClient(args, o.refresh)

	format := o.format
	if format == "" {
		if interactive(stdout) {
			return runReader(readerJob(set, client), stderr)
		}
		format = "text"
	}
	var progress func(inputs.Event)
	if isTerminal(stderr) {
		progress = progressLines(stderr, set.Names())
	}
	res, err := set.Fetch(context.Background(), client, progress)
	if err == nil && len(res.Failures) > 0 {
		err = failuresError(res.Failures)
	}
	if err != nil {
		printErr(stderr, err)
		return 1
	}
	// The coverage and the ledger read every passage: only for the
	// reports that print them (JSON always; the others from three
	// documents on) or for a claim, and then from the facts CompareWith
	// reads while it has the features at hand (Options.Survey).
	extras := o.claim != "" || format == "json" || len(res.Sources) > 2
	// A report prints no highlights: they are not kept (NoMarks). A claim
	// is checked with the comparison, on the passages' features it reads.
	c, facts, err := corpus.CompareWith(res.Sources, corpus.Options{Survey: extras, NoMarks: true, Claim: o.claim})
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}

	if isClosed(stdout) {
		fmt.Fprintf(stderr, "parallax: writing the report: %v\n", errClosed)
		return 1
	}
	extrasOf := func() corpus.ReportExtras {
		if !extras {
			return corpus.ReportExtras{}
		}
		return corpus.Extras(c, facts, o.claim)
	}
	switch format {
	case "json":
		// The extra sections come last: they are read while the
		// pairings are written.
		err = corpus.WriteJSONLater(stdout, c, extrasOf)
	case "markdown":
		err = corpus.WriteMarkdownWith(stdout, c, extrasOf())
	default:
		err = corpus.WriteTextWith(stdout, c, extrasOf())
	}
	if err != nil {
		fmt.Fprintf(stderr, "parallax: writing the report: %v\n", err)
		return 1
	}
	return 0
}

// runReader opens the interactive reader and turns how it ended into an
// exit status: 0 when the user quit, 128+n when signal n ended it (with the
// goroutines' stacks for SIGQUIT and SIGABRT), 70 when the reader crashed
// (the terminal is restored in every case).
func runReader(job ui.Job, stderr io.Writer) int {
	err := ui.RunJob(context.Background(), job, ui.Options{})
	if err == nil {
		return 0
	}
	printErr(stderr, err)
	var sig *ui.SignalError
	switch {
	case errors.As(err, &sig):
		if len(sig.Dump) > 0 {
			fmt.Fprintf(stderr, "\ngoroutines when the signal arrived:\n\n%s", sig.Dump)
		}
		return sig.ExitCode()
	case errors.Is(err, ui.ErrPanic):
		return 70
	}
	return 1
}

// errClosed is the error for writing to a standard output that was closed.
var errClosed = errors.New("standard output is closed")

// writeOut writes b to standard output: an error there (a full disk, a
// closed stream) is an error of the command.
func writeOut(w io.Writer, b []byte) error {
	if isClosed(w) {
		return fmt.Errorf("writing to standard output: %w", errClosed)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("writing to standard output: %w", err)
	}
	return nil
}

// isClosed reports whether w is a standard output that was closed when
// parallax started. The Go runtime opens /dev/null, for reading and
// writing, on a standard descriptor it finds closed, so writes would
// vanish with no error; a shell's >/dev/null opens it for writing only.
func isClosed(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && f.Fd() == 1 && isRuntimeDevNull(f)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// printErr prints an error, each of its lines as one message.
func printErr(stderr io.Writer, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(stderr, "parallax: %s\n", line)
	}
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

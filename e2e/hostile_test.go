package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/internal/hostile"
)

// filler is the ordinary prose the hostile cases wrap their attacks in.
const filler = "Officials said the investigation was continuing and that more details would be released in the coming days, according to a statement published on Monday."

// benign is an ordinary article to compare each hostile one with. It
// shares the hostile cases' filler, so the two align on one row.
const benign = filler + "\n\nNothing else was said at the briefing.\n"

// evilName is a file name that tries to set the window title and reverse
// the text after it.
const evilName = "evil\x1b]2;PWNED-NAME\x07\u202e.txt"

// evilShown is how evilName may be shown: its escape sequence dropped (as
// in article text) or drawn visibly, and the bidi override made visible.
var evilShown = []string{"evil<U+202E>.txt", "evil^[]2;PWNED-NAME^G<U+202E>.txt"}

// hostileDir writes every hostile case, the benign article and a file with
// a hostile name into a new directory.
func hostileDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"benign.txt": benign,
		evilName:     "An article with an ordinary text but a hostile name, published on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHostileArticles opens each article that tries to drive the terminal
// — set the title (OSC 0/2), write the clipboard (OSC 52), plant a link
// (OSC 8), clear the screen (CSI 2J, ESC c), move the cursor, overwrite a
// line with a bare CR, send C0/C1 controls, reverse the text with bidi
// overrides — next to an ordinary one, in split and stacked view, and
// checks the terminal was not driven: the pane title is parallax's own,
// no paste buffer was set, the alternate screen and the header are still
// there, the text around the controls reads whole, the controls show as
// caret notation or <U+…>, and no byte of them reached the terminal live.
func TestHostileArticles(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	for _, c := range hostile.Cases() {
		if c.Fail != "" || c.Class != "escape" && c.Class != "control" && c.Class != "bidi" {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 160, H: 50, Dir: dir, Args: []string{c.Name, "benign.txt"}, Stderr: "err"})
			s := tm.WaitFor("the split view", func(s screen) bool {
				return isFrame(s, 160, 50) && isSplit(s, c.Name, "benign.txt")
			})
			checkUndriven(t, tm, s, 160, 50)

			// Stacked view shows each passage whole in one column, so the
			// sentences around the controls can be read back.
			tm.Send("s")
			s = tm.WaitFor("the stacked view", func(s screen) bool {
				return isFrame(s, 160, 50) && isStacked(s, c.Name, "benign.txt")
			})
			checkUndriven(t, tm, s, 160, 50)
			text := s.Text()
			for _, keep := range c.Keep {
				if !strings.Contains(text, words(keep)) {
					t.Errorf("the screen lacks %q:\n%s", keep, s)
				}
			}
			// The prose around the attack is whole: nothing moved the
			// cursor back over it or overwrote it.
			if want := bytes.Count(c.Data, []byte(filler)); strings.Count(text, filler) < want {
				t.Errorf("the prose around the controls is not whole: want %d× %q on the screen:\n%s", want, filler, s)
			}
			for _, never := range c.Never {
				if printable(never) && strings.Contains(text, never) {
					t.Errorf("the screen shows %q, which must be dropped:\n%s", never, s)
				}
			}

			tm.Send("q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("q: exit status %d, want 0", code)
			}
			checkRestored(t, tm)
			raw := tm.Raw()
			for _, problem := range rawProblems(raw) {
				t.Error(problem)
			}
			// The renderer's own sequences may hold "[2J" or "52;"; the
			// text it printed must not.
			printed := ansi.Strip(string(raw))
			for _, never := range c.Never {
				if printable(never) && strings.Contains(printed, never) {
					t.Errorf("%q was printed to the terminal", never)
				}
			}
			if title := tm.Title(); title != knownTitle {
				t.Errorf("after exit the pane title is %q, want it unchanged: %q", title, knownTitle)
			}
		})
	}

	t.Run("file-name", func(t *testing.T) {
		t.Parallel()
		tm := start(t, launch{W: 160, H: 50, Dir: dir, Args: []string{evilName, "benign.txt"}, Stderr: "err"})
		var shown string
		s := tm.WaitFor("the split view naming the file visibly", func(s screen) bool {
			for _, shown = range evilShown {
				if isFrame(s, 160, 50) && isSplit(s, shown, "benign.txt") {
					return true
				}
			}
			return false
		})
		checkUndriven(t, tm, s, 160, 50)
		tm.Send("s")
		s = tm.WaitFor("the stacked view", func(s screen) bool {
			return isFrame(s, 160, 50) && isStacked(s, shown, "benign.txt")
		})
		checkUndriven(t, tm, s, 160, 50)
		tm.Send("q")
		if code := tm.ExitStatus(); code != 0 {
			t.Errorf("q: exit status %d, want 0", code)
		}
		for _, problem := range rawProblems(tm.Raw()) {
			t.Error(problem)
		}
	})
}

// checkUndriven fails the test if the pane shows signs that text drove the
// terminal: the title changed from the one set before, a paste buffer (OSC 52), the
// alternate screen left (ESC c, a reset), or the header gone (a clear, a
// cursor move, a scroll).
func checkUndriven(t *testing.T, tm *term, s screen, w, h int) {
	t.Helper()
	if title := tm.Title(); title != knownTitle {
		t.Errorf("pane title %q, want it unchanged: %q", title, knownTitle)
	}
	if bufs := tm.tmux("list-buffers"); bufs != "" {
		t.Errorf("text wrote the clipboard (OSC 52): tmux now holds %q", bufs)
	}
	if tm.Format("#{alternate_on}") != "1" {
		t.Errorf("the reader is no longer in the alternate screen (a reset?)")
	}
	checkFrame(t, tm, s, w, h)
}

// words normalises s as screen.Text does: words joined by single spaces.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// printable reports whether s has no control or format characters, so it
// can be looked for on the screen and in the raw stream as it is.
func printable(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// allowedOSC is every operating-system command parallax itself sends: the
// background-colour query. (It leaves the window title alone.)
var allowedOSC = map[string]bool{"11;?": true}

// rawProblems describes what, in all parallax wrote to the terminal, can
// only have come from the text: an OSC other than its own, a DCS, APC, PM
// or SOS string, a reset (ESC c), C1 controls, NUL, DEL, bidi controls, or
// invalid UTF-8. (CSI sequences and C0 motion are the renderer's own.)
func rawProblems(raw []byte) []string {
	var out []string
	if !utf8.Valid(raw) {
		out = append(out, "the terminal was sent invalid UTF-8")
	}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case 0x00:
			out = append(out, "the terminal was sent a NUL")
		case 0x7f:
			out = append(out, "the terminal was sent a DEL")
		case 0x1b:
			if i+1 >= len(raw) {
				break
			}
			switch raw[i+1] {
			case ']':
				end := i + 2
				for end < len(raw) && raw[end] != 0x07 && raw[end] != 0x1b {
					end++
				}
				if p := string(raw[i+2 : end]); !allowedOSC[p] {
					out = append(out, fmt.Sprintf("the terminal was sent OSC %q", p))
				}
			case 'P', '_', '^', 'X':
				out = append(out, fmt.Sprintf("the terminal was sent a string sequence ESC %c: %q", raw[i+1], snippet(raw, i)))
			case 'c':
				out = append(out, "the terminal was reset (ESC c)")
			}
		}
	}
	for _, r := range string(raw) {
		switch {
		case r >= 0x80 && r <= 0x9f:
			out = append(out, fmt.Sprintf("the terminal was sent C1 control U+%04X", r))
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			out = append(out, fmt.Sprintf("the terminal was sent bidi control U+%04X", r))
		}
	}
	return out
}

func snippet(b []byte, i int) string {
	return string(b[i:min(len(b), i+40)])
}

// TestHostileReports prints the text, Markdown and JSON reports of every
// hostile article that loads and checks no control byte reaches the
// output: no ESC, BEL, other C0 but newline and tab, DEL, C1, or bidi
// control; in JSON not even escaped inside a string. The text report keeps
// each case's surviving text whole.
func TestHostileReports(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	args := []string{"benign.txt", evilName}
	cases := map[string]hostile.Case{}
	for _, c := range hostile.Cases() {
		// The 1 MB line only makes the report big; it is no escape.
		if c.Fail == "" && c.Class != "size" {
			args = append(args, c.Name)
			cases[c.Name] = c
		}
	}
	for _, format := range []string{"text", "markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(binary, append([]string{"--format", format}, args...)...)
			cmd.Dir = dir
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("parallax --format %s: %v\n%s", format, err, stderr.Bytes())
			}
			for _, p := range controlProblems(string(out)) {
				t.Errorf("%s report: %s", format, p)
			}
			if format == "json" {
				var v any
				if err := json.Unmarshal(out, &v); err != nil {
					t.Fatalf("the JSON report does not parse: %v", err)
				}
				walkStrings(v, func(s string) {
					for _, p := range controlProblems(s) {
						t.Errorf("JSON report, in %q: %s", snippet([]byte(s), 0), p)
					}
				})
			}
			if format == "text" {
				text := words(string(out))
				for _, c := range cases {
					if c.Class != "escape" && c.Class != "control" && c.Class != "bidi" {
						continue
					}
					for _, keep := range c.Keep {
						if !strings.Contains(text, words(keep)) {
							t.Errorf("the text report lacks %s's %q", c.Name, keep)
						}
					}
				}
				if !strings.Contains(string(out), evilShown[0]) && !strings.Contains(string(out), evilShown[1]) {
					t.Errorf("the text report does not name %q as %q", evilName, evilShown)
				}
			}
		})
	}
}

// controlProblems describes the control characters in s that must never
// reach a terminal (newline and tab are allowed).
func controlProblems(s string) []string {
	var out []string
	seen := map[rune]bool{}
	for i, r := range s {
		bad := r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd") ||
			r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
		if bad && !seen[r] {
			seen[r] = true
			out = append(out, fmt.Sprintf("control U+%04X at byte %d: %q", r, i, s[max(0, i-30):min(len(s), i+30)]))
		}
	}
	return out
}

// walkStrings calls f on every string in a decoded JSON value, keys too.
func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case map[string]any:
		for k, e := range v {
			f(k)
			walkStrings(e, f)
		}
	}
}

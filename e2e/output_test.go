package e2e

import (
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestPlainOutput runs parallax where the reader cannot or should not open
// — standard output redirected to a file, and TERM=dumb — and checks it
// prints the plain text report, exactly as --format text does, with not one
// escape sequence, and draws nothing on the terminal.
func TestPlainOutput(t *testing.T) {
	t.Parallel()
	want, err := exec.Command(binary, "--format", "text").Output()
	if err != nil {
		t.Fatalf("parallax --format text: %v", err)
	}
	if len(want) == 0 || !bytes.Contains(want, []byte(seedA)) {
		t.Fatalf("the text report of the sample does not name %s:\n%s", seedA, want)
	}
	if i := bytes.IndexAny(want, "\x1b\x07"); i >= 0 {
		t.Errorf("the text report holds a control byte at %d: %q", i, want[max(0, i-20):min(len(want), i+20)])
	}
	shell := beforeLine + "\r\n" // what the script itself writes to the terminal

	t.Run("stdout-to-a-file", func(t *testing.T) {
		t.Parallel()
		tm := start(t, launch{W: 100, H: 30, Stdout: "out", Stderr: "err"})
		if code := tm.ExitStatus(); code != 0 {
			t.Fatalf("exit status %d, want 0; standard error: %s", code, tm.File("err"))
		}
		if got := tm.File("out"); got != string(want) {
			t.Errorf("standard output is not the text report:\n%s", got)
		}
		if raw := string(tm.Raw()); raw != shell {
			t.Errorf("parallax wrote to the terminal with its output redirected: %q", strings.TrimPrefix(raw, shell))
		}
		if e := tm.File("err"); e != "" {
			t.Errorf("standard error: %s", e)
		}
	})

	t.Run("TERM=dumb", func(t *testing.T) {
		t.Parallel()
		tm := start(t, launch{W: 100, H: 30, Env: []string{"TERM=dumb"}, Stderr: "err"})
		if code := tm.ExitStatus(); code != 0 {
			t.Fatalf("exit status %d, want 0; standard error: %s", code, tm.File("err"))
		}
		raw := tm.Raw()
		if i := bytes.IndexAny(raw, "\x1b\x07"); i >= 0 {
			t.Errorf("escape sequence sent to a dumb terminal at %d: %q", i, raw[max(0, i-20):min(len(raw), i+40)])
		}
		// The terminal turns each \n into \r\n (onlcr).
		got := strings.ReplaceAll(strings.TrimPrefix(string(raw), shell), "\r\n", "\n")
		if got != string(want) {
			t.Errorf("on a dumb terminal parallax should print the text report; it printed:\n%s", got)
		}
		if tm.Format("#{alternate_on}") != "0" {
			t.Error("the alternate screen is on")
		}
	})
}

// TestNoColor opens the reader with NO_COLOR set (to 1, and to 0: any
// non-empty value counts), and on terminals without colour (TERM=xterm-mono,
// TERM=vt100), and checks the screen holds no colour at all,
// while emphasis still marks what colour would: the selection bar bold,
// the diverge badge and conflicting words reversed, shared words
// underlined. Without NO_COLOR the same screen is in colour (so the check
// can see colour when there is some).
func TestNoColor(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		env   []string
		color bool
	}{
		{"NO_COLOR=1", []string{"NO_COLOR=1"}, false},
		{"NO_COLOR=0", []string{"NO_COLOR=0"}, false},
		{"TERM=xterm-mono", []string{"TERM=xterm-mono"}, false},
		{"TERM=vt100", []string{"TERM=vt100"}, false},
		{"colour", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tm := start(t, launch{W: 120, H: 40, Env: c.env})
			tm.WaitFor("the reader", func(s screen) bool { return isFrame(s, 120, 40) })
			if !strings.Contains(selectedFirst(tm.Screen()), "≠ diverge") {
				tm.Send("n")
			}
			tm.WaitFor("a divergence selected", func(s screen) bool {
				return strings.Contains(selectedFirst(s), "≠ diverge")
			})
			// The highlights are judged for the rows on screen after the
			// rows are drawn (ui/marks.go): read the screen again until
			// they are there, for a while.
			var colored, barBold, reversed, underlined bool
			for try := 0; try < 40 && !(barBold && reversed && underlined); try++ {
				if try > 0 {
					time.Sleep(25 * time.Millisecond)
				}
				colored, barBold, reversed, underlined = emphasis(tm.ScreenSGR())
			}
			if colored != c.color {
				t.Errorf("colour on the screen: %v, want %v", colored, c.color)
			}
			if !barBold || !reversed || !underlined {
				t.Errorf("emphasis on the selected row: selection bar bold %v, something reversed %v, something underlined %v; want all", barBold, reversed, underlined)
			}
			tm.Send("q")
			if code := tm.ExitStatus(); code != 0 {
				t.Errorf("q: exit status %d, want 0", code)
			}
		})
	}
}

// emphasis reads a captured screen (capture-pane -e): whether anything is
// coloured, the selection bar bold, something on the selected row
// reversed, and shared words underlined.
func emphasis(sgr string) (colored, barBold, reversed, underlined bool) {
	for _, line := range strings.Split(sgr, "\n") {
		cells := sgrCells(line)
		for _, cl := range cells {
			colored = colored || cl.color()
		}
		for _, cl := range cells {
			// Shared words are underlined wherever a passage's text
			// is shown; the sample's one divergence shows both of
			// its passages above it, not on its own row.
			underlined = underlined || cl.r != ' ' && cl.underline
		}
		if len(cells) == 0 || cells[0].r != '▌' {
			continue
		}
		barBold = barBold || cells[0].bold
		for _, cl := range cells[1:] {
			if cl.r == ' ' {
				continue
			}
			reversed = reversed || cl.reverse
			underlined = underlined || cl.underline
		}
	}
	return colored, barBold, reversed, underlined
}

// cell is one character of a captured line and the attributes it is drawn
// with.
type cell struct {
	r                        rune
	bold, underline, reverse bool
	fg, bg, ul               bool // a foreground, background, underline colour is set
}

// color reports whether the cell has any colour.
func (c cell) color() bool { return c.fg || c.bg || c.ul }

// sgrCells reads a line of `capture-pane -e` output (text and SGR
// sequences) into cells.
func sgrCells(line string) []cell {
	var cells []cell
	var cur cell
	for i := 0; i < len(line); {
		if strings.HasPrefix(line[i:], "\x1b[") {
			end := i + 2
			for end < len(line) && (line[end] >= '0' && line[end] <= '9' || line[end] == ';' || line[end] == ':') {
				end++
			}
			if end < len(line) && line[end] == 'm' {
				applySGR(&cur, line[i+2:end])
			}
			i = end + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		c := cur
		c.r = r
		cells = append(cells, c)
		i += size
	}
	return cells
}

// applySGR applies the parameters of one SGR sequence to c.
func applySGR(c *cell, params string) {
	ps := strings.Split(params, ";")
	for i := 0; i < len(ps); i++ {
		sub := strings.Split(ps[i], ":")
		n, _ := strconv.Atoi(sub[0]) // "" is 0, a reset
		switch {
		case n == 0:
			*c = cell{}
		case n == 1:
			c.bold = true
		case n == 22:
			c.bold = false
		case n == 4:
			c.underline = len(sub) == 1 || sub[1] != "0"
		case n == 24:
			c.underline = false
		case n == 7:
			c.reverse = true
		case n == 27:
			c.reverse = false
		case n >= 30 && n <= 37, n >= 90 && n <= 97:
			c.fg = true
		case n == 39:
			c.fg = false
		case n >= 40 && n <= 47, n >= 100 && n <= 107:
			c.bg = true
		case n == 49:
			c.bg = false
		case n == 59:
			c.ul = false
		case n == 38 || n == 48 || n == 58:
			switch n {
			case 38:
				c.fg = true
			case 48:
				c.bg = true
			default:
				c.ul = true
			}
			if len(sub) == 1 && i+1 < len(ps) { // 38;5;n or 38;2;r;g;b
				if ps[i+1] == "5" {
					i += 2
				} else if ps[i+1] == "2" {
					i += 4
				}
			}
		}
	}
}

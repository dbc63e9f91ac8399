package ui

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
)

// hostile is text that tries to act on the terminal: clear the screen, set
// the title, write the clipboard (OSC 52), plant a hyperlink (OSC 8),
// overwrite with a bare CR, a C1 CSI, a bidi override, and a NUL with text
// after it that must still show.
const hostile = "Before \x1b[2J\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]52;c;ZXZpbA==\x07 " +
	"\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ safe\rEVIL \u009b31m c1 " +
	"\u202eoverride\u202c \x00after-nul \x1bPdcs\x1b\\ \x1b_apc\x1b\\ \x7f end"

// hostileComparison puts hostile text everywhere the reader draws from:
// file names, titles, topic labels, passages, reasons and evidence.
func hostileComparison(t *testing.T) *corpus.Comparison {
	c := fixtureComparison(t)
	c.Documents[0].Name = "evil\x1b]0;title\x07.txt"
	c.Documents[1].Title = "\x1b[2JTitle\r\x1b]52;c;ZXZpbA==\x07"
	c.Topics[0].Label = "Warn\x1b[5mings\u202e"
	p := passageWith(t, c, 0, "Iran alerted Russia")
	p.Text = hostile + " " + p.Text
	al := &c.Alignments[0]
	al.Reasons[0].Text = "reason \x1b[8mhidden\x1b[0m\r"
	al.Reasons[0].A = "\x1b]52;c;cXVvdGU=\x07"
	al.Evidence.Terms = []string{"term\x1b[1m", "\u202eevil"}
	// Marks over the hostile bytes, including half of an escape sequence.
	al.MarksA = []corpus.Highlight{
		{Span: corpus.Span{Start: 7, End: 12}, Mark: corpus.MarkConflict},
		{Span: corpus.Span{Start: 40, End: 70}, Mark: corpus.MarkShared},
	}
	return c
}

// allowedSGR is every SGR sequence the reader's own styles emit.
func allowedSGR(st *Styles) map[string]bool {
	ok := map[string]bool{}
	sgr := regexp.MustCompile("\x1b\\[[0-9;:]*m")
	add := func(s lipgloss.Style) {
		for _, seq := range sgr.FindAllString(s.Render("x y"), -1) {
			ok[seq] = true
		}
	}
	for _, v := range []any{*st, st.Help} {
		rv := reflect.ValueOf(v)
		for i := range rv.NumField() {
			if !rv.Type().Field(i).IsExported() {
				continue
			}
			switch s := rv.Field(i).Interface().(type) {
			case Style:
				add(s.Style)
			case lipgloss.Style:
				add(s)
			}
		}
	}
	return ok
}

func TestHostileTextNeverReachesTheTerminal(t *testing.T) {
	c := hostileComparison(t)
	sgr := regexp.MustCompile("\x1b\\[[0-9;:]*m")
	for _, noColor := range []bool{false, true} {
		states := [][]string{nil, {"s"}, {"enter"}, {"/", "b", "e", "f", "o", "r", "e"}, {"?"}, {"f"}}
		for _, ks := range states {
			m := keys(sized(c, Options{NoColor: noColor}, 120, 40), ks...)
			allowed := allowedSGR(m.styles)
			for _, w := range []int{40, 80, 120, 200} {
				m = step(m, tea.WindowSizeMsg{Width: w, Height: 40})
				out := m.View().Content
				for i, l := range strings.Split(out, "\n") {
					if bad := unsafeOutput(l); bad != "" {
						t.Fatalf("keys %v, width %d, line %d: %q in %q", ks, w, i, bad, l)
					}
					for _, seq := range sgr.FindAllString(l, -1) {
						if !allowed[seq] {
							t.Fatalf("keys %v, width %d, line %d: SGR %q is not one of ours", ks, w, i, seq)
						}
					}
				}
				plain := ansi.Strip(out)
				if strings.Contains(plain, "\r") || strings.Contains(plain, "\x00") {
					t.Fatalf("keys %v: raw CR or NUL in the frame", ks)
				}
			}
		}
	}
	// Shown visibly, and nothing after the NUL is lost.
	m := keys(sized(c, Options{}, 200, 60), "s")
	s := screen(m)
	for _, want := range []string{"^[[2J", "^[]52;c;ZXZpbA==^G", "safe^MEVIL", "<U+009B>31m", "<U+202E>override", "^@after-nul", "end", "evil^[]0;title^G"} {
		if !strings.Contains(s, want) {
			t.Errorf("frame lacks %q:\n%s", want, s)
		}
	}
}

// TestHugePassage: a megabyte without a space or line break is capped in
// the list, cut with a note in the detail, and every frame still fits.
func TestHugePassage(t *testing.T) {
	c := fixtureComparison(t)
	p := passageWith(t, c, 0, "Iran alerted Russia")
	p.Text = strings.Repeat("x", 1<<20)
	c.Alignments[0].MarksA = nil
	m := sized(c, Options{}, 120, 40)
	if b := m.reader.block(m.reader.sel); len(b.lines) > maxRowLines+1 {
		t.Errorf("row takes %d lines", len(b.lines))
	}
	if s := screen(keys(m, "G", "g")); !strings.Contains(s, "xxxxxxxx") {
		t.Error("huge passage not shown")
	}
	m = keys(m, "enter")
	if len(m.detail.lines()) > maxDetailLines+50 {
		t.Errorf("detail has %d lines", len(m.detail.lines()))
	}
	m = keys(m, "G")
	if !strings.Contains(screen(m), "passage cut at 2000 lines (1048576 bytes in all)") {
		t.Errorf("no cut note:\n%s", screen(m))
	}
	for _, ks := range [][]string{{"esc"}, {"esc", "s"}, {"/", "x", "x"}} {
		assertFrame(t, keys(m, ks...), 120, 40)
	}
}

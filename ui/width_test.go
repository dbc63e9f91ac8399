package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
)

// termWidth is how many cells a terminal that follows glibc's wcwidth
// (xterm, VTE, the Linux console, tmux) advances for s: the sum of its code
// points' widths, escape codes ignored. It is the width tests' second
// oracle beside the grapheme measure (ansi.StringWidth).
func termWidth(s string) int {
	w := 0
	for _, r := range ansi.Strip(s) {
		w += glibcWidth(r)
	}
	return w
}

// glibcWidth is glibc 2.36's wcwidth of r, for a printable r: ansi's
// wcwidth table, corrected where the two differ.
func glibcWidth(r rune) int {
	switch {
	case r == 0xad, r >= 0x600 && r <= 0x605, r == 0x6dd, r == 0x70f, r == 0x890, r == 0x891, r == 0x8e2,
		r == 0x110bd, r == 0x110cd, r == 0x1d165, r == 0x1d166, r >= 0x1d16d && r <= 0x1d172:
		return 1
	case r >= 0x1160 && r <= 0x11ff, r >= 0xd7b0 && r <= 0xd7c6, r >= 0xd7cb && r <= 0xd7fb:
		return 0
	case r >= 0x2630 && r <= 0x2637, r >= 0x268a && r <= 0x268f, r >= 0x1d300 && r <= 0x1d356, r >= 0x1d360 && r <= 0x1d376:
		return 1
	case r >= 0x3248 && r <= 0x324f:
		return 2
	}
	return ansi.StringWidthWc(string(r))
}

// Text whose width terminals disagree on: German with soft hyphens, Hindi
// with conjuncts, emoji ZWJ and skin-tone sequences, emoji presentation
// selectors, and an Arabic number sign.
const (
	oddGerman = "Die Bundes\u00adkanz\u00adlerin be\u00adsuchte am Mon\u00adtag die Ge\u00admein\u00adde\u00adver\u00adwal\u00adtung."
	oddHindi  = "प्रधानमंत्री ने क्षितिज पर नज़र रखते हुए राष्ट्रीय सुरक्षा की समीक्षा की।"
	oddEmoji  = "Familien 👨‍👩‍👧‍👦 und 👩‍❤️‍👨 feierten 👍🏽👋🏿 mit ❤️ und 🏳️‍🌈 in 🇩🇪; Preis \u0600١٢٣."
)

// oddWidthComparison is the fixture with odd-width text in every place the
// reader draws from: names, titles, topic labels and passages.
func oddWidthComparison(t *testing.T) *corpus.Comparison {
	c := fixtureComparison(t)
	c.Documents[0].Name = "Zei\u00adtung 👨‍👩‍👧.txt"
	c.Documents[1].Name = "समाचार 👍🏽.txt"
	c.Documents[0].Title = oddGerman
	c.Documents[1].Title = oddHindi
	c.Topics[0].Label = "Ver\u00adhand\u00adlun\u00adgen क्षि 👩‍❤️‍👨"
	p := passageWith(t, c, 0, "Iran alerted Russia")
	p.Text = oddGerman + " " + oddEmoji + " " + p.Text
	q := c.Passage(c.Alignments[0].B)
	q.Text = oddHindi + " " + oddEmoji + " " + q.Text
	c.Alignments[0].MarksA = nil
	c.Alignments[0].MarksB = nil
	return c
}

// TestWidthMeasures checks the reader's measure is never below either
// convention and its cuts fit by both.
func TestWidthMeasures(t *testing.T) {
	for _, s := range []string{"plain", oddGerman, oddHindi, oddEmoji, "\x1b[1m" + oddEmoji + "\x1b[0m", "क्षि", "👍🏽", "❤️", "👨‍👩‍👧"} {
		w := stringWidth(s)
		if gw, tw := ansi.StringWidth(s), termWidth(s); w < gw || w < tw {
			t.Errorf("stringWidth(%q) = %d, below grapheme %d or wcwidth %d", s, w, gw, tw)
		}
		for n := 0; n <= w+1; n++ {
			for name, got := range map[string]string{"truncate": truncate(s, n), "fit": fit(s, n), "truncateLeft": truncateLeft(s, n)} {
				if gw, tw := ansi.StringWidth(got), termWidth(got); gw > n || tw > n || stringWidth(got) > n {
					t.Errorf("%s(%q, %d) = %q: %d wide by grapheme, %d by wcwidth", name, s, n, got, gw, tw)
				}
			}
			if got := fit(s, n); stringWidth(got) != n {
				t.Errorf("fit(%q, %d) = %q, %d wide", s, n, got, stringWidth(got))
			}
		}
	}
	if got := truncate("\x1b[1mabc def\x1b[0m", 4); got != "\x1b[1mabc…\x1b[0m" {
		t.Errorf("truncate keeps the style's end: %q", got)
	}
	if got := truncateLeft("abcdef", 4); got != "…def" {
		t.Errorf("truncateLeft = %q", got)
	}
}

// TestNormalizedText checks what terminals disagree on never reaches them:
// soft hyphens and ZWJs are not drawn, disputed format characters are shown
// visibly, and every printable character is kept.
func TestNormalizedText(t *testing.T) {
	for _, s := range []string{oddGerman, oddHindi, oddEmoji} {
		// A word broken at a soft hyphen ends its line with "-".
		got := strings.Join(plainLines(s, 30, 0), "\n")
		got = strings.ReplaceAll(strings.ReplaceAll(got, "-\n", ""), "\n", " ")
		if strings.ContainsAny(got, "\u00ad\u200d\u0600") {
			t.Errorf("drawn text holds a soft hyphen, ZWJ or bare number sign: %q", got)
		}
		want := strings.NewReplacer("\u00ad", "", "\u200d", "", "\u0600", "<U+0600>").Replace(s)
		if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(want), "") {
			t.Errorf("wrapped text lost something:\n got %q\nwant %q", got, want)
		}
	}
	if got := safeInline("Zei\u00adtung 👨‍👩‍👧"); got != "Zeitung 👨👩👧" {
		t.Errorf("safeInline = %q", got)
	}
}

func screenOf(s string) string { return ansi.Strip(s) }

// assertFrame checks a frame fits a w × h terminal: no line wider than w,
// no more than h lines, and nothing but text and SGR sequences.
func assertFrame(t *testing.T, m Model, w, h int) {
	t.Helper()
	out := m.View().Content
	lines := strings.Split(out, "\n")
	if out != "" && len(lines) > h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := max(ansi.StringWidth(l), termWidth(l)); lw > w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
		if bad := unsafeOutput(l); bad != "" {
			t.Fatalf("%dx%d: line %d holds %q", w, h, i, bad)
		}
	}
}

// TestNoLineWiderThanTerminal draws every view at every width from 1 to
// 250 and checks each frame fits by both measures terminals use; full
// frames (not too small) must also fill the height exactly. It runs on the
// fixture and on text whose width terminals disagree on.
func TestNoLineWiderThanTerminal(t *testing.T) {
	for name, c := range map[string]*corpus.Comparison{"fixture": fixtureComparison(t), "odd widths": oddWidthComparison(t)} {
		t.Run(name, func(t *testing.T) { sweepWidths(t, c) })
	}
}

func sweepWidths(t *testing.T, c *corpus.Comparison) {
	states := map[string][]string{
		"list":     nil,
		"selected": {"n"},
		"stacked":  {"s", "j"},
		"detail":   {"enter"},
		"search":   {"/", "p", "e", "s", "k", "o", "v"},
		"help":     {"?"},
		"filtered": {"]", "f"},
	}
	for name, ks := range states {
		t.Run(name, func(t *testing.T) {
			m := keys(sized(c, Options{}, 120, 40), ks...)
			for w := 1; w <= 250; w++ {
				for _, h := range []int{1, 5, minHeight, 24, 60} {
					m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
					assertFrame(t, m, w, h)
					if w >= minWidth && h >= minHeight {
						if n := strings.Count(m.View().Content, "\n") + 1; n != h {
							t.Fatalf("%dx%d: %d lines", w, h, n)
						}
					}
				}
			}
		})
	}
}

// TestResizeStorm sends a burst of resizes and checks the frame settles on
// the right size.
func TestResizeStorm(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "n")
	want := selectedText(t, m)
	for i := range 100 {
		w, h := 1+(i*37)%250, 1+(i*13)%70
		m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
		m = keys(m, []string{"j", "k", "s", "G", "g", "n"}[i%6])
	}
	m = step(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = keys(m, "n")
	assertFrame(t, m, 120, 40)
	if !strings.Contains(screen(m), "≠ diverge") {
		t.Error("frame did not settle")
	}
	_ = want
}

// TestTruncateMiddle: a cut name keeps both ends, in exactly w cells.
func TestTruncateMiddle(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"am/report", 8, "am/r…ort"},
		{"reports-2024-a", 8, "repo…4-a"},
		{"wire", 8, "wire"},
		{"am/report", 1, "…"},
		{"東京新聞の記事", 8, "東京…事"},
	} {
		got := truncateMiddle(c.s, c.w)
		if got != c.want || stringWidth(got) > c.w {
			t.Errorf("truncateMiddle(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}

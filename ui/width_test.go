package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

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
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
		if bad := unsafeOutput(l); bad != "" {
			t.Fatalf("%dx%d: line %d holds %q", w, h, i, bad)
		}
	}
}

// TestNoLineWiderThanTerminal draws every view at every width from 1 to
// 250 and checks each frame fits; full frames (not too small) must also
// fill the height exactly.
func TestNoLineWiderThanTerminal(t *testing.T) {
	c := fixtureComparison(t)
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

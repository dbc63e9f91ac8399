package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestFitKeys(t *testing.T) {
	b := func(k, desc string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc)) }
	off := b("x", "disabled")
	off.SetEnabled(false)
	n, s, slash, long := b("n", "next"), b("s", "split"), b("/", "search"), b("]", "a very long description")
	help, quit := b("?", "help"), b("q", "quit")
	names := func(bs []key.Binding) string {
		var out []string
		for _, b := range bs {
			out = append(out, b.Help().Key)
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name   string
		keys   []key.Binding
		pinned []key.Binding
		w      int
		want   string
	}{
		// "n next" 6, "s split" 7, "/ search" 8, "? help" 6, "q quit" 6, sep 3.
		{"all fit, pinned last", []key.Binding{n, s, slash}, []key.Binding{help, quit}, 100, "n s / ? q"},
		{"exact fit", []key.Binding{n, s}, []key.Binding{help, quit}, 6 + 3 + 7 + 3 + 6 + 3 + 6, "n s ? q"},
		{"one cell short drops the last", []key.Binding{n, s}, []key.Binding{help, quit}, 6 + 3 + 7 + 3 + 6 + 3 + 6 - 1, "n ? q"},
		{"a wide key is skipped for a narrower one", []key.Binding{n, long, s}, []key.Binding{help, quit}, 40, "n s ? q"},
		{"pinned stay even when nothing else fits", []key.Binding{n, s}, []key.Binding{help, quit}, 10, "? q"},
		{"disabled never shown", []key.Binding{off, n}, []key.Binding{off, quit}, 100, "n q"},
		{"no pinned", []key.Binding{n, s, slash}, nil, 6 + 3 + 7, "n s"},
		{"zero width", []key.Binding{n}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(fitKeys(tt.keys, tt.pinned, tt.w, 3)); got != tt.want {
				t.Errorf("fitKeys(w=%d) = %q, want %q", tt.w, got, tt.want)
			}
		})
	}
}

// footer returns the last line of the model's frame.
func footer(m Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-1]
}

// TestFooterShowsWholeKeysAndKeepsHelpAndQuit guards the footer at narrow
// widths: it once listed keys in a fixed order and cut the line with "…",
// so below 110 columns "? help" and "q quit" were gone and at 80 the
// note on why there is no split view was too.
func TestFooterShowsWholeKeysAndKeepsHelpAndQuit(t *testing.T) {
	c := fixtureComparison(t)
	for w := minWidth; w <= 250; w += 7 {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := sized(c, Options{}, w, 24)
			for name, m := range map[string]Model{"list": m, "detail": keys(m, "enter"), "help": keys(m, "?")} {
				f := footer(m)
				if strings.Contains(f, "…") {
					t.Errorf("%s footer cut: %q", name, f)
				}
				if !strings.HasSuffix(f, "help • q quit") {
					t.Errorf("%s footer lacks help and quit at its end: %q", name, f)
				}
			}
			if f := footer(m); w >= 60 && !strings.HasPrefix(f, " n next divergence") {
				t.Errorf("footer does not lead with the divergence key: %q", f)
			}
		})
	}
	// At 80 columns the toggle says why the view is stacked.
	if f := footer(sized(c, Options{}, 80, 24)); !strings.Contains(f, "s split needs 100 cols") || !strings.Contains(f, "/ search") {
		t.Errorf("80-column footer: %q", f)
	}
	// So does s, in words that fit.
	m := keys(sized(c, Options{}, 80, 24), "s")
	if f := footer(m); strings.TrimSpace(f) != "split view needs 100 columns; this terminal has 80" {
		t.Errorf("s at 80 columns: %q", f)
	}
	// Help open: the footer says how to close it.
	if f := footer(keys(sized(c, Options{}, 120, 40), "?")); strings.TrimSpace(f) != "?/esc close help • q quit" {
		t.Errorf("help footer: %q", f)
	}
}

// TestResizeClearsStatus: a message about the last key said something
// about the old size ("this terminal has 80") and stayed after a resize.
func TestResizeClearsStatus(t *testing.T) {
	m := keys(sized(fixtureComparison(t), Options{}, 80, 24), "s")
	if !strings.Contains(footer(m), "split view needs") {
		t.Fatalf("no status: %q", footer(m))
	}
	m = step(m, tea.WindowSizeMsg{Width: 60, Height: 20})
	if f := footer(m); strings.Contains(f, "split view needs") || !strings.Contains(f, "q quit") {
		t.Errorf("status kept across a resize: %q", f)
	}
}

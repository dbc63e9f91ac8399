package ui

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeCaptures: the screens README shows are the reader's screens
// today. The split view is the sample at 120 × 40, as `parallax` opens
// on it; the overview, the ledger and the claim check are the five
// ferry accounts at 120 × 40, as TestGoldenMany draws them. A capture left
// behind by a change of the engine (the claim check once showed denials
// as SUPPORTS there after the engine had stopped saying so) fails here;
// paste the screen this test prints.
func TestReadmeCaptures(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	five := fiveComparison(t)
	cases := []struct {
		head string // the capture's first line, up to its end or its padding
		m    Model
	}{
		{"parallax · 2 documents ", started(seedComparison(t), Options{}, 120, 40)},
		{"parallax · 5 documents · overview\n", started(five, Options{}, 120, 40)},
		{"parallax · 5 documents · who said what\n", keys(started(five, Options{}, 120, 40), "L")},
		{"parallax · 5 documents · claim check\n", keys(typeText(keys(started(five, Options{}, 120, 40), "c"), "The ferry was overloaded"), "enter")},
	}
	for _, c := range cases {
		got := trimScreen(screen(c.m))
		want, ok := capture(readme, c.head)
		if !ok {
			t.Errorf("README has no capture that opens with %q", c.head)
			continue
		}
		if want != got {
			t.Errorf("README's capture that opens with %q is not today's screen; today's:\n%s", strings.TrimSpace(c.head), got)
		}
	}
}

// capture is README's fenced block that opens with head, trimmed.
func capture(readme, head string) (string, bool) {
	i := strings.Index(readme, "```\n"+head)
	if i < 0 {
		return "", false
	}
	body := readme[i+4:]
	end := strings.Index(body, "```")
	if end < 0 {
		return "", false
	}
	return trimScreen(body[:end]), true
}

// trimScreen drops the spaces that end lines and the blank lines that end
// the screen, as a capture pasted into Markdown loses them.
func trimScreen(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

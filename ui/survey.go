package ui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/coverage"
)

// The views that read all documents at once — the overview (coverage),
// the pair picker, the ledger and the claim check — take their data from
// work that reads every passage, so it runs in tea.Cmds: surveyCmd once
// (on start with three documents or more, else when one of those views is
// first opened), claimCmd for each claim typed. Until the survey arrives
// those views say they are reading.

// surveyMsg carries the coverage, the ledger and the pair counts.
type surveyMsg struct {
	survey *corpus.Survey
	pairs  []corpus.Counts // per pair of documents, in pair order
}

// surveyCmd reads the survey of c (from facts, when they were kept with
// c) and counts each pair's rows. It reads c and changes nothing.
func surveyCmd(c *corpus.Comparison, facts *corpus.SurveyFacts) tea.Cmd {
	return func() tea.Msg {
		return surveyMsg{survey: corpus.SurveysWith(c, facts), pairs: corpus.CountPairs(c)}
	}
}

// pairIndex is the 0-based position of the pair of documents a and b
// (either order) among the n·(n−1)/2 pairs in pair order.
func pairIndex(n, a, b int) int {
	if a > b {
		a, b = b, a
	}
	return a*(2*n-a-1)/2 + (b - a - 1)
}

// claimMsg carries the result of a claim check.
type claimMsg struct {
	seq   int
	check *corpus.ClaimCheck
}

// claimCmd checks claim against every document of c.
func claimCmd(c *corpus.Comparison, claim string, seq int) tea.Cmd {
	return func() tea.Msg {
		return claimMsg{seq: seq, check: corpus.CheckClaim(claim, c.Documents)}
	}
}

// shortName is a document's name for a narrow column: the file name
// without its folder or extension ("wire" for "/tmp/five/wire.txt").
func shortName(name string) string {
	if name == "-" {
		return name
	}
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	return safeInline(base)
}

// displayName is a document's name as the header and the topic bar show
// it: as given, but only the file name when given by absolute path (a
// folder given as /home/me/news/ would otherwise fill the header with the
// same folder on every side).
func displayName(name string) string {
	if filepath.IsAbs(name) {
		name = filepath.Base(name)
	}
	return safeInline(name)
}

// docIndex returns the index of the document with the given id, or -1.
func docIndex(c *corpus.Comparison, id string) int {
	for i, d := range c.Documents {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// listState is the selection and scroll of a list of one-line items.
type listState struct {
	sel, top int
}

// move selects item sel+d of n, clamped, and scrolls it into a window of
// h lines.
func (l *listState) move(d, n, h int) {
	l.sel = max(0, min(n-1, l.sel+d))
	l.show(n, h)
}

// navigate moves the selection by one of the moving keys (up, down, a
// page, first, last) over n items shown h lines at a time, and reports
// whether km was one of them.
func (l *listState) navigate(km tea.KeyPressMsg, k KeyMap, n, h int) bool {
	switch {
	case key.Matches(km, k.Down):
		l.move(1, n, h)
	case key.Matches(km, k.Up):
		l.move(-1, n, h)
	case key.Matches(km, k.PageDown):
		l.move(max(1, h-1), n, h)
	case key.Matches(km, k.PageUp):
		l.move(-max(1, h-1), n, h)
	case key.Matches(km, k.Top):
		l.move(-n, n, h)
	case key.Matches(km, k.Bottom):
		l.move(n, n, h)
	default:
		return false
	}
	return true
}

// show scrolls the selection into a window of h lines.
func (l *listState) show(n, h int) {
	if n <= 0 || h <= 0 {
		l.sel, l.top = 0, 0
		return
	}
	l.sel = max(0, min(n-1, l.sel))
	if l.sel < l.top {
		l.top = l.sel
	}
	if l.sel >= l.top+h {
		l.top = l.sel - h + 1
	}
	l.top = max(0, min(l.top, n-h))
}

// coverageOf returns the coverage in a survey, or nil.
func coverageOf(s *corpus.Survey) *coverage.Report {
	if s == nil {
		return nil
	}
	return s.Coverage
}

package ui

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"sync"

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

// surveyMsg carries the coverage, the ledger, the widths the ledger's
// columns need, and the pair counts.
type surveyMsg struct {
	survey *corpus.Survey
	need   ledgerNeed
	pairs  []corpus.Counts // per pair of documents, in pair order
}

// surveyCmd reads the survey of c (from facts, when they were kept with
// c), the widths its ledger needs (ledgerNeeds: at twenty sources, tens
// of milliseconds, too long for Update) and counts each pair's rows,
// while the survey is read. It reads c and changes nothing; names are
// the sources' (sourceNames).
func surveyCmd(c *corpus.Comparison, names []string, facts *corpus.SurveyFacts) tea.Cmd {
	return func() tea.Msg {
		var pairs []corpus.Counts
		var wg sync.WaitGroup
		wg.Go(func() { pairs = corpus.CountPairs(c) })
		s := corpus.SurveysWith(c, facts)
		need := ledgerNeeds(c, names, s.Ledger)
		wg.Wait()
		return surveyMsg{survey: s, need: need, pairs: pairs}
	}
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

// sourceNames names c's documents, in order, as every view shows them
// (headers, columns, headings, reasons, the claim check, search): the
// file name without its folder or extension ("wire" for
// "/tmp/five/wire.txt"), the host for a URL ("example.org"), "stdin" for
// "-". Names that would read the same take, together, their extension
// ("wire.txt", "wire.md") or as many of their folders (a URL: its path) as
// tell them apart ("a/wire", "b/wire"), and at last their position
// ("wire (2)"); so every name stays distinct wherever it is shown. New
// works them out once and hands them to every view, which looks a name
// up with nameAt.
func sourceNames(c *corpus.Comparison) []string { return docNames(c.Documents) }

// docNames names docs as sourceNames does.
func docNames(docs []*corpus.Document) []string {
	ladders := make([][]string, len(docs))
	for i, d := range docs {
		ladders[i] = nameLadder(d.Name)
	}
	return distinctNames(ladders)
}

// nameAt is names[i], or "" when i is out of range.
func nameAt(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return ""
	}
	return names[i]
}

// distinctNames picks, for each ladder of ever longer names, the first
// rung no other ladder's pick shares: every name starts at its first
// rung, and names that clash climb together until none do or their
// ladders end; names still alike then take their position ("wire (2)").
func distinctNames(ladders [][]string) []string {
	rung := make([]int, len(ladders))
	name := func(i int) string { return ladders[i][rung[i]] }
	for {
		groups := map[string][]int{}
		for i := range ladders {
			groups[name(i)] = append(groups[name(i)], i)
		}
		climbed := false
		for _, g := range groups {
			if len(g) < 2 {
				continue
			}
			for _, i := range g {
				if rung[i] < len(ladders[i])-1 {
					rung[i]++
					climbed = true
				}
			}
		}
		if !climbed {
			break
		}
	}
	out := make([]string, len(ladders))
	seen := map[string]int{}
	for i := range ladders {
		out[i] = name(i)
		seen[out[i]]++
		if seen[out[i]] > 1 {
			out[i] += fmt.Sprintf(" (%d)", seen[out[i]])
		}
	}
	return out
}

// nameLadder lists the names a document given as name can go by, shortest
// first, each sanitised for one line.
func nameLadder(name string) []string {
	if name == "-" {
		return []string{"stdin"}
	}
	var rungs []string
	if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		host := strings.TrimPrefix(u.Host, "www.")
		rungs = append(rungs, host)
		segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
		for k := len(segs) - 1; k >= 0; k-- {
			rungs = append(rungs, host+"/…/"+strings.Join(segs[k:], "/"))
		}
		if len(segs) > 0 {
			rungs[len(rungs)-1] = host + "/" + strings.Join(segs, "/")
		}
		rungs = append(rungs, strings.TrimPrefix(strings.TrimPrefix(name, "https://"), "http://"))
	} else {
		// Each folder comes with and without the extension, so that
		// names alike but for the extension need no folder.
		clean := filepath.ToSlash(filepath.Clean(name))
		ext := path.Ext(clean)
		base := strings.TrimSuffix(clean, ext)
		if base == "" || strings.HasSuffix(base, "/") {
			base, ext = clean, ""
		}
		segs := strings.FieldsFunc(base, func(r rune) bool { return r == '/' })
		for k := len(segs) - 1; k >= 0; k-- {
			rungs = append(rungs, strings.Join(segs[k:], "/"))
			if ext != "" {
				rungs = append(rungs, strings.Join(segs[k:], "/")+ext)
			}
		}
		if len(rungs) == 0 {
			rungs = append(rungs, clean)
		}
	}
	for i, r := range rungs {
		rungs[i] = safeInline(r)
	}
	return rungs
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

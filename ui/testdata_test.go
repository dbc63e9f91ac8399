package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/seeds"
)

// Test data. seedComparison is whatever the engine makes of the embedded
// seeds; tests on it assert only what any sound engine must show.
// fixtureComparison keeps the engine's documents and passages but replaces
// its alignments with hand-made ones, found by the words they quote, so the
// golden files depend on segmentation only. After the engine changes, run
// `go test ./ui -update` and read the diff of testdata/*.golden.

// seedComparison runs the engine on the seeds.
func seedComparison(tb testing.TB) *corpus.Comparison {
	tb.Helper()
	c, err := corpus.Compare(seedSources(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// passageWith returns the passage of document doc that contains sub.
func passageWith(tb testing.TB, c *corpus.Comparison, doc int, sub string) *corpus.Passage {
	tb.Helper()
	for _, p := range c.Documents[doc].Passages {
		if strings.Contains(p.Text, sub) {
			return p
		}
	}
	tb.Fatalf("no passage of %s contains %q", c.Documents[doc].Name, sub)
	return nil
}

// marks highlights the first occurrence of each word in p: a leading "!"
// marks a conflict, otherwise the word is shared.
func marks(tb testing.TB, p *corpus.Passage, words ...string) []corpus.Highlight {
	tb.Helper()
	var hs []corpus.Highlight
	for _, w := range words {
		m := corpus.MarkShared
		if strings.HasPrefix(w, "!") {
			m, w = corpus.MarkConflict, w[1:]
		}
		i := strings.Index(p.Text, w)
		if i < 0 {
			tb.Fatalf("%s has no %q", p.ID, w)
		}
		hs = append(hs, corpus.Highlight{Span: corpus.Span{Start: i, End: i + len(w)}, Mark: m})
	}
	return hs
}

// fixtureAlignment is one hand-made alignment between the seeds, by quotes.
type fixtureAlignment struct {
	topic        string
	verdict      corpus.Verdict
	score        float64
	a, b         string   // words that find the passages
	marksA       []string // see marks
	marksB       []string
	reasons      []corpus.Reason
	terms, names []string
	numbers      []string
}

var fixtureAlignments = []fixtureAlignment{
	{
		topic: "warnings", verdict: corpus.Diverge, score: 0.71,
		a: "Iran alerted Russia", b: "Earlier in March, the US embassy",
		marksA: []string{"!Iran", "Russia", "attack"}, marksB: []string{"!US embassy", "warning", "Russia", "attack"},
		reasons: []corpus.Reason{
			{Kind: "actor-differs", Text: "warning from: Iran ≠ the US", A: "Iran", B: "the US embassy"},
			{Kind: "shared-entity", Text: "both: Russia was warned of an attack before it happened"},
		},
		terms: []string{"warning", "attack"}, names: []string{"Russia"},
	},
	{
		topic: "casualties", verdict: corpus.Agree, score: 0.64,
		a: "Iran alerted Russia", b: "four gunmen stormed",
		marksA: []string{"Crocus City Hall", "over 140"}, marksB: []string{"Crocus City Hall", "over 140"},
		reasons: []corpus.Reason{{Kind: "shared-number", Text: "both: over 140 dead", A: "over 140", B: "over 140"}},
		names:   []string{"Crocus City Hall"}, numbers: []string{"over 140"},
	},
	{
		topic: "culprit", verdict: corpus.Agree, score: 0.58,
		a: "The Afghanistan-based offshoot", b: "Shortly after the incident, the US claimed",
		marksA: []string{"claimed responsibility", "The US"}, marksB: []string{"responsible", "the US"},
		reasons: []corpus.Reason{{Kind: "same-claim", Text: "both: the US named ISIS-K as responsible"}},
		terms:   []string{"responsible"}, names: []string{"US", "ISIS-K"},
	},
	{
		topic: "reaction", verdict: corpus.Agree, score: 0.66,
		a: "Reached for comment", b: "Asked whether the Russian authorities",
		marksA: []string{"Peskov", "not aware"}, marksB: []string{"Peskov", "not aware"},
		reasons: []corpus.Reason{{Kind: "negation", Text: "both deny knowing of a warning", A: "I do not know anything about this", B: "no, we are not aware of that"}},
		names:   []string{"Dmitry Peskov"},
	},
	{
		topic: "culprit", verdict: corpus.Related, score: 0.33,
		a: "Moscow, however, appears to be skeptical", b: "Speaking to the Russian news outlet Izvestia",
		marksA: []string{"Ukraine", "ISIS-K"}, marksB: []string{"Ukraine", "ISIS-K"},
		reasons: []corpus.Reason{{Kind: "different-facet", Text: "both on Ukraine's alleged part, from different angles"}},
		names:   []string{"Ukraine", "ISIS-K"},
	},
	{
		topic: "investigation", verdict: corpus.Diverge, score: 0.41,
		a: "Russian Investigative Committee announced", b: "Shortly after the incident, the US claimed",
		marksA: []string{"!announced it has launched a probe"}, marksB: []string{"!the investigation is still ongoing"},
		reasons: []corpus.Reason{{Kind: "hedged-vs-asserted", Text: "a probe launched vs. an investigation still ongoing"}},
	},
}

// fixtureComparison is the seeds with the hand-made alignments above.
func fixtureComparison(tb testing.TB) *corpus.Comparison {
	tb.Helper()
	c := seedComparison(tb)
	c.Alignments = nil
	for _, f := range fixtureAlignments {
		pa := passageWith(tb, c, 0, f.a)
		pb := passageWith(tb, c, 1, f.b)
		c.Alignments = append(c.Alignments, corpus.Alignment{
			A: pa.ID, B: pb.ID, Topic: f.topic, Score: f.score, Verdict: f.verdict,
			Reasons: slices.Clone(f.reasons), Best: true,
			Evidence: corpus.Evidence{Terms: slices.Clone(f.terms), Entities: slices.Clone(f.names), Numbers: slices.Clone(f.numbers)},
			MarksA:   marks(tb, pa, f.marksA...), MarksB: marks(tb, pb, f.marksB...),
		})
	}
	return c
}

// thirdSource is a short third article for the N > 2 paths.
var thirdSource = corpus.Source{Name: "tass-brief.txt", Data: []byte(
	"Kremlin declines comment on reports of foreign warnings\n\n" +
		"Kremlin spokesman Dmitry Peskov said on Monday that he had no information about any warning passed to Moscow before the attack.\n\n" +
		"The death toll from the attack on Crocus City Hall rose to 144, the Emergencies Ministry said.\n")}

// threeComparison is the seeds plus thirdSource, with one alignment of the
// third document to the first.
func threeComparison(tb testing.TB) *corpus.Comparison {
	tb.Helper()
	c, err := corpus.Compare(append(seedSources(tb), thirdSource))
	if err != nil {
		tb.Fatal(err)
	}
	c.Alignments = nil
	pa := passageWith(tb, c, 0, "Reached for comment")
	pc := passageWith(tb, c, 2, "no information about any warning")
	c.Alignments = append(c.Alignments, corpus.Alignment{
		A: pa.ID, B: pc.ID, Topic: "reaction", Score: 0.5, Verdict: corpus.Agree,
		Reasons: []corpus.Reason{{Kind: "negation", Text: "both: Peskov knew of no warning"}},
		MarksA:  marks(tb, pa, "Peskov"), MarksB: marks(tb, pc, "Peskov"),
	})
	return c
}

// press returns the key press message for a key name as tea prints it
// ("j", "enter", "shift+tab", "ctrl+c", "pgdown").
func press(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if strings.HasPrefix(k, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic(fmt.Sprintf("press: unknown key %q", k))
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// sized returns a model over c at w × h, as after the first WindowSizeMsg.
func sized(c *corpus.Comparison, opts Options, w, h int) Model {
	m := New(c, opts)
	return step(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// started is sized with the work Init starts done (the survey arrived).
func started(c *corpus.Comparison, opts Options, w, h int) Model {
	m := sized(c, opts, w, h)
	if m.surveying {
		m = step(m, surveyCmd(c, m.names, m.facts)())
	}
	return m
}

// fiveComparison compares the five accounts of one ferry disaster written
// for issue 11 (testdata/five), named by file.
func fiveComparison(tb testing.TB) *corpus.Comparison {
	tb.Helper()
	names, err := filepath.Glob("../testdata/five/*.txt")
	if err != nil || len(names) != 5 {
		tb.Fatalf("want five articles in ../testdata/five: %v %v", names, err)
	}
	var srcs []corpus.Source
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		srcs = append(srcs, corpus.Source{Name: filepath.Base(n), Data: b})
	}
	c, err := corpus.Compare(srcs)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// step sends msg to m and runs the returned command when it yields a search
// result, a laid-out pair or highlights (among others), so those arrive as
// they would in a running program.
func step(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	for cmd != nil {
		res := cmd()
		cmd = nil
		switch res := res.(type) {
		case searchResultsMsg, pairMsg, surveyMsg, claimMsg, saveAskMsg, writtenMsg, marksMsg:
			next, cmd = m.Update(res)
			m = next.(Model)
		case tea.BatchMsg:
			for _, c := range res {
				if c == nil {
					continue
				}
				switch r := c().(type) {
				case searchResultsMsg, pairMsg, surveyMsg, claimMsg, saveAskMsg, writtenMsg, marksMsg:
					next, _ = m.Update(r)
					m = next.(Model)
				}
			}
		}
	}
	return m
}

// keys presses each key in turn.
func keys(m Model, ks ...string) Model {
	for _, k := range ks {
		m = step(m, press(k))
	}
	return m
}

// typeText types s into m one rune at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = step(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// screen is the model's frame with escape codes stripped.
func screen(m Model) string {
	return ansi.Strip(m.View().Content)
}

// seedSources reads the embedded seeds as sources.
func seedSources(t testing.TB) []corpus.Source {
	t.Helper()
	srcs, err := corpus.SourcesFS(seeds.FS())
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/coverage"
)

// Tests of the views across all sources (issue 11) on the five accounts
// of one ferry disaster (testdata/five). The goldens hold what the engine
// makes of them: after an engine change, run
//
//	go test ./ui -run 'TestGoldenMany' -update
//
// and read the diff.

// TestGoldenMany draws the overview, the ledger and the claim check at
// three sizes, dark and light, and checks no line is wider than the
// terminal.
func TestGoldenMany(t *testing.T) {
	c := fiveComparison(t)
	views := []struct {
		name string
		keys []string
		typ  string
	}{
		{name: "overview"},
		{name: "ledger", keys: []string{"L"}},
		{name: "claim", keys: []string{"c"}, typ: "The ferry was overloaded"},
		{name: "pairs", keys: []string{"a", "j"}},
	}
	for _, v := range views {
		for _, sz := range [][2]int{{200, 50}, {120, 40}, {80, 24}} {
			for _, light := range []bool{false, true} {
				theme := "dark"
				if light {
					theme = "light"
				}
				t.Run(fmt.Sprintf("%s_%s_%dx%d", v.name, theme, sz[0], sz[1]), func(t *testing.T) {
					m := keys(started(c, Options{Light: light}, sz[0], sz[1]), v.keys...)
					if v.typ != "" {
						m = keys(typeText(m, v.typ), "enter")
					}
					assertFrame(t, m, sz[0], sz[1])
					golden.RequireEqual(t, screen(m))
				})
			}
		}
	}
}

// TestOverviewFirstWithThreeDocuments: three documents or more open on
// the overview; o toggles to the pair view and back; two open on the pair.
func TestOverviewFirstWithThreeDocuments(t *testing.T) {
	m := started(fiveComparison(t), Options{}, 120, 40)
	if m.focus != focusOverview || !strings.Contains(screen(m), "overview") {
		t.Fatalf("not on the overview:\n%s", screen(m))
	}
	if m = keys(m, "o"); m.focus != focusReader {
		t.Fatalf("o: focus %d", m.focus)
	}
	if m = keys(m, "o"); m.focus != focusOverview {
		t.Fatalf("o again: focus %d", m.focus)
	}
	if two := started(fixtureComparison(t), Options{}, 120, 40); two.focus != focusReader {
		t.Errorf("two documents open on focus %d", two.focus)
	}
}

// TestOverviewKeys: j/k move between points, l/h between sources, ]
// to the next topic; enter opens the pair of the selected source at the
// selected point, with that source's passage selected.
func TestOverviewKeys(t *testing.T) {
	m := started(fiveComparison(t), Options{}, 120, 40)
	if m.overview.sel != 0 || m.overview.col != 0 {
		t.Fatalf("start at %d,%d", m.overview.sel, m.overview.col)
	}
	m = keys(m, "j", "j", "l", "l", "h")
	if m.overview.sel != 2 || m.overview.col != 1 {
		t.Fatalf("j j l l h: at %d,%d", m.overview.sel, m.overview.col)
	}
	topic := m.overview.lines[m.overview.rows[m.overview.sel]].t
	if n := keys(m, "]"); n.overview.lines[n.overview.rows[n.overview.sel]].t == topic {
		t.Error("] stayed in the topic")
	}
	if k := keys(m, "k"); k.overview.sel != 1 {
		t.Errorf("k: at %d", k.overview.sel)
	}
	// Find a covered cell and open it.
	for m.overview.point().Cells[m.overview.col].Silent() {
		m = keys(m, "j")
	}
	pt := m.overview.point()
	want := pt.Cells[m.overview.col].Passages[0]
	col := m.overview.col
	m = keys(m, "enter")
	if m.focus != focusReader {
		t.Fatalf("enter: focus %d", m.focus)
	}
	pv := m.reader.Pair()
	if pv.a != col && pv.b != col {
		t.Errorf("pair %d,%d does not hold source %d", pv.a, pv.b, col)
	}
	sel, ok := m.reader.Selected()
	if !ok || (sel.Row.A == nil || sel.Row.A.ID != want) && (sel.Row.B == nil || sel.Row.B.ID != want) {
		t.Errorf("selected row does not show %s: %+v", want, sel.Row)
	}
}

// TestPairPickerReachesEveryPair: a lists all ten pairs of five sources;
// enter on each shows it, and the header says which it is.
func TestPairPickerReachesEveryPair(t *testing.T) {
	base := started(fiveComparison(t), Options{}, 120, 40)
	m := keys(base, "a")
	if m.focus != focusPicker || !strings.Contains(screen(m), "pair 1 of 10") {
		t.Fatalf("a:\n%s", screen(m))
	}
	seen := map[[2]int]bool{}
	for k := range 10 {
		p := keys(base, "a")
		for range k {
			p = keys(p, "j")
		}
		p = keys(p, "enter")
		if p.focus != focusReader {
			t.Fatalf("pair %d: focus %d", k+1, p.focus)
		}
		pv := p.reader.Pair()
		seen[[2]int{pv.a, pv.b}] = true
		if want := fmt.Sprintf("pair %d of 10", k+1); !strings.Contains(screen(p), want) {
			t.Errorf("header does not say %q:\n%s", want, screen(p))
		}
	}
	if len(seen) != 10 {
		t.Errorf("reached %d pairs, want 10", len(seen))
	}
	if back := keys(m, "esc"); back.focus != focusOverview {
		t.Errorf("esc from the picker: focus %d", back.focus)
	}
}

// TestPairPickerCountsRows: the picker's agree / diverge / related counts
// for a pair are those of the rows its pair view shows (alignments
// between passages already shown add no row, so counting alignments gave
// more than a person finds there).
func TestPairPickerCountsRows(t *testing.T) {
	c := fiveComparison(t)
	m := started(c, Options{}, 200, 50)
	for k := range 10 {
		a, b := pairAt(5, k)
		want := newPairView(c, sourceNames(c), a, b).total
		got := m.picker.counts[k]
		if got.Agree != want.Agree || got.Diverge != want.Diverge || got.Related != want.Related {
			t.Errorf("pair %d (%d–%d): picker %+v, pair view %+v", k+1, a, b, got, want)
		}
	}
	p := keys(m, "a")
	pc := m.picker.counts[0]
	if line := fmt.Sprintf("=%d agree  ≠%d diverge  ~%d related", pc.Agree, pc.Diverge, pc.Related); !strings.Contains(screen(p), line) {
		t.Errorf("picker does not show %q:\n%s", line, screen(p))
	}
}

// TestClaimCheckKeys: c opens the prompt, typing goes into the claim (q
// too), enter checks it against every source, esc leaves.
func TestClaimCheckKeys(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 120, 40), "c")
	if m.focus != focusClaim || !m.claim.Editing() {
		t.Fatalf("c: focus %d editing %v", m.focus, m.claim.Editing())
	}
	m = typeText(m, "quite a claim")
	if got := m.claim.input.String(); got != "quite a claim" {
		t.Fatalf("typed %q", got)
	}
	m = keys(m, "backspace")
	m = typeText(m, "m")
	// The claim is edited like the search: the cursor moves, words go.
	m = keys(m, "ctrl+a", "right", "right", "right", "right", "right")
	m = step(m, tea.KeyPressMsg{Code: tea.KeyDelete})
	if got := m.claim.input.String(); got != "quitea claim" {
		t.Fatalf("after delete at the fifth rune: %q", got)
	}
	m = keys(typeText(m, " "), "ctrl+e", "ctrl+w")
	if got := m.claim.input.String(); got != "quite a " {
		t.Fatalf("after a space typed mid-claim and ctrl+w: %q", got)
	}
	m = typeText(m, "claim")
	m = keys(m, "enter")
	if m.claim.check == nil || len(m.claim.check.Results) != 5 {
		t.Fatalf("no result for five sources: %+v", m.claim.check)
	}
	s := screen(m)
	for i, name := range sourceNames(m.c) {
		// By the names the overview's columns use ("courier"), not by the
		// path given ("testdata/five/courier.txt").
		if !strings.Contains(s, "▌ "+name+"  SILENT") && !strings.Contains(s, "  "+name+"  SILENT") {
			t.Errorf("claim check does not list %s:\n%s", name, s)
		}
		if strings.Contains(s, m.c.Documents[i].Name) {
			t.Errorf("claim check names %s by its path:\n%s", name, s)
		}
	}
	if m2 := keys(m, "j"); m2.claim.sel != 1 {
		t.Errorf("j: source %d", m2.claim.sel)
	}
	if m3 := keys(m, "esc"); m3.focus != focusOverview {
		t.Errorf("esc: focus %d", m3.focus)
	}
	// esc while typing the first claim goes back at once.
	if m4 := keys(started(fiveComparison(t), Options{}, 120, 40), "c", "esc"); m4.focus != focusOverview {
		t.Errorf("esc from an empty prompt: focus %d", m4.focus)
	}
}

// TestLedgerKeys: L opens who said what, enter shows the entry's passage.
func TestLedgerKeys(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 120, 40), "L")
	if m.focus != focusLedger || m.ledger.n() == 0 {
		t.Fatalf("L: focus %d, %d entries", m.focus, m.ledger.n())
	}
	e := m.ledger.ledger.Entries[0]
	m = keys(m, "enter")
	sel, ok := m.reader.Selected()
	if m.focus != focusReader || !ok || (sel.Row.A == nil || sel.Row.A.ID != e.Passages[0]) && (sel.Row.B == nil || sel.Row.B.ID != e.Passages[0]) {
		t.Errorf("enter did not show %s", e.Passages[0])
	}
}

// TestSearchStaysActive: after / and enter, n and N go between the rows
// holding the query and the footer says so; esc ends the search and n goes
// to divergences again.
func TestSearchStaysActive(t *testing.T) {
	m := sized(fiveComparison(t), Options{PairFirst: true}, 120, 40)
	m = keys(typeText(keys(m, "/"), "ferry"), "enter")
	if m.reader.Find() != "ferry" || !strings.Contains(m.status, "match") {
		t.Fatalf("after enter: find %q status %q", m.reader.Find(), m.status)
	}
	first := m.reader.sel
	m = keys(m, "n")
	if m.reader.sel == first || !strings.Contains(m.status, "match 2 of") {
		t.Errorf("n: sel %d (was %d), status %q", m.reader.sel, first, m.status)
	}
	if p := keys(m, "N"); p.reader.sel != first {
		t.Errorf("N: sel %d, want %d", p.reader.sel, first)
	}
	if f := screen(step(m, tea.WindowSizeMsg{Width: 120, Height: 40})); !strings.Contains(f, "n next match") {
		t.Errorf("footer does not say n goes to matches:\n%s", f)
	}
	m = keys(m, "esc")
	if m.reader.Find() != "" || !strings.Contains(m.status, "divergences") {
		t.Errorf("esc: find %q status %q", m.reader.Find(), m.status)
	}
	before := m.reader.sel
	m = keys(m, "n")
	// n goes to a divergence again, or stays put when the pair shown has
	// none (the ferry's first pair has none since its two "passed its
	// safety inspection" are no longer read as a denial); never to a match.
	if sel, _ := m.reader.Selected(); sel.Row.Verdict() != "diverge" && m.reader.sel != before || strings.Contains(m.status, "match") {
		t.Errorf("n after esc selected a %s row (status %q)", sel.Row.Verdict(), m.status)
	}
}

// TestCopyAndWrite: y copies the selection with its source and line; w
// writes the view as Markdown to a new file and says where.
func TestCopyAndWrite(t *testing.T) {
	dir := t.TempDir()
	m := started(fiveComparison(t), Options{SaveDir: dir}, 120, 40)
	for m.overview.point().Cells[m.overview.col].Silent() {
		m = keys(m, "j")
	}
	next, cmd := m.Update(press("y"))
	m = next.(Model)
	if cmd == nil || !strings.Contains(m.status, "copied") {
		t.Fatalf("y: status %q", m.status)
	}
	if txt := m.copyPassages(); !strings.Contains(txt, "— courier.txt, line") {
		t.Errorf("copied %q", txt)
	}
	for _, view := range []string{"overview", "pair"} {
		m = keys(m, "w")
		path := filepath.Join(dir, "parallax-"+view+".md")
		if !m.save.open || m.save.input.String() != path {
			t.Fatalf("w on the %s: prompt %v %q, want %q", view, m.save.open, m.save.input.String(), path)
		}
		if !strings.Contains(screen(m), "write the "+view+" to: "+path) {
			t.Errorf("footer does not ask for the path:\n%s", screen(m))
		}
		m = keys(m, "enter")
		if m.save.open || !strings.Contains(m.status, path) {
			t.Errorf("status %q does not say %s", m.status, path)
		}
		b, err := os.ReadFile(path)
		if err != nil || !strings.HasPrefix(string(b), "# Parallax: "+view) {
			t.Errorf("%s: %v %q", path, err, b)
		}
		m = keys(m, "o")
	}
	// The next suggestion is a free name: nothing is overwritten unasked.
	m = keys(m, "w")
	if got := m.save.input.String(); got != filepath.Join(dir, "parallax-overview-2.md") {
		t.Errorf("second write suggests %q", got)
	}
	m = keys(m, "esc")
	if m.save.open || m.status != "not written" {
		t.Errorf("esc: open %v, status %q", m.save.open, m.status)
	}
}

// TestWritePrompt: the path w asks for can be edited, a folder gets the
// suggested name, an existing file is replaced only on a second enter,
// and a failed write leaves the prompt open with the reason and no file
// behind.
func TestWritePrompt(t *testing.T) {
	dir := t.TempDir()
	m := started(fiveComparison(t), Options{SaveDir: dir}, 80, 24)
	typePath := func(m Model, path string) Model {
		return typeText(keys(m, "w", "ctrl+u"), path)
	}
	// A folder: the suggested name inside it.
	sub := filepath.Join(dir, "out")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	m = keys(typePath(m, sub), "enter")
	if _, err := os.Stat(filepath.Join(sub, "parallax-overview.md")); err != nil || m.save.open {
		t.Fatalf("folder: %v, open %v, status %q", err, m.save.open, m.status)
	}
	// An existing file: asked first, replaced on the second enter.
	old := filepath.Join(dir, "old.md")
	os.WriteFile(old, []byte("keep"), 0o644)
	m = keys(typePath(m, old), "enter")
	if b, _ := os.ReadFile(old); string(b) != "keep" || !m.save.open || !strings.Contains(screen(m), "exists") {
		t.Fatalf("existing file: %q, open %v\n%s", b, m.save.open, screen(m))
	}
	m = keys(m, "enter")
	if b, _ := os.ReadFile(old); !strings.HasPrefix(string(b), "# Parallax: overview") || m.save.open {
		t.Fatalf("second enter: %q, open %v", b, m.save.open)
	}
	// A folder that does not exist: the reason, the prompt still open,
	// nothing left behind.
	m = keys(typePath(m, filepath.Join(dir, "missing", "x.md")), "enter")
	if !m.save.open || !strings.Contains(m.save.problem, "no such file") {
		t.Errorf("missing folder: open %v, problem %q", m.save.open, m.save.problem)
	}
	assertFrame(t, m, 80, 24)
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("left behind: %v", ents)
	}
}

// TestPasteReachesWhatIsTyped: pasted text goes into the path w asks for
// and into the claim being typed (it used to reach only the search).
func TestPasteReachesWhatIsTyped(t *testing.T) {
	m := started(fiveComparison(t), Options{SaveDir: t.TempDir()}, 120, 40)
	m = keys(m, "w", "ctrl+u")
	m = step(m, tea.PasteMsg{Content: "/tmp/x.md"})
	if got := m.save.input.String(); got != "/tmp/x.md" {
		t.Errorf("pasted path %q", got)
	}
	m = keys(m, "esc", "c")
	m = step(m, tea.PasteMsg{Content: "The ferry\nwas overloaded"})
	if got := m.claim.input.String(); got != "The ferry was overloaded" {
		t.Errorf("pasted claim %q", got)
	}
}

// TestWriteSuggestsFirstFilesFolder: without SaveDir, w suggests the
// folder of the first document given as a file.
func TestWriteSuggestsFirstFilesFolder(t *testing.T) {
	m := started(fiveComparison(t), Options{}, 120, 40)
	want := filepath.Dir(m.c.Documents[0].Name)
	if got := m.saveDir(); got != want && !(want == "." && got == "") {
		t.Errorf("saveDir %q, want %q", got, want)
	}
}

// TestSourceNames: every view names a document alike, in short, and two
// documents never by the same name: a shared file name takes the
// extension or the folders that tell the files apart.
func TestSourceNames(t *testing.T) {
	for _, c := range []struct {
		given, want []string
	}{
		{[]string{"testdata/five/courier.txt", "/home/me/news/wire.txt"}, []string{"courier", "wire"}},
		{[]string{"-", "news/wire.txt"}, []string{"stdin", "wire"}},
		{[]string{"a/wire.txt", "b/wire.txt", "herald.txt"}, []string{"a/wire", "b/wire", "herald"}},
		{[]string{"/x/a/news/wire.txt", "/x/b/news/wire.txt"}, []string{"a/news/wire", "b/news/wire"}},
		{[]string{"news/wire.txt", "news/wire.md"}, []string{"wire.txt", "wire.md"}},
		{[]string{"a/wire.txt", "b/wire.txt", "b/wire.md"}, []string{"a/wire", "b/wire", "wire.md"}},
		{[]string{"wire", "news/wire.txt"}, []string{"wire", "wire.txt"}},
		{[]string{"https://www.example.org/news/1", "https://example.net/a"}, []string{"example.org", "example.net"}},
		{[]string{"https://example.org/news/1", "https://example.org/world/1"}, []string{"example.org/news/1", "example.org/world/1"}},
		{[]string{"https://example.org/a/x/1", "https://example.org/b/y/1"}, []string{"example.org/…/x/1", "example.org/…/y/1"}},
		{[]string{"https://example.org/", "http://example.org/"}, []string{"example.org/", "example.org/ (2)"}},
		{[]string{"news/\x1b[2Jwire.txt", "b.txt"}, []string{"^[[2Jwire", "b"}},
	} {
		docs := make([]*corpus.Document, len(c.given))
		for i, g := range c.given {
			docs[i] = &corpus.Document{Name: g}
		}
		got := docNames(docs)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names %q, want %q", c.given, got, c.want)
		}
	}
}

// TestPairIndex: corpus.PairIndex and pairAt agree on every pair of 20 sources.
func TestPairIndex(t *testing.T) {
	n := 20
	k := 0
	for a := range n {
		for b := a + 1; b < n; b++ {
			if got := corpus.PairIndex(n, a, b); got != k {
				t.Fatalf("PairIndex(%d,%d) = %d, want %d", a, b, got, k)
			}
			if got := corpus.PairIndex(n, b, a); got != k {
				t.Fatalf("PairIndex(%d,%d) = %d, want %d", b, a, got, k)
			}
			if x, y := pairAt(n, k); x != a || y != b {
				t.Fatalf("pairAt(%d) = %d,%d", k, x, y)
			}
			k++
		}
	}
}

// TestManyViewsResize: every view redraws within any size.
func TestManyViewsResize(t *testing.T) {
	c := fiveComparison(t)
	for _, ks := range [][]string{nil, {"L"}, {"a"}, {"c"}} {
		m := keys(started(c, Options{}, 120, 40), ks...)
		for _, sz := range [][2]int{{40, 10}, {60, 20}, {99, 30}, {250, 60}} {
			m = step(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			assertFrame(t, m, sz[0], sz[1])
		}
	}
}

// TestSearchFindsOtherSpellings: with a search for "Kyiv" active, a
// passage that writes "Kiev" is a match and is painted.
func TestSearchFindsOtherSpellings(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m.reader.SetFind("Kyiv")
	if !m.reader.holds("Officials in Kiev said") || m.reader.holds("Officials in Ukraine said") {
		t.Errorf("holds: Kiev %v, Ukraine %v", m.reader.holds("Officials in Kiev said"), m.reader.holds("Officials in Ukraine said"))
	}
	if sp := findSpans("Kyiv and Kiev", m.reader.findPaint); len(sp) != 2 {
		t.Errorf("spans %v", sp)
	}
}

// TestSearchRanksOtherSpellings: the overlay finds "Kiev" for "Kyiv".
func TestSearchRanksOtherSpellings(t *testing.T) {
	ix := newSearchIndex([]string{"Officials in Kiev said", "Nothing here", "Kyiv police"})
	got := map[int]bool{}
	for _, m := range withSpellings(ix, "Kyiv") {
		got[m.Index] = true
	}
	if !got[0] || !got[2] || got[1] {
		t.Errorf("matches %v", got)
	}
}

// TestWritePromptProblemSafe: the reason a write failed is shown made
// safe, as the status is: an OS error can quote bytes of a path no one
// typed (the working directory, $HOME).
func TestWritePromptProblemSafe(t *testing.T) {
	m := started(fiveComparison(t), Options{SaveDir: t.TempDir()}, 120, 40)
	m = keys(m, "w")
	m.written(writtenMsg{err: errors.New("cannot write in /tmp/\x1b]0;pwned\a/x")})
	if !m.save.open {
		t.Fatal("the prompt closed on a failed write")
	}
	if v := m.saveView(120); strings.ContainsAny(v, "\a") || strings.Contains(v, "\x1b]0;") {
		t.Errorf("a control byte of the error reached the footer: %q", v)
	}
	assertFrame(t, m, 120, 40)
}

// TestOverviewHeadNarrow: where not every source fits, the column head
// says which are shown and keeps a cell before the first source's name,
// as the rows keep one after a point's label.
func TestOverviewHeadNarrow(t *testing.T) {
	for _, w := range []int{44, 50, 60} {
		m := started(fiveComparison(t), Options{}, w, 20)
		assertFrame(t, m, w, 20)
		var head string
		for _, l := range strings.Split(screen(m), "\n") {
			if strings.Contains(l, "courier") && strings.HasPrefix(strings.TrimSpace(l), "Point") {
				head = l
			}
		}
		if head == "" {
			t.Fatalf("%d cols: no column head:\n%s", w, screen(m))
		}
		if w >= 50 && !strings.Contains(head, "of 5") { // at 44 it is cut: "of…"
			t.Errorf("%d cols: the head does not say which sources are shown: %q", w, head)
		}
		if !strings.Contains(head, " courier") {
			t.Errorf("%d cols: the head runs into the first source: %q", w, head)
		}
	}
}

// TestSameFileNameInTwoFolders: two sources named alike in different
// folders ("am/report.txt", "pm/report.txt") keep apart, by the same
// names, in the overview, the claim check, the pair picker, the ledger and
// the pair view.
func TestSameFileNameInTwoFolders(t *testing.T) {
	names, err := filepath.Glob("../testdata/five/*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("want five articles: %v %v", names, err)
	}
	given := []string{"am/report.txt", "pm/report.txt", "herald.txt", "tribune.txt", "wire.txt"}
	var srcs []corpus.Source
	for i, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, corpus.Source{Name: given[i], Data: b})
	}
	c, err := corpus.Compare(srcs)
	if err != nil {
		t.Fatal(err)
	}
	m := started(c, Options{}, 120, 40)
	// With room, the columns take the names whole; without, they are cut
	// in the middle, and the columns scroll sideways.
	if s := screen(m); !strings.Contains(s, "am/report · pm/report · herald") || !strings.Contains(s, "am/report pm/report herald") {
		t.Errorf("overview: header or columns do not tell the reports apart:\n%s", s)
	}
	if s := screen(started(c, Options{}, 60, 24)); !strings.Contains(s, "am/r…ort pm/r…ort") {
		t.Errorf("overview at 60 columns: the heads are not cut in the middle:\n%s", s)
	}
	cl := keys(typeText(keys(m, "c"), "the ferry was overloaded"), "enter")
	if s := screen(cl); !strings.Contains(s, "am/report  ") || !strings.Contains(s, "pm/report  ") || strings.Contains(s, ".txt") {
		t.Errorf("claim check: sources not named as in the overview:\n%s", s)
	}
	if s := screen(keys(m, "a")); !strings.Contains(s, "am/report ↔ pm/report") {
		t.Errorf("pair picker:\n%s", s)
	}
	if s := screen(keys(m, "L")); !strings.Contains(s, "reported by am/report") || strings.Contains(s, ".txt") {
		t.Errorf("ledger: sources not named as in the overview:\n%s", s)
	}
	pv := keys(m, "o")
	s := screen(pv)
	if head := strings.Split(s, "\n")[1]; !strings.Contains(head, "am/report") || !strings.Contains(head, "pm/report") {
		t.Errorf("pair view header %q", head)
	}
	if strings.Contains(s, ".txt") {
		t.Errorf("pair view names a source by its path:\n%s", s)
	}
}

// TestSearchFromEveryView: / searches every passage from the overview,
// the pair picker, the ledger and the claim check too, as the help of
// each says; esc goes back to the view it came from, and enter on a
// result shows the passage in the pair view. The overview's help offers
// no esc: there is nothing to go back to.
func TestSearchFromEveryView(t *testing.T) {
	base := started(fiveComparison(t), Options{}, 120, 40)
	claim := keys(typeText(keys(base, "c"), "the ferry was overloaded"), "enter")
	for _, c := range []struct {
		name string
		m    Model
		want focus
	}{
		{"overview", base, focusOverview},
		{"picker", keys(base, "a"), focusPicker},
		{"ledger", keys(base, "L"), focusLedger},
		{"claim check", claim, focusClaim},
	} {
		if c.m.focus != c.want {
			t.Fatalf("%s: focus %d, want %d", c.name, c.m.focus, c.want)
		}
		m := keys(c.m, "/")
		if m.focus != focusSearch {
			t.Errorf("%s: / gives focus %d, not the search", c.name, m.focus)
			continue
		}
		if head := strings.Split(screen(m), "\n")[0]; !strings.Contains(head, "documents · search") {
			t.Errorf("%s: the search's header names a pair: %q", c.name, head)
		}
		if back := keys(m, "esc"); back.focus != c.want {
			t.Errorf("%s: esc from the search goes to %d, not back", c.name, back.focus)
		}
		m = keys(typeText(m, "overloaded"), "enter")
		if m.focus != focusReader || !strings.Contains(strings.Join(markedLines(m), " "), "overloaded") {
			t.Errorf("%s: enter on a result: focus %d, selected %q", c.name, m.focus, markedLines(m))
		}
	}
	if s := screen(keys(base, "?")); strings.Contains(s, "esc   back") || !strings.Contains(s, "/     search") {
		t.Errorf("overview help:\n%s", s)
	}
}

// TestClaimReasonsWrapNotCut: a claim check's reasons, and the words they
// quote, wrap onto lines of their own instead of being cut at the edge
// ("(claim: “ferry, overloaded” · source: “…" at 120 columns), and
// claimHeight, which scrolls the list, counts the lines drawn.
func TestClaimReasonsWrapNotCut(t *testing.T) {
	m := started(fiveComparison(t), Options{}, 120, 40)
	m = keys(typeText(keys(m, "c"), "the ferry was overloaded"), "enter")
	cc := m.claim.check
	if cc == nil {
		t.Fatal("no claim check")
	}
	st := newStyles(true, false)
	for _, w := range []int{50, 80, 120, 200} {
		lines, owner := claimLines(m.c, sourceNames(m.c), cc, &st, w)
		for i := range cc.Results {
			n := 0
			for _, o := range owner {
				if o == i {
					n++
				}
			}
			if h := claimHeight(m.c, &cc.Results[i], w); h != n {
				t.Errorf("width %d, result %d: claimHeight %d, drawn %d lines", w, i, h, n)
			}
		}
		for _, l := range lines {
			l = ansi.Strip(l)
			if stringWidth(l) > w-gutterWidth {
				t.Errorf("width %d: line wider than %d: %q", w, w-gutterWidth, l)
			}
			if strings.Contains(l, "claim: “") && strings.HasSuffix(l, "…") {
				t.Errorf("width %d: quote cut: %q", w, l)
			}
		}
	}
	if s := screen(m); !strings.Contains(s, "% sure") {
		t.Errorf("the stance's probability is not worded:\n%s", s)
	}
}

// TestLedgerWideTerminalShowsAllSources: at 200 columns the ledger gives
// the room its statements do not need to the speakers and the sources,
// instead of cutting "4: courier, herald, tri…" beside a blank column.
func TestLedgerWideTerminalShowsAllSources(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 200, 50), "L")
	s := screen(m)
	if !strings.Contains(s, "4: courier, herald, tribune, wire") || !strings.Contains(s, "a source at the transport ministry") {
		t.Errorf("ledger at 200 columns cuts what fits:\n%s", s)
	}
	assertFrame(t, m, 200, 50)
}

// TestPickerNarrowKeepsEveryCount: at 50 columns the pair picker shows
// each pair's counts as badges ("=2 ≠0 ~3") instead of cutting the words
// after "diverge" and losing the related count.
func TestPickerNarrowKeepsEveryCount(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 50, 20), "a")
	s := screen(m)
	if !strings.Contains(s, "courier ↔ gazette  =2 ≠0 ~3") || strings.Contains(s, "diverge …") {
		t.Errorf("picker at 50 columns:\n%s", s)
	}
	if w := screen(keys(started(fiveComparison(t), Options{}, 120, 40), "a")); !strings.Contains(w, "=2 agree  ≠0 diverge  ~3 related") {
		t.Errorf("picker at 120 columns lost its words:\n%s", w)
	}
	assertFrame(t, m, 50, 20)
}

// TestHelpNarrowShowsEveryKey: at 50 × 20 the pair view's full help lists
// every key it has (25, once in one column that ran off the bottom),
// in two columns with their words cut to fit.
func TestHelpNarrowShowsEveryKey(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{PairFirst: true}, 50, 20), "?")
	s := screen(m)
	for _, k := range []string{"↑/k", "G", "enter", "p", "P", "y", "w", "o", "a", "L", "c", "/", "?", "q", "esc"} {
		found := false
		for _, l := range strings.Split(s, "\n") {
			for _, f := range strings.Fields(l) {
				if f == k {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("help at 50×20 lacks %q:\n%s", k, s)
			break
		}
	}
	assertFrame(t, m, 50, 20)
}

// TestOverviewLegendReadsAtEveryWidth: the overview's legend names every
// mark its cells use, ~n related included (it once said "=n agree ≠n
// diverge — silent" over cells reading "~4"), and comes first, so that
// 80 columns still show it whole.
func TestOverviewLegendReadsAtEveryWidth(t *testing.T) {
	for _, w := range []int{80, 120} {
		s := screen(started(fiveComparison(t), Options{}, w, 30))
		if line := strings.Split(s, "\n")[1]; !strings.Contains(line, "=n agree ≠n diverge ~n related — silent") {
			t.Errorf("at %d columns the legend reads %q", w, line)
		}
	}
}

// TestDetailAlsoAlignedSaysWithWhich: the detail's other alignments come
// under the row's passage each aligns with; a third source's passage
// aligned with both once showed twice, "courier line 3", with two scores
// and nothing to tell them apart.
func TestDetailAlsoAlignedSaysWithWhich(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 120, 60), "o", "enter")
	if m.focus != focusDetail {
		t.Fatalf("enter: focus %d", m.focus)
	}
	s := screen(m)
	if !strings.Contains(s, "with courier line 3:") || !strings.Contains(s, "with gazette line 3:") {
		t.Errorf("detail's other alignments do not say which passage they align with:\n%s", s)
	}
}

// TestCellTextKeepsRelated: an overview cell shows its related count
// beside agree and diverge whenever the cell holds all three ("=2 ≠1 ~1";
// the ~1 was dropped), and stays within its column.
func TestCellTextKeepsRelated(t *testing.T) {
	for _, c := range []struct {
		cell coverage.Cell
		want string
	}{
		{coverage.Cell{Passages: []string{"p"}, Agree: 2, Diverge: 1, Related: 1}, "=2 ≠1 ~1"},
		{coverage.Cell{Passages: []string{"p"}, Agree: 12, Diverge: 1, Related: 1}, "=12 ≠1"},
		{coverage.Cell{Passages: []string{"p"}, Agree: 3, Related: 1}, "=3 ~1"},
		{coverage.Cell{}, "—"},
	} {
		got := cellText(&c.cell)
		if got != c.want || stringWidth(got) > ovCellWidth-1 {
			t.Errorf("cellText(%+v) = %q, want %q", c.cell, got, c.want)
		}
	}
}

// TestOmissionsUseTheWidth: a source's omissions give each point the
// room of the line, not 40 runes whatever the width.
func TestOmissionsUseTheWidth(t *testing.T) {
	m := keys(started(fiveComparison(t), Options{}, 200, 50), "G")
	if s := screen(m); !strings.Contains(s, "gazette: pt6 The government declared three days of national mourning.") {
		t.Errorf("omissions at 200 columns cut what fits:\n%s", s)
	}
}

// TestViewKeysFromEveryView: o, a, L and c switch between the views
// across all sources from the picker, the ledger and the claim check as
// they do from the overview (c in the ledger did nothing, and the claim
// typed after it went to other keys: w opened the save prompt).
func TestViewKeysFromEveryView(t *testing.T) {
	base := started(fiveComparison(t), Options{}, 120, 40)
	claim := keys(typeText(keys(base, "c"), "the ferry was overloaded"), "enter")
	for _, c := range []struct {
		name string
		m    Model
		keys map[string]focus
	}{
		{"picker", keys(base, "a"), map[string]focus{"o": focusOverview, "L": focusLedger, "c": focusClaim}},
		{"ledger", keys(base, "L"), map[string]focus{"o": focusOverview, "a": focusPicker, "c": focusClaim}},
		{"claim check", claim, map[string]focus{"o": focusOverview, "a": focusPicker, "L": focusLedger}},
	} {
		for k, want := range c.keys {
			if got := keys(c.m, k).focus; got != want {
				t.Errorf("%s: %s gives focus %d, want %d", c.name, k, got, want)
			}
		}
		if s := screen(keys(c.m, "?")); !strings.Contains(s, "overview") && !strings.Contains(s, "o     ") {
			t.Errorf("%s: help does not offer o:\n%s", c.name, s)
		}
	}
	// Esc from a view opened there goes back where the first one would.
	if m := keys(keys(base, "L"), "a", "esc"); m.focus != focusOverview {
		t.Errorf("L, a, esc: focus %d, want the overview", m.focus)
	}
	if m := keys(claim, "c"); m.focus != focusClaim || !m.claim.Editing() {
		t.Errorf("c in the claim check: focus %d editing %v, want another claim", m.focus, m.claim.Editing())
	}
}

// TestOverviewHelpExplainsCells: the overview's full help explains its
// cells, not the pair view's badges, topic bar and highlights.
func TestOverviewHelpExplainsCells(t *testing.T) {
	s := screen(keys(started(fiveComparison(t), Options{}, 120, 40), "?"))
	if !strings.Contains(s, "Cells  =n agree  ≠n diverge  ~n related  — silent") || strings.Contains(s, "Topic bar") {
		t.Errorf("overview help:\n%s", s)
	}
	if p := screen(keys(started(fiveComparison(t), Options{PairFirst: true}, 120, 40), "?")); !strings.Contains(p, "Topic bar") {
		t.Errorf("pair view help lost its legend:\n%s", p)
	}
}

// TestOverviewHelpSaysWhatSearchKeysDo: the overview's full help once read
// "n/N next/prev match; esc ends it (n/N: divergences)", as in the pair
// view, though n and N do nothing in the overview: a search's enter opens
// the match in its pair view, and n/N step matches there.
func TestOverviewHelpSaysWhatSearchKeysDo(t *testing.T) {
	s := screen(keys(started(fiveComparison(t), Options{}, 120, 40), "?"))
	if strings.Contains(s, "divergences") || !strings.Contains(s, "opens the match in its pair view") {
		t.Errorf("overview help on n/N:\n%s", s)
	}
	if p := screen(keys(started(fiveComparison(t), Options{PairFirst: true}, 120, 40), "?")); !strings.Contains(p, "n/N next/prev match") {
		t.Errorf("pair view help lost n/N:\n%s", p)
	}
}

// TestPairOpensWithoutCutRows guards the rows above a jump's target: at
// 50×20, opening the pair from the overview's third and fourth points once
// showed the last line of the row before ("    rejects calls to resign")
// as the body's first line. What shows above the selection is whole rows,
// headings or blank lines, never the tail of a row.
func TestPairOpensWithoutCutRows(t *testing.T) {
	c := fiveComparison(t)
	for sel := 0; sel < 5; sel++ {
		m := started(c, Options{}, 50, 20)
		for i := 0; i < sel; i++ {
			m = keys(m, "j")
		}
		if m = keys(m, "enter"); m.focus != focusReader {
			continue
		}
		assertNoCutTop(t, fmt.Sprintf("point %d", sel+1), m)
	}
	assertNoCutTop(t, "o", keys(started(c, Options{}, 50, 20), "o"))
}

// assertNoCutTop fails when the body's first line is the tail of an item
// scrolled partly off that is not the selection.
func assertNoCutTop(t *testing.T, what string, m Model) {
	t.Helper()
	r := m.reader
	if r.topLine == 0 || r.top == r.sel {
		return
	}
	if shown := r.itemHeight(r.top) - r.topLine; shown > r.list.Sep(r.top) {
		t.Errorf("%s: the body opens with the last %d lines of item %d (selection %d)\n%s", what, shown, r.top, r.sel, screen(m))
	}
}

// TestViewsNameSourcesFromTheirData guards that the overview, the claim
// check, the ledger and the detail read the sources' short names from
// names built once with their data, not rebuilt for each line drawn (each
// sourceName call named every document again: with twenty sources, a
// screen of the overview or the claim check named them hundreds of
// times). The names kept are those of the documents when the view was
// built, so renaming a document afterwards shows whether a view still
// rebuilds them while drawing.
func TestViewsNameSourcesFromTheirData(t *testing.T) {
	c := fiveComparison(t)
	m := started(c, Options{}, 120, 40)
	m = keys(m, "enter") // a pair, and its detail below
	m = keys(m, "enter")
	if m.focus != focusDetail {
		t.Fatalf("not on the detail: focus %d", m.focus)
	}
	claim := keys(started(c, Options{}, 120, 40), "c")
	claim = keys(typeText(claim, "the ferry was overloaded"), "enter")
	ledger := keys(started(c, Options{}, 120, 40), "L")
	over := started(c, Options{}, 120, 40)
	old := make([]string, len(c.Documents))
	for i, d := range c.Documents {
		old[i] = d.Name
		d.Name = fmt.Sprintf("renamed%d.txt", i)
	}
	defer func() {
		for i, d := range c.Documents {
			d.Name = old[i]
		}
	}()
	m.detail.memo = &detailMemo{} // draw it again, not from its memo
	for what, v := range map[string]string{
		"overview": over.overview.View(), "claim check": claim.claim.View(),
		"ledger": ledger.ledger.View(), "detail": m.detail.View(),
	} {
		if s := ansi.Strip(v); strings.Contains(s, "renamed") {
			t.Errorf("%s: names rebuilt while drawing:\n%s", what, s)
		}
	}
}

// TestOverviewColumnWidth: a source's column is as wide as its longest
// name (and a space) when every column fits so beside a readable label,
// narrower when that is what fits, never under ovCellWidth nor over
// ovCellMax.
func TestOverviewColumnWidth(t *testing.T) {
	five := []string{"am/report", "pm/report", "herald", "tribune", "wire"}
	for _, c := range []struct {
		w     int
		names []string
		want  int
	}{
		{120, five, 10},                      // "am/report" and a space
		{120, []string{"wire", "herald"}, 9}, // short names: the narrowest
		{60, five, 9},                        // no room: the narrowest, scrolling
		{2 + 24 + 5*9, five, 9},              // room for 9 each only
		{2 + 24 + 5*10, five, 10},            // just room for 10
		{200, []string{strings.Repeat("x", 30), "wire"}, ovCellMax},
		{2 + 24 + 2*13, []string{strings.Repeat("x", 30), "wire"}, 13}, // as wide as all fit
	} {
		if got := ovColWidth(c.w, c.names); got != c.want {
			t.Errorf("ovColWidth(%d, %v) = %d, want %d", c.w, c.names, got, c.want)
		}
	}
}

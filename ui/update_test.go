package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// selected returns the selected row of m, failing when there is none.
func selected(t *testing.T, m Model) corpus.Row {
	t.Helper()
	r, ok := m.reader.Selected()
	if !ok {
		t.Fatal("no row selected")
	}
	return r.Row
}

// selectedText returns the start of the selected row's text, left side
// first.
func selectedText(t *testing.T, m Model) string {
	t.Helper()
	r := selected(t, m)
	if r.A != nil {
		return r.A.Text
	}
	return r.B.Text
}

// markedLines returns the screen lines carrying the selection bar.
func markedLines(m Model) []string {
	var out []string
	for _, l := range strings.Split(screen(m), "\n") {
		if strings.HasPrefix(l, "▌") {
			out = append(out, l)
		}
	}
	return out
}

// isQuit reports whether cmd quits the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestStartsOnFirstTopicRowInSplitView(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	if !m.lay.Split {
		t.Fatal("120 columns should be split")
	}
	if r := selected(t, m); r.Verdict() != corpus.Diverge || !strings.Contains(r.A.Text, "Iran alerted Russia") {
		t.Fatalf("first row = %v %q", r.Verdict(), r.A.Text)
	}
	s := screen(m)
	for _, want := range []string{"iran-warning", "us-intelligence", "Warnings received", "≠ diverge", "warning from: Iran ≠ the US", "6 aligned", "2 diverge"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q", want)
		}
	}
}

func TestUpDown(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	first := m.reader.sel
	for _, k := range []string{"j", "down"} {
		m2 := keys(m, k)
		if m2.reader.sel <= first || m2.reader.items[m2.reader.sel].heading() {
			t.Fatalf("%s: sel %d → %d", k, first, m2.reader.sel)
		}
		if !strings.Contains(selectedText(t, m2), "Afghanistan-based offshoot") {
			t.Errorf("%s selected %q", k, selectedText(t, m2))
		}
		if lines := markedLines(m2); len(lines) == 0 || !strings.Contains(lines[0], "The Afghanistan-based offshoot") {
			t.Errorf("%s: the bar is not on the new row: %q", k, lines)
		}
		for _, back := range []string{"k", "up"} {
			if m3 := keys(m2, back); m3.reader.sel != first {
				t.Errorf("%s then %s: sel %d, want %d", k, back, m3.reader.sel, first)
			}
		}
	}
	// Up on the very first row stays.
	top := keys(m, "g")
	if m2 := keys(top, "k"); m2.reader.sel != top.reader.sel {
		t.Errorf("k on first row moved to %d", m2.reader.sel)
	}
}

func TestTopBottom(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	first := m.reader.nextRow(-1) // the front matter's first row, if any
	for _, k := range []string{"G", "end"} {
		m2 := keys(m, k)
		if m2.reader.nextRow(m2.reader.sel) != -1 {
			t.Fatalf("%s: not on the last row", k)
		}
		if !strings.Contains(screen(m2), "Only in us-intelligence") {
			t.Errorf("%s: last group not on screen", k)
		}
		// Down on the last row stays.
		if m3 := keys(m2, "j"); m3.reader.sel != m2.reader.sel {
			t.Errorf("j on last row moved")
		}
		for _, back := range []string{"g", "home"} {
			m3 := keys(m2, back)
			if m3.reader.sel != first || m3.reader.top != 0 || m3.reader.topLine != 0 {
				t.Errorf("%s then %s: sel %d top %d/%d", k, back, m3.reader.sel, m3.reader.top, m3.reader.topLine)
			}
		}
	}
}

func TestPageKeys(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	for _, k := range []string{"pgdown", "space", "ctrl+f", "ctrl+d"} {
		m2 := keys(m, k)
		if m2.reader.sel <= m.reader.sel {
			t.Errorf("%s did not move down (%d → %d)", k, m.reader.sel, m2.reader.sel)
		}
		if y := m2.reader.selRow(); y < 0 {
			t.Errorf("%s: selection off screen", k)
		}
		for _, up := range []string{"pgup", "ctrl+b", "ctrl+u"} {
			if m3 := keys(m2, up); m3.reader.sel >= m2.reader.sel {
				t.Errorf("%s then %s did not move up", k, up)
			}
		}
	}
	// Paging to the end reaches the last row.
	m2 := m
	for range 20 {
		m2 = keys(m2, "pgdown")
	}
	if m2.reader.nextRow(m2.reader.sel) != -1 {
		t.Error("pgdown never reaches the last row")
	}
}

func TestNextDivergence(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "n")
	r := selected(t, m)
	if r.Verdict() != corpus.Diverge || !strings.Contains(r.A.Text, "Investigative Committee") {
		t.Fatalf("n selected %v %q", r.Verdict(), r.A.Text)
	}
	m = keys(m, "n") // wraps to the first divergence
	if r := selected(t, m); !strings.Contains(r.A.Text, "Iran alerted Russia") {
		t.Fatalf("second n selected %q", r.A.Text)
	}
	if !strings.Contains(screen(m), "wrapped around") {
		t.Error("wrapping is not announced")
	}
	m = keys(m, "N") // back, wrapping the other way
	if r := selected(t, m); !strings.Contains(r.A.Text, "Investigative Committee") {
		t.Fatalf("N selected %q", r.A.Text)
	}
}

func TestNextDivergenceDisabledWithoutDivergences(t *testing.T) {
	m := sized(threeComparison(t), Options{Left: 0, Right: 2, PairFirst: true}, 120, 40)
	if m.reader.keys.NextDiverge.Enabled() {
		t.Fatal("n is enabled on a pair with no divergence")
	}
	before := m.reader.sel
	if m = keys(m, "n"); m.reader.sel != before {
		t.Error("disabled n moved the selection")
	}
	if strings.Contains(screen(m), "next divergence") {
		t.Error("disabled n still in the footer")
	}
}

func TestTopicKeys(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	group := func(m Model) string { return m.reader.pv.groups[m.reader.SelectedGroup()].Label }
	if group(m) != "Warnings received" {
		t.Fatalf("starts in %q", group(m))
	}
	for _, k := range []string{"]", "tab"} {
		if g := group(keys(m, k)); g != "Cause and blame" {
			t.Errorf("%s went to %q", k, g)
		}
	}
	m2 := keys(m, "]", "]")
	if g := group(m2); g != "Casualties and damage" {
		t.Errorf("] ] went to %q", g)
	}
	for _, k := range []string{"[", "shift+tab"} {
		if g := group(keys(m2, k)); g != "Cause and blame" {
			t.Errorf("%s went to %q", k, g)
		}
	}
	// Backwards from the first group wraps to the last.
	if g := group(keys(m, "g", "[")); !strings.HasPrefix(g, "Only in us-intelligence") {
		t.Errorf("[ from the first group went to %q", g)
	}
	// The topic bar underlines the current group: check it is on the bar.
	if bar := strings.Split(screen(m2), "\n")[3]; !strings.Contains(bar, "Casualties and damage =1") {
		t.Errorf("topic bar: %q", bar)
	}
}

func TestFilterTopic(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "]") // Cause and blame, two rows
	m = keys(m, "f")
	if m.reader.filter < 0 {
		t.Fatal("f did not filter")
	}
	s := screen(m)
	if !strings.Contains(s, "only: Cause and blame") || strings.Contains(s, "Warnings received") {
		t.Fatalf("filtered screen:\n%s", s)
	}
	if !strings.Contains(selectedText(t, m), "Afghanistan-based offshoot") {
		t.Error("filter lost the selection")
	}
	// j stays inside the group; ] and [ move the filter to the next and
	// previous topic (issue 11).
	if !m.reader.keys.NextTopic.Enabled() {
		t.Error("] disabled while filtered")
	}
	next := keys(m, "]")
	if next.reader.filter == m.reader.filter || !strings.Contains(screen(next), "only: Casualties and damage") {
		t.Errorf("] while filtered:\n%s", screen(next))
	}
	if back := keys(next, "["); back.reader.filter != m.reader.filter {
		t.Errorf("[ went to group %d, want %d", back.reader.filter, m.reader.filter)
	}
	m2 := keys(m, "j", "j", "j")
	if !strings.Contains(selectedText(t, m2), "Moscow, however") {
		t.Errorf("j left the group: %q", selectedText(t, m2))
	}
	for _, k := range []string{"f", "esc"} {
		m3 := keys(m2, k)
		if m3.reader.filter >= 0 || !strings.Contains(screen(m3), "Warnings received") {
			t.Errorf("%s did not clear the filter", k)
		}
		if !strings.Contains(selectedText(t, m3), "Moscow, however") {
			t.Errorf("%s lost the selection", k)
		}
	}
}

func TestToggleKeepsSelection(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "j", "j") // the related culprit row
	want := selectedText(t, m)
	y := m.reader.selRow()
	m = keys(m, "s")
	if m.lay.Split {
		t.Fatal("s did not switch to stacked")
	}
	if got := selectedText(t, m); got != want {
		t.Fatalf("selection changed to %q", got)
	}
	if got := m.reader.selRow(); got != y {
		t.Errorf("selection moved on screen: row %d → %d", y, got)
	}
	if !strings.Contains(screen(m), "split view") {
		t.Error("footer does not offer the split view back")
	}
	m = keys(m, "s")
	if !m.lay.Split || selectedText(t, m) != want {
		t.Error("s did not come back to split with the same row")
	}
}

func TestToggleExplainsNarrowTerminal(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 80, 24)
	if m.lay.Split {
		t.Fatal("80 columns should be stacked")
	}
	m = keys(m, "s")
	if m.lay.Split {
		t.Fatal("s split an 80-column terminal")
	}
	if s := screen(m); !strings.Contains(s, "split view needs 100 columns") {
		t.Errorf("no explanation:\n%s", s)
	}
	// The explanation goes with the next key.
	if s := screen(keys(m, "j")); strings.Contains(s, "split view needs") {
		t.Error("status message stuck")
	}
	// Widening restores the split the user asked for.
	m = step(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if !m.lay.Split {
		t.Error("widening did not restore split view")
	}
}

func TestDetail(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "enter")
	if m.focus != focusDetail {
		t.Fatal("enter did not open the detail")
	}
	s := screen(m)
	for _, want := range []string{"Warnings received", "≠ diverge", "score 0.71", "Why", "warning from: Iran ≠ the US",
		"iran-warning: “Iran”  us-intelligence: “the US embassy”", "Shared", "entities: Russia", "terms: warning, attack",
		"Also aligned", "= agree 0.64", "Iran alerted Russia", "Earlier in March, the US embassy"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q", want)
		}
	}
	for _, k := range []string{"esc", "enter", "backspace"} {
		if m2 := keys(m, k); m2.focus != focusReader {
			t.Errorf("%s did not close the detail", k)
		}
	}
	if m2 := keys(m, "?"); !m2.showHelp {
		t.Error("? does not open help from the detail")
	}
	if m2 := keys(m, "/"); m2.focus != focusSearch {
		t.Error("/ does not search from the detail")
	}
	if _, cmd := m.Update(press("q")); !isQuit(cmd) {
		t.Error("q does not quit from the detail")
	}
}

func TestDetailScrolls(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 60, 12) // too short to show it all
	m = keys(m, "enter")
	if len(m.detail.lines()) <= m.detail.height {
		t.Fatalf("detail fits (%d lines in %d); the test needs it to scroll", len(m.detail.lines()), m.detail.height)
	}
	steps := []struct {
		k    string
		want func(off, maxOff int) bool
	}{
		{"j", func(o, _ int) bool { return o == 1 }},
		{"k", func(o, _ int) bool { return o == 0 }},
		{"k", func(o, _ int) bool { return o == 0 }},
		{"pgdown", func(o, _ int) bool { return o == m.detail.height-1 }},
		{"G", func(o, mx int) bool { return o == mx }},
		{"j", func(o, mx int) bool { return o == mx }},
		{"pgup", func(o, mx int) bool { return o == mx-(m.detail.height-1) }},
		{"g", func(o, _ int) bool { return o == 0 }},
	}
	maxOff := len(m.detail.lines()) - m.detail.height
	for _, s := range steps {
		m = keys(m, s.k)
		if !s.want(m.detail.offset, maxOff) {
			t.Fatalf("after %s offset %d (max %d)", s.k, m.detail.offset, maxOff)
		}
	}
	m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.detail.offset != 3 {
		t.Errorf("wheel: offset %d", m.detail.offset)
	}
}

func TestSearchJumpsToPassage(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "/")
	if m.focus != focusSearch {
		t.Fatal("/ did not open search")
	}
	m = typeText(m, "peskov")
	if len(m.search.results) == 0 {
		t.Fatal("no results for peskov")
	}
	s := screen(m)
	if !strings.Contains(s, "/ peskov") || !strings.Contains(s, "found") {
		t.Errorf("search screen:\n%s", s)
	}
	want := m.search.Selected()
	m = keys(m, "enter")
	if m.focus != focusReader {
		t.Fatal("enter did not go back to the list")
	}
	r := selected(t, m)
	if (r.A == nil || r.A.ID != want) && (r.B == nil || r.B.ID != want) {
		t.Fatalf("selected row %v does not show %s", r, want)
	}
	if !strings.Contains(strings.ToLower(strings.Join(markedLines(m), "\n")), "peskov") {
		t.Errorf("the selected row on screen has no Peskov:\n%s", screen(m))
	}
}

func TestSearchChoosesWithArrows(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = typeText(keys(m, "/"), "peskov")
	first := m.search.Selected()
	for _, k := range []string{"down", "ctrl+n"} {
		m2 := keys(m, k)
		if m2.search.sel != 1 || m2.search.Selected() == first {
			t.Errorf("%s: sel %d", k, m2.search.sel)
		}
		for _, up := range []string{"up", "ctrl+p"} {
			if m3 := keys(m2, up); m3.search.sel != 0 {
				t.Errorf("%s %s: sel %d", k, up, m3.search.sel)
			}
		}
	}
	// j and k are letters of the query, not moves.
	if m2 := typeText(m, "jk"); m2.search.Query() != "peskovjk" {
		t.Errorf("query %q", m2.search.Query())
	}
	m2 := keys(m, "down", "enter")
	r := selected(t, m2)
	id := m.search.entries[m.search.results[1].Index].id
	if (r.A == nil || r.A.ID != id) && (r.B == nil || r.B.ID != id) {
		t.Errorf("enter on the second result did not select %s", id)
	}
}

func TestSearchEscReturnsWhereYouWere(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "j", "j")
	sel, top, line := m.reader.sel, m.reader.top, m.reader.topLine
	before := screen(m)
	m = typeText(keys(m, "/"), "ukraine")
	m = keys(m, "down", "esc")
	if m.focus != focusReader || m.reader.sel != sel || m.reader.top != top || m.reader.topLine != line {
		t.Fatalf("esc moved the list: sel %d top %d/%d", m.reader.sel, m.reader.top, m.reader.topLine)
	}
	if screen(m) != before {
		t.Error("screen differs after esc")
	}
}

func TestSearchEditing(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = typeText(keys(m, "/"), "over 140")
	steps := []struct {
		keys  []string
		query string
		cur   int
	}{
		{[]string{"backspace"}, "over 14", 7},
		{[]string{"left", "left"}, "over 14", 5},
		{[]string{"backspace"}, "over14", 4},
		{[]string{"right", "delete"}, "over1", 5},
		{[]string{"home"}, "over1", 0},
		{[]string{"delete"}, "ver1", 0},
		{[]string{"end", "ctrl+w"}, "", 0},
	}
	for _, s := range steps {
		for _, k := range s.keys {
			if k == "delete" {
				m = step(m, tea.KeyPressMsg{Code: tea.KeyDelete})
				continue
			}
			m = keys(m, k)
		}
		if m.search.Query() != s.query || m.search.input.cursor != s.cur {
			t.Fatalf("after %v: %q cursor %d, want %q %d", s.keys, m.search.Query(), m.search.input.cursor, s.query, s.cur)
		}
	}
	m = typeText(m, "two words")
	m = keys(m, "ctrl+w")
	if m.search.Query() != "two " {
		t.Errorf("ctrl+w: %q", m.search.Query())
	}
	m = keys(m, "ctrl+u")
	if m.search.Query() != "" || len(m.search.results) != 0 {
		t.Errorf("ctrl+u: %q, %d results", m.search.Query(), len(m.search.results))
	}
	// Reopening starts afresh.
	m = typeText(m, "x")
	m = keys(m, "esc", "/")
	if m.search.Query() != "" {
		t.Errorf("reopened with %q", m.search.Query())
	}
}

func TestSearchPasteIsSanitised(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "/")
	m = step(m, tea.PasteMsg{Content: "Dmitry\nPeskov\x1b]52;c;ZXZpbA==\x07\t\u202e"})
	if q := m.search.Query(); q != "Dmitry Peskov]52;c;ZXZpbA== " {
		t.Errorf("pasted query %q", q)
	}
	// A pasted phrase of 60+ characters finds its passage first.
	p := passageWith(t, m.c, 1, "Peskov’s statement came in response")
	m = keys(m, "ctrl+u")
	m = step(m, tea.PasteMsg{Content: p.Text[:80]})
	if m.search.Selected() != p.ID {
		t.Errorf("pasted phrase ranked %s first, want %s", m.search.Selected(), p.ID)
	}
	// A 10,000-character query neither panics nor breaks the frame.
	m = step(m, tea.PasteMsg{Content: strings.Repeat("regex.*[a-z]+ ", 1000)})
	if n := len([]rune(m.search.Query())); n != maxQueryRunes {
		t.Errorf("query of %d runes, want the cap %d", n, maxQueryRunes)
	}
	assertFrame(t, m, 120, 40)
}

func TestSearchDropsStaleResults(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "/")
	// Type two keys without running their commands: only the second
	// query's results may be shown.
	next, cmd1 := m.Update(press("p"))
	m = next.(Model)
	next, cmd2 := m.Update(press("u"))
	m = next.(Model)
	if cmd1 == nil || cmd2 == nil {
		t.Fatal("typing started no search")
	}
	// The first command notices it is stale and does not even rank.
	if msg := cmd1(); msg != nil {
		t.Fatalf("stale command ranked: %T", msg)
	}
	stale := searchResultsMsg{seq: m.search.seq - 1, query: "p", matches: []searchMatch{{Index: 0}}}
	next, _ = m.Update(stale)
	m = next.(Model)
	if m.search.shown == "p" || len(m.search.results) != 0 {
		t.Fatal("stale results were shown")
	}
	next, _ = m.Update(cmd2())
	m = next.(Model)
	if m.search.shown != "pu" || len(m.search.results) == 0 {
		t.Fatalf("fresh results not shown: %q, %d", m.search.shown, len(m.search.results))
	}
}

func TestHelp(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "?")
	if !m.showHelp {
		t.Fatal("? did not open help")
	}
	s := screen(m)
	for _, want := range []string{"next divergence", "prev topic", "only this topic", "page down", "Badges", "Highlights"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	// Disabled bindings are not listed.
	if strings.Contains(s, "next right document") {
		t.Error("help lists p with only two documents")
	}
	for _, k := range []string{"?", "esc"} {
		if m2 := keys(m, k); m2.showHelp {
			t.Errorf("%s did not close help", k)
		}
	}
	if m2 := keys(m, "j"); m2.reader.sel != m.reader.sel {
		t.Error("keys leak through help")
	}
	if _, cmd := m.Update(press("q")); !isQuit(cmd) {
		t.Error("q does not quit from help")
	}
}

func TestQuit(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	for _, k := range []string{"q", "ctrl+c"} {
		if _, cmd := m.Update(press(k)); !isQuit(cmd) {
			t.Errorf("%s does not quit", k)
		}
	}
	if _, cmd := m.Update(press("ctrl+z")); cmd == nil {
		t.Error("ctrl+z does not suspend")
	} else if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Error("ctrl+z does not suspend")
	}
	// ctrl+c quits while typing; q is a letter there.
	s := keys(m, "/")
	if _, cmd := s.Update(press("ctrl+c")); !isQuit(cmd) {
		t.Error("ctrl+c does not quit from search")
	}
	if _, cmd := s.Update(press("q")); isQuit(cmd) {
		t.Error("q quits from search")
	}
	// q works on a too-small terminal.
	small := sized(fixtureComparison(t), Options{}, 10, 3)
	if _, cmd := small.Update(press("q")); !isQuit(cmd) {
		t.Error("q does not quit on a tiny terminal")
	}
}

func TestPairCycling(t *testing.T) {
	m := sized(threeComparison(t), Options{PairFirst: true}, 120, 40)
	if !strings.Contains(screen(m), "3 documents") {
		t.Error("header does not count documents")
	}
	if m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Fatalf("starts on %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	m = keys(m, "p")
	if m.reader.pv.a != 0 || m.reader.pv.b != 2 {
		t.Fatalf("p: pair %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	if s := screen(m); !strings.Contains(s, "tass-brief") || !strings.Contains(s, "Peskov knew of no warning") {
		t.Errorf("third document not shown:\n%s", s)
	}
	m = keys(m, "p") // 0,0 is skipped
	if m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Fatalf("p p: pair %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	m = keys(m, "P")
	if m.reader.pv.a != 2 || m.reader.pv.b != 1 {
		t.Fatalf("P: pair %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	// Swapped pair: tass on the left, marks still on the right words.
	if s := screen(m); !strings.HasPrefix(strings.Split(s, "\n")[1], "  tass-brief") {
		t.Errorf("left header is not tass-brief:\n%s", s)
	}
	// With two documents p and P do nothing and are hidden.
	two := sized(fixtureComparison(t), Options{}, 120, 40)
	if two.reader.keys.NextRight.Enabled() {
		t.Error("p enabled with two documents")
	}
}

func TestSearchSwitchesPair(t *testing.T) {
	m := sized(threeComparison(t), Options{PairFirst: true}, 120, 40)
	m = typeText(keys(m, "/"), "death toll")
	m = keys(m, "enter")
	if m.reader.pv.b != 2 {
		t.Fatalf("pair %d,%d does not show the third document", m.reader.pv.a, m.reader.pv.b)
	}
	if !strings.Contains(strings.Join(markedLines(m), " "), "death toll") {
		t.Errorf("selected:\n%s", screen(m))
	}
}

func TestSearchClearsFilter(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "f") // only Warnings received
	m = typeText(keys(m, "/"), "gunmen stormed")
	m = keys(m, "enter")
	if m.reader.filter >= 0 {
		t.Fatal("the filter hides the passage and was kept")
	}
	if !strings.Contains(strings.Join(markedLines(m), " "), "four gunmen stormed") {
		t.Errorf("selected:\n%s", screen(m))
	}
}

func TestMouse(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m2 := step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m2.reader.top == m.reader.top && m2.reader.topLine == m.reader.topLine {
		t.Error("wheel did not scroll")
	}
	if m2.reader.selRow() < 0 {
		t.Error("wheel left the selection off screen")
	}
	m3 := step(m2, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if m3.reader.top != 0 || m3.reader.topLine != 0 {
		t.Errorf("wheel up did not come back: %d/%d", m3.reader.top, m3.reader.topLine)
	}
	// Scrolling far down drags the selection along.
	m4 := m
	for range 30 {
		m4 = step(m4, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	}
	if m4.reader.sel == m.reader.sel || m4.reader.selRow() < 0 {
		t.Errorf("selection %d not dragged along (row %d)", m4.reader.sel, m4.reader.selRow())
	}
	// A click selects the row under the pointer.
	lines := strings.Split(screen(m), "\n")
	for y, l := range lines {
		if strings.Contains(l, "The Afghanistan-based offshoot") {
			m5 := step(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 10, Y: y})
			if !strings.Contains(selectedText(t, m5), "Afghanistan-based offshoot") {
				t.Errorf("click on row %d selected %q", y, selectedText(t, m5))
			}
		}
	}
}

func TestResize(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "n") // the investigation row, far down
	want := selectedText(t, m)
	for _, sz := range [][2]int{{200, 50}, {80, 24}, {70, 20}, {10, 3}, {1, 1}, {250, 60}, {120, 40}} {
		m = step(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		assertFrame(t, m, sz[0], sz[1])
		if got := selectedText(t, m); got != want {
			t.Fatalf("%v: selection changed to %q", sz, got)
		}
		if !m.lay.TooSmall && m.reader.selRow() < 0 {
			t.Errorf("%v: selection off screen", sz)
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 30, 8)
	s := screen(m)
	if !strings.Contains(s, "terminal too small") || !strings.Contains(s, "need 40×10") {
		t.Errorf("tiny screen:\n%s", s)
	}
	// Keys other than quit are ignored, and do not crash.
	m = keys(m, "j", "s", "/", "enter", "?")
	if m.focus != focusReader || m.showHelp {
		t.Error("keys acted on a too-small terminal")
	}
}

func TestThemeFollowsBackground(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	if !m.styles.dark {
		t.Fatal("default theme is not dark")
	}
	dark := m.View().Content
	m = step(m, tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if m.styles.dark {
		t.Fatal("a white background did not switch to light")
	}
	light := m.View().Content
	if light == dark {
		t.Error("light and dark frames are identical")
	}
	if screen(m) != ansiStripString(dark) {
		t.Error("the theme changed the text")
	}
	m = step(m, tea.BackgroundColorMsg{Color: lipgloss.Color("#000000")})
	if !m.styles.dark {
		t.Error("a black background did not switch back to dark")
	}
}

func TestNoColorKeepsEmphasis(t *testing.T) {
	m := sized(fixtureComparison(t), Options{NoColor: true}, 120, 40)
	out := m.View().Content
	for _, seq := range []string{"38;", "48;", "58;"} {
		if strings.Contains(out, seq) {
			t.Fatalf("colour sequence %q under NoColor", seq)
		}
	}
	// The conflicting word is reversed and bold; shared words underlined.
	if !strings.Contains(out, "\x1b[1;7mIran\x1b[m") {
		t.Error("conflict is not bold+reverse")
	}
	if !strings.Contains(out, "\x1b[4") {
		t.Error("nothing underlined")
	}
}

func TestViewSetsScreenModes(t *testing.T) {
	v := sized(fixtureComparison(t), Options{}, 120, 40).View()
	if !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion {
		t.Errorf("AltScreen %v, MouseMode %v", v.AltScreen, v.MouseMode)
	}
	if v.WindowTitle != "" {
		t.Errorf("window title set to %q", v.WindowTitle)
	}
	// Before the first size message the frame is empty, not broken.
	if c := New(fixtureComparison(t), Options{}).View().Content; c != "" {
		t.Errorf("unsized frame %q", c)
	}
}

func TestInitialOptions(t *testing.T) {
	c := threeComparison(t)
	m := sized(c, Options{Left: 2, Right: 0, Stacked: true, Light: true}, 120, 40)
	if m.reader.pv.a != 2 || m.reader.pv.b != 0 || m.lay.Split || m.styles.dark {
		t.Errorf("options ignored: pair %d,%d split %v dark %v", m.reader.pv.a, m.reader.pv.b, m.lay.Split, m.styles.dark)
	}
	m = sized(c, Options{Left: 1, Right: 1}, 120, 40)
	if m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Errorf("bad pair not defaulted: %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
}

func ansiStripString(s string) string { return screenOf(s) }

// TestSearchEnterBeforeResults: enter pressed while the ranking is still
// running closes the overlay at once; the jump lands when the results do,
// and keys typed in between go to the list.
func TestSearchEnterBeforeResults(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	m = keys(m, "/")
	var cmd tea.Cmd
	for _, r := range "peskov" {
		next, c := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		m, cmd = next.(Model), c
	}
	next, _ := m.Update(press("enter"))
	m = next.(Model)
	if m.focus != focusReader {
		t.Fatal("enter did not close the overlay")
	}
	next, _ = m.Update(press("j")) // goes to the list
	m = next.(Model)
	if m.search.Query() != "peskov" {
		t.Fatalf("j went into the query: %q", m.search.Query())
	}
	next, _ = m.Update(cmd())
	m = next.(Model)
	if !strings.Contains(strings.ToLower(strings.Join(markedLines(m), " ")), "peskov") {
		t.Errorf("no jump to a Peskov passage:\n%s", screen(m))
	}
}

// TestJumpsLandNearTheTop guards where n, ] and a search result put the
// row they select: they once scrolled it in just enough to show it, so a
// row below the screen landed on the bottom edge, its heading off screen.
func TestJumpsLandNearTheTop(t *testing.T) {
	c := fixtureComparison(t)
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := sized(c, Options{}, sz[0], sz[1])
			want := jumpLines(m.lay.BodyHeight)
			for _, k := range []string{"n", "]", "]", "]"} {
				before, top, topLine := m.reader.sel, m.reader.top, m.reader.topLine
				m = keys(m, k)
				if m.reader.sel == before {
					t.Fatalf("%s did not move", k)
				}
				y := m.reader.selRow()
				if y < 0 {
					t.Fatalf("%s: the selected row is off screen", k)
				}
				// Placed near the top, unless the end of the list holds it
				// lower (the view never scrolls past the last row).
				stayed := m.reader.top == top && m.reader.topLine == topLine && m.reader.wholeOnScreen(m.reader.sel)
				if y != want && !atBottom(m) && !stayed {
					t.Errorf("%s: selected row starts on body row %d, want %d\n%s", k, y, want, screen(m))
				}
				// The heading of a group's first row is on screen above it.
				if it := m.reader.sel - 1; it >= 0 && m.reader.items[it].heading() && m.reader.top > it {
					t.Errorf("%s: the heading above the selected row is off screen", k)
				}
			}
		})
	}
	// A target already wholly on screen does not scroll the list.
	m := sized(c, Options{}, 200, 50)
	top, topLine := m.reader.top, m.reader.topLine
	m = keys(m, "]")
	if m.reader.top != top || m.reader.topLine != topLine {
		t.Errorf("] to a row on screen scrolled from %d/%d to %d/%d", top, topLine, m.reader.top, m.reader.topLine)
	}
	// A search result lands the same way.
	m = sized(c, Options{}, 80, 24)
	m = keys(typeText(keys(m, "/"), "Investigative Committee"), "enter")
	if y := m.reader.selRow(); y != jumpLines(m.lay.BodyHeight) && !atBottom(m) {
		t.Errorf("search result on body row %d\n%s", y, screen(m))
	}
	if !strings.Contains(strings.Join(markedLines(m), " "), "Investigative Committee") {
		t.Errorf("search did not select the passage:\n%s", screen(m))
	}
}

// atBottom reports whether the list is scrolled as far down as it goes.
func atBottom(m Model) bool {
	r := m.reader
	r.scrollBy(1)
	return r.top == m.reader.top && r.topLine == m.reader.topLine
}

// TestTopicKeysSkipFrontMatter: the front matter is not in the topic bar,
// so ] and [ do not stop on it either; from it, ] goes to the first topic.
func TestTopicKeysSkipFrontMatter(t *testing.T) {
	m := sized(fixtureComparison(t), Options{}, 120, 40)
	group := func(m Model) string { return m.reader.pv.groups[m.reader.SelectedGroup()].Label }
	m = keys(m, "G", "]")
	if g := group(m); g != "Warnings received" {
		t.Errorf("] from the last topic went to %q", g)
	}
	if !strings.Contains(footer(m), "wrapped around") {
		t.Errorf("wrapping is not announced: %q", footer(m))
	}
	if g := group(keys(m, "g")); g != "Front matter" {
		t.Fatalf("g went to %q", g)
	}
	if g := group(keys(m, "g", "]")); g != "Warnings received" {
		t.Errorf("] from the front matter went to %q", g)
	}
}

// TestOnlyDivergence: n on the only divergence says so, rather than
// "wrapped around" as if it had moved.
func TestOnlyDivergence(t *testing.T) {
	c := fixtureComparison(t)
	c.Alignments = c.Alignments[:len(c.Alignments)-1] // drop the investigation divergence
	m := sized(c, Options{}, 120, 40)
	if r := selected(t, m); r.Verdict() != corpus.Diverge {
		t.Fatalf("starts on %v", r.Verdict())
	}
	before := m.reader.sel
	m = keys(m, "n")
	if m.reader.sel != before || !strings.Contains(footer(m), "this is the only diverge row") {
		t.Errorf("sel %d→%d, footer %q", before, m.reader.sel, footer(m))
	}
}

// TestPairIsLaidOutInACmd guards the Update path: p once laid out the new
// pair in Update, milliseconds on a large comparison. Now Update returns
// a Cmd and shows the pair when its message arrives; a pair laid out
// before shows at once.
func TestPairIsLaidOutInACmd(t *testing.T) {
	m := sized(threeComparison(t), Options{PairFirst: true}, 120, 40)
	next, cmd := m.Update(press("p"))
	m = next.(Model)
	if cmd == nil {
		t.Fatal("p returned no Cmd")
	}
	if m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Fatalf("p changed the pair in Update: %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	if !strings.Contains(footer(m), "laying out") {
		t.Errorf("no word of the pair on its way: %q", footer(m))
	}
	// A second p before the first pair arrives moves on from it: 0,2 → 0,1
	// (0,0 is skipped), which is laid out already, so it shows at once and
	// the late 0,2 is only kept.
	next, cmd2 := m.Update(press("p"))
	m = next.(Model)
	if cmd2 != nil || m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Fatalf("second p: pair %d,%d, cmd %v", m.reader.pv.a, m.reader.pv.b, cmd2 != nil)
	}
	msg := cmd()
	next, _ = m.Update(msg)
	m = next.(Model)
	if m.reader.pv.a != 0 || m.reader.pv.b != 1 {
		t.Fatalf("a stale pair replaced the one asked for: %d,%d", m.reader.pv.a, m.reader.pv.b)
	}
	// The stale pair was kept: p now shows it without a Cmd.
	next, cmd = m.Update(press("p"))
	m = next.(Model)
	if cmd != nil || m.reader.pv.b != 2 || !strings.Contains(screen(m), "tass-brief") {
		t.Errorf("cached pair: cmd %v, pair %d,%d", cmd != nil, m.reader.pv.a, m.reader.pv.b)
	}
}

// TestDetailNamesSidesAndSkipsEmptyQuotes: a reason worded with A and B
// says which document each is (A is the lower-index one, whichever side it
// is on), and a side that said nothing is not shown as empty quotes.
func TestDetailNamesSidesAndSkipsEmptyQuotes(t *testing.T) {
	c := fixtureComparison(t)
	c.Alignments[0].Reasons = append(c.Alignments[0].Reasons, corpus.Reason{
		Kind: "anonymous-source", Text: "A cites unnamed sources (“citing three sources familiar”), B does not",
		A: "citing three sources familiar", Side: corpus.SideA,
	})
	m := sized(c, Options{}, 200, 50)
	if s := strings.Join(markedLines(m), "\n"); !strings.Contains(s, "A: iran-warning · B: us-intelligence") {
		t.Errorf("the row's reasons do not say which side is A:\n%s", s)
	}
	d := screen(keys(m, "enter"))
	if !strings.Contains(d, "Why  A: iran-warning · B: us-intelligence") {
		t.Errorf("detail does not say which side is A:\n%s", d)
	}
	if !strings.Contains(d, "iran-warning: “citing three sources familiar”") || strings.Contains(d, "“”") {
		t.Errorf("quotes:\n%s", d)
	}
	// Without a reason about one side there is no legend.
	if d := screen(keys(sized(fixtureComparison(t), Options{}, 200, 50), "enter")); strings.Contains(d, "A: iran-warning") {
		t.Errorf("legend without A/B reasons:\n%s", d)
	}
}

// TestDetailScrollKeysOnlyWhenItScrolls: the footer offered ↓ ↑ pgdn on a
// detail that fits the screen, where they do nothing.
func TestDetailScrollKeysOnlyWhenItScrolls(t *testing.T) {
	c := fixtureComparison(t)
	big := keys(sized(c, Options{}, 200, 50), "enter")
	if big.detail.keys.Down.Enabled() || strings.Contains(footer(big), "down") {
		t.Errorf("scroll keys on a detail that fits: %q", footer(big))
	}
	small := keys(sized(c, Options{}, 60, 12), "enter")
	if !small.detail.keys.Down.Enabled() || !strings.Contains(footer(small), "↓/j down") {
		t.Errorf("no scroll keys on a detail that scrolls: %q", footer(small))
	}
	// Growing the terminal until it fits takes them away again.
	small = step(small, tea.WindowSizeMsg{Width: 200, Height: 50})
	if small.detail.keys.Down.Enabled() {
		t.Error("scroll keys kept after the detail came to fit")
	}
}

// TestSearchKeysFollowResults: enter and the arrows are offered only when
// they can act.
func TestSearchKeysFollowResults(t *testing.T) {
	m := keys(sized(fixtureComparison(t), Options{}, 120, 40), "/")
	if f := footer(m); strings.Contains(f, "enter") || strings.Contains(f, "next") || !strings.Contains(f, "esc cancel") {
		t.Errorf("empty query footer: %q", f)
	}
	m = typeText(m, "peskov")
	if f := footer(m); !strings.Contains(f, "enter go to passage") || !strings.Contains(f, "↓ next") {
		t.Errorf("footer with results: %q", f)
	}
	m = typeText(m, "zzzzqqq")
	if f := footer(m); strings.Contains(f, "enter") {
		t.Errorf("no-match footer offers enter: %q", f)
	}
}

// TestLightThemeReachesEveryPane: a background report while the detail or
// the search overlay is open repaints that pane, the header and the footer
// in the light palette, with nothing left in the dark one.
func TestLightThemeReachesEveryPane(t *testing.T) {
	const darkAccent, lightAccent = "38;2;162;155;254", "38;2;90;79;207" // #A29BFE, #5A4FCF
	white := tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")}
	base := sized(fixtureComparison(t), Options{}, 120, 40)
	for name, m := range map[string]Model{
		"list":   base,
		"detail": keys(base, "enter"),
		"search": typeText(keys(base, "/"), "peskov"),
		"help":   keys(base, "?"),
	} {
		if out := m.View().Content; !strings.Contains(out, darkAccent) {
			t.Fatalf("%s: dark frame lacks the dark accent", name)
		}
		m = step(m, white)
		out := m.View().Content
		if strings.Contains(out, darkAccent) || !strings.Contains(out, lightAccent) {
			t.Errorf("%s: light frame keeps the dark accent or lacks the light one", name)
		}
	}
}

package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// Golden frames, escape codes stripped, on the fixture comparison (the
// seeds' passages with hand-made alignments). Regenerate with
//
//	go test ./ui -run 'Golden|Flow' -update
//
// and read the diff: a change in segmentation shows up here.

func TestGolden(t *testing.T) {
	c := fixtureComparison(t)
	cases := []struct {
		name string
		w, h int
		opts Options
		keys []string
		typ  string
	}{
		{name: "split_120x40", w: 120, h: 40},
		{name: "split_200x50", w: 200, h: 50},
		{name: "split_light_120x40", w: 120, h: 40, opts: Options{Light: true}},
		{name: "split_nocolor_120x40", w: 120, h: 40, opts: Options{NoColor: true}},
		{name: "stacked_80x24", w: 80, h: 24},
		{name: "stacked_chosen_120x40", w: 120, h: 40, keys: []string{"n", "s"}},
		{name: "search_120x40", w: 120, h: 40, keys: []string{"/"}, typ: "peskov"},
		{name: "search_80x24", w: 80, h: 24, keys: []string{"/"}, typ: "over 140"},
		{name: "detail_120x40", w: 120, h: 40, keys: []string{"enter"}},
		{name: "detail_80x24", w: 80, h: 24, keys: []string{"j", "j", "j", "enter"}},
		{name: "help_120x40", w: 120, h: 40, keys: []string{"?"}},
		{name: "filtered_120x40", w: 120, h: 40, keys: []string{"]", "f"}},
		{name: "unique_120x40", w: 120, h: 40, keys: []string{"G"}},
		{name: "too_small_30x8", w: 30, h: 8},
		{name: "too_small_12x3", w: 12, h: 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := keys(sized(c, tc.opts, tc.w, tc.h), tc.keys...)
			m = typeText(m, tc.typ)
			assertFrame(t, m, tc.w, tc.h)
			golden.RequireEqual(t, screen(m))
		})
	}
}

func TestGoldenThreeDocuments(t *testing.T) {
	m := keys(sized(threeComparison(t), Options{PairFirst: true}, 120, 30), "p")
	golden.RequireEqual(t, screen(m))
}

// runFlow drives the model in a real tea.Program and returns the final
// model after q.
func runFlow(t *testing.T, w, h int, send func(tm *teatest.TestModel)) Model {
	t.Helper()
	tm := teatest.NewTestModel(t, New(fixtureComparison(t), Options{}), teatest.WithInitialTermSize(w, h))
	send(tm)
	tm.Send(press("q"))
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	if !ok {
		t.Fatal("final model is not a Model")
	}
	return final
}

func TestFlowSearchAndJump(t *testing.T) {
	final := runFlow(t, 120, 40, func(tm *teatest.TestModel) {
		tm.Type("/peskov")
		waitFor(t, tm, "found")
		tm.Send(press("enter"))
		waitFor(t, tm, "Only in us-intelligence")
	})
	if final.focus != focusReader {
		t.Fatal("still searching")
	}
	if !strings.Contains(strings.ToLower(strings.Join(markedLines(final), " ")), "peskov") {
		t.Errorf("selected row has no Peskov:\n%s", screen(final))
	}
	golden.RequireEqual(t, screen(final))
}

func TestFlowToggleAndResize(t *testing.T) {
	final := runFlow(t, 120, 40, func(tm *teatest.TestModel) {
		tm.Type("n")
		tm.Send(press("s"))
		tm.Send(press("s"))
		tm.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	})
	if final.lay.Split || final.lay.Width != 70 {
		t.Errorf("70 columns: split %v width %d", final.lay.Split, final.lay.Width)
	}
	golden.RequireEqual(t, screen(final))
}

func TestFlowDetailAndBack(t *testing.T) {
	final := runFlow(t, 120, 40, func(tm *teatest.TestModel) {
		tm.Type("]]")
		tm.Send(press("enter"))
		tm.Type("jj")
		tm.Send(press("esc"))
		tm.Type("j")
	})
	golden.RequireEqual(t, screen(final))
}

// waitFor waits until the program's output holds s.
func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), s)
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

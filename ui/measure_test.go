package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
)

// TestMeasureMatchesDrawing holds each measuring function to its drawing
// twin: key handling scrolls by measured heights and frames draw the
// drawn lines, so a difference would misplace the selection on screen.
func TestMeasureMatchesDrawing(t *testing.T) {
	huge := fixtureComparison(t)
	passageWith(t, huge, 0, "Iran alerted Russia").Text = strings.Repeat("x", 1<<16)
	huge.Alignments[0].MarksA = nil
	comparisons := map[string]*corpus.Comparison{
		"fixture": fixtureComparison(t),
		"hostile": hostileComparison(t),
		"huge":    huge,
		"bench":   benchComparison(t, 60),
	}
	st := newStyles(true, true)
	for name, c := range comparisons {
		pv := newPairView(c, sourceNames(c), 0, 1)
		items := pv.items(-1)
		for _, w := range []int{minWidth, 57, 80, splitMinWidth, 133, 200} {
			for _, split := range []bool{false, true} {
				if split && w < splitMinWidth {
					continue
				}
				g := rowGeom{width: w, split: split}
				for i, it := range items {
					at := fmt.Sprintf("%s %d split=%v item %d", name, w, split, i)
					if got, want := measureItem(pv, it, g), drawItem(pv, it, g, &st).height(); got != want {
						t.Errorf("%s: measured %d lines, drew %d", at, got, want)
					}
					if it.heading() {
						continue
					}
					row := pv.row(it)
					if got, want := measureReasons(row, g.text()), len(drawReasons(row, pv.legend, g.text(), &st).lines); got != want {
						t.Errorf("%s: measured %d reason lines, drew %d", at, got, want)
					}
					d := detailData{c: c, names: sourceNames(c), row: row, a: 0, b: 1, label: "x"}
					ps := detailParas(d, g.text(), &st)
					if got, want := detailHeight(ps), len(detailLines(ps, g.text(), &st)); got != want {
						t.Errorf("%s: measured %d detail lines, drew %d", at, got, want)
					}
				}
			}
		}
	}
}

// TestKeysDoNotDraw: handling keys measures rows but draws none; only a
// frame (View) draws, and only what is on screen.
func TestKeysDoNotDraw(t *testing.T) {
	m := sized(benchComparison(t, 200), Options{}, 120, 40)
	for _, k := range []string{"j", "j", "pgdown", "n", "]", "G", "g", "s", "enter", "G", "esc", "f", "esc"} {
		m = keys(m, k)
		if n := drawnBlocks(m.reader.blocks); n != 0 {
			t.Fatalf("after %q with no frame drawn, %d items drawn", k, n)
		}
		if m.detail.memo.lines != nil {
			t.Fatalf("after %q with no frame drawn, the detail was drawn", k)
		}
	}
	_ = m.View()
	if drawnBlocks(m.reader.blocks) == 0 {
		t.Fatal("a frame drew nothing: the test proves nothing")
	}
}

// drawnBlocks counts the items in a block memo.
func drawnBlocks(m *blockMemo) int {
	n := len(m.cur.extras) + len(m.prev.extras)
	for _, set := range []blockSet{m.cur, m.prev} {
		for _, p := range set.pages {
			for _, b := range p {
				if b != nil {
					n++
				}
			}
		}
	}
	return n
}

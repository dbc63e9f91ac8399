package ui

import "testing"

func TestComputeLayout(t *testing.T) {
	tests := []struct {
		name      string
		w, h      int
		wantSplit bool
		want      layout
	}{
		{"zero", 0, 0, true, layout{TooSmall: true}},
		{"negative is clamped", -5, -1, true, layout{TooSmall: true}},
		{"narrow", minWidth - 1, 40, true, layout{Width: 39, Height: 40, TooSmall: true}},
		{"short", 120, minHeight - 1, true, layout{Width: 120, Height: 9, TooSmall: true}},
		{"minimum is stacked", minWidth, minHeight, true, layout{
			Width: 40, Height: 10, BodyTop: 5, BodyHeight: 4, Gutter: 2, Text: 38}},
		{"below breakpoint stacks", 99, 30, true, layout{
			Width: 99, Height: 30, BodyTop: 5, BodyHeight: 24, Gutter: 2, Text: 97}},
		{"breakpoint splits, odd column right", 100, 30, true, layout{
			Width: 100, Height: 30, Split: true, SplitFits: true, BodyTop: 5, BodyHeight: 24,
			Gutter: 2, ColA: 43, Center: 11, ColB: 44, Text: 98}},
		{"even split", 121, 40, true, layout{
			Width: 121, Height: 40, Split: true, SplitFits: true, BodyTop: 5, BodyHeight: 34,
			Gutter: 2, ColA: 54, Center: 11, ColB: 54, Text: 119}},
		{"stacked by choice", 200, 60, false, layout{
			Width: 200, Height: 60, SplitFits: true, BodyTop: 5, BodyHeight: 54, Gutter: 2, Text: 198}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := computeLayout(tt.w, tt.h, tt.wantSplit, headerHeight, footerHeight)
			if got != tt.want {
				t.Errorf("computeLayout(%d, %d, %v)\n got %+v\nwant %+v", tt.w, tt.h, tt.wantSplit, got, tt.want)
			}
		})
	}
}

// TestLayoutSumsToWidth checks that the columns and gutters of every split
// fill the width exactly, and that the body and frame fill the height.
func TestLayoutSumsToWidth(t *testing.T) {
	for w := 0; w <= 250; w++ {
		for _, h := range []int{0, 5, minHeight, 24, 60} {
			l := computeLayout(w, h, true, headerHeight, footerHeight)
			if l.TooSmall {
				continue
			}
			if l.Split && l.Gutter+l.ColA+l.Center+l.ColB != w {
				t.Fatalf("%dx%d: split columns sum to %d", w, h, l.Gutter+l.ColA+l.Center+l.ColB)
			}
			if l.Gutter+l.Text != w {
				t.Fatalf("%dx%d: text %d + gutter %d", w, h, l.Text, l.Gutter)
			}
			if l.BodyTop+l.BodyHeight+footerHeight != h {
				t.Fatalf("%dx%d: body %d..%d", w, h, l.BodyTop, l.BodyHeight)
			}
		}
	}
}

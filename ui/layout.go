package ui

// Screen geometry. Split view puts the two passages of a row side by side,
// with a narrow centre column for the verdict badge; below splitMinWidth the
// columns would be too narrow to read (under ~43 cells a line holds five or
// six words), so the reader stacks the passages instead.
const (
	minWidth      = 40  // below this, or below minHeight, only a "too small" message
	minHeight     = 10  // header + footer + a few body lines
	splitMinWidth = 100 // narrowest terminal that gets the split view
	gutterWidth   = 2   // selection bar and a space, left of every body line
	centerWidth   = 11  // badge column between the two passages: " ≠ diverge "
	headerHeight  = 5   // title/counts, two source lines, topic bar, rule
	footerHeight  = 1   // short help or a status message
)

// layout is where everything goes on a screen of a given size.
type layout struct {
	Width, Height int
	TooSmall      bool // below the minimum size: draw only a message
	Split         bool // split view is in use
	SplitFits     bool // the terminal is wide enough for split view

	BodyTop, BodyHeight int // rows of the scrolling body
	Gutter              int // selection gutter, left of every body line

	// Split view: the two passage columns and the badge column between them.
	ColA, Center, ColB int
	// Stacked view, detail and search: the text width right of the gutter.
	Text int
}

// computeLayout returns the geometry for a width × height terminal. Every
// subtraction is clamped at zero; the odd column of a split goes to the
// right-hand passage.
func computeLayout(width, height int, wantSplit bool, header, footer int) layout {
	l := layout{Width: max(0, width), Height: max(0, height)}
	if width < minWidth || height < minHeight {
		l.TooSmall = true
		return l
	}
	l.SplitFits = width >= splitMinWidth
	l.Split = wantSplit && l.SplitFits
	l.BodyTop = header
	l.BodyHeight = max(0, height-header-footer)
	l.Gutter = gutterWidth
	l.Text = max(0, width-gutterWidth)
	if l.Split {
		l.Center = centerWidth
		l.ColA, l.ColB = splitColumns(width)
	}
	return l
}

// splitColumns returns the widths of the two passage columns of a split
// view width cells wide; the odd column goes to the right-hand passage.
func splitColumns(width int) (a, b int) {
	cols := max(0, width-gutterWidth-centerWidth)
	return cols / 2, cols - cols/2
}

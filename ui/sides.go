package ui

import (
	"github.com/parallax-reader/parallax/corpus"
)

// How the reader tells which document a reason speaks of. The engine marks
// a reason about one side (Reason.Side: the side that hedges, cites unnamed
// sources, denies; its text then says "A" or "B") and keeps each side's
// words in Reason.A and Reason.B, A always being the document with the
// lower index. The reader reads those fields, never the reason's prose.

// speaksOfSides reports whether a reason singles out one side, so that
// its text names the documents as A and B.
func speaksOfSides(r corpus.Reason) bool {
	return r.Side != corpus.SideNone
}

// mentionsSides reports whether any of reasons speaks of A and B, so the
// reader shows which document is which.
func mentionsSides(reasons []corpus.Reason) bool {
	for _, r := range reasons {
		if speaksOfSides(r) {
			return true
		}
	}
	return false
}

// sidesLegend says which document a reason's A and B are: A is always the
// document with the lower index, which is on the right when the pair is
// shown swapped.
func sidesLegend(names []string, a, b int) string {
	lo, hi := min(a, b), max(a, b)
	return "A: " + nameAt(names, lo) + " · B: " + nameAt(names, hi)
}

// reasonWords returns a reason's words from the left (0) or right (1)
// document of the pair a, b shown.
func reasonWords(r corpus.Reason, side, a, b int) string {
	if (side == 0) == (a < b) {
		return r.A
	}
	return r.B
}

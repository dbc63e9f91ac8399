package ui

import (
	"fmt"
	"strings"
)

// loadingView draws the loading screen's body in w×h cells: a row per
// source — a mark (a dot while queued, the spinner frame while working, a
// check when done, a cross when failed), its name and its status — then
// the analysis line once it started. Rows that do not fit give way to a
// count of them. It is a pure function of its arguments.
func loadingView(s *loadState, frame string, st *Styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	var tail []string
	if s.analysis.Status != "" {
		tail = []string{"", loadingRow(s.analysis, "", frame, st, w, 0)}
	}
	room := max(0, h-len(tail))
	rows := s.rows
	var more string
	if len(rows) > room {
		shown := max(0, room-1)
		done, failed := 0, 0
		for _, r := range rows[shown:] {
			switch r.Stage {
			case StageDone:
				done++
			case StageFailed:
				failed++
			}
		}
		more = st.Faint.Paint(truncate(fmt.Sprintf("  … and %d more (%d done, %d failed)", len(rows)-shown, done, failed), w))
		rows = rows[:shown]
	}
	nameW := 0
	for i := range rows {
		nameW = max(nameW, stringWidth(safeInline(s.names[i])))
	}
	nameW = min(nameW, max(8, (w-6)/2))
	lines := make([]string, 0, h)
	for i, r := range rows {
		lines = append(lines, loadingRow(r, s.names[i], frame, st, w, nameW))
	}
	if more != "" && room > 0 {
		lines = append(lines, more)
	}
	lines = append(lines, tail...)
	if len(lines) > h {
		lines = lines[len(lines)-h:]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// loadingRow draws one source (or, with nameW 0, the analysis) in w cells.
func loadingRow(p Progress, name, frame string, st *Styles, w, nameW int) string {
	var mark string
	switch p.Stage {
	case StageWorking:
		mark = frame
	case StageDone:
		mark = st.BadgeAgree.Paint("✓")
	case StageFailed:
		mark = st.BadgeDiverge.Paint("✗")
	default:
		mark = st.Faint.Paint("·")
	}
	status := safeInline(p.Status)
	statusStyle := st.Faint
	if p.Stage == StageFailed {
		statusStyle = st.Conflict
	}
	line := "  " + mark + " "
	rest := max(0, w-4)
	if nameW > 0 {
		line += fit(st.SourceName.Paint(truncate(safeInline(name), min(nameW, rest))), min(nameW, rest)) + "  "
		rest = max(0, rest-nameW-2)
	}
	return line + statusStyle.Paint(truncate(status, rest))
}

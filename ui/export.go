package ui

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/report"
)

// Taking things away: y copies the selected passage, with its source and
// line, to the terminal's clipboard (OSC 52, through tea.SetClipboard:
// it works over ssh, and a terminal that does not support it ignores it);
// w writes the view shown — the pair, the overview, the ledger or the
// claim check — as Markdown to a file whose path it asks for (save.go).

// quote is a passage as copied: its text, then its source and line.
func quote(c *corpus.Comparison, p *corpus.Passage) string {
	return fmt.Sprintf("%s\n— %s, line %d", p.Text, c.Documents[p.Doc].Name, p.Line)
}

// copyPassages returns what y copies in the view shown: the passages of
// the selected row, cell, entry or source; "" when there is none.
func (m *Model) copyPassages() string {
	var ps []*corpus.Passage
	add := func(id string) {
		if p := m.c.Passage(id); p != nil {
			ps = append(ps, p)
		}
	}
	switch m.focus {
	case focusOverview:
		if pt := m.overview.point(); pt != nil {
			for _, id := range pt.Cells[m.overview.col].Passages {
				add(id)
			}
		}
	case focusClaim:
		if _, _, id, ok := m.claim.Chosen(); ok {
			add(id)
		}
	case focusLedger:
		if _, _, id, ok := m.ledger.Chosen(); ok {
			add(id)
		}
	case focusReader, focusDetail:
		if sel, ok := m.reader.Selected(); ok {
			if sel.Row.A != nil {
				ps = append(ps, sel.Row.A)
			}
			if sel.Row.B != nil {
				ps = append(ps, sel.Row.B)
			}
		}
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = quote(m.c, p)
	}
	return strings.Join(parts, "\n\n")
}

// copyCmd copies the selection, with a word for the footer.
func (m *Model) copyCmd() tea.Cmd {
	text := m.copyPassages()
	if text == "" {
		m.status = "nothing selected to copy"
		return nil
	}
	m.status = fmt.Sprintf("copied %d characters to the clipboard (OSC 52)", len([]rune(text)))
	return tea.SetClipboard(text)
}

// viewName names the view shown, for the file written.
func (m *Model) viewName() string {
	switch m.focus {
	case focusOverview:
		return "overview"
	case focusClaim:
		return "claim"
	case focusLedger:
		return "ledger"
	}
	return "pair"
}

// viewMarkdown writes the view shown as Markdown.
func (m *Model) viewMarkdown() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Parallax: %s\n\n", m.viewName())
	for _, d := range m.c.Documents {
		fmt.Fprintf(&b, "- **%s** %s: %s\n", d.ID, d.Name, d.Title)
	}
	b.WriteString("\n")
	var err error
	switch m.focus {
	case focusOverview:
		if m.survey == nil {
			return nil, errors.New("the overview is still being read")
		}
		err = report.MarkdownCoverage(&b, m.c, m.survey.Coverage)
	case focusLedger:
		if m.survey == nil {
			return nil, errors.New("the ledger is still being read")
		}
		err = report.MarkdownLedger(&b, m.c, m.survey.Ledger)
	case focusClaim:
		if m.claim.check == nil {
			return nil, errors.New("no claim checked yet")
		}
		err = report.MarkdownClaim(&b, m.c, m.claim.check)
	default:
		pv := m.reader.Pair()
		err = report.MarkdownPair(&b, m.c, min(pv.a, pv.b), max(pv.a, pv.b))
	}
	return b.Bytes(), err
}

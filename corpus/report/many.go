package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file writes the sections that read all the documents at once: the
// claim check (when the user gave a claim), the coverage table and the
// ledger of who said what. The JSON report carries them whenever the
// caller computed them; the Markdown and text reports print the coverage
// and the ledger from three documents on (with two, the pairing already
// says it all, and those reports stay as they were), and the claim check
// whenever there is one. The reader's "write this view" key uses the same
// Markdown writers.

// Extras are the sections a report adds to the pairings.
type Extras struct {
	Coverage *coverage.Report
	Ledger   *coverage.Ledger
	Claim    *model.ClaimCheck
}

// mdExtras writes the extra sections of the Markdown report.
func mdExtras(ew *errWriter, c *model.Comparison, x Extras) {
	if x.Claim != nil {
		ew.printf("\n")
		ew.err = orErr(ew.err, MarkdownClaim(ew, c, x.Claim))
	}
	if len(c.Documents) < 3 {
		return
	}
	if x.Coverage != nil {
		ew.printf("\n")
		ew.err = orErr(ew.err, MarkdownCoverage(ew, c, x.Coverage))
	}
	if x.Ledger != nil {
		ew.printf("\n")
		ew.err = orErr(ew.err, MarkdownLedger(ew, c, x.Ledger))
	}
}

func orErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// Write makes errWriter an io.Writer, keeping its first error.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// docName returns the name of the document with the given id.
func docName(c *model.Comparison, id string) string {
	for _, d := range c.Documents {
		if d.ID == id {
			return d.Name
		}
	}
	return id
}

// CellText says in a few words what a cell of the coverage holds: "—" for
// silence, else the counts of its verdicts ("3 agree · 1 diverge").
func CellText(cell *coverage.Cell) string {
	if cell.Silent() {
		return "—"
	}
	var parts []string
	if cell.Agree > 0 {
		parts = append(parts, fmt.Sprintf("%d agree", cell.Agree))
	}
	if cell.Diverge > 0 {
		parts = append(parts, fmt.Sprintf("%d diverge", cell.Diverge))
	}
	if len(parts) == 0 {
		return "covers"
	}
	return strings.Join(parts, " · ")
}

// NumbersText is one topic's line for a counted thing: "dead: wire.txt at
// least 43 people · tribune.txt At least 51 people".
func NumbersText(c *model.Comparison, n *coverage.Numbers) string {
	parts := make([]string, 0, len(n.Values))
	for _, v := range n.Values {
		parts = append(parts, docName(c, v.Document)+" "+strings.Join(v.Text, ", "))
	}
	return n.Thing + ": " + strings.Join(parts, " · ")
}

// MarkdownCoverage writes the coverage as Markdown: per topic a table of
// its points by source, then the numbers each source gives; then each
// source's omissions.
func MarkdownCoverage(w io.Writer, c *model.Comparison, cov *coverage.Report) error {
	ew := &errWriter{w: w}
	ew.printf("## Coverage\n\n")
	ew.printf("Which source speaks to each point (— : silent), with the verdicts of its passage against the others on that point.\n")
	head := "| Point |"
	rule := "|---|"
	for _, d := range c.Documents {
		head += " " + mdInline(d.Name) + " |"
		rule += "---|"
	}
	for _, t := range cov.Topics {
		ew.printf("\n### %s\n\n%s\n%s\n", mdInline(t.Label), head, rule)
		for i := range t.Points {
			pt := &t.Points[i]
			ew.printf("| %s %s |", mdCode(pt.ID), mdInline(pt.Label))
			for ci := range pt.Cells {
				ew.printf(" %s |", CellText(&pt.Cells[ci]))
			}
			ew.printf("\n")
		}
		if len(t.Numbers) > 0 {
			ew.printf("\n")
			for i := range t.Numbers {
				ew.printf("- %s\n", mdInline(NumbersText(c, &t.Numbers[i])))
			}
		}
	}
	ew.printf("\n### Omissions\n\nPoints most other sources report and this one does not.\n\n")
	for _, o := range cov.Omissions {
		if len(o.Points) == 0 {
			ew.printf("- **%s**: none\n", mdInline(docName(c, o.Document)))
			continue
		}
		ew.printf("- **%s**: %s\n", mdInline(docName(c, o.Document)), mdInline(pointLabels(cov, o.Points)))
	}
	return ew.err
}

// pointLabels lists points by id and opening: "pt6 (The government…)".
func pointLabels(cov *coverage.Report, ids []string) string {
	var out []string
	for _, id := range ids {
		for _, t := range cov.Topics {
			for _, pt := range t.Points {
				if pt.ID == id {
					out = append(out, fmt.Sprintf("%s (%s)", id, shorten(pt.Label, 50)))
				}
			}
		}
	}
	return strings.Join(out, "; ")
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// Sourcing says how an entry is sourced: "named" or "anonymous".
func Sourcing(e *coverage.Entry) string {
	if e.Anonymous {
		return "anonymous"
	}
	return "named"
}

// HedgeText says who hedges an entry: "asserted", "hedged", or "hedged in
// tribune.txt".
func HedgeText(c *model.Comparison, e *coverage.Entry) string {
	switch {
	case len(e.Hedged) == 0:
		return "asserted"
	case len(e.Hedged) == len(e.Sources):
		return "hedged"
	}
	names := make([]string, len(e.Hedged))
	for i, id := range e.Hedged {
		names[i] = docName(c, id)
	}
	return "hedged in " + strings.Join(names, ", ")
}

// SourceNames names the sources of an entry.
func SourceNames(c *model.Comparison, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = docName(c, id)
	}
	return strings.Join(names, ", ")
}

// MarkdownLedger writes the ledger of who said what as a Markdown table.
func MarkdownLedger(w io.Writer, c *model.Comparison, l *coverage.Ledger) error {
	ew := &errWriter{w: w}
	ew.printf("## Who said what\n\n")
	if len(l.Entries) == 0 {
		ew.printf("No statement is attributed to anyone.\n")
		return ew.err
	}
	ew.printf("| Speaker | Act | What | Hedged | Sourcing | Reported by |\n|---|---|---|---|---|---|\n")
	for i := range l.Entries {
		e := &l.Entries[i]
		ew.printf("| %s | %s | %s | %s | %s | %s |\n", mdInline(e.Speaker), e.Act, mdInline(e.Says),
			mdInline(HedgeText(c, e)), Sourcing(e), mdInline(SourceNames(c, e.Sources)))
	}
	return ew.err
}

// MarkdownClaim writes a claim check as a Markdown table: per source its
// stance, the passage that carries most of the claim and the reasons.
func MarkdownClaim(w io.Writer, c *model.Comparison, cc *model.ClaimCheck) error {
	ew := &errWriter{w: w}
	ew.printf("## Claim check\n\n> %s\n\n", mdInline(cc.Claim))
	ew.printf("| Source | Stance | Passage | Reasons |\n|---|---|---|---|\n")
	for _, r := range cc.Results {
		passage := "—"
		if p := c.Passage(r.Passage); p != nil {
			passage = fmt.Sprintf("%s (line %d)", mdInline(shorten(p.Text, 160)), p.Line)
		}
		var rs []string
		for _, x := range r.Reasons {
			rs = append(rs, mdInline(x.Sentence()))
		}
		reasons := strings.Join(rs, "; ")
		if reasons == "" {
			reasons = "—"
		}
		ew.printf("| %s | **%s** (%.2f) | %s | %s |\n", mdInline(docName(c, r.Document)), r.Stance, r.Probability, passage, reasons)
	}
	return ew.err
}

// textExtras writes the extra sections of the plain-text report.
func textExtras(ew *errWriter, c *model.Comparison, x Extras) {
	if cc := x.Claim; cc != nil {
		ew.printf("\n== Claim check: %s\n", cc.Claim)
		for _, r := range cc.Results {
			ew.printf("\n%s: %s (%.2f)\n", docName(c, r.Document), strings.ToUpper(string(r.Stance)), r.Probability)
			if p := c.Passage(r.Passage); p != nil {
				ew.printf("  line %d  %s\n", p.Line, p.Text)
			}
			for _, x := range r.Reasons {
				ew.printf("    - %s\n", x.Sentence())
			}
		}
	}
	if len(c.Documents) < 3 {
		return
	}
	if cov := x.Coverage; cov != nil {
		ew.printf("\n== Coverage (— : silent)\n")
		for _, t := range cov.Topics {
			ew.printf("\n-- %s\n", t.Label)
			for i := range t.Points {
				pt := &t.Points[i]
				ew.printf("\n%s %s\n", pt.ID, pt.Label)
				for ci := range pt.Cells {
					ew.printf("  %s: %s\n", docName(c, pt.Cells[ci].Document), CellText(&pt.Cells[ci]))
				}
			}
			for i := range t.Numbers {
				ew.printf("  # %s\n", NumbersText(c, &t.Numbers[i]))
			}
		}
		ew.printf("\n-- Omissions\n")
		for _, o := range cov.Omissions {
			ew.printf("  %s: %d points most others report\n", docName(c, o.Document), len(o.Points))
		}
	}
	if l := x.Ledger; l != nil && len(l.Entries) > 0 {
		ew.printf("\n== Who said what\n")
		for i := range l.Entries {
			e := &l.Entries[i]
			ew.printf("  %s %s: %s (%s, %s; %s)\n", e.Speaker, e.Act, e.Says, HedgeText(c, e), Sourcing(e), SourceNames(c, e.Sources))
		}
	}
}

// MarkdownPair writes the pairing of documents a and b (a < b) as
// Markdown, as the report does for every pair: per topic the aligned
// passages side by side with the verdict and its reasons, then what each
// alone says. The reader's w key writes the pair view with it.
func MarkdownPair(w io.Writer, c *model.Comparison, a, b int) error {
	ew := &errWriter{w: w}
	da, db := c.Documents[a], c.Documents[b]
	groups := Pair(c, a, b)
	n := CountRows(groups)
	writeMarkdownPair(ew, da, db, groups, n, true)
	return ew.err
}

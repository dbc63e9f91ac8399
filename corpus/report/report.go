// Package report is the engine's last stage: it lays out the comparison of
// two documents as rows a person reads down (pairs.go), shared by the
// reader and the reports, and writes a Comparison as JSON, Markdown or
// plain text (report.go).
package report

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"

	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// This file writes a Comparison as a non-interactive report: JSON for tools
// (the schema is documented in README.md and pinned by a golden test), and
// Markdown or plain text for people. All three show the same pairing as the
// reader (see pairs.go). Passage text is already sanitised by the loader, so
// no report can carry a control sequence from an article.

// jsonReport is the stable JSON schema. Change it only together with README.md.
type jsonReport struct {
	Documents  []jsonDocument  `json:"documents"`
	Topics     []model.Topic   `json:"topics"`
	Alignments []jsonAlignment `json:"alignments"`
	Unique     []string        `json:"unique"`
	Points     []model.Point   `json:"points"`
	Entities   []model.Entity  `json:"entities"`
	// Added with issue 11; present when the caller asks (see Extras).
	Coverage *coverage.Report  `json:"coverage,omitempty"`
	Ledger   *coverage.Ledger  `json:"ledger,omitempty"`
	Claim    *model.ClaimCheck `json:"claim,omitempty"`
}

type jsonDocument struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Title    string            `json:"title"`
	Meta     *model.SourceMeta `json:"meta,omitempty"`
	Passages []jsonPassage     `json:"passages"`
}

type jsonPassage struct {
	ID     string             `json:"id"`
	Line   int                `json:"line"`
	Kind   model.Kind         `json:"kind"`
	Text   string             `json:"text"`
	Topics []model.TopicScore `json:"topics"`
}

type jsonAlignment struct {
	A        string          `json:"a"`
	B        string          `json:"b"`
	Topic    string          `json:"topic"`
	Score    float64         `json:"score"`
	Verdict  model.Verdict   `json:"verdict"`
	Reasons  []model.Reason  `json:"reasons"`
	Best     bool            `json:"best"`
	Evidence *model.Evidence `json:"evidence"` // the comparison's own: 64 bytes less a copy, 6 MB at 20x500
}

// round3 keeps scores short and stable across platforms.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// WriteJSON writes the comparison in the documented JSON schema.
func WriteJSON(w io.Writer, c *model.Comparison) error { return WriteJSONWith(w, c, Extras{}) }

// WriteJSONWith writes the comparison in the documented JSON schema, with
// the extra sections x holds.
func WriteJSONWith(w io.Writer, c *model.Comparison, x Extras) error {
	return writeJSONStream(w, jsonReportOf(c, x))
}

// WriteJSONLater is WriteJSONWith with the extra sections read by extras,
// which runs while the sections before them (the documents, the
// alignments) are written: they come last, and they read c as the writer
// does, changing nothing. The report is the same.
func WriteJSONLater(w io.Writer, c *model.Comparison, extras func() Extras) error {
	r := jsonReportOf(c, Extras{})
	if !big(reflect.ValueOf(r), 2) {
		// A small report: its extras are read first, not beside it.
		x := extras()
		r.Coverage, r.Ledger, r.Claim = x.Coverage, x.Ledger, x.Claim
		return writeJSONStream(w, r)
	}
	ch := make(chan Extras, 1)
	go func() { ch <- extras() }()
	got := false
	wait := func(i int) {
		if i == coverageField && !got {
			x := <-ch
			got = true
			r.Coverage, r.Ledger, r.Claim = x.Coverage, x.Ledger, x.Claim
		}
	}
	err := writeJSONHook(w, &r, wait)
	if !got {
		<-ch // an error ended the report before them
	}
	return err
}

// coverageField is the index in jsonReport of the first extra section.
var coverageField = func() int {
	f, _ := reflect.TypeFor[jsonReport]().FieldByName("Coverage")
	return f.Index[0]
}()

// jsonReportOf lays the comparison out in the JSON schema's shape; the
// passages' text is shared, not copied.
func jsonReportOf(c *model.Comparison, x Extras) jsonReport {
	r := jsonReport{
		Topics:     c.Topics,
		Alignments: make([]jsonAlignment, 0, len(c.Alignments)),
		Unique:     c.Unique,
		Coverage:   x.Coverage,
		Ledger:     x.Ledger,
		Claim:      x.Claim,
		Points:     c.Points,
		Entities:   c.Entities,
	}
	if r.Points == nil {
		r.Points = []model.Point{}
	}
	if r.Entities == nil {
		r.Entities = []model.Entity{}
	}
	if r.Topics == nil {
		r.Topics = []model.Topic{}
	}
	if r.Unique == nil {
		r.Unique = []string{}
	}
	for _, d := range c.Documents {
		jd := jsonDocument{ID: d.ID, Name: d.Name, Title: d.Title, Meta: d.Meta, Passages: make([]jsonPassage, 0, len(d.Passages))}
		for _, p := range d.Passages {
			ts := make([]model.TopicScore, 0, len(p.Topics))
			for _, t := range p.Topics {
				ts = append(ts, model.TopicScore{ID: t.ID, Score: round3(t.Score)})
			}
			jd.Passages = append(jd.Passages, jsonPassage{ID: p.ID, Line: p.Line, Kind: p.Kind, Text: p.Text, Topics: ts})
		}
		r.Documents = append(r.Documents, jd)
	}
	for i := range c.Alignments {
		al := &c.Alignments[i]
		reasons := al.Reasons
		if reasons == nil {
			reasons = []model.Reason{}
		}
		r.Alignments = append(r.Alignments, jsonAlignment{
			A: al.A, B: al.B, Topic: al.Topic, Score: round3(al.Score), Verdict: al.Verdict,
			Reasons: reasons, Best: al.Best, Evidence: &al.Evidence,
		})
	}
	return r
}

// docPairs returns every pair of document indexes (a < b) in order.
func docPairs(c *model.Comparison) [][2]int {
	var out [][2]int
	for a := range c.Documents {
		for b := a + 1; b < len(c.Documents); b++ {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// Counts counts the rows of a pairing by badge, and those that are aligned.
type Counts struct {
	Aligned, Agree, Diverge, Related, Unique int
}

// Add counts one row.
func (n *Counts) Add(r Row) {
	if r.Align != nil {
		n.Aligned++
	}
	switch r.Verdict() {
	case model.Agree:
		n.Agree++
	case model.Diverge:
		n.Diverge++
	case model.Related:
		n.Related++
	case model.Unique:
		n.Unique++
	}
}

// CountRows counts the rows of every group.
func CountRows(groups []Group) Counts {
	var n Counts
	for _, g := range groups {
		for _, r := range g.Rows {
			n.Add(r)
		}
	}
	return n
}

// manyDocuments is the number of documents from which the Markdown and
// text reports stop repeating, under every pair, what one document alone
// says: with n documents that would print each passage n−1 times (1,000
// one-paragraph files gave a 200 MB report). From there, a pair lists only
// what it aligns, pairs with nothing in common are counted, not listed,
// and each document's unmatched passages are listed once, at the end.
const manyDocuments = 3

// reportPairs lists the pairs a report shows, with their alignment
// indexes, and how many pairs were left out for sharing nothing.
func reportPairs(c *model.Comparison) (pairs [][2]int, idx map[[2]int][]int, empty int) {
	idx = byPair(c)
	for _, pr := range docPairs(c) {
		if len(c.Documents) >= manyDocuments && len(idx[pr]) == 0 {
			empty++
			continue
		}
		pairs = append(pairs, pr)
	}
	return pairs, idx, empty
}

// uniqueByDocument groups the comparison's unmatched passages by document.
func uniqueByDocument(c *model.Comparison) [][]*model.Passage {
	out := make([][]*model.Passage, len(c.Documents))
	for _, id := range c.Unique {
		if p := c.Passage(id); p != nil {
			out[p.Doc] = append(out[p.Doc], p)
		}
	}
	return out
}

// WriteMarkdown writes a report a fact-checker can paste: for every pair of
// documents, per topic, the aligned passages quoted side by side with the
// verdict and its reasons, then what each source alone says (with many
// documents, once per document at the end; see manyDocuments).
func WriteMarkdown(w io.Writer, c *model.Comparison) error {
	return WriteMarkdownWith(w, c, Extras{})
}

// WriteMarkdownWith writes the Markdown report with the extra sections x
// holds (the claim check, coverage and ledger) before the pairings.
func WriteMarkdownWith(w io.Writer, c *model.Comparison, x Extras) error {
	ew := &errWriter{w: w}
	ew.printf("# Parallax comparison\n\n")
	ew.printf("%d documents:\n\n", len(c.Documents))
	for _, d := range c.Documents {
		ew.printf("- **%s** `%s`: %s\n", d.ID, mdCode(d.Name), mdInline(d.Title))
		if line := MetaLine(d.Meta); line != "" {
			ew.printf("  - %s\n", mdInline(line))
		}
	}
	writeMarkdownTopics(ew, c)
	mdExtras(ew, c, x)
	many := len(c.Documents) >= manyDocuments
	pairs, idx, empty := reportPairs(c)
	for _, pr := range pairs {
		da, db := c.Documents[pr[0]], c.Documents[pr[1]]
		groups := pairWith(c, pr[0], pr[1], idx[pr])
		n := CountRows(groups)
		if many {
			n.Unique = 0
		}
		ew.printf("\n")
		writeMarkdownPair(ew, da, db, groups, n, !many)
	}
	if many {
		if empty > 0 {
			ew.printf("\n%d of %d pairs of documents share no passage.\n", empty, len(docPairs(c)))
		}
		for di, ps := range uniqueByDocument(c) {
			if len(ps) == 0 {
				continue
			}
			ew.printf("\n## Only in %s\n\n", mdInline(c.Documents[di].Name))
			for _, p := range ps {
				ew.printf("> %s\n>\n> — line %d\n\n", mdInline(p.Text), p.Line)
			}
		}
	}
	return ew.err
}

// sourceNames say where a topic came from, in the Markdown report.
var sourceNames = map[model.TopicSource]string{
	model.TopicBuiltin: "built-in",
	model.TopicUser:    "your topic file",
	model.TopicFound:   "found in the text",
}

// writeMarkdownTopics lists the topics with where each came from, the
// alignments each point found in the text holds, and the names the
// articles wrote in more than one way.
func writeMarkdownTopics(ew *errWriter, c *model.Comparison) {
	if len(c.Topics) > 0 {
		ew.printf("\nTopics:\n\n")
		points := map[string]*model.Point{}
		for i := range c.Points {
			points[c.Points[i].ID] = &c.Points[i]
		}
		for _, t := range c.Topics {
			src := sourceNames[t.Source]
			if src == "" {
				src = "built-in"
			}
			ew.printf("- %s (%s", mdInline(t.Label), src)
			if p := points[t.ID]; p != nil {
				pairs := make([]string, 0, len(p.Alignments))
				for _, ai := range p.Alignments {
					al := &c.Alignments[ai]
					pairs = append(pairs, "`"+mdCode(al.A)+"` ↔ `"+mdCode(al.B)+"`")
				}
				ew.printf(": %s", strings.Join(pairs, ", "))
			}
			ew.printf(")\n")
		}
	}
	if len(c.Entities) > 0 {
		ew.printf("\nNames written more than one way:\n\n")
		for _, e := range c.Entities {
			ew.printf("- %s\n", mdInline(e.Line()))
		}
	}
}

// writeMarkdownPair writes one pair of documents: its counts, then per
// topic the aligned passages side by side with the verdict and its
// reasons, then (when unique is set) what each source alone says.
func writeMarkdownPair(ew *errWriter, da, db *model.Document, groups []Group, n Counts, unique bool) {
	ew.printf("## %s and %s\n\n", mdInline(da.Name), mdInline(db.Name))
	ew.printf("%d agree, %d diverge, %d related, %d unique.\n", n.Agree, n.Diverge, n.Related, n.Unique)
	for _, g := range groups {
		switch g.Kind {
		case GroupFront:
			continue
		case GroupTopic:
			ew.printf("\n### %s\n\n", mdInline(g.Label))
			ew.printf("| Verdict | %s | %s |\n|---|---|---|\n", mdInline(da.Name), mdInline(db.Name))
			for _, r := range g.Rows {
				ew.printf("| **%s** (%.2f) | %s | %s |\n", r.Align.Verdict, r.Align.Score, mdPassage(r.A, r.EchoA), mdPassage(r.B, r.EchoB))
			}
			for _, r := range g.Rows {
				if len(r.Align.Reasons) == 0 {
					continue
				}
				ew.printf("\n%s ↔ %s, **%s**:\n", mdCode(r.A.ID), mdCode(r.B.ID), r.Align.Verdict)
				for _, rs := range r.Align.Reasons {
					ew.printf("- %s\n", mdInline(rs.Sentence()))
				}
			}
		case GroupUnique:
			if !unique {
				continue
			}
			ew.printf("\n### %s\n\n", mdInline(g.Label))
			for _, r := range g.Rows {
				p := r.A
				if p == nil {
					p = r.B
				}
				ew.printf("> %s\n>\n> — line %d\n\n", mdInline(p.Text), p.Line)
			}
		}
	}
}

// WriteText writes the same report as WriteMarkdown in plain text, for a
// pipe or a terminal that cannot show the reader.
func WriteText(w io.Writer, c *model.Comparison) error {
	return WriteTextWith(w, c, Extras{})
}

// WriteTextWith writes the plain-text report with the extra sections x
// holds before the pairings.
func WriteTextWith(w io.Writer, c *model.Comparison, x Extras) error {
	ew := &errWriter{w: w}
	for _, d := range c.Documents {
		ew.printf("[%s] %s: %s\n", d.ID, d.Name, d.Title)
		if line := MetaLine(d.Meta); line != "" {
			ew.printf("     %s\n", line)
		}
	}
	textExtras(ew, c, x)
	many := len(c.Documents) >= manyDocuments
	pairs, idx, empty := reportPairs(c)
	for _, pr := range pairs {
		da, db := c.Documents[pr[0]], c.Documents[pr[1]]
		groups := pairWith(c, pr[0], pr[1], idx[pr])
		n := CountRows(groups)
		if many {
			ew.printf("\n== %s vs %s: %d agree, %d diverge, %d related\n",
				da.Name, db.Name, n.Agree, n.Diverge, n.Related)
		} else {
			ew.printf("\n== %s vs %s: %d agree, %d diverge, %d related, %d unique\n",
				da.Name, db.Name, n.Agree, n.Diverge, n.Related, n.Unique)
		}
		for _, g := range groups {
			if g.Kind == GroupFront || many && g.Kind == GroupUnique {
				continue
			}
			ew.printf("\n-- %s\n", g.Label)
			for _, r := range g.Rows {
				if r.Align != nil {
					ew.printf("\n%s (%.2f)\n", strings.ToUpper(string(r.Align.Verdict)), r.Align.Score)
				} else {
					ew.printf("\n")
				}
				if r.A != nil {
					ew.printf("  %s:%d  %s\n", da.Name, r.A.Line, textPassage(r.A, r.EchoA))
				}
				if r.B != nil {
					ew.printf("  %s:%d  %s\n", db.Name, r.B.Line, textPassage(r.B, r.EchoB))
				}
				if r.Align != nil {
					for _, rs := range r.Align.Reasons {
						ew.printf("    - %s\n", rs.Sentence())
					}
				}
			}
		}
	}
	if many {
		if empty > 0 {
			ew.printf("\n%d of %d pairs of documents share no passage.\n", empty, len(docPairs(c)))
		}
		for di, ps := range uniqueByDocument(c) {
			if len(ps) == 0 {
				continue
			}
			ew.printf("\n== Only in %s\n", c.Documents[di].Name)
			for _, p := range ps {
				ew.printf("  %s:%d  %s\n", c.Documents[di].Name, p.Line, p.Text)
			}
		}
	}
	return ew.err
}

func textPassage(p *model.Passage, echo bool) string {
	if echo {
		return "(as above) " + text.Opening(p.Text, 60)
	}
	return p.Text
}

func mdPassage(p *model.Passage, echo bool) string {
	if echo {
		return fmt.Sprintf("*(as above)* %s (line %d)", mdInline(text.Opening(p.Text, 60)), p.Line)
	}
	return fmt.Sprintf("%s (line %d)", mdInline(p.Text), p.Line)
}

// mdInline escapes the characters that would turn article text into
// Markdown structure.
func mdInline(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#':
			b.WriteByte('\\')
		case '\n':
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode makes s safe inside a code span.
func mdCode(s string) string { return strings.ReplaceAll(s, "`", "'") }

// errWriter keeps the first write error so report code can print freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

// MetaLine words a web source's metadata on one line, for the Markdown
// report and the reader: "Test Gazette · by Jane Roe · published
// 2024-03-22 · https://example.com/story · fetched 2024-03-23 09:30 UTC
// (cached)". It is empty for a text file. Times are in UTC.
func MetaLine(m *model.SourceMeta) string {
	if m == nil {
		return ""
	}
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(m.Site)
	if m.Byline != "" {
		add("by " + m.Byline)
	}
	if !m.Published.IsZero() {
		add("published " + m.Published.UTC().Format("2006-01-02"))
	}
	switch {
	case m.Canonical != "":
		add(m.Canonical)
	case m.FinalURL != "" && m.FinalURL != m.URL:
		add(m.FinalURL)
	}
	if !m.FetchedAt.IsZero() {
		f := "fetched " + m.FetchedAt.UTC().Format("2006-01-02 15:04 MST")
		switch {
		case m.Changed:
			f += " (changed since the cached copy)"
		case m.FromCache:
			f += " (cached)"
		}
		add(f)
	}
	return strings.Join(parts, " · ")
}

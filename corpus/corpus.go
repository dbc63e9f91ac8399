// Package corpus is parallax's comparison engine: it loads articles, cleans
// untrusted text, cuts it into passages, finds the passages of different
// documents that speak to the same point, and judges whether they agree or
// diverge. It returns plain data (passages, topics, alignments, verdicts,
// reasons and byte ranges to highlight); how any of it looks is up to the ui
// package. corpus never imports a terminal library.
//
// corpus is the orchestrator and the public entry point: the stages live in
// sub-packages (see README, "How the code is laid out"), the data contract
// in corpus/model, and the names below let callers use it as corpus.X.
package corpus

import (
	"io"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/report"
	"github.com/parallax-reader/parallax/corpus/text"
)

// The data contract, from corpus/model.
type (
	Kind       = model.Kind
	Verdict    = model.Verdict
	Span       = model.Span
	Mark       = model.Mark
	Highlight  = model.Highlight
	Source     = model.Source
	SourceMeta = model.SourceMeta
	Document   = model.Document
	Passage    = model.Passage
	TopicScore = model.TopicScore
	Topic      = model.Topic
	Reason     = model.Reason
	Evidence   = model.Evidence
	Alignment  = model.Alignment
	Comparison = model.Comparison

	Stance      = model.Stance
	ClaimCheck  = model.ClaimCheck
	ClaimResult = model.ClaimResult
)

// Passage kinds, verdicts and highlight marks, from corpus/model.
const (
	KindBody     = model.KindBody
	KindTitle    = model.KindTitle
	KindTag      = model.KindTag
	KindCredit   = model.KindCredit
	KindDateline = model.KindDateline

	Agree   = model.Agree
	Diverge = model.Diverge
	Related = model.Related
	Unique  = model.Unique

	MarkShared   = model.MarkShared
	MarkConflict = model.MarkConflict

	SideNone = model.SideNone
	SideA    = model.SideA
	SideB    = model.SideB

	OtherTopicLabel = model.OtherTopicLabel

	Supports    = model.Supports
	Contradicts = model.Contradicts
	Discusses   = model.Discusses
	Silent      = model.Silent
)

// MetaLine words a web source's metadata on one line; see report.MetaLine.
func MetaLine(m *SourceMeta) string { return report.MetaLine(m) }

// SanitizeLine makes untrusted text safe to print on one line; see
// text.SanitizeLine.
func SanitizeLine(s string) string { return text.SanitizeLine(s) }

// Sanitize makes untrusted text safe to print; see text.Sanitize.
func Sanitize(s string) string { return text.Sanitize(s) }

// The pairing of two documents for display, from corpus/report.
type (
	GroupKind = report.GroupKind
	Group     = report.Group
	Row       = report.Row
	Counts    = report.Counts
)

// Group kinds, from corpus/report.
const (
	GroupFront  = report.GroupFront
	GroupTopic  = report.GroupTopic
	GroupUnique = report.GroupUnique
)

// Pair lays out documents a and b of c as groups of rows; see report.Pair.
func Pair(c *Comparison, a, b int) []Group { return report.Pair(c, a, b) }

// CountRows counts a pairing's rows; see report.CountRows.
func CountRows(groups []Group) Counts { return report.CountRows(groups) }

// WriteJSON writes the comparison as JSON; see report.WriteJSON.
func WriteJSON(w io.Writer, c *Comparison) error { return report.WriteJSON(w, c) }

// WriteMarkdown writes the comparison as Markdown; see report.WriteMarkdown.
func WriteMarkdown(w io.Writer, c *Comparison) error { return report.WriteMarkdown(w, c) }

// WriteText writes the comparison as plain text; see report.WriteText.
func WriteText(w io.Writer, c *Comparison) error { return report.WriteText(w, c) }

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
	"github.com/parallax-reader/parallax/corpus/model"
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
	Document   = model.Document
	Passage    = model.Passage
	TopicScore = model.TopicScore
	Topic      = model.Topic
	Reason     = model.Reason
	Evidence   = model.Evidence
	Alignment  = model.Alignment
	Comparison = model.Comparison
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

	OtherTopicLabel = model.OtherTopicLabel
)

// SanitizeLine makes untrusted text safe to print on one line; see
// text.SanitizeLine.
func SanitizeLine(s string) string { return text.SanitizeLine(s) }

// Sanitize makes untrusted text safe to print; see text.Sanitize.
func Sanitize(s string) string { return text.Sanitize(s) }

package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// Styles holds every style the reader draws with. It is built once by
// newStyles and rebuilt when the terminal reports its background colour.
//
// Meaning never rests on colour alone: under NO_COLOR (or with colour off)
// the shared words stay underlined, the conflicting words bold and reversed,
// search matches bold and underlined, the diverge badge reversed, and every
// badge carries its verdict in words.
type Styles struct {
	dark  bool // built for a dark background
	color bool // colours in use (false under NO_COLOR)

	AppName     Style // "parallax" in the header
	Faint       Style // secondary text
	SourceName  Style // a document's name
	SourceTitle Style // a document's title
	Rule        Style // horizontal rules and the centre rule
	Heading     Style // group headings ("Warnings received")
	TopicBar    Style // the topic bar's entries
	TopicActive Style // the entry holding the selection
	Filter      Style // the "filtered to …" marker

	Marker Style // the gutter bar of the selected row

	BadgeAgree     Style
	BadgeDiverge   Style
	BadgeRelated   Style
	BadgeUnique    Style
	BadgeFurniture Style // title, credit, tag, dateline rows

	Shared   Style // words both sides share
	Conflict Style // the words where the sides part
	Match    Style // characters matched by a search

	Missing Style // "not covered by …" on the empty side
	Echo    Style // compact line for a passage shown above
	Label   Style // source label in the stacked and detail views
	Reason  Style // reasons under the selected row
	Section Style // section titles in the detail view

	Footer   Style // short help line
	Status   Style // one-off messages in the footer
	TooSmall Style // the "terminal too small" message

	Prompt Style // the search prompt
	Cursor Style // the search input's cursor cell

	Help help.Styles

	marks painter // the highlight inks by class, for wrapText
}

// newStyles builds the styles; with useColor false no colour is set at all,
// only emphasis (bold, faint, italic, underline, reverse).
func newStyles(isDark, useColor bool) Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		accent  = ld(lipgloss.Color("#5A4FCF"), lipgloss.Color("#A29BFE"))
		faint   = ld(lipgloss.Color("#6E7781"), lipgloss.Color("#8B949E"))
		rule    = ld(lipgloss.Color("#D0D7DE"), lipgloss.Color("#3D444D"))
		agree   = ld(lipgloss.Color("#1A7F37"), lipgloss.Color("#56D364"))
		diverge = ld(lipgloss.Color("#CF222E"), lipgloss.Color("#FF7B72"))
		related = ld(lipgloss.Color("#9A6700"), lipgloss.Color("#E3B341"))
		unique  = ld(lipgloss.Color("#0969DA"), lipgloss.Color("#79C0FF"))
		match   = ld(lipgloss.Color("#8250DF"), lipgloss.Color("#F0B72F"))
	)
	fg := func(st lipgloss.Style, c color.Color) lipgloss.Style {
		if !useColor {
			return st
		}
		return st.Foreground(c)
	}
	plain := lipgloss.NewStyle()

	s := Styles{dark: isDark, color: useColor}
	s.AppName = newStyle(fg(plain.Bold(true), accent))
	s.Faint = newStyle(fg(plain.Faint(!useColor), faint))
	s.SourceName = newStyle(fg(plain.Bold(true), accent))
	s.SourceTitle = newStyle(fg(plain.Italic(true), faint))
	s.Rule = newStyle(fg(plain.Faint(!useColor), rule))
	s.Heading = newStyle(fg(plain.Bold(true), accent))
	s.TopicBar = newStyle(fg(plain, faint))
	s.TopicActive = newStyle(fg(plain.Bold(true).Underline(true), accent))
	s.Filter = newStyle(fg(plain.Bold(true).Reverse(true), accent))
	s.Marker = newStyle(fg(plain.Bold(true), accent))

	s.BadgeAgree = newStyle(fg(plain.Bold(true), agree))
	s.BadgeDiverge = newStyle(fg(plain.Bold(true).Reverse(true), diverge))
	s.BadgeRelated = newStyle(fg(plain, related))
	s.BadgeUnique = newStyle(fg(plain.Italic(true), unique))
	s.BadgeFurniture = newStyle(fg(plain.Faint(!useColor), faint))

	s.Shared = newStyle(fg(plain.Underline(true), agree))
	s.Conflict = newStyle(fg(plain.Bold(true).Reverse(true), diverge))
	s.Match = newStyle(fg(plain.Bold(true).Underline(true), match))

	s.Missing = newStyle(fg(plain.Italic(true).Faint(!useColor), faint))
	s.Echo = newStyle(fg(plain.Italic(true).Faint(!useColor), faint))
	s.Label = newStyle(fg(plain.Bold(true), accent))
	s.Reason = newStyle(fg(plain.Italic(true), faint))
	s.Section = newStyle(fg(plain.Bold(true).Underline(true), accent))

	s.Footer = newStyle(fg(plain, faint))
	s.Status = newStyle(fg(plain.Bold(true), related))
	s.TooSmall = newStyle(fg(plain.Bold(true), diverge))

	// The help's own greys (239 and 241 of the 256-colour palette on a
	// dark background) are too dark to read on black: keys in the text
	// colour, bold, and descriptions in the faint grey every other
	// secondary text uses, which reads on both backgrounds.
	keyInk := ld(lipgloss.Color("#24292F"), lipgloss.Color("#E6EDF3"))
	s.Help = help.Styles{
		Ellipsis:       plain.Foreground(faint),
		ShortKey:       plain.Bold(true).Foreground(keyInk),
		ShortDesc:      plain.Foreground(faint),
		ShortSeparator: plain.Foreground(rule),
		FullKey:        plain.Bold(true).Foreground(keyInk),
		FullDesc:       plain.Foreground(faint),
		FullSeparator:  plain.Foreground(rule),
	}
	if !useColor {
		s.Help = help.Styles{
			Ellipsis:       plain,
			ShortKey:       plain.Bold(true),
			ShortDesc:      plain,
			ShortSeparator: plain,
			FullKey:        plain.Bold(true),
			FullDesc:       plain,
			FullSeparator:  plain,
		}
	}

	s.Prompt = newStyle(fg(plain.Bold(true), accent))
	s.Cursor = newStyle(plain.Reverse(true))
	s.marks = newPainter(&s)
	return s
}

// badge returns the verdict badge text, padded to badgeWidth, and its style.
// The text always names the verdict so the badge reads without colour.
func (s *Styles) badge(v corpus.Verdict, furniture corpus.Kind) string {
	var text string
	var st Style
	switch v {
	case corpus.Agree:
		text, st = "= agree", s.BadgeAgree
	case corpus.Diverge:
		text, st = "≠ diverge", s.BadgeDiverge
	case corpus.Related:
		text, st = "~ related", s.BadgeRelated
	case corpus.Unique:
		text, st = "• unique", s.BadgeUnique
	default:
		text, st = string(furniture), s.BadgeFurniture
		if text == "" {
			text = string(v)
		}
		text = safeInline(text)
	}
	return st.Paint(text)
}

// verdictStyle returns the style used for counts of a verdict.
func (s *Styles) verdictStyle(v corpus.Verdict) Style {
	switch v {
	case corpus.Agree:
		return s.BadgeAgree
	case corpus.Diverge:
		return s.BadgeDiverge
	case corpus.Related:
		return s.BadgeRelated
	default:
		return s.BadgeUnique
	}
}

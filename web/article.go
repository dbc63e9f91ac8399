package web

import (
	"strings"
	"time"
)

// Kind says what an extracted block was in the page.
type Kind string

// The kinds of block an article is cut into.
const (
	KindHeading Kind = "heading" // h1–h6
	KindPara    Kind = "para"    // a paragraph, or loose text in a container
	KindQuote   Kind = "quote"   // text inside a blockquote
	KindItem    Kind = "item"    // a list item (li, dt, dd)
)

// Block is one passage of an article: a paragraph, heading, list item or
// quoted paragraph. Text is on one line (HTML white space collapsed to
// single spaces, trimmed) and never empty.
type Block struct {
	Kind  Kind   `json:"kind"`
	Level int    `json:"level,omitempty"` // 1–6 for headings
	Text  string `json:"text"`
}

// Article is what Extract finds in a page: metadata and the blocks of the
// main text, in page order. Metadata strings are on one line; any may be
// empty.
type Article struct {
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Site      string    `json:"site,omitempty"`
	Language  string    `json:"language,omitempty"`
	Published time.Time `json:"published,omitzero"`  // zero when the page gives no date
	Canonical string    `json:"canonical,omitempty"` // rel=canonical or og:url, made absolute
	Charset   string    `json:"charset,omitempty"`   // the encoding the page was decoded from
	Blocks    []Block   `json:"blocks"`
}

// Passages returns the text of every block, in order.
func (a *Article) Passages() []string {
	out := make([]string, len(a.Blocks))
	for i, b := range a.Blocks {
		out[i] = b.Text
	}
	return out
}

// Text renders the article as plain text for the engine: the title as a
// Markdown heading ("# Title"), then each block on its own line with a
// blank line after it, headings marked with their level ("## Subhead", so
// the segmenter takes them for titles, not body). Nothing else is added or
// removed: block i is on line 2i+1, after the title's two lines when Text
// writes one (see BlockAt).
func (a *Article) Text() string {
	var sb strings.Builder
	if a.titleLine() {
		sb.WriteString("# ")
		sb.WriteString(a.Title)
		sb.WriteString("\n\n")
	}
	for _, b := range a.Blocks {
		if b.Kind == KindHeading {
			sb.WriteString(strings.Repeat("#", min(max(b.Level, 1), 6)))
			sb.WriteByte(' ')
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BlockAt returns the index of the block on a 1-based line of Text(), or
// -1 for the title line, a blank line or a line past the end. A passage
// the engine cuts from Text() maps back to its block this way, by its
// Line.
func (a *Article) BlockAt(line int) int {
	if a.titleLine() {
		line -= 2
	}
	if line < 1 || line%2 == 0 || (line-1)/2 >= len(a.Blocks) {
		return -1
	}
	return (line - 1) / 2
}

// titleLine reports whether Text opens with a line for the title.
func (a *Article) titleLine() bool { return a.Title != "" && !a.titleIsFirstBlock() }

// titleIsFirstBlock reports an article whose first block is a heading
// repeating the title, which Text does not then write twice.
func (a *Article) titleIsFirstBlock() bool {
	return len(a.Blocks) > 0 && a.Blocks[0].Kind == KindHeading && a.Blocks[0].Text == a.Title
}

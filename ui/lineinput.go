package ui

import (
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// lineInput is one line of text being typed, with a cursor, edited by the
// keys of a shell's line editor (readline's emacs bindings): left / right,
// home / end (ctrl+a / ctrl+e), backspace, delete, ctrl+w, ctrl+u.
type lineInput struct {
	text   []rune
	cursor int // in runes
	limit  int // most runes it holds; 0 for maxQueryRunes
}

// maxQueryRunes is the most runes a lineInput holds unless its limit
// says otherwise: longer pastes are cut.
const maxQueryRunes = 10000

// Set replaces the text and puts the cursor at its end.
func (l *lineInput) Set(s string) {
	l.text, l.cursor = nil, 0
	l.Insert(s)
}

// String returns the text.
func (l *lineInput) String() string { return string(l.text) }

// Key applies one editing key and reports whether it was one.
func (l *lineInput) Key(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "backspace", "ctrl+h":
		if l.cursor > 0 {
			l.text = append(l.text[:l.cursor-1:l.cursor-1], l.text[l.cursor:]...)
			l.cursor--
		}
	case "delete", "ctrl+d":
		if l.cursor < len(l.text) {
			l.text = append(l.text[:l.cursor:l.cursor], l.text[l.cursor+1:]...)
		}
	case "ctrl+w", "alt+backspace":
		i := l.cursor
		for i > 0 && unicode.IsSpace(l.text[i-1]) {
			i--
		}
		for i > 0 && !unicode.IsSpace(l.text[i-1]) && l.text[i-1] != '/' {
			i--
		}
		if i == l.cursor && i > 0 { // a lone separator goes on its own
			i--
		}
		l.text = append(l.text[:i:i], l.text[l.cursor:]...)
		l.cursor = i
	case "ctrl+u":
		l.text = append([]rune(nil), l.text[l.cursor:]...)
		l.cursor = 0
	case "left", "ctrl+b":
		l.cursor = max(0, l.cursor-1)
	case "right", "ctrl+f":
		l.cursor = min(len(l.text), l.cursor+1)
	case "home", "ctrl+a":
		l.cursor = 0
	case "end", "ctrl+e":
		l.cursor = len(l.text)
	default:
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			l.Insert(msg.Text)
			return true
		}
		return false
	}
	return true
}

// Insert types text at the cursor. Line breaks and tabs become spaces and
// other controls are dropped, so a pasted paragraph stays one line.
func (l *lineInput) Insert(text string) {
	add := typedRunes(text)
	limit := l.limit
	if limit <= 0 {
		limit = maxQueryRunes
	}
	if room := limit - len(l.text); len(add) > room {
		add = add[:max(0, room)]
	}
	if len(add) == 0 {
		return
	}
	t := make([]rune, 0, len(l.text)+len(add))
	t = append(t, l.text[:l.cursor]...)
	t = append(t, add...)
	t = append(t, l.text[l.cursor:]...)
	l.text, l.cursor = t, l.cursor+len(add)
}

// typedRunes is text as typed or pasted into a one-line input: line
// breaks and tabs become spaces, and controls, invalid bytes and bidi
// overrides (isUnsafeRune) are dropped. The search, claim and path inputs
// all take text through it.
func typedRunes(text string) []rune {
	var out []rune
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			r = ' '
		case r == utf8.RuneError, isUnsafeRune(r), unicode.IsControl(r):
			continue
		}
		out = append(out, r)
	}
	return out
}

// View draws the text with a cursor cell at the cursor in at most w
// cells, showing the part around the cursor.
func (l *lineInput) View(w int, st *Styles) string {
	before := safeInline(string(l.text[:l.cursor]))
	at, after := " ", ""
	if l.cursor < len(l.text) {
		at = safeInline(string(l.text[l.cursor]))
		after = safeInline(string(l.text[l.cursor+1:]))
	}
	aw := stringWidth(at)
	bw := max(0, w-aw)
	if stringWidth(before) > bw {
		before = truncateLeft(before, bw)
	}
	rest := max(0, w-stringWidth(before)-aw)
	return before + st.Cursor.Paint(at) + truncate(after, rest)
}

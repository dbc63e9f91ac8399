// Package text is the engine's first stage: it decodes and sanitises
// untrusted bytes (clean.go), cuts the text into passages (segment.go),
// tells body text from the furniture around it (kinds.go) and finds the
// sentences of a passage (sentences.go).
package text

//go:generate go run ../../tools/genwords

// Cleaning: where untrusted bytes become text parallax may show.
//
// Every article, file name and search query comes from someone else, and a
// terminal obeys the control bytes it is sent: a title change, a clipboard
// write (OSC 52), a screen clear, a bare carriage return that overwrites what
// is on the line, bidi overrides that make text read in another order. So
// text is sanitised once, where it enters, and everything downstream may
// assume it holds only printable graphemes and '\n'.
//
// Clean (for article bytes) runs these steps in order:
//
//  1. Decode. A UTF-8 BOM is dropped; a UTF-16 BOM (LE or BE) makes the rest
//     decode as UTF-16, unpaired surrogates becoming U+FFFD. Anything else is
//     taken as UTF-8, and each invalid byte becomes U+FFFD.
//  2. Fold line ends. CRLF and a lone CR become LF. Each of them counts as one
//     line break, so line n of the result is line n of the file as an editor
//     shows it.
//  3. Sanitise, expanding tabs to stops every TabWidth (4) columns. Columns
//     count runes, not display cells, so a tab after wide CJK text stops
//     early; tabs mostly indent, and indentation is trimmed anyway.
//
// Sanitize (for any string, and step 3 above) applies one rule per class:
//
//   - Escape sequences are removed whole: CSI (ESC [ … final byte), the
//     string sequences OSC, DCS, SOS, PM and APC (ESC ] P X ^ _ … ended by
//     BEL or ST), the short ESC forms (ESC 7, ESC c, ESC ( B, ESC # 8), and
//     the 8-bit C1 introducers U+009B, U+009D, U+0090, U+0098, U+009E,
//     U+009F. A sequence is removed only if it is complete and short (a CSI
//     within 256 bytes; a string within 64 KiB, before any newline, other C0
//     control or C1 control). Otherwise it is not a sequence at all: its
//     introducer is shown visibly and what follows stays text, so an
//     unterminated sequence can never swallow the text after it.
//   - ASCII controls are shown in caret notation, as less and cat -v do: NUL
//     is ^@, BEL ^G, a lone ESC ^[, a bare CR ^M, DEL ^?. Nothing is dropped,
//     so text after a NUL survives.
//   - Everything else made visible is written <U+XXXX>: C1 controls
//     (U+0080–U+009F), the bidi embeddings, overrides and isolates
//     (U+202A–U+202E, U+2066–U+2069), the deprecated format controls
//     U+206A–U+206F, the interlinear annotation controls U+FFF9–U+FFFB, the
//     language tag U+E0001, the tag characters U+E0020–U+E007F outside an
//     emoji tag sequence (a black flag followed by tags: a subdivision
//     flag), and the line and paragraph separators U+2028 and U+2029 (a
//     terminal does not agree with us on what they do).
//   - Invalid UTF-8 becomes U+FFFD.
//   - A tab becomes one space (Clean expands it instead; SanitizeLine also
//     turns '\n' into a space).
//   - Combining marks (Mn, Me; variation selectors are Mn) are kept, but at
//     most MaxMarks (8) in a row on one base: the rest of a "Zalgo" stack is
//     dropped. Zero-width joiners, the other zero-width format characters,
//     emoji modifiers and regional indicators are kept as they are.
//
// The result is valid UTF-8, holds no control rune but '\n', keeps every
// printable rune of the input in order (but for removed sequences and capped
// marks), and Sanitize is idempotent: the notations it writes are printable
// ASCII, so a second pass finds nothing to change.
//
// What it gets wrong: caret notation is ambiguous with a literal "^G" in the
// text; bidi marks (LRM, RLM, ALM) are kept, since Arabic and Hebrew text
// uses them, and can still nudge the order of neutral characters next to
// them; the mark cap can trim the rare legitimate stack of more than eight
// (some Tibetan, or Hebrew with cantillation); raw 8-bit bytes 0x80–0x9F in
// a file are invalid UTF-8 and show as U+FFFD, not as the C1 control a
// Latin-1 terminal would see.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// TabWidth is the distance between tab stops when Clean expands tabs.
const TabWidth = 4

// MaxMarks is the most combining marks Sanitize keeps in a row on one base.
const MaxMarks = 8

const (
	maxCSILen    = 256      // longest CSI body Sanitize removes as a sequence
	maxStringLen = 64 << 10 // longest OSC/DCS/SOS/PM/APC payload it removes
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	BomUTF16LE = []byte{0xFF, 0xFE}
	BomUTF16BE = []byte{0xFE, 0xFF}
)

// Clean decodes the raw bytes of an article and makes the text safe and
// regular: UTF-8 or UTF-16 (by BOM) decoded, BOM dropped, CRLF and CR folded
// to LF, tabs expanded, and the result sanitised as Sanitize does. Line n of
// the result is line n of the source file.
func Clean(data []byte) string {
	return sanitize(foldNewlines(Decode(data)), modeClean)
}

// Sanitize makes an untrusted string safe to print on a terminal while
// keeping all its printable text: escape sequences are removed, other
// controls and bidi overrides are shown visibly ("^G", "<U+202E>"), invalid
// UTF-8 becomes U+FFFD, a tab becomes a space, and stacks of combining marks
// are capped at MaxMarks. Newlines are kept. See the comment at the top of
// this file for the exact rules.
func Sanitize(s string) string { return sanitize(s, modeText) }

// SanitizeLine is Sanitize for one-line strings such as search queries and
// messages: a newline becomes a space as well.
func SanitizeLine(s string) string { return sanitize(s, modeLine) }

// SanitizeName is SanitizeLine for names (of files, of sources): an escape
// sequence is not removed but shown, its ESC in caret form, so that two
// names that differ only by an escape sequence ("a.txt" and
// "a\x1b[0m.txt") stay different on screen.
func SanitizeName(s string) string { return sanitize(s, modeName) }

// Decode turns file bytes into a string: a UTF-8 BOM is dropped and a UTF-16
// BOM selects UTF-16. Invalid UTF-8 is left for sanitize to replace.
func Decode(data []byte) string {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return string(data[len(bomUTF8):])
	case bytes.HasPrefix(data, BomUTF16LE):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, BomUTF16BE):
		return decodeUTF16(data[2:], true)
	}
	return string(data)
}

// decodeUTF16 decodes UTF-16 without BOM; an unpaired surrogate or an odd
// final byte becomes U+FFFD.
func decodeUTF16(data []byte, bigEndian bool) string {
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	i := 0
	for ; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if r < 0xDC00 && i+3 < len(data) {
				if pair := utf16.DecodeRune(r, unit(i+2)); pair != utf8.RuneError {
					b.WriteRune(pair)
					i += 2
					continue
				}
			}
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	if i < len(data) {
		b.WriteRune(utf8.RuneError)
	}
	return b.String()
}

// foldNewlines turns CRLF and lone CR into LF.
func foldNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// sanitizeMode says what sanitize does with newlines and tabs.
type sanitizeMode uint8

const (
	modeText  sanitizeMode = iota // keep '\n'; a tab becomes one space
	modeLine                      // '\n' and a tab each become one space
	modeClean                     // keep '\n'; expand tabs to TabWidth stops
	modeName                      // modeLine, but escape sequences are shown, not removed
)

// sanitize implements Sanitize, SanitizeLine and the last step of Clean.
func sanitize(s string, mode sanitizeMode) string {
	if plainASCII(s, mode) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16 + 8)
	col := 0   // runes written since the last newline, for tab stops
	marks := 0 // combining marks written in a row on the current base
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c < 0x7F:
				b.WriteByte(c)
				col++
			case c == '\n' && mode != modeLine && mode != modeName:
				b.WriteByte('\n')
				col = 0
			case c == '\n' || c == '\t':
				n := 1
				if c == '\t' && mode == modeClean {
					n = TabWidth - col%TabWidth
				}
				b.WriteString("        "[:n])
				col += n
			case c == 0x1B:
				if n := escapeLen(s, i); n > 0 && mode != modeName {
					i += n
					continue // a removed sequence writes nothing, so the mark count goes on
				}
				b.WriteString("^[")
				col += 2
			default: // other C0 controls and DEL: ^@ … ^_, ^?
				b.WriteByte('^')
				b.WriteByte(c ^ 0x40)
				col += 2
			}
			marks = 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			col++
			marks = 0
		case r < 0xA0: // C1 control
			if n := escapeLen(s, i); n > 0 && mode != modeName {
				i += n
				continue
			}
			col += writeCodePoint(&b, r)
			marks = 0
		case dangerousFormat(r):
			col += writeCodePoint(&b, r)
			marks = 0
		case isMark(r):
			if marks < MaxMarks {
				b.WriteString(s[i : i+size])
				marks++
			}
		case r >= 0xE0020 && r <= 0xE007F && !inTagSequence(s, i):
			// A tag character outside an emoji tag sequence (a subdivision
			// flag) is invisible text riding along: show it.
			col += writeCodePoint(&b, r)
			marks = 0
		case unicode.Is(unicode.Cf, r): // zero-width joiners and the like: part of a cluster
			b.WriteString(s[i : i+size])
		default:
			b.WriteString(s[i : i+size])
			col++
			marks = 0
		}
		i += size
	}
	return b.String()
}

// inTagSequence reports whether the tag character at s[i] belongs to an
// emoji tag sequence: a black flag U+1F3F4 followed by tag characters only.
func inTagSequence(s string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == 0x1F3F4:
			return true
		case r >= 0xE0020 && r <= 0xE007F:
			i -= size
		default:
			return false
		}
	}
	return false
}

// plainASCII reports whether s is printable ASCII (and newlines, where the
// mode keeps them), which sanitize returns unchanged.
func plainASCII(s string, mode sanitizeMode) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 || c >= 0x7F) && (c != '\n' || mode == modeLine || mode == modeName) {
			return false
		}
	}
	return true
}

// escapeLen returns the byte length of the complete escape sequence that
// starts at s[i] (ESC, or a two-byte UTF-8 C1 control), or 0 when there is
// none: an unknown, unterminated, over-long or interrupted sequence is no
// sequence, and its introducer is shown instead.
func escapeLen(s string, i int) int {
	var str bool // a string sequence (OSC, DCS, SOS, PM, APC) rather than a CSI
	if s[i] == 0x1B {
		if i+1 >= len(s) {
			return 0
		}
		switch c := s[i+1]; {
		case c == '[':
		case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
			str = true
		case c >= 0x20 && c <= 0x2F: // nF: intermediates, then a final byte
			j := i + 1
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F && j-i < maxCSILen {
				j++
			}
			if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7E {
				return j + 1 - i
			}
			return 0
		case c >= 0x30 && c <= 0x7E: // ESC 7, ESC c, ESC M, …
			return 2
		default:
			return 0
		}
	} else {
		switch s[i+1] { // s[i] is 0xC2: a C1 control U+0080–U+009F
		case 0x9B:
		case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
			str = true
		default:
			return 0
		}
	}
	var end int
	if str {
		end = stringEnd(s, i+2)
	} else {
		end = csiEnd(s, i+2)
	}
	if end < 0 {
		return 0
	}
	return end - i
}

// csiEnd returns the index after the final byte of a CSI body starting at
// s[j], or -1 if the body is malformed or too long.
func csiEnd(s string, j int) int {
	for k := j; k < len(s) && k-j < maxCSILen; k++ {
		switch c := s[k]; {
		case c >= 0x20 && c <= 0x3F: // parameter and intermediate bytes
		case c >= 0x40 && c <= 0x7E:
			return k + 1
		default:
			return -1
		}
	}
	return -1
}

// stringEnd returns the index after the terminator (BEL, ESC \ or U+009C)
// of a string sequence whose payload starts at s[j], or -1 when a newline,
// another control or the length limit comes first. It stops at the first
// ESC or C1, so the scans of successive sequences never overlap and
// sanitising stays linear.
func stringEnd(s string, j int) int {
	for k := j; k < len(s) && k-j < maxStringLen; k++ {
		c := s[k]
		switch {
		case c == 0x07:
			return k + 1
		case c == 0x1B:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2
			}
			return -1
		case c < 0x20:
			return -1
		case c == 0xC2 && k+1 < len(s) && s[k+1] >= 0x80 && s[k+1] <= 0x9F:
			if s[k+1] == 0x9C {
				return k + 2
			}
			return -1
		}
	}
	return -1
}

// dangerousFormat reports the invisible format characters that reorder or
// hide text, shown as <U+XXXX> rather than kept live.
func dangerousFormat(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, // LRE RLE PDF LRO RLO
		r >= 0x2066 && r <= 0x206F, // LRI RLI FSI PDI, deprecated format controls
		r >= 0xFFF9 && r <= 0xFFFB, // interlinear annotation
		r == 0x2028, r == 0x2029,   // line and paragraph separator
		r == 0xE0001: // language tag
		return true
	}
	return false
}

// isMark reports a combining mark that stacks on its base (Mn or Me).
func isMark(r rune) bool {
	return r >= 0x300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r))
}

// writeCodePoint writes r as <U+XXXX> and returns how many columns that took.
func writeCodePoint(b *strings.Builder, r rune) int {
	const hex = "0123456789ABCDEF"
	var buf [12]byte
	n := len(buf)
	buf[n-1] = '>'
	n--
	for digits := 0; digits < 4 || r > 0; digits++ {
		n--
		buf[n] = hex[r&0xF]
		r >>= 4
	}
	n -= 3
	copy(buf[n:], "<U+")
	b.Write(buf[n:])
	return len(buf) - n
}

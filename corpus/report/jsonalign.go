package report

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
)

// This file writes one alignment of the JSON report straight to indented
// bytes, without encoding/json: the alignments are most of a report of
// many documents (93,000 of them at twenty sources), and reflecting over
// each one, encoding it compact and indenting that again was most of the
// cost of writing it. The bytes are those the streamer writes through
// encoding/json and the indenter, field for field (names, order,
// omitempty, string escapes, float format); TestAlignmentJSON holds the
// two to each other.

// appendAlignment appends al as the streamer writes it when the indenter
// is at depth d (the line it opens on is already indented). It reports
// false, appending nothing, for what encoding/json would refuse (a score
// that is not a number), which the streamer then encodes to return its
// error.
func appendAlignment(b []byte, al *jsonAlignment, d int) ([]byte, bool) {
	if math.IsNaN(al.Score) || math.IsInf(al.Score, 0) {
		return b, false
	}
	w := jsonWriter{b: b, d: d}
	w.open('{')
	w.key("a", false)
	w.b = appendJSONString(w.b, al.A)
	w.key("b", true)
	w.b = appendJSONString(w.b, al.B)
	w.key("topic", true)
	w.b = appendJSONString(w.b, al.Topic)
	w.key("score", true)
	w.b = appendJSONFloat(w.b, al.Score)
	w.key("verdict", true)
	w.b = appendJSONString(w.b, string(al.Verdict))
	w.key("reasons", true)
	switch {
	case al.Reasons == nil:
		w.b = append(w.b, "null"...)
	case len(al.Reasons) == 0:
		w.b = append(w.b, "[]"...)
	default:
		w.open('[')
		for i := range al.Reasons {
			if i > 0 {
				w.comma()
			}
			w.reason(&al.Reasons[i])
		}
		w.close(']')
	}
	w.key("best", true)
	w.b = strconv.AppendBool(w.b, al.Best)
	w.key("evidence", true)
	w.evidence(al.Evidence)
	w.close('}')
	return w.b, true
}

// jsonWriter appends indented JSON: b so far, d the depth of its line.
type jsonWriter struct {
	b []byte
	d int
}

// newline ends the line and indents the next one.
func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for range w.d {
		w.b = append(w.b, ' ', ' ')
	}
}

// open writes an opening bracket of a container that is not empty.
func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.d++
	w.newline()
}

// close writes a closing bracket.
func (w *jsonWriter) close(c byte) {
	w.d--
	w.newline()
	w.b = append(w.b, c)
}

func (w *jsonWriter) comma() {
	w.b = append(w.b, ',')
	w.newline()
}

// key writes a field's name (a plain one, which needs no escaping) and
// the colon, after a comma unless it is the first.
func (w *jsonWriter) key(name string, comma bool) {
	if comma {
		w.comma()
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':', ' ')
}

// reason writes a model.Reason as its JSON tags say.
func (w *jsonWriter) reason(r *model.Reason) {
	w.open('{')
	w.key("kind", false)
	w.b = appendJSONString(w.b, string(r.Kind))
	w.key("text", true)
	w.b = appendJSONString(w.b, r.Text)
	if r.A != "" {
		w.key("a", true)
		w.b = appendJSONString(w.b, r.A)
	}
	if r.B != "" {
		w.key("b", true)
		w.b = appendJSONString(w.b, r.B)
	}
	if r.Side != model.SideNone { // omitempty; then its MarshalText
		w.key("side", true)
		w.b = appendJSONString(w.b, r.Side.String())
	}
	w.close('}')
}

// evidence writes a model.Evidence: its lists omitted when empty.
func (w *jsonWriter) evidence(e *model.Evidence) {
	lists := [3]struct {
		name string
		v    []string
	}{{"terms", e.Terms}, {"entities", e.Entities}, {"numbers", e.Numbers}}
	first := true
	for _, l := range lists {
		if len(l.v) == 0 {
			continue
		}
		if first {
			w.open('{')
		}
		w.key(l.name, !first)
		first = false
		w.open('[')
		for i, s := range l.v {
			if i > 0 {
				w.comma()
			}
			w.b = appendJSONString(w.b, s)
		}
		w.close(']')
	}
	if first {
		w.b = append(w.b, "{}"...)
		return
	}
	w.close('}')
}

// appendJSONFloat appends a float64 as encoding/json writes it (like %g,
// with its own exponent cutoffs); f is a number.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9, as encoding/json does
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// lo8 and hi8 hold 0x01 and 0x80 in each byte (appendJSONString's
// eight-byte test).
const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// appendJSONString appends s quoted as encoding/json writes it with HTML
// escaping off: quote, backslash and control bytes escaped (\b \f \n \r
// \t by name, others as \u00XX), invalid UTF-8 as \ufffd, U+2028 and
// U+2029 as \u2028 and \u2029, everything else as it is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look (plain
		// printable ASCII, most of a report's text): a byte under
		// 0x20, a quote, a backslash or a byte of a multi-byte rune
		// turns a top bit on (the exact tests of Hacker's Delight's
		// "has a byte less than n / equal to n").
		for i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			q, bs := x^(lo8*'"'), x^(lo8*'\\')
			ctl := (x - lo8*' ') &^ x
			if (ctl|(q-lo8)&^q|(bs-lo8)&^bs|x)&hi8 != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

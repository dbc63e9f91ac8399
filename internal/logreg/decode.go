package logreg

import (
	"strconv"
)

// decode reads a model's JSON as Load expects it (an object of the six
// fields, names exact, strings without escapes, plain JSON numbers) into
// m, without reflection: encoding/json took a tenth of a millisecond to
// read the judge's model, a hundredth of a start of parallax. It returns
// false on anything else (an escape, another key, null, a syntax error),
// and Load then reads the data with encoding/json instead, which gives
// the same model or its error. Numbers go through strconv.ParseFloat, as
// in encoding/json, so the values are the same bits.
func decode(data []byte, m *Model) bool {
	d := decoder{b: data}
	if !d.byte('{') {
		return false
	}
	if d.peek('}') {
		d.i++
		return d.end()
	}
	for {
		key, ok := d.str()
		if !ok || !d.byte(':') {
			return false
		}
		switch key {
		case "classes":
			m.Classes, ok = d.strs()
		case "features":
			m.Features, ok = d.strs()
		case "mean":
			m.Mean, ok = d.nums()
		case "scale":
			m.Scale, ok = d.nums()
		case "bias":
			m.Bias, ok = d.nums()
		case "weights":
			m.Weights, ok = d.rows()
		default:
			return false
		}
		if !ok {
			return false
		}
		if d.byte(',') {
			continue
		}
		return d.byte('}') && d.end()
	}
}

// decoder reads JSON from b at i.
type decoder struct {
	b []byte
	i int
}

// space skips white space.
func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek reports whether the next byte after white space is c.
func (d *decoder) peek(c byte) bool {
	d.space()
	return d.i < len(d.b) && d.b[d.i] == c
}

// byte reads c, after white space.
func (d *decoder) byte(c byte) bool {
	if !d.peek(c) {
		return false
	}
	d.i++
	return true
}

// end reports whether only white space is left.
func (d *decoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// str reads a string without escapes or control bytes.
func (d *decoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.b) {
		switch c := d.b[d.i]; {
		case c == '"':
			s := string(d.b[start:d.i])
			d.i++
			return s, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return "", false // encoding/json decides escapes and UTF-8
		}
		d.i++
	}
	return "", false
}

// num reads a JSON number.
func (d *decoder) num() (float64, bool) {
	d.space()
	start := d.i
	d.i += d.digits(d.i, true)
	if d.i == start {
		return 0, false
	}
	if d.i < len(d.b) && d.b[d.i] == '.' {
		n := d.digits(d.i+1, false)
		if n == 0 {
			return 0, false
		}
		d.i += 1 + n
	}
	if d.i < len(d.b) && (d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		j := d.i + 1
		if j < len(d.b) && (d.b[j] == '+' || d.b[j] == '-') {
			j++
		}
		n := d.digits(j, false)
		if n == 0 {
			return 0, false
		}
		d.i = j + n
	}
	f, err := strconv.ParseFloat(string(d.b[start:d.i]), 64)
	return f, err == nil
}

// digits returns the length of the run of digits at j (with lead, a
// JSON integer part: an optional minus, then 0 or a digit run not
// starting with 0), or 0 when there is none.
func (d *decoder) digits(j int, lead bool) int {
	start := j
	if lead {
		if j < len(d.b) && d.b[j] == '-' {
			j++
		}
		if j < len(d.b) && d.b[j] == '0' {
			return j + 1 - start
		}
		if j >= len(d.b) || d.b[j] < '1' || d.b[j] > '9' {
			return 0
		}
	}
	for j < len(d.b) && d.b[j] >= '0' && d.b[j] <= '9' {
		j++
	}
	return j - start
}

// list reads a JSON array, calling item for each element.
func (d *decoder) list(item func() bool) bool {
	if !d.byte('[') {
		return false
	}
	if d.byte(']') {
		return true
	}
	for {
		if !item() {
			return false
		}
		if d.byte(',') {
			continue
		}
		return d.byte(']')
	}
}

// strs reads an array of strings.
func (d *decoder) strs() ([]string, bool) {
	out := []string{}
	ok := d.list(func() bool {
		s, ok := d.str()
		out = append(out, s)
		return ok
	})
	return out, ok
}

// nums reads an array of numbers.
func (d *decoder) nums() ([]float64, bool) {
	out := []float64{}
	ok := d.list(func() bool {
		f, ok := d.num()
		out = append(out, f)
		return ok
	})
	return out, ok
}

// rows reads an array of arrays of numbers.
func (d *decoder) rows() ([][]float64, bool) {
	out := [][]float64{}
	ok := d.list(func() bool {
		r, ok := d.nums()
		out = append(out, r)
		return ok
	})
	return out, ok
}

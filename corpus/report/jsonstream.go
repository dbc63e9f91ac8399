package report

import (
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// This file writes the JSON report to its writer as it is produced, never
// holding it whole: at two 16 MiB articles the report is hundreds of
// megabytes, and holding it compact and again indented (as json.Encoder
// and json.Indent would) doubled the run's peak memory.
//
// The output is byte for byte what
//
//	enc := json.NewEncoder(&buf); enc.SetEscapeHTML(false); enc.Encode(v)
//	json.Indent(w, buf.Bytes(), "", "  ")
//
// writes. A streamer walks the value with reflect: structs, slices and
// pointers that encoding/json would write field by field and element by
// element it walks itself, naming and omitting fields as encoding/json
// does (fieldsOf); plain strings, numbers and bools it writes by hand
// (appendLeaf, with the string and float formats appendAlignment's tests
// hold to encoding/json); anything else (a map, a custom marshaller, a
// float32) it encodes with encoding/json, so that every part is written
// exactly as in a whole encoding. The compact bytes pass through an
// indenter that keeps its state between writes, so a large report is held
// one passage or one alignment at a time. A struct it cannot walk exactly
// as encoding/json would (an embedded field, a ",string" or "omitzero"
// tag) is encoded whole. Walking every report, not only the large ones,
// spares a start the reflection encoding/json does over the report's
// types before it writes a byte: a twentieth of a start on the sample.
//
// A long slice (parallelSlice elements or more: the alignments, a long
// article's passages) has its elements encoded and indented on every
// processor, a batch at a time, and written in order: an element's
// indented bytes depend only on the depth it is written at, so they are
// those the one indenter would write. At twenty sources the report is
// 75 MB and writing it took a tenth of the run on one core.

// streamSlice is the length from which a slice makes a report large
// (big).
const streamSlice = 64

// parallelSlice is the length from which a slice's elements are encoded
// in parallel, parallelBatch to a batch.
const (
	parallelSlice = 256
	parallelBatch = 32
)

// writeJSONStream writes v as indented JSON to w, followed by a newline.
func writeJSONStream(w io.Writer, v any) error {
	return writeJSONHook(w, v, nil)
}

// writeJSONHook is writeJSONStream calling before(i), when it is not nil,
// before it reads field i of v, a pointer to a struct that it walks: the
// field may be filled then.
func writeJSONHook(w io.Writer, v any, before func(i int)) error {
	s := newStreamer(indenter{w: w, out: make([]byte, 0, flushAt+4096)})
	if before != nil {
		s.top, s.before = reflect.TypeOf(v).Elem(), before
	}
	s.value(reflect.ValueOf(v))
	s.ind.write([]byte{'\n'})
	s.ind.flush()
	if s.err != nil {
		return s.err
	}
	return s.ind.err
}

// streamer walks a value and feeds its compact JSON to the indenter.
type streamer struct {
	ind     indenter
	leaf    bytes.Buffer
	scratch []byte // a leaf written by hand (appendLeaf)
	enc     *json.Encoder
	err     error // an encoding error (the indenter keeps write errors)
	serial  bool  // encode every slice here (a batch's streamer)
	// before, if not nil, is called with the index of each field of the
	// struct of type top (see writeJSONHook) before it is read.
	top    reflect.Type
	before func(i int)
}

// newStreamer returns a streamer writing to ind.
func newStreamer(ind indenter) *streamer {
	s := &streamer{ind: ind}
	s.enc = json.NewEncoder(&s.leaf)
	s.enc.SetEscapeHTML(false)
	return s
}

// value writes v.
func (s *streamer) value(v reflect.Value) {
	if s.err != nil || s.ind.err != nil {
		return
	}
	if v.IsValid() && v.Type() == alignmentType && s.alignment(v) {
		return
	}
	switch {
	case v.Kind() == reflect.Pointer && !v.IsNil() && walkable(v.Type()):
		s.value(v.Elem())
	case v.Kind() == reflect.Struct && walkable(v.Type()):
		s.object(v)
	case v.Kind() == reflect.Slice && !v.IsNil() && walkable(v.Type()):
		s.ind.write([]byte{'['})
		if v.Len() >= parallelSlice && !s.serial && runtime.GOMAXPROCS(0) > 1 {
			s.elements(v)
		} else {
			for i := range v.Len() {
				if i > 0 {
					s.ind.write([]byte{','})
				}
				s.value(v.Index(i))
			}
		}
		s.ind.write([]byte{']'})
	default:
		s.encode(v)
	}
}

// object writes a struct field by field, as encoding/json orders and names
// them.
func (s *streamer) object(v reflect.Value) {
	s.ind.write([]byte{'{'})
	first := true
	for _, f := range fieldsOf(v.Type()) {
		if s.before != nil && v.Type() == s.top {
			s.before(f.index)
		}
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if !first {
			s.ind.write([]byte{','})
		}
		first = false
		s.ind.write(f.key)
		s.value(fv)
	}
	s.ind.write([]byte{'}'})
}

// part is a batch of a slice's elements, indented, or the error that
// ended it.
type part struct {
	out []byte
	err error
}

// elements writes the elements of slice v, after its opening bracket, as
// the serial loop of value would: batches of parallelBatch elements are
// encoded and indented by one streamer per processor, at most a few
// batches ahead of the one written, and written in order. The first error
// in order ends it (no batch after it is written).
func (s *streamer) elements(v reflect.Value) {
	s.ind.opened()
	depth := s.ind.depth
	n := v.Len()
	nb := (n + parallelBatch - 1) / parallelBatch
	workers := runtime.GOMAXPROCS(0)
	ahead := 4 * workers // batches encoded or being encoded, not yet written
	done := make([]chan part, nb)
	for b := range done {
		done[b] = make(chan part, 1)
	}
	jobs := make(chan int, ahead)
	free := make(chan []byte, ahead+workers) // batch buffers written, for reuse
	var wg sync.WaitGroup
	for range min(workers, nb) {
		wg.Go(func() {
			sub := newStreamer(indenter{})
			sub.serial = true
			for b := range jobs {
				var buf []byte
				select {
				case buf = <-free:
				default:
				}
				sub.ind = indenter{out: buf, depth: depth}
				for i := b * parallelBatch; i < min(n, (b+1)*parallelBatch) && sub.err == nil; i++ {
					if i > b*parallelBatch {
						sub.ind.write([]byte{','})
					}
					sub.value(v.Index(i))
				}
				done[b] <- part{sub.ind.out, sub.err}
			}
		})
	}
	sent := 0
	for ; sent < min(ahead, nb); sent++ {
		jobs <- sent
	}
	for b := range nb {
		p := <-done[b]
		if b > 0 {
			s.ind.write([]byte{','})
		}
		s.ind.out = append(s.ind.out, p.out...)
		select {
		case free <- p.out[:0]:
		default:
		}
		if len(s.ind.out) >= flushAt {
			s.ind.flush()
		}
		if p.err != nil {
			s.err = p.err
		}
		if s.err != nil || s.ind.err != nil {
			break
		}
		if sent < nb {
			jobs <- sent
			sent++
		}
	}
	close(jobs)
	wg.Wait()
}

var alignmentType = reflect.TypeFor[jsonAlignment]()

// alignment writes an alignment (appendAlignment), or reports false when
// it must be encoded to return encoding/json's error.
func (s *streamer) alignment(v reflect.Value) bool {
	var al *jsonAlignment
	if v.CanAddr() {
		al = v.Addr().Interface().(*jsonAlignment)
	} else {
		x := v.Interface().(jsonAlignment)
		al = &x
	}
	s.ind.opened() // as the alignment's first byte would
	out, ok := appendAlignment(s.ind.out, al, s.ind.depth)
	if !ok {
		return false
	}
	s.ind.out = out
	if len(s.ind.out) >= flushAt {
		s.ind.flush()
	}
	return true
}

// encode writes v as encoding/json does: a plain string, number or bool
// by hand (appendLeaf), anything else through encoding/json.
func (s *streamer) encode(v reflect.Value) {
	if v.IsValid() && plainLeaf(v.Type()) {
		if b, ok := appendLeaf(s.scratch[:0], v); ok {
			s.scratch = b
			s.ind.write(b)
			return
		}
	}
	s.leaf.Reset()
	var x any
	if v.IsValid() {
		x = v.Interface()
	}
	if err := s.enc.Encode(x); err != nil {
		s.err = err
		return
	}
	s.ind.write(bytes.TrimSuffix(s.leaf.Bytes(), []byte{'\n'}))
}

// leafCache holds plainLeaf's answers by type.
var leafCache sync.Map

// plainLeaf reports whether encoding/json writes a value of type t as a
// plain string, number or bool: its kind is one of those and it has no
// marshalling method of its own.
func plainLeaf(t reflect.Type) bool {
	if p, ok := leafCache.Load(t); ok {
		return p.(bool)
	}
	plain := false
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		plain = !t.Implements(marshalerType) && !t.Implements(textMarshalerType) &&
			!reflect.PointerTo(t).Implements(marshalerType) && !reflect.PointerTo(t).Implements(textMarshalerType)
	}
	leafCache.Store(t, plain)
	return plain
}

// appendLeaf appends v, of a plainLeaf type, as encoding/json writes it;
// false for a float that is not a number, which encoding/json refuses.
func appendLeaf(b []byte, v reflect.Value) ([]byte, bool) {
	switch v.Kind() {
	case reflect.String:
		return appendJSONString(b, v.String()), true
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool()), true
	case reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return b, false
		}
		return appendJSONFloat(b, f), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10), true
	default:
		return strconv.AppendUint(b, v.Uint(), 10), true
	}
}

// big reports whether v is a large report (WriteJSONLater then reads the
// extra sections while the first ones are written): a slice of
// streamSlice elements or more, or a container whose parts (down to depth
// more levels) hold one.
func big(v reflect.Value, depth int) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return !v.IsNil() && big(v.Elem(), depth)
	case reflect.Slice:
		if v.Len() >= streamSlice {
			return true
		}
		if depth == 0 {
			return false
		}
		for i := range v.Len() {
			if big(v.Index(i), depth-1) {
				return true
			}
		}
	case reflect.Struct:
		if depth == 0 || !walkable(v.Type()) {
			return false
		}
		for _, f := range fieldsOf(v.Type()) {
			if big(v.Field(f.index), depth-1) {
				return true
			}
		}
	}
	return false
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// walkable reports whether the streamer may write a value of type t part
// by part: encoding/json would not hand it to a method of its own, and,
// for a struct, every field is one the streamer names and omits exactly
// as encoding/json does.
func walkable(t reflect.Type) bool {
	if w, ok := walkCache.Load(t); ok {
		return w.(bool)
	}
	w := walkableType(t)
	walkCache.Store(t, w)
	return w
}

// walkCache holds walkable's answers by type: now that every report is
// walked, it is asked of every value.
var walkCache sync.Map

// walkableType is walkable, uncached.
func walkableType(t reflect.Type) bool {
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer:
		return walkable(t.Elem())
	case reflect.Slice:
		return t.Elem().Kind() != reflect.Uint8 // []byte is base64
	case reflect.Struct:
		return fieldsOf(t) != nil
	}
	return false
}

// field is one field of a struct as encoding/json writes it.
type field struct {
	index     int
	key       []byte // the quoted name and the colon
	omitEmpty bool
}

// fieldCache holds fieldsOf's results by type; the report's types are few.
var fieldCache sync.Map

// fieldsOf returns the fields encoding/json writes for struct type t, in
// order, or nil when the type has a field whose treatment the streamer
// does not copy (then it is encoded whole). A struct with no field to
// write also gives nil: it is written as {} whole.
func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	seen := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return cacheFields(t, nil)
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omit := false
		for o := range strings.SplitSeq(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				omit = true
			default: // string, omitzero, or what a later Go adds
				return cacheFields(t, nil)
			}
		}
		if name == "" {
			name = sf.Name
		} else if !plainName(name) {
			return cacheFields(t, nil)
		}
		if seen[name] { // encoding/json drops both; let it
			return cacheFields(t, nil)
		}
		seen[name] = true
		key, _ := json.Marshal(name) // plain names need no escaping
		fs = append(fs, field{index: i, key: append(key, ':'), omitEmpty: omit})
	}
	return cacheFields(t, fs)
}

func cacheFields(t reflect.Type, fs []field) []field {
	fieldCache.Store(t, fs)
	return fs
}

// plainName reports whether a tag's name is letters, digits and
// underscores (a name encoding/json takes as written).
func plainName(s string) bool {
	for _, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// flushAt is how many bytes of output the indenter holds before writing.
const flushAt = 64 << 10

// indenter indents compact JSON as json.Indent(dst, src, "", "  ") would,
// fed in pieces of any size: it keeps whether it is inside a string, after
// a backslash, or after an opening bracket (empty brackets stay "{}" and
// "[]"). Its input must be what encoding/json writes (valid, no space
// outside strings); the general indenter runs a scanner over every byte
// and cost a tenth of a start on the seeds.
type indenter struct {
	w     io.Writer // nil: out only grows (indentJSON)
	out   []byte
	err   error // the first write error; nothing is written after it
	depth int
	str   bool // inside a string
	esc   bool // inside a string, after a backslash
	open  byte // '{' or '[' just read and not yet written, or 0
}

// write indents src.
func (d *indenter) write(src []byte) {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if d.str {
			// Copy the string up to its closing quote or the end of src.
			j := d.stringEnd(src, i)
			d.out = append(d.out, src[i:j]...)
			i = j - 1
			continue
		}
		if d.open != 0 {
			o := d.open
			d.open = 0
			if c == '}' || c == ']' {
				d.out = append(d.out, o, c)
				continue
			}
			d.out = append(d.out, o)
			d.depth++
			d.newline()
		}
		switch c {
		case '"':
			d.out = append(d.out, c)
			d.str = true
		case '{', '[':
			d.open = c
		case '}', ']':
			d.depth--
			d.newline()
			d.out = append(d.out, c)
		case ',':
			d.out = append(d.out, c)
			d.newline()
		case ':':
			d.out = append(d.out, ':', ' ')
		default:
			d.out = append(d.out, c)
		}
	}
	if len(d.out) >= flushAt {
		d.flush()
	}
}

// stringEnd returns the end of the string that src[i:] continues: just
// past its closing quote, or len(src) when src ends first (then d.esc says
// whether it ended after a backslash). It leaves the string when it finds
// the quote. It finds quotes and backslashes with bytes.IndexByte rather
// than a byte at a time: passage texts are most of a report.
func (d *indenter) stringEnd(src []byte, i int) int {
	j := i
	for j < len(src) {
		if d.esc {
			d.esc = false
			j++ // the escaped byte
			continue
		}
		rest := src[j:]
		q := bytes.IndexByte(rest, '"')
		if q >= 0 {
			rest = rest[:q]
		}
		if b := bytes.IndexByte(rest, '\\'); b >= 0 {
			j += b + 1
			d.esc = true
			continue
		}
		if q < 0 {
			return len(src)
		}
		d.str = false
		return j + q + 1
	}
	return j
}

// opened writes an opening bracket read and not yet written, as the
// first byte after it would: what follows starts on a new line, one level
// deeper.
func (d *indenter) opened() {
	if d.open != 0 {
		d.out = append(d.out, d.open)
		d.open = 0
		d.depth++
		d.newline()
	}
}

func (d *indenter) newline() {
	d.out = append(d.out, '\n')
	for range d.depth {
		d.out = append(d.out, ' ', ' ')
	}
}

// flush writes what is held to w, if there is a w.
func (d *indenter) flush() {
	if d.w == nil {
		return
	}
	if d.err == nil && len(d.out) > 0 {
		_, d.err = d.w.Write(d.out)
	}
	d.out = d.out[:0]
}

// indentJSON appends to dst the compact JSON src as json.Indent(dst, src,
// "", "  ") would write it, byte for byte (see indenter).
func indentJSON(dst, src []byte) []byte {
	d := indenter{out: dst}
	d.write(src)
	if d.open != 0 { // src ended on an opening bracket: not valid JSON
		d.out = append(d.out, d.open)
	}
	return d.out
}

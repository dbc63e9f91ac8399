package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/internal/strtable"
)

// A word list file, words/<name>.txt beside the stage that uses it, holds
// one entry per line, written as ordinary words. Lines starting with "#"
// are comments; the leading ones become the Go doc comment of var <name>,
// except for directives:
//
//	# match: word    the entries are matched as written (a token's Norm)
//	# match: stem    the entries are matched by stem (a token's Stem): each
//	                 is stemmed here, as the tokenizer stems a word
//	# match: prefix  the entries are matched as the start of a word (a
//	                 token's Norm begins with one: "deni" for "denied",
//	                 "denies"); written as for word, the code tests the
//	                 prefixes
//	# stems: Name    also write var Name, the sorted stems of the entries
//	# trim: suffix   match each entry less the suffix it must end with
//	                 ("advertise" keys "advert")
//	# form: slice    write a []string in the file's order, not a set
//	# map: type      each entry is "word = value": write a map[string]type
//	                 from the word's key to the value; type is string (the
//	                 value as written), float64 (a number or a fraction,
//	                 "1/24") or uint8, or a Go type of the package whose
//	                 fields # columns names
//	# type: T        with form slice and columns: write a []T
//	# columns: …     the value's fields, as name:kind, in the order the
//	                 value gives them: kind float, string, rest (the rest
//	                 of the value, as one string) or words (the entry's own
//	                 words, []string); a name _ makes the field positional
//	                 (an array). Written as Go literals: nothing is parsed
//	                 at start.
//
// An entry that starts or ends with a space is written Go-quoted: "by ".
//
// In a stem list, an entry written "=word" is matched as written, not
// stemmed: a key some code sets itself (a class name such as "militant"),
// not a word of the text.
//
// A list fails to generate when an entry is listed twice, when two entries
// of a stem list share a stem, or when an entry can never match: a stem
// entry that is a stop word (stop words get no stem) or stems to nothing,
// or a prefix entry that another entry of the list begins with (the
// shorter already matches every word the longer does; so at most one
// entry of a prefix list matches a word, and the order of a map's
// entries cannot change which).

// list is one parsed word list.
type list struct {
	name  string
	doc   []string
	stem  bool
	pre   bool     // the entries are prefixes of the words they match
	stems string   // name of the extra var of stems, or ""
	trim  string   // a suffix every entry ends with, cut from its key
	isMap string   // entries are "word = value", of this value type
	slice bool     // write a []string in order
	typ   string   // with columns: the Go type of an element
	cols  []column // the fields of a value, for a table
	vals  []string
	words []string
}

// column is one field of a table's values.
type column struct{ name, kind string }

// parseList reads one word list file.
func parseList(path string) (*list, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	l := &list{name: strings.TrimSuffix(filepath.Base(path), ".txt")}
	header, match := true, ""
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#"):
			c := strings.TrimSpace(strings.TrimPrefix(line, "#"))
			if v, ok := strings.CutPrefix(c, "match:"); ok {
				match = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "stems:"); ok {
				l.stems = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "trim:"); ok {
				l.trim = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "form:"); ok {
				if strings.TrimSpace(v) != "slice" {
					return nil, fmt.Errorf("%s:%d: the only form is slice", path, n+1)
				}
				l.slice = true
			} else if v, ok := strings.CutPrefix(c, "map:"); ok {
				l.isMap = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "type:"); ok {
				l.typ = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "columns:"); ok {
				for _, f := range strings.Fields(v) {
					name, kind, _ := strings.Cut(f, ":")
					switch kind {
					case "float", "string", "rest", "words":
					default:
						return nil, fmt.Errorf("%s:%d: column %q: kind is float, string, rest or words", path, n+1, f)
					}
					l.cols = append(l.cols, column{name, kind})
				}
			} else if header {
				l.doc = append(l.doc, c)
			}
			continue
		}
		header = false
		if strings.HasPrefix(line, "\"") {
			u, err := strconv.Unquote(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %s: %v", path, n+1, line, err)
			}
			line = u
		}
		if l.isMap != "" || l.cols != nil {
			k, v, ok := strings.Cut(line, " = ")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %q: a map entry is \"word = value\"", path, n+1, line)
			}
			line = strings.TrimSpace(k)
			l.vals = append(l.vals, strings.TrimSpace(v))
		}
		if strings.ContainsAny(line, " \t") && match == "stem" {
			return nil, fmt.Errorf("%s:%d: %q: a stem list holds single words", path, n+1, line)
		}
		l.words = append(l.words, line)
	}
	switch {
	case l.cols != nil && l.isMap == "" && (!l.slice || l.typ == ""):
		return nil, fmt.Errorf("%s: columns need a map type, or form slice and a type", path)
	case l.cols == nil && l.isMap != "" && l.isMap != "string" && l.isMap != "float64" && l.isMap != "uint8":
		return nil, fmt.Errorf("%s: a map of %s needs columns", path, l.isMap)
	}
	switch match {
	case "word":
	case "stem":
		l.stem = true
	case "prefix":
		l.pre = true
	default:
		return nil, fmt.Errorf("%s: no \"# match: word\", \"# match: stem\" or \"# match: prefix\" line", path)
	}
	return l, nil
}

// keys returns the entries as the code matches them: as written, or
// stemmed. It fails on a duplicate, a collision or an entry that can never
// match.
func (l *list) keys() ([]string, error) {
	seen := map[string]string{}
	var out []string
	for _, w := range l.words {
		k := w
		if l.trim != "" {
			var ok bool
			if k, ok = strings.CutSuffix(w, l.trim); !ok || k == "" {
				return nil, fmt.Errorf("%s: %q does not end in %q", l.name, w, l.trim)
			}
		}
		if v, ok := strings.CutPrefix(w, "="); ok && l.stem {
			k = v
		} else if l.stem {
			if lexicon.StopWords.Has(w) {
				return nil, fmt.Errorf("%s: %q is a stop word: stop words get no stem, so it can never match", l.name, w)
			}
			k = lexicon.StemWord(w)
			if k == "" {
				return nil, fmt.Errorf("%s: %q stems to nothing", l.name, w)
			}
		}
		if prev, ok := seen[k]; ok {
			if prev == w {
				return nil, fmt.Errorf("%s: %q is listed twice", l.name, w)
			}
			return nil, fmt.Errorf("%s: %q and %q are one stem, %q", l.name, prev, w, k)
		}
		seen[k] = w
		out = append(out, k)
	}
	if l.pre {
		for _, a := range out {
			for _, b := range out {
				if a != b && strings.HasPrefix(b, a) {
					return nil, fmt.Errorf("%s: %q begins %q, so %q can never decide a match", l.name, a, b, b)
				}
			}
		}
	}
	return out, nil
}

// Generate returns the Go source of words_gen.go for the package in dir,
// from dir/words/*.txt, or nil when there are none.
func Generate(dir string) ([]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "words", "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, err
	}
	sort.Strings(paths)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	pkg := filepath.Base(abs)
	var b bytes.Buffer
	b.WriteString("// Code generated by tools/genwords from words/*.txt; DO NOT EDIT.\n\n")
	where := "./corpus/" + pkg
	if pkg == "corpus" { // the orchestrator, corpus itself
		where = "./corpus"
	}
	b.WriteString("// Edit the word lists, then run go generate " + where + ".\n\n")
	b.WriteString("package " + pkg + "\n\n")
	var out bytes.Buffer // the declarations, after the import they need
	sets := false
	for _, p := range paths {
		l, err := parseList(p)
		if err != nil {
			return nil, err
		}
		keys, err := l.keys()
		if err != nil {
			return nil, err
		}
		for _, d := range l.doc {
			out.WriteString("// " + d + "\n")
		}
		if l.cols != nil {
			body, err := tableRows(l, keys)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.name, err)
			}
			if l.slice {
				fmt.Fprintf(&out, "var %s = []%s{%s}\n\n", l.name, l.typ, body)
			} else {
				fmt.Fprintf(&out, "var %s = map[string]%s{%s}\n\n", l.name, l.isMap, body)
			}
		} else if l.slice {
			fmt.Fprintf(&out, "var %s = []string{%s}\n\n", l.name, quoted(keys))
		} else if l.isMap != "" {
			body, err := mapPairs(keys, l.vals, l.isMap)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.name, err)
			}
			fmt.Fprintf(&out, "var %s = map[string]%s{%s}\n\n", l.name, l.isMap, body)
		} else {
			fmt.Fprintf(&out, "var %s = %s\n\n", l.name, setLiteral(keys))
			sets = true
		}
		if l.stems != "" {
			var st []string
			st, _ = l.keys()
			if !l.stem {
				st = st[:0]
				for _, w := range l.words {
					st = append(st, lexicon.StemWord(w))
				}
			}
			slices.Sort(st)
			st = slices.Compact(st)
			fmt.Fprintf(&out, "// %s are the stems of %s.\nvar %s = []string{%s}\n\n", l.stems, l.name, l.stems, quoted(st))
		}
	}
	if sets {
		b.WriteString("import \"github.com/parallax-reader/parallax/internal/strtable\"\n\n")
	}
	b.Write(out.Bytes())
	return format.Source(b.Bytes())
}

// setLiteral is the strtable.Set of words as a composite literal of
// constants, which the linker lays out: nothing is built at start.
func setLiteral(words []string) string {
	s := strtable.NewSet(words...)
	off := make([]string, len(s.Off))
	for i, v := range s.Off {
		off[i] = strconv.Itoa(int(v))
	}
	slots := make([]string, len(s.Slots))
	for i, v := range s.Slots {
		slots[i] = strconv.Itoa(int(v))
	}
	return fmt.Sprintf("strtable.Set{\n\tKeys: %s,\n\tOff: []uint32{%s},\n\tSlots: []uint16{%s},\n}",
		strconv.Quote(s.Keys), strings.Join(off, ", "), strings.Join(slots, ", "))
}

func quoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

func mapPairs(keys, vals []string, typ string) (string, error) {
	q := make([]string, len(keys))
	for i, k := range keys {
		v := vals[i]
		switch typ {
		case "string":
			v = strconv.Quote(v)
		case "float64":
			num, den, frac := strings.Cut(v, "/")
			x, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err == nil && frac {
				var d float64
				d, err = strconv.ParseFloat(strings.TrimSpace(den), 64)
				x /= d
			}
			if err != nil {
				return "", fmt.Errorf("%q: %v", vals[i], err)
			}
			v = strconv.FormatFloat(x, 'g', -1, 64)
		case "uint8":
			if _, err := strconv.ParseUint(v, 10, 8); err != nil {
				return "", fmt.Errorf("%q: %v", vals[i], err)
			}
		}
		q[i] = strconv.Quote(k) + ": " + v
	}
	return strings.Join(q, ", "), nil
}

// tableRows writes the values of a table as Go composite literals, keyed
// by the entries' keys for a map.
func tableRows(l *list, keys []string) (string, error) {
	rows := make([]string, len(keys))
	for i, v := range l.vals {
		fields := strings.Fields(v)
		var parts []string
		for _, c := range l.cols {
			var lit string
			switch c.kind {
			case "words":
				lit = "[]string{" + quoted(strings.Fields(l.words[i])) + "}"
			case "rest":
				lit = strconv.Quote(strings.Join(fields, " "))
				fields = nil
			default:
				if len(fields) == 0 {
					return "", fmt.Errorf("%q: too few fields", v)
				}
				lit, fields = fields[0], fields[1:]
				if c.kind == "string" {
					lit = strconv.Quote(lit)
				} else if x, err := parseFloat(lit); err != nil {
					return "", fmt.Errorf("%q: %v", v, err)
				} else {
					lit = strconv.FormatFloat(x, 'g', -1, 64)
				}
			}
			if c.name != "_" {
				lit = c.name + ": " + lit
			}
			parts = append(parts, lit)
		}
		if len(fields) > 0 {
			return "", fmt.Errorf("%q: too many fields", v)
		}
		row := "{" + strings.Join(parts, ", ") + "}"
		if !l.slice {
			row = strconv.Quote(keys[i]) + ": " + row
		}
		rows[i] = row
	}
	return strings.Join(rows, ", "), nil
}

// parseFloat reads a number or a fraction ("1/24").
func parseFloat(s string) (float64, error) {
	num, den, frac := strings.Cut(s, "/")
	x, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err == nil && frac {
		var d float64
		d, err = strconv.ParseFloat(strings.TrimSpace(den), 64)
		x /= d
	}
	return x, err
}

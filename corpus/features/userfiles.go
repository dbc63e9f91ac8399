package features

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/model"
)

// This file reads a user's topic and alias files at run time, with the
// parsers the generator uses for the built-in tables, and sets the tables
// the stage uses from then on. A user file has the format of topics.json
// or aliases.json, plus an optional "replace": true that makes its entries
// replace the built-in set instead of joining it. A topic whose id is
// already in the set replaces that topic; a new id joins at the end.
//
// A file is checked whole before anything changes: the first mistake is
// returned as a *FileError with the file name and line, and the tables
// stay as they were.
//
// The active tables are process-wide, like the built-in ones they replace:
// a command sets them once, before it compares anything
// (corpus.UseTableFiles); tests put them back with ResetTables.

// FoundPrefix starts the ids of the points found in the text
// (corpus/points), which a user's topic may not take.
const FoundPrefix = "found-"

// FileError is a mistake in a user's topic or alias file.
type FileError struct {
	File string // the file name as given
	Line int    // 1-based line of the mistake, 0 when unknown
	Msg  string // what is wrong
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

var (
	activeMu      sync.RWMutex
	activeTopics  *topicSet   // nil: the built-in set
	activeAliases *aliasTable // nil: the built-in table
)

// ActiveTopics returns the topic set in use: the built-in one, or the one
// user files made.
func ActiveTopics() *topicSet {
	activeMu.RLock()
	ts := activeTopics
	activeMu.RUnlock()
	if ts != nil {
		return ts
	}
	return builtinSourced()
}

// builtinSourced is the built-in set with every topic marked as built in.
var builtinSourced = sync.OnceValue(func() *topicSet {
	ts := *BuiltinTopics()
	ts.Topics = append([]model.Topic(nil), ts.Topics...)
	for i := range ts.Topics {
		ts.Topics[i].Source = model.TopicBuiltin
	}
	return &ts
})

// ResetTables puts the built-in topic and alias tables back in use.
func ResetTables() {
	activeMu.Lock()
	activeTopics, activeAliases = nil, nil
	activeMu.Unlock()
	if savedAliases != nil {
		aliases = savedAliases
	}
}

// UseTopicFile reads a user's topic file (named name, for messages) and
// puts its topics in use, added to the set in use or replacing it.
func UseTopicFile(name string, data []byte) error {
	f, err := parseTopicFile(name, data)
	if err != nil {
		return err
	}
	user := buildTopics(f.Threshold, f.Scale, f.Topics)
	for i := range user.Topics {
		user.Topics[i].Source = model.TopicUser
	}
	base := ActiveTopics()
	if f.Threshold == 0 {
		user.threshold = base.threshold
	}
	if f.Scale == 0 {
		user.scale = base.scale
	}
	if !f.Replace {
		user = mergeTopics(base, user)
	}
	activeMu.Lock()
	activeTopics = user
	activeMu.Unlock()
	return nil
}

// mergeTopics returns base with the topics of user added, a topic of
// user replacing the one of base with its id.
func mergeTopics(base, user *topicSet) *topicSet {
	out := &topicSet{byFirst: map[string][]int{}, byExact: map[string][]int{}, threshold: user.threshold, scale: user.scale}
	userIdx := map[string]int{}
	for i, t := range user.Topics {
		userIdx[t.ID] = i
	}
	// Topics in order: base's (replaced in place), then user's new ones.
	type from struct {
		set *topicSet
		ti  int
	}
	var order []from
	taken := map[int]bool{}
	for i, t := range base.Topics {
		if ui, ok := userIdx[t.ID]; ok {
			order = append(order, from{user, ui})
			taken[ui] = true
			continue
		}
		order = append(order, from{base, i})
	}
	for i := range user.Topics {
		if !taken[i] {
			order = append(order, from{user, i})
		}
	}
	for ni, o := range order {
		out.Topics = append(out.Topics, o.set.Topics[o.ti])
		for _, c := range o.set.cues {
			if c.topic != o.ti {
				continue
			}
			if w, exact := strings.CutPrefix(c.keys[0], "="); exact {
				out.byExact[w] = append(out.byExact[w], len(out.cues))
			} else {
				out.byFirst[c.keys[0]] = append(out.byFirst[c.keys[0]], len(out.cues))
			}
			out.cues = append(out.cues, topicCue{topic: ni, keys: c.keys, weight: c.weight})
		}
	}
	return out
}

// parseTopicFile decodes and checks a user's topic file.
func parseTopicFile(name string, data []byte) (*topicFile, error) {
	f := &topicFile{}
	offsets, err := decodeStrict(name, data, f, "topics")
	if err != nil {
		return nil, err
	}
	at := func(i int) int64 {
		if i < len(offsets) {
			return offsets[i]
		}
		return 0
	}
	bad := func(i int, format string, args ...any) error {
		return &FileError{File: name, Line: lineAt(data, at(i)), Msg: fmt.Sprintf(format, args...)}
	}
	if len(f.Topics) == 0 {
		return nil, &FileError{File: name, Line: 1, Msg: `no topics: the file needs a "topics" list`}
	}
	if f.Threshold < 0 || f.Threshold >= 1 {
		return nil, &FileError{File: name, Line: lineOf(data, `"threshold"`, 0), Msg: "threshold must be at least 0 and below 1"}
	}
	if f.Scale < 0 {
		return nil, &FileError{File: name, Line: lineOf(data, `"scale"`, 0), Msg: "scale must be positive"}
	}
	seen := map[string]bool{}
	for i, t := range f.Topics {
		switch {
		case strings.TrimSpace(t.ID) == "":
			return nil, bad(i, "topic %d has no id", i+1)
		case seen[t.ID]:
			return nil, bad(i, "topic id %q is given twice", t.ID)
		case strings.HasPrefix(t.ID, FoundPrefix):
			return nil, bad(i, "topic id %q: ids starting %q are kept for the points parallax finds", t.ID, FoundPrefix)
		case strings.TrimSpace(t.Label) == "":
			return nil, bad(i, "topic %q has no label", t.ID)
		case len(t.Cues) == 0:
			return nil, bad(i, "topic %q has no cues", t.ID)
		}
		seen[t.ID] = true
		for _, p := range slices.Sorted(maps.Keys(t.Cues)) {
			line := lineOf(data, jsonString(p), at(i))
			if w := t.Cues[p]; w <= 0 {
				return nil, &FileError{File: name, Line: line, Msg: fmt.Sprintf("cue %q of topic %q: weight must be above 0", p, t.ID)}
			}
			if len(cueKeys(p)) == 0 {
				return nil, &FileError{File: name, Line: line, Msg: fmt.Sprintf("cue %q of topic %q has no word", p, t.ID)}
			}
		}
	}
	return f, nil
}

// aliasFile is the format of aliases.json and of a user's alias file.
type aliasFile struct {
	Replace    bool         `json:"replace"`
	Comment    string       `json:"_comment"`
	Places     []aliasGroup `json:"places"`
	Groups     []aliasGroup `json:"groups"`
	MediaWords []string     `json:"media_words"`
	Generic    []string     `json:"generic"`
}

// UseAliasFile reads a user's alias file (named name, for messages) and
// puts its names in use, added to the table in use or replacing it.
func UseAliasFile(name string, data []byte) error {
	var f aliasFile
	if _, err := decodeStrict(name, data, &f, ""); err != nil {
		return err
	}
	if len(f.Places)+len(f.Groups)+len(f.MediaWords)+len(f.Generic) == 0 {
		return &FileError{File: name, Line: 1, Msg: `no aliases: the file needs a "places" or "groups" list`}
	}
	for _, list := range []struct {
		key    string
		groups []aliasGroup
	}{{"places", f.Places}, {"groups", f.Groups}} {
		offs := elementOffsets(data, list.key)
		for i, g := range list.groups {
			at := lineOf(data, `"`+list.key+`"`, 0)
			if i < len(offs) {
				at = lineAt(data, offs[i])
			}
			if strings.TrimSpace(g.Name) == "" {
				return &FileError{File: name, Line: at, Msg: fmt.Sprintf("entry %d of %s has no name", i+1, list.key)}
			}
			for _, v := range append(append(append([]string(nil), g.Variants...), g.Demonyms...), g.Seats...) {
				if strings.TrimSpace(v) == "" {
					return &FileError{File: name, Line: at, Msg: fmt.Sprintf("%q has an empty variant", g.Name)}
				}
			}
		}
	}
	replace := f.Replace
	f.Replace, f.Comment = false, ""
	body, err := json.Marshal(f)
	if err != nil {
		return err
	}
	user, err := parseAliases(body)
	if err != nil {
		return &FileError{File: name, Msg: err.Error()}
	}
	activeMu.Lock()
	base := activeAliases
	activeMu.Unlock()
	if base == nil {
		base = BuiltinAliases()
	}
	if !replace {
		user = mergeAliases(base, user)
	}
	activeMu.Lock()
	activeAliases = user
	activeMu.Unlock()
	useAliases(user)
	return nil
}

// mergeAliases returns base with the entries of user added; a variant
// both give takes user's meaning.
func mergeAliases(base, user *aliasTable) *aliasTable {
	out := &aliasTable{byVariant: map[string]aliasEntry{}, Generic: map[string]bool{}, mediaWords: map[string]bool{}}
	for _, t := range []*aliasTable{base, user} {
		for k, v := range t.byVariant {
			out.byVariant[k] = v
		}
		for k, v := range t.Generic {
			out.Generic[k] = v
		}
		for k, v := range t.mediaWords {
			out.mediaWords[k] = v
		}
	}
	return out
}

// useAliases makes t the table BuiltinAliases returns, which every reader
// of names asks for. It must run before a comparison starts.
func useAliases(t *aliasTable) {
	if b := BuiltinAliases(); savedAliases == nil {
		savedAliases = b
	}
	aliases = t
}

// savedAliases is the built-in table once a user's has taken its place.
var savedAliases *aliasTable

// decodeStrict decodes a user file into v, refusing unknown fields,
// trailing data and type mistakes with the line they are on. When list is
// not "", it also returns the byte offset of each element of the
// top-level array of that name, for messages about one element.
func decodeStrict(name string, data []byte, v any, list string) ([]int64, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return nil, jsonFileError(name, data, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FileError{File: name, Line: lineAt(data, dec.InputOffset()), Msg: "unexpected text after the end of the JSON object"}
	}
	if list == "" {
		return nil, nil
	}
	return elementOffsets(data, list), nil
}

// jsonFileError turns an encoding/json error into a FileError at its line.
func jsonFileError(name string, data []byte, dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &FileError{File: name, Line: lineAt(data, syn.Offset), Msg: "not valid JSON: " + syn.Error()}
	case errors.As(err, &typ):
		what := typ.Field
		if what == "" {
			what = "a value"
		}
		return &FileError{File: name, Line: lineAt(data, typ.Offset), Msg: fmt.Sprintf("%s must be %s, not %s", what, jsonKind(typ.Type.Kind().String()), typ.Value)}
	case errors.Is(err, io.EOF):
		return &FileError{File: name, Line: 1, Msg: "the file is empty"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &FileError{File: name, Line: lineAt(data, int64(len(data))), Msg: "the JSON ends too soon (a missing } or ]?)"}
	}
	msg := err.Error()
	if field, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return &FileError{File: name, Line: lineOf(data, field, 0), Msg: "unknown field " + field}
	}
	return &FileError{File: name, Line: lineAt(data, dec.InputOffset()), Msg: msg}
}

// jsonKind names a Go kind as a JSON writer knows it.
func jsonKind(k string) string {
	switch k {
	case "float64", "int", "int64":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "a list [...]"
	case "map", "struct":
		return "an object {...}"
	}
	return k
}

// elementOffsets returns the byte offset where each element of the
// top-level array named list starts (nil when there is none).
func elementOffsets(data []byte, list string) []int64 {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key != list {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil
		}
		var offs []int64
		for dec.More() {
			// InputOffset is at the end of the last token (a comma or
			// the bracket): the element starts at the next non-space.
			off := dec.InputOffset()
			for off < int64(len(data)) && strings.ContainsRune(" \t\r\n,", rune(data[off])) {
				off++
			}
			offs = append(offs, off)
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return offs
			}
		}
		return offs
	}
	return nil
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// lineOf returns the line of the first occurrence of needle at or after
// byte from, or of from itself when there is none.
func lineOf(data []byte, needle string, from int64) int {
	from = min(max(from, 0), int64(len(data)))
	if i := bytes.Index(data[from:], []byte(needle)); i >= 0 {
		return lineAt(data, from+int64(i))
	}
	return lineAt(data, from)
}

// jsonString is s as JSON writes it, quotes included.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

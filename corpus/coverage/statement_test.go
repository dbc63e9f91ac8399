package coverage

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// oldWords is how newStatement cut a wording before it read it in one
// pass: folded with strings.ToLower, then cut with strings.FieldsFunc.
func oldWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// checkWords holds newStatement's words to oldWords' for s.
func checkWords(t *testing.T, s string) {
	t.Helper()
	ws := &wordIDs{ids: map[string]int32{}}
	st := newStatement(s, ws)
	names := make([]string, len(ws.number))
	for w, id := range ws.ids {
		names[id] = w
	}
	var got []string
	for _, id := range st.words {
		got = append(got, names[id])
	}
	want := oldWords(s)
	slices.Sort(want)
	want = slices.Compact(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("%q: words %q, want %q", s, got, want)
	}
}

// TestNewStatementWords guards the one-pass word cutting of
// newStatement: the words of strings.ToLower then strings.FieldsFunc,
// also where folding turns a rune into ASCII (the Kelvin sign, dotted
// capital I) or bytes are not UTF-8.
func TestNewStatementWords(t *testing.T) {
	for _, s := range []string{
		"", "The ferry was OVERLOADED, police said.", "61 rescued and 24 missing", "3.5 million",
		"\u212Aelvin and \u0130stanbul", "caf\u00e9 Stra\u00dfe \u00c9COLE", "bad \xff bytes\xfe\xfdhere",
		"x\u00a0y\u2028z", "don't — it's “quoted”", "ΑΘΗΝΑ Σ", "١٢٣ digits", "a\u0301b",
	} {
		checkWords(t, s)
	}
}

func FuzzNewStatementWords(f *testing.F) {
	f.Add("The ferry was OVERLOADED, police said.")
	f.Add("\u212Aelvin \u0130 \xff")
	f.Fuzz(checkWords)
}

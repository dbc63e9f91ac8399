package web

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseList(t *testing.T) {
	in := "\ufeff# Coverage of the port strike\n" +
		"\n" +
		"https://ledger.example/world/port-strike\n" +
		"   # an indented comment\n" +
		"  saved/Times story.html  \r\n" +
		"https://herald.example/a#comments\n" +
		"\t\n" +
		"notes#1.txt\n" +
		"/abs/path/wire.txt" // no final newline
	want := []string{
		"https://ledger.example/world/port-strike",
		"saved/Times story.html",
		"https://herald.example/a#comments",
		"notes#1.txt",
		"/abs/path/wire.txt",
	}
	got, err := ParseList(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseList = %q, want %q", got, want)
	}
}

func TestParseListEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "# only comments\n#\n"} {
		got, err := ParseList(strings.NewReader(in))
		if err != nil || len(got) != 0 {
			t.Errorf("ParseList(%q) = %q, %v", in, got, err)
		}
	}
}

func TestParseListErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a.txt\n# fine\nb\x1b[2J.txt\n", "line 3: contains a control character"},
		{"a.txt\nb\xff.txt\n", "line 2: not valid UTF-8"},
		{"a\rb\n", "line 1: contains a control character"},
		{"# x\n" + strings.Repeat("a", maxListLine+1) + "\n", "line 2: longer than"},
	}
	for _, c := range cases {
		_, err := ParseList(strings.NewReader(c.in))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("ParseList(%.20q) error = %v, want %q", c.in, err, c.want)
		}
	}
}

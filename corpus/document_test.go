package corpus

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

func TestNewDocument(t *testing.T) {
	d, err := NewDocument(1, model.Source{Name: "iran-warning.txt", Data: seed(t, "iran-warning.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "d2" || d.Name != "iran-warning.txt" || len(d.Passages) != 9 {
		t.Fatalf("document %s %q with %d passages", d.ID, d.Name, len(d.Passages))
	}
	for i, p := range d.Passages {
		if want := "d2p" + string(rune('1'+i)); p.ID != want || p.Doc != 1 || p.Index != i {
			t.Errorf("passage %d: id %s doc %d index %d, want %s 1 %d", i, p.ID, p.Doc, p.Index, want, i)
		}
	}
	want := "Iran alerted Russia of a looming major \"terrorist operation\" in the country…"
	if d.Title != want {
		t.Errorf("title = %q, want the opening of the first body passage %q", d.Title, want)
	}
	if n := utf8.RuneCountInString(d.Title); n > TitleLen {
		t.Errorf("title has %d runes, more than %d", n, TitleLen)
	}
}

func TestNewDocumentTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Iran Warned Russia\n\nBody text.", "Iran Warned Russia"},
		{"crocus\n\nShort body.", "Short body."},
		{"Body first.\n\n## A later heading\n\nMore.", "A later heading"},
		// Furniture never stands in for a title: not a byline, a
		// timestamp or a dateline without a dash.
		{"*By our US correspondent*\nUpdated 12 min ago\n\nEleven people were killed at the mall.", "Eleven people were killed at the mall."},
		{"MATHURA, Aug 27 (PTI) At least 18 pilgrims were killed in a stampede.", "At least 18 pilgrims were killed in a stampede."},
		{"(CNN)The attack on the hall killed more than 140 people.\n\n— AP", "The attack on the hall killed more than 140 people."},
	}
	for _, tt := range tests {
		d, err := NewDocument(0, model.Source{Name: "a.md", Data: []byte(tt.in)})
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.in, d.Title, tt.want)
		}
	}
}

func TestNewDocumentSanitisesName(t *testing.T) {
	d, err := NewDocument(0, model.Source{Name: "evil\x1b]0;pwned\x07\u202e.txt\n", Data: []byte("Text.")})
	if err != nil {
		t.Fatal(err)
	}
	// Nothing of the name is live; its escape sequence is shown, not
	// removed, so that names stay distinct (issue 13).
	if d.Name != "evil^[]0;pwned^G<U+202E>.txt " {
		t.Errorf("name = %q", d.Name)
	}
}

// TestNamesStayDistinct guards issue 13: "a.txt" and "a\x1b[0m.txt" were
// both shown as "a.txt".
func TestNamesStayDistinct(t *testing.T) {
	a, _ := NewDocument(0, model.Source{Name: "a.txt", Data: []byte("Text.")})
	b, _ := NewDocument(1, model.Source{Name: "a\x1b[0m.txt", Data: []byte("Text.")})
	if a.Name == b.Name {
		t.Errorf("both names show as %q", a.Name)
	}
}

func TestNewDocumentErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		is   error
		msg  string
	}{
		{"empty", "", ErrEmpty, "x.txt: empty article (the file is empty)"},
		{"only escapes", "\x1b[2J\x1b]0;t\x07\n\n", ErrEmpty, "x.txt: empty article (no printable text)"},
		{"binary", "\x7fELF\x00\x00\x00", ErrBinary, "x.txt: binary file, not an article"},
		{"too many passages", strings.Repeat("a\n", MaxPassages+1), ErrTooMany, "x.txt: more than 100000 passages; the limit is 100000"},
		{"too large", strings.Repeat("a", MaxFileSize+1), ErrTooLarge, "x.txt: file is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewDocument(0, model.Source{Name: "x.txt", Data: []byte(tt.data)})
			if !errors.Is(err, tt.is) || err.Error() != tt.msg {
				t.Errorf("err = %v, want %q (%v)", err, tt.msg, tt.is)
			}
		})
	}
}

func TestCompareNeedsTwo(t *testing.T) {
	_, err := Compare([]model.Source{{Name: "a.txt", Data: []byte("Text.")}})
	if !errors.Is(err, ErrTooFew) || !strings.Contains(err.Error(), "got 1") {
		t.Errorf("err = %v, want ErrTooFew saying how many", err)
	}
}

func TestOpening(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Short text.", 80, "Short text."},
		{"exactly ten", 11, "exactly ten"},
		{"The Russian authorities know nothing about Washington’s alleged failure to share information", 80,
			"The Russian authorities know nothing about Washington’s alleged failure to…"},
		{"one two, three four", 12, "one two…"},
		{strings.Repeat("x", 200), 10, strings.Repeat("x", 9) + "…"},
		{strings.Repeat("e\u0301", 20), 10, strings.Repeat("e\u0301", 4) + "…"}, // clusters are not split
		{strings.Repeat("👨\u200d👩\u200d👧", 5), 10, "👨\u200d👩\u200d👧" + "…"},
		{"莫斯科郊外的音乐厅遭到袭击造成一百四十多人死亡", 10, "莫斯科郊外的音乐厅…"},
	}
	for _, tt := range tests {
		got := txt.Opening(tt.in, tt.n)
		if got != tt.want {
			t.Errorf("Opening(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
		if utf8.RuneCountInString(got) > tt.n {
			t.Errorf("Opening(%q, %d) = %q: longer than %d runes", tt.in, tt.n, got, tt.n)
		}
	}
}

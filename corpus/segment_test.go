package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-reader/parallax/corpus/model"
	txt "github.com/parallax-reader/parallax/corpus/text"
	"github.com/parallax-reader/parallax/internal/hostile"
)

func seed(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSegmentHostile runs the segmenter over every hostile case that loads
// and checks the invariants FuzzSegment checks.
func TestSegmentHostile(t *testing.T) {
	for _, c := range hostile.Cases() {
		if c.Fail == "" && c.Data != nil {
			checkSegmented(t, c.Data)
		}
	}
}

// coverRunes returns the runes of s that segmenting must keep, in order:
// all but white space and the Markdown markup it strips (# = - * _ .).
func coverRunes(s string) []rune {
	var rs []rune
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune("#=-*_.", r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// checkSegmented asserts the promises of NewDocument on raw bytes: either a
// refusal with a known sentinel, or passages that cover the cleaned text in
// order, with start lines that never go back and sentences inside them.
func checkSegmented(t *testing.T, data []byte) {
	t.Helper()
	d, err := NewDocument(0, model.Source{Name: "fuzz.txt", Data: data})
	if err != nil {
		for _, known := range []error{ErrBinary, ErrEncoding, ErrEmpty, ErrTooLarge, ErrTooMany} {
			if errors.Is(err, known) {
				return
			}
		}
		t.Fatalf("unexpected error %v", err)
	}
	text := txt.Clean(data)
	lines := strings.Count(text, "\n") + 1
	var all strings.Builder
	var letters, sourceLetters []rune
	for i, p := range d.Passages {
		if p.ID != fmt.Sprintf("d1p%d", i+1) || p.Index != i || p.Doc != 0 {
			t.Fatalf("passage %d has id %q index %d doc %d", i, p.ID, p.Index, p.Doc)
		}
		if p.Text == "" || strings.TrimSpace(p.Text) != p.Text || strings.ContainsRune(p.Text, '\n') {
			t.Fatalf("passage %s text %q: empty, untrimmed or multi-line", p.ID, p.Text)
		}
		if p.Line < 1 || p.Line > lines {
			t.Fatalf("passage %s line %d outside 1..%d", p.ID, p.Line, lines)
		}
		if i > 0 {
			prev := d.Passages[i-1]
			// Windows of one over-long line share its line number; each
			// window but the last holds more than half of the maximum.
			window := prev.Kind == model.KindBody && p.Kind == model.KindBody && len(prev.Text) >= txt.MaxPassageLen/2-8
			if p.Line < prev.Line || p.Line == prev.Line && prev.Kind != model.KindDateline && !window {
				t.Fatalf("passage %s line %d after %s line %d (%s)", p.ID, p.Line, prev.ID, prev.Line, prev.Kind)
			}
		}
		switch p.Kind {
		case model.KindBody, model.KindTitle, model.KindTag, model.KindCredit:
		case model.KindDateline: // split off the body passage that follows it
			if i+1 == len(d.Passages) || d.Passages[i+1].Kind != model.KindBody || d.Passages[i+1].Line != p.Line {
				t.Fatalf("dateline %s %q is not followed by body on line %d", p.ID, p.Text, p.Line)
			}
		default:
			t.Fatalf("passage %s has kind %q", p.ID, p.Kind)
		}
		end := 0
		for _, sp := range p.Sentences {
			if sp.Start < end || sp.End <= sp.Start || sp.End > len(p.Text) || strings.TrimSpace(p.Text[end:sp.Start]) != "" {
				t.Fatalf("passage %s: bad sentence span %v after %d in %q", p.ID, sp, end, p.Text)
			}
			end = sp.End
		}
		if p.Kind == model.KindBody && (len(p.Sentences) == 0 || strings.TrimSpace(p.Text[end:]) != "") {
			t.Fatalf("passage %s: sentences %v do not cover %q", p.ID, p.Sentences, p.Text)
		}
		all.WriteString(p.Text)
		all.WriteByte('\n')
	}
	for _, r := range all.String() {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sourceLetters = append(sourceLetters, r)
		}
	}
	if string(letters) != string(sourceLetters) {
		t.Fatalf("letters and digits differ from the cleaned text:\n got %q\nwant %q", string(letters), string(sourceLetters))
	}
	if got, want := coverRunes(all.String()), coverRunes(text); string(got) != string(want) {
		t.Fatalf("passages do not cover the text:\n got %q\nwant %q", string(got), string(want))
	}
	if d.Title == "" || strings.ContainsRune(d.Title, '\n') {
		t.Fatalf("title %q", d.Title)
	}
}

func FuzzSegment(f *testing.F) {
	for _, name := range []string{"us-intelligence.txt", "iran-warning.txt"} {
		f.Add(seed(f, name))
	}
	for _, c := range hostile.Cases() {
		if c.Fail == "" && len(c.Data) < 4096 {
			f.Add(c.Data)
		}
	}
	f.Add([]byte("# T\n\nMOSCOW (AP) - Body text that is long enough here.\n---\nx\n===\n"))
	f.Add([]byte("---\na: b\n---\n\n* * *\n- item\n  more\n1. one\n"))
	f.Add([]byte("Title Here\n*By our US correspondent*\nUpdated 12 min ago\n\nMATHURA, Aug 27 (PTI) At least 18 pilgrims died.\n\n(Reporting by A; Editing\nby B)\n— AP\n"))
	f.Add([]byte("(CNN)The attack on the hall killed more than 140 people.\nBEIRUT: x\n**KYIV** — Y\nRio de Janeiro, Brazil — Z\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSegmented(t, data)
	})
}

// benchArticle is a realistic article of about 1 MB: the two seeds, one
// paragraph per line, repeated.
func benchArticle(b *testing.B) []byte {
	para := strings.ReplaceAll(string(seed(b, "iran-warning.txt")), "\n\n", "\n") + "\n" + string(seed(b, "us-intelligence.txt")) + "\n"
	return []byte(strings.Repeat(para, (1<<20)/len(para)+1))
}

func BenchmarkNewDocument1MB(b *testing.B) {
	data := benchArticle(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewDocument(0, model.Source{Name: "bench.txt", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/corpus"
)

// plainLines wraps text without painting and returns the lines as strings.
func plainLines(text string, width, maxLines int) []string {
	ls, _ := wrapText(text, nil, width, maxLines, nil)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.s
	}
	return out
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"empty", "", 10, []string{""}},
		{"fits", "one two", 10, []string{"one two"}},
		{"word boundary", "one two three", 8, []string{"one two", "three"}},
		{"exact width", "one two", 7, []string{"one two"}},
		{"spaces at break dropped", "aaaa    bbbb", 6, []string{"aaaa", "bbbb"}},
		{"long word is broken", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word after short", "ab abcdefgh", 4, []string{"ab", "abcd", "efgh"}},
		{"hard line break", "one\ntwo", 10, []string{"one", "two"}},
		{"CRLF", "one\r\ntwo", 10, []string{"one", "two"}},
		{"indent after newline kept", "a\n  b", 10, []string{"a", "  b"}},
		{"tab expands", "a\tb", 10, []string{"a    b"}},
		{"wide runes", "日本語のテキスト", 6, []string{"日本語", "のテキ", "スト"}},
		{"wide rune in a 1-cell column", "日本", 1, []string{"…", "…"}},
		{"combining marks stay", "e\u0301e\u0301", 1, []string{"e\u0301", "e\u0301"}},
		{"emoji ZWJ sequence drawn as its emoji", "👩‍👩‍👧 ok", 7, []string{"👩👩👧", "ok"}},
		{"emoji ZWJ sequence broken between its emoji", "👩‍👩‍👧 ok", 3, []string{"👩", "👩", "👧", "ok"}},
		{"soft hyphens not drawn", "Bundes\u00adkanz\u00adler", 13, []string{"Bundeskanzler"}},
		{"word broken at soft hyphens", "Bundes\u00adkanz\u00adler\u00adin", 8, []string{"Bundes-", "kanzler-", "in"}},
		{"line filled up to a soft hyphen", "Die Bundes\u00adkanz\u00adlerin", 12, []string{"Die Bundes-", "kanzlerin"}},
		{"no break at a leading soft hyphen", "\u00adabcdef", 4, []string{"abcd", "ef"}},
		{"Indic conjunct measured as wcwidth", "क्षि क्षि", 4, []string{"क्षि", "क्षि"}},
		{"skin tone measured as wcwidth", "👍🏽 👍🏽", 5, []string{"👍🏽", "👍🏽"}},
		{"flag kept whole", "🇫🇷🇫🇷", 2, []string{"🇫🇷", "🇫🇷"}},
		{"escape made visible", "a\x1b[31mred", 20, []string{"a^[[31mred"}},
		{"bare CR made visible", "safe\rEVIL", 20, []string{"safe^MEVIL"}},
		{"C1 made visible", "a\u009bb", 20, []string{"a<U+009B>b"}},
		{"bidi override made visible", "a\u202eb", 20, []string{"a<U+202E>b"}},
		{"invalid UTF-8 replaced", "a\xffb", 20, []string{"a\uFFFDb"}},
		{"mark without a base", "\t\u0b02x", 20, []string{"    \u25cc\u0b02x"}},
		{"skin tone without a base", "\x03\U0001F3FB", 20, []string{"^C\u25cc\U0001F3FB"}},
		{"prepend mark without a base", "0\u0605\x03", 20, []string{"0<U+0605>^C"}},
		{"prepend number sign shown, its digits kept", "\u0605\u0661", 20, []string{"<U+0605>\u0661"}},
		{"invalid byte after a rune in one cluster", "\xf0\x9f\x870\xf0", 20, []string{"\uFFFD0\uFFFD"}},
		{"NUL visible, text after kept", "a\x00b", 20, []string{"a^@b"}},
		{"DEL visible", "a\x7fb", 20, []string{"a^?b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := plainLines(tt.text, tt.width, 0)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			for _, l := range got {
				if w := max(ansi.StringWidth(l), termWidth(l)); w > tt.width {
					t.Errorf("line %q is %d wide, limit %d", l, w, tt.width)
				}
			}
		})
	}
}

func TestWrapTextMaxLines(t *testing.T) {
	text := strings.Repeat("word ", 100)
	ls, cut := wrapText(text, nil, 10, 3, nil)
	if len(ls) != 3 || !cut {
		t.Fatalf("got %d lines, cut %v; want 3, true", len(ls), cut)
	}
	ls, cut = wrapText("short", nil, 10, 3, nil)
	if len(ls) != 1 || cut {
		t.Fatalf("got %d lines, cut %v; want 1, false", len(ls), cut)
	}
	// A huge passage is bounded: only a prefix is cut into glyphs.
	huge := strings.Repeat("x", 1<<20)
	ls, cut = wrapText(huge, nil, 50, 5, nil)
	if len(ls) != 5 || !cut {
		t.Fatalf("huge: got %d lines, cut %v", len(ls), cut)
	}
}

func TestCapsCombiningStacks(t *testing.T) {
	zalgo := "a" + strings.Repeat("\u0301", 500) + "b"
	ls := plainLines(zalgo, 10, 0)
	if len(ls) != 1 || utf8.RuneCountInString(ls[0]) != maxClusterRunes+1 {
		t.Fatalf("got %q (%d runes)", ls, utf8.RuneCountInString(ls[0]))
	}
}

// TestHighlights checks that spans land on the text they cover, across
// line breaks, with the emphasis that survives NO_COLOR.
func TestHighlights(t *testing.T) {
	st := newStyles(true, false)
	p := newPainter(&st)
	text := "the US embassy warned Russia"
	spans := []span{
		{4, 14, markConflict}, // "US embassy"
		{22, 28, markShared},  // "Russia"
	}
	ls, _ := wrapText(text, spans, 12, 0, &p)
	var got []string
	for _, l := range ls {
		got = append(got, l.s)
	}
	joined := strings.Join(got, "\n")
	if !strings.Contains(joined, st.Conflict.Paint("US")) || !strings.Contains(joined, st.Conflict.Paint("embassy")) {
		t.Errorf("conflict span not painted across the break:\n%q", joined)
	}
	if !strings.Contains(joined, st.Shared.Paint("Russia")) {
		t.Errorf("shared span not painted:\n%q", joined)
	}
	if ansi.Strip(joined) != "the US\nembassy\nwarned\nRussia" {
		t.Errorf("text changed: %q", ansi.Strip(joined))
	}
	// Emphasis without colour: reverse+bold for conflict, underline for shared.
	if !strings.Contains(st.Conflict.Render("x"), "\x1b[") || strings.Contains(st.Conflict.Render("x"), "38;") {
		t.Errorf("conflict style under no colour: %q", st.Conflict.Render("x"))
	}
}

func TestClassify(t *testing.T) {
	text := "héllo wörld"
	gs := glyphsOf(text)
	tests := []struct {
		name  string
		spans []span
		want  string // one char per glyph: . none, s shared, c conflict, m match
	}{
		{"none", nil, "..........."},
		{"shared word", []span{{0, 6, markShared}}, "sssss......"},
		{"mid-rune byte widens to the cluster", []span{{2, 3, markMatch}}, ".m........."},
		{"conflict wins over shared", []span{{0, 13, markShared}, {7, 9, markConflict}}, "ssssssccsss"},
		{"out of range ignored", []span{{-5, -1, markShared}, {50, 60, markShared}, {8, 3, markShared}}, "..........."},
		{"clamped to text", []span{{10, 99, markShared}}, "........sss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cls := classify(gs, tt.spans, len(text))
			var b strings.Builder
			for _, c := range cls {
				b.WriteByte(".scm"[c])
			}
			if b.String() != tt.want {
				t.Errorf("got %s, want %s", b.String(), tt.want)
			}
		})
	}
}

func TestMarksFor(t *testing.T) {
	al := &corpus.Alignment{A: "d1p1", B: "d2p1",
		MarksA: []corpus.Highlight{{Span: corpus.Span{Start: 0, End: 1}, Mark: corpus.MarkShared}},
		MarksB: []corpus.Highlight{{Span: corpus.Span{Start: 2, End: 3}, Mark: corpus.MarkConflict}}}
	if got := marksFor(al, corpus.Marks{}, &corpus.Passage{ID: "d2p1"}); len(got) != 1 || got[0] != (span{2, 3, markConflict}) {
		t.Errorf("B side: %v", got)
	}
	if got := marksFor(al, corpus.Marks{}, &corpus.Passage{ID: "d1p1"}); len(got) != 1 || got[0] != (span{0, 1, markShared}) {
		t.Errorf("A side: %v", got)
	}
	if got := marksFor(al, corpus.Marks{}, &corpus.Passage{ID: "d3p1"}); got != nil {
		t.Errorf("other passage: %v", got)
	}
	// Without marks of its own, the alignment's lazy ones (a Marker's).
	lazy := corpus.Marks{A: al.MarksB, B: al.MarksA}
	bare := &corpus.Alignment{A: "d1p1", B: "d2p1"}
	if got := marksFor(bare, lazy, &corpus.Passage{ID: "d1p1"}); len(got) != 1 || got[0] != (span{2, 3, markConflict}) {
		t.Errorf("lazy A side: %v", got)
	}
	if got := marksFor(al, lazy, &corpus.Passage{ID: "d1p1"}); len(got) != 1 || got[0] != (span{0, 1, markShared}) {
		t.Errorf("its own marks go first: %v", got)
	}
}

func TestSafeInline(t *testing.T) {
	tests := map[string]string{
		"plain.txt":            "plain.txt",
		"two\nlines":           "two lines",
		"\x1b]0;pwned\x07":     "^[]0;pwned^G",
		"évian — “quoted”":     "évian — “quoted”",
		"rtl\u202etxt.exe":     "rtl<U+202E>txt.exe",
		"osc8\x1b]8;;http://x": "osc8^[]8;;http://x",
	}
	for in, want := range tests {
		if got := safeInline(in); got != want {
			t.Errorf("safeInline(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzWrapText holds the wrapping invariants on any input: no panic, no
// line wider than the width, no byte that could act on a terminal, every
// printable rune of the input kept (when nothing is capped).
func FuzzWrapText(f *testing.F) {
	for _, s := range []string{"", "hello world", "a\x1b[2Jb", "日本語 テキスト", "👩‍👩‍👧 🇫🇷", "Bundes\u00adkanzler", "क्षि 👍🏽 ❤️", "a\r\nb\rc", "x\u202ey", "\xff\xfe", "tab\there"} {
		f.Add(s, 10, 0, 3)
	}
	st := newStyles(true, true)
	p := newPainter(&st)
	f.Fuzz(func(t *testing.T, text string, width, start, end int) {
		width = 1 + abs(width)%250
		spans := []span{{start, end, markShared}}
		ls, _ := wrapText(text, spans, width, 0, &p)
		for _, l := range ls {
			if w := stringWidth(l.s); w > width || w != l.w {
				t.Fatalf("line %q: width %d (reported %d), limit %d", l.s, w, l.w, width)
			}
			if gw, tw := ansi.StringWidth(l.s), termWidth(l.s); gw > l.w || tw > l.w {
				t.Fatalf("line %q: %d wide by grapheme, %d by wcwidth, reported %d", l.s, gw, tw, l.w)
			}
			if bad := unsafeOutput(l.s); bad != "" {
				t.Fatalf("line %q holds %q", l.s, bad)
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		if n == -n { // math.MinInt
			return 0
		}
		return -n
	}
	return n
}

// unsafeOutput returns the first piece of s that is neither printable text
// nor an SGR sequence, or "".
func unsafeOutput(s string) string {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return s[i:min(len(s), i+8)]
			}
			j++
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				return s[i:min(len(s), j+1)]
			}
			i = j + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || isUnsafeRune(r) || r == '\n' || r == '\t' {
			return s[i : i+size]
		}
		i += size
	}
	return ""
}

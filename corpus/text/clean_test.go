package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Hello, world.\n", "Hello, world.\n"},
		{"utf8 BOM dropped", "\xef\xbb\xbfHello", "Hello"},
		{"BOM only", "\xef\xbb\xbf", ""},
		{"utf16le BOM", "\xff\xfeH\x00i\x00\n\x00", "Hi\n"},
		{"utf16be BOM", "\xfe\xff\x00H\x00i", "Hi"},
		{"utf16le surrogate pair", "\xff\xfe\x3d\xd8\x00\xde", "😀"},
		{"utf16le unpaired surrogate", "\xff\xfe\x3d\xd8A\x00", "\ufffdA"},
		{"utf16le odd final byte", "\xff\xfeA\x00B", "A\ufffd"},
		{"utf16le controls sanitised", "\xff\xfe\x1b\x00]\x000\x00;\x00x\x00\x07\x00A\x00", "A"},
		{"invalid bytes", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"CR CR LF is two breaks", "a\r\r\nb", "a\n\nb"},
		{"LF CR is two breaks", "a\n\rb", "a\n\nb"},
		{"tab at start", "\tx", "    x"},
		{"tab to next stop", "ab\tc", "ab  c"},
		{"tab on a stop", "abcd\te", "abcd    e"},
		{"tab column restarts per line", "abc\n\tx", "abc\n    x"},
		{"tab counts runes", "é\tx", "é   x"},
		{"tab after notation", "\x07\tx", "^G  x"},
		{"bare CR cannot overwrite", "real\rfake", "real\nfake"},
		{"CR inside OSC ends it", "\x1b]0;t\r\nA", "^[]0;t\nA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean([]byte(tt.in)); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanKeepsLineCount(t *testing.T) {
	for _, in := range []string{"a\nb\nc", "a\r\nb\r\nc", "a\rb\rc", "a\r\nb\rc", "\x1b]0;x\ny\x1b[\nz", "\x00\n\x1b\n\u2028\nq", "\r\r\n\n\r"} {
		breaks := strings.Count(strings.ReplaceAll(strings.ReplaceAll(in, "\r\n", "\n"), "\r", "\n"), "\n")
		if got := Clean([]byte(in)); strings.Count(got, "\n") != breaks {
			t.Errorf("Clean(%q) = %q: want the source's %d line breaks kept", in, got, breaks)
		}
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"ascii unchanged", "Just text.\nTwo lines.", "Just text.\nTwo lines."},
		{"unicode unchanged", "Київ, 北京, café, 👍🏽", "Київ, 北京, café, 👍🏽"},
		// Escape sequences go entirely.
		{"SGR", "a\x1b[31;1mred\x1b[0m b", "ared b"},
		{"CSI private", "a\x1b[?1049hb\x1b[?25l", "ab"},
		{"clear screen", "\x1b[2J\x1b[Htext", "text"},
		{"OSC title BEL", "a\x1b]0;evil\x07b", "ab"},
		{"OSC title ST", "a\x1b]2;evil\x1b\\b", "ab"},
		{"OSC 52 clipboard", "a\x1b]52;c;ZXZpbA==\x07b", "ab"},
		{"OSC 8 link", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"OSC with C1 ST", "a\x1b]0;t\u009cb", "ab"},
		{"DCS", "a\x1bPq#0\x1b\\b", "ab"},
		{"APC", "a\x1b_Gi=1;AAAA\x1b\\b", "ab"},
		{"PM", "a\x1b^pm\x1b\\b", "ab"},
		{"SOS", "a\x1bXsos\x1b\\b", "ab"},
		{"RIS", "a\x1bcb", "ab"},
		{"save restore cursor", "a\x1b7b\x1b8c", "abc"},
		{"charset", "a\x1b(0b\x1b(Bc", "abc"},
		{"DECALN", "a\x1b#8b", "ab"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC", "a\u009d0;t\u0007b", "ab"},
		{"C1 DCS", "a\u0090x\u009cb", "ab"},
		{"C1 APC", "a\u009fx\x1b\\b", "ab"},
		// Sequences that are not complete stay visible and swallow nothing.
		{"lone ESC", "a\x1b", "a^["},
		{"ESC then space at end", "a\x1b ", "a^[ "},
		{"ESC ESC", "\x1b\x1b[1mx", "^[x"},
		{"OSC unterminated", "a\x1b]0;title and text", "a^[]0;title and text"},
		{"OSC cut by newline", "a\x1b]0;t\nnext", "a^[]0;t\nnext"},
		{"OSC cut by ESC", "a\x1b]0;t\x1b[1mb", "a^[]0;tb"},
		{"OSC cut by NUL keeps NUL", "\x1b]0;a\x00b\x07", "^[]0;a^@b^G"},
		{"OSC cut by C1", "\x1b]0;a\u0085b\x07", "^[]0;a<U+0085>b^G"},
		{"CSI unterminated", "a\x1b[12;3", "a^[[12;3"},
		{"CSI cut by newline", "a\x1b[1\nb", "a^[[1\nb"},
		{"CSI bad byte", "\x1b[1\u00e9m", "^[[1\u00e9m"},
		{"CSI too long", "\x1b[" + strings.Repeat("1", 300) + "m", "^[[" + strings.Repeat("1", 300) + "m"},
		{"OSC too long", "\x1b]" + strings.Repeat("x", maxStringLen+1) + "\x07", "^[]" + strings.Repeat("x", maxStringLen+1) + "^G"},
		{"C1 CSI unterminated", "a\u009b12", "a<U+009B>12"},
		{"C1 OSC unterminated", "a\u009d0;t", "a<U+009D>0;t"},
		// Controls become visible.
		{"NUL", "a\x00b", "a^@b"},
		{"BEL", "a\x07b", "a^Gb"},
		{"backspace", "abc\x08\x08x", "abc^H^Hx"},
		{"bare CR", "real\rfake", "real^Mfake"},
		{"tab is a space", "a\tb", "a b"},
		{"VT FF", "\v\f", "^K^L"},
		{"unit separator", "\x1f", "^_"},
		{"DEL", "a\x7fb", "a^?b"},
		{"C1 NEL", "a\u0085b", "a<U+0085>b"},
		{"C1 lone ST", "\u009c", "<U+009C>"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a\ufffd31mb"},
		// Bidi and other dangerous format characters become visible.
		{"RLO", "abc\u202edef\u202c", "abc<U+202E>def<U+202C>"},
		{"isolates", "\u2066\u2067\u2068\u2069", "<U+2066><U+2067><U+2068><U+2069>"},
		{"LRE RLE LRO", "\u202a\u202b\u202d", "<U+202A><U+202B><U+202D>"},
		{"deprecated format", "\u206a\u206f", "<U+206A><U+206F>"},
		{"annotation", "\ufff9a\ufffab\ufffb", "<U+FFF9>a<U+FFFA>b<U+FFFB>"},
		{"language tag", "\U000E0001en", "<U+E0001>en"},
		{"line separator", "a\u2028b\u2029c", "a<U+2028>b<U+2029>c"},
		// Printable parts of graphemes are kept.
		{"bidi marks kept", "\u200e\u200f\u061c", "\u200e\u200f\u061c"},
		{"zero width kept", "a\u200bb\u200cc\u200dd\u2060e\ufeff\u00ad", "a\u200bb\u200cc\u200dd\u2060e\ufeff\u00ad"},
		{"ZWJ family", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"flag", "🇺🇦", "🇺🇦"},
		{"tag flag", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"},
		{"keycap", "1\ufe0f\u20e3", "1\ufe0f\u20e3"},
		{"combining kept", "e\u0301\u0302\u0323", "e\u0301\u0302\u0323"},
		{"eight marks kept", "a" + strings.Repeat("\u0301", 8), "a" + strings.Repeat("\u0301", 8)},
		{"zalgo capped", "a" + strings.Repeat("\u0301", 50) + "b", "a" + strings.Repeat("\u0301", MaxMarks) + "b"},
		{"cap per base", "a" + strings.Repeat("\u0301", 9) + "b" + strings.Repeat("\u0301", 9), "a" + strings.Repeat("\u0301", 8) + "b" + strings.Repeat("\u0301", 8)},
		{"cap across ZWJ", "a" + strings.Repeat("\u0301\u200d", 9), "a" + strings.Repeat("\u0301\u200d", 8) + "\u200d"},
		{"cap across removed sequence", "a" + strings.Repeat("\u0301", 5) + "\x1b[m" + strings.Repeat("\u0301", 5), "a" + strings.Repeat("\u0301", 8)},
		{"marks restart after notation", "\x07" + strings.Repeat("\u0301", 9), "^G" + strings.Repeat("\u0301", 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSanitized(t, tt.in, got, modeText)
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"report.txt", "report.txt"},
		{"two\nlines", "two lines"},
		{"tab\tname", "tab name"},
		{"\x1b]0;pwned\x07name.txt", "name.txt"},
		{"cr\rname", "cr^Mname"},
		{"bidi\u202etxt.exe", "bidi<U+202E>txt.exe"},
		{"bad\xffname", "bad\ufffdname"},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := SanitizeLine(tt.in); strings.ContainsRune(got, '\n') {
			t.Errorf("SanitizeLine(%q) = %q holds a newline", tt.in, got)
		}
	}
}

// TestSanitizeNoAllocPlain guards the fast path: plain ASCII comes back as is.
func TestSanitizeNoAllocPlain(t *testing.T) {
	s := strings.Repeat("Plain ASCII text.\n", 100)
	if n := testing.AllocsPerRun(10, func() { _ = Sanitize(s) }); n != 0 {
		t.Errorf("Sanitize of plain ASCII allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(10, func() { _ = lexicon.Fold("already lower case") }); n != 0 {
		t.Errorf("Fold of lower-case ASCII allocates %v times, want 0", n)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"ISIS-K", "isis-k"},
		{"Washington’s", "washington's"},
		{"‘quoted’ “twice” „low‟ «guillemets»", "'quoted' \"twice\" \"low\" \"guillemets\""},
		{"en–dash em—dash minus−sign bar―", "en-dash em-dash minus-sign bar-"},
		{"non‑breaking hyphen", "non-breaking hyphen"},
		{"ﬁnance", "finance"},                 // ligature, NFKC
		{"ＩＳＩＳ", "isis"},                      // full width, NFKC
		{"e\u0301", "é"},                      // composed, NFKC
		{"Київ", "київ"},                      // Cyrillic lower case
		{"…", "..."},                          // NFKC
		{"non\u00a0breaking", "non breaking"}, // NFKC
	}
	for _, tt := range tests {
		if got := lexicon.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := lexicon.FoldMap(tt.in).Text; got != tt.want {
			t.Errorf("FoldMap(%q).Text = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMapSpan(t *testing.T) {
	tests := []struct {
		in, find, want string // want: the original text the match maps back to
	}{
		{"The US Said", "said", "Said"},
		{"Washington’s claim", "washington's", "Washington’s"},
		{"a ﬁnal word", "final", "ﬁnal"},
		{"e\u0301clair and ÉCLAIR", "éclair", "e\u0301clair"},
		{"Київ — Kyiv", "- kyiv", "— Kyiv"},
		{"ＩＳＩＳ-K", "isis-k", "ＩＳＩＳ-K"},
		{"day ⒇ of", "20", "⒇"}, // expands in pieces (found by FuzzSanitize)
		{"x ﷺ y", "ص", "ﷺ"},
	}
	for _, tt := range tests {
		f := lexicon.FoldMap(tt.in)
		i := strings.Index(f.Text, tt.find)
		if i < 0 {
			t.Errorf("FoldMap(%q).Text = %q lacks %q", tt.in, f.Text, tt.find)
			continue
		}
		sp := f.Span(i, i+len(tt.find))
		if got := tt.in[sp.Start:sp.End]; got != tt.want {
			t.Errorf("FoldMap(%q).Span of %q = %q, want %q", tt.in, tt.find, got, tt.want)
		}
	}
	f := lexicon.FoldMap("ab")
	if sp := f.Span(2, 2); sp != (model.Span{Start: 2, End: 2}) {
		t.Errorf("empty span at end = %v", sp)
	}
	g := lexicon.FoldMap("éa")
	if sp := g.Span(len(g.Text), len(g.Text)); sp != (model.Span{Start: 3, End: 3}) {
		t.Errorf("empty span at end of non-ASCII = %v, want {3 3}", sp)
	}
}

// checkSanitized asserts the promises of Sanitize on one input and output:
// valid UTF-8, no live control, idempotent, marks capped, and, on each line
// without an escape introducer, every printable rune kept in order.
func checkSanitized(t *testing.T, in, out string, mode sanitizeMode) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("output is not valid UTF-8: %q", out)
	}
	marks := 0
	for _, r := range out {
		if unicode.IsControl(r) && (r != '\n' || mode == modeLine) || dangerousFormat(r) {
			t.Fatalf("output holds control %U: %q", r, out)
		}
		if isMark(r) {
			if marks++; marks > MaxMarks {
				t.Fatalf("output holds more than %d marks in a row: %q", MaxMarks, out)
			}
		} else if !unicode.Is(unicode.Cf, r) {
			marks = 0
		}
	}
	if again := sanitize(out, mode); again != out {
		t.Fatalf("not idempotent:\n once %q\ntwice %q", out, again)
	}
	if mode == modeLine {
		return
	}
	inLines, outLines := strings.Split(in, "\n"), strings.Split(out, "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out: %q → %q", len(inLines), len(outLines), in, out)
	}
	for i, line := range inLines {
		if strings.ContainsAny(line, "\x1b\u009b\u009d\u0090\u0098\u009e\u009f") {
			continue // sequences removed; checked by the table tests
		}
		if !subsequence(printable(line), printable(outLines[i])) {
			t.Fatalf("line %d lost printable text:\n in %q\nout %q", i+1, line, outLines[i])
		}
	}
}

// printable returns the runes of s that Sanitize must keep as they are:
// valid, not controls, not made visible, not combining marks (capped).
func printable(s string) []rune {
	var rs []rune
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				continue
			}
		}
		if unicode.IsControl(r) || dangerousFormat(r) || isMark(r) || r == ' ' {
			continue
		}
		rs = append(rs, r)
	}
	return rs
}

// subsequence reports whether every rune of a appears in b, in order.
func subsequence(a, b []rune) bool {
	j := 0
	for _, r := range a {
		for j < len(b) && b[j] != r {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "a\x1b[31mb", "\x1b]0;t\x07", "\x1b]52;c;QQ==\x1b\\", "\x1b]0;unterminated\nrest",
		"\x00\x07\x7f", "\u009b1m\u009d0;t\u009c", "\u202e\u2066", "e\u0301\u0302", "👨\u200d👩", "\xff\xfe",
		"a" + strings.Repeat("\u0301", 20), "\t\r\n", "\x1b\x1b[", "\x1bP\x1b\\", "^[",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSanitized(t, s, Sanitize(s), modeText)
		checkSanitized(t, s, SanitizeLine(s), modeLine)
		c := Clean([]byte(s))
		if Sanitize(c) != c {
			t.Fatalf("Clean output changes under Sanitize: %q", c)
		}
		if strings.ContainsAny(c, "\r\t") {
			t.Fatalf("Clean left a CR or tab: %q", c)
		}
		fm := lexicon.FoldMap(s)
		if lexicon.Fold(s) != fm.Text {
			t.Fatalf("Fold and FoldMap disagree on %q", s)
		}
		for i := range len(fm.Text) {
			if sp := fm.Span(i, i+1); sp.Start < 0 || sp.Start >= sp.End || sp.End > len(s) {
				t.Fatalf("FoldMap(%q).Span(%d, %d) = %v", s, i, i+1, sp)
			}
		}
	})
}

// benchText is about 1 MB of realistic article text with a sprinkle of
// non-ASCII (curly quotes, accents, one escape sequence per paragraph).
func benchText() string {
	para := "The Russian authorities know nothing about Washington’s alleged failure to share information on the threat of a terrorist attack in Moscow, President Vladimir Putin’s spokesman Dmitry Peskov said at a press briefing on Thursday. “This suggests at the very least that they are trying to shift attention away from something,” Peskov noted in Київ.\x1b[0m\n\n"
	return strings.Repeat(para, (1<<20)/len(para)+1)
}

func BenchmarkSanitize(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Sanitize(s)
	}
}

func BenchmarkSanitizeASCII(b *testing.B) {
	s := strings.Repeat("Plain ASCII article text, as most of it is.\n", (1<<20)/44)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Sanitize(s)
	}
}

func BenchmarkClean(b *testing.B) {
	data := []byte(strings.ReplaceAll(benchText(), "\n", "\r\n"))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Clean(data)
	}
}

func BenchmarkFold(b *testing.B) {
	words := strings.Fields(benchText())[:10000]
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = lexicon.Fold(w)
		}
	}
}

// TestTagCharacters guards issue 13: tag characters outside an emoji tag
// sequence were kept invisible and rode into the JSON.
func TestTagCharacters(t *testing.T) {
	scotland := "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
	tests := []struct{ in, want string }{
		{"flag " + scotland + " ok", "flag " + scotland + " ok"},
		{"hidden\U000E0041\U000E0042 text", "hidden<U+E0041><U+E0042> text"},
		{"\U000E0067 at the start", "<U+E0067> at the start"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Sanitize(Sanitize(tt.in)); again != Sanitize(tt.in) {
			t.Errorf("Sanitize is not idempotent on %q", tt.in)
		}
	}
}

func TestSanitizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a.txt", "a.txt"},
		{"a\x1b[0m.txt", "a^[[0m.txt"},
		{"b\u009b31m.txt", "b<U+009B>31m.txt"},
		{"two\nlines\t.txt", "two lines .txt"},
	}
	for _, tt := range tests {
		if got := SanitizeName(tt.in); got != tt.want {
			t.Errorf("SanitizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

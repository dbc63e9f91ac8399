package web

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// readFixture reads a file under testdata.
func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// furniture is text of news.html that must never become a passage: the
// cookie banner, navigation, search, share bar, related links, newsletter
// promotion, comments, footer, script and style.
var furniture = []string{
	"cookies", "Accept all", "Manage preferences", "Business", "Politics", "Search the Ledger",
	"Share on", "Email this", "Related stories", "Grain prices climb", "Unions threaten",
	"Sign up", "Subscribe", "Comments", "GrainWatcher99", "About time", "TraderTom", "forward contracts",
	"All rights reserved", "About us", "Privacy policy", "Terms of use",
	"STYLE-OR-SCRIPT-LEAK", "dataLayer", "font-family", "schema.org", "By Jane Doe",
}

func TestExtractNewsPage(t *testing.T) {
	u, _ := url.Parse("https://ledger.example/world/2024/03/25/port-strike?utm_source=x")
	a, err := Extract(readFixture(t, "news.html"), "text/html; charset=utf-8", u)
	if err != nil {
		t.Fatal(err)
	}
	want := []Block{
		{KindPara, 0, "Dock workers at the country's largest grain terminal walked out on Monday, halting exports for the first time in a decade, union officials said. The strike, which began at dawn, left dozens of vessels waiting at anchor outside the harbour."},
		{KindPara, 0, "The union is demanding a 12 percent pay rise and an end to rolling night shifts, which it says have caused a sharp rise in injuries over the past two years. Management has offered 6 percent, spread over three years."},
		{KindHeading, 2, "Talks collapse"},
		{KindPara, 0, "Negotiations broke down late on Sunday after nine hours of talks, according to people familiar with the discussions. The labour ministry said it would appoint a mediator within the week, and urged both sides to return to the table."},
		{KindQuote, 0, "We have been patient for two years, and patience has earned us nothing but longer shifts."},
		{KindPara, 0, "The terminal handles roughly a third of the country's wheat and maize shipments, and traders warned that a long stoppage could push up prices across the region. Futures for delivery in May rose 3 percent in early trading."},
		{KindItem, 0, "Exports of wheat fell to their lowest level since 2014 last month."},
		{KindItem, 0, "Twenty-three ships are waiting to load, port authorities said."},
		{KindPara, 0, "Shipping agents said some cargoes were already being diverted to smaller ports further up the coast, where capacity is limited and loading times are longer, adding to costs for exporters already squeezed by higher freight rates."},
	}
	if len(a.Blocks) != len(want) {
		t.Errorf("got %d blocks, want %d:\n%s", len(a.Blocks), len(want), strings.Join(a.Passages(), "\n"))
	}
	for i := range min(len(a.Blocks), len(want)) {
		if a.Blocks[i] != want[i] {
			t.Errorf("block %d = %+v, want %+v", i, a.Blocks[i], want[i])
		}
	}
	for _, p := range a.Passages() {
		for _, f := range furniture {
			if strings.Contains(p, f) {
				t.Errorf("furniture %q became a passage: %q", f, p)
			}
		}
	}
	meta := []struct{ name, got, want string }{
		{"title", a.Title, "Port strike halts grain exports"},
		{"byline", a.Byline, "Jane Doe"},
		{"site", a.Site, "The Daily Ledger"},
		{"language", a.Language, "en"},
		{"canonical", a.Canonical, "https://ledger.example/world/2024/03/25/port-strike"},
		{"charset", a.Charset, "utf-8"},
	}
	for _, m := range meta {
		if m.got != m.want {
			t.Errorf("%s = %q, want %q", m.name, m.got, m.want)
		}
	}
	if want := time.Date(2024, 3, 25, 9, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want %v", a.Published, want)
	}
}

// TestExtractNewsPageDivs reads a page of another common shape: no
// <article> element, share buttons, an inline "Read more" box, inline
// advertisements and a newsletter sign-up inside the body, a most-viewed
// list, Disqus comments and a OneTrust cookie banner after it.
func TestExtractNewsPageDivs(t *testing.T) {
	u, _ := url.Parse("https://herald.example/news/flooding")
	a, err := Extract(readFixture(t, "news2.html"), "", u)
	if err != nil {
		t.Fatal(err)
	}
	// Each passage, by its opening words; the dateline and the photo
	// caption are the article's own (the engine tells them from body).
	want := []string{
		"Tue 26 Mar 2024 06.15 GMT",
		"Residents wade through floodwater",
		"Emergency services evacuated",
		"The Environment Agency issued",
		"Rescue crews used boats",
		"“We have never seen the water",
		"The government said it would",
		"Scientists have warned",
	}
	ps := a.Passages()
	if len(ps) != len(want) {
		t.Errorf("got %d passages, want %d:\n%s", len(ps), len(want), strings.Join(ps, "\n"))
	}
	for i := range min(len(ps), len(want)) {
		if !strings.HasPrefix(ps[i], want[i]) {
			t.Errorf("passage %d = %.60q, want %q…", i, ps[i], want[i])
		}
	}
	furniture := []string{
		"Skip to", "Advertisement", "Lifestyle", "Sign in", "Home", "Facebook", "WhatsApp", "shares",
		"Read more", "rainfall breaks", "Sign up", "Morning Briefing", "email", "Topics", "Most viewed",
		"lighthouse", "Comments", "RiverWatcher", "flood defences years ago", "volunteers", "cookies",
		"I Accept", "Cookie Settings", "About us", "Complaints", "All rights reserved", "googletag",
	}
	for _, p := range ps {
		for _, f := range furniture {
			if strings.Contains(p, f) {
				t.Errorf("furniture %q became a passage: %q", f, p)
			}
		}
	}
	if a.Title != "Flooding forces thousands from homes in river valley" || a.Byline != "Sam Okafor, Environment correspondent" ||
		a.Site != "Northern Herald" || a.Canonical != "https://herald.example/news/2024/mar/26/flooding-river-valley" ||
		!a.Published.Equal(time.Date(2024, 3, 26, 5, 15, 0, 0, time.UTC)) {
		t.Errorf("metadata = %+v", a)
	}
}

// TestExtractKeepsArticleNamedLikeFurniture guards the furniture rule's
// limit: a container holding most of the article is kept whatever its
// class says.
func TestExtractKeepsArticleNamedLikeFurniture(t *testing.T) {
	para := "<p>Officials said on Monday that the investigation was continuing, and that more details would be released in the coming days.</p>"
	page := `<html><body><div class="story-body has-comments share-enabled">` + strings.Repeat(para, 5) +
		`<div class="share-tools"><a href="#">Share this story with friends</a></div></div></body></html>`
	a, err := Extract([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 5 {
		t.Errorf("got %d blocks, want the 5 paragraphs:\n%s", len(a.Blocks), strings.Join(a.Passages(), "\n"))
	}
}

// TestArticleText guards the plain-text form the engine segments: the
// title as a Markdown heading, one block per line, blank lines between,
// headings marked so they are not taken for body.
func TestArticleText(t *testing.T) {
	a := &Article{Title: "Port strike", Blocks: []Block{
		{KindPara, 0, "First paragraph."},
		{KindHeading, 3, "A subhead"},
		{KindItem, 0, "An item."},
		{KindQuote, 0, "A quote."},
	}}
	want := "# Port strike\n\nFirst paragraph.\n\n### A subhead\n\nAn item.\n\nA quote.\n\n"
	if got := a.Text(); got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	a.Blocks = append([]Block{{KindHeading, 1, "Port strike"}}, a.Blocks...)
	if got := a.Text(); got != want {
		t.Errorf("a first heading repeating the title is written once: %q", got)
	}
	if got := (&Article{Blocks: []Block{{KindPara, 0, "Only."}}}).Text(); got != "Only.\n\n" {
		t.Errorf("no title: %q", got)
	}
}

// TestBlockAt guards the map from a line of Text() back to its block.
func TestBlockAt(t *testing.T) {
	blocks := []Block{{KindPara, 0, "One."}, {KindQuote, 0, "Two."}, {KindItem, 0, "Three."}}
	for _, a := range []*Article{
		{Title: "T", Blocks: blocks},
		{Blocks: blocks},
		{Title: "T", Blocks: append([]Block{{KindHeading, 1, "T"}}, blocks...)},
	} {
		lines := strings.Split(a.Text(), "\n")
		for i, l := range lines {
			b := a.BlockAt(i + 1)
			switch {
			case b >= 0 && !strings.HasSuffix(l, a.Blocks[b].Text):
				t.Errorf("line %d %q maps to block %d %q", i+1, l, b, a.Blocks[b].Text)
			case b < 0 && l != "" && !strings.HasPrefix(l, "# T"):
				t.Errorf("line %d %q maps to no block", i+1, l)
			}
		}
		if a.BlockAt(0) != -1 || a.BlockAt(len(lines)+5) != -1 {
			t.Error("lines out of range map to a block")
		}
	}
}

func TestExtractNotArticle(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><head><title>Empty</title></head><body></body></html>",
		"<html><body><script>var x = 1;</script><nav><a href='/'>Home</a></nav></body></html>",
	} {
		if a, err := Extract([]byte(page), "", nil); err == nil {
			t.Errorf("Extract(%q) = %+v, want ErrNoText", page, a)
		}
	}
}

// legacyPage builds a page in a legacy charset, declaring it in a meta tag
// or not at all.
func legacyPage(meta, text string) string {
	head := ""
	if meta != "" {
		head = `<meta http-equiv="Content-Type" content="text/html; charset=` + meta + `">`
	}
	return "<html><head>" + head + "<title>" + text[:strings.IndexByte(text, ' ')] + "</title></head><body><article><p>" +
		text + "</p><p>" + text + "</p></article></body></html>"
}

func TestExtractCharsets(t *testing.T) {
	const ru = "Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве, несмотря на разногласия."
	const gr = "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα στη Γενεύη."
	const ja = "政府は月曜日、交渉を来週ジュネーブで続けると発表した。 意見の相違は残っているという。"
	cases := []struct {
		name, header, meta, text, wantCS string
		encode                           func(string) (string, error)
	}{
		{"windows-1251 by meta", "", "windows-1251", ru, "windows-1251", charmap.Windows1251.NewEncoder().String},
		{"windows-1251 by header", "text/html; charset=windows-1251", "", ru, "windows-1251", charmap.Windows1251.NewEncoder().String},
		{"header wins over meta", "text/html; charset=windows-1251", "iso-8859-1", ru, "windows-1251", charmap.Windows1251.NewEncoder().String},
		{"koi8-r by meta", "", "koi8-r", ru, "koi8-r", charmap.KOI8R.NewEncoder().String},
		{"iso-8859-7 by meta", "", "iso-8859-7", gr, "iso-8859-7", charmap.ISO8859_7.NewEncoder().String},
		{"shift_jis by header", "text/html; charset=Shift_JIS", "", ja, "shift_jis", japanese.ShiftJIS.NewEncoder().String},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := c.encode(legacyPage(c.meta, c.text))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract([]byte(page), c.header, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Charset != c.wantCS {
				t.Errorf("charset = %q, want %q", a.Charset, c.wantCS)
			}
			if len(a.Blocks) != 2 || a.Blocks[0].Text != c.text {
				t.Errorf("blocks = %q, want the text twice", a.Passages())
			}
		})
	}
}

// TestExtractTooDeep guards pages beyond the HTML parser's nesting limit:
// an error saying so, not a crash or a hang.
func TestExtractTooDeep(t *testing.T) {
	page := strings.Repeat("<div>", 2000) + "<p>Deep text.</p>"
	_, err := Extract([]byte(page), "", nil)
	if !errors.Is(err, ErrUnreadable) || !strings.Contains(err.Error(), "512") {
		t.Errorf("error = %v, want ErrUnreadable naming the limit", err)
	}
	_, err = FromFile("deep.html", []byte(page))
	wantErr(t, err, ErrNotArticle, "deep.html", "cannot be read")
}

func TestIsHTML(t *testing.T) {
	cases := []struct {
		name, data string
		want       bool
	}{
		{"a.html", "anything", true},
		{"A.HTM", "", true},
		{"page.xhtml", "", true},
		{"story.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", true},
		{"story.txt", "\ufeff  \n<!doctype HTML>", true},
		{"-", "<html lang=en><p>x", true},
		{"saved", "<head><meta charset=utf-8>", true},
		{"story.txt", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel>", false},
		{"story.txt", "Officials said on Monday that <b> tags are rare in text.", false},
		{"story.md", "# Title\n\nBody text with <html> in it.", false},
		{"html", "plain words", false},
		{"notes.html.txt", "plain words", false},
	}
	for _, c := range cases {
		if got := IsHTML(c.name, []byte(c.data)); got != c.want {
			t.Errorf("IsHTML(%q, %q) = %v, want %v", c.name, c.data, got, c.want)
		}
	}
}

// hostileCase says what one hostile fixture must give: strings that must
// survive as data within one passage (or the title), and strings that may
// appear in no passage.
var hostileCases = []struct {
	file  string
	keep  []string // each within one passage, as data
	title string   // the title, payload kept as data
	never []string // in no passage, title or metadata
}{
	{
		file:  "escapes.html",
		keep:  []string{"Window \x1b]0;pwned\a title.", "\x1b]52;c;ZWNobyBwd25lZA==\a", "Clear \x1b[2J\x1b[H screen.", "C1 \u009b31m CSI and \u009d0;osc\u009c here.", "Attribute link text end."},
		title: "Escape \x1b]0;TITLE-PAYLOAD\a story",
		never: []string{"ALT-PAYLOAD", "DATA-PAYLOAD", "attr-title", "x.example", "\r", "\n"},
	},
	{
		file:  "bidi.html",
		keep:  []string{"Bidi \u202egnp.exe\u202c override.", "Isolates \u2066left\u2069 and \u2067right\u2069 here.", "Zero width \u200b space and \u2060 joiner, soft\u00adhyphen."},
		title: "Bidi \u202e eltit \u202c title",
		never: []string{"\r", "\n"},
	},
	{
		file:  "controls.html",
		keep:  []string{"Bell \a and backspace \b and delete \x7f.", "Vertical \v tab.", "\x1b"},
		title: "Control \b\b\b title",
		// HTML turns CR into a line break, which is white space; the
		// parser drops NUL in text (the HTML standard's rule).
		never: []string{"\r", "\n", "\x00"},
	},
	{
		file:  "markup.html",
		keep:  []string{"Visible text.", "After <script> text & entities \x1b[31m encoded.", "Unclosed bold italic"},
		title: "Markup tricks",
		never: []string{"PAYLOAD", "document.write", "content:", "enable javascript", "<b>", "<i>", "\r", "\n"},
	},
}

// TestExtractHostile guards the promise that escape sequences, bidi
// controls and control bytes in text, attributes and titles come out only
// as data: kept, byte for byte, inside the passage or title they were
// written in (for the engine's sanitiser to make visible), never split
// across lines, and never taken from attributes, scripts, styles,
// comments or hidden elements.
func TestExtractHostile(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.file, func(t *testing.T) {
			a, err := Extract(readFixture(t, filepath.Join("hostile", c.file)), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			ps := a.Passages()
			for _, k := range c.keep {
				found := false
				for _, p := range ps {
					found = found || strings.Contains(p, k)
				}
				if !found {
					t.Errorf("%q survives in no passage:\n%q", k, ps)
				}
			}
			if a.Title != c.title {
				t.Errorf("title = %q, want %q", a.Title, c.title)
			}
			fields := append([]string{a.Title, a.Byline, a.Site, a.Canonical}, ps...)
			for _, f := range fields {
				if !utf8.ValidString(f) {
					t.Errorf("invalid UTF-8: %q", f)
				}
				for _, n := range c.never {
					if strings.Contains(f, n) {
						t.Errorf("%q reached the output: %q", n, f)
					}
				}
			}
			// The plain text has exactly one line per passage (and the
			// title), each followed by a blank line: nothing hostile adds
			// or splits a line.
			lines := strings.Split(strings.TrimSuffix(a.Text(), "\n\n"), "\n\n")
			if want := len(ps) + 1; len(lines) != want {
				t.Errorf("Text() has %d passages, want %d", len(lines), want)
			}
		})
	}
}

func TestExtractHostileMetadata(t *testing.T) {
	a, err := Extract(readFixture(t, "hostile/escapes.html"), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "Jane \x1b[8mDoe" || a.Site != "Site\x1b]0;x\a" {
		t.Errorf("metadata payloads must survive as data: byline %q, site %q", a.Byline, a.Site)
	}
}

func TestOneLine(t *testing.T) {
	cases := map[string]string{
		"  a \t\n b\r\n\fc  ": "a b c",
		"\u00a0x\u00a0":       "x",
		"a\u00a0\u00a0b":      "a\u00a0\u00a0b",
		"a\x1b[31m\vb":        "a\x1b[31m\vb",
		"bad \xff byte":       "bad \uFFFD byte",
		"\u2028":              "",
	}
	for in, want := range cases {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

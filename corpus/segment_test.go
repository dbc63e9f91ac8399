package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-reader/parallax/internal/hostile"
)

// summary reduces passages to what segment tests compare: "L3 body Text".
func summary(ps []*Passage) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("L%d %s %s", p.Line, p.Kind, p.Text))
	}
	return out
}

func seed(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSegmentSeeds pins how the two sample articles segment: one puts a
// paragraph per line with no final newline, the other separates paragraphs
// with blank lines and opens with a tag line and a photo credit.
func TestSegmentSeeds(t *testing.T) {
	us := Segment(Clean(seed(t, "us-intelligence.txt")))
	if len(us) != 9 {
		t.Fatalf("us-intelligence: %d passages, want 9:\n%s", len(us), strings.Join(summary(us), "\n"))
	}
	for i, p := range us {
		if p.Line != i+1 || p.Kind != KindBody {
			t.Errorf("us-intelligence passage %d: line %d kind %s, want line %d body", i+1, p.Line, p.Kind, i+1)
		}
	}
	if !strings.HasPrefix(us[8].Text, "“This suggests") || !strings.HasSuffix(us[8].Text, "Peskov noted.") {
		t.Errorf("last passage = %q, want the whole last line (no final newline)", us[8].Text)
	}

	iran := Segment(Clean(seed(t, "iran-warning.txt")))
	want := []struct {
		line int
		kind Kind
	}{{1, KindTag}, {2, KindCredit}, {3, KindBody}, {5, KindBody}, {7, KindBody}, {9, KindBody}, {11, KindBody}, {13, KindBody}, {15, KindBody}}
	if len(iran) != len(want) {
		t.Fatalf("iran-warning: %d passages, want %d:\n%s", len(iran), len(want), strings.Join(summary(iran), "\n"))
	}
	for i, w := range want {
		if iran[i].Line != w.line || iran[i].Kind != w.kind {
			t.Errorf("iran-warning passage %d: line %d kind %s, want line %d %s", i+1, iran[i].Line, iran[i].Kind, w.line, w.kind)
		}
	}
	if iran[0].Text != "crocus" || iran[1].Text != "© Sputnik / Sergey Bobylev" {
		t.Errorf("furniture = %q, %q", iran[0].Text, iran[1].Text)
	}
}

func TestSegment(t *testing.T) {
	wrapped := "The attack on the concert hall was one of the deadliest in the\n" +
		"country's recent history, officials said on Saturday, adding that\n" +
		"the investigation would continue for weeks.\n" +
		"\n" +
		"Investigators said the four suspects had travelled to the venue by\n" +
		"car and had been detained near the border the following morning.\n"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank lines only", "\n  \n\n", nil},
		{"one paragraph per line, no blank lines",
			strings.Repeat("x", 130) + " one.\n" + strings.Repeat("y", 130) + " two.\n" + strings.Repeat("z", 130) + " three.",
			[]string{"L1 body " + strings.Repeat("x", 130) + " one.", "L2 body " + strings.Repeat("y", 130) + " two.", "L3 body " + strings.Repeat("z", 130) + " three."}},
		{"short complete paragraphs per line",
			"The army said the town was taken.\nThe ministry denied it on Monday.\nTalks are planned for next week.\n",
			[]string{"L1 body The army said the town was taken.", "L2 body The ministry denied it on Monday.", "L3 body Talks are planned for next week."}},
		{"blank-line separated", "First paragraph here.\n\nSecond paragraph here.\n\n\n\nThird after many blanks.",
			[]string{"L1 body First paragraph here.", "L3 body Second paragraph here.", "L7 body Third after many blanks."}},
		{"hard-wrapped blocks are joined", wrapped, []string{
			"L1 body The attack on the concert hall was one of the deadliest in the country's recent history, officials said on Saturday, adding that the investigation would continue for weeks.",
			"L5 body Investigators said the four suspects had travelled to the venue by car and had been detained near the border the following morning.",
		}},
		{"hard-wrapped without blank lines splits at short sentence ends",
			strings.ReplaceAll(wrapped, "\n\n", "\n"), []string{
				"L1 body The attack on the concert hall was one of the deadliest in the country's recent history, officials said on Saturday, adding that the investigation would continue for weeks.",
				"L4 body Investigators said the four suspects had travelled to the venue by car and had been detained near the border the following morning.",
			}},
		{"hard-wrapped with CRLF and indentation", strings.ReplaceAll("   "+strings.ReplaceAll(wrapped, "\n", "\n   "), "\n", "\r\n"), []string{
			"L1 body The attack on the concert hall was one of the deadliest in the country's recent history, officials said on Saturday, adding that the investigation would continue for weeks.",
			"L5 body Investigators said the four suspects had travelled to the venue by car and had been detained near the border the following morning.",
		}},
		{"hard-wrapped list items", "Officials listed the demands made by the group during the talks that\nwent on until late on Tuesday night:\n\n- release of the prisoners held in the\n  northern region since March\n- a ceasefire along the whole front line,\n  starting on Friday\n", []string{
			"L1 body Officials listed the demands made by the group during the talks that went on until late on Tuesday night:",
			"L4 body - release of the prisoners held in the northern region since March",
			"L6 body - a ceasefire along the whole front line, starting on Friday",
		}},
		{"markdown headings", "# Iran warned Russia #\n\nBody text of the article.\n\n## Background\n\nMore text here.\n", []string{
			"L1 title Iran warned Russia", "L3 body Body text of the article.", "L5 title Background", "L7 body More text here.",
		}},
		{"hashtag is not a heading", "#crocus\n\nBody text of the article here.\n", []string{"L1 tag #crocus", "L3 body Body text of the article here."}},
		{"setext headings", "Iran Warned Russia\n==================\n\nBody text of the article.\n\nBackground\n----------\n\nMore text here.\n", []string{
			"L1 title Iran Warned Russia", "L4 body Body text of the article.", "L6 title Background", "L9 body More text here.",
		}},
		{"rules separate", "First part of it.\n\n* * *\n\nSecond part of it.\n---\nThird part, after a rule.\n", []string{
			"L1 body First part of it.", "L5 body Second part of it.", "L7 body Third part, after a rule.",
		}},
		{"front matter", "---\ntitle: Attack\ndate: 2024-03-25\n---\n\nBody text of the article.\n", []string{
			"L2 tag title: Attack", "L3 tag date: 2024-03-25", "L6 body Body text of the article.",
		}},
		{"tag, title, byline, credit", "WORLD NEWS\nIran Warned Russia Before Concert Hall Attack\nBy Jane Doe and John Roe\nPhoto: Reuters / Maxim Shemetov\n\nIran warned Russia of an attack, sources said.\n", []string{
			"L1 tag WORLD NEWS", "L2 title Iran Warned Russia Before Concert Hall Attack", "L3 credit By Jane Doe and John Roe",
			"L4 credit Photo: Reuters / Maxim Shemetov", "L6 body Iran warned Russia of an attack, sources said.",
		}},
		{"news site header", "Iran warned Russia about attack, sources say\nBy Parisa Hafezi and Jonathan Landay\nMarch 25, 2024 6:09 PM GMT+3 Updated 2 days ago\n\nDUBAI/WASHINGTON, March 25 (Reuters) - Iran had warned Russia ahead of the attack, three sources said.\n", []string{
			"L1 title Iran warned Russia about attack, sources say", "L2 credit By Parisa Hafezi and Jonathan Landay", "L3 tag March 25, 2024 6:09 PM GMT+3 Updated 2 days ago",
			"L5 dateline DUBAI/WASHINGTON, March 25 (Reuters) -", "L5 body Iran had warned Russia ahead of the attack, three sources said.",
		}},
		{"sentence-case headline standing alone", "Iran warned Russia before the attack, sources say\n\nIran warned Russia of an attack, sources said on Monday.\n", []string{
			"L1 title Iran warned Russia before the attack, sources say", "L3 body Iran warned Russia of an attack, sources said on Monday.",
		}},
		{"only one title", "Iran Warned Russia Before Attack\n\nKremlin Denies Any Warning\n\nBody text of the article.\n", []string{
			"L1 title Iran Warned Russia Before Attack", "L3 body Kremlin Denies Any Warning", "L5 body Body text of the article.",
		}},
		{"credit mid-article", "First paragraph of the text.\n\n(Reuters/Maxim Shemetov)\n\n© 2024 Agency. All rights reserved.\n\nLast paragraph of the text.\n", []string{
			"L1 body First paragraph of the text.", "L3 credit (Reuters/Maxim Shemetov)", "L5 credit © 2024 Agency. All rights reserved.", "L7 body Last paragraph of the text.",
		}},
		{"tags line at the end", "Body text of the article.\n\nTags: Russia, Iran, terrorism\n", []string{
			"L1 body Body text of the article.", "L3 tag Tags: Russia, Iran, terrorism",
		}},
		{"dateline with agency", "MOSCOW (Sputnik) - Iran alerted Russia of a looming attack, sources said.\n", []string{
			"L1 dateline MOSCOW (Sputnik) -", "L1 body Iran alerted Russia of a looming attack, sources said.",
		}},
		{"dateline after furniture", "crocus\n\nWASHINGTON, March 7 (Reuters) — The U.S. embassy warned of an attack.\n\nMore text.\n", []string{
			"L1 tag crocus", "L3 dateline WASHINGTON, March 7 (Reuters) —", "L3 body The U.S. embassy warned of an attack.", "L5 body More text.",
		}},
		{"dateline only on the first body passage", "Body text comes first here.\n\nKYIV — The second paragraph is not split off.\n", []string{
			"L1 body Body text comes first here.", "L3 body KYIV — The second paragraph is not split off.",
		}},
		{"a list at the top is body", "- first item\n- second item\n", []string{"L1 body - first item", "L2 body - second item"}},
		{"a lone short line is body", "crocus", []string{"L1 body crocus"}},
		{"heading only is body", "# Just a heading", []string{"L1 body Just a heading"}},
		{"CJK headline is a title", "莫斯科音乐厅遇袭\n\n莫斯科郊外的音乐厅遭到袭击，造成一百四十多人死亡。\n", []string{
			"L1 title 莫斯科音乐厅遇袭", "L3 body 莫斯科郊外的音乐厅遭到袭击，造成一百四十多人死亡。",
		}},
		{"visible controls stay in the text", "Line with ^G and <U+202E> notation.\n", []string{"L1 body Line with ^G and <U+202E> notation."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Segment(Clean([]byte(tt.in))))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Segment(%q)\n got:\n\t%s\nwant:\n\t%s", tt.in, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func TestSegmentLineEndingsAgree(t *testing.T) {
	for _, name := range []string{"us-intelligence.txt", "iran-warning.txt"} {
		lf := seed(t, name)
		want := summary(Segment(Clean(lf)))
		for _, eol := range []string{"\r\n", "\r"} {
			data := []byte(strings.ReplaceAll(string(lf), "\n", eol))
			if got := summary(Segment(Clean(data))); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s with %q line ends segments differently", name, eol)
			}
		}
	}
}

func TestSegmentLimit(t *testing.T) {
	text := strings.Repeat("A line.\n", 11)
	if _, ok := segment(text, 10); ok {
		t.Error("11 passages under a limit of 10: want not ok")
	}
	if ps, ok := segment(text, 11); !ok || len(ps) != 11 {
		t.Errorf("11 passages under a limit of 11: %d, %v", len(ps), ok)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in, want string // want: the dateline, "" for none
	}{
		{"MOSCOW (Sputnik) - Iran alerted Russia of a looming attack.", "MOSCOW (Sputnik) -"},
		{"WASHINGTON, March 7 (Reuters) — The U.S. embassy warned of an attack.", "WASHINGTON, March 7 (Reuters) —"},
		{"WASHINGTON — The U.S. embassy warned of an attack on Friday.", "WASHINGTON —"},
		{"WASHINGTON—The U.S. embassy warned of an attack on Friday.", "WASHINGTON—"},
		{"NEW YORK -- Stocks fell sharply on Monday after the attack.", "NEW YORK --"},
		{"ST. PETERSBURG, Russia – Police detained three men on Sunday.", "ST. PETERSBURG, Russia –"},
		{"Moscow, March 25 (Reuters) - Iran had warned Russia of an attack.", "Moscow, March 25 (Reuters) -"},
		{"SÃO PAULO (AP) — Thousands marched through the city on Sunday.", "SÃO PAULO (AP) —"},
		{"KYIV, Ukraine — “We knew nothing,” the official said on Friday.", "KYIV, Ukraine —"},
		{"DUBAI/WASHINGTON, March 25 (Reuters) - Iran had warned Russia of an attack.", "DUBAI/WASHINGTON, March 25 (Reuters) -"},
		{"Moscow — The Kremlin said it was not aware of any warning at all.", ""},  // title case needs an agency
		{"NATO — the alliance said it would send more troops to the east.", ""},    // the body must open with a capital
		{"MOSCOW-based analysts said the attack was planned for a long time.", ""}, // no dash after a place
		{"MOSCOW - Short.", ""}, // too little body after it
		{"US - Russia relations have been strained for years, analysts say.", ""},         // too few letters without agency
		{"Iran alerted Russia of a looming major terrorist operation there.", ""},         // plain sentence
		{"The (Reuters) report - it said nothing about who was behind it.", ""},           // lower-case words
		{"MOSCOW (Sputnik -  Missing close paren makes this not a dateline.", ""},         // unbalanced
		{"PARIS, " + strings.Repeat("x", 60) + " (AFP) - Text that follows it here.", ""}, // detail too long
	}
	for _, tt := range tests {
		n := datelineLen(tt.in)
		got := strings.TrimSpace(tt.in[:n])
		if got != tt.want {
			t.Errorf("dateline of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTimestampLine(t *testing.T) {
	for in, want := range map[string]bool{
		"March 25, 2024 6:09 PM GMT+3":    true,
		"Updated 12:30 GMT":               true,
		"Published: Mon 25 Mar 2024":      true,
		"25.03.2024":                      true,
		"Mon, 25 Mar 2024 18:09:00 +0300": true,
		"Mar 25 2024":                     true,
		"March 22 was the day of it.":     false, // a sentence
		"May the investigation continue":  false, // no year or time
		"Marching on, 1,000 people came":  false, // 1,000 is not a year
	} {
		if got := timestampLine(in); got != want {
			t.Errorf("timestampLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"One sentence without a stop", []string{"One sentence without a stop"}},
		{"First one. Second one.", []string{"First one.", "Second one."}},
		{"Really? Yes! Fine.", []string{"Really?", "Yes!", "Fine."}},
		{"He said \"no.\" Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"Peskov said “no, we are not aware of that.” The NYT disagreed.", []string{"Peskov said “no, we are not aware of that.”", "The NYT disagreed."}},
		{"“Really?” he asked. She nodded.", []string{"“Really?” he asked.", "She nodded."}},
		{"Mr. Peskov and Dr. Smith met Gen. Lee on Jan. 5 in St. Petersburg.", []string{"Mr. Peskov and Dr. Smith met Gen. Lee on Jan. 5 in St. Petersburg."}},
		{"The U.S. Embassy warned. The U.K. agreed.", []string{"The U.S. Embassy warned.", "The U.K. agreed."}},
		{"J. R. Smith wrote it. Then he left.", []string{"J. R. Smith wrote it.", "Then he left."}},
		{"It rose 3.5 percent. Prices fell.", []string{"It rose 3.5 percent.", "Prices fell."}},
		{"In Russia... One of them said so.", []string{"In Russia...", "One of them said so."}},
		{"Wait… What happened?", []string{"Wait…", "What happened?"}},
		{"It ended. (A note followed.) Then more.", []string{"It ended.", "(A note followed.)", "Then more."}},
		{"Version 2. 3 people came.", []string{"Version 2.", "3 people came."}},
		{"lower case after. stays one.", []string{"lower case after. stays one."}},
		{"No space.Then joined.", []string{"No space.Then joined."}},
		{"It was at 10 a.m. Police came.", []string{"It was at 10 a.m. Police came."}}, // known miss: dotted abbreviations never end a sentence
		{"莫斯科遭到袭击。调查仍在进行中。", []string{"莫斯科遭到袭击。", "调查仍在进行中。"}},
		{"Trailing space.   ", []string{"Trailing space."}},
		{"  Leading space. Next.", []string{"Leading space.", "Next."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Sentences(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
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
	d, err := NewDocument(0, Source{Name: "fuzz.txt", Data: data})
	if err != nil {
		for _, known := range []error{ErrBinary, ErrEncoding, ErrEmpty, ErrTooLarge, ErrTooMany} {
			if errors.Is(err, known) {
				return
			}
		}
		t.Fatalf("unexpected error %v", err)
	}
	text := Clean(data)
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
			if p.Line < prev.Line || p.Line == prev.Line && prev.Kind != KindDateline {
				t.Fatalf("passage %s line %d after %s line %d (%s)", p.ID, p.Line, prev.ID, prev.Line, prev.Kind)
			}
		}
		switch p.Kind {
		case KindBody, KindTitle, KindTag, KindCredit, KindDateline:
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
		if p.Kind == KindBody && (len(p.Sentences) == 0 || strings.TrimSpace(p.Text[end:]) != "") {
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

func BenchmarkSegment1MB(b *testing.B) {
	text := Clean(benchArticle(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Segment(text)
	}
}

func BenchmarkNewDocument1MB(b *testing.B) {
	data := benchArticle(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewDocument(0, Source{Name: "bench.txt", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSegmentWrapped1MB(b *testing.B) {
	var sb strings.Builder
	words := strings.Fields(string(seed(b, "iran-warning.txt")))
	for sb.Len() < 1<<20 {
		col := 0
		for i, w := range words {
			if col+len(w) > 72 {
				sb.WriteByte('\n')
				col = 0
			} else if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
			col += len(w) + 1
		}
		sb.WriteString("\n\n")
	}
	text := Clean([]byte(sb.String()))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Segment(text)
	}
}

package text

// Segmenting: cutting cleaned text into passages, with a kind, a start line
// and sentences for each.
//
// Paragraphs. A blank line always ends a paragraph. Whether a line break
// inside a block of lines also does is decided once per file, from all its
// lines (headings and rules left out):
//
//   - "Inner" lines are those followed directly by another text line: the
//     lines that would be joined if the file were hard-wrapped.
//   - The file is hard-wrapped when it has inner lines, at most one line in
//     ten is longer than WrapWidth (120) runes, fewer than half its inner
//     lines end a sentence (. ! ? … : and closing quotes), and its wrap
//     width (the 90th percentile of line lengths) is 30 runes or more. Wrapped
//     prose breaks lines wherever the width runs out, mostly mid-sentence;
//     a file with one paragraph per line has long lines, or lines that end
//     sentences.
//   - Hard-wrapped: the lines of a block are joined with single spaces. A
//     Markdown list item starts a new paragraph, and so does the line after
//     one that ends a sentence well short of the file's wrap width (under
//     two thirds of it, if it is 40 or more), which splits wrapped files
//     that use no blank lines.
//   - Otherwise every line is a paragraph.
//
// Kinds. Non-body passages are shown but not aligned:
//
//   - title: a Markdown heading ("# …", or a line underlined with === or
//     ---, when short and not a sentence) anywhere, markup stripped; or, in
//     the head of the document, a line of at most 20 words and 120 runes,
//     not ending in . , ; : (or their full-width forms), that is in title
//     case, or stands alone (in a file of one paragraph per line, before a
//     blank line, or before a credit, byline or timestamp) and has at
//     least three words. Words of Han, kana
//     and Hangul count one per two runes. Only the first such line is a
//     title.
//   - tag: in the head, a line of one to three words (at most 40 runes) that
//     is one word, all lower case, all upper case or a #hashtag ("crocus",
//     "WORLD NEWS"), or a timestamp ("March 25, 2024 6:09 PM", "Published
//     3:04 PM EST, Mon March 25, 2024", "Updated 12 min ago": a month, a
//     weekday, Published, Updated, Posted or Last updated as a whole word,
//     or a digit first, and a year, a time or a relative time); anywhere,
//     a "Tags:" or "Topics:" line; and the lines of YAML front matter
//     between --- lines at the top of a file.
//   - credit: the furniture around the text, anywhere it starts a
//     paragraph (Markdown emphasis around it ignored). Photo credits and
//     captions: a line opening with ©, "(c) ", "Copyright" (and no
//     lower-case word after it), "Photo:", "Photo by", "Image caption",
//     "Image source", "FILE PHOTO:", "Credit:", "Source:" and the like; a
//     line that is wholly a parenthesis with a slash or a credit in it
//     ("(Reuters/Jane Doe)", "(Photo by Jane Doe/Getty Images)"); a
//     caption ending in its credit ("… on Friday. Photograph: Jane
//     Doe/Reuters", "… (AP Photo/Jane Doe)"). Bylines, which credit the
//     text as a photo credit does the picture: "By " and name words —
//     capitalised words, particles (de, van, al), links (and, &, |, in,
//     of, our) and staff roles ("By our US correspondent", "By JANE DOE
//     and JOHN ROE", "By Jane Doe | The Times") — in the head, and
//     anywhere as a paragraph of its own. Wire trailers: role clauses
//     ("(Reporting by Jane Doe in Kyiv; additional reporting by John Roe;
//     Editing by …)", or without brackets if only names follow); a dash
//     and a signature ("— AP", "– Jane Doe, Reuters"; after a hyphen,
//     which also opens list items, only with a news agency); a news
//     agency alone ("Reuters", "Staff and agencies"); lines ending "All
//     rights reserved" or "… contributed to this report". Promotions:
//     "Related:", "Read more", "Follow us on …", "Sign up for …",
//     "Subscribe to …", and lines such as "Advertisement". Asides and
//     sources: a short line wholly in square brackets ("[Image via
//     YouTube]", "[h/t Jane Doe]"), a line opening with "via" ("-- via
//     The Daily Globe."), an author's note ("— Jane Doe is a reporter at
//     The Daily Globe."), a social post embedded in the page, its text and
//     signature on one line ("Shame about the car.— Jane Doe (@janedoe)
//     October 9, 2014") or ending in its picture link ("…
//     pic.twitter.com/fQLYkVXRcT"), at most 60 words. After the head, a
//     line standing alone that is shaped like a headline, not a
//     sentence — three to twenty words, no . , ; : ! ? … at the end, a
//     capital first, and four in five of its
//     words of four letters or more capitalised (three such words at
//     least): a related link, a caption label or a subheading. A
//     correction note ("This story has been corrected…") is body. A
//     hard-wrapped paragraph that is a credit as a whole (a trailer over
//     two lines) is a credit.
//   - dateline: a prefix of the first body passage naming a place (or
//     places joined by "/"; "Rio de Janeiro" with its particles) and
//     ending in a dash: in capitals ("KYIV —", "GAZA CITY, Jan 5 (AFP)
//     -"), in title case with an agency in parentheses ("Moscow, March 25
//     (Reuters) -") or with a detail of capitalised words or a date
//     ("Kyiv, Ukraine — "). A place in capitals, or one with an agency,
//     may end in a colon instead ("BEIRUT: "). After a known news agency
//     (a built-in list of agencies and of the broadcasters that date copy
//     as they do) the place may be left out ("(CNN) —"), and so may the
//     dash if the place is in capitals or has a detail ("MATHURA, Aug 27
//     (PTI) At least…"). Labels (UPDATE, BREAKING, EXCLUSIVE, ANALYSIS, …,
//     in any case) are not places; a capitalised word without a dash
//     ("NATO said…", "ISIS-K claimed…") is not a dateline. The body after
//     it must open with a capital, a digit or a quote, and run 20 runes
//     or more. It becomes its own passage on the same line; the rest
//     stays body.
//
// The head is the run of lines before the first body line, at most eight
// lines of text. If a document ends up with no body passage at all, every
// passage becomes body, so a file holding one short line is still an
// article.
//
// Lines. Every passage records the 1-based line where it starts; Clean keeps
// line numbers, so they are the source file's.
//
// Sentences. A sentence ends at . ! ? or … (with any closing quotes and
// brackets after it) followed by a space and a capital, a digit, an opening
// quote or bracket, or a letter of a script without case; and at 。！？
// directly. A period does not end a sentence after a known abbreviation
// ("Mr.", "Jan.", "Gen."), a single letter ("J. Smith"), or a dotted
// abbreviation ("U.S.", "a.m.").
//
// What it gets wrong: a wrapped file whose lines often end in sentences is
// taken as one paragraph per line; "U.S." and "a.m." never end a sentence,
// even at the end of one; a one-paragraph-per-line file opening with a short
// sentence that lacks its full stop gets it as a title; an organisation's
// acronym and a dash or colon ("NATO — The alliance…", "PESKOV: We…" in a
// transcript) reads as a dateline, and so does a name, a comma and a
// capitalised word before a dash ("Trump, Biden — The two…"); an agency
// missing from the list needs its dash; a byline after the head that
// shares its paragraph with other text, or one with lower-case words not
// in the list ("By staff in the field"), stays body, while a quotation's
// attribution on a line of its own ("— Winston Churchill") is taken for a
// signature; a timestamp after the head is body; a copyright line wrapped
// over two lines leaves its second line as body; lists in a hard-wrapped
// file are split per item only when marked (-, *, +, 1.); Markdown other
// than headings, rules and front matter (emphasis, links) is left as
// written; a short paragraph of body text written in Title Case without a
// full stop ("Nobody Knows Where They Went") is taken for a headline-shaped
// credit.

import (
	"strings"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
)

// WrapWidth is the line length, in runes, above which a line cannot be part
// of hard-wrapped text.
const WrapWidth = 120

// minWrapWidth is the narrowest wrap width taken for hard-wrapped prose:
// blocks of shorter lines are lists or verse, a paragraph per line.
const minWrapWidth = 30

// maxHeadLines is how many lines of text the head of a document can hold.
const maxHeadLines = 8

// Segment cuts cleaned text (the output of Clean) into passages with their
// kind, line and sentences set; ID, Doc and Index are left for the caller.
func Segment(text string) []*model.Passage {
	ps, _ := SegmentAtMost(text, 0)
	return ps
}

// SegmentAtMost is Segment with a cap: past max passages (if max > 0) it stops and
// reports false.
func SegmentAtMost(text string, max int) ([]*model.Passage, bool) {
	st := measure(text)
	s := &segmenter{max: max, wrap: st.wrapped(), wrapW: st.wrapWidth(), head: true}
	lines := lineIter{s: text}
	cur, ok := lines.next()
	for ok && !s.full {
		next, more := lines.next()
		s.line(cur, next, more, st.frontEnd)
		cur, ok = next, more
	}
	s.flush()
	if s.full {
		return nil, false
	}
	s.finish()
	if s.full { // windows of over-long passages went past max
		return nil, false
	}
	return s.out, true
}

// srcLine is one line of the cleaned text.
type srcLine struct {
	no   int    // 1-based line number
	text string // the line without leading and trailing white space
	kind lineKind
}

// lineKind is what a line is, before any context.
type lineKind uint8

const (
	lineText      lineKind = iota
	lineBlank              // empty or white space
	lineHeading            // "# …" to "###### …"
	lineUnderline          // "===" or "---": a setext underline, or a rule
	lineRule               // "***", "* * *", "___", "- - -"
	lineList               // "- item", "* item", "+ item", "1. item", "1) item"
)

// lineIter yields the lines of a text one at a time, without a slice of them.
type lineIter struct {
	s   string
	pos int
	no  int
}

func (it *lineIter) next() (srcLine, bool) {
	if it.pos > len(it.s) || (it.pos == len(it.s) && it.no > 0) {
		return srcLine{}, false
	}
	raw := it.s[it.pos:]
	if i := strings.IndexByte(raw, '\n'); i >= 0 {
		raw = raw[:i]
	}
	it.pos += len(raw) + 1
	it.no++
	t := strings.TrimSpace(raw)
	return srcLine{no: it.no, text: t, kind: classify(t)}, true
}

// classify tells blank lines, headings, rules and list items from text.
func classify(t string) lineKind {
	if t == "" {
		return lineBlank
	}
	switch t[0] {
	case '#':
		n := len(t) - len(strings.TrimLeft(t, "#"))
		if n <= 6 && (n == len(t) || t[n] == ' ') {
			return lineHeading
		}
	case '=', '-', '*', '_':
		c := t[0]
		if strings.Trim(t, string(c)) == "" && len(t) >= 3 && c != '*' && c != '_' {
			return lineUnderline
		}
		if strings.Trim(t, string(c)+" ") == "" && strings.Count(t, string(c)) >= 3 && c != '=' {
			return lineRule
		}
		if (c == '-' || c == '*') && len(t) > 1 && t[1] == ' ' {
			return lineList
		}
	case '+':
		if len(t) > 1 && t[1] == ' ' {
			return lineList
		}
	}
	if strings.HasPrefix(t, "• ") {
		return lineList
	}
	digits := 0
	for digits < len(t) && digits < 4 && t[digits] >= '0' && t[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < 4 && digits+1 < len(t) && (t[digits] == '.' || t[digits] == ')') && t[digits+1] == ' ' {
		return lineList
	}
	return lineText
}

// fileStats is what the first pass learns about a file's lines.
type fileStats struct {
	lines, long     int // text lines; those longer than WrapWidth
	inner, innerEnd int // text lines followed by a text line; those ending a sentence
	lengths         [WrapWidth + 2]int
	frontEnd        int // the line closing YAML front matter, or 0
}

// measure gathers the statistics that decide the layout of a file.
func measure(text string) *fileStats {
	st := &fileStats{}
	it := lineIter{s: text}
	var prev srcLine
	prevText := false
	for {
		l, ok := it.next()
		if !ok {
			break
		}
		if l.no == 1 && l.text == "---" {
			st.frontEnd = -1 // looking for its end
		} else if st.frontEnd == -1 && (l.text == "---" || l.text == "...") {
			st.frontEnd = l.no
		} else if st.frontEnd == -1 && l.no > 40 {
			st.frontEnd = 0
		}
		isText := l.kind == lineText || l.kind == lineList
		if isText {
			st.lines++
			n := utf8.RuneCountInString(l.text)
			if n > WrapWidth {
				st.long++
			}
			st.lengths[min(n, WrapWidth+1)]++
		}
		if isText && prevText {
			st.inner++
			if endsSentence(prev.text) {
				st.innerEnd++
			}
		}
		prev, prevText = l, isText
	}
	if st.frontEnd < 0 {
		st.frontEnd = 0
	}
	return st
}

// wrapped reports whether the file is hard-wrapped prose.
func (st *fileStats) wrapped() bool {
	return st.inner > 0 && st.long*10 <= st.lines && st.innerEnd*2 < st.inner && st.wrapWidth() >= minWrapWidth
}

// wrapWidth is the 90th percentile of the text lines' lengths.
func (st *fileStats) wrapWidth() int {
	seen, want := 0, (st.lines*9+9)/10
	for n, c := range st.lengths {
		seen += c
		if seen >= want {
			return n
		}
	}
	return WrapWidth
}

// segmenter is the second pass: it turns lines into passages.
type segmenter struct {
	out   []*model.Passage
	max   int
	full  bool      // more than max passages
	para  []srcLine // lines of the paragraph being gathered (hard-wrapped files)
	wrap  bool
	wrapW int
	head  bool // still before the first body line
	headN int  // lines of text seen in the head
	title bool // a title has been found
}

// line handles one line; next is the line after it, if more.
func (s *segmenter) line(l, next srcLine, more bool, frontEnd int) {
	if frontEnd > 0 && l.no <= frontEnd {
		if l.no > 1 && l.no < frontEnd && l.kind != lineBlank {
			s.emit(l.no, model.KindTag, l.text)
		}
		return
	}
	switch l.kind {
	case lineBlank, lineRule:
		s.flush()
		return
	case lineHeading:
		s.flush()
		s.emit(l.no, model.KindTitle, headingText(l.text))
		s.title = true
		return
	case lineUnderline:
		s.underline(l)
		return
	}
	if len(s.para) == 0 {
		// alone: the line is a paragraph by itself, not the first of a
		// block of wrapped lines.
		alone := !s.wrap || !more || next.kind != lineText && next.kind != lineList ||
			creditLine(next.text) || byline(next.text) || timestampLine(next.text)
		if s.head {
			if s.headN < maxHeadLines && l.kind != lineList {
				s.headN++
				if k := s.headKind(l.text, alone); k != "" {
					s.emit(l.no, k, l.text)
					if k == model.KindTitle {
						s.title = true
					}
					return
				}
			}
			s.head = false
		}
		if creditLine(l.text) || alone && (byline(l.text) || headingLine(l.text)) {
			s.emit(l.no, model.KindCredit, l.text)
			return
		}
		if labelledTag(l.text) {
			s.emit(l.no, model.KindTag, l.text)
			return
		}
	}
	if !s.wrap {
		s.emit(l.no, model.KindBody, l.text)
		return
	}
	if l.kind == lineList {
		s.flush()
	}
	s.para = append(s.para, l)
	if s.wrapW >= 40 && endsSentence(l.text) && utf8.RuneCountInString(l.text) < s.wrapW*2/3 {
		s.flush()
	}
}

// underline handles "===" and "---": a setext heading underline when it
// follows a short line that is not a sentence, else a rule.
func (s *segmenter) underline(l srcLine) {
	if len(s.para) > 0 {
		text := joinLines(s.para)
		if len(s.para) == 1 && headingLike(text) {
			s.emit(s.para[0].no, model.KindTitle, text)
			s.title = true
			s.para = s.para[:0]
			return
		}
		s.flush()
		return
	}
	if n := len(s.out); n > 0 {
		p := s.out[n-1]
		if p.Line == l.no-1 && p.Kind == model.KindBody && headingLike(p.Text) {
			p.Kind, p.Sentences = model.KindTitle, nil
			s.title = true
		}
	}
}

// headKind classifies a line in the head of a document, or returns "" when
// it is body text. alone says the line stands by itself, not inside a
// block of wrapped lines.
func (s *segmenter) headKind(t string, alone bool) model.Kind {
	switch {
	case creditLine(t) || byline(t):
		return model.KindCredit
	case tagLine(t) || labelledTag(t) || timestampLine(t):
		return model.KindTag
	case !s.title && titleLine(t, alone):
		return model.KindTitle
	}
	return ""
}

// flush ends the paragraph being gathered. A paragraph of wrapped lines
// that is a credit as a whole (a trailer or a caption that runs over two
// lines) is a credit.
func (s *segmenter) flush() {
	if len(s.para) == 0 {
		return
	}
	text, kind := joinLines(s.para), model.KindBody
	if len(s.para) > 1 && creditLine(text) {
		kind = model.KindCredit
	}
	s.emit(s.para[0].no, kind, text)
	s.para = s.para[:0]
}

// emit adds a passage; empty text adds nothing.
func (s *segmenter) emit(line int, kind model.Kind, text string) {
	if text == "" || s.full {
		return
	}
	if s.max > 0 && len(s.out) >= s.max {
		s.full = true
		return
	}
	s.out = append(s.out, &model.Passage{Line: line, Kind: kind, Text: text})
}

// finish splits off a dateline, makes sure there is body text, and finds
// the sentences of body passages.
func (s *segmenter) finish() {
	body := -1
	for i, p := range s.out {
		if p.Kind == model.KindBody {
			body = i
			break
		}
	}
	if body < 0 {
		for _, p := range s.out {
			p.Kind = model.KindBody
		}
	} else if n := datelineLen(s.out[body].Text); n > 0 && (s.max == 0 || len(s.out) < s.max) {
		p := s.out[body]
		d := &model.Passage{Line: p.Line, Kind: model.KindDateline, Text: strings.TrimSpace(p.Text[:n])}
		p.Text = strings.TrimSpace(p.Text[n:])
		s.out = append(s.out[:body], append([]*model.Passage{d}, s.out[body:]...)...)
	}
	s.window()
	for _, p := range s.out {
		if p.Kind == model.KindBody {
			p.Sentences = Sentences(p.Text)
		}
	}
}

// MaxPassageLen is the longest body passage, in bytes: a longer paragraph
// (a one-line file of a megabyte, a table pasted as one line) is cut into
// windows of whole sentences, each a passage on the same line, so that
// every later stage works on bounded passages and the whole run stays
// linear in the input. News paragraphs are far shorter (a long one is
// 2 KB).
const MaxPassageLen = 4 << 10

// window cuts over-long body passages into windows of at most
// MaxPassageLen bytes, at sentence ends where there are any, else at a
// space, else at a rune boundary.
func (s *segmenter) window() {
	long := false
	for _, p := range s.out {
		if p.Kind == model.KindBody && len(p.Text) > MaxPassageLen {
			long = true
			break
		}
	}
	if !long {
		return
	}
	var out []*model.Passage
	for _, p := range s.out {
		if p.Kind != model.KindBody || len(p.Text) <= MaxPassageLen {
			out = append(out, p)
			continue
		}
		for rest := p.Text; rest != ""; {
			n := windowLen(rest)
			if t := strings.TrimSpace(rest[:n]); t != "" {
				out = append(out, &model.Passage{Line: p.Line, Kind: p.Kind, Text: t})
			}
			rest = rest[n:]
		}
	}
	if s.max > 0 && len(out) > s.max {
		s.full = true
	}
	s.out = out
}

// windowLen is the length of the first window of t.
func windowLen(t string) int {
	if len(t) <= MaxPassageLen {
		return len(t)
	}
	cut := t[:MaxPassageLen]
	if i := strings.LastIndexAny(cut, ".!?…"); i > MaxPassageLen/2 {
		_, size := utf8.DecodeRuneInString(t[i:])
		return i + size
	}
	if i := strings.LastIndexByte(cut, ' '); i > MaxPassageLen/2 {
		return i + 1
	}
	n := MaxPassageLen
	for n > 0 && !utf8.RuneStart(t[n]) {
		n--
	}
	return n
}

// joinLines joins the lines of a wrapped paragraph with single spaces.
func joinLines(ls []srcLine) string {
	if len(ls) == 1 {
		return ls[0].text
	}
	n := len(ls) - 1
	for _, l := range ls {
		n += len(l.text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range ls {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// headingText strips the markup of an ATX heading: "## Title ##" → "Title".
func headingText(t string) string {
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	if u := strings.TrimRight(t, "#"); u != t && (u == "" || strings.HasSuffix(u, " ")) {
		t = strings.TrimSpace(u)
	}
	return t
}

// headingLike reports text that can be a setext heading: short, and not a
// sentence.
func headingLike(t string) bool {
	return utf8.RuneCountInString(t) <= WrapWidth && !strings.HasSuffix(trimClosers(t), ".")
}

// endsSentence reports a line whose last character, closing quotes and
// brackets aside, ends a sentence.
func endsSentence(t string) bool {
	t = trimClosers(t)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…:。！？", r)
}

// trimClosers drops closing quotes, brackets and emphasis from the end of t.
func trimClosers(t string) string {
	return strings.TrimRightFunc(t, func(r rune) bool { return isCloser(r) || r == '*' || r == '_' })
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '„', '¿', '¡':
		return true
	}
	return false
}

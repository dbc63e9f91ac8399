package text

// Recognising what is not body text: tag lines, photo credits and
// captions, bylines, wire trailers and promotions, timestamps, titles and
// datelines. The rules are described at the top of segment.go.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagLine reports a slug-like line: one to three words, at most 40 runes,
// no sentence punctuation at the end, and one word, all lower case, all
// upper case, or a hashtag.
func tagLine(t string) bool {
	w := strings.Fields(t)
	if len(w) == 0 || wordCount(t) > 3 || utf8.RuneCountInString(t) > 40 || endsSentence(t) || strings.HasSuffix(t, ",") {
		return false
	}
	if len(w) == 1 || t[0] == '#' {
		return hasLetter(t)
	}
	return hasLetter(t) && (strings.ToLower(t) == t || strings.ToUpper(t) == t)
}

// tagPrefixes open a labelled tag line.
var tagPrefixes = newPrefixSet(tagLabels...)

// labelledTag reports a "Tags: …" or "Topics: …" line.
func labelledTag(t string) bool {
	return tagPrefixes.has(t) && utf8.RuneCountInString(t) <= 200
}

// creditPrefixes open a credit line: a copyright, a photo credit or a
// caption (compared without case). "Copyright" must be followed by a
// year, a sign or a name, not a lower-case word.
var creditPrefixes = newPrefixSet(creditOpeners...)

// promoPrefixes open the links, sign-up and follow lines that web copy
// scatters through an article (compared without case).
var promoPrefixes = newPrefixSet(promoOpeners...)

// creditLine reports a line that is furniture around the article, not
// body text. What opens it: a copyright or photo credit (creditPrefixes), a
// promotion (promoPrefixes, "Follow Jane Doe on X"), a trailer's role
// clause ("Reporting by Jane Doe; Editing by John Roe", names only), or a
// dash and a signature ("— AP", "— Jane Doe, Reuters"). What it is
// wholly: a parenthesis holding a slash ("(Reuters/Jane Doe)"), a credit
// or a role clause ("(Photo by …)", "(Reporting by …; writing by …)"), a
// news agency ("Reuters", "Staff and agencies"), or a line of page
// furniture ("Advertisement"). What closes it: "All rights reserved",
// "… contributed to this report", or a photo credit after a caption ("…
// on Friday. Photograph: Jane Doe/Reuters", "… (AP Photo/Jane Doe)").
// Markdown emphasis around the line is ignored.
func creditLine(t string) bool {
	t = stripEmphasis(t)
	if t == "" || len(t) > 4*300 {
		return false
	}
	var buf [keyLen]byte
	switch p := creditPrefixes.match(t); {
	case p == "copyright " && startsLower(t[len(p):]): // "Copyright infringement claims rose…"
	case (p != "" || promoPrefixes.has(t) || followLine(t)) && runesAtMost(t, 200):
		return true
	case len(t) <= 4*40 && runesAtMost(t, 40) && (promoLines.Has(string(foldKey(&buf, t))) || agencyLine(t)):
		return true
	case t[0] == '(' && parenCredit(t) && runesAtMost(t, 300):
		return true
	}
	return (roleLine(t) || signOff(t) || trailerLine(t) || captionTail(t) || bracketCredit(t) || viaLine(t) || bioLine(t) || postCredit(t)) && runesAtMost(t, 300) || embeddedPost(t)
}

// startsLower reports text opening with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// runesAtMost reports whether t has at most n runes, counting them only
// when its length in bytes leaves it in doubt.
func runesAtMost(t string, n int) bool {
	return len(t) <= n || len(t) <= 4*n && utf8.RuneCountInString(t) <= n
}

// followLine reports "Follow Jane Doe on X" and the like.
func followLine(t string) bool {
	if !hasPrefixFold(t, "follow ") {
		return false
	}
	l := strings.ToLower(t)
	for _, s := range socialNetworks {
		if i := strings.Index(l, s); i >= 0 && (i+len(s) == len(l) || !isLetterByte(l[i+len(s)])) {
			return true
		}
	}
	return false
}

// parenCredit reports a line that is one parenthesis holding a credit:
// a slash ("(Reuters/Jane Doe)", at most 80 bytes), a credit prefix
// ("(Photo by Jane Doe/Getty Images)") or a trailer's role clause
// ("(Reporting by Jane Doe; Editing by John Roe)").
func parenCredit(t string) bool {
	if !strings.HasSuffix(t, ")") || strings.Count(t, "(") != 1 {
		return false
	}
	in := strings.TrimSpace(t[1 : len(t)-1])
	return len(t) <= 80 && strings.Contains(in, "/") || creditPrefixes.has(in) || roleLead(in) > 0
}

// trailerLine reports boilerplate that ends with one of trailerSuffixes.
func trailerLine(t string) bool {
	t = strings.TrimRight(trimClosers(t), ".")
	if len(t) < 19 || !strings.ContainsRune("dDtTgGyYeE", rune(t[len(t)-1])) {
		return false // the suffixes end in d, t, g, y or e
	}
	for _, s := range trailerSuffixes {
		if len(t) >= len(s) && strings.EqualFold(t[len(t)-len(s):], s) {
			return true
		}
	}
	return false
}

// roleLead returns the number of words of a role phrase and "by" opening
// t ("Reporting by", "additional reporting by"), or 0.
func roleLead(t string) int {
	var buf [keyLen]byte
	for i := 0; i < 4; i++ {
		w, rest := firstWord(t)
		k := string(foldKey(&buf, w))
		switch {
		case k == "by" && i > 0:
			return i + 1
		case !roleWords.Has(k) || i == 0 && k == "and":
			return 0
		}
		t = rest
	}
	return 0
}

// roleLine reports a trailer without brackets: a role phrase, "by", and
// then only names and further role clauses, "Reporting by Jane Doe in
// Kyiv; Editing by John Roe".
func roleLine(t string) bool {
	k := roleLead(t)
	if k == 0 {
		return false
	}
	w := strings.Fields(t)[k:]
	return len(w) > 0 && len(w) <= 40 && nameWords(w, true)
}

// signOff reports a wire signature on a line of its own: a dash and a few
// name words, "— AP", "– Jane Doe, Reuters". After a plain hyphen (which
// also opens list items) a news agency must be among them.
func signOff(t string) bool {
	var rest string
	hyphen := false
	switch {
	case strings.HasPrefix(t, "--"):
		rest = t[2:]
	case strings.HasPrefix(t, "-"):
		rest, hyphen = t[1:], true
	case strings.HasPrefix(t, "—"), strings.HasPrefix(t, "–"), strings.HasPrefix(t, "―"):
		rest = t[len("—"):]
	default:
		return false
	}
	rest = strings.TrimSpace(rest)
	w := strings.Fields(rest)
	if len(w) == 0 || len(w) > 6 || len(rest) > 80 || endsSentence(rest) || !nameWords(w, false) {
		return false
	}
	if !hyphen {
		return true
	}
	for _, x := range w {
		for _, part := range strings.FieldsFunc(x, isAgencySep) {
			if agencyNames.Has(strings.ToLower(part)) {
				return true
			}
		}
	}
	return false
}

// captionTail reports a caption, at most 1000 bytes, whose last words are
// a photo credit: "… on Friday. Photograph: Jane Doe/Reuters" (the label
// after the end of a sentence or a bar, the credit one short phrase) or
// "… on Friday. (AP Photo/Jane Doe)" (a final parenthesis opening with a
// credit prefix, or with a slash and a photo or images in it).
func captionTail(t string) bool {
	if len(t) > 1000 {
		return false
	}
	tail := t[max(0, len(t)-120):]
	if strings.HasSuffix(tail, ")") {
		k := strings.LastIndexByte(tail, '(')
		if k < 0 {
			return false
		}
		in := tail[k+1 : len(tail)-1]
		return creditPrefixes.has(in) || strings.HasSuffix(in, "Getty Images") ||
			strings.Contains(in, "/") && (strings.Contains(in, "Photo") || strings.Contains(in, "PHOTO") || strings.Contains(in, "Images"))
	}
	if strings.IndexByte(tail, ':') < 0 { // fast, and most lines have none
		return false
	}
	k := strings.LastIndex(tail, ": ")
	if k < 0 {
		return false
	}
	credit := tail[k+2:]
	j := strings.LastIndexByte(tail[:k], ' ')
	label := tail[j+1 : k]
	if !captionLabels.Has(label) || utf8.RuneCountInString(credit) > 80 || strings.Contains(credit, ". ") {
		return false
	}
	before := strings.TrimRight(t[:len(t)-len(tail)+j+1], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || r == '|' || endsSentence(before)
}

// bylinePrefixes open a byline (compared without case).
var bylinePrefixes = newPrefixSet(bylineOpeners...)

// byline reports "By Jane Doe", "*By our US correspondent*", "By JANE DOE
// and JOHN ROE", "By Jane Doe | The Times": "By " and one to twelve name
// words (see nameWords), at most 100 runes, not ending a sentence.
// Markdown emphasis around the line is ignored.
func byline(t string) bool {
	t = stripEmphasis(t)
	p := bylinePrefixes.match(t)
	if p == "" || len(t) > 400 || utf8.RuneCountInString(t) > 100 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(trimClosers(t)); strings.ContainsRune(".!?:;,", r) {
		return false
	}
	w := strings.Fields(t[len(p):])
	return len(w) > 0 && len(w) <= 12 && nameWords(w, false)
}

// nameWords reports words that are all names (a capital first), fillers
// (nameFillers) or bare punctuation ("|", "–"), with at least one name or
// role noun among them. With roles, the role phrases of further trailer
// clauses ("; Editing by") are allowed too.
func nameWords(w []string, roles bool) bool {
	named := false
	var buf [keyLen]byte
	for _, x := range w {
		x = strings.TrimFunc(x, func(r rune) bool { return unicode.IsPunct(r) && r != '&' || unicode.IsSymbol(r) })
		if x == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(x)
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			named = true
			continue
		}
		l := string(foldKey(&buf, x))
		if nameFillers.Has(l) || personFillers.Has(l) {
			named = named || personFillers.Has(l)
			continue
		}
		if roles && (roleWords.Has(l) || l == "by") {
			continue
		}
		return false
	}
	return named
}

// isAgencySep separates the agencies of "(Reuters/AP)", "AP, AFP".
func isAgencySep(r rune) bool { return r == '/' || r == ',' || r == '&' || r == ';' }

// knownAgency reports whether s names news agencies only: "Reuters",
// "AP/AFP", "The Associated Press", "Reuters and AFP".
func knownAgency(s string) bool {
	var buf [keyLen]byte
	l := foldKey(&buf, strings.TrimSpace(s))
	if len(l) == 0 {
		return false
	}
	if agencyNames.Has(string(l)) {
		return true
	}
	for i := 0; i+5 <= len(l); i++ {
		if string(l[i:i+5]) == " and " {
			copy(l[i:], "  /  ")
		}
	}
	parts := 0
	for len(l) > 0 {
		end := len(l)
		for i, c := range l {
			if isAgencySep(rune(c)) {
				end = i
				break
			}
		}
		if part := bytes.TrimSpace(l[:end]); len(part) > 0 {
			if !agencyNames.Has(string(part)) {
				return false
			}
			parts++
		}
		l = l[min(end+1, len(l)):]
	}
	return parts > 0
}

// agencyLine reports a line that only credits agencies: "Reuters", "With
// AFP", "Staff and agencies", "— AP" aside (see signOff).
func agencyLine(t string) bool {
	var buf [keyLen]byte
	t = strings.TrimSuffix(t, ".")
	l := string(foldKey(&buf, t))
	switch l {
	case "agencies", "staff and agencies", "wires":
		return true
	}
	if strings.HasPrefix(l, "with ") {
		t = t[len("with "):]
	}
	if strings.HasSuffix(l, " and agencies") {
		t = t[:len(t)-len(" and agencies")]
	}
	return knownAgency(t)
}

// timestampLine reports a line giving when the article appeared: at most
// 80 runes and 14 words, no final full stop, opening with a digit or with
// a month, a weekday, "Published", "Updated", "Posted", "Modified" or
// "Last updated" as a whole word, and holding a year (four digits from
// 1900 to 2099), a time (h:mm) or a relative time ("12 min ago").
// Markdown emphasis around the line is ignored.
func timestampLine(t string) bool {
	t = stripEmphasis(t)
	if t == "" || len(t) > 4*80 || strings.HasSuffix(t, ".") {
		return false
	}
	if !asciiDigit(t[0]) {
		var buf [keyLen]byte
		w0, rest := firstWord(t)
		first := string(foldKey(&buf, strings.TrimRight(w0, ",.:")))
		if !monthsAndDays.Has(first) {
			return false
		}
		if first == "last" || first == "first" {
			w1, _ := firstWord(rest)
			switch string(foldKey(&buf, strings.TrimRight(w1, ",.:"))) {
			case "updated", "published", "posted", "modified":
			default:
				return false
			}
		}
	}
	w := strings.Fields(t)
	if len(w) > 14 || utf8.RuneCountInString(t) > 80 {
		return false
	}
	for i := 0; i+1 < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			continue
		}
		if t[i+1] == ':' && i+3 < len(t) && asciiDigit(t[i+2]) && asciiDigit(t[i+3]) {
			return true // a time
		}
		if i+3 < len(t) && (t[i:i+2] == "19" || t[i:i+2] == "20") && asciiDigit(t[i+2]) && asciiDigit(t[i+3]) &&
			(i == 0 || !asciiDigit(t[i-1])) && (i+4 == len(t) || !asciiDigit(t[i+4])) {
			return true // a year
		}
	}
	for k := 1; k < len(w); k++ { // "12 min ago", "an hour ago", "3h ago"
		if !strings.EqualFold(strings.TrimRight(w[k], ",|·"), "ago") {
			continue
		}
		var buf [keyLen]byte
		unit := strings.TrimLeft(w[k-1], "0123456789")
		if agoUnits.Has(string(foldKey(&buf, unit))) && (len(unit) < len(w[k-1]) || k >= 2 && isCount(w[k-2])) {
			return true
		}
	}
	return false
}

// isCount reports a number before a time unit: digits, "a", "an", "one",
// "few".
func isCount(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "one", "few":
		return true
	}
	return strings.TrimLeft(w, "0123456789") == "" && w != ""
}

func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// titleLine reports a headline: at most 20 words and 120 runes, not ending
// in . , ; or :, and either in title case (most words of four letters or
// more capitalised, and the first) or standing alone with three words or
// more.
func titleLine(t string, alone bool) bool {
	w := strings.Fields(t)
	n := wordCount(t)
	if n < 2 || n > 20 || utf8.RuneCountInString(t) > WrapWidth {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(trimClosers(t))
	if strings.ContainsRune(".,;:。，；：", last) {
		return false
	}
	if alone && n >= 3 {
		return true
	}
	long, capital := 0, 0
	for i, x := range w {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(x, isOpener))
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if utf8.RuneCountInString(x) >= 4 {
			long++
			if unicode.IsUpper(r) {
				capital++
			}
		}
	}
	return capital*10 >= long*6
}

// headingLine reports a line inside the body that is shaped like a
// headline, not a sentence: three to twenty words, at most WrapWidth
// runes, no sentence punctuation at the end (. , ; : ! ? …), a capital
// first, and at least three words of four letters or more, four in five
// of them capitalised. Such a line is a related link ("Mass Graves Found
// Near Town Where Students Went Missing"), a caption label ("Sheriff Janet
// Walker") or a subheading; a caption that reads as a sentence ("Jane Doe
// caught the fish in the delta (Photo Agency)") keeps enough lower-case
// words to stay body.
func headingLine(t string) bool {
	n := wordCount(t)
	if n < 3 || n > 20 || !runesAtMost(t, WrapWidth) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(trimClosers(t))
	if strings.ContainsRune(".,;:!?…。，；：！？", last) {
		return false
	}
	long, capital := 0, 0
	for i, x := range strings.Fields(t) {
		x = strings.TrimLeftFunc(x, isOpener)
		r, _ := utf8.DecodeRuneInString(x)
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		letters := 0
		for _, c := range x {
			if unicode.IsLetter(c) {
				letters++
			}
		}
		if letters >= 4 {
			long++
			if unicode.IsUpper(r) {
				capital++
			}
		}
	}
	return long >= 3 && capital*5 >= long*4
}

// bracketCredit reports a short line wholly in square brackets, an
// editor's aside or a credit: "[Image via YouTube]", "[The Daily Globe]",
// "[h/t Jane Doe]": at most twelve words, one pair of brackets, no
// sentence break inside.
func bracketCredit(t string) bool {
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") || strings.Count(t, "[") != 1 || strings.Count(t, "]") != 1 {
		return false
	}
	in := t[1 : len(t)-1]
	return wordCount(in) <= 12 && !strings.Contains(in, ". ")
}

// leadDashes are what a credit line may open with before its words:
// hyphens, dashes and spaces ("-- via …", "— Jane Doe (@janedoe) …").
const leadDashes = "-—–― "

// viaLine reports a line crediting where the text or a picture comes
// from, opening with "via" after an optional dash: "-- via The Daily
// Globe.", "Via Twitter: @jane", "via Reuters"; at most ten words.
func viaLine(t string) bool {
	t = strings.TrimLeft(t, leadDashes)
	return hasPrefixFold(t, "via ") && wordCount(t) <= 10 && runesAtMost(t, 80)
}

// postCredit reports the signature line under an embedded social post: a
// dash, a name, a handle in parentheses and usually a date, "— Jane Doe
// (@janedoe) March 7, 2024"; at most twenty words.
func postCredit(t string) bool {
	rest := strings.TrimLeft(t, leadDashes)
	if len(rest) == len(t) || wordCount(rest) > 20 {
		return false
	}
	i := strings.Index(rest, "(@")
	if i < 0 {
		return false
	}
	j := strings.IndexByte(rest[i:], ')')
	return j > 2 && !strings.ContainsAny(rest[i+2:i+j], " \t")
}

// embeddedPost reports a social post embedded in the page, its text and
// its signature run into one line: "Shame to damage a great car?— Jane
// Doe (@janedoe) October 9, 2014", or a post that ends in its picture
// link, "6 days of darkness in December pic.twitter.com/fQLYkVXRcT". It is
// a reaction the article shows, not what the article reports (on the fit
// real-pair gold, 6 of the 7 links to such lines were links no reader
// made). At most 60 words: a longer line holds body text as well.
func embeddedPost(t string) bool {
	// Every line is asked: the two marks are looked for (Contains is the
	// fast search) before the words are counted.
	if !strings.Contains(t, "(@") && !strings.Contains(t, "pic.twitter.com/") {
		return false
	}
	end := strings.TrimRight(t, " .\"”'")
	pic := strings.LastIndex(end, "pic.twitter.com/")
	i := strings.LastIndex(t, "(@")
	if pic < 0 && i < 0 || wordCount(t) > 60 {
		return false
	}
	if pic >= 0 && !strings.ContainsAny(end[pic:], " \t") {
		return true
	}
	if i < 0 {
		return false
	}
	// The signature opens at the last dash before the handle.
	d := strings.LastIndexAny(t[:i], "—–")
	return d > 0 && postCredit(t[d:])
}

// bioLine reports an author's note after the text: a dash, a name of one
// to four capitalised words, then "is a", "is an" or "is the", one
// sentence of at most 30 words: "— Jane Doe is a reporter at The Daily
// Globe."
func bioLine(t string) bool {
	rest := strings.TrimLeft(t, leadDashes)
	if len(rest) == len(t) || wordCount(rest) > 30 || strings.Contains(strings.TrimRight(rest, "."), ". ") {
		return false
	}
	w := strings.Fields(rest)
	for k := 1; k <= 4 && k+1 < len(w); k++ {
		r, _ := utf8.DecodeRuneInString(w[k-1])
		if !unicode.IsUpper(r) {
			return false
		}
		if w[k] == "is" && (w[k+1] == "a" || w[k+1] == "an" || w[k+1] == "the") {
			return true
		}
	}
	return false
}

// wordCount counts the words of t: its space-separated fields, and for
// scripts written without spaces (Han, kana, Hangul), one per two runes.
// The fields are counted as strings.Fields splits them (at unicode.IsSpace),
// without building the list: every passage is counted, and at a 16 MiB
// article the lists came to 80 MB of garbage.
func wordCount(t string) int {
	n, cjk := 0, 0
	inField := false
	for _, r := range t {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			n++
			inField = true
		}
		if r >= 0x1100 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			cjk++
		}
	}
	if cjk > 0 {
		n += cjk/2 - 1
	}
	return max(n, 0)
}

func hasLetter(t string) bool {
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// hasPrefixFold reports whether t starts with one of the lower-case
// prefixes, ignoring case.
func hasPrefixFold(t string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// prefixSet matches the start of a line, without case, against lower-case
// prefixes, trying only those that share its first byte: most lines are
// tested against every set, so the sets must cost next to nothing.
// It tries the prefixes of byFirst[first[c]-1] for a line opening with
// byte c (none when first[c] is 0): a 256-entry table of slices would cost
// 6 KB a set at every start.
type prefixSet struct {
	first   [256]uint8
	byFirst [][]string
}

func newPrefixSet(prefixes ...string) *prefixSet {
	s := &prefixSet{}
	add := func(c byte, p string) {
		if s.first[c] == 0 {
			s.byFirst = append(s.byFirst, nil)
			s.first[c] = uint8(len(s.byFirst))
		}
		g := s.first[c] - 1
		s.byFirst[g] = append(s.byFirst[g], p)
	}
	for _, p := range prefixes {
		c := p[0]
		add(c, p)
		if c >= 'a' && c <= 'z' {
			add(c-'a'+'A', p)
		}
	}
	return s
}

// match returns the prefix of the set that t opens with, or "".
func (s *prefixSet) match(t string) string {
	if t == "" {
		return ""
	}
	g := s.first[t[0]]
	if g == 0 {
		return ""
	}
	for _, p := range s.byFirst[g-1] {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return p
		}
	}
	return ""
}

func (s *prefixSet) has(t string) bool { return s.match(t) != "" }

// stripEmphasis drops the Markdown emphasis markers (* and _, up to three)
// around a line, or at its start when they close after a label ("**Photo:**
// Reuters"), so that furniture in emphasis is still recognised.
func stripEmphasis(t string) string {
	if t == "" || t[0] != '*' && t[0] != '_' && t[len(t)-1] != '*' && t[len(t)-1] != '_' {
		return t
	}
	i := 0
	for i < len(t) && i < 3 && (t[i] == '*' || t[i] == '_') {
		i++
	}
	j := len(t)
	for j > i && len(t)-j < 3 && (t[j-1] == '*' || t[j-1] == '_') {
		j--
	}
	return strings.TrimSpace(t[i:j])
}

// keyLen is the longest key foldKey makes.
const keyLen = 64

// foldKey lower-cases the ASCII letters of s into buf, for a map lookup
// that does not allocate (m[string(foldKey(&buf, s))]); s longer than buf
// gives the empty key, which no map holds.
func foldKey(buf *[keyLen]byte, s string) []byte {
	if len(s) > keyLen {
		return buf[:0]
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// firstWord splits the first space-separated word off t.
func firstWord(t string) (word, rest string) {
	t = strings.TrimLeft(t, " ")
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return t[:i], t[i+1:]
	}
	return t, ""
}

// datelineLen returns the byte length of a dateline opening t, its
// separator and the spaces after it included, or 0 when t opens with none.
// A dateline is a place of one to five capitalised words (or places joined
// by "/"), then optionally ", detail" (a date, a state), then optionally
// "(Agency)", then a dash (-, --, –, —, ―) or a colon, then body text of
// at least 20 runes starting with a capital, a digit or an opening quote.
// A label (datelineLabels: UPDATE, BREAKING, in any case) is no place.
// Which places may stand there:
//
//   - in capitals (at least three letters):
//     "KYIV —", "BEIRUT: ", "GAZA CITY, Jan 5 (AFP) -";
//   - in title case with an agency: "Moscow, March 25 (Reuters) -";
//   - in title case with a detail of capitalised words or a date, and a
//     dash: "Kyiv, Ukraine — ".
//
// After a known news agency (agencyNames) the place may be left out
// ("(CNN) —", "(CNN)The…"), and so may the dash if the place is in
// capitals or has a detail ("MATHURA, Aug 27 (PTI) At least…"). Markdown
// emphasis may wrap the place: "**KYIV** — ".
func datelineLen(t string) int {
	d := &dateline{t: t}
	d.openEmphasis()
	d.readPlace()
	if d.nwords == 0 && !strings.HasPrefix(t[d.i:], "(") {
		return 0
	}
	d.closeEmphasis()
	if !d.readDetail() {
		return 0
	}
	d.closeEmphasis()
	if !d.readAgency() || d.nwords == 0 && !d.known {
		return 0
	}
	d.closeEmphasis()
	body, ok := d.readSeparator()
	if !ok || !d.accepts(body) {
		return 0
	}
	return len(t) - len(body)
}

// dateline is datelineLen's reading of one line, part by part: the place,
// a detail after a comma, an agency in parentheses, the separator.
type dateline struct {
	t       string
	i       int    // how far the reading has come
	emph    string // the Markdown emphasis opened before the place, until closed
	place   string
	detail  string
	nwords  int  // words of the place
	letters int  // letters of the place
	upper   bool // the place is in capitals
	agency  bool // an agency in parentheses
	known   bool // …one of agencyNames
	dashed  bool // a dash, not a colon, before the body
}

// openEmphasis reads Markdown emphasis before the place: "**KYIV** — ".
func (d *dateline) openEmphasis() {
	for d.i < len(d.t) && d.i < 3 && (d.t[d.i] == '*' || d.t[d.i] == '_') {
		d.i++
	}
	d.emph = d.t[:d.i]
}

// closeEmphasis reads the emphasis that closes the one opened, if it is
// here.
func (d *dateline) closeEmphasis() {
	if d.emph != "" && strings.HasPrefix(d.t[d.i:], d.emph) {
		d.i += len(d.emph)
		d.emph = ""
	}
}

// readPlace reads up to five words of a place name: "GAZA CITY",
// "DUBAI/WASHINGTON", "Rio de Janeiro".
func (d *dateline) readPlace() {
	t, i := d.t, d.i
	placeStart := i
	upper, letters, nwords := true, 0, 0
	for nwords < 5 {
		w := placeWord(t[i:])
		if w == "" {
			break
		}
		if strings.IndexFunc(w, unicode.IsLower) >= 0 {
			upper = false
		}
		letters += strings.Count(w, "") - 1 - strings.Count(w, ".") - strings.Count(w, "'")
		nwords++
		i += len(w)
		if strings.HasPrefix(t[i:], "/") && placeWord(t[i+1:]) != "" {
			i++ // a slash between places: "DUBAI/WASHINGTON"
			continue
		}
		if !strings.HasPrefix(t[i:], " ") {
			break
		}
		if placeWord(t[i+1:]) != "" {
			i++
			continue
		}
		// "Rio de Janeiro": a particle between two words of the name.
		s := t[i+1:]
		k := strings.IndexByte(s, ' ')
		if k <= 0 || !placeParticles.Has(s[:k]) || placeWord(s[k+1:]) == "" {
			break
		}
		upper = false
		i += 1 + k + 1
	}
	d.place, d.i = t[placeStart:i], i
	d.upper, d.letters, d.nwords = upper, letters, nwords
}

// readDetail reads a detail after a comma: ", March 7", ", Calif.", ",
// Ukraine". It reports false when the comma starts no detail a dateline
// can have.
func (d *dateline) readDetail() bool {
	t, i := d.t, d.i
	if !strings.HasPrefix(t[i:], ",") {
		return true
	}
	j, n := i+1, 0
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if r == '(' || r == ')' || r == '–' || r == '—' || r == '―' || r == '-' && t[j-1] == ' ' ||
			r == ':' && strings.HasPrefix(t[j+1:], " ") || r == '*' || r == '_' {
			break
		}
		if n++; n > 40 {
			return false
		}
		j += size
	}
	d.detail = strings.TrimSpace(t[i+1 : j])
	d.i = j
	return d.detail != ""
}

// readAgency reads an agency in parentheses: "(Reuters)". It reports
// false on parentheses that hold no agency.
func (d *dateline) readAgency() bool {
	t, i := d.t, d.i
	rest := strings.TrimLeft(t[i:], " ")
	if !strings.HasPrefix(rest, "(") {
		return true
	}
	end := strings.IndexByte(rest, ')')
	if end < 2 || end > 48 || strings.IndexByte(rest[1:end], '(') >= 0 {
		return false
	}
	d.agency, d.known = true, knownAgency(rest[1:end])
	d.i += len(t[i:]) - len(rest) + end + 1
	return true
}

// readSeparator reads the dash or colon between the dateline and the
// body, and returns the body; ok is false when there is none a dateline
// can have.
func (d *dateline) readSeparator() (body string, ok bool) {
	t, i := d.t, d.i
	rest := strings.TrimLeft(t[i:], " ")
	spaced := len(rest) < len(t[i:])
	sep := 0
	switch {
	case strings.HasPrefix(rest, "--"):
		sep = 2
	case strings.HasPrefix(rest, "-"):
		sep = 1
		if !spaced && !d.agency || !strings.HasPrefix(rest[1:], " ") {
			return "", false
		}
	case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"), strings.HasPrefix(rest, "―"):
		sep = len("—")
	case strings.HasPrefix(rest, ": ") && (d.upper && d.nwords > 0 || d.agency):
		sep = 1
	case d.known && (d.nwords == 0 || d.upper || d.detail != ""):
		// no dash after an agency: "MATHURA, Aug 27 (PTI) At least…"
	default:
		return "", false
	}
	d.dashed = sep > 0 && rest[0] != ':'
	i += len(t[i:]) - len(rest) + sep
	d.i = i
	return strings.TrimLeft(t[i:], " "), true
}

// accepts reports whether the place and what follows make a dateline
// before body (see datelineLen for which places may stand there).
func (d *dateline) accepts(body string) bool {
	first, _ := utf8.DecodeRuneInString(body)
	if utf8.RuneCountInString(body) < 20 || !(unicode.IsUpper(first) || unicode.IsDigit(first) || isOpener(first)) {
		return false
	}
	switch {
	case d.agency:
	case datelineLabels.Has(strings.ToUpper(d.place)):
		return false
	case d.upper && d.letters >= 3:
	case d.dashed && d.detail != "" && d.nwords <= 4 && capitalised(d.detail):
	default:
		return false
	}
	return true
}

// capitalised reports a dateline's detail made of capitalised words and
// numbers: "Ukraine", "March 3", "Calif.", "N.Y.".
func capitalised(t string) bool {
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// placeWord returns the word of a place name opening t: a capital, then
// letters, with . ' ’ inside or at the end and - between letters.
func placeWord(t string) string {
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return ""
	}
	j := size
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		switch {
		case unicode.IsLetter(r), r == '.', r == '\'', r == '’':
		case r == '-':
			if n, _ := utf8.DecodeRuneInString(t[j+1:]); !unicode.IsLetter(n) {
				return t[:j]
			}
		default:
			return t[:j]
		}
		j += size
	}
	return t
}

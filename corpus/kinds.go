package corpus

// Recognising what is not body text: tag lines, photo credits, bylines,
// timestamps, titles and datelines. The rules are described at the top of
// segment.go.

import (
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

// labelledTag reports a "Tags: …" or "Topics: …" line.
func labelledTag(t string) bool {
	return utf8.RuneCountInString(t) <= 200 && hasPrefixFold(t, "tags:", "topics:", "tagged:", "filed under:", "keywords:")
}

// creditPrefixes open a credit line (compared without case).
var creditPrefixes = []string{
	"©", "(c) ", "copyright ", "photo:", "photo by ", "photos:", "photo credit",
	"photograph:", "photograph by ", "image:", "image by ", "images:", "picture:",
	"credit:", "credits:", "illustration:", "illustration by ", "video:", "graphic:",
}

// creditLine reports a photo credit: a line of at most 200 runes opening
// with one of creditPrefixes, or a line that is wholly a short parenthesis
// with a slash in it, "(Reuters/Jane Doe)".
func creditLine(t string) bool {
	if utf8.RuneCountInString(t) > 200 {
		return false
	}
	if hasPrefixFold(t, creditPrefixes...) {
		return true
	}
	return len(t) <= 80 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") &&
		strings.Count(t, "(") == 1 && strings.Contains(t, "/")
}

// monthsAndDays open timestamp lines (compared without case).
var monthsAndDays = []string{
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "published", "updated", "posted", "last updated",
}

// timestampLine reports a line giving when the article appeared: at most
// 60 runes and ten words, no final full stop, opening with a month, a
// weekday, "Published", "Updated" or "Posted", or a digit, and holding a
// year (four digits from 1900 to 2099) or a time (h:mm).
func timestampLine(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 60 || len(strings.Fields(t)) > 10 || strings.HasSuffix(t, ".") {
		return false
	}
	if !(t[0] >= '0' && t[0] <= '9') && !hasPrefixFold(t, monthsAndDays...) {
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
	return false
}

func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }

// byline reports "By Jane Doe", "By Jane Doe and John Roe, Reuters": "By "
// and two to eight words that start with a capital (or are "and"), at most
// 80 runes, no final full stop.
func byline(t string) bool {
	if !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "BY ") || utf8.RuneCountInString(t) > 80 || strings.HasSuffix(t, ".") {
		return false
	}
	w := strings.Fields(t[3:])
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) && x != "and" && x != "&" && x != "|" {
			return false
		}
	}
	return true
}

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

// wordCount counts the words of t: its space-separated fields, and for
// scripts written without spaces (Han, kana, Hangul), one per two runes.
func wordCount(t string) int {
	n, cjk := len(strings.Fields(t)), 0
	for _, r := range t {
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

// datelineLen returns the byte length of a dateline opening t, the dash and
// the spaces after it included, or 0 when t opens with none: a place of one
// to five capitalised words, then optionally ", detail" (a date, a state),
// then optionally "(Agency)", then a dash (-, --, –, —, ―), then body text of
// at least 20 runes starting with a capital, a digit or an opening quote.
// The place must be in capitals (at least three letters), unless an agency
// is given.
func datelineLen(t string) int {
	i := 0
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
		if !(strings.HasPrefix(t[i:], " ") || strings.HasPrefix(t[i:], "/")) || placeWord(t[i+1:]) == "" {
			break
		}
		i++ // a space between words, or a slash between places: "DUBAI/WASHINGTON"
	}
	if nwords == 0 {
		return 0
	}
	if strings.HasPrefix(t[i:], ",") { // ", March 7", ", Calif.", ", Ukraine"
		j, n := i+1, 0
		for j < len(t) {
			r, size := utf8.DecodeRuneInString(t[j:])
			if r == '(' || r == ')' || r == '–' || r == '—' || r == '―' || r == '-' && t[j-1] == ' ' {
				break
			}
			if n++; n > 40 {
				return 0
			}
			j += size
		}
		if strings.TrimSpace(t[i+1:j]) == "" {
			return 0
		}
		i = j
	}
	agency := false
	if rest := strings.TrimLeft(t[i:], " "); strings.HasPrefix(rest, "(") {
		end := strings.IndexByte(rest, ')')
		if end < 2 || end > 48 || strings.IndexByte(rest[1:end], '(') >= 0 {
			return 0
		}
		agency = true
		i += len(t[i:]) - len(rest) + end + 1
	}
	rest := strings.TrimLeft(t[i:], " ")
	spaced := len(rest) < len(t[i:])
	var dash int
	switch {
	case strings.HasPrefix(rest, "--"):
		dash = 2
	case strings.HasPrefix(rest, "-"):
		dash = 1
		if !spaced || !strings.HasPrefix(rest[1:], " ") {
			return 0
		}
	case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"), strings.HasPrefix(rest, "―"):
		dash = len("—")
	default:
		return 0
	}
	i += len(t[i:]) - len(rest) + dash
	body := strings.TrimLeft(t[i:], " ")
	first, _ := utf8.DecodeRuneInString(body)
	if utf8.RuneCountInString(body) < 20 || !(unicode.IsUpper(first) || unicode.IsDigit(first) || isOpener(first)) {
		return 0
	}
	if !(upper && letters >= 3) && !agency {
		return 0
	}
	return len(t) - len(body)
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

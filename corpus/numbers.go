package corpus

import (
	"math"
	"strconv"
	"strings"
)

// This file reads the quantities of a passage: a number in digits or words
// ("143", "1,200", "3.5 million", "thirty-five", "hundreds"), the qualifier
// before it ("over", "at least", "nearly", "about", "some", "up to"), and
// what it counts. The count is named by a class when words of killing,
// injuring, arresting … stand near it ("killed over 140 people" and "claimed
// the lives of over 140" both count the dead), else by the stem of the noun
// after it ("four gunmen"). Durations ("two weeks"), money, percentages,
// dates ("March 22") and years are kept apart: a date is not a count.
//
// A quantity is an interval of values its words allow: "over 140" is
// (140, 210], "about 100" is [85, 115], "hundreds" is [200, 999]. Two
// quantities of the same unit are compatible when their intervals, each
// widened by 3 %, overlap: 140, 143 and 144 are compatible, 30 and 50 are not.

// qKind is what sort of quantity it is.
type qKind uint8

const (
	qCount qKind = iota
	qDuration
	qMoney
	qPercent
	qDate
	qYear
	qAge
	qTime // a clock time: "8 p.m.", "7:40"
)

// quantity is one number found in a passage.
type quantity struct {
	tok0, tok1 int     // tokens [tok0, tok1): qualifier, number and counted noun
	start, end int32   // byte span of the same
	val        float64 // the stated value (days for durations)
	lo, hi     float64 // the interval the words allow
	qual       string  // the qualifier, folded ("over", "at least"), or ""
	unit       string  // what is counted: "dead", "injured", "arrested", a noun stem, "%", "usd", …
	label      string  // unit as a person reads it ("dead", "gunmen")
	kind       qKind
	vague      bool     // "hundreds", "dozens": no single value
	ctx        []string // for durations: the content stems after it ("mourn" in "three days of mourning")
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}

// vagueNumbers are plural round numbers: the interval they allow.
var vagueNumbers = map[string][2]float64{
	"dozens": {24, 99}, "scores": {40, 99}, "hundreds": {200, 999}, "thousands": {2000, 9999},
	"millions": {2e6, 9.99e6}, "billions": {2e9, 9.99e9},
}

// qualifiers, longest first within each length; each maps to how it widens
// the value v into an interval.
var qualifiers = []struct {
	words  []string
	lo, hi float64 // multipliers of v
	name   string
}{
	{[]string{"no", "fewer", "than"}, 1, 1.5, "at least"},
	{[]string{"no", "less", "than"}, 1, 1.5, "at least"},
	{[]string{"in", "excess", "of"}, 1, 1.5, "over"},
	{[]string{"as", "many", "as"}, 0.5, 1, "up to"},
	{[]string{"more", "than"}, 1, 1.5, "over"},
	{[]string{"at", "least"}, 1, 1.5, "at least"},
	{[]string{"upwards", "of"}, 1, 1.5, "over"},
	{[]string{"just", "over"}, 1, 1.15, "over"},
	{[]string{"just", "under"}, 0.85, 1, "nearly"},
	{[]string{"fewer", "than"}, 0.5, 1, "under"},
	{[]string{"less", "than"}, 0.5, 1, "under"},
	{[]string{"close", "to"}, 0.85, 1, "nearly"},
	{[]string{"up", "to"}, 0.5, 1, "up to"},
	{[]string{"at", "most"}, 0.5, 1, "up to"},
	{[]string{"an", "estimated"}, 0.85, 1.15, "about"},
	{[]string{"over"}, 1, 1.5, "over"},
	{[]string{"above"}, 1, 1.5, "over"},
	{[]string{"nearly"}, 0.85, 1, "nearly"},
	{[]string{"almost"}, 0.85, 1, "nearly"},
	{[]string{"about"}, 0.85, 1.15, "about"},
	{[]string{"around"}, 0.85, 1.15, "about"},
	{[]string{"some"}, 0.85, 1.15, "about"},
	{[]string{"roughly"}, 0.85, 1.15, "about"},
	{[]string{"approximately"}, 0.85, 1.15, "about"},
	{[]string{"estimated"}, 0.85, 1.15, "about"},
	{[]string{"under"}, 0.5, 1, "under"},
	{[]string{"exactly"}, 1, 1, ""},
}

// casualtyClasses name what a number near these stems counts.
var casualtyClasses = map[string]string{
	"kill": "dead", "dead": "dead", "die": "dead", "death": "dead", "fatal": "dead", "bodi": "dead", "perish": "dead", "slain": "dead", "toll": "dead", "murder": "dead",
	"injur": "injured", "injuri": "injured", "wound": "injured", "hurt": "injured", "hospitalis": "injured",
	"miss": "missing", "arrest": "arrested", "detain": "arrested", "custodi": "arrested", "apprehend": "arrested",
	"evacu": "evacuated", "displac": "displaced", "rescu": "rescued",
}

// peopleNouns are counted nouns that a casualty class can stand for.
var peopleNouns = setOf("peopl", "person", "civilian", "victim", "resid", "passeng", "worker", "child", "children",
	"adult", "student", "soldier", "offic", "policemen", "man", "men", "women", "woman", "member", "suspect",
	"individu", "citizen", "tourist", "pilgrim", "worshipp", "employe", "miner", "firefight", "crew", "patient",
	"live", "dead", "bodi", "casualti", "fatal", "migrant", "refuge", "hostag", "detaine", "prison", "villag")

// skipAdjectives may stand between a number and its noun.
var skipAdjectives = setOf("suspect", "alleg", "more", "other", "addit", "arm", "mask", "unidentifi", "young",
	"foreign", "local", "innoc", "unarm", "sever", "serious", "critic", "confirm", "known", "new", "further",
	"small", "larg", "major")

// nounClasses merge counted nouns that name the same thing.
var nounClasses = map[string]string{"soldier": "troop", "troop": "troop", "policemen": "polic", "policeman": "polic",
	"attack": "attack", "assail": "attack", "gunman": "gunmen", "gunmen": "gunmen", "hous": "home", "home": "home",
	"vehicl": "vehicl", "car": "vehicl"}

// knownNoun reports whether a stem is a noun numbers are known to count.
func knownNoun(stem string) bool {
	_, c := nounClasses[stem]
	_, tu := timeUnits[strings.TrimSuffix(stem, "s")]
	return peopleNouns[stem] || c || tu || casualtyClasses[stem] != ""
}

// clockWords follow a clock time.
var clockWords = setOf("a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "h")

var timeUnits = map[string]float64{"second": 1.0 / 86400, "minut": 1.0 / 1440, "hour": 1.0 / 24, "day": 1,
	"week": 7, "month": 30, "year": 365, "decad": 3650}

var currencies = map[string]string{"$": "usd", "dollar": "usd", "€": "eur", "euro": "eur", "£": "gbp",
	"pound": "gbp", "¥": "jpy", "yen": "jpy", "yuan": "cny", "rubl": "rub", "roubl": "rub", "rupe": "inr",
	"franc": "chf", "hryvnia": "uah"}

// findQuantities reads the quantities of one passage.
func findQuantities(toks []token) []quantity {
	var out []quantity
	for i := 0; i < len(toks); i++ {
		q, ok := readNumber(toks, i)
		if !ok {
			continue
		}
		i = q.tok1 - 1
		// "two of the injured", "one of the sources": a part, not a count.
		if q.tok1+1 < len(toks) && toks[q.tok1].norm == "of" && determiners[toks[q.tok1+1].norm] {
			continue
		}
		qualify(toks, &q)
		classifyQuantity(toks, &q)
		if q.kind == qCount && q.unit == "" {
			q.unit, q.label = "?", ""
		}
		q.start, q.end = toks[q.tok0].start, toks[q.tok1-1].end
		out = append(out, q)
	}
	return out
}

// readNumber reads the number that starts at token i, if any.
func readNumber(toks []token, i int) (quantity, bool) {
	t := &toks[i]
	q := quantity{tok0: i, tok1: i + 1}
	switch {
	case t.is(tNum):
		s := strings.ReplaceAll(t.norm, ",", "")
		mult := 1.0
		for _, suf := range []struct {
			s string
			m float64
		}{{"bn", 1e9}, {"m", 1e6}, {"k", 1e3}, {"st", 1}, {"nd", 1}, {"rd", 1}, {"th", 1}} {
			if strings.HasSuffix(s, suf.s) {
				if suf.m == 1 {
					q.kind = qDate // an ordinal: "22nd" — only ever a date here
				}
				s, mult = strings.TrimSuffix(s, suf.s), suf.m
				break
			}
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return q, false
		}
		q.val = v * mult
		// "3.5 million"
		if i+1 < len(toks) {
			if m, ok := scaleWords[toks[i+1].norm]; ok && m >= 1e3 {
				q.val *= m
				q.tok1++
			}
		}
		// "30-50"
		if q.tok1 < len(toks) && toks[q.tok1].is(tNum) && toks[q.tok1].is(tJoined) {
			if v2, err := strconv.ParseFloat(strings.ReplaceAll(toks[q.tok1].norm, ",", ""), 64); err == nil && v2 > q.val {
				q.lo, q.hi = q.val, v2
				q.tok1++
			}
		}
	case t.norm == "a" || t.norm == "an":
		if i+1 < len(toks) && (toks[i+1].norm == "dozen" || toks[i+1].norm == "hundred" || toks[i+1].norm == "thousand") {
			q.val = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1000}[toks[i+1].norm]
			q.tok1 = i + 2
			q.vague = true
			q.lo, q.hi = q.val*0.85, q.val*1.15
			return q, true
		}
		return q, false
	case vagueNumbers[t.norm] != [2]float64{}:
		r := vagueNumbers[t.norm]
		q.lo, q.hi, q.vague = r[0], r[1], true
		q.val = r[0]
		// "tens of thousands"
		return q, true
	case t.norm == "tens" && i+2 < len(toks) && toks[i+1].norm == "of" && vagueNumbers[toks[i+2].norm] != [2]float64{}:
		r := vagueNumbers[toks[i+2].norm]
		q.lo, q.hi, q.vague, q.val = r[0]*10, r[1]*10, true, r[0]*10
		q.tok1 = i + 3
		return q, true
	default:
		v, ok := smallNumbers[t.norm]
		if !ok {
			return q, false
		}
		// "one" is a number only before a noun: not "one of", "no one".
		if t.norm == "one" && (i+1 >= len(toks) || toks[i+1].is(tStop) || !toks[i+1].is(tWord) || i > 0 && toks[i-1].norm == "no") {
			return q, false
		}
		total, cur := 0.0, v
		j := i + 1
	words:
		for ; j < len(toks); j++ {
			n := toks[j].norm
			if w, ok := smallNumbers[n]; ok {
				switch {
				case toks[j].is(tJoined) && w < 10 && int(cur)%100 >= 20 && int(cur)%10 == 0:
					cur += w // thirty-five
				case cur >= 100 && int(cur)%100 == 0 && w < 100:
					cur += w // two hundred fifty
				default:
					break words
				}
				continue
			}
			if n == "and" && cur >= 100 && j+1 < len(toks) {
				if _, ok := smallNumbers[toks[j+1].norm]; ok {
					continue // two hundred and fifty
				}
			}
			if m, ok := scaleWords[n]; ok {
				if m == 100 {
					cur *= 100
				} else {
					total += cur * m
					cur = 0
				}
				continue
			}
			break
		}
		q.val = total + cur
		q.tok1 = j
	}
	if q.lo == 0 && q.hi == 0 {
		q.lo, q.hi = q.val, q.val
	}
	return q, true
}

// qualify reads the qualifier before a number and widens its interval.
func qualify(toks []token, q *quantity) {
	if q.vague {
		return
	}
	for _, ql := range qualifiers {
		n := len(ql.words)
		if q.tok0-n < 0 {
			continue
		}
		ok := true
		for k, w := range ql.words {
			if toks[q.tok0-n+k].norm != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		q.tok0 -= n
		q.qual = ql.name
		if q.lo == q.hi {
			q.lo, q.hi = q.val*ql.lo, q.val*ql.hi
			if ql.name == "over" || ql.name == "under" {
				// "over 140" excludes 140 itself, barely.
				q.lo += 0.001 * boolf(ql.name == "over")
			}
		}
		return
	}
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// classifyQuantity decides what a number counts.
func classifyQuantity(toks []token, q *quantity) {
	numEnd := q.tok1
	prev := func(k int) *token {
		if k >= 0 {
			return &toks[k]
		}
		return nil
	}
	// Money and percentages.
	if p := prev(q.tok0 - 1); p != nil && currencies[p.norm] != "" {
		q.kind, q.unit, q.label = qMoney, currencies[p.norm], p.norm
		return
	}
	if numEnd < len(toks) {
		n := &toks[numEnd]
		switch {
		case n.norm == "%" || n.norm == "percent" || n.norm == "per" && numEnd+1 < len(toks) && toks[numEnd+1].norm == "cent":
			q.kind, q.unit, q.label = qPercent, "%", "%"
			q.tok1 = numEnd + 1
			return
		case currencies[n.stem] != "":
			q.kind, q.unit, q.label = qMoney, currencies[n.stem], n.norm
			q.tok1 = numEnd + 1
			return
		case n.norm == "year" && n.is(tJoined):
			q.kind, q.unit = qAge, "age" // "35-year-old"
			for q.tok1 < len(toks) && toks[q.tok1].is(tJoined) {
				q.tok1++
			}
			return
		}
	}
	// Clock times.
	if numEnd < len(toks) && (clockWords[toks[numEnd].norm] || toks[numEnd].norm == ":" && numEnd+1 < len(toks) && toks[numEnd+1].is(tNum)) ||
		q.tok0 > 0 && toks[q.tok0-1].norm == ":" && q.tok0 > 1 && toks[q.tok0-2].is(tNum) {
		q.kind, q.unit = qTime, "time"
		return
	}
	// Dates: a month beside the number; years.
	if q.kind == qDate || nextIs(toks, numEnd, calendarWords) || q.tok0 > 0 && calendarWords[toks[q.tok0-1].norm] {
		q.kind, q.unit = qDate, "date"
		if numEnd < len(toks) && calendarWords[toks[numEnd].norm] {
			q.tok1 = numEnd + 1
		} else if q.tok0 > 0 && calendarWords[toks[q.tok0-1].norm] {
			q.tok0--
		}
		return
	}
	if toks[q.tok0].is(tNum) && !strings.Contains(toks[q.tok0].norm, ",") && q.val >= 1800 && q.val <= 2100 && q.val == math.Trunc(q.val) && q.qual == "" {
		if numEnd >= len(toks) || !toks[numEnd].is(tWord) || toks[numEnd].is(tStop) {
			q.kind, q.unit = qYear, "year"
			return
		}
	}
	// The counted noun, past a few adjectives. Of a run of up to three
	// content words, a known counted noun wins ("two railway employees",
	// "four gunmen stormed"); else the first.
	noun := -1
	for k := numEnd; k < len(toks) && k < numEnd+4; k++ {
		t := &toks[k]
		if !t.is(tWord) || t.is(tNum) {
			break
		}
		if t.is(tStop) {
			if noun < 0 && (t.norm == "of" || t.norm == "more" || t.norm == "other") {
				continue
			}
			break
		}
		if noun < 0 && skipAdjectives[t.stem] && k+1 < len(toks) && toks[k+1].is(tWord) && !toks[k+1].is(tStop) {
			continue
		}
		if noun < 0 {
			noun = k
			continue
		}
		if knownNoun(t.stem) && !knownNoun(toks[noun].stem) {
			noun = k
		}
	}
	if noun >= 0 {
		stem := toks[noun].stem
		if d, ok := timeUnits[strings.TrimSuffix(stem, "s")]; ok {
			q.kind, q.unit, q.label = qDuration, "duration", ""
			q.val, q.lo, q.hi = q.val*d, q.lo*d, q.hi*d
			q.tok1 = noun + 1
			for k := noun + 1; k < len(toks) && k <= noun+4 && !toks[k].is(tBreak|tEnd); k++ {
				if toks[k].stem != "" {
					q.ctx = append(q.ctx, toks[k].stem)
				} else if toks[k].norm == "before" || toks[k].norm == "after" || toks[k].norm == "ago" {
					q.ctx = append(q.ctx, toks[k].norm)
				}
			}
			return
		}
		if syn, ok := nounClasses[stem]; ok {
			stem = syn
		}
		q.unit, q.label = stem, toks[noun].norm
		q.tok1 = noun + 1
	}
	// A casualty word nearby names the class: the nearest one in the same
	// sentence, up to twelve words before ("the death toll from flooding in
	// eastern Spain rose to 64") or five after, with no other number between.
	best, bestDist := "", 99
	for k := max(0, q.tok0-12); k < min(len(toks), q.tok1+5); k++ {
		if k >= q.tok0 && k < q.tok1 && k != noun {
			continue
		}
		t := &toks[k]
		if t.sent != toks[q.tok0].sent || t.stem == "" {
			continue
		}
		c, ok := casualtyClasses[t.stem]
		if t.norm == "lives" {
			c, ok = "dead", true // "claimed the lives of"
		} else if strings.HasPrefix(t.norm, "hospitali") {
			c, ok = "injured", true // not "hospitals"
		}
		if !ok {
			continue
		}
		d := q.tok0 - k
		if k >= q.tok1 || k == noun {
			d = k - q.tok1 + 1
		}
		if blocked(toks, k, q.tok0) || numberBetween(toks, k, q) {
			continue
		}
		// On a tie the word after wins: "died and 45 were hurt".
		if d < bestDist || d == bestDist && k >= q.tok1 {
			best, bestDist = c, d
		}
	}
	if best != "" && (noun < 0 || peopleNouns[q.unit] || casualtyClasses[q.unit] != "") {
		q.unit, q.label = best, best
	}
}

// blocked reports whether a sentence or clause ends between tokens a and b
// (a semicolon or a full stop; commas do not block "killed 12, injured 30").
func blocked(toks []token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if toks[k].norm == ";" || toks[k].is(tEnd) {
			return true
		}
	}
	return false
}

// numberBetween reports whether another number stands between token k and q.
func numberBetween(toks []token, k int, q *quantity) bool {
	a, b := k+1, q.tok0
	if k >= q.tok1 {
		a, b = q.tok1, k
	}
	for i := a; i < b; i++ {
		if toks[i].is(tNum) || smallNumbers[toks[i].norm] > 0 && toks[i].norm != "one" {
			return true
		}
	}
	return false
}

func nextIs(toks []token, i int, set map[string]bool) bool {
	return i < len(toks) && set[toks[i].norm]
}

// compatible reports whether two quantities of one unit can both be true:
// their intervals, each widened by 3 %, overlap.
func (q *quantity) compatible(o *quantity) bool {
	const tol = 0.03
	return q.lo*(1-tol) <= o.hi*(1+tol) && o.lo*(1-tol) <= q.hi*(1+tol)
}

// comparable reports whether two quantities count the same thing.
func (q *quantity) comparable(o *quantity) bool {
	if q.kind != o.kind || q.unit != o.unit || q.unit == "?" {
		return false
	}
	if q.kind == qDuration {
		// "three days of mourning" and "two weeks before the attack" are
		// not the same duration: they must share a word after them.
		for _, a := range q.ctx {
			for _, b := range o.ctx {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	return q.kind != qDate && q.kind != qYear && q.kind != qAge && q.kind != qTime
}

// sameDate reports whether two dates or years read the same.
func (q *quantity) sameDate(o *quantity, qt, ot string) bool {
	return q.kind == o.kind && (q.kind == qDate || q.kind == qYear) && q.val == o.val && Fold(qt) == Fold(ot)
}

// bucket is the quantity's place on a 10 % logarithmic scale, for the
// similarity vectors; two offset scales let close values share a bucket.
func (q *quantity) bucket(offset float64) int {
	v := q.val
	if v <= 0 {
		return -1
	}
	return int(math.Floor(math.Log(v)/math.Log(1.1) + offset))
}

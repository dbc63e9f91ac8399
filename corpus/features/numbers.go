package features

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/internal/strtable"
)

// This file reads the quantities of a passage: a number in digits or words
// ("143", "1,200", "3.5 million", "thirty-five", "hundreds"), the qualifier
// before it ("over", "at least", "nearly", "about", "some", "up to"), and
// what it counts. The count is named by a class when words of killing,
// injuring, arresting … stand near it ("killed over 140 people" and "claimed
// the lives of over 140" both count the dead), else by the stem of the noun
// after it ("four gunmen"). Durations ("two weeks"), money, percentages,
// dates ("March 22", "Sept. 26", "26 September") and years ("in 1979",
// "since 2014 the…") are kept apart: a date is not a count, nor is a share
// ("51 %") or an age ("aged 57", "died at 57", "the 57-year-old"). Scale
// words and suffixes give the value ("4.45 million", "5.15m", "$800m",
// "$1.2bn"); the 3 % tolerance below covers the rounding a reader allows
// (4.45 million ≈ 4,445,978). Two dates that name a month match by month
// and day, however written.
//
// A quantity is an interval of values its words allow: "over 140" is
// (140, 168] — a floor with a fifth above it, so that "at least 62" meets
// "64" but "at least 18" does not pass for "24" —, "about 100" is [85,
// 115], "hundreds" is [200, 999]. Two
// quantities of the same unit are compatible when their intervals, each
// widened by 3 %, overlap: 140, 143 and 144 are compatible, 30 and 50 are not.
//
// Two counts of the dead are comparable only when they count the same
// people: "12 police officers were injured" and "40 protesters were
// injured" count different people, and so do "two Tajik border guards"
// and "three Kyrgyz servicemen" (a bare "wounding five" takes the people
// of the count before it in its sentence); "people", "victims", "others"
// match anyone. A count in a sentence set in another year ("In 2015, two
// earthquakes killed about 9,000", "since 2019, when a gunman killed
// nine") compares only with a count set in the same year. Measures are
// converted to one unit per dimension (km, miles and nautical miles;
// litres, gallons and barrels; tonnes and kilograms), so "500 km (310
// miles)" meets "500 kilometres"; an earthquake's magnitude is a measure
// of its own, compatible only within 0.05.

// qKind is what sort of quantity it is.
type qKind uint8

const (
	QCount qKind = iota
	QDuration
	QMoney
	QPercent
	QDate
	QYear
	QAge
	QTime // a clock time: "8 p.m.", "7:40"
)

// Quantity is one number found in a passage.
type Quantity struct {
	Tok0, Tok1 int     // tokens [tok0, tok1): qualifier, number and counted noun
	Start, End int32   // byte span of the same, and of a qualifier before a currency sign ("more than $2 million")
	Val        float64 // the stated value (days for durations)
	lo, hi     float64 // the interval the words allow
	qual       string  // the qualifier, folded ("over", "at least"), or ""
	Unit       string  // what is counted: "dead", "injured", "arrested", a noun stem, "%", "usd", …
	Label      string  // unit as a person reads it ("dead", "gunmen")
	Kind       qKind
	Vague      bool     // "hundreds", "dozens": no single value
	ordinal    bool     // "22nd", "5th": a date beside a month, else nothing
	ctx        []string // for durations: the content stems around it ("mourn" in "three days of mourning")
	who        string   // for a casualty class: the kind of people counted ("police", "protester"), "" for people at large
	mod        string   // a capitalised word between the number and its noun: "Tajik" in "two Tajik border guards"
	era        string   // years (or "past") the sentence sets the count in: "In 2015, two earthquakes killed…"
	month      int8     // for a date: the month, 1–12, or 0 when none is named
	lead       int8     // tokens before Tok0 in the byte span: a qualifier and the currency sign after it
}

// qualifier is a phrase that widens a value v into [lo·v, hi·v] (see
// qualifiers, words/qualifiers.txt).
type qualifier struct {
	words  []string
	lo, hi float64 // multipliers of v
	name   string
}

// whoOf is the kind of people a people noun counts, "" for anyone.
func whoOf(stem string) string {
	if c, ok := whoClasses[stem]; ok {
		return c
	}
	if anyPeople.Has(stem) || !PeopleNouns.Has(stem) {
		return ""
	}
	return stem
}

// measure is a unit's dimension and its factor to the dimension's unit
// (see measures, words/measures.txt).
type measure struct {
	dim    string
	factor float64
}

// knownNoun reports whether a stem is a noun numbers are known to count.
func knownNoun(stem string) bool {
	_, c := nounClasses[stem]
	_, tu := timeUnits[strings.TrimSuffix(stem, "s")]
	_, me := measures[stem]
	return PeopleNouns.Has(stem) || c || tu || me || CasualtyClasses[stem] != ""
}

// FindQuantities reads the quantities of one passage.
func FindQuantities(toks []lexicon.Token) []Quantity {
	var out []Quantity
	eraSent, era := int32(-1), ""
	starts := numberStarts()
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; !t.Is(lexicon.TNum) && !starts.has(t.NormID()) {
			continue // readNumber reads no number here (the test by id, not by string)
		}
		q, ok := readNumber(toks, i)
		if !ok {
			continue
		}
		i = q.Tok1 - 1
		// "two of the injured", "three of them": a part, not a count.
		if q.Tok1+1 < len(toks) && toks[q.Tok1].Norm() == "of" && (lexicon.Determiners.Has(toks[q.Tok1+1].Norm()) || partPronouns.Has(toks[q.Tok1+1].Norm())) {
			continue
		}
		// "the two countries", "both sides": a reference, not a count.
		if q.Val <= 2 && !q.Vague && q.Tok0 > 0 && (toks[q.Tok0-1].Norm() == "the" || toks[q.Tok0-1].Norm() == "both") {
			continue
		}
		qualify(toks, &q)
		classifyQuantity(toks, &q)
		if sourceCount(toks, &q) {
			continue // "two people familiar with the matter", "three sources"
		}
		if q.ordinal && q.Kind != QDate {
			continue // "5th Fleet": neither a date nor a count
		}
		if q.Kind == QCount && q.Unit == "" {
			q.Unit, q.Label = "?", ""
		}
		if q.Kind == QCount && q.Unit != "?" {
			if s := toks[q.Tok0].Sent; s != eraSent {
				eraSent, era = s, sentenceEra(toks, s, q.Tok0)
			}
			q.era = era
			inheritWho(toks, out, &q)
		}
		q.Start, q.End = toks[q.Tok0-int(q.lead)].Start, toks[q.Tok1-1].End
		out = append(out, q)
	}
	return out
}

// numberStarts holds the ids of the words other than digits that
// readNumber can start a number on: "a" and "an" ("a dozen"), "tens"
// ("tens of thousands"), the vague numbers and the small ones.
var numberStarts = sync.OnceValue(func() wordSet {
	var ids []lexicon.Word
	for _, w := range []string{"a", "an", "tens"} {
		ids = append(ids, lexicon.Intern(w))
	}
	for w := range VagueNumbers {
		ids = append(ids, lexicon.Intern(w))
	}
	for w := range SmallNumbers {
		ids = append(ids, lexicon.Intern(w))
	}
	return newWordSet(ids)
})

// sourceCount reports whether a count is of a report's sources, not of
// anything in the event: "citing three sources", "two people familiar
// with the investigation", "two officials briefed on".
func sourceCount(toks []lexicon.Token, q *Quantity) bool {
	if q.Kind != QCount {
		return false
	}
	if last := &toks[q.Tok1-1]; last.Norm() == "sources" || last.Norm() == "source" {
		return true
	}
	if q.Tok1 >= len(toks) {
		return false
	}
	n := &toks[q.Tok1]
	return n.Norm() == "familiar" || n.Norm() == "close" && q.Tok1+1 < len(toks) && toks[q.Tok1+1].Norm() == "to" ||
		n.Norm() == "briefed" || n.Norm() == "with" && q.Tok1+1 < len(toks) && toks[q.Tok1+1].Norm() == "knowledge"
}

// inheritWho gives a bare casualty count the people of the count before
// it in its sentence: "killing two Tajik border guards and wounding five".
func inheritWho(toks []lexicon.Token, prev []Quantity, q *Quantity) {
	if q.who != "" || q.mod != "" || CasualtyLabel(q.Unit) == "" || len(prev) == 0 {
		return
	}
	p := &prev[len(prev)-1]
	if toks[p.Tok0].Sent != toks[q.Tok0].Sent || q.Tok0-p.Tok1 > 6 || CasualtyLabel(p.Unit) == "" {
		return
	}
	// Only a bare number: "wounding five", "and 45 were hurt" — not "45
	// people".
	if q.Tok1 > q.Tok0+1 && knownNoun(toks[q.Tok1-1].Stem()) && !casualtyNoun(toks[q.Tok1-1].Stem()) {
		return
	}
	q.who, q.mod = p.who, p.mod
}

// CasualtyLabel is the class name when unit is a casualty class.
func CasualtyLabel(unit string) string {
	switch unit {
	case "dead", "injured", "missing", "arrested", "evacuated", "displaced", "rescued":
		return unit
	}
	return ""
}

// casualtyNoun reports whether a stem is a casualty word used as a noun
// ("the injured", "dead").
func casualtyNoun(stem string) bool { return CasualtyClasses[stem] != "" }

// sentenceEra returns the years a sentence sets its counts in, or "past"
// for "last year", "years ago", "earlier this year": a year after "in",
// "during" or "of", or one followed by ", when". A year in a date of the
// event itself ("March 22, 2024") does not count.
func sentenceEra(toks []lexicon.Token, sent int32, at int) string {
	a := at
	for a > 0 && toks[a-1].Sent == sent {
		a--
	}
	var era []string
	for k := a; k < len(toks) && toks[k].Sent == sent; k++ {
		t := &toks[k]
		switch {
		case t.Is(lexicon.TNum) && len(t.Norm()) == 4 && t.Norm() >= "1800" && t.Norm() <= "2100" && k > 0:
			p := toks[k-1].Norm()
			when := k+2 < len(toks) && toks[k+1].Norm() == "," && toks[k+2].Norm() == "when"
			if p == "in" || p == "during" || p == "of" || p == "and" && len(era) > 0 || when {
				era = append(era, t.Norm())
			}
		case t.Norm() == "ago" && k > 0 && timeUnits[strings.TrimSuffix(toks[k-1].Stem(), "s")] >= 365,
			t.Norm() == "year" && k > 0 && (toks[k-1].Norm() == "last" || toks[k-1].Norm() == "previous"),
			t.Norm() == "year" && k > 1 && toks[k-1].Norm() == "this" && toks[k-2].Norm() == "earlier":
			era = append(era, "past")
		}
	}
	return strings.Join(era, " ")
}

// sameEra reports whether two eras overlap (or both are the present).
func sameEra(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// readNumber reads the number that starts at token i, if any.
func readNumber(toks []lexicon.Token, i int) (Quantity, bool) {
	t := &toks[i]
	q := Quantity{Tok0: i, Tok1: i + 1}
	switch {
	case t.Is(lexicon.TNum):
		s := strings.ReplaceAll(t.Norm(), ",", "")
		mult := 1.0
		for _, suf := range []struct {
			s string
			m float64
		}{{"bn", 1e9}, {"m", 1e6}, {"k", 1e3}, {"st", 1}, {"nd", 1}, {"rd", 1}, {"th", 1}} {
			if strings.HasSuffix(s, suf.s) {
				if suf.m == 1 {
					q.Kind, q.ordinal = QDate, true // an ordinal: "22nd" — a date beside a month
				}
				s, mult = strings.TrimSuffix(s, suf.s), suf.m
				break
			}
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return q, false
		}
		q.Val = v * mult
		// "3.5 million"
		if i+1 < len(toks) {
			if m, ok := ScaleWords[toks[i+1].Norm()]; ok && m >= 1e3 {
				q.Val *= m
				q.Tok1++
			}
		}
		// "30-50"
		if q.Tok1 < len(toks) && toks[q.Tok1].Is(lexicon.TNum) && toks[q.Tok1].Is(lexicon.TJoined) {
			if v2, err := strconv.ParseFloat(strings.ReplaceAll(toks[q.Tok1].Norm(), ",", ""), 64); err == nil && v2 > q.Val {
				q.lo, q.hi = q.Val, v2
				q.Tok1++
			}
		}
	case t.Norm() == "a" || t.Norm() == "an":
		if i+1 < len(toks) && (toks[i+1].Norm() == "dozen" || toks[i+1].Norm() == "hundred" || toks[i+1].Norm() == "thousand") {
			q.Val = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1000}[toks[i+1].Norm()]
			q.Tok1 = i + 2
			q.Vague = true
			q.lo, q.hi = q.Val*0.85, q.Val*1.15
			return q, true
		}
		return q, false
	case VagueNumbers[t.Norm()] != [2]float64{}:
		r := VagueNumbers[t.Norm()]
		q.lo, q.hi, q.Vague = r[0], r[1], true
		q.Val = r[0]
		// "tens of thousands"
		return q, true
	case t.Norm() == "tens" && i+2 < len(toks) && toks[i+1].Norm() == "of" && VagueNumbers[toks[i+2].Norm()] != [2]float64{}:
		r := VagueNumbers[toks[i+2].Norm()]
		q.lo, q.hi, q.Vague, q.Val = r[0]*10, r[1]*10, true, r[0]*10
		q.Tok1 = i + 3
		return q, true
	default:
		v, ok := SmallNumbers[t.Norm()]
		if !ok {
			return q, false
		}
		// "one" is a number only before a noun: not "one of", "no one".
		if t.Norm() == "one" && (i+1 >= len(toks) || toks[i+1].Is(lexicon.TStop) || !toks[i+1].Is(lexicon.TWord) || i > 0 && toks[i-1].Norm() == "no") {
			return q, false
		}
		total, cur := 0.0, v
		j := i + 1
	words:
		for ; j < len(toks); j++ {
			n := toks[j].Norm()
			if w, ok := SmallNumbers[n]; ok {
				switch {
				case toks[j].Is(lexicon.TJoined) && w < 10 && int(cur)%100 >= 20 && int(cur)%10 == 0:
					cur += w // thirty-five
				case cur >= 100 && int(cur)%100 == 0 && w < 100:
					cur += w // two hundred fifty
				default:
					break words
				}
				continue
			}
			if n == "and" && cur >= 100 && j+1 < len(toks) {
				if _, ok := SmallNumbers[toks[j+1].Norm()]; ok {
					continue // two hundred and fifty
				}
			}
			if m, ok := ScaleWords[n]; ok {
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
		q.Val = total + cur
		q.Tok1 = j
	}
	if q.lo == 0 && q.hi == 0 {
		q.lo, q.hi = q.Val, q.Val
	}
	return q, true
}

// currencySign reports whether a token is a currency sign ("$", "£"),
// not a currency's name.
func currencySign(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return currencies[w] != "" && !unicode.IsLetter(r)
}

// qualify reads the qualifier before a number (or before its currency
// sign) and widens its interval.
func qualify(toks []lexicon.Token, q *Quantity) {
	if q.Vague {
		return
	}
	at, sign := q.Tok0, false
	if at > 0 && currencySign(toks[at-1].Norm()) {
		// "nearly $2,000": the qualifier stands before the sign; the
		// quantity keeps its tokens (the sign says it is money).
		at, sign = at-1, true
	}
	for _, ql := range qualifiers {
		n := len(ql.words)
		if at-n < 0 {
			continue
		}
		ok := true
		for k, w := range ql.words {
			if toks[at-n+k].Norm() != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !sign {
			q.Tok0 = at - n
		} else {
			q.lead = int8(n + 1) // shown: "more than $2 million"
		}
		q.qual = ql.name
		if q.lo == q.hi {
			q.lo, q.hi = q.Val*ql.lo, q.Val*ql.hi
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

// classifyQuantity decides what a number counts, in steps: money and
// shares, clock times, dates and years, an age after a name, a quake's
// magnitude — each of which settles it — then the counted noun (a measure
// or a duration settles it too; else what it counts), a casualty word
// nearby, and a crowd before a bare number.
func classifyQuantity(toks []lexicon.Token, q *Quantity) {
	if moneyOrShare(toks, q) || clockTime(toks, q) || dateOrYear(toks, q) || ageAfterName(toks, q) || magnitude(toks, q) {
		return
	}
	noun, mod := countedNoun(toks, q.Tok1)
	if measureOrDuration(toks, q, noun) {
		return
	}
	countOf(toks, q, noun, mod)
	casualtyNearby(toks, q, noun)
	crowdSize(toks, q, noun)
}

// moneyOrShare classifies money ("$5", "5 euros"), percentages and a
// "35-year-old" age; it reports whether it did.
func moneyOrShare(toks []lexicon.Token, q *Quantity) bool {
	numEnd := q.Tok1
	prev := func(k int) *lexicon.Token {
		if k >= 0 {
			return &toks[k]
		}
		return nil
	}
	// Money and percentages.
	if p := prev(q.Tok0 - 1); p != nil && currencies[p.Norm()] != "" {
		q.Kind, q.Unit, q.Label = QMoney, currencies[p.Norm()], p.Norm()
		return true
	}
	if numEnd < len(toks) {
		n := &toks[numEnd]
		switch {
		case n.Norm() == "%" || n.Norm() == "percent" || n.Norm() == "per" && numEnd+1 < len(toks) && toks[numEnd+1].Norm() == "cent":
			q.Kind, q.Unit, q.Label = QPercent, "%", "%"
			q.Tok1 = numEnd + 1
			if n.Norm() == "per" {
				q.Tok1++ // "per cent"
			}
			return true
		case currencies[n.Stem()] != "":
			q.Kind, q.Unit, q.Label = QMoney, currencies[n.Stem()], n.Norm()
			q.Tok1 = numEnd + 1
			return true
		case n.Norm() == "year" && n.Is(lexicon.TJoined):
			q.Kind, q.Unit = QAge, "age" // "35-year-old"
			for q.Tok1 < len(toks) && toks[q.Tok1].Is(lexicon.TJoined) {
				q.Tok1++
			}
			return true
		}
	}
	return false
}

// clockTime classifies a clock time: "10 a.m.", "10:30".
func clockTime(toks []lexicon.Token, q *Quantity) bool {
	numEnd := q.Tok1
	// Clock times.
	if numEnd < len(toks) && (clockWords.Has(toks[numEnd].Norm()) || toks[numEnd].Norm() == ":" && numEnd+1 < len(toks) && toks[numEnd+1].Is(lexicon.TNum)) ||
		q.Tok0 > 0 && toks[q.Tok0-1].Norm() == ":" && q.Tok0 > 1 && toks[q.Tok0-2].Is(lexicon.TNum) {
		q.Kind, q.Unit = QTime, "time"
		return true
	}
	return false
}

// dateOrYear classifies dates (a month beside the number) and years; an
// ordinal with no month is a count that findQuantities drops.
func dateOrYear(toks []lexicon.Token, q *Quantity) bool {
	numEnd := q.Tok1
	// Dates: a month beside the number (an ordinal may have "of" between:
	// "the 22nd of March"); years.
	// "Sept. 26": an abbreviated month and its dot.
	dotted := q.Tok0 > 1 && toks[q.Tok0-1].Norm() == "." && toks[q.Tok0-1].Start == toks[q.Tok0-2].End &&
		CalendarWords.Has(toks[q.Tok0-2].Norm()) && len(toks[q.Tok0-2].Norm()) <= 4
	monthNear := nextIs(toks, numEnd, &CalendarWords) || q.Tok0 > 0 && CalendarWords.Has(toks[q.Tok0-1].Norm()) || dotted ||
		q.ordinal && numEnd+1 < len(toks) && toks[numEnd].Norm() == "of" && CalendarWords.Has(toks[numEnd+1].Norm())
	if q.ordinal && !monthNear {
		q.Kind = QCount // not a date; findQuantities drops it
		return true
	}
	if q.Kind == QDate || monthNear {
		q.Kind, q.Unit = QDate, "date"
		if q.ordinal && numEnd+1 < len(toks) && toks[numEnd].Norm() == "of" && CalendarWords.Has(toks[numEnd+1].Norm()) {
			q.Tok1 = numEnd + 2 // "the 22nd of March"
		} else if numEnd < len(toks) && CalendarWords.Has(toks[numEnd].Norm()) {
			q.Tok1 = numEnd + 1
		} else if q.Tok0 > 0 && CalendarWords.Has(toks[q.Tok0-1].Norm()) {
			q.Tok0--
		} else if dotted {
			q.Tok0 -= 2
		}
		for k := q.Tok0; k < q.Tok1; k++ {
			if m := monthOf(toks[k].Norm()); m > 0 {
				q.month = m
			}
		}
		if q.month > 0 && !q.ordinal && (q.Val < 1 || q.Val > 31) && !(q.Val >= 1800 && q.Val <= 2100) {
			q.month = 0 // not a day of the month
		}
		return true
	}
	if toks[q.Tok0].Is(lexicon.TNum) && !strings.Contains(toks[q.Tok0].Norm(), ",") && q.Val >= 1800 && q.Val <= 2100 && q.Val == math.Trunc(q.Val) && q.qual == "" {
		// "in 2015", "2015," — and "the 2015 earthquake", a year before a
		// singular noun after an article.
		article := q.Tok0 > 0 && (toks[q.Tok0-1].Norm() == "the" || toks[q.Tok0-1].Norm() == "a" || toks[q.Tok0-1].Norm() == "its")
		// "in 1979 Rapper's Delight…", "since 2014 the group…": a year
		// after a preposition of time, unless a counted noun follows.
		timePrep := q.Tok0 > 0 && yearPrepositions[toks[q.Tok0-1].Norm()] &&
			(numEnd >= len(toks) || toks[numEnd].Is(lexicon.TCap) || !knownNoun(toks[numEnd].Stem()))
		if numEnd >= len(toks) || !toks[numEnd].Is(lexicon.TWord) || toks[numEnd].Is(lexicon.TStop) || timePrep ||
			article && !strings.HasSuffix(toks[numEnd].Norm(), "s") {
			q.Kind, q.Unit = QYear, "year"
			return true
		}
	}
	return false
}

// ageAfterName classifies an age after a name ("Travis Keller, 34,
// was…"), after "aged", "age" or "the age of" ("died at age 57"), and
// after "at" following a death ("he died at 57").
func ageAfterName(toks []lexicon.Token, q *Quantity) bool {
	numEnd := q.Tok1
	if q.qual == "" && q.Val >= 1 && q.Val <= 120 && q.Val == math.Trunc(q.Val) && toks[q.Tok0].Is(lexicon.TNum) && q.Tok0 > 0 {
		p := toks[q.Tok0-1].Norm()
		at := p == "at" && q.Tok0 > 1 && CasualtyClasses[toks[q.Tok0-2].Stem()] == "dead" && !toks[q.Tok0-2].Is(lexicon.TNum) &&
			(numEnd >= len(toks) || !toks[numEnd].Is(lexicon.TWord))
		if p == "aged" || p == "age" || p == "of" && q.Tok0 > 1 && toks[q.Tok0-2].Norm() == "age" || at {
			q.Kind, q.Unit = QAge, "age"
			return true
		}
	}
	if q.qual == "" && q.Val >= 1 && q.Val <= 120 && q.Val == math.Trunc(q.Val) && toks[q.Tok0].Is(lexicon.TNum) && q.Tok0 > 1 &&
		toks[q.Tok0-1].Norm() == "," && toks[q.Tok0-2].Is(lexicon.TCap) && toks[q.Tok0-2].Is(lexicon.TWord) && !CalendarWords.Has(toks[q.Tok0-2].Norm()) &&
		(numEnd >= len(toks) || toks[numEnd].Is(lexicon.TBreak|lexicon.TEnd)) {
		q.Kind, q.Unit = QAge, "age"
		return true
	}
	return false
}

// magnitude classifies a quake's magnitude.
func magnitude(toks []lexicon.Token, q *Quantity) bool {
	numEnd := q.Tok1
	// A quake's magnitude: "magnitude 6.4", "magnitude-6.4", "6.4-magnitude",
	// "put the magnitude at 5.7".
	if magnitudeNear(toks, q.Tok0, numEnd) {
		q.Unit, q.Label = "magnitude", "magnitude"
		if numEnd < len(toks) && toks[numEnd].Norm() == "magnitude" {
			q.Tok1 = numEnd + 1
		}
		return true
	}
	return false
}

// countedNoun finds the noun a number counts, from token numEnd on, and a
// capitalised modifier before it ("two Tajik border guards"); noun is -1
// when there is none.
func countedNoun(toks []lexicon.Token, numEnd int) (noun int, mod string) {
	// The counted noun, past a few adjectives. Of a run of up to three
	// content words, a known counted noun wins ("two railway employees",
	// "four gunmen stormed"); else the first.
	noun = -1
	for k := numEnd; k < len(toks) && k < numEnd+4; k++ {
		t := &toks[k]
		if !t.Is(lexicon.TWord) || t.Is(lexicon.TNum) {
			break
		}
		if t.Is(lexicon.TStop) {
			if noun < 0 && (t.Norm() == "of" || t.Norm() == "more" || t.Norm() == "other") {
				continue
			}
			break
		}
		nextContent := k+1 < len(toks) && toks[k+1].Is(lexicon.TWord) && !toks[k+1].Is(lexicon.TStop) && !toks[k+1].Is(lexicon.TNum)
		if t.Is(lexicon.TCap) && nextContent && mod == "" {
			mod = t.Norm() // "two Tajik border guards"
		}
		// Adjectives, participles ("striking doctors") and names before
		// the noun are passed over.
		participle := strings.HasSuffix(t.Norm(), "ing") && CasualtyClasses[t.Stem()] == ""
		if noun < 0 && nextContent && (skipAdjectives.Has(t.Stem()) || participle || t.Is(lexicon.TCap) && k > numEnd) {
			continue
		}
		if noun < 0 {
			noun = k
			// A plural noun ends the phrase: "two tankers last year".
			if strings.HasSuffix(t.Norm(), "s") && !strings.HasSuffix(t.Norm(), "ss") && !knownNoun(t.Stem()) {
				break
			}
			continue
		}
		if knownNoun(t.Stem()) && !knownNoun(toks[noun].Stem()) {
			noun = k
		}
	}
	return noun, mod
}

// measureOrDuration classifies a measure ("5 km") or a duration ("24
// hours") by its noun; it reports whether it did.
func measureOrDuration(toks []lexicon.Token, q *Quantity, noun int) bool {
	numEnd := q.Tok1
	if noun >= 0 {
		if m, ok := measures[toks[noun].Stem()]; ok {
			q.Unit, q.Label = m.dim, toks[noun].Norm()
			f := m.factor
			if toks[noun].Stem() == "mile" && noun > numEnd && toks[noun-1].Norm() == "nautical" {
				f = 1.852
			}
			q.Val, q.lo, q.hi = q.Val*f, q.lo*f, q.hi*f
			q.Tok1 = noun + 1
			return true
		}
	}
	if noun >= 0 {
		stem := toks[noun].Stem()
		if d, ok := timeUnits[strings.TrimSuffix(stem, "s")]; ok {
			q.Kind, q.Unit, q.Label = QDuration, "duration", ""
			q.Val, q.lo, q.hi = q.Val*d, q.lo*d, q.hi*d
			if q.qual == "over" || q.qual == "at least" {
				// "more than 24 hours" reads as up to the next round span
				// ("two days"), looser than a count's "over 140".
				q.hi = q.Val * 2.5
			}
			q.Tok1 = noun + 1
			// The content words of its clause within four words before
			// ("battled the fish for 40 minutes") and after it.
			for k := q.Tok0 - 1; k >= 0 && k >= q.Tok0-4 && !toks[k].Is(lexicon.TBreak|lexicon.TEnd); k-- {
				if toks[k].Stem() != "" && !toks[k].Is(lexicon.TNum) {
					q.ctx = append(q.ctx, toks[k].Stem())
				}
			}
			for k := noun + 1; k < len(toks) && k <= noun+4 && !toks[k].Is(lexicon.TBreak|lexicon.TEnd); k++ {
				if toks[k].Stem() != "" {
					q.ctx = append(q.ctx, toks[k].Stem())
				} else if toks[k].Norm() == "before" || toks[k].Norm() == "after" || toks[k].Norm() == "ago" {
					q.ctx = append(q.ctx, toks[k].Norm())
				}
			}
			return true
		}
	}
	return false
}

// countOf sets what a counted noun counts (its class, when it has one) and
// who the people are.
func countOf(toks []lexicon.Token, q *Quantity, noun int, mod string) {
	if noun >= 0 {
		stem := toks[noun].Stem()
		q.who = whoOf(stem)
		if q.who != "" || anyPeople.Has(stem) {
			q.mod = mod
		}
		if syn, ok := nounClasses[stem]; ok {
			stem = syn
		}
		q.Unit, q.Label = stem, toks[noun].Norm()
		q.Tok1 = noun + 1
	}
}

// casualtyNearby names the casualty class a count is of from a casualty
// word nearby.
func casualtyNearby(toks []lexicon.Token, q *Quantity, noun int) {
	// A casualty word nearby names the class: the nearest one in the same
	// sentence, up to twelve words before ("the death toll from flooding in
	// eastern Spain rose to 64") or five after, with no other number between.
	best, bestDist := "", 99
	for k := max(0, q.Tok0-12); k < min(len(toks), q.Tok1+5); k++ {
		if k >= q.Tok0 && k < q.Tok1 && k != noun {
			continue
		}
		t := &toks[k]
		if t.Sent != toks[q.Tok0].Sent || t.Stem() == "" {
			continue
		}
		c, ok := CasualtyClasses[t.Stem()]
		if c == "rescued" && t.Norm() != "rescued" {
			continue // "help with the rescue", "rescuers": not who was rescued
		}
		if t.Norm() == "lives" {
			c, ok = "dead", true // "claimed the lives of"
		} else if strings.HasPrefix(t.Norm(), "hospitali") {
			c, ok = "injured", true // not "hospitals"
		}
		if !ok {
			continue
		}
		d := q.Tok0 - k
		if k >= q.Tok1 || k == noun {
			d = k - q.Tok1 + 1
		}
		if blocked(toks, k, q.Tok0) || numberBetween(toks, k, q) {
			continue
		}
		// On a tie the word after wins: "died and 45 were hurt".
		if d < bestDist || d == bestDist && k >= q.Tok1 {
			best, bestDist = c, d
		}
	}
	if best != "" && (noun < 0 || PeopleNouns.Has(q.Unit) || PeopleNouns.Has(toks[noun].Stem()) || CasualtyClasses[q.Unit] != "") {
		q.Unit, q.Label = best, best
	}
}

// crowdSize makes a bare number after a crowd its size.
func crowdSize(toks []lexicon.Token, q *Quantity, noun int) {
	// A bare number after a crowd: "the crowd had exceeded 100,000", "put
	// the crowd at more than 100,000".
	if q.Unit == "" && noun < 0 {
		for k := q.Tok0 - 1; k >= 0 && k >= q.Tok0-8 && toks[k].Sent == toks[q.Tok0].Sent && !toks[k].Is(lexicon.TEnd); k-- {
			if crowdNouns.Has(toks[k].Stem()) {
				q.Unit, q.Label = "crowd", "crowd"
				break
			}
		}
	}
}

// blocked reports whether a sentence or clause ends between tokens a and b
// (a semicolon or a full stop; commas do not block "killed 12, injured 30").
func blocked(toks []lexicon.Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if toks[k].Norm() == ";" || toks[k].Is(lexicon.TEnd) {
			return true
		}
	}
	return false
}

// numberBetween reports whether another number stands between token k and q.
func numberBetween(toks []lexicon.Token, k int, q *Quantity) bool {
	a, b := k+1, q.Tok0
	if k >= q.Tok1 {
		a, b = q.Tok1, k
	}
	for i := a; i < b; i++ {
		if toks[i].Is(lexicon.TNum) || SmallNumbers[toks[i].Norm()] > 0 && toks[i].Norm() != "one" {
			return true
		}
	}
	return false
}

func nextIs(toks []lexicon.Token, i int, set *strtable.Set) bool {
	return i < len(toks) && set.Has(toks[i].Norm())
}

// Compatible reports whether two quantities of one unit can both be true:
// their intervals, each widened by 3 %, overlap.
func (q *Quantity) Compatible(o *Quantity) bool {
	if q.Unit == "magnitude" {
		return q.lo-0.05 <= o.hi && o.lo-0.05 <= q.hi
	}
	const tol = 0.03
	return q.lo*(1-tol) <= o.hi*(1+tol) && o.lo*(1-tol) <= q.hi*(1+tol)
}

// OtherPeople reports whether two casualty counts name different kinds of
// people ("soldiers" / "civilians").
func (q *Quantity) OtherPeople(o *Quantity) bool {
	return q.who != "" && o.who != "" && q.who != o.who
}

// Comparable reports whether two quantities count the same thing.
func (q *Quantity) Comparable(o *Quantity) bool {
	if q.Kind != o.Kind || q.Unit != o.Unit || q.Unit == "?" {
		return false
	}
	// Different people ("police officers" / "protesters"), different
	// sides ("Tajik" / "Kyrgyz"), different years.
	if q.who != "" && o.who != "" && q.who != o.who || !sameEra(q.era, o.era) {
		return false
	}
	if q.mod != "" && o.mod != "" && !sameModifier(q.mod, o.mod) {
		return false
	}
	if q.Kind == QDuration {
		// "three days of mourning" and "two weeks before the attack" are
		// not the same duration: they must share a word around them.
		for _, a := range q.ctx {
			for _, b := range o.ctx {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	// Ages compare like counts ("died at 57" / "died at age 57"); an age
	// tied to a name is the judge's to pair with that name's.
	return q.Kind != QDate && q.Kind != QYear && q.Kind != QTime
}

// Qualifier is how a qualifier widened the value ("at least", "over",
// "about", "up to", "nearly", "under"; words/qualifiers.txt), or "".
func (q *Quantity) Qualifier() string { return q.qual }

// Month is the month a date names, 1–12, or 0 when it names none.
func (q *Quantity) Month() int { return int(q.month) }

// SameDate reports whether two dates or years read the same.
// Two dates that both name a month match by month and day ("Sept. 26" =
// "26 September"); else by their folded text.
func (q *Quantity) SameDate(o *Quantity, qt, ot string) bool {
	if q.Kind != o.Kind || q.Kind != QDate && q.Kind != QYear || q.Val != o.Val {
		return false
	}
	if q.Kind == QDate && q.month > 0 && o.month > 0 {
		return q.month == o.month
	}
	return lexicon.Fold(qt) == lexicon.Fold(ot)
}

// yearPrepositions put a year after them: "in 1979", "since 2014".
var yearPrepositions = lexicon.SetOf("in", "since", "until", "till", "by", "from", "during", "before", "after", "of")

// monthOf returns the month a word names, 1–12, or 0.
func monthOf(w string) int8 {
	w = strings.TrimSuffix(w, ".")
	for i, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) && (len(w) == 3 || strings.HasPrefix(monthNames[i], w)) {
			return int8(i + 1)
		}
	}
	return 0
}

// monthNames are the months in full, to tell "sept" and "june" from
// other words that start like a month.
var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// Bucket is the quantity's place on a 10 % logarithmic scale, for the
// similarity vectors; two offset scales let close values share a bucket.
func (q *Quantity) Bucket(offset float64) int {
	v := q.Val
	if v <= 0 {
		return -1
	}
	return int(math.Floor(math.Log(v)/math.Log(1.1) + offset))
}

// magnitudeNear reports whether the number [i, end) is a quake's
// magnitude: "magnitude" just before it (or two words before: "magnitude
// of 6.4", "the magnitude at 5.7") or just after it.
func magnitudeNear(toks []lexicon.Token, i, end int) bool {
	if end < len(toks) && toks[end].Norm() == "magnitude" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Norm() == "magnitude" {
			return true
		}
		if !toks[k].Is(lexicon.TStop) && toks[k].Norm() != "-" && !toks[k].Is(lexicon.TJoined) {
			return false
		}
	}
	return false
}

// sameModifier reports whether two capitalised modifiers of counted
// people name one party: the same word, or one country ("Tajik",
// "Tajikistan").
func sameModifier(a, b string) bool {
	if a == b {
		return true
	}
	tbl := BuiltinAliases()
	ea, oka := tbl.byVariant[a] // folded words: their own alias keys
	eb, okb := tbl.byVariant[b]
	if !oka || !okb {
		return true // not known to differ
	}
	return ea.key == eb.key
}

// IsMeasure reports whether a unit is a dimension of measures.
func IsMeasure(unit string) bool {
	return unit == "length" || unit == "volume" || unit == "mass" || unit == "area"
}

// Describe names what a quantity counts, for reasons.
func (q *Quantity) Describe() string {
	switch q.Kind {
	case QDuration:
		return "duration"
	case QPercent:
		return "share"
	case QMoney:
		return "amount"
	}
	if IsMeasure(q.Unit) {
		return q.Unit
	}
	if q.Label != "" {
		return q.Label
	}
	return q.Unit
}

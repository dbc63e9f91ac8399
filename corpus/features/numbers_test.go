package features

import (
	"fmt"
	"strings"
	"testing"
)

// quantitiesOf describes the quantities of a text as "surface: lo-hi unit".
func quantitiesOf(text string) []string {
	toks := tokens(text)
	var out []string
	for _, q := range FindQuantities(toks) {
		kind := map[qKind]string{QCount: "", QDuration: "duration ", QMoney: "money ", QPercent: "percent ",
			QDate: "date ", QYear: "year ", QAge: "age ", QTime: "time "}[q.Kind]
		out = append(out, fmt.Sprintf("%s: %s%.6g-%.6g %s", text[q.Start:q.End], kind, q.lo, q.hi, q.Unit))
	}
	return out
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The attack killed over 140 people.", []string{"over 140 people: 140.001-168 dead"}},
		{"which claimed the lives of over 140, Reuters said", []string{"over 140: 140.001-168 dead"}},
		{"At least 143 were killed.", []string{"At least 143: 143-171.6 dead"}},
		{"a blast that killed about 100 people", []string{"about 100 people: 85-115 dead"}},
		{"nearly 100 injured", []string{"nearly 100 injured: 85-100 injured"}},
		{"Tehran detained some 35 suspected members", []string{"some 35 suspected members: 29.75-40.25 arrested"}},
		{"four gunmen stormed the hall", []string{"four gunmen: 4-4 gunmen"}},
		{"Twelve people died and 45 were hurt", []string{"Twelve people: 12-12 dead", "45: 45-45 injured"}},
		{"killed 12 and injured 30", []string{"12: 12-12 dead", "30: 30-30 injured"}},
		{"The death toll from flooding in eastern Spain rose to 64 on Wednesday", []string{"64: 64-64 dead"}},
		{"thirty-five soldiers and two hundred and fifty police", []string{"thirty-five soldiers: 35-35 troop", "two hundred and fifty police: 250-250 polic"}},
		{"1,200 troops and 3.5 million people", []string{"1,200 troops: 1200-1200 troop", "3.5 million people: 3.5e+06-3.5e+06 peopl"}},
		{"hundreds of people were injured", []string{"hundreds of people: 200-999 injured"}},
		{"Dozens of people are still missing.", []string{"Dozens of people: 24-99 missing"}},
		{"a ransom of $5 million", []string{"5 million: money 5e+06-5e+06 usd"}},
		// A qualifier before a currency sign widens the sum; the sign
		// still says it is money.
		{"he was billed nearly $2,000", []string{"nearly $2,000: money 1700-2000 usd"}},
		{"a ransom of more than £1.5 million", []string{"more than £1.5 million: money 1.5e+06-1.8e+06 gbp"}},
		{"up 12% or 4 percent", []string{"12%: percent 12-12 %", "4 percent: percent 4-4 %"}},
		{"two weeks before the attack", []string{"two weeks: duration 14-14 duration"}},
		{"On March 22, four gunmen", []string{"March 22: date 22-22 date", "four gunmen: 4-4 gunmen"}},
		{"in 2023, the 35-year-old", []string{"2023: year 2023-2023 year", "35-year-old: age 35-35 age"}},
		{"shortly after 7:40 a.m. and 10 p.m.", []string{"7: time 7-7 time", "40: time 40-40 time", "10: time 10-10 time"}},
		{"one of the sources said two of the injured died", nil},
		{"no one was hurt; one person died", []string{"one person: 1-1 dead"}},
		{"between 30-50 people died", []string{"30-50 people: 30-50 dead"}},
		// Ages after a name, magnitudes, measures in one unit.
		{"The suspect, Travis Keller, 34, was shot dead.", []string{"34: age 34-34 age"}},
		{"A magnitude 6.4 earthquake; the USGS put the magnitude at 5.7", []string{"6.4: 6.4-6.4 magnitude", "5.7: 5.7-5.7 magnitude"}},
		{"The magnitude-6.4 quake and a 5.9-magnitude aftershock", []string{"6.4: 6.4-6.4 magnitude", "5.9-magnitude: 5.9-5.9 magnitude"}},
		{"about 500 km (310 miles) west", []string{"about 500 km: 425-575 length", "310 miles: 498.79-498.79 length"}},
		{"a 970-kilometre border, 20 nautical miles off", []string{"970-kilometre: 970-970 length", "20 nautical miles: 37.04-37.04 length"}},
		{"2 million litres of fuel", []string{"2 million litres: 2e+06-2e+06 volume"}},
		// Parts, references and sources are no counts.
		{"Eight of the wounded remained in hospital, three of them in critical condition", nil},
		{"The two countries share a border.", nil},
		{"two people familiar with the matter said; citing three sources", nil},
		{"The Navy's 5th Fleet said", nil},
		{"on the 22nd of March", []string{"22nd of March: date 22-22 date"}},
		// What is counted: "others", a participle, a plural head.
		{"killing nine people and wounding 14 others", []string{"nine people: 9-9 dead", "14 others: 14-14 injured"}},
		{"about 2,000 striking doctors", []string{"about 2,000 striking doctors: 1700-2300 doctor"}},
		{"Iran seized two tankers last year", []string{"two tankers: 2-2 tanker"}},
		{"the 2015 earthquake", []string{"2015: year 2015-2015 year"}},
		{"more than 24 hours after the quake", []string{"more than 24 hours: duration 1.00004-2.5 duration"}},
	}
	for _, tt := range tests {
		got := quantitiesOf(tt.text)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestQuantitiesCompatible(t *testing.T) {
	q := func(text string) Quantity {
		qs := FindQuantities(tokens(text))
		if len(qs) != 1 {
			t.Fatalf("%q: %d quantities", text, len(qs))
		}
		return qs[0]
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"140 dead", "143 dead", true},
		{"140 dead", "144 dead", true},
		{"143 dead", "144 dead", true},
		{"over 140 dead", "143 dead", true},
		{"over 140 dead", "at least 143 dead", true},
		{"nearly 100 dead", "about 100 dead", true},
		{"30 dead", "50 dead", false},
		{"140 dead", "150 dead", false},
		{"over 140 dead", "100 dead", false},
		{"at least 18 dead", "12 dead", false},
		{"at least 62 dead", "64 dead", true},
		{"about 2 million patients", "some 2.1 million patients", true},
		{"hundreds dead", "143 dead", false},
		{"dozens missing", "dozens missing", true},
		{"4 gunmen", "5 gunmen", false},
	}
	for _, tt := range tests {
		a, b := q(tt.a), q(tt.b)
		if !a.Comparable(&b) {
			t.Errorf("%q and %q: not comparable", tt.a, tt.b)
			continue
		}
		if got := a.Compatible(&b); got != tt.want {
			t.Errorf("compatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if a.Compatible(&b) != b.Compatible(&a) {
			t.Errorf("compatible(%q, %q) is not symmetric", tt.a, tt.b)
		}
	}
	// Only quantities of the same thing compare.
	for _, pair := range [][2]string{{"140 dead", "140 injured"}, {"four gunmen", "four vehicles"}, {"March 22", "March 22"},
		{"three days of mourning", "three days before the attack"}} {
		a, b := q(pair[0]), q(pair[1])
		if a.Comparable(&b) {
			t.Errorf("%q and %q compare; they count different things", pair[0], pair[1])
		}
	}
	// Different people, different sides, different years: no comparison.
	for _, pair := range [][2]string{
		{"Twelve police officers were injured", "at least 40 protesters were injured"},
		{"killing two Tajik border guards", "killing three Kyrgyz servicemen"},
		{"killing two Tajik border guards and wounding five", "killing three Kyrgyz servicemen and wounding four"},
		{"In 2015, two earthquakes killed about 9,000 people", "the quake killed 157 people"},
		{"since 2019, when a gunman killed nine people", "Eleven people were killed"},
	} {
		a, b := lastCount(pair[0]), lastCount(pair[1])
		if a.Comparable(&b) {
			t.Errorf("%q and %q compare; they count different things", pair[0], pair[1])
		}
	}
	// People at large meet anyone; the same side meets itself.
	for _, pair := range [][2]string{{"killing five workers", "Seven people have died"}, {"two Tajik guards were killed", "five Tajik soldiers were killed"},
		{"Clashes in 2021 and 2022 killed more than 100 people", "More than 100 people were killed in clashes in 2022"}} {
		a, b := lastCount(pair[0]), lastCount(pair[1])
		if !a.Comparable(&b) {
			t.Errorf("%q and %q do not compare", pair[0], pair[1])
		}
	}
	if a, b := q("magnitude 6.2"), q("magnitude 6.4"); a.Compatible(&b) {
		t.Error("magnitudes 6.2 and 6.4 are compatible")
	}
	if a, b := q("about 500 km"), q("310 miles"); !a.Comparable(&b) || !a.Compatible(&b) {
		t.Error("500 km and 310 miles do not match")
	}
	a, b := q("three days of mourning"), q("three days of national mourning")
	if !a.Comparable(&b) || !a.Compatible(&b) {
		t.Error("three days of mourning do not match")
	}
}

// lastCount is the last count (not a date or a year) of a text.
func lastCount(text string) Quantity {
	qs := FindQuantities(tokens(text))
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].Kind == QCount {
			return qs[i]
		}
	}
	return Quantity{}
}

package features

import (
	"strings"
	"testing"
)

// onlyQuantity is the one quantity of a text.
func onlyQuantity(t *testing.T, text string) Quantity {
	t.Helper()
	qs := FindQuantities(tokens(text))
	if len(qs) != 1 {
		t.Fatalf("%q: %d quantities %q", text, len(qs), quantitiesOf(text))
	}
	return qs[0]
}

// TestQuantitiesMatchAsAReaderDoes holds numbers a reader takes for one:
// scale words and suffixes, rounding, percentages written three ways.
func TestQuantitiesMatchAsAReaderDoes(t *testing.T) {
	tests := []struct{ a, b string }{
		{"won 4.45 million votes", "won 4,445,978 votes"},
		{"5.15m viewers", "5,150,000 viewers"},
		{"5.15m viewers", "5.1 million viewers"},
		{"a $800 million deal", "a $800m deal"},
		{"a $1.2bn deal", "a $1.2 billion deal"},
		{"51 % of the vote", "51.20 % of the vote"},
		{"51 percent of the vote", "51.2 per cent of the vote"},
		{"2,000 troops", "2k troops"},
		{"three days of mourning", "3 days of national mourning"},
		{"battled the fish for 40 minutes.", "They battled for 40 minutes before"},
	}
	for _, tt := range tests {
		a, b := onlyQuantity(t, tt.a), onlyQuantity(t, tt.b)
		if !a.Comparable(&b) || !a.Compatible(&b) {
			t.Errorf("%q and %q should match (comparable %v)", tt.a, tt.b, a.Comparable(&b))
		}
	}
}

// TestQuantitiesKeptApart holds numbers of different kinds, or too far
// apart, that never match.
func TestQuantitiesKeptApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"51 % of voters", "51 voters"},          // a share is no count
		{"51 % of the vote", "55 % of the vote"}, // too far
		{"a $800m deal", "800 deals"},            // money is no count
		{"4.45 million votes", "4.9 million votes"},
		{"in 2015 it began", "2015 people"}, // a year is no count
		{"on Sept. 26 it began", "26 people"},
		{"the 57-year-old rapper", "57 rappers"},
		{"for 40 minutes before landing", "40 minutes of silence"}, // durations of two things
	}
	for _, tt := range tests {
		a, b := onlyQuantity(t, tt.a), onlyQuantity(t, tt.b)
		if a.Comparable(&b) && a.Compatible(&b) {
			t.Errorf("%q and %q should not match", tt.a, tt.b)
		}
	}
}

// TestDatesAndYearsAreNoCounts holds dates in their usual spellings and
// years after a preposition: never a count.
func TestDatesAndYearsAreNoCounts(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"on Sept. 26 in the town", "Sept. 26: date 26-26 date"},
		{"on 26 September in the town", "26 September: date 26-26 date"},
		{"Dec. 3 was cold", "Dec. 3: date 3-3 date"},
		{"in 1979 Rapper's Delight came out", "1979: year 1979-1979 year"},
		{"since 2014 the group has grown", "2014: year 2014-2014 year"},
		{"In 1979 people danced", "1979 people: 1979-1979 peopl"}, // a counted noun: read as a count
		{"he died at age 57", "57: age 57-57 age"},
		{"aged 57, he retired", "57: age 57-57 age"},
		{"He died at 57.", "57: age 57-57 age"},
		{"at the age of 81 he sang", "81: age 81-81 age"},
		{"51.2 per cent voted", "51.2 per cent: percent 51.2-51.2 %"},
	}
	for _, tt := range tests {
		if got := strings.Join(quantitiesOf(tt.text), " | "); got != tt.want {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestSameDate(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"on Sept. 26 in the town", "on 26 September in the town", true},
		{"on Sep 26 in the town", "on September 26 in the town", true},
		{"on Sept. 26 in the town", "on Oct. 26 in the town", false},
		{"on Sept. 26 in the town", "on Sept. 25 in the town", false},
		{"in 2014 it began", "in 2014 it began", true},
	}
	for _, tt := range tests {
		a, b := onlyQuantity(t, tt.a), onlyQuantity(t, tt.b)
		ta, tb := tt.a[a.Start:a.End], tt.b[b.Start:b.End]
		if got := a.SameDate(&b, ta, tb); got != tt.same {
			t.Errorf("SameDate(%q, %q) = %v, want %v", ta, tb, got, tt.same)
		}
	}
}

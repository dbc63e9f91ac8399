package search

import (
	"math"
	"strings"
	"testing"
)

func TestEmptyAndLimits(t *testing.T) {
	ix := New([]string{"Peskov warned.", "Talks resumed."})
	for _, q := range []string{"", " ", "\n\t ", "\x00", "\u200b\u00ad", "\x1b"} {
		if ms := ix.Search(q, 10); ms != nil {
			t.Errorf("Search(%q) = %v, want nil", q, ms)
		}
		if ms := ix.NewSearcher().Search(q, 10); ms != nil {
			t.Errorf("Searcher.Search(%q) = %v, want nil", q, ms)
		}
		if ms := ix.Plain(q, 10); ms != nil {
			t.Errorf("Plain(%q) = %v, want nil", q, ms)
		}
	}
	for _, limit := range []int{0, -1} {
		if ms := ix.Search("peskov", limit); ms != nil {
			t.Errorf("Search limit %d = %v, want nil", limit, ms)
		}
	}
	if ms := ix.Search("peskov", 1000); len(ms) != 1 {
		t.Errorf("Search with a large limit = %v, want one match", ms)
	}
	if ms := New(nil).Search("peskov", 10); ms != nil {
		t.Errorf("Search on an empty index = %v", ms)
	}
	if ms := New([]string{"", "\x00\x00"}).Search("a", 10); ms != nil {
		t.Errorf("Search over empty texts = %v", ms)
	}
}

// TestHostileQueries runs the query classes of issue 4 over a small corpus
// and checks each against Plain; they must not panic.
func TestHostileQueries(t *testing.T) {
	texts := append(genCorpus(300, 11),
		"Prices rose (sharply) by 5.2% [est.] — a $3^2 {jump}? Yes+no | maybe\\",
		"head\x00tail after a NUL byte",
		"bad \xff\xfe\xfd bytes and \xe2\x80 cut sequences",
		"\x1b]0;title\x07 osc and \x1b[2J clear \r overwrite",
		strings.Repeat("a", 5000),
	)
	passage := texts[42]
	queries := []string{
		".*[](){}?+\\^$|",
		"(sharply)", "5.2%", "[est.]", "$3^2", "{jump}?", "yes+no", "| maybe\\",
		"tail", "\x00tail", "cut sequences \xe2\x80",
		"\xff\xfe", "title\x07", "\x1b[2J", "\r overwrite",
		strings.Repeat("x", 10000),
		strings.Repeat("peskov warned ", 800),
		strings.Repeat("a", 10000),
		strings.Repeat("\u00e9", 4000),
		strings.Repeat("日本", 3000),
		passage,
		strings.ReplaceAll(passage, " ", "\n\n"),
		"\u202eevil\u202c bidi",
	}
	ix := New(texts)
	for _, q := range queries {
		got, want := ix.Search(q, 50), ix.Plain(q, 50)
		if !equalMatches(got, want) {
			t.Errorf("Search(%.40q) differs from Plain", q)
		}
		for _, m := range got {
			checkPositions(t, texts[m.Index], m.Positions)
		}
	}
	if ms := ix.Search("tail", 5); len(ms) == 0 || ms[0].Index != len(texts)-4 {
		t.Errorf("text after a NUL is not found: %v", ms)
	}
	if ms := ix.Search(passage, 1); len(ms) != 1 || ms[0].Index != 42 {
		t.Errorf("a whole passage as the query does not find it: %v", ms)
	}
	if ms := ix.Search(strings.Repeat("a", 10000), 1); len(ms) != 1 || ms[0].Index != len(texts)-1 {
		t.Errorf("a long query of a does not find the long text of a: %v", ms)
	}
}

func TestParseQueryBounds(t *testing.T) {
	var freq [256]uint32
	q := parseQuery(strings.Repeat("word ", 5000), &freq)
	if len(q.terms) != MaxTerms || len(q.text.s) > MaxQueryBytes {
		t.Errorf("long query: %d terms, %d bytes", len(q.terms), len(q.text.s))
	}
	q = parseQuery(strings.Repeat("日", 100), &freq)
	for _, tm := range q.terms {
		if n := len([]rune(tm.s)); n > MaxTermRunes {
			t.Errorf("term of %d runes", n)
		}
	}
	if !q.phrase {
		t.Errorf("a long word split into pieces keeps its phrase bonus")
	}
	q = parseQuery(strings.Repeat("\u00e9", 10000), &freq)
	if len(q.text.s) > MaxQueryBytes || !strings.HasPrefix(strings.Repeat("e", 2000), q.text.s) {
		t.Errorf("cut query = %q", q.text.s)
	}
}

func TestSatSub(t *testing.T) {
	for _, c := range []struct{ a, b, want int64 }{
		{5, 3, 2},
		{math.MinInt64, 1, math.MinInt64},
		{math.MinInt64, -1, math.MinInt64 + 1},
		{math.MaxInt64, -1, math.MaxInt64},
		{-10, 1 << 62, -10 - 1<<62},
	} {
		if got := satSub(c.a, c.b); got != c.want {
			t.Errorf("satSub(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// rank returns the indexes of the matches of query over texts, best first,
// after checking that Search, a Searcher and Plain agree.
func rank(t *testing.T, texts []string, query string) []int {
	t.Helper()
	ix := New(texts)
	got := ix.Search(query, len(texts))
	if want := ix.Plain(query, len(texts)); !equalMatches(got, want) {
		t.Fatalf("Search(%q) = %v, Plain = %v", query, got, want)
	}
	if sr := ix.NewSearcher().Search(query, len(texts)); !equalMatches(got, sr) {
		t.Fatalf("Search(%q) = %v, Searcher = %v", query, got, sr)
	}
	var out []int
	for _, m := range got {
		checkPositions(t, texts[m.Index], m.Positions)
		out = append(out, m.Index)
	}
	return out
}

// equalMatches compares two result lists, positions included.
func equalMatches(a, b []Match) bool {
	return slices.EqualFunc(a, b, func(x, y Match) bool {
		return x.Index == y.Index && x.Score == y.Score && slices.Equal(x.Positions, y.Positions)
	})
}

// checkPositions asserts the invariants of Match.Positions.
func checkPositions(t *testing.T, text string, pos []int) {
	t.Helper()
	starts := map[int]bool{}
	for i := range text {
		starts[i] = true
	}
	for k, p := range pos {
		if p < 0 || p >= len(text) {
			t.Fatalf("position %d outside %q", p, text)
		}
		if !starts[p] {
			t.Fatalf("position %d of %q is not a rune start", p, text)
		}
		if k > 0 && pos[k-1] >= p {
			t.Fatalf("positions %v of %q not strictly ascending", pos, text)
		}
	}
}

// highlighted returns the runes of text at pos, as a string.
func highlighted(text string, pos []int) string {
	var b strings.Builder
	for _, p := range pos {
		r, _ := utf8.DecodeRuneInString(text[p:])
		b.WriteRune(r)
	}
	return b.String()
}

func TestRanking(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		query string
		want  []int // the expected order of the first len(want) results
	}{
		{
			name: "whole word beats scattered letters",
			texts: []string{
				"When the ambassador returned, negotiators drafted a new plan.",
				"They warned of war.",
			},
			query: "war",
			want:  []int{1, 0},
		},
		{
			name: "whole word beats prefix beats inside a word",
			texts: []string{
				"The forward base was attacked.",
				"Warships sailed at dawn.",
				"Officials said the war would end.",
			},
			query: "war",
			want:  []int{2, 1, 0},
		},
		{
			name: "exact phrase beats the same words apart",
			texts: []string{
				"Peskov said the talks had warned nobody.",
				"The Kremlin said Peskov warned reporters.",
				"He warned that Peskov was out of the country.",
			},
			query: "peskov warned",
			want:  []int{1},
		},
		{
			name: "words in any order",
			texts: []string{
				"Nothing relevant here at all, only filler words.",
				"Peskov, the Kremlin's spokesman, declined to comment.",
			},
			query: "kremlin peskov",
			want:  []int{1},
		},
		{
			name: "curly quotes and case fold",
			texts: []string{
				"The minister's office confirmed it.",
				"Peskov\u2019s remarks came on Monday.",
			},
			query: "PESKOV'S",
			want:  []int{1},
		},
		{
			name: "accents fold",
			texts: []string{
				"Ankara denied the report.",
				"Erdoğan met Zelensky in Istanbul.",
			},
			query: "erdogan",
			want:  []int{1},
		},
		{
			name: "shorter passage first within a tier",
			texts: []string{
				"The sanctions, officials said on Tuesday after a long meeting, would stay.",
				"The sanctions would stay.",
			},
			query: "sanctions",
			want:  []int{1, 0},
		},
		{
			name: "equal scores in index order",
			texts: []string{
				"Talks resumed.",
				"Talks resumed.",
				"Talks resumed.",
			},
			query: "talks",
			want:  []int{0, 1, 2},
		},
		{
			name: "regex characters are literal",
			texts: []string{
				"Prices rose (sharply) in March.",
				"Prices rose sharply in March.",
			},
			query: "(sharply)",
			want:  []int{0},
		},
		{
			name: "CJK substring",
			texts: []string{
				"北京的天气很好。",
				"外交部发言人表示，谈判将继续。",
			},
			query: "谈判",
			want:  []int{1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rank(t, tt.texts, tt.query)
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("Search(%q) ranks %v, want %v first", tt.query, got, tt.want)
			}
		})
	}
}

func TestPositions(t *testing.T) {
	tests := []struct {
		name, text, query string
		want              string // the highlighted runes, in order
	}{
		{"word", "They warned of war.", "war", "war"},
		{"first whole word, not the earlier prefix", "Warships and the war.", "war", "war"},
		{"phrase without its spaces", "The Kremlin said Peskov warned reporters.", "peskov warned", "Peskovwarned"},
		{"terms apart", "Peskov, the Kremlin's man.", "kremlin peskov", "PeskovKremlin"},
		{"scattered", "When the ambassador returned.", "wad", "Wad"},
		{"multibyte before", "Ñandú — “Peskov” said.", "peskov", "Peskov"},
		{"accented letters", "Erdoğan spoke.", "erdogan", "Erdoğan"},
		{"CJK", "外交部发言人表示，谈判将继续。", "谈判", "谈判"},
		{"emoji", "Crowds 🎉🇺🇦 cheered the ceasefire 👏🏽.", "ceasefire", "ceasefire"},
		{"emoji in the query", "Crowds 🎉 cheered.", "🎉", "🎉"},
		{"ligature", "The \ufb01nal offer.", "final", "\ufb01nal"},
		{"full width", "Ｐｅｓｋｏｖ said.", "peskov", "Ｐｅｓｋｏｖ"},
		{"phrase across a line break", "Peskov\n  warned\treporters.", "peskov warned reporters", "Peskovwarnedreporters"},
		{"text after NUL", "head\x00Peskov tail", "peskov", "Peskov"},
		{"invalid UTF-8 before", "\xff\xfePeskov", "peskov", "Peskov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := New([]string{tt.text}).Search(tt.query, 1)
			if len(ms) != 1 {
				t.Fatalf("Search(%q) in %q: no match", tt.query, tt.text)
			}
			checkPositions(t, tt.text, ms[0].Positions)
			// The ligature folds to two letters that share one position.
			if got := highlighted(tt.text, ms[0].Positions); got != tt.want {
				t.Errorf("Search(%q) in %q highlights %q, want %q", tt.query, tt.text, got, tt.want)
			}
		})
	}
}

// TestPastedPhrase pastes 60+ characters cut from a passage, with its
// whitespace, quotes and case disturbed, and expects that passage first.
func TestPastedPhrase(t *testing.T) {
	texts := genCorpus(5000, 7)
	ix := New(texts)
	disturb := strings.NewReplacer(" ", "\n  ", "\u201c", "\"", "\u201d", "\"", "\u2019", "'")
	for i := 0; i < len(texts); i += 97 {
		text := texts[i]
		from := runeOffset(text, utf8.RuneCountInString(text)/3)
		to := from + 60
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		if to > len(text) {
			continue
		}
		query := strings.ToUpper(disturb.Replace(text[from:to]))
		ms := ix.Search(query, 5)
		if len(ms) == 0 || ms[0].Index != i && !strings.Contains(Fold(texts[ms[0].Index]), Fold(text[from:to])) {
			t.Errorf("pasted %q from passage %d: got %v", query, i, ms)
			continue
		}
		if ms[0].Score < PhraseUnit {
			t.Errorf("pasted %q: best score %d has no phrase bonus", query, ms[0].Score)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello  World", "hello world"},
		{"\u201cQuoted\u201d \u2018single\u2019", "\"quoted\" 'single'"},
		{"en\u2013dash em\u2014dash minus\u2212", "en-dash em-dash minus-"},
		{"line\nbreak\r\ntab\tnul\x00esc\x1b[31m", "line break tab nul esc [31m"},
		{"nbsp\u00a0thin\u2009ideographic\u3000space", "nbsp thin ideographic space"},
		{"soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"},
		{"Erdoğan Ñandú café", "erdogan nandu cafe"},
		{"cafe\u0301", "cafe"},
		{"\ufb01ne \uff30eskov \u2026", "fine peskov ..."},
		{"Kelvin \u212a long \u017f STRASSE", "kelvin k long s strasse"},
		{"bad\xffutf8", "bad\ufffdutf8"},
	}
	for _, tt := range tests {
		got := Fold(tt.in)
		if got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold is not idempotent on %q: %q, then %q", tt.in, got, again)
		}
	}
	// Letters sahilm/fuzzy treats as equal fold to the same bytes.
	for _, same := range [][2]string{
		{"ΣΊΣΥΦΟΣ", "σίσυφος"},
		{"ΣΊΣΥΦΟΣ", "ςισυφος"},
		{"µ", "μ"},
		{"ǅ", "ǆ"},
		{"ẞ", "ß"},
	} {
		if a, b := Fold(same[0]), Fold(same[1]); a != b {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q, want equal", same[0], a, same[1], b)
		}
	}
}

package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

func TestTokenizeWords(t *testing.T) {
	tests := []struct {
		text string
		want []string // token surfaces, in order
	}{
		{"Iran alerted Russia.", []string{"Iran", "alerted", "Russia", "."}},
		{"Washington’s insistence", []string{"Washington", "insistence"}}, // possessive left out of the span
		{"Peskov's statement", []string{"Peskov", "statement"}},           // straight apostrophe too
		{"the officials' claims", []string{"the", "officials", "claims"}}, // plural possessive
		{"Afghanistan-based ISIS-K", []string{"Afghanistan", "based", "ISIS", "K"}},
		{"the U.S. and the U.K.", []string{"the", "U.S.", "and", "the", "U.K."}},
		{"1,200 people, 3.5 million", []string{"1,200", "people", ",", "3.5", "million"}},
		{"I don't know O'Brien", []string{"I", "don't", "know", "O'Brien"}},
		{"“no, we are not”", []string{"“", "no", ",", "we", "are", "not", "”"}},
		{"Ukraine -and other parties- might", []string{"Ukraine", "-", "and", "other", "parties", "-", "might"}},
		{"Kyiv—Moscow", []string{"Kyiv", "—", "Moscow"}},
		{"10%", []string{"10", "%"}},
		{"", nil},
	}
	for _, tt := range tests {
		toks := tokens(tt.text)
		var got []string
		for _, tk := range toks {
			got = append(got, tt.text[tk.Start:tk.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTokenizeFlags(t *testing.T) {
	toks := tokens(`Washington’s US-based "Reached" ISIS-Khorasan. The NYT said no.`)
	byText := func(s string) lexicon.Token {
		for _, tk := range toks {
			if tk.Norm() == strings.ToLower(s) {
				return tk
			}
		}
		t.Fatalf("no token %q", s)
		return lexicon.Token{}
	}
	checks := []struct {
		word  string
		flags lexicon.TokFlag
		not   lexicon.TokFlag
	}{
		{"Washington", lexicon.TCap | lexicon.TPoss | lexicon.TOpen, lexicon.TCaps},
		{"US", lexicon.TCap | lexicon.TCaps, lexicon.TJoined},
		{"based", lexicon.TJoined, lexicon.TCap},
		{"Reached", lexicon.TCap | lexicon.TOpen, 0}, // opens a quotation
		{"Khorasan", lexicon.TCap | lexicon.TJoined, lexicon.TCaps},
		{"The", lexicon.TOpen | lexicon.TStop, 0},
		{"NYT", lexicon.TCaps, lexicon.TOpen},
		{"no", lexicon.TStop, lexicon.TCap},
	}
	for _, c := range checks {
		tk := byText(c.word)
		if tk.Flags&c.flags != c.flags || tk.Flags&c.not != 0 {
			t.Errorf("%s: flags %b, want %b set and %b clear", c.word, tk.Flags, c.flags, c.not)
		}
	}
}

func TestTokenizeFoldsAndStems(t *testing.T) {
	toks := tokens("WARNINGS were Warned; the warning’s source")
	want := map[string]string{"warnings": "warn", "warned": "warn", "warning": "warn", "source": "sourc"}
	for _, tk := range toks {
		if w, ok := want[tk.Norm()]; ok && tk.Stem() != w {
			t.Errorf("%q: stem %q, want %q", tk.Norm(), tk.Stem(), w)
		}
		if tk.Is(lexicon.TStop) && tk.Stem() != "" {
			t.Errorf("stop word %q has stem %q", tk.Norm(), tk.Stem())
		}
	}
	// NFKC and curly quotes: the full-width letters and the curly
	// apostrophe fold to plain ASCII.
	toks = tokens("Ｋｙｉｖ isn’t")
	if toks[0].Norm() != "kyiv" || toks[1].Norm() != "isn't" || !toks[1].Is(lexicon.TStop) {
		t.Errorf("fold: %q %q (stop %v)", toks[0].Norm(), toks[1].Norm(), toks[1].Is(lexicon.TStop))
	}
}

func TestTokenizeSentences(t *testing.T) {
	text := "Mr. Smith left. He came back! Did he? Yes."
	toks := tokens(text)
	var sents []int32
	for _, tk := range toks {
		if tk.Is(lexicon.TWord) {
			sents = append(sents, tk.Sent)
		}
	}
	// Mr Smith left | He came back | Did he | Yes
	want := []int32{0, 0, 0, 1, 1, 1, 2, 2, 3}
	if len(sents) != len(want) {
		t.Fatalf("sentences %v, want %v", sents, want)
	}
	for i := range want {
		if sents[i] != want[i] {
			t.Fatalf("sentences %v, want %v", sents, want)
		}
	}
	if !toks[0].Is(lexicon.TOpen) {
		t.Error("first word does not open its sentence")
	}
}

// FuzzTokenize checks the invariants every later stage relies on: spans
// in order, inside the text, on UTF-8 boundaries, never empty; each
// token's word is its span folded (the tokenizer reads ASCII words by
// their folded bytes, without folding them), a stop word when the list
// says so.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Iran alerted Russia.", "U.S.-based 1,200 “no”", "a-", "-a", "’s", "\xff\xfe", "Ｋ’s-",
		"THE The the NATO's officials' O'Brien", "Straße ÀB café naïve ÉCOLE", "aaaaaaaaaaaaaaaa Aaaaaaaaaaaaaaaa AAAAAAAAAAAAAAAAA",
		"x\u0085y\u00a0z\tq\vr\fs", "a\u0301b ﬁne ⒇ 4th 1990s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = txt.Sanitize(text) // as the loader hands it over: valid UTF-8
		toks := tokens(text)
		last := int32(0)
		for _, tk := range toks {
			if tk.Start < last || tk.End <= tk.Start || int(tk.End) > len(text) {
				t.Fatalf("bad span %d-%d after %d in %q", tk.Start, tk.End, last, text)
			}
			if !utf8.RuneStart(text[tk.Start]) || int(tk.End) < len(text) && !utf8.RuneStart(text[tk.End]) {
				t.Fatalf("span %d-%d splits a rune in %q", tk.Start, tk.End, text)
			}
			if span := text[tk.Start:tk.End]; tk.Norm() != lexicon.Fold(span) {
				t.Fatalf("token %q reads %q, want %q", span, tk.Norm(), lexicon.Fold(span))
			}
			if tk.Is(lexicon.TWord) && tk.Is(lexicon.TStop) != lexicon.StopWords.Has(tk.Norm()) {
				t.Fatalf("token %q: stop %v", tk.Norm(), tk.Is(lexicon.TStop))
			}
			last = tk.End
		}
		ents, _ := features.FindMentions(text, toks)
		for _, m := range ents {
			if m.Start >= m.End || int(m.End) > len(text) {
				t.Fatalf("bad mention span %d-%d", m.Start, m.End)
			}
		}
		features.FindQuantities(toks)
		features.ScoreTopics(toks)
	})
}

// TestAmericanize guards the spelling fold: British and American forms of
// one word stem alike, and words spelled -ise everywhere are left alone.
// ("tonnes" and "tons" are not one stem: both word lists hold both words
// in every form, and a metric tonne is not a short ton; see
// corpus/lexicon/spelling.go.)
func TestAmericanize(t *testing.T) {
	same := [][2]string{
		{"organised", "organized"}, {"hospitalised", "hospitalized"}, {"mobilisation", "mobilization"},
		{"criticised", "criticized"}, {"apologising", "apologizing"}, {"authorised", "authorized"},
		{"litres", "liters"}, {"kilometres", "kilometers"}, {"centre", "center"}, {"epicentre", "epicenter"},
		{"labour", "labor"}, {"neighbours", "neighbors"}, {"unfavourable", "unfavorable"}, {"defence", "defense"},
		{"analysed", "analyzed"}, {"paralysed", "paralyzed"}, {"fuelled", "fueled"},
		{"paediatric", "pediatric"}, {"haemorrhage", "hemorrhage"}, {"licence", "license"}, {"sceptical", "skeptical"},
		{"programme", "program"}, {"grey", "gray"},
	}
	for _, p := range same {
		if a, b := lexicon.StemWord(p[0]), lexicon.StemWord(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: want one stem", p[0], a, p[1], b)
		}
	}
	for _, w := range []string{"promise", "promised", "advised", "revise", "exercise", "surprising", "comprise", "enterprise",
		"otherwise", "raise", "rising", "arise", "noise", "cruise", "premises", "expertise", "franchise", "paradise",
		"precise", "concise", "despise", "crises", "sunrise", "uprising", "four", "hour", "tour", "acre", "massacre"} {
		if got := lexicon.Americanize(w); got != w {
			t.Errorf("americanize(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestFalsityStems keeps the written-out stems of falsity in step with the
// stemmer.
func TestFalsityStems(t *testing.T) {
	want := map[string]bool{}
	for w := range claims.Falsity.All() {
		want[lexicon.StemWord(w)] = true
	}
	got := map[string]bool{}
	for _, st := range claims.FalsityStems {
		got[st] = true
	}
	if len(got) != len(want) || len(got) != len(claims.FalsityStems) {
		t.Fatalf("falsityStems = %v, want the stems %v", claims.FalsityStems, want)
	}
	for st := range want {
		if !got[st] {
			t.Errorf("falsityStems lacks %q (stemWord of a word in falsity)", st)
		}
	}
}

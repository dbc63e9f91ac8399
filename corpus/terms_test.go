package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokens tokenizes text as one passage, with the segmenter's sentences.
func tokens(text string) []token {
	return tokenize(text, Sentences(text), newLexicon(1))
}

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
			got = append(got, tt.text[tk.start:tk.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTokenizeFlags(t *testing.T) {
	toks := tokens(`Washington’s US-based "Reached" ISIS-Khorasan. The NYT said no.`)
	byText := func(s string) token {
		for _, tk := range toks {
			if tk.norm == strings.ToLower(s) {
				return tk
			}
		}
		t.Fatalf("no token %q", s)
		return token{}
	}
	checks := []struct {
		word  string
		flags tokFlag
		not   tokFlag
	}{
		{"Washington", tCap | tPoss | tOpen, tCaps},
		{"US", tCap | tCaps, tJoined},
		{"based", tJoined, tCap},
		{"Reached", tCap | tOpen, 0}, // opens a quotation
		{"Khorasan", tCap | tJoined, tCaps},
		{"The", tOpen | tStop, 0},
		{"NYT", tCaps, tOpen},
		{"no", tStop, tCap},
	}
	for _, c := range checks {
		tk := byText(c.word)
		if tk.flags&c.flags != c.flags || tk.flags&c.not != 0 {
			t.Errorf("%s: flags %b, want %b set and %b clear", c.word, tk.flags, c.flags, c.not)
		}
	}
}

func TestTokenizeFoldsAndStems(t *testing.T) {
	toks := tokens("WARNINGS were Warned; the warning’s source")
	want := map[string]string{"warnings": "warn", "warned": "warn", "warning": "warn", "source": "sourc"}
	for _, tk := range toks {
		if w, ok := want[tk.norm]; ok && tk.stem != w {
			t.Errorf("%q: stem %q, want %q", tk.norm, tk.stem, w)
		}
		if tk.is(tStop) && tk.stem != "" {
			t.Errorf("stop word %q has stem %q", tk.norm, tk.stem)
		}
	}
	// NFKC and curly quotes: the full-width letters and the curly
	// apostrophe fold to plain ASCII.
	toks = tokens("Ｋｙｉｖ isn’t")
	if toks[0].norm != "kyiv" || toks[1].norm != "isn't" || !toks[1].is(tStop) {
		t.Errorf("fold: %q %q (stop %v)", toks[0].norm, toks[1].norm, toks[1].is(tStop))
	}
}

func TestTokenizeSentences(t *testing.T) {
	text := "Mr. Smith left. He came back! Did he? Yes."
	toks := tokens(text)
	var sents []int32
	for _, tk := range toks {
		if tk.is(tWord) {
			sents = append(sents, tk.sent)
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
	if !toks[0].is(tOpen) {
		t.Error("first word does not open its sentence")
	}
}

// FuzzTokenize checks the invariants every later stage relies on: spans
// in order, inside the text, on UTF-8 boundaries, never empty.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Iran alerted Russia.", "U.S.-based 1,200 “no”", "a-", "-a", "’s", "\xff\xfe", "Ｋ’s-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = Sanitize(text) // as the loader hands it over: valid UTF-8
		toks := tokens(text)
		last := int32(0)
		for _, tk := range toks {
			if tk.start < last || tk.end <= tk.start || int(tk.end) > len(text) {
				t.Fatalf("bad span %d-%d after %d in %q", tk.start, tk.end, last, text)
			}
			if !utf8.RuneStart(text[tk.start]) || int(tk.end) < len(text) && !utf8.RuneStart(text[tk.end]) {
				t.Fatalf("span %d-%d splits a rune in %q", tk.start, tk.end, text)
			}
			last = tk.end
		}
		ents, _ := findMentions(text, toks)
		for _, m := range ents {
			if m.start >= m.end || int(m.end) > len(text) {
				t.Fatalf("bad mention span %d-%d", m.start, m.end)
			}
		}
		findQuantities(toks)
		scoreTopics(toks)
	})
}

// TestAmericanize guards the spelling fold: British and American forms of
// one word stem alike, and words spelled -ise everywhere are left alone.
func TestAmericanize(t *testing.T) {
	same := [][2]string{
		{"organised", "organized"}, {"hospitalised", "hospitalized"}, {"mobilisation", "mobilization"},
		{"criticised", "criticized"}, {"apologising", "apologizing"}, {"authorised", "authorized"},
		{"litres", "liters"}, {"kilometres", "kilometers"}, {"centre", "center"}, {"epicentre", "epicenter"},
		{"labour", "labor"}, {"neighbours", "neighbors"}, {"unfavourable", "unfavorable"}, {"defence", "defense"},
		{"analysed", "analyzed"}, {"paralysed", "paralyzed"}, {"fuelled", "fueled"}, {"tonnes", "tons"},
		{"paediatric", "pediatric"}, {"haemorrhage", "hemorrhage"}, {"licence", "license"}, {"sceptical", "skeptical"},
		{"programme", "program"}, {"grey", "gray"},
	}
	for _, p := range same {
		if a, b := stemWord(p[0]), stemWord(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: want one stem", p[0], a, p[1], b)
		}
	}
	for _, w := range []string{"promise", "promised", "advised", "revise", "exercise", "surprising", "comprise", "enterprise",
		"otherwise", "raise", "rising", "arise", "noise", "cruise", "premises", "expertise", "franchise", "paradise",
		"precise", "concise", "despise", "crises", "sunrise", "uprising", "four", "hour", "tour", "acre", "massacre"} {
		if got := americanize(w); got != w {
			t.Errorf("americanize(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestFalsityStems keeps the written-out stems of falsity in step with the
// stemmer.
func TestFalsityStems(t *testing.T) {
	want := map[string]bool{}
	for w := range falsity {
		want[stemWord(w)] = true
	}
	got := map[string]bool{}
	for _, st := range falsityStems {
		got[st] = true
	}
	if len(got) != len(want) || len(got) != len(falsityStems) {
		t.Fatalf("falsityStems = %v, want the stems %v", falsityStems, want)
	}
	for st := range want {
		if !got[st] {
			t.Errorf("falsityStems lacks %q (stemWord of a word in falsity)", st)
		}
	}
}

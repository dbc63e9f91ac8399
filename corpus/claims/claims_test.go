package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// claimsOf reads the claims of one passage (with a second passage of
// context for the corpus-wide entity pass) as readable strings.
func claimsOf(text string, context ...string) []string {
	lx := lexicon.NewLexicon(1)
	var feats []*features.Passage
	for _, tx := range append([]string{text}, context...) {
		f := &features.Passage{Text: tx, Sents: txt.Sentences(tx)}
		f.Toks = lexicon.Tokenize(tx, f.Sents, lx)
		f.Ents, f.AliasPairs = features.FindMentions(tx, f.Toks)
		feats = append(feats, f)
	}
	ix := features.ResolveEntities(feats)
	cs := Read(feats[0], ix)
	var out []string
	for _, c := range cs.Claims {
		s := fmt.Sprintf("%s: %s per %s", c.Role.Label(), ActorsLabel(c.Actors, "?"), ActorsLabel(c.Claimants, "-"))
		for _, f := range []struct {
			on   bool
			name string
		}{{c.Neg, "neg"}, {c.Hedged(), "hedged"}, {c.Anon, "anon"}, {c.Denied, "denied"}} {
			if f.on {
				s += " " + f.name
			}
		}
		out = append(out, s)
	}
	for _, d := range cs.Denials {
		out = append(out, "denial by "+ActorsLabel(d.Speaker, "?")+": "+feats[0].Text[d.Quote.Start:d.Quote.End])
	}
	return out
}

func TestClaims(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Warnings: subject of the verb, not the object of a preposition.
		{"Earlier in March, the US embassy in Moscow sent a warning to US citizens.", []string{"warning from: US per -"}},
		{"Iran alerted Russia of a looming attack, Reuters reported, citing three sources.", []string{"warning from: Iran per Reuters anon"}},
		{"Egypt had been warned about the plot by Israel's Mossad weeks earlier.", []string{"warning from: Mossad per -"}},
		{"He was not aware about any warnings coming from Qatar.", []string{"warning from: Qatar per - neg denied", "denial by ?: He was not aware about any warnings coming"}},
		{"The agency did not share intelligence with Kenya.", []string{"warning from: ? per - neg"}},
		{"Washington’s alleged failure to share information", []string{"warning from: US per - neg hedged"}},
		// Responsibility, claimed or assigned.
		{"The Islamic State group claimed responsibility for the bombing.", []string{"responsible: ISIS per -"}},
		{"Officials in Kabul blamed the Taliban for the attack.", []string{"responsible: Taliban per -"}},
		{"Pakistan blamed the attack on the TTP.", []string{"responsible: TTP per Pakistan"}},
		{"The US and the EU have insisted that ISIS was the sole culprit.", []string{"responsible: ISIS per US and EU"}},
		{"Russian officials have argued that Kiev may have been behind the plot.", []string{"responsible: Ukraine per Russia hedged"}},
		{"President Vladimir Putin said the attack was carried out by \"radical Islamists\".", []string{"responsible: Islamists per Vladimir Putin"}},
		{"Bortnikov suggested that the US, UK, and Ukraine may all be linked to it.", []string{"responsible: US and UK and Ukraine per Bortnikov hedged"}},
		{"Officials insisted Ukraine had nothing to do with the attack.", []string{"responsible: Ukraine per - neg"}},
		{"The Iranian side reportedly attributed the attack to terrorists within Islamic State's Afghanistan-based ISIS-Khorasan (ISIS-K).",
			[]string{"responsible: ISIS-Khorasan per Iran hedged"}},
		{"The group was responsible, the US claimed.", []string{"responsible: ? per US"}},
		{"Hamas denied any involvement.", []string{"responsible: Hamas per - neg", "denial by Hamas: Hamas denied any involvement"}},
		// Condemnation never conflicts but can be shared.
		{"Chancellor Olaf Brandt condemned the attack.", []string{"condemned: Olaf Brandt per -"}},
		// Denials and their speakers.
		{"Asked about it, Lena Holt said “no, we are not aware of that”.", []string{"denial by Lena Holt: we are not aware of that"}},
		{"Lena Holt arrived first. \"I do not know anything about this,\" she told reporters.", []string{"denial by Lena Holt: I do not know anything about this"}},
		{"Hamas denied any involvement, but Israel said Hamas was behind it.", []string{"responsible: Hamas per - neg", "responsible: Hamas per Israel", "denial by Hamas: Hamas denied any involvement"}},
		{"The ministry knew nothing about the warning, its spokesman Ivo Dan said.", []string{"warning from: ? per Ivo Dan neg denied", "denial by Ivo Dan: The ministry knew nothing about the warning"}},
		// Nothing here is a claim.
		{"The claims were voiced before the report.", nil},
		{"In response to the article, the paper said nothing.", nil},
	}
	for _, tt := range tests {
		got := claimsOf(tt.text)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestPolarity pins which words a passage denies (marked [-…]) and which
// it only asks or says it does not know about (marked [?…]).
func TestPolarity(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Police denied that tear gas had been fired at the marchers.", "Police denied [-that tear gas had been fired at the marchers]."},
		{`"No tear gas was used," he said.`, `"No [-tear gas was used]," he said.`},
		{"The villages received no help for two days.", "The villages [-received no help for two days]."},
		{"There is no indication that this was an act of terrorism, Whitfield said.", "There is no [-indication that this was an act of terrorism], Whitfield said."},
		{"The IRGC rejected claims by Western media that the tanker had been seized in international waters, calling them baseless.",
			"The IRGC rejected claims by Western media that [-the tanker had been seized in international waters], calling them baseless."},
		{"Claims that Tajik troops fired first are false, the ministry said.", "Claims [-that Tajik troops fired first are] false, the ministry said."},
		{"Ukraine had nothing to do with the attack and that ISIS-K was the culprit.", "Ukraine had nothing [-to do with the attack] and that ISIS-K was the culprit."},
		{"He was not aware of any warning from Iran.", "He was [?not aware of any warning from Iran]."},
		// Not knowing how or why something happened takes it for granted.
		{"He has no idea how his truck ended up in Syria.", "He has [?no idea] how his truck ended up in Syria."},
		{"Asked whether the US had shared it, she said no.", "Asked [?whether the US had shared it], she said no."},
		{"The agency did not send an alert until 8 p.m.", "The agency did not send an alert until 8 p.m."},
		{"Critics said aid was slow. The ministry denied this.", "[~Critics said aid was slow.] The ministry denied this."},
	}
	for _, tt := range tests {
		lx := lexicon.NewLexicon(1)
		f := &features.Passage{Text: tt.text, Sents: txt.Sentences(tt.text)}
		f.Toks = lexicon.Tokenize(tt.text, f.Sents, lx)
		f.Ents, f.AliasPairs = features.FindMentions(tt.text, f.Toks)
		ix := features.ResolveEntities([]*features.Passage{f})
		cs := Read(f, ix)
		if got := markStances(f, cs); got != tt.want {
			t.Errorf("%q\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// markStances writes a text with its denied, asked and disputed stretches
// bracketed.
func markStances(f *features.Passage, cs *Set) string {
	var b strings.Builder
	at, open := 0, uint8(0)
	mark := map[uint8]string{StNegated: "[-", StQuestion: "[?", StDisputed: "[~"}
	for k := range f.Toks {
		st := cs.Stance[k]
		if st != open {
			if open != StAsserted {
				b.WriteString(f.Text[at:f.Toks[k-1].End])
				b.WriteString("]")
				at = int(f.Toks[k-1].End)
			}
			if st != StAsserted {
				b.WriteString(f.Text[at:f.Toks[k].Start])
				b.WriteString(mark[st])
				at = int(f.Toks[k].Start)
			}
			open = st
		}
	}
	if open != StAsserted {
		b.WriteString(f.Text[at:f.Toks[len(f.Toks)-1].End])
		b.WriteString("]")
		at = int(f.Toks[len(f.Toks)-1].End)
	}
	b.WriteString(f.Text[at:])
	return b.String()
}

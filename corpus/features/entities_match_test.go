package features

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// keysOf runs both entity passes over passages and returns the index and
// every passage's mentions as "surface=key".
func keysOf(texts ...string) (*EntityIndex, [][]string) {
	lx := lexicon.NewLexicon(1)
	var feats []*Passage
	for _, text := range texts {
		f := &Passage{Text: text, Sents: txt.Sentences(text)}
		f.Toks = lexicon.Tokenize(text, f.Sents, lx)
		f.Ents, f.AliasPairs = FindMentions(text, f.Toks)
		feats = append(feats, f)
	}
	ix := ResolveEntities(feats)
	out := make([][]string, len(feats))
	for i, f := range feats {
		for _, m := range f.Ents {
			out[i] = append(out[i], f.Text[m.Start:m.End]+"="+m.Key)
		}
	}
	return ix, out
}

// TestNamesMatchAsAReaderDoes holds spellings a reader takes for one name:
// each case's passages must give the named surfaces one key.
func TestNamesMatchAsAReaderDoes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		same  []string // surfaces that must share a key
	}{
		{"accents folded", []string{"Marta Núñez spoke first.", "Later Marta Nunez left."}, []string{"Marta Núñez", "Marta Nunez"}},
		{"accented surname alone", []string{"Héctor Ibáñez arrived.", "Ibanez said no."}, []string{"Héctor Ibáñez", "Ibanez"}},
		{"hyphen or space", []string{"The Kavra-M rocket failed.", "A Kavra M rocket flew."}, []string{"Kavra-M", "Kavra M"}},
		{"surname alone", []string{"The actor Brendan Kowalski quit the film.", "Kowalski will not play the role."}, []string{"Brendan Kowalski", "Kowalski"}},
		{"title and surname", []string{"President Ilse Marrow spoke.", "President Marrow left.", "Marrow agreed."}, []string{"Ilse Marrow", "Marrow"}},
		{"a short first name", []string{"Sam Ortolan wrote it.", "Samuel Ortolan, the author, agreed."}, []string{"Sam Ortolan", "Samuel Ortolan"}},
		{"a sentence-initial first name ending in -ed", []string{"Ahmed Abdi Warsame was killed.", "Abdi Warsame was a founder."}, []string{"Ahmed Abdi Warsame", "Abdi Warsame"}},
		{"a particle surname", []string{"Abu Omar al-Rashidi leads it.", "Mr. al-Rashidi has two wives."}, []string{"Abu Omar al-Rashidi", "al-Rashidi"}},
		{"a middle name", []string{"Jonas Ward Pelley was freed.", "Jonas Pelley spoke."}, []string{"Jonas Ward Pelley", "Jonas Pelley"}},
		{"a hyphened syllable", []string{"Leader Pak Sun-ho spoke.", "Pak Sun Ho left."}, []string{"Pak Sun-ho", "Pak Sun Ho"}},
		{"a table name spelt with an accent", []string{"Officials in Bogotá and Bogota met."}, []string{"Bogotá", "Bogota"}},
		{"a surname of a short and a full first name", []string{"Chris Varnell starred.", "Christian Varnell said no.", "Varnell left."}, []string{"Chris Varnell", "Christian Varnell", "Varnell"}},
		{"a surname and its full name with a middle name", []string{"Tomas Eric Delwyn fell ill.", "Tomas Delwyn died.", "Delwyn had flown in."}, []string{"Tomas Eric Delwyn", "Tomas Delwyn", "Delwyn"}},
		{"a demonym before the name", []string{"Canadian-Israeli Mira Oster volunteered.", "Mira Oster was safe.", "Oster spoke."}, []string{"Canadian-Israeli Mira Oster", "Mira Oster", "Oster"}},
		{"a familiar first name", []string{"Bill Varnum signed it.", "William Varnum, the mayor, agreed.", "Varnum left."}, []string{"Bill Varnum", "William Varnum", "Varnum"}},
		{"Miss and surname", []string{"Lena Varga taught there.", "Miss Varga was suspended."}, []string{"Lena Varga", "Varga"}},
		{"Father and surname", []string{"Father Anton Reyes spoke.", "Father Reyes left."}, []string{"Anton Reyes", "Reyes"}},
		{"a British spelling", []string{"The Northland Defence Organisation warned.", "The Northland Defense Organization agreed."}, []string{"Northland Defence Organisation", "Northland Defense Organization"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := keysOf(tt.texts...)
			keys := map[string]string{}
			for _, ms := range got {
				for _, m := range ms {
					i := strings.LastIndexByte(m, '=')
					keys[m[:i]] = m[i+1:]
				}
			}
			k0, ok := keys[tt.same[0]]
			for _, s := range tt.same {
				if k, found := keys[s]; !found || !ok || k != k0 {
					t.Fatalf("%q and %q should share a key; mentions %q", tt.same[0], s, got)
				}
			}
		})
	}
}

// TestSentenceOpeners holds that a lone common word opening a sentence is
// no name, unless the comparison writes it as one elsewhere.
func TestSentenceOpeners(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // mentions of the first passage
	}{
		{"a common word", []string{"Report claims Dara Quill quit."}, []string{"Dara Quill=dara quill"}},
		{"a common word before a table name", []string{"Missing American journalist found."}, []string{"American=us"}},
		{"a common word before a name written elsewhere", []string{"Singer Omar Vilde was named.", "Police said Omar Vilde had left."}, []string{"Omar Vilde=omar vilde"}},
		{"a common word that is part of the name", []string{"Human Rights Watch said so."}, []string{"Human Rights Watch=human rights watch"}},
		{"an office of a country", []string{"Police said the King of Jordan spoke."}, []string{"King of Jordan=king of jordan"}},
		{"a common word and its connector", []string{"One of Karl Brenner's trucks was sold."}, []string{"Karl Brenner=karl brenner"}},
		{"a shouted common word", []string{"BREAKING: Dara Quill quit."}, []string{"Dara Quill=dara quill"}},
		{"a surname that is a word", []string{"Brown said no.", "The family of Michael Brown spoke."}, []string{"Brown=michael brown"}},
		{"a name", []string{"Okafor said no."}, []string{"Okafor=okafor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := keysOf(tt.texts...)
			if strings.Join(got[0], " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("mentions\n got %q\nwant %q", got[0], tt.want)
			}
		})
	}
}

// TestNamesKeptApart holds names a reader keeps apart.
func TestNamesKeptApart(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		a, b  string
	}{
		{"two first names of one surname", []string{"Dana Kerr and Dario Kerr spoke."}, "Dana Kerr", "Dario Kerr"},
		{"a prefix too short for a first name", []string{"Al Brinn met Alan Brinn."}, "Al Brinn", "Alan Brinn"},
		{"an ambiguous short first name", []string{"Chris Odell, Christian Odell and Christopher Odell met."}, "Chris Odell", "Christian Odell"},
		{"two middle names", []string{"Jonas Ward Pelley and Jonas Reed Pelley met Jonas Pelley."}, "Jonas Pelley", "Jonas Ward Pelley"},
		{"an ambiguous surname", []string{"Mia Roth and Lev Roth came. Roth spoke."}, "Roth", "Mia Roth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := keysOf(tt.texts...)
			keys := map[string]string{}
			for _, ms := range got {
				for _, m := range ms {
					i := strings.LastIndexByte(m, '=')
					keys[m[:i]] = m[i+1:]
				}
			}
			if keys[tt.a] == "" || keys[tt.b] == "" || keys[tt.a] == keys[tt.b] {
				t.Fatalf("%q and %q should be two names; mentions %q", tt.a, tt.b, got)
			}
		})
	}
}

// TestBranchesAreCompatible holds the part-of relation the judge asks: a
// branch and its group are compatible, two branches or two groups are not.
func TestBranchesAreCompatible(t *testing.T) {
	ix, got := keysOf(
		"Officials blamed ISIS for the attack.",
		"A claim came from ISIS-W, the western branch.",
		"AQAP and al-Qaeda were both named; Hamas denied a role.",
		"The Hamas Naval Unit and the Qassam Brigades said so.",
	)
	key := map[string]string{}
	for _, ms := range got {
		for _, m := range ms {
			i := strings.LastIndexByte(m, '=')
			key[m[:i]] = m[i+1:]
		}
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"ISIS-W", "ISIS", true},
		{"ISIS", "ISIS-W", true},
		{"ISIS", "ISIS", true},
		{"AQAP", "al-Qaeda", true},
		{"Qassam Brigades", "Hamas", true},
		{"Hamas Naval Unit", "Hamas", true},
		{"Hamas Naval Unit", "Qassam Brigades", false},
		{"ISIS-W", "al-Qaeda", false},
		{"Hamas", "ISIS", false},
	}
	for _, tt := range tests {
		ka, kb := key[tt.a], key[tt.b]
		if ka == "" || kb == "" {
			t.Fatalf("no key for %q or %q in %q", tt.a, tt.b, got)
		}
		if g := ix.Compatible(ka, kb); g != tt.want {
			t.Errorf("Compatible(%s, %s) = %v, want %v", ka, kb, g, tt.want)
		}
	}
	if !ix.PartOf(key["ISIS-W"], key["ISIS"]) || ix.PartOf(key["ISIS"], key["ISIS-W"]) {
		t.Error("PartOf is not one-way: a branch is part of its group, not the reverse")
	}
}

func TestLooseKey(t *testing.T) {
	for in, want := range map[string]string{
		"gonzález":     "gonzalez",
		"tochka-u":     "tochka u",
		"al-shabab":    "al shabab",
		"zürich  west": "zurich west",
		"plain":        "plain",
	} {
		if got := looseKey(in); got != want {
			t.Errorf("looseKey(%q) = %q, want %q", in, got, want)
		}
	}
}

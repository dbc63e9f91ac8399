package features

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon"
)

func TestTitleSentences(t *testing.T) {
	tests := []struct {
		text  string
		title bool
	}{
		{"Famous Actor Turns Down Role Of Retired Astronaut", true},
		{"Famous Actor Turns Down Role of Retired Astronaut", true},
		{"Mayor Says City Will Ban Cars From Old Town", true},
		{"The Russian Investigative Committee and the US State Department spoke.", false},
		{"Vladimir Putin met Xi Jinping in Beijing on Monday.", false},
		{"Then I said no to him.", false},
		{"Short Title Here", false}, // three words
		{"The actor turned the role down.", false},
	}
	for _, tt := range tests {
		lx := lexicon.NewLexicon(1)
		toks := lexicon.Tokenize(tt.text, nil, lx)
		if got := titleSentences(toks)[0]; got != tt.title {
			t.Errorf("%q: Title Case %v, want %v", tt.text, got, tt.title)
		}
	}
}

// TestTitleCaseSplit holds that a Title Case headline is read as its names
// and ordinary words, by what the rest of the comparison writes.
func TestTitleCaseSplit(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // mentions of the first passage
	}{
		{"names known from the body, common words written lower",
			[]string{"Famous Actor Dara Quill Passes On Role Of Miles Okafor",
				"The famous actor Dara Quill will not play Miles Okafor, a source said. The role passed to another actor."},
			[]string{"Dara Quill=dara quill", "Miles Okafor=miles okafor"}},
		{"function words lower-case too",
			[]string{"Dara Quill Passes on Role of Miles Okafor", "Quill passed on the role, said Miles Okafor."},
			[]string{"Dara Quill=dara quill", "Miles Okafor=miles okafor"}},
		{"a table name and an acronym survive",
			[]string{"KZT Gets Business License To Sell Cakes In New Zealand Shops",
				"The company gets a license to sell cakes in its shops, business papers said."},
			[]string{"KZT=kzt", "New Zealand=new zealand"}},
		{"a known multi-word name stays whole",
			[]string{"Report Says Secret Service Lied About Fence Jumper",
				"The Secret Service lied, a report says, about the fence jumper."},
			[]string{"Secret Service=secret service"}},
		{"common English words are no names, even unseen in lower case",
			[]string{"Hope Fades As Famous Actor Dara Quill Passes On Role", "Dara Quill quit."},
			[]string{"Dara Quill=dara quill"}},
		{"a name that is also a word, written as a name elsewhere",
			[]string{"Ivo Bale Turns Down Role Of Famous Doctor", "The actor Bale quit."},
			[]string{"Ivo Bale=ivo bale"}},
		{"an ordinary sentence is untouched",
			[]string{"The Russian Investigative Committee and the US State Department spoke.", "The committee met."},
			[]string{"Russian Investigative Committee=russian investigative committee", "US State Department=us state department"}},
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

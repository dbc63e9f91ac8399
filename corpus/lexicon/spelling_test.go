package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-reader/parallax/internal/gentest"
)

//go:embed spelling.txt
var spellingTxt string

// spellingPairs is spelling.txt's pairs, in its order.
func spellingPairs() (br, am []string) {
	for _, l := range strings.Split(spellingTxt, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		b, a, _ := strings.Cut(l, " ")
		br, am = append(br, b), append(am, a)
	}
	return br, am
}

// TestSpellingGenerated fails when spelling_gen.go is not what
// spelling.txt gives (run go generate ./corpus/lexicon), and checks that
// the table gives every British word its American form and holds no
// other word.
func TestSpellingGenerated(t *testing.T) {
	br, am := spellingPairs()
	gentest.Fresh(t, "spelling_gen.go", renderSpellings(br, am), *update, "go generate ./corpus/lexicon")
	for i, w := range br {
		if got := Americanize(w); got != am[i] {
			t.Errorf("Americanize(%q) = %q, want %q", w, got, am[i])
		}
	}
	for _, w := range []string{"", "zzzzqx", "organization", "the", "Organisation"} {
		if got := Americanize(w); got != w {
			t.Errorf("Americanize(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestSpellingFold guards the fold's rows: British and American forms of
// one word, inflections included, share a stem, and words that only look
// like a British form do not join another word.
func TestSpellingFold(t *testing.T) {
	same := [][2]string{
		{"organisation", "organization"}, {"organisations", "organizations"}, {"organised", "organized"},
		{"defence", "defense"}, {"defences", "defenses"}, {"centre", "center"}, {"centres", "centers"},
		{"centred", "centered"}, {"programme", "program"}, {"programmes", "programs"}, {"labour", "labor"},
		{"labourer", "laborer"}, {"honour", "honor"}, {"honoured", "honored"}, {"offence", "offense"},
		{"analyse", "analyze"}, {"analysed", "analyzed"}, {"travelled", "traveled"}, {"travelling", "traveling"},
		{"traveller", "traveler"}, {"paediatric", "pediatric"}, {"manoeuvre", "maneuver"},
		{"manoeuvres", "maneuvers"}, {"catalogue", "catalog"}, {"metre", "meter"}, {"metres", "meters"},
		{"kilometres", "kilometers"}, {"litres", "liters"}, {"theatre", "theater"}, {"colour", "color"},
		{"neighbours", "neighbors"}, {"licence", "license"}, {"sceptical", "skeptical"}, {"grey", "gray"},
		{"haemorrhage", "hemorrhage"}, {"councillor", "councilor"},
		{"hospitalised", "hospitalized"}, {"criticised", "criticized"}, {"mobilisation", "mobilization"},
	}
	for _, p := range same {
		if a, b := StemWord(p[0]), StemWord(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: want one stem", p[0], a, p[1], b)
		}
	}
	// Both lists write both words of each of these: two words, not two
	// spellings of one ("four" is not "for", "tour" not "tor", "filled"
	// not "filed"), or no American form at all ("hour", "acre").
	for _, w := range []string{"four", "hour", "tour", "our", "your", "flour", "acre", "massacre", "ogre",
		"filled", "killed", "shoe", "shoes", "promise", "advise", "exercise", "surprise", "enterprise", "raise",
		"premise", "franchise", "expertise", "otherwise", "poem", "aerial", "could", "boulder", "fence", "presence",
		"string", "bring", "tired", "sacred", "key", "prey", "they"} {
		if got := Americanize(w); got != w {
			t.Errorf("Americanize(%q) = %q, want it unchanged", w, got)
		}
	}
	for _, p := range [][2]string{{"four", "for"}, {"tour", "tor"}, {"filled", "filed"}, {"shoe", "she"}} {
		if StemWord(p[0]) == StemWord(p[1]) {
			t.Errorf("%q and %q share a stem", p[0], p[1])
		}
	}
	if StemWord("organisation") != english.Stem("organization", true) {
		t.Error("organisation does not stem as organization")
	}
}

// TestAmericanizeWords folds each word of a name and leaves the rest.
func TestAmericanizeWords(t *testing.T) {
	for in, want := range map[string]string{
		"world health organisation": "world health organization",
		"ministry of defence":       "ministry of defense",
		"labour party":              "labor party",
		"kennedy centre":            "kennedy center",
		"world health organization": "world health organization",
		"":                          "",
		"defence":                   "defense",
		"tour de france":            "tour de france",
	} {
		if got := AmericanizeWords(in); got != want {
			t.Errorf("AmericanizeWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// renderSpellings writes spelling_gen.go for the pairs, in their order.
func renderSpellings(br, am []string) []byte {
	return renderWordMap("TestSpellingGenerated, from spelling.txt", "spellings",
		fmt.Sprintf("the %d British spellings of spelling.txt and their American forms", len(br)), "spell", br, am)
}

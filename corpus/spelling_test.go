package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestCompareBritishAmerican: a British and an American account of one
// event spell its words two ways ("defence ministry" / "defense ministry",
// "centre" / "center", "programme" / "program"); the passages that tell
// the same fact link on those words as on any shared word, the reasons
// quote each side as written, and the text shown is never changed.
func TestCompareBritishAmerican(t *testing.T) {
	a := "# Drill halted\n\n" +
		"The defence ministry has halted a weapons programme at a testing centre in the north after a fire.\n\n" +
		"Farmers in the valley said the harvest was late this year because of heavy rain.\n\n" +
		"A new bridge across the river will open to traffic in the spring, the council said.\n"
	b := "# Weapons tests stopped\n\n" +
		"Local schools reopened on Monday after the holiday, with more pupils than last year.\n\n" +
		"After a blaze, the defense ministry stopped a weapons program at a northern testing center.\n\n" +
		"The city's museum is showing paintings lent by collectors from abroad.\n"
	c, err := Compare([]model.Source{{Name: "uk.txt", Data: []byte(a)}, {Name: "us.txt", Data: []byte(b)}})
	if err != nil {
		t.Fatal(err)
	}
	var link *model.Alignment
	for i := range c.Alignments {
		al := &c.Alignments[i]
		if strings.Contains(c.Passage(al.A).Text, "defence ministry") && strings.Contains(c.Passage(al.B).Text, "defense ministry") {
			link = al
		}
	}
	if link == nil {
		t.Fatalf("the defence / defense passages are not linked\n%s", dumpComparison(c))
	}
	for _, w := range []string{"defence", "programme", "centre"} {
		if !slices.ContainsFunc(link.Evidence.Terms, func(s string) bool { return strings.EqualFold(s, w) }) {
			t.Errorf("shared terms %q lack %q", link.Evidence.Terms, w)
		}
	}
	textB := c.Passage(link.B).Text
	var marked []string
	for _, m := range link.MarksB {
		marked = append(marked, textB[m.Start:m.End])
	}
	for _, w := range []string{"defense", "program", "center"} {
		if !slices.ContainsFunc(marked, func(s string) bool { return strings.Contains(strings.ToLower(s), w) }) {
			t.Errorf("B's marks %q lack %q as B writes it", marked, w)
		}
	}
	if !strings.Contains(textB, "defense ministry") || !strings.Contains(c.Passage(link.A).Text, "defence ministry") {
		t.Error("a passage's text was changed")
	}
}

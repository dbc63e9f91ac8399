package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
)

// Bodies for the fake gold in testdata/realpairs_test.json: three
// paragraphs each, on lines 1, 3 and 5. A's first paragraph is B's last,
// word for word; A's third and B's second report the same toll with
// another number; the rest share nothing.
var fakeBodies = map[int]string{
	1001: "Typhoon Lumo killed twelve fishermen near the port of Velsa on Monday, the coast guard of Marrowind said.\n\n" +
		"The annual cheese festival in Oberkamm drew a record crowd of visitors tasting mountain cheeses.\n\n" +
		"Rescue teams in Velsa said 40 houses were destroyed by Typhoon Lumo and its floods.",
	1002: "A new railway bridge over the Danube opened to freight trains after three years of works.\n\n" +
		"Rescue teams in Velsa said 75 houses were destroyed by Typhoon Lumo and its floods.\n\n" +
		"Typhoon Lumo killed twelve fishermen near the port of Velsa on Monday, the coast guard of Marrowind said.",
}

func TestScoreLinksByHand(t *testing.T) {
	links := []Link{
		{A: 1, B: 5, Level: Must, Verdict: corpus.Agree},
		{A: 3, B: 1, Level: Must, Verdict: corpus.Related},
		{A: 5, B: 3, Level: Should, Verdict: corpus.Agree},
		{A: 7, B: 7, Level: Acceptable, Verdict: corpus.Related},
	}
	kept := map[[2]int]corpus.Verdict{
		{1, 5}: corpus.Agree,   // must, right
		{5, 3}: corpus.Diverge, // should, wrong verdict
		{7, 7}: corpus.Related, // acceptable, right
		{1, 3}: corpus.Related, // not in gold
		{5, 5}: corpus.Related, // not in gold
	}
	var s PairScore
	s.Must = 2
	scoreLinks(&s, links, kept)
	want := PairScore{Must: 2, MustFound: 1, Kept: 5, KeptInGold: 3, Found: 3, VerdictRight: 2}
	if s.Must != want.Must || s.MustFound != want.MustFound || s.Kept != want.Kept ||
		s.KeptInGold != want.KeptInGold || s.Found != want.Found || s.VerdictRight != want.VerdictRight {
		t.Errorf("got %+v, want counts of %+v", s, want)
	}
	if len(s.Missed) != 1 || s.Missed[0].A != 3 {
		t.Errorf("Missed = %+v, want the must link 3–1", s.Missed)
	}
	if len(s.Wrong) != 1 || s.Wrong[0].A != 5 || s.Wrong[0].Got != corpus.Diverge {
		t.Errorf("Wrong = %+v, want 5–3 got diverge", s.Wrong)
	}
	if s.MustRecall() != 0.5 || s.Precision() != 0.6 || s.VerdictAccuracy() != 2.0/3 {
		t.Errorf("recall %v precision %v verdicts %v", s.MustRecall(), s.Precision(), s.VerdictAccuracy())
	}
	var none PairScore
	if none.MustRecall() != -1 || none.Precision() != -1 || none.VerdictAccuracy() != -1 {
		t.Error("ratios over nothing should be -1 (n/a)")
	}
}

// TestScoreRealThroughCompare runs the fake gold through the engine. It
// asserts only what any engine must do: word-for-word paragraphs are
// linked and agree; paragraphs that share nothing are not linked; a body
// FNC-1 lacks is an error, and its must link counts as missed.
func TestScoreRealThroughCompare(t *testing.T) {
	g, err := LoadGold(filepath.Join("testdata", "realpairs_test.json"))
	if err != nil {
		t.Fatal(err)
	}
	rs := ScoreReal(g, fakeBodies)
	if len(rs.Pairs) != 2 || rs.Stories != 2 || rs.Errors != 1 {
		t.Fatalf("pairs %d stories %d errors %d, want 2, 2, 1", len(rs.Pairs), rs.Stories, rs.Errors)
	}
	storm := rs.Pairs[0]
	if storm.Err != nil {
		t.Fatal(storm.Err)
	}
	if storm.Must != 2 || storm.MustFound != 1 {
		t.Errorf("must links: found %d of %d, want 1 of 2 (1–5 found, 3–1 not)", storm.MustFound, storm.Must)
	}
	if len(storm.Missed) != 1 || storm.Missed[0].A != 3 || storm.Missed[0].B != 1 {
		t.Errorf("Missed = %+v, want 3–1", storm.Missed)
	}
	for _, w := range storm.Wrong {
		if w.A == 1 && w.B == 5 {
			t.Errorf("identical paragraphs 1–5 judged %s, want agree", w.Got)
		}
	}
	if storm.Kept < 1 || storm.KeptInGold < 1 {
		t.Errorf("kept %d, in gold %d: want the identical pair kept", storm.Kept, storm.KeptInGold)
	}
	missing := rs.Pairs[1]
	if missing.Err == nil || !strings.Contains(missing.Err.Error(), "99999") || len(missing.Missed) != 1 {
		t.Errorf("missing body: err %v, missed %v", missing.Err, missing.Missed)
	}
	if rs.Must != 3 || rs.MustFound != 1 {
		t.Errorf("totals: must %d found %d, want 3 and 1", rs.Must, rs.MustFound)
	}
}

func TestLoadGoldRejects(t *testing.T) {
	tests := []struct{ name, json string }{
		{"bad level", `{"pairs":[{"id":"x","a":1,"b":2,"links":[{"a":1,"b":1,"level":"maybe","verdict":"agree"}]}]}`},
		{"bad verdict", `{"pairs":[{"id":"x","a":1,"b":2,"links":[{"a":1,"b":1,"level":"must","verdict":"unique"}]}]}`},
		{"zero line", `{"pairs":[{"id":"x","a":1,"b":2,"links":[{"a":0,"b":1,"level":"must","verdict":"agree"}]}]}`},
		{"duplicate link", `{"pairs":[{"id":"x","a":1,"b":2,"links":[{"a":1,"b":1,"level":"must","verdict":"agree"},{"a":1,"b":1,"level":"should","verdict":"agree"}]}]}`},
		{"duplicate id", `{"pairs":[{"id":"x","a":1,"b":2},{"id":"x","a":3,"b":4}]}`},
		{"no id", `{"pairs":[{"a":1,"b":2}]}`},
		{"not json", `{"pairs":[`},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "gold.json")
		if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadGold(path); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

// Each part reads its own gold: the fit split never scores on the dev
// gold, and both files load.
func TestRealPairsFileFor(t *testing.T) {
	if got := RealPairsFileFor(Dev); got != RealPairsFile {
		t.Errorf("dev gold = %s, want %s", got, RealPairsFile)
	}
	if got := RealPairsFileFor(Fit); got != RealPairsFitFile {
		t.Errorf("fit gold = %s, want %s", got, RealPairsFitFile)
	}
	for _, part := range []Part{Dev, Fit} {
		g, err := LoadGold(RealPairsFileFor(part))
		if err != nil {
			t.Fatalf("%s gold: %v", part, err)
		}
		if len(g.Pairs) == 0 {
			t.Errorf("%s gold has no pairs", part)
		}
	}
}

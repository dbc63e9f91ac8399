package align

import (
	"math"
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// pairTexts aligns two documents given as body passages and returns the
// score of the link between passage i of a and passage j of b, or -1.
func pairTexts(t *testing.T, a, b []string, i, j int) float32 {
	t.Helper()
	var all []*model.Passage
	for _, s := range append(append([]string(nil), a...), b...) {
		all = append(all, &model.Passage{ID: s[:8], Kind: model.KindBody, Text: s})
	}
	feats, _ := features.Extract(all)
	vecs := Vectorize(feats)
	m := BuildModel(feats, vecs)
	n := len(a)
	post := BuildPostings(vecs[n:], len(m.Idf))
	for _, l := range Pair(feats[:n], feats[n:], vecs[:n], vecs[n:], post, m) {
		if l.A == i && l.B == j {
			return l.Score
		}
	}
	return -1
}

// TestOpeningsBonus guards the openings' prior: the same two passages
// score leadBonus more when both open their documents than when they
// come later, and nothing else about them changes.
func TestOpeningsBonus(t *testing.T) {
	x := "The ferry Svetla capsized in a storm on Lake Varna on Sunday evening, the regional governor said."
	y := "A passenger ferry, the Svetla, overturned during a storm on Lake Varna late on Sunday, officials said."
	fa := []string{"Rescue divers searched the wreck through the night with lamps and ropes.", "The shipping company declined to comment on the age of the vessel."}
	fb := []string{"Relatives gathered at the harbour waiting for news of the missing.", "The transport ministry opened an inquiry into the licence of the operator."}
	open := pairTexts(t, append([]string{x}, fa...), append([]string{y}, fb...), 0, 0)
	late := pairTexts(t, append(append([]string(nil), fa...), x), append(append([]string(nil), fb...), y), 2, 2)
	if open < 0 || late < 0 {
		t.Fatalf("the two accounts of the capsizing are not linked: opening %v, later %v", open, late)
	}
	if open <= late {
		t.Errorf("openings score %v, no more than the same passages later (%v)", open, late)
	}
	if want := min(late+leadBonus, 1); math.Abs(float64(open-want)) > 1e-5 {
		t.Errorf("openings score %v, later %v: want the openings %v more", open, late, leadBonus)
	}
}

// TestFullNameGate guards the one-item gate's exception: two passages
// whose only shared item is a full name no other passage uses link; the
// same passages sharing only a rare word, or a one-word name, do not;
// the link scores minScore, under any link with more to it.
func TestFullNameGate(t *testing.T) {
	fa := []string{"Rescue divers searched the wreck through the night with lamps and ropes.", "The shipping company declined to comment on the age of the vessel.", "Relatives gathered at the harbour waiting for news of the missing."}
	fb := []string{"The transport ministry opened an inquiry into the licence of the operator.", "Insurers said the claims would take months to settle after the storm.", "Weather services had warned of high winds over the lake on Sunday."}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"The announcement was made in the name of Charles Bolden, the agency said.", "Readers were told that Charles Bolden stood behind it all along.", true},
		{"The announcement was made in the name of a lighthouse, the agency said.", "Readers were told that a lighthouse stood behind it all along.", false},
		{"The announcement was made in the name of Bolden, the agency said.", "Readers were told that Bolden stood behind it all along.", false},
	} {
		a := append(append([]string(nil), fa...), tt.a)
		b := append(append([]string(nil), fb...), tt.b)
		score := pairTexts(t, a, b, 3, 3)
		if got := score >= 0; got != tt.want {
			t.Errorf("%q / %q linked = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if tt.want && score != minScore {
			t.Errorf("%q / %q: score %v, want minScore %v", tt.a, tt.b, score, minScore)
		}
	}
}

package judge

import (
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/corpus/claims"
)

// TestFittedLoads guards the embedded verdict model: it loads, its columns
// are the signals Judge computes, in order, and its classes are the
// verdicts Upgrade reads.
func TestFittedLoads(t *testing.T) {
	m := Fitted()
	if !slices.Equal(m.Features, FeatureNames) {
		t.Fatalf("model columns %v, judge signals %v: run go run ./tools/fitjudge", m.Features, FeatureNames)
	}
	if !slices.Equal(m.Classes, []string{"agree", "diverge", "related"}) {
		t.Fatalf("classes %v", m.Classes)
	}
	for _, c := range []int{colDifferentDetail, colHedgeApart, colOpposed, colCountsApart, colSentContent, colNegOne} {
		if c < 0 {
			t.Fatal("a column Upgrade reads is missing from FeatureNames")
		}
	}
}

// TestUpgradeNeverCrossesApart holds the model to the rules' notes: a pair
// with a different detail, a recount or debunk against a statement,
// parties apart or counts apart is never made to agree, however strong
// its overlap.
func TestUpgradeNeverCrossesApart(t *testing.T) {
	m := Fitted()
	strong := make([]float64, len(FeatureNames))
	for j, f := range FeatureNames {
		switch f {
		case "cos", "sent_cover", "sent_dice", "sent_words_cover":
			strong[j] = 1
		case "names", "rare_terms", "sent_content":
			strong[j] = 2
		}
	}
	for _, c := range []int{colDifferentDetail, colHedgeApart, colOpposed, colCountsApart, colNegOne} {
		x := slices.Clone(strong)
		x[c] = 1
		if Upgrade(m, x) {
			t.Errorf("%s set, yet the model upgrades to agree", FeatureNames[c])
		}
	}
}

func TestPartOf(t *testing.T) {
	isisK := claims.Actor{Key: "isis-k", Label: "ISIS-K"}
	isis := claims.Actor{Key: "isis", Label: "ISIS"}
	iran := claims.Actor{Key: "iran", Label: "Iran"}
	iraq := claims.Actor{Key: "iraq", Label: "Iraq"}
	if !partOf(isisK, isis) || partOf(isis, isisK) {
		t.Error("ISIS-K is a branch of ISIS, not the other way")
	}
	if partOf(iran, iraq) || partOf(iraq, iran) {
		t.Error("Iran and Iraq are not branches of each other")
	}
	if commonActor([]claims.Actor{isisK}, []claims.Actor{isis}) == "" {
		t.Error("a branch and its parent are one culprit")
	}
}

package eval

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// Floors are the least the guard test accepts, read from floors.json (the
// one place they are kept).
type Floors struct {
	FNCDev struct {
		MacroF1         float64 `json:"macro_f1"`
		RelatedAccuracy float64 `json:"related_accuracy"`
		FNCScore        float64 `json:"fnc_score"`
		DisagreeF1      float64 `json:"disagree_f1"`
	} `json:"fnc_dev"`
	RealPairs     RealFloors `json:"real_pairs"`
	RealPairsDev2 RealFloors `json:"real_pairs_dev2"`
}

// RealFloors are the floors of one real-pair gold's scores.
type RealFloors struct {
	MustRecall      float64 `json:"must_recall"`
	Precision       float64 `json:"precision"`
	VerdictAccuracy float64 `json:"verdict_accuracy"`
}

func loadFloors(t *testing.T) Floors {
	t.Helper()
	data, err := os.ReadFile("floors.json")
	if err != nil {
		t.Fatal(err)
	}
	var f Floors
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("floors.json: %v", err)
	}
	return f
}

func atLeast(t *testing.T, name string, got, floor float64) {
	t.Helper()
	if got < floor {
		t.Errorf("%s = %.4f, below its floor %.4f (eval/floors.json): a change made the engine worse", name, got, floor)
	} else {
		t.Logf("%s = %.4f (floor %.4f)", name, got, floor)
	}
}

// guardPairs is how many dev pairs the guard runs: a fixed subset spread
// evenly over the dev part (Subset), not all 10,433 of it. The whole part
// takes 20 s of CPU under -race, which CI uses, and well over a minute of
// wall time on two shared cores; 3,000 pairs take about a third of that.
// ACCURACY.md reports the whole part.
const guardPairs = 3000

// TestAccuracyFloors guards the engine's measured accuracy: the FNC-1 dev
// subset and the real multi-outlet pairs must stay at or above
// eval/floors.json. Without the FNC-1 data it is skipped, or fails when CI
// is set.
func TestAccuracyFloors(t *testing.T) {
	floors := loadFloors(t)
	fnc := loadOrSkip(t)

	t.Run("fnc-dev-subset", func(t *testing.T) {
		start := time.Now()
		r := RunFNC(Subset(Select(fnc.Pairs, Dev), guardPairs), fnc.Bodies, 0)
		t.Logf("%d dev pairs (fixed subset) in %v", len(r.Pairs), time.Since(start).Round(time.Millisecond))
		if r.Errors > 0 {
			t.Errorf("%d comparisons failed; first: %v", r.Errors, r.FirstErr)
		}
		m := &r.Confusion
		atLeast(t, "dev macro-F1", m.MacroF1(), floors.FNCDev.MacroF1)
		atLeast(t, "dev related accuracy", m.RelatedAccuracy(), floors.FNCDev.RelatedAccuracy)
		atLeast(t, "dev FNC-1 score", m.RelativeFNC(), floors.FNCDev.FNCScore)
		atLeast(t, "dev disagree F1", m.Class(Disagree).F1, floors.FNCDev.DisagreeF1)
	})

	for _, g := range []struct {
		name, file string
		floors     RealFloors
	}{
		{"real pairs", RealPairsFile, floors.RealPairs},
		{"real pairs round 2", RealPairsDev2File, floors.RealPairsDev2},
	} {
		t.Run(g.file, func(t *testing.T) {
			// The gold is in the repository: a missing file is a failure.
			gold, err := LoadGold(g.file)
			if err != nil {
				t.Fatal(err)
			}
			rs := ScoreReal(gold, fnc.Bodies)
			for _, p := range rs.Pairs {
				if p.Err != nil {
					t.Errorf("pair %s: %v", p.ID, p.Err)
				}
			}
			atLeast(t, g.name+" must recall", rs.MustRecall(), g.floors.MustRecall)
			atLeast(t, g.name+" precision", rs.Precision(), g.floors.Precision)
			atLeast(t, g.name+" verdict accuracy", rs.VerdictAccuracy(), g.floors.VerdictAccuracy)
		})
	}
}

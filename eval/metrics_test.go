package eval

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// A confusion matrix worked by hand:
//
//	gold \ pred  agree disagree discuss unrelated
//	agree          3      1        1       0      (5)
//	disagree       1      1        0       1      (3)
//	discuss        2      0        4       2      (8)
//	unrelated      0      0        1      13      (14)
func handMatrix() Confusion {
	return Confusion{
		{3, 1, 1, 0},
		{1, 1, 0, 1},
		{2, 0, 4, 2},
		{0, 0, 1, 13},
	}
}

func TestConfusionClassScores(t *testing.T) {
	m := handMatrix()
	tests := []struct {
		l       Label
		p, r    float64
		support int
	}{
		{Agree, 3.0 / 6, 3.0 / 5, 5},
		{Disagree, 1.0 / 2, 1.0 / 3, 3},
		{Discuss, 4.0 / 6, 4.0 / 8, 8},
		{Unrelated, 13.0 / 16, 13.0 / 14, 14},
	}
	sum := 0.0
	for _, tt := range tests {
		got := m.Class(tt.l)
		f1 := 2 * tt.p * tt.r / (tt.p + tt.r)
		sum += f1
		if !near(got.Precision, tt.p) || !near(got.Recall, tt.r) || !near(got.F1, f1) || got.Support != tt.support {
			t.Errorf("%v: got %+v, want P %.4f R %.4f F1 %.4f support %d", tt.l, got, tt.p, tt.r, f1, tt.support)
		}
	}
	// F1 by hand: agree 6/11, disagree 0.4, discuss 4/7, unrelated 13/15.
	if want := (6.0/11 + 0.4 + 4.0/7 + 13.0/15) / 4; !near(m.MacroF1(), want) || !near(sum/4, want) {
		t.Errorf("MacroF1 = %.6f, want %.6f", m.MacroF1(), want)
	}
	if got, want := m.Accuracy(), 21.0/30; !near(got, want) {
		t.Errorf("Accuracy = %v, want %v", got, want)
	}
	// Related/unrelated errors: disagree→unrelated 1, discuss→unrelated 2,
	// unrelated→discuss 1: 4 of 30.
	if got, want := m.RelatedAccuracy(), 26.0/30; !near(got, want) {
		t.Errorf("RelatedAccuracy = %v, want %v", got, want)
	}
	if m.Total() != 30 {
		t.Errorf("Total = %d, want 30", m.Total())
	}
}

func TestFNCScore(t *testing.T) {
	m := handMatrix()
	// Related gold: 16 pairs, best 16; unrelated gold 14 × 0.25 = 3.5.
	// Score: related pairs predicted related: 5 + 2 + 6 = 13 → 3.25;
	// exact related stances 3 + 1 + 4 = 8 → 6.0; unrelated right 13 → 3.25.
	score, best := m.FNCScore()
	if !near(score, 12.5) || !near(best, 19.5) {
		t.Errorf("FNCScore = %v, %v; want 12.5, 19.5", score, best)
	}
	if !near(m.RelativeFNC(), 12.5/19.5) {
		t.Errorf("RelativeFNC = %v", m.RelativeFNC())
	}
}

func TestMetricEdgeCases(t *testing.T) {
	var empty Confusion
	if empty.MacroF1() != 0 || empty.RelatedAccuracy() != 0 || empty.RelativeFNC() != 0 || empty.Accuracy() != 0 {
		t.Error("an empty matrix should score 0 everywhere, not NaN")
	}
	// All "discuss" on related gold: every related call right, one stance
	// in three right; the FNC score still rewards it (its known weakness).
	var m Confusion
	m.Add(Agree, Discuss)
	m.Add(Disagree, Discuss)
	m.Add(Discuss, Discuss)
	m.Add(Unrelated, Unrelated)
	if got := m.Class(Disagree); got.F1 != 0 || got.Precision != 0 {
		t.Errorf("never-predicted class: %+v, want zeros", got)
	}
	if got, want := m.RelativeFNC(), (0.25*3+0.75+0.25)/3.25; !near(got, want) {
		t.Errorf("RelativeFNC = %v, want %v", got, want)
	}
	if got, want := m.MacroF1(), (0+0+0.5+1)/4; !near(got, want) {
		t.Errorf("MacroF1 = %v, want %v", got, want)
	}
}

func TestParseLabel(t *testing.T) {
	for l := range Label(NumLabels) {
		got, err := ParseLabel(l.String())
		if err != nil || got != l {
			t.Errorf("ParseLabel(%q) = %v, %v", l.String(), got, err)
		}
	}
	if _, err := ParseLabel("Agree"); err == nil {
		t.Error(`ParseLabel("Agree") should fail: FNC-1 labels are lower case`)
	}
}

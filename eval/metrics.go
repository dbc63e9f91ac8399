package eval

import "fmt"

// Label is an FNC-1 stance: what an article body does with a headline's
// claim.
type Label int

// The four stances, in the order FNC-1 lists them. The first three are the
// "related" stances.
const (
	Agree     Label = iota // the body supports the claim
	Disagree               // the body refutes it
	Discuss                // the body reports it without taking a side
	Unrelated              // the body is about something else
	NumLabels = 4
)

var labelNames = [NumLabels]string{"agree", "disagree", "discuss", "unrelated"}

// String returns the label as FNC-1 writes it.
func (l Label) String() string {
	if l < 0 || l >= NumLabels {
		return fmt.Sprintf("Label(%d)", int(l))
	}
	return labelNames[l]
}

// Related reports whether the label is one of the three related stances.
func (l Label) Related() bool { return l != Unrelated }

// ParseLabel reads a stance as FNC-1 writes it.
func ParseLabel(s string) (Label, error) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), nil
		}
	}
	return 0, fmt.Errorf("unknown stance %q", s)
}

// Confusion counts predictions by gold label (row) and predicted label
// (column).
type Confusion [NumLabels][NumLabels]int

// Add counts one prediction.
func (m *Confusion) Add(gold, pred Label) { m[gold][pred]++ }

// Total is the number of predictions counted.
func (m *Confusion) Total() int {
	n := 0
	for g := range m {
		for p := range m[g] {
			n += m[g][p]
		}
	}
	return n
}

// ClassScore is precision, recall and F1 of one label, with its gold count
// (support). Each is 0 where its denominator is 0.
type ClassScore struct {
	Precision, Recall, F1 float64
	Support               int
}

// Class returns the precision, recall and F1 of one label.
func (m *Confusion) Class(l Label) ClassScore {
	tp := m[l][l]
	var gold, pred int
	for o := range Label(NumLabels) {
		gold += m[l][o]
		pred += m[o][l]
	}
	s := ClassScore{Support: gold}
	if pred > 0 {
		s.Precision = float64(tp) / float64(pred)
	}
	if gold > 0 {
		s.Recall = float64(tp) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// MacroF1 is the unweighted mean of the four class F1 scores (F1m of
// Hanselowski et al., COLING 2018): a class never predicted counts 0.
func (m *Confusion) MacroF1() float64 {
	sum := 0.0
	for l := range Label(NumLabels) {
		sum += m.Class(l).F1
	}
	return sum / NumLabels
}

// Accuracy is the share of predictions equal to the gold label.
func (m *Confusion) Accuracy() float64 {
	n := m.Total()
	if n == 0 {
		return 0
	}
	ok := 0
	for l := range m {
		ok += m[l][l]
	}
	return float64(ok) / float64(n)
}

// RelatedAccuracy is the share of predictions that make the right
// related-vs-unrelated call, whatever the related stance.
func (m *Confusion) RelatedAccuracy() float64 {
	n := m.Total()
	if n == 0 {
		return 0
	}
	ok := 0
	for g := range Label(NumLabels) {
		for p := range Label(NumLabels) {
			if g.Related() == p.Related() {
				ok += m[g][p]
			}
		}
	}
	return float64(ok) / float64(n)
}

// FNCScore returns the FNC-1 competition score and the best score possible
// on the same gold labels, as the official scorer computes them: 0.25 for
// each right related/unrelated call, and 0.75 more for each related pair
// given its exact stance. The relative score is score / best.
func (m *Confusion) FNCScore() (score, best float64) {
	for g := range Label(NumLabels) {
		for p := range Label(NumLabels) {
			n := float64(m[g][p])
			if g.Related() {
				best += n
			} else {
				best += 0.25 * n
			}
			if g.Related() == p.Related() {
				score += 0.25 * n
			}
			if g == p && g.Related() {
				score += 0.75 * n
			}
		}
	}
	return score, best
}

// RelativeFNC is FNCScore's score divided by the best possible (0 when
// nothing was counted).
func (m *Confusion) RelativeFNC() float64 {
	s, b := m.FNCScore()
	if b == 0 {
		return 0
	}
	return s / b
}

// Package stance reads where a document stands on a claim: it supports
// it (agree), contradicts it (disagree), reports on it without taking a
// side (discuss), or speaks of something else (unrelated). It is the
// claim check of the reader and the engine that FNC-1 measures
// (headline = claim, article body = document).
//
// Signals (signals.go). Relatedness: TF-IDF cosines of the claim against
// the whole document, its closest sentence and its three closest, with
// term weights from a fixed background of news text
// (lexicon/background), so a pair scores the same whatever else is
// loaded; the share of the claim's weight the document uses word for
// word, through WordNet (lexicon/wordnet), and in the closest sentence;
// the claim's names, counts and word pairs found again. Stance: refuting
// cues ("hoax", "not true", "denied"), hedging cues ("reportedly",
// "unconfirmed") and vouching cues ("confirmed") in the document and in
// the sentences closest to the claim, negation on each side, and
// whether the claim itself calls something false, negates or hedges (a
// debunk of a debunk agrees). The strongest refuting cues ("hoax",
// "fake", "not true": words/debunk.txt, not the rumours and denials
// news merely reports) are also counted over the whole document, alone
// and against a claim that asserts: a debunk says so in its own voice
// somewhere, seldom in the sentence that best matches the headline. The
// cue lists are data (words/*.txt).
//
// Weights. Nothing here is set by hand: two multinomial logistic
// regressions (internal/logreg) are fitted on the fit part of FNC-1 by
// tools/fitstance and embedded as model.json — first related against
// unrelated, then, for a related pair, agree / disagree / discuss with
// tempered class weights and an offset on disagree's log-odds (both
// chosen on stories held out of the fit, see tools/fitstance). A
// verdict's reasons are the signals that moved
// its class's log-odds most (logreg.Contribution), quoting the words
// behind them.
//
// What it gets wrong: it reads words, not meaning. A refutation phrased
// without a cue ("withdrew from the role" against "set to play") is
// read as agreement or discussion; a document that debunks a neighbouring
// claim near this one's words is read as contradicting it. "Disagree" is
// the rarest class and the hardest (see ACCURACY.md for its figures).
// Tried and left out, as they did not help on held-out stories: cues
// within a few words of the claim's key words, the claim's key words
// negated, denials in sentences naming the claim's names, counts that
// differ from the claim's, the first sentence's match and cues, and
// each cue word as a feature of its own (that learns the stories).
package stance

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/parallax-reader/parallax/internal/logreg"
)

// Label is a document's stance on a claim.
type Label string

// The four stances, named as FNC-1 names them.
const (
	Agree     Label = "agree"
	Disagree  Label = "disagree"
	Discuss   Label = "discuss"
	Unrelated Label = "unrelated"
)

// Labels lists the stances in the order of the fitted model's classes.
var Labels = []Label{Agree, Disagree, Discuss, Unrelated}

// Driver is one signal's push toward the verdict, in nats of log-odds.
type Driver struct {
	Feature string
	Push    float64
}

// Verdict is the model's answer for one claim and one document.
type Verdict struct {
	Label   Label
	Prob    float64  // the model's probability of Label
	Related float64  // the probability that the document speaks to the claim at all
	Drivers []Driver // the signals that pushed most toward Label, strongest first
}

// Model is the fitted pair of regressions.
type Model struct {
	Related *logreg.Model `json:"related"` // classes: related, unrelated
	Stance  *logreg.Model `json:"stance"`  // classes: agree, disagree, discuss
}

//go:embed model.json
var modelJSON []byte

// Fitted returns the embedded model.
var Fitted = sync.OnceValue(func() *Model {
	m, err := LoadModel(modelJSON)
	if err != nil {
		panic(err) // embedded; TestFittedLoads guards it
	}
	return m
})

// LoadModel reads a model and checks its columns against FeatureNames.
func LoadModel(data []byte) (*Model, error) {
	var raw struct {
		Related json.RawMessage `json:"related"`
		Stance  json.RawMessage `json:"stance"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	r, err := logreg.Load(raw.Related, FeatureNames[:])
	if err != nil {
		return nil, fmt.Errorf("stance model, related: %w", err)
	}
	s, err := logreg.Load(raw.Stance, FeatureNames[:])
	if err != nil {
		return nil, fmt.Errorf("stance model, stance: %w", err)
	}
	if !slices.Equal(r.Classes, []string{"related", "unrelated"}) ||
		!slices.Equal(s.Classes, []string{string(Agree), string(Disagree), string(Discuss)}) {
		return nil, fmt.Errorf("stance model: unexpected classes %v / %v", r.Classes, s.Classes)
	}
	return &Model{Related: r, Stance: s}, nil
}

// Judge gives the stance the signals point to.
func (m *Model) Judge(s *Signals) Verdict {
	x := s.X[:]
	pr := m.Related.Predict(x)
	v := Verdict{Related: pr[0]}
	if pr[0] < 0.5 {
		v.Label, v.Prob = Unrelated, pr[1]
		v.Drivers = drivers(m.Related, x, 1)
		return v
	}
	ps := m.Stance.Predict(x)
	k := 0
	for i := range ps {
		if ps[i] > ps[k] {
			k = i
		}
	}
	v.Label, v.Prob = Labels[k], ps[k]
	v.Drivers = drivers(m.Stance, x, k)
	return v
}

// drivers lists the features that pushed class k's log-odds up the most
// against the other classes, strongest first, at most four.
func drivers(m *logreg.Model, x []float64, k int) []Driver {
	var out []Driver
	for j := range m.Features {
		push := m.Contribution(x, k, j)
		for o := range m.Classes {
			if o != k {
				push -= m.Contribution(x, o, j) / float64(len(m.Classes)-1)
			}
		}
		if push > 0.05 {
			out = append(out, Driver{m.Features[j], push})
		}
	}
	slices.SortStableFunc(out, func(a, b Driver) int { return cmp.Compare(b.Push, a.Push) })
	return out[:min(4, len(out))]
}

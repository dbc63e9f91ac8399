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
// somewhere, seldom in the sentence that best matches the headline. A
// claim asserts plainly when it does not put the claim in someone's
// mouth ("says", "told", "reports": words/attribution.txt), hedge, ask,
// negate or call anything untrue; a document that debunks such a claim
// is the signal that finds "disagree" across stories, with vouching words
// near the claim (support_top) weighing against it (a debunk against a
// claim that is only reported, or itself negated, is mostly discussion
// or agreement). Attribution ("said", "told", "according to":
// words/attribution.txt) in the sentences closest to the claim and
// across the document tells a body that reports what others say
// (discuss) from one that says it (agree). The cue lists are data
// (words/*.txt).
//
// Denials (cover.go). The sentence that carries most of the claim's
// weight (word for word or through WordNet) is the passage the claim
// check shows; when such a sentence puts the claim after a denial
// ("the company denied that the ferry was overloaded":
// words/deny.txt), the document reports the claim in order to report
// its denial, and Judge never calls that agreement (it is discussion,
// or disagreement when the disagree regression says so). This is a
// rule, not a column: on FNC-1 the claim's carrying sentence denies it
// in under 1 % of related pairs (0.3 % of agreeing ones), too few to fit;
// on the story-grouped folds the rule moves macro-F1 0.6665 -> 0.6663
// and leaves the FNC-1 score at 0.842.
//
// Weights. Nothing here is set by hand: three logistic regressions
// (internal/logreg) are fitted on the fit part of FNC-1 by
// tools/fitstance and embedded as model.json, and read as a cascade —
// related against unrelated (over RelatedFeatures: all but the voice
// columns); for a related pair, disagree against the
// rest over the few columns of DisagreeFeatures, called at a threshold
// on its probability; otherwise agree or discuss, whichever the stance
// regression (agree / disagree / discuss, tempered class weights) ranks
// higher. The threshold and the weights' tempering are chosen on stories
// held out of the fit, see tools/fitstance. Disagree has its own small
// regression because, in the joint one, the many weak signals that fit
// a story's wording called discussing bodies "disagree" on stories the
// fit never saw (disagree F1 0.23 there, against 0.36 for the cascade).
// A verdict's reasons are the signals that moved its class's log-odds
// most (logreg.Contribution), quoting the words behind them.
//
// Voice (voice.go). Four rules read the claim as a fact-checker does,
// not as FNC-1's annotators labelled stories: a short claim of which no
// sentence says two words is silent; a headline that says the claim in
// the source's own voice supports it, and so does a sentence that says a
// short claim so; a negation just before the
// claim's words in the carrying sentence is not agreement.
//
// What it gets wrong: it reads words, not meaning. A long claim of
// which a document repeats only the subject can still be read as
// discussion or support: the silent rule reads short claims only, and
// nothing checks that the predicate the document says is the claim's
// ("sank in a storm" for "sank because of a freak wave"). A refutation phrased
// without a cue ("withdrew from the role" against "set to play") is
// read as agreement or discussion, and so is a claim that itself calls
// a story a hoax against a body that tells the story straight; a
// document that debunks a neighbouring claim, or uses "fake" of a thing
// ("a fake passport"), is read as contradicting it. "Disagree" is the
// rarest class and the hardest (see ACCURACY.md for its figures).
// Tried and left out, as they did not help on held-out stories: how
// much of the claim one sentence or the whole document carries, and the
// claim's heaviest word missing, as columns or as gates on agreement
// (FNC-1 headlines are long and agreeing bodies paraphrase them: a third
// of agreeing bodies lack the headline's heaviest word, and every gate
// cost agree recall more than it won precision, macro-F1 −0.001 to
// −0.02 on held-out stories); cues
// within a few words of the claim's key words, the claim's key words
// negated, denials in sentences naming the claim's names, counts that
// differ from the claim's, the first sentence's match and cues, and
// each cue word as a feature of its own (that learns the stories); and,
// as columns of the disagree regression, refuting cues in the lead or
// near the claim, debunking cues in the sentences closest to the claim
// or hedged ones apart, contrast words ("but", "in fact"), negation
// before the claim's words and the "Name: claim" headline (each either
// adds nothing or trades as much precision as it gains recall).
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
	Prob    float64  // how sure the model is of Label (see Model.Judge)
	Related float64  // the probability that the document speaks to the claim at all
	Drivers []Driver // the signals that pushed most toward Label, strongest first
}

// DisagreeFeatures are the columns of the disagree regression: the few
// signals that tell a debunk of the claim from a report on it across
// stories (chosen by tools/fitstance -val on stories held out of the fit;
// with more columns it learns the stories' words and scores worse there).
var DisagreeFeatures = []string{"debunk_x_assert", "support_top"}

// RelatedFeatures are the columns of the related regression: every
// signal but the voice columns (voice.go), which read how a document
// says the claim, not whether it speaks to it.
var RelatedFeatures = FeatureNames[:fCarrierPlain]

// RelatedRow picks the related regression's columns out of a signal
// vector.
func RelatedRow(x []float64) []float64 { return x[:len(RelatedFeatures)] }

// disagreeCols are the indexes of DisagreeFeatures in FeatureNames.
var disagreeCols = func() []int {
	out := make([]int, len(DisagreeFeatures))
	for k, f := range DisagreeFeatures {
		out[k] = slices.Index(FeatureNames[:], f)
		if out[k] < 0 {
			panic("stance: unknown disagree feature " + f)
		}
	}
	return out
}()

// DisagreeRow picks the disagree regression's columns out of a signal
// vector.
func DisagreeRow(x []float64) []float64 {
	out := make([]float64, len(disagreeCols))
	for k, j := range disagreeCols {
		out[k] = x[j]
	}
	return out
}

// Model is the fitted cascade of regressions: related or not; for a
// related pair, disagree or not (at a threshold on its probability);
// otherwise agree or discuss, whichever the stance regression ranks
// higher.
type Model struct {
	Related  *logreg.Model `json:"related"`  // classes: related, unrelated
	Disagree *logreg.Model `json:"disagree"` // classes: other, disagree; columns DisagreeFeatures
	// Threshold is the disagree probability at and above which a related
	// pair is called disagree.
	Threshold float64       `json:"disagree_threshold"`
	Stance    *logreg.Model `json:"stance"` // classes: agree, disagree, discuss (disagree is not read)
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

// LoadModel reads a model and checks its columns against FeatureNames and
// DisagreeFeatures.
func LoadModel(data []byte) (*Model, error) {
	var raw struct {
		Related   json.RawMessage `json:"related"`
		Disagree  json.RawMessage `json:"disagree"`
		Threshold float64         `json:"disagree_threshold"`
		Stance    json.RawMessage `json:"stance"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	r, err := logreg.Load(raw.Related, RelatedFeatures)
	if err != nil {
		return nil, fmt.Errorf("stance model, related: %w", err)
	}
	d, err := logreg.Load(raw.Disagree, DisagreeFeatures)
	if err != nil {
		return nil, fmt.Errorf("stance model, disagree: %w", err)
	}
	s, err := logreg.Load(raw.Stance, FeatureNames[:])
	if err != nil {
		return nil, fmt.Errorf("stance model, stance: %w", err)
	}
	if !slices.Equal(r.Classes, []string{"related", "unrelated"}) ||
		!slices.Equal(d.Classes, []string{"other", string(Disagree)}) ||
		!slices.Equal(s.Classes, []string{string(Agree), string(Disagree), string(Discuss)}) {
		return nil, fmt.Errorf("stance model: unexpected classes %v / %v / %v", r.Classes, d.Classes, s.Classes)
	}
	if raw.Threshold <= 0 || raw.Threshold >= 1 {
		return nil, fmt.Errorf("stance model: disagree threshold %v out of (0, 1)", raw.Threshold)
	}
	return &Model{Related: r, Disagree: d, Threshold: raw.Threshold, Stance: s}, nil
}

// Judge gives the stance the signals point to, and with it a
// probability: for unrelated, the related regression's; for disagree,
// the disagree regression's, which calls it from Threshold up, so it may
// be under one half; for agree or discuss, its share of the two in the
// stance regression, whose disagree class is not read. A pair whose
// carrying sentence denies the claim (Signals.Denied) is never agree: it
// is discuss by that rule, not by the stance regression, so its
// probability is the related regression's (that the passage speaks to the
// claim at all), not discuss's share, which would read as doubt where the
// regression leaned to agree.
func (m *Model) Judge(s *Signals) Verdict {
	x := s.X[:]
	rx := RelatedRow(x)
	pr := m.Related.Predict(rx)
	v := Verdict{Related: pr[0]}
	if pr[0] < 0.5 {
		v.Label, v.Prob = Unrelated, pr[1]
		v.Drivers = drivers(m.Related, rx, 1)
		return v
	}
	if s.Alone() {
		// A rule (voice.go): its probability is the share of the claim's
		// weight no one sentence says.
		v.Label, v.Prob = Unrelated, 1-s.CoverSent
		return v
	}
	dx := DisagreeRow(x)
	if pd := m.Disagree.Predict(dx)[1]; pd >= m.Threshold {
		v.Label, v.Prob = Disagree, pd
		v.Drivers = drivers(m.Disagree, dx, 1)
		return v
	}
	if s.HeadlineAsserts() || s.States() {
		// A rule (voice.go), so its probability is the related
		// regression's, as a denial's is.
		v.Label, v.Prob = Agree, pr[0]
		return v
	}
	ps := m.Stance.Predict(x)
	k := 2 // discuss
	if ps[0] > ps[2] {
		if s.Denied || (s.Negated && s.X[fClaimNeg] == 0) {
			v.Label, v.Prob = Discuss, pr[0]
			v.Drivers = drivers(m.Stance, x, k)
			return v
		}
		k = 0 // agree
	}
	v.Label, v.Prob = Labels[k], ps[k]/(ps[0]+ps[2])
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

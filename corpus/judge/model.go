package judge

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/logreg"
)

// The fitted verdict model: a multinomial logistic regression over the
// judge's signals (FeatureNames), classes agree, diverge, related, fitted
// by tools/fitjudge on the fit part of FNC-1 and embedded as model.json.

//go:embed model.json
var modelJSON []byte

// Fitted returns the embedded verdict model.
var Fitted = sync.OnceValue(func() *logreg.Model {
	m, err := logreg.Load(modelJSON, FeatureNames)
	if err != nil {
		panic("judge: embedded model: " + err.Error()) // TestFittedLoads guards it
	}
	return m
})

// The model's classes, in the order of model.json.
const (
	classAgree   = 0
	classDiverge = 1
	classRelated = 2
)

// Column indexes of the signals Upgrade reads.
var (
	colDifferentDetail = slices.Index(FeatureNames, "different_detail")
	colHedgeApart      = slices.Index(FeatureNames, "hedge_apart")
	colOpposed         = slices.Index(FeatureNames, "opposed")
	colCountsApart     = slices.Index(FeatureNames, "counts_apart")
	colSentContent     = slices.Index(FeatureNames, "sent_content")
	colNegOne          = slices.Index(FeatureNames, "neg_one")
)

// Upgrade reports whether the model turns a pair the rules leave related
// into agreement: it finds agree clearly likely (p > 0.6: overriding the
// rules takes a clear majority), and nothing in the
// pair says the two accounts stand apart (a different detail, a recount or
// debunk against a statement, parties filling one role differently, two
// counts of one thing that differ, words said on one side and negated on
// the other), and one sentence pair shares two
// content words at least.
// tools/fitjudge scores the same decision.
func Upgrade(m *logreg.Model, x []float64) bool {
	return Upgradable(x) && m.Prob(x, classAgree) > UpgradeP
}

// Upgradable reports whether nothing in a pair's signals x keeps the model
// from turning it into agreement (Upgrade's conditions but the model's).
func Upgradable(x []float64) bool {
	if x[colDifferentDetail] > 0 || x[colHedgeApart] > 0 || x[colOpposed] > 0 || x[colCountsApart] > 0 || x[colNegOne] > 0 {
		return false
	}
	return x[colSentContent] >= math.Log1p(2) // a name and a word in common are not one account
}

// UpgradeP is the model's probability of agree above which Upgrade turns
// related into agree.
const UpgradeP = 0.6

// driver is one signal's push toward agree against related.
type driver struct {
	feature string
	push    float64
}

// drivers lists the signals present in the pair that pushed class pos
// over class neg most, strongest first (at most three, each at least 0.1
// nats). A signal counts only when the pair holds it (not 0) and more of
// it than the fit's mean is what pushes toward pos (a positive weight):
// a label names what the pair has, so a value below the mean that helps
// through a negative weight ("the same words" where none are the same)
// is no reason a reader can check.
func drivers(m *logreg.Model, x []float64, pos, neg int) []driver {
	var out []driver
	for j, f := range m.Features {
		if x[j] == 0 || m.Weights[pos][j] <= m.Weights[neg][j] || x[j] <= m.Mean[j] {
			continue // absent, or not the way its label points
		}
		push := m.Contribution(x, pos, j) - m.Contribution(x, neg, j)
		if push >= 0.1 {
			out = append(out, driver{f, push})
		}
	}
	slices.SortStableFunc(out, func(a, b driver) int {
		switch {
		case a.push > b.push:
			return -1
		case a.push < b.push:
			return 1
		}
		return 0
	})
	return out[:min(3, len(out))]
}

// driverLabels name the signals for a reader.
var driverLabels = map[string]string{
	"cos": "similar wording", "names": "shared names", "rare_terms": "shared rare words",
	"sent_cover": "a sentence met", "sent_dice": "a sentence met", "sent_content": "words of one sentence met",
	"sent_synonyms": "synonyms", "neg_both": "the same negative", "debunk_both": "both call it untrue",
	"sent_words_cover": "a sentence's words met", "shared_number": "a shared number",
}

// modelReason words the model's agreement: the sentence pair it rests on,
// quoted on each side, and the signals that drove it.
func (j *judgement) modelReason(in Input, p float64, ds []driver) model.Reason {
	var why []string
	for _, d := range ds {
		l := driverLabels[d.feature]
		if l == "" {
			l = strings.ReplaceAll(d.feature, "_", " ")
		}
		if !slices.Contains(why, l) {
			why = append(why, l)
		}
	}
	r := model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormFitted, Label: fmt.Sprintf("%.2f", p), List: why}
	if m := &j.match; m.sa >= 0 {
		r.SpanA, r.SpanB = sentenceSpan(in.A, m.sa), sentenceSpan(in.B, m.sb)
		r.A, r.B = quote(in.A.Text, r.SpanA), quote(in.B.Text, r.SpanB)
	}
	return sentence(r)
}

package judge

import (
	_ "embed"
	"sync"

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

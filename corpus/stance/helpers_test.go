package stance

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// readClaim extracts the features of one passage of text.
func readClaim(t *testing.T, text string) *features.Passage {
	t.Helper()
	fs, _ := features.Extract([]*model.Passage{{ID: "p", Kind: model.KindBody, Text: text}})
	return fs[0]
}

// Package features is the engine's reading stage: from a passage's tokens
// it finds the names (entities.go, with aliases resolved across the whole
// comparison), the quantities (numbers.go) and the topics (topics.go) it
// speaks to. Its result is one Passage per body passage and the
// EntityIndex; later stages read them and never write them.
package features

//go:generate go run ../../tools/genwords

import (
	"runtime"
	"sync"

	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// Passage holds what the features stage extracts from one body passage.
type Passage struct {
	Text       string             // the passage text
	Sents      []model.Span       // sentence spans
	Toks       []lexicon.Token    // words and punctuation
	Ents       []Mention          // names
	AliasPairs [][2]int           // aliases the passage declares, as indexes into ents
	Nums       []Quantity         // quantities
	Topics     []model.TopicScore // the topics it speaks to, strongest first
	TopicVec   []float32          // score per topic of the set, zero under the threshold
}

// extractAll reads the features of every body passage, in parallel, and
// resolves names across all of them.
func Extract(all []*model.Passage) ([]*Passage, *EntityIndex) {
	feats := make([]*Passage, len(all))
	var mu sync.Mutex
	var lexicons []*lexicon.Lexicon
	workers := runtime.GOMAXPROCS(0)
	lexPool := make(chan *lexicon.Lexicon, workers)
	perWorker := (len(all) + workers - 1) / workers
	if len(all) < 64 { // parallel runs these in one call
		perWorker = len(all)
	}
	parallel.For(len(all), func(lo, hi int) {
		var lx *lexicon.Lexicon
		select {
		case lx = <-lexPool:
		default:
			lx = lexicon.NewLexicon(perWorker)
			mu.Lock()
			lexicons = append(lexicons, lx)
			mu.Unlock()
		}
		for k := lo; k < hi; k++ {
			p := all[k]
			f := &Passage{Text: p.Text, Sents: p.Sentences}
			if len(f.Sents) == 0 {
				f.Sents = text.Sentences(p.Text)
			}
			f.Toks = lexicon.Tokenize(p.Text, f.Sents, lx)
			f.Ents, f.AliasPairs = FindMentions(p.Text, f.Toks)
			f.Nums = FindQuantities(f.Toks)
			f.Topics, f.TopicVec = ScoreTopics(f.Toks)
			if f.Topics == nil {
				f.Topics = []model.TopicScore{}
			}
			feats[k] = f
		}
		lexPool <- lx
	})
	return feats, ResolveEntities(feats, lexicons)
}

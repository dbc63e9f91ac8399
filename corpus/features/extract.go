// Package features is the engine's reading stage: from a passage's tokens
// it finds the names (entities.go, with aliases resolved across the whole
// comparison), the quantities (numbers.go) and the topics (topics.go) it
// speaks to. Its result is one Passage per body passage and the
// EntityIndex; later stages read them and never write them.
//
// The stage has two steps. Read reads each passage on its own — tokens
// and stems, numbers, topics, the names as written in it — and depends on
// nothing else loaded, so one document's reading serves every comparison
// that holds it: the pairs of documents and the claim check alike.
// Resolve then resolves the names across a set of passages (a comparison;
// a claim and one document) on a copy of their mentions, leaving the
// readings as they were. Extract is the two at once, for one set.
package features

//go:generate go run ../../tools/genwords

import (
	"runtime"
	"slices"
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

// Extract reads the features of every body passage, in parallel, and
// resolves names across all of them (Read, then Resolve without the copy).
func Extract(all []*model.Passage) ([]*Passage, *EntityIndex) {
	feats := Read(all)
	return feats, ResolveEntities(feats)
}

// Read reads every passage on its own, in parallel: its tokens, numbers
// and topics, and its names as the passage writes them, not yet resolved
// (Resolve). Nothing read depends on the other passages.
func Read(all []*model.Passage) []*Passage {
	feats := make([]*Passage, len(all))
	workers := runtime.GOMAXPROCS(0)
	perWorker := (len(all) + workers - 1) / workers
	if len(all) < 64 { // parallel runs these in one call
		perWorker = len(all)
	}
	parallel.For(len(all), func(lo, hi int) {
		lx, _ := lexicons.Get().(*lexicon.Lexicon)
		if lx == nil {
			lx = lexicon.NewLexicon(perWorker)
		}
		for k := lo; k < hi; k++ {
			feats[k] = readPassage(all[k], lx)
		}
		lexicons.Put(lx)
	})
	return feats
}

// lexicons are the workers' stem caches, kept from one Read to the next:
// a claim check reads every document in turn, and a worker with a fresh
// lexicon looked each word up again in the process's word table, under
// its lock. What a lexicon holds is the same whoever read what before
// (lexicon.Tokenize), so a reading does not depend on which one it gets.
// A new one is sized for the passages its worker reads.
var lexicons sync.Pool

// readPassage reads one passage; lx caches the stems.
func readPassage(p *model.Passage, lx *lexicon.Lexicon) *Passage {
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
	return f
}

// Resolve resolves the names of read passages (Read) across all of them,
// in order, and returns the passages so resolved: copies that share the
// readings' tokens, numbers and topics, with mentions of their own, so
// the readings stay unresolved for another set.
func Resolve(read []*Passage) ([]*Passage, *EntityIndex) {
	feats := make([]*Passage, len(read))
	copies := make([]Passage, len(read))
	for k, r := range read {
		copies[k] = *r
		copies[k].Ents = slices.Clone(r.Ents)
		copies[k].AliasPairs = slices.Clone(r.AliasPairs)
		feats[k] = &copies[k]
	}
	return feats, ResolveEntities(feats)
}

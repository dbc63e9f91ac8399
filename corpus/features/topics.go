package features

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file scores passages against the topic set in use — the built-in
// one (topics.json), with a user's topics when given (userfiles.go):
// the questions news about an incident keeps answering — who was warned,
// who did it, what happened to whom, what officials said, how the inquiry
// goes. Each topic is a list of weighted cues, words or short phrases,
// stemmed by go generate (tables_gen.go). A passage's raw score for a topic
// is the sum of the weights of the distinct cues it contains, plus 0.3 of
// the weight for each repeat; it becomes a score in (0,1) as
// 1 − exp(−raw/scale), and the topic is kept when that reaches the
// threshold. A passage may carry several topics or none; alignment does not
// need one.

//go:embed topics.json
var topicsJSON []byte

// topicCue is one weighted cue of one topic.
type topicCue struct {
	topic  int
	keys   []string // stems (or folded stop words) in order
	weight float64
}

// topicSet is the parsed topic data.
type topicSet struct {
	Topics    []model.Topic
	cues      []topicCue
	byFirst   map[string][]int // first key (a stem) → cue indexes
	byExact   map[string][]int // first key written "=word" → cue indexes, by the word
	threshold float64
	scale     float64
}

var (
	topicOnce sync.Once
	topicData *topicSet
)

// BuiltinTopics returns the topic set of topics.json, as generated into
// tables_gen.go (parsed and stemmed at go generate time, so a start pays
// neither). TestTablesGenerated fails when that file is stale.
func BuiltinTopics() *topicSet {
	topicOnce.Do(func() { topicData = generatedTopics() })
	return topicData
}

// topicFile is the format of topics.json and of a user's topic file.
// Replace is for user files only: their topics replace the built-in set
// instead of joining it.
type topicFile struct {
	Comment   string     `json:"_comment"`
	Replace   bool       `json:"replace"`
	Threshold float64    `json:"threshold"`
	Scale     float64    `json:"scale"`
	Topics    []topicDef `json:"topics"`
}

// topicDef is one topic as written in a topic file.
type topicDef struct {
	ID    string             `json:"id"`
	Label string             `json:"label"`
	Cues  map[string]float64 `json:"cues"`
}

// parseTopics parses and stems topics.json: what the generator writes out,
// and what the test compares the generated set with.
func parseTopics(data []byte) (*topicSet, error) {
	var raw topicFile
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("topics.json: %w", err)
	}
	return buildTopics(raw.Threshold, raw.Scale, raw.Topics), nil
}

// buildTopics stems the cues of defs into a topic set.
func buildTopics(threshold, scale float64, defs []topicDef) *topicSet {
	ts := &topicSet{byFirst: map[string][]int{}, byExact: map[string][]int{}, threshold: threshold, scale: scale}
	for ti, t := range defs {
		ts.Topics = append(ts.Topics, model.Topic{ID: t.ID, Label: t.Label})
		phrases := make([]string, 0, len(t.Cues))
		for p := range t.Cues {
			phrases = append(phrases, p)
		}
		sort.Strings(phrases) // map order must not leak into results
		seen := map[string]bool{}
		for _, p := range phrases {
			keys := cueKeys(p)
			id := strings.Join(keys, " ")
			if len(keys) == 0 || seen[id] {
				continue // "warning" and "warnings" stem alike
			}
			seen[id] = true
			if w, exact := strings.CutPrefix(keys[0], "="); exact {
				ts.byExact[w] = append(ts.byExact[w], len(ts.cues))
			} else {
				ts.byFirst[keys[0]] = append(ts.byFirst[keys[0]], len(ts.cues))
			}
			ts.cues = append(ts.cues, topicCue{topic: ti, keys: keys, weight: t.Cues[p]})
		}
	}
	return ts
}

//go:generate go run ../../tools/gentables

// ParsedTables parses the embedded topics.json and aliases.json as a start
// without tables_gen.go would: a *topicSet and an *aliasTable. It is there
// for tools/gentables, which writes them into tables_gen.go; nothing else
// needs it.
func ParsedTables() (topics, aliases any, err error) {
	ts, err := parseTopics(topicsJSON)
	if err != nil {
		return nil, nil, err
	}
	at, err := parseAliases(aliasesJSON)
	if err != nil {
		return nil, nil, err
	}
	return ts, at, nil
}

// cueKeys folds and stems the words of a cue phrase. A word written with a
// leading "=" matches only that exact word: "=responsible" must not match
// "response", which stems alike.
func cueKeys(p string) []string {
	words := strings.FieldsFunc(lexicon.Fold(p), func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range words {
		if !strings.HasPrefix(w, "=") {
			words[i] = lexicon.StemWord(w)
		}
	}
	return words
}

// cueMatches reports whether a token matches one key of a cue.
func cueMatches(t *lexicon.Token, key string) bool {
	if strings.HasPrefix(key, "=") {
		return t.Norm() == key[1:]
	}
	return TokKey(t) == key
}

// TokKey is what cues match on: the stem of a content word, the folded
// form of a stop word.
func TokKey(t *lexicon.Token) string {
	if t.Stem() != "" {
		return t.Stem()
	}
	return t.Norm()
}

// cueIndex is byFirst and byExact of a topic set keyed by word id
// (lexicon.Word), so that a token finds its cues without reading its
// word's string.
type cueIndex struct {
	set                *topicSet // the set it indexes
	first, exact       map[lexicon.Word][]int
	firstSet, exactSet wordSet // their keys, asked first
}

// lastIndex is the cueIndex of the topic set last asked for: only the
// set in use is scored (ActiveTopics), and it changes when a user's
// topic file is read. One index is kept, not one per set ever used,
// which would keep every set a long session replaced alive.
var lastIndex atomic.Pointer[cueIndex]

// index returns the cueIndex of ts, built when ts is not the set last
// asked for.
func (ts *topicSet) index() *cueIndex {
	if ix := lastIndex.Load(); ix != nil && ix.set == ts {
		return ix
	}
	ix := &cueIndex{set: ts, first: make(map[lexicon.Word][]int, len(ts.byFirst)), exact: make(map[lexicon.Word][]int, len(ts.byExact))}
	var first, exact []lexicon.Word
	for k, v := range ts.byFirst {
		id := lexicon.Intern(k)
		ix.first[id] = v
		first = append(first, id)
	}
	for k, v := range ts.byExact {
		id := lexicon.Intern(k)
		ix.exact[id] = v
		exact = append(exact, id)
	}
	ix.firstSet, ix.exactSet = newWordSet(first), newWordSet(exact)
	lastIndex.Store(ix)
	return ix
}

// ScoreTopics returns a passage's topics, strongest first, and its score
// for every topic of the set (zero under the threshold).
func ScoreTopics(toks []lexicon.Token) ([]model.TopicScore, []float32) {
	ts := ActiveTopics()
	raw := make([]float64, len(ts.Topics))
	var hits []int
	ix := ts.index()
	for i := range toks {
		t := &toks[i]
		if !t.Is(lexicon.TWord) {
			continue
		}
		key := t.StemID() // TokKey, by id
		if key == 0 {
			key = t.NormID()
		}
		if ix.firstSet.has(key) {
			for _, ci := range ix.first[key] {
				if matchCue(toks, i, ts.cues[ci].keys) {
					hits = append(hits, ci)
				}
			}
		}
		if !ix.exactSet.has(t.NormID()) {
			continue
		}
		for _, ci := range ix.exact[t.NormID()] {
			if matchCue(toks, i, ts.cues[ci].keys) {
				hits = append(hits, ci)
			}
		}
	}
	sort.Ints(hits)
	for k, ci := range hits {
		w := ts.cues[ci].weight
		if k > 0 && hits[k-1] == ci {
			w *= 0.3
		}
		raw[ts.cues[ci].topic] += w
	}
	vec := make([]float32, len(ts.Topics))
	var out []model.TopicScore
	for ti, r := range raw {
		s := 1 - math.Exp(-r/ts.scale)
		if r > 0 && s >= ts.threshold {
			vec[ti] = float32(s)
			out = append(out, model.TopicScore{ID: ts.Topics[ti].ID, Score: s})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out, vec
}

// matchCue reports whether the cue's keys occur in order from token i, with
// at most two words between consecutive keys and no sentence end.
func matchCue(toks []lexicon.Token, i int, keys []string) bool {
	j := i
	for _, k := range keys[1:] {
		found := false
		gap := 0
		for n := j + 1; n < len(toks) && gap <= 2; n++ {
			t := &toks[n]
			if t.Is(lexicon.TEnd) || t.Sent != toks[i].Sent {
				return false
			}
			if !t.Is(lexicon.TWord) {
				continue
			}
			if cueMatches(t, k) {
				j, found = n, true
				break
			}
			gap++
		}
		if !found {
			return false
		}
	}
	return true
}

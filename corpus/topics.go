package corpus

import (
	_ "embed"
	"encoding/json"
	"math"
	"sort"
	"strings"
	"sync"
)

// This file scores passages against the built-in topic set (topics.json):
// the questions news about an incident keeps answering — who was warned,
// who did it, what happened to whom, what officials said, how the inquiry
// goes. Each topic is a list of weighted cues, words or short phrases,
// stemmed when loaded. A passage's raw score for a topic is the sum of the
// weights of the distinct cues it contains, plus 0.3 of the weight for each
// repeat; it becomes a score in (0,1) as 1 − exp(−raw/scale), and the topic
// is kept when that reaches the threshold. A passage may carry several
// topics or none; alignment does not need one.

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
	topics    []Topic
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

// builtinTopics parses topics.json once.
func builtinTopics() *topicSet {
	topicOnce.Do(func() {
		var raw struct {
			Threshold float64 `json:"threshold"`
			Scale     float64 `json:"scale"`
			Topics    []struct {
				ID    string             `json:"id"`
				Label string             `json:"label"`
				Cues  map[string]float64 `json:"cues"`
			} `json:"topics"`
		}
		if err := json.Unmarshal(topicsJSON, &raw); err != nil {
			panic("corpus: topics.json: " + err.Error()) // embedded data; a test guards it
		}
		ts := &topicSet{byFirst: map[string][]int{}, byExact: map[string][]int{}, threshold: raw.Threshold, scale: raw.Scale}
		for ti, t := range raw.Topics {
			ts.topics = append(ts.topics, Topic{ID: t.ID, Label: t.Label})
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
		topicData = ts
	})
	return topicData
}

// cueKeys folds and stems the words of a cue phrase. A word written with a
// leading "=" matches only that exact word: "=responsible" must not match
// "response", which stems alike.
func cueKeys(p string) []string {
	words := strings.FieldsFunc(Fold(p), func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range words {
		if !strings.HasPrefix(w, "=") {
			words[i] = stemWord(w)
		}
	}
	return words
}

// cueMatches reports whether a token matches one key of a cue.
func cueMatches(t *token, key string) bool {
	if strings.HasPrefix(key, "=") {
		return t.norm == key[1:]
	}
	return tokKey(t) == key
}

// tokKey is what cues match on: the stem of a content word, the folded
// form of a stop word.
func tokKey(t *token) string {
	if t.stem != "" {
		return t.stem
	}
	return t.norm
}

// scoreTopics returns a passage's topics, strongest first, and its score
// for every topic of the set (zero under the threshold).
func scoreTopics(toks []token) ([]TopicScore, []float32) {
	ts := builtinTopics()
	raw := make([]float64, len(ts.topics))
	var hits []int
	for i := range toks {
		if !toks[i].is(tWord) {
			continue
		}
		for _, ci := range ts.byFirst[tokKey(&toks[i])] {
			if matchCue(toks, i, ts.cues[ci].keys) {
				hits = append(hits, ci)
			}
		}
		for _, ci := range ts.byExact[toks[i].norm] {
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
	vec := make([]float32, len(ts.topics))
	var out []TopicScore
	for ti, r := range raw {
		s := 1 - math.Exp(-r/ts.scale)
		if r > 0 && s >= ts.threshold {
			vec[ti] = float32(s)
			out = append(out, TopicScore{ID: ts.topics[ti].ID, Score: s})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out, vec
}

// matchCue reports whether the cue's keys occur in order from token i, with
// at most two words between consecutive keys and no sentence end.
func matchCue(toks []token, i int, keys []string) bool {
	j := i
	for _, k := range keys[1:] {
		found := false
		gap := 0
		for n := j + 1; n < len(toks) && gap <= 2; n++ {
			t := &toks[n]
			if t.is(tEnd) || t.sent != toks[i].sent {
				return false
			}
			if !t.is(tWord) {
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

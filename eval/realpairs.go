package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/parallax-reader/parallax/corpus"
)

// Real multi-outlet pairs: two FNC-1 bodies on one story, with the
// paragraph pairs a careful reader links written down as gold. The gold
// names paragraphs by line (the 1-based line, in the body split on "\n",
// where the paragraph starts: corpus Passage.Line), so it holds no text.

// RealPairsFile is where the dev gold lives, relative to this package: the
// real pairs the project reports on.
const RealPairsFile = "testdata/realpairs.json"

// RealPairsFitFile is the fit gold, relative to this package: real pairs
// written the same way from bodies of the fit part only, on stories apart
// from the dev gold's, for choosing thresholds and features without
// reading the dev gold.
const RealPairsFitFile = "testdata/realpairs_fit.json"

// RealPairsDev2File is a second dev gold, relative to this package: longer
// real pairs from bodies of the dev part, on stories apart from both golds
// above, written blind to the engine's output (issue 9). cmd/accuracy reads
// it with -gold.
const RealPairsDev2File = "testdata/realpairs_dev2.json"

// RealPairsFileFor returns the gold file of a part: RealPairsFitFile for
// Fit, RealPairsFile otherwise.
func RealPairsFileFor(p Part) string {
	if p == Fit {
		return RealPairsFitFile
	}
	return RealPairsFile
}

// The gold levels of a link: a reader must, should, or may (acceptable)
// link the two paragraphs.
const (
	Must       = "must"
	Should     = "should"
	Acceptable = "acceptable"
)

// Gold is the file of real pairs.
type Gold struct {
	Pairs []GoldPair `json:"pairs"`
}

// GoldPair is two bodies on one story and the links between them.
type GoldPair struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	A     int    `json:"a"` // Body ID of the first document
	B     int    `json:"b"` // Body ID of the second
	Links []Link `json:"links"`
	Note  string `json:"note,omitempty"`
}

// Link is one paragraph pair of the gold: the lines where the paragraphs
// start in A and in B, how strongly a reader links them, and their verdict.
type Link struct {
	A       int            `json:"a"`
	B       int            `json:"b"`
	Level   string         `json:"level"`
	Verdict corpus.Verdict `json:"verdict"`
}

// LoadGold reads and checks a real-pairs gold file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

func (g *Gold) check() error {
	ids := map[string]bool{}
	for i, p := range g.Pairs {
		if p.ID == "" {
			return fmt.Errorf("pair %d has no id", i+1)
		}
		if ids[p.ID] {
			return fmt.Errorf("pair id %q appears twice", p.ID)
		}
		ids[p.ID] = true
		seen := map[[2]int]bool{}
		for _, l := range p.Links {
			switch l.Level {
			case Must, Should, Acceptable:
			default:
				return fmt.Errorf("pair %s: link %d–%d: level %q is not must, should or acceptable", p.ID, l.A, l.B, l.Level)
			}
			switch l.Verdict {
			case corpus.Agree, corpus.Diverge, corpus.Related:
			default:
				return fmt.Errorf("pair %s: link %d–%d: verdict %q is not agree, diverge or related", p.ID, l.A, l.B, l.Verdict)
			}
			if l.A < 1 || l.B < 1 {
				return fmt.Errorf("pair %s: link %d–%d: lines are 1-based", p.ID, l.A, l.B)
			}
			k := [2]int{l.A, l.B}
			if seen[k] {
				return fmt.Errorf("pair %s: link %d–%d appears twice", p.ID, l.A, l.B)
			}
			seen[k] = true
		}
	}
	return nil
}

// PairScore is how one real pair's comparison matches its gold.
type PairScore struct {
	ID, Story    string
	A, B         int
	Must         int    // must links in the gold
	MustFound    int    // must links among the alignments
	Kept         int    // alignments the engine kept
	KeptInGold   int    // alignments whose line pair the gold lists at any level
	Found        int    // gold links (any level) among the alignments
	VerdictRight int    // found gold links whose verdict matches
	Missed       []Link // must links not found
	Wrong        []Miss // found gold links with another verdict
	Err          error  // the bodies could not be read or compared
}

// Miss is a found gold link whose verdict the engine got wrong.
type Miss struct {
	Link
	Got corpus.Verdict
}

// RealScore totals the per-pair scores (micro-averaged: counts summed over
// pairs).
type RealScore struct {
	Pairs                                                  []PairScore
	Must, MustFound, Kept, KeptInGold, Found, VerdictRight int
	Stories                                                int
	Errors                                                 int
}

// ratio is n/d, or -1 (shown as "n/a") when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return -1
	}
	return float64(n) / float64(d)
}

// MustRecall is the share of must links found among the alignments.
func (s PairScore) MustRecall() float64 { return ratio(s.MustFound, s.Must) }

// Precision is the share of alignments kept that the gold lists.
func (s PairScore) Precision() float64 { return ratio(s.KeptInGold, s.Kept) }

// VerdictAccuracy is the share of found gold links with the gold verdict.
func (s PairScore) VerdictAccuracy() float64 { return ratio(s.VerdictRight, s.Found) }

// MustRecall is the share of must links found, over all pairs.
func (s *RealScore) MustRecall() float64 { return ratio(s.MustFound, s.Must) }

// Precision is the share of alignments kept that the gold lists, over all pairs.
func (s *RealScore) Precision() float64 { return ratio(s.KeptInGold, s.Kept) }

// VerdictAccuracy is the share of found gold links with the gold verdict, over all pairs.
func (s *RealScore) VerdictAccuracy() float64 { return ratio(s.VerdictRight, s.Found) }

// bodySourceName is the source name of an FNC-1 body in a real-pair comparison.
func bodySourceName(id int) string { return "body-" + strconv.Itoa(id) }

// ScoreReal compares body A against body B of every gold pair with
// corpus.Compare and scores the alignments against the gold.
func ScoreReal(g *Gold, bodies map[int]string) *RealScore {
	rs := &RealScore{Pairs: make([]PairScore, len(g.Pairs))}
	stories := map[string]bool{}
	for i, p := range g.Pairs {
		rs.Pairs[i] = scorePair(p, bodies)
		s := rs.Pairs[i]
		if s.Err != nil {
			rs.Errors++
		}
		stories[p.Story] = true
		rs.Must += s.Must
		rs.MustFound += s.MustFound
		rs.Kept += s.Kept
		rs.KeptInGold += s.KeptInGold
		rs.Found += s.Found
		rs.VerdictRight += s.VerdictRight
	}
	rs.Stories = len(stories)
	return rs
}

func scorePair(p GoldPair, bodies map[int]string) PairScore {
	s := PairScore{ID: p.ID, Story: p.Story, A: p.A, B: p.B}
	for _, l := range p.Links {
		if l.Level == Must {
			s.Must++
		}
	}
	a, okA := bodies[p.A]
	b, okB := bodies[p.B]
	if !okA || !okB {
		s.Err = fmt.Errorf("pair %s: FNC-1 has no body %d or %d", p.ID, p.A, p.B)
		s.Missed = mustLinks(p.Links)
		return s
	}
	c, err := corpus.Compare([]corpus.Source{
		{Name: bodySourceName(p.A), Data: []byte(a)},
		{Name: bodySourceName(p.B), Data: []byte(b)},
	})
	if err != nil {
		s.Err = fmt.Errorf("pair %s: %w", p.ID, err)
		s.Missed = mustLinks(p.Links)
		return s
	}
	scoreLinks(&s, p.Links, keptLines(c))
	return s
}

// keptLines returns the comparison's alignments by the start lines of
// their passages (A in the first document, B in the second) with their
// verdicts.
func keptLines(c *corpus.Comparison) map[[2]int]corpus.Verdict {
	kept := make(map[[2]int]corpus.Verdict, len(c.Alignments))
	for _, al := range c.Alignments {
		pa, pb := c.Passage(al.A), c.Passage(al.B)
		if pa == nil || pb == nil {
			continue
		}
		kept[[2]int{pa.Line, pb.Line}] = al.Verdict
	}
	return kept
}

// scoreLinks scores the alignments kept, by start lines, against the gold
// links.
func scoreLinks(s *PairScore, links []Link, kept map[[2]int]corpus.Verdict) {
	gold := map[[2]int]bool{}
	for _, l := range links {
		gold[[2]int{l.A, l.B}] = true
	}
	s.Kept = len(kept)
	for k := range kept {
		if gold[k] {
			s.KeptInGold++
		}
	}
	for _, l := range links {
		v, ok := kept[[2]int{l.A, l.B}]
		if !ok {
			if l.Level == Must {
				s.Missed = append(s.Missed, l)
			}
			continue
		}
		s.Found++
		if l.Level == Must {
			s.MustFound++
		}
		if v == l.Verdict {
			s.VerdictRight++
		} else {
			s.Wrong = append(s.Wrong, Miss{Link: l, Got: v})
		}
	}
}

func mustLinks(links []Link) []Link {
	var out []Link
	for _, l := range links {
		if l.Level == Must {
			out = append(out, l)
		}
	}
	return out
}

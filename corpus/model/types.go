// Package model is parallax's data contract: sources, documents,
// passages, alignments with their verdicts and typed reasons, and the
// comparison that holds them. Every stage of the engine reads and writes
// these types; model imports nothing of the project.
package model

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Kind says what a passage is: body text, or furniture around it.
type Kind string

// The passage kinds. Only body passages are aligned; the others are shown.
const (
	KindBody     Kind = "body"
	KindTitle    Kind = "title"
	KindTag      Kind = "tag"
	KindCredit   Kind = "credit"
	KindDateline Kind = "dateline"
)

// Verdict is the judgment on one alignment.
type Verdict string

// The verdicts. Unique is never the verdict of an alignment; it labels a
// passage with no counterpart, for views that show one badge per row.
const (
	Agree   Verdict = "agree"
	Diverge Verdict = "diverge"
	Related Verdict = "related"
	Unique  Verdict = "unique"
)

// Span is a half-open byte range [Start, End) into a passage's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mark says why a span is highlighted. It is a byte, not a string: a
// comparison of twenty sources holds some two million marks, and a
// Highlight of two ints and a byte is a quarter smaller. It reads and
// writes as its name in JSON ("shared", "conflict").
type Mark uint8

// The highlight marks: a fact both sides share, or the words where they part.
const (
	MarkShared Mark = iota + 1
	MarkConflict
)

// String names the mark: "shared", "conflict", or "" for none.
func (m Mark) String() string {
	switch m {
	case MarkShared:
		return "shared"
	case MarkConflict:
		return "conflict"
	}
	return ""
}

// MarshalText writes the mark's name.
func (m Mark) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads a mark's name; an unknown name is no mark.
func (m *Mark) UnmarshalText(b []byte) error {
	switch string(b) {
	case "shared":
		*m = MarkShared
	case "conflict":
		*m = MarkConflict
	default:
		*m = 0
	}
	return nil
}

// Highlight is a span of a passage's Text with the reason to paint it.
type Highlight struct {
	Span
	Mark Mark `json:"mark"`
}

// Source is one input before analysis: a name as the user gave it, its
// raw bytes, and what is known of where it came from (nil for a text file).
type Source struct {
	Name string
	Data []byte
	Meta *SourceMeta
}

// SourceMeta is what is known of a source beyond its text: for a web page,
// where it was fetched from and the article's metadata. Any field may be
// empty. The strings come from the page and are untrusted until the engine
// has sanitised them (Document.Meta holds the sanitised copy).
type SourceMeta struct {
	URL       string    `json:"url,omitempty"`       // the URL as given
	FinalURL  string    `json:"final_url,omitempty"` // where redirects ended, when elsewhere
	Canonical string    `json:"canonical,omitempty"` // the page's canonical URL
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Site      string    `json:"site,omitempty"`
	Language  string    `json:"language,omitempty"`
	Published time.Time `json:"published,omitzero"`   // RFC 3339 in JSON
	FetchedAt time.Time `json:"fetched_at,omitzero"`  // when the page was fetched
	FromCache bool      `json:"from_cache,omitempty"` // read from the cache, not the network
	Changed   bool      `json:"changed,omitempty"`    // refreshed, and different from the cached copy
	Charset   string    `json:"charset,omitempty"`    // the encoding the page was decoded from
}

// Document is one cleaned, segmented article.
type Document struct {
	ID       string      `json:"id"`             // "d1", "d2", … in input order
	Name     string      `json:"name"`           // the file name as given (sanitised for display)
	Title    string      `json:"title"`          // the page's title, else the title passage's text, else a short opening of the first body passage
	Meta     *SourceMeta `json:"meta,omitempty"` // sanitised; nil for a text file
	Passages []*Passage  `json:"passages"`
}

// Passage is one paragraph of a document.
type Passage struct {
	ID        string       `json:"id"` // "d1p3": document d1, third passage (1-based)
	Doc       int          `json:"-"`  // index of its document in Comparison.Documents
	Index     int          `json:"-"`  // index within its document's Passages
	Line      int          `json:"line"`
	Kind      Kind         `json:"kind"`
	Text      string       `json:"text"` // sanitised display text, original wording
	Sentences []Span       `json:"sentences,omitempty"`
	Topics    []TopicScore `json:"topics"`
}

// TopicScore is how strongly a passage speaks to a topic, in (0,1].
type TopicScore struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// Topic is one entry of the topic set.
type Topic struct {
	ID     string      `json:"id"`
	Label  string      `json:"label"`
	Source TopicSource `json:"source,omitempty"`
}

// TopicSource says where a topic came from.
type TopicSource string

// The topic sources: the built-in set, a user's topic file, or a point
// found in the articles themselves (corpus/points).
const (
	TopicBuiltin TopicSource = "builtin"
	TopicUser    TopicSource = "user"
	TopicFound   TopicSource = "found"
)

// Point is a point the articles make, found in the text: aligned passages
// that share their key terms, names and numbers, named from the words that
// characterise them. Its ID is a topic id (of Source TopicFound), which
// its alignments carry as their Topic.
type Point struct {
	ID         string   `json:"id"`
	Label      string   `json:"label"`      // "González votes", as a reader labels a margin note
	Words      []string `json:"words"`      // the words of the label, names first, as written
	Alignments []int    `json:"alignments"` // indexes into Comparison.Alignments
}

// Entity is a name the comparison resolved, with the other ways the
// articles wrote it: why two names were taken as one.
type Entity struct {
	Name    string   `json:"name"`    // display name, e.g. "Edmundo González Urrutia"
	Aliases []string `json:"aliases"` // other forms seen, e.g. "González", "Gonzalez"
}

// Evidence is what two aligned passages have in common.
type Evidence struct {
	Terms    []string `json:"terms,omitempty"`    // shared key words, as written in A
	Entities []string `json:"entities,omitempty"` // shared names, canonical form
	Numbers  []string `json:"numbers,omitempty"`  // shared or compatible quantities, as written in A
}

// Alignment links two passages of different documents that speak to the
// same point. A is always from the document with the lower index.
type Alignment struct {
	A        string      `json:"a"`
	B        string      `json:"b"`
	Topic    string      `json:"topic"` // topic id, or "" when they share content but no topic
	Score    float64     `json:"score"` // similarity in [0,1]
	Verdict  Verdict     `json:"verdict"`
	Reasons  []Reason    `json:"reasons"`
	Best     bool        `json:"best"` // the best match of A or of B in the other document
	Evidence Evidence    `json:"evidence"`
	MarksA   []Highlight `json:"-"` // spans of A's text to paint, sorted, not overlapping
	MarksB   []Highlight `json:"-"`
}

// Comparison is the result of analysing N ≥ 2 documents: every pair of
// documents compared.
type Comparison struct {
	Documents  []*Document `json:"documents"`
	Topics     []Topic     `json:"topics"`
	Alignments []Alignment `json:"alignments"`
	Unique     []string    `json:"unique"`   // body passages with no counterpart in any other document
	Points     []Point     `json:"points"`   // points found in the text (their topics are in Topics)
	Entities   []Entity    `json:"entities"` // names written more than one way

	byID map[string]*Passage
}

// Passage returns the passage with the given id, or nil.
func (c *Comparison) Passage(id string) *Passage {
	return c.byID[id]
}

// TopicLabel returns the label of a topic id ("" gives the label used for
// content shared outside any topic).
func (c *Comparison) TopicLabel(id string) string {
	for _, t := range c.Topics {
		if t.ID == id {
			return t.Label
		}
	}
	if id == "" {
		return OtherTopicLabel
	}
	return id
}

// OtherTopicLabel names the group of alignments that share content but no topic.
const OtherTopicLabel = "Other common ground"

// AlignmentsOf returns every alignment that involves the passage with the
// given id, strongest first.
func (c *Comparison) AlignmentsOf(id string) []*Alignment {
	var out []*Alignment
	for i := range c.Alignments {
		al := &c.Alignments[i]
		if al.A == id || al.B == id {
			out = append(out, al)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// IndexPassages builds the lookup behind Passage; call it once the
// documents are in place.
func (c *Comparison) IndexPassages() {
	c.byID = make(map[string]*Passage)
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			c.byID[p.ID] = p
		}
	}
}

// DisplayTopics returns, by passage id, the topic each passage is best
// shown under: its strongest topic (the first of equal scores), else the
// topic of its strongest alignment ("" for content shared outside any
// topic, which TopicLabel names). A passage with neither is absent.
func (c *Comparison) DisplayTopics() map[string]string {
	type scored struct {
		topic string
		score float64
	}
	byAlign := make(map[string]scored)
	for _, al := range c.Alignments {
		for _, id := range []string{al.A, al.B} {
			if cur, ok := byAlign[id]; !ok || al.Score > cur.score {
				byAlign[id] = scored{al.Topic, al.Score}
			}
		}
	}
	out := make(map[string]string)
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			best, topic := 0.0, ""
			for _, t := range p.Topics {
				if t.Score > best {
					best, topic = t.Score, t.ID
				}
			}
			if best > 0 {
				out[p.ID] = topic
			} else if a, ok := byAlign[p.ID]; ok {
				out[p.ID] = a.topic
			}
		}
	}
	return out
}

// Line is the entity as the reports and the reader show it:
// "Edmundo González Urrutia (also: González, Gonzalez)".
func (e Entity) Line() string {
	if len(e.Aliases) == 0 {
		return e.Name
	}
	return e.Name + " (also: " + strings.Join(e.Aliases, ", ") + ")"
}

// EntityNamed returns the entry of Entities for a name as the evidence
// gives it (its display name or one of its forms).
func (c *Comparison) EntityNamed(name string) (Entity, bool) {
	for _, e := range c.Entities {
		if e.Name == name || slices.Contains(e.Aliases, name) {
			return e, true
		}
	}
	return Entity{}, false
}

package ui

import (
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// nameLines returns, for the names an alignment shares, those its two
// passages (texts a and b) write differently, each with the forms the
// articles wrote it in ("Edmundo González Urrutia (also: González,
// Gonzalez)"): why the engine took two names as one. A name both write
// alike needs no explaining. Each entity is listed once, in the order of
// names.
func nameLines(c *corpus.Comparison, names []string, a, b string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		e, ok := c.EntityNamed(n)
		if !ok || seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		if formsIn(e, a) != formsIn(e, b) {
			out = append(out, e.Line())
		}
	}
	return out
}

// formsIn lists which of an entity's forms text holds, longest first, a
// form inside a longer one found counting only once ("Maduro" in "Nicolas
// Maduro").
func formsIn(e corpus.Entity, text string) string {
	forms := append([]string{e.Name}, e.Aliases...)
	var held []string
	rest := text
	for _, f := range longestFirst(forms) {
		if strings.Contains(rest, f) {
			held = append(held, f)
			rest = strings.ReplaceAll(rest, f, "\x00")
		}
	}
	return strings.Join(held, "\x00")
}

func longestFirst(forms []string) []string {
	out := append([]string(nil), forms...)
	slices.SortStableFunc(out, func(x, y string) int { return len(y) - len(x) })
	return out
}

// passageText is p's text, or "" for no passage.
func passageText(p *corpus.Passage) string {
	if p == nil {
		return ""
	}
	return p.Text
}

// topicSourceNote says, beside a topic heading, where a topic that is not
// built in came from.
func topicSourceNote(src corpus.TopicSource) string {
	switch src {
	case "found":
		return "from the text"
	case "user":
		return "your topic"
	}
	return ""
}

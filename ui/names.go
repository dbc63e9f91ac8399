package ui

import "github.com/parallax-reader/parallax/corpus"

// nameLines returns, for the names an alignment shares, those the articles
// wrote in more than one way, each with its other forms ("Edmundo González
// Urrutia (also: González, Gonzalez)"): why the engine took two names as
// one. Each entity is listed once, in the order of names.
func nameLines(c *corpus.Comparison, names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if e, ok := c.EntityNamed(n); ok && !seen[e.Name] {
			seen[e.Name] = true
			out = append(out, e.Line())
		}
	}
	return out
}

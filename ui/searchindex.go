package ui

import "github.com/parallax-reader/parallax/corpus/search"

// This file is the reader's seam to fuzzy ranking: corpus/search folds the
// passages once and ranks them for prose (a phrase or a word outranks
// letters scattered through a long passage), returning the byte positions of
// the matched characters for the search overlay to paint.

// searchMatch is one ranked passage: its index in the indexed texts, a score
// and the byte offsets of the matched characters.
type searchMatch = search.Match

// searcher ranks indexed texts against a query, best first, at most limit.
type searcher interface {
	Search(query string, limit int) []searchMatch
}

// newSearchIndex indexes texts for searching.
func newSearchIndex(texts []string) searcher { return search.New(texts).NewSearcher() }

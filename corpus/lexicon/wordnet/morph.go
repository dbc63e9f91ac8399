package wordnet

// Regular inflections, by WordNet's own detachment rules (morphy(7WN)):
// the first rule whose base the table holds wins, nouns first, then verbs,
// then adjectives. Irregular forms are entries of the table.
var detach = [...]struct{ suffix, ending string }{
	// nouns
	{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""},
	// verbs
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	// adjectives
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// morph returns the groups of the first base the detachment rules find
// for word, or nil. Bases are built in a stack buffer: no allocation.
func (t *table) morph(word string) []Group {
	var buf [64]byte
	for _, r := range detach {
		n := len(word) - len(r.suffix)
		if n < 2 || n+len(r.ending) > len(buf) || word[n:] != r.suffix {
			continue
		}
		b := append(append(buf[:0], word[:n]...), r.ending...)
		if g := t.find(&t.words, string(b)); g != nil {
			return g
		}
	}
	return nil
}

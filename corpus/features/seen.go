package features

import (
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file reports what name resolution decided, for the reader: each
// entity the comparison took under one key, with the other ways the
// articles wrote it ("Edmundo González Urrutia (also: González,
// Gonzalez)"), so a person can see why two names were taken as one.

// SeenNames returns the entities of feats written in more than one way,
// by display name. A form that differs only in case or dots from the
// display name, or from a form already listed, is not listed again;
// generic words ("Islamists") are left out. Forms are in order of first
// appearance; entities in order of display name.
func SeenNames(feats []*Passage, ix *EntityIndex) []model.Entity {
	type entry struct {
		name  string
		forms []string
		seen  map[string]bool
	}
	byKey := map[string]*entry{}
	var keys []string
	for _, f := range feats {
		for i := range f.Ents {
			m := &f.Ents[i]
			if m.Key == "" || m.Is(MGeneric) || m.Is(mDropped) {
				continue
			}
			e := byKey[m.Key]
			if e == nil {
				name := ix.Name(m.Key)
				e = &entry{name: name, seen: map[string]bool{formKey(name): true}}
				byKey[m.Key] = e
				keys = append(keys, m.Key)
			}
			form := f.Text[m.Start:m.End]
			if k := formKey(form); !e.seen[k] {
				e.seen[k] = true
				e.forms = append(e.forms, form)
			}
		}
	}
	var out []model.Entity
	for _, k := range keys {
		if e := byKey[k]; len(e.forms) > 0 {
			out = append(out, model.Entity{Name: e.name, Aliases: e.forms})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// formKey is how two forms of a name count as the same for listing: case
// and dots aside ("U.S." and "US"), but accents kept, so that "González"
// and "Gonzalez" are both shown.
func formKey(s string) string {
	return strings.ReplaceAll(lexicon.Fold(s), ".", "")
}

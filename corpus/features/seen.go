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
		e := byKey[k]
		if len(e.forms) == 0 {
			continue
		}
		// Head the entry with the fullest form that holds the display
		// name as whole words ("Nicolas Maduro" for "Maduro"), so that
		// the short form reads as the alias it is; "Russian" does not
		// hold "Russia", and "Russia" stays.
		name, forms := e.name, e.forms
		for _, f := range e.forms {
			if len(f) > len(name) && holdsWords(f, e.name) {
				name = f
			}
		}
		if name != e.name {
			forms = append(dropForm(forms, name), e.name)
		}
		out = append(out, model.Entity{Name: name, Aliases: forms})
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

// holdsWords reports whether the words of name occur, in order and whole,
// in form (case, dots, accents and hyphens aside: "Edmundo Gonzalez"
// holds "González").
func holdsWords(form, name string) bool {
	f, n := " "+looseKey(formKey(form))+" ", " "+looseKey(formKey(name))+" "
	return strings.Contains(f, n)
}

// dropForm returns forms without f.
func dropForm(forms []string, f string) []string {
	out := forms[:0:0]
	for _, x := range forms {
		if x != f {
			out = append(out, x)
		}
	}
	return out
}

package corpus

import (
	"sort"

	"github.com/parallax-reader/parallax/corpus/features"
)

// Spellings returns the other spellings of a name the engine knows as one
// ("Kyiv": "kiev", "kyyiv"), folded and sorted; nil for anything else.
func Spellings(name string) []string {
	out := features.Spellings(name)
	sort.Strings(out)
	return out
}

package features

import (
	"reflect"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestSeenNames holds that the names taken as one are listed with the
// other forms the articles wrote, headed by the fullest form, and that a
// user's alias file is what joins two spellings the built-in table does
// not know.
func TestSeenNames(t *testing.T) {
	t.Cleanup(ResetTables)
	if err := UseAliasFile("names.json", []byte(`{"groups": [{"name": "Tochka-U", "variants": ["Tochka U"]}]}`)); err != nil {
		t.Fatal(err)
	}
	passages := []*model.Passage{
		{ID: "d1p1", Text: "Kremlin spokesman Dmitry Peskov said a Tochka-U missile hit the town."},
		{ID: "d2p1", Text: "Peskov said the Tochka U had been fired from Russian territory."},
	}
	feats, ix := Extract(passages)
	got := SeenNames(feats, ix)
	want := map[string][]string{
		"Dmitry Peskov": {"Peskov"},
		"Tochka-U":      {"Tochka U"},
	}
	for name, aliases := range want {
		found := false
		for _, e := range got {
			if e.Name == name {
				found = true
				if !reflect.DeepEqual(e.Aliases, aliases) {
					t.Errorf("%s: aliases %q, want %q", name, e.Aliases, aliases)
				}
			}
		}
		if !found {
			t.Errorf("%s not listed in %+v", name, got)
		}
	}
}

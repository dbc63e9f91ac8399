package points

import (
	"reflect"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// comparison builds a comparison of three documents of one body passage
// each (d1p1, d2p1, d3p1) and a fourth pair of passages (d1p2, d2p2), with
// the given alignments.
func comparison(als ...[2]string) *model.Comparison {
	c := &model.Comparison{}
	for di := range 3 {
		d := &model.Document{ID: "d" + string(rune('1'+di))}
		for pi := range 2 {
			d.Passages = append(d.Passages, &model.Passage{ID: d.ID + "p" + string(rune('1'+pi)), Doc: di, Index: pi, Kind: model.KindBody})
		}
		c.Documents = append(c.Documents, d)
	}
	c.IndexPassages()
	for i, a := range als {
		c.Alignments = append(c.Alignments, model.Alignment{A: a[0], B: a[1], Score: 0.9 - 0.1*float64(i)})
	}
	return c
}

func word(stem, surface string, pos int32) Key {
	return Key{ID: stem, Kind: Word, Surface: surface, Pos: pos, IDF: 5}
}

func person(key, surface string, pos int32) Key {
	return Key{ID: "e:" + key, Kind: Name, Surface: surface, Pos: pos}
}

// TestFindGroupsAndNames holds the stage's contract on a small case: the
// three documents' passages about one fact make one point (they share
// passage d1p1 and their keys), a fact with other keys makes another; a
// point is named by its name first, in the form the articles use most,
// then its words in the order its strongest passage says them; a word
// common in all news ("said") never names a point.
func TestFindGroupsAndNames(t *testing.T) {
	c := comparison([2]string{"d1p1", "d2p1"}, [2]string{"d1p1", "d3p1"}, [2]string{"d1p2", "d2p2"})
	said := Key{ID: "said", Kind: Word, Surface: "said", IDF: 0.4}
	keys := map[string]Keys{
		"d1p1": {word("inspect", "inspection", 3), person("gonzález", "Edmundo González Urrutia", 0), word("crack", "cracks", 30), said},
		"d2p1": {person("gonzález", "González", 0), word("crack", "cracks", 10), word("inspect", "inspected", 20), said},
		"d3p1": {person("gonzález", "González", 0), word("inspect", "inspection", 9), word("crack", "crack", 40), said},
		"d1p2": {word("vote", "votes", 5), word("tally", "tally", 12), said},
		"d2p2": {word("tally", "tally", 1), word("vote", "votes", 9), said},
	}
	got := Find(c, []int{0, 1, 2}, keys, "found-").Points
	want := []model.Point{
		{ID: "found-1", Label: "González inspection cracks", Words: []string{"González", "inspection", "cracks"}, Alignments: []int{0, 1}},
		{ID: "found-2", Label: "Votes tally", Words: []string{"votes", "tally"}, Alignments: []int{2}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("points:\n got %+v\nwant %+v", got, want)
	}

	// The same alignments in another order give the same points.
	if again := Find(c, []int{2, 1, 0}, keys, "found-").Points; !reflect.DeepEqual(again, got) {
		t.Errorf("candidate order changed the points:\n%+v\n%+v", again, got)
	}
}

// TestFindLeavesWhatSharesNothing holds that an alignment whose passages
// share no key is in no point (it stays "Other common ground").
func TestFindLeavesWhatSharesNothing(t *testing.T) {
	c := comparison([2]string{"d1p1", "d2p1"})
	keys := map[string]Keys{
		"d1p1": {word("dam", "dam", 0)},
		"d2p1": {word("mine", "mine", 0)},
	}
	if got := Find(c, []int{0}, keys, "found-").Points; len(got) != 0 {
		t.Errorf("points %+v, want none", got)
	}
}

func TestLabelOf(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"González", "votes"}, "González votes"},
		{[]string{"élan", "vital"}, "Élan vital"},
		{[]string{"dam", "inspection", "cracks"}, "Dam inspection cracks"},
	} {
		if got := labelOf(tt.words); got != tt.want {
			t.Errorf("labelOf(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

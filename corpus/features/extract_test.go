package features

import (
	"reflect"
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestResolveLeavesReadings holds what lets a claim check share a
// comparison's readings: Resolve gives the names Extract gives, and
// leaves the readings as Read left them, so that another set resolved
// from them (a claim and one document) is resolved as if read alone.
func TestResolveLeavesReadings(t *testing.T) {
	texts := []string{
		"Christian Bale Passes On Role Of Steve Jobs",
		"Steve Jobs's biopic lost Bale, Variety reported. The actor passed on it.",
		"The State Committee for National Security (GKNB) of Tajikistan said the US embassy was told.",
		"Asked why, Ahmed said Border Service of Kyrgyzstan officers and the Border Service disagree.",
	}
	var ps []*model.Passage
	for i, s := range texts {
		ps = append(ps, &model.Passage{ID: string(rune('a' + i)), Kind: model.KindBody, Text: s})
	}
	read := Read(ps)
	before := make([][]Mention, len(read))
	for k, r := range read {
		before[k] = slices.Clone(r.Ents)
	}
	all, _ := Extract(ps)
	got, _ := Resolve(read)
	for k := range all {
		if !reflect.DeepEqual(got[k].Ents, all[k].Ents) {
			t.Errorf("passage %d: Resolve gives %+v, Extract %+v", k, got[k].Ents, all[k].Ents)
		}
		if !reflect.DeepEqual(read[k].Ents, before[k]) {
			t.Errorf("passage %d: Resolve wrote the reading's mentions", k)
		}
	}
	// The last two alone resolve as Extract resolves them alone.
	alone, _ := Extract(ps[2:])
	part, _ := Resolve(read[2:])
	for k := range alone {
		if !reflect.DeepEqual(part[k].Ents, alone[k].Ents) || !reflect.DeepEqual(part[k].AliasPairs, alone[k].AliasPairs) {
			t.Errorf("passage %d of two: Resolve gives %+v, Extract %+v", k, part[k].Ents, alone[k].Ents)
		}
	}
}

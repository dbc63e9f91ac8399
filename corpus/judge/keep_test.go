package judge

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestNormalizeMarksPair guards that the two sides' marks, kept in one
// array, are each what NormalizeMarks gives, and that appending to A's
// cannot write over B's.
func TestNormalizeMarksPair(t *testing.T) {
	h := func(s, e int, m model.Mark) model.Highlight {
		return model.Highlight{Span: model.Span{Start: s, End: e}, Mark: m}
	}
	a := []model.Highlight{h(10, 20, model.MarkShared), h(0, 5, model.MarkShared), h(12, 15, model.MarkConflict)}
	b := []model.Highlight{h(3, 8, model.MarkConflict), h(1, 9, model.MarkShared)}
	wantA := NormalizeMarks(slices.Clone(a))
	wantB := NormalizeMarks(slices.Clone(b))
	ga, gb := normalizeMarksPair(a, b)
	if !slices.Equal(ga, wantA) || !slices.Equal(gb, wantB) {
		t.Fatalf("pair = %v / %v, want %v / %v", ga, gb, wantA, wantB)
	}
	if cap(ga) != len(ga) {
		t.Errorf("A's marks have spare room over B's: cap %d, len %d", cap(ga), len(ga))
	}
	if ga, gb := normalizeMarksPair(nil, b); ga != nil || !slices.Equal(gb, wantB) {
		t.Errorf("no marks on A: %v / %v", ga, gb)
	}
	if ga, gb := normalizeMarksPair(nil, nil); ga != nil || gb != nil {
		t.Errorf("no marks: %v / %v", ga, gb)
	}
}

// TestKeepReasons guards what an alignment keeps of its reasons: the same
// reasons, no spare room, one copy of a sentence said twice, and quotes
// that are slices of the sentence holding them.
func TestKeepReasons(t *testing.T) {
	mk := func() []model.Reason {
		rs := make([]model.Reason, 0, 4)
		r := model.Reason{Kind: model.ReasonSharedStatement, A: "Over 140 were killed", B: "143 people " + strings.ToLower("DIED")}
		rs = append(rs, sentence(r))
		return append(rs, sentence(model.Reason{Kind: model.ReasonSharedEntity, A: "Tokyo", B: "Japan", List: []string{"Japan"}}))
	}
	want := mk()
	memo := Strings{}
	first := keepReasons(mk(), memo)
	got := keepReasons(mk(), memo)
	if len(got) != len(want) || cap(got) != len(got) {
		t.Fatalf("len %d cap %d, want len %d, no spare", len(got), cap(got), len(want))
	}
	for i := range want {
		if got[i].Text != want[i].Text || got[i].A != want[i].A || got[i].B != want[i].B || got[i].Kind != want[i].Kind {
			t.Errorf("reason %d = %+v, want %+v", i, got[i], want[i])
		}
		if unsafe.StringData(got[i].Text) != unsafe.StringData(first[i].Text) {
			t.Errorf("reason %d: the sentence is a second copy", i)
		}
	}
	t0, b := uintptr(unsafe.Pointer(unsafe.StringData(got[0].Text))), uintptr(unsafe.Pointer(unsafe.StringData(got[0].B)))
	if b < t0 || b+uintptr(len(got[0].B)) > t0+uintptr(len(got[0].Text)) {
		t.Errorf("B's quote is not a slice of the sentence %q", got[0].Text)
	}
}

package model

import "testing"

// TestDisplayTopics pins the topic a passage is shown under: its strongest
// topic, else its strongest alignment's ("" for shared content outside any
// topic), else none.
func TestDisplayTopics(t *testing.T) {
	p1 := &Passage{ID: "d1p1", Topics: []TopicScore{{ID: "culprit", Score: 0.4}, {ID: "warnings", Score: 0.7}}}
	p2 := &Passage{ID: "d1p2"}
	p3 := &Passage{ID: "d1p3"}
	q1 := &Passage{ID: "d2p1"}
	c := &Comparison{
		Documents: []*Document{{ID: "d1", Passages: []*Passage{p1, p2, p3}}, {ID: "d2", Passages: []*Passage{q1}}},
		Alignments: []Alignment{
			{A: "d1p2", B: "d2p1", Topic: "casualties", Score: 0.3},
			{A: "d1p2", B: "d2p1", Topic: "", Score: 0.5},
		},
	}
	got := c.DisplayTopics()
	want := map[string]string{"d1p1": "warnings", "d1p2": "", "d2p1": ""}
	if len(got) != len(want) {
		t.Fatalf("DisplayTopics = %v, want %v", got, want)
	}
	for id, topic := range want {
		if g, ok := got[id]; !ok || g != topic {
			t.Errorf("%s: %q (%v), want %q", id, g, ok, topic)
		}
	}
}

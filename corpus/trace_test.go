package corpus

import "testing"

// TestTraceKeepsPairLinks: the trace of a pair of articles (align.Trace,
// which replays the selection plainly) keeps exactly the links Compare
// keeps, so that a study of the selection (tools/fitlinks) starts from
// the engine's own links.
func TestTraceKeepsPairLinks(t *testing.T) {
	for _, name := range []string{"shooting", "tanker", "quake", "flood", "crash", "blast", "border", "cyber", "derail", "stampede", "strike"} {
		srcs := articlePair(t, name)
		a, err := NewDocument(0, srcs[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := NewDocument(1, srcs[1])
		if err != nil {
			t.Fatal(err)
		}
		cands, la, lb := TraceLinks(a, b)
		traced := map[[2]int]bool{}
		for _, c := range cands {
			if c.Kept {
				traced[[2]int{la[c.A], lb[c.B]}] = true
			}
		}
		c, err := Compare(srcs)
		if err != nil {
			t.Fatal(err)
		}
		kept := map[[2]int]bool{}
		for _, al := range c.Alignments {
			kept[[2]int{c.Passage(al.A).Line, c.Passage(al.B).Line}] = true
		}
		if len(kept) == 0 {
			t.Errorf("%s: no links to compare", name)
		}
		for l := range kept {
			if !traced[l] {
				t.Errorf("%s: Compare links lines %v, the trace does not", name, l)
			}
		}
		for l := range traced {
			if !kept[l] {
				t.Errorf("%s: the trace links lines %v, Compare does not", name, l)
			}
		}
	}
}

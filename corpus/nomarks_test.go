package corpus

import (
	"bytes"
	"path/filepath"
	"testing"
)

// jsonOf is c's JSON report.
func jsonOf(t *testing.T, c *Comparison) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestNoMarksSameReport guards Options.NoMarks: the comparison keeps no
// highlights, and its JSON report (which prints none) is byte for byte
// the one with them.
func TestNoMarksSameReport(t *testing.T) {
	for _, dir := range []string{"../seeds", filepath.Join("..", "testdata", "five")} {
		srcs := textFiles(t, dir)
		with, _, err := CompareWith(srcs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		without, _, err := CompareWith(srcs, Options{NoMarks: true})
		if err != nil {
			t.Fatal(err)
		}
		marked := 0
		for i, al := range without.Alignments {
			if al.MarksA != nil || al.MarksB != nil {
				t.Fatalf("%s: alignment %d keeps marks with NoMarks", dir, i)
			}
			marked += len(with.Alignments[i].MarksA)
		}
		if marked == 0 {
			t.Fatalf("%s: no marks without NoMarks either: the test tests nothing", dir)
		}
		if !bytes.Equal(jsonOf(t, with), jsonOf(t, without)) {
			t.Errorf("%s: the JSON report differs with NoMarks", dir)
		}
	}
}

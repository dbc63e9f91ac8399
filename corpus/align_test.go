package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
	txt "github.com/parallax-reader/parallax/corpus/text"
)

// docsOf builds documents straight from body paragraphs (no loader), so
// these tests pin analysis alone. A paragraph starting with "#" is a title.
func docsOf(paras ...[]string) []*model.Document {
	var docs []*model.Document
	for di, ps := range paras {
		d := &model.Document{ID: fmt.Sprintf("d%d", di+1), Name: fmt.Sprintf("doc%d.txt", di+1)}
		for pi, text := range ps {
			kind := model.KindBody
			if len(text) > 0 && text[0] == '#' {
				kind, text = model.KindTitle, text[1:]
			}
			d.Passages = append(d.Passages, &model.Passage{ID: fmt.Sprintf("%sp%d", d.ID, pi+1), Doc: di, Index: pi,
				Line: pi + 1, Kind: kind, Text: text, Sentences: txt.Sentences(text)})
		}
		docs = append(docs, d)
	}
	return docs
}

// alignment returns the alignment between two passage ids, or nil.
func alignment(c *model.Comparison, a, b string) *model.Alignment {
	for i := range c.Alignments {
		if c.Alignments[i].A == a && c.Alignments[i].B == b {
			return &c.Alignments[i]
		}
	}
	return nil
}

// filler is unrelated text that gives the weighting a realistic spread.
var filler = []string{
	"The weather in the region stayed mild for most of the season, farmers said.",
	"Local markets reopened on the weekend after repairs to the old bridge were finished.",
	"A new school year began with more pupils than expected in several villages.",
}

func TestAlignOutOfOrder(t *testing.T) {
	a := []string{
		"Floodwater destroyed the main bridge over the Tagus river near Santarém.",
		"The mayor of Santarém announced that the town hall will pay for temporary housing.",
		"Rescuers in boats searched flooded streets for residents trapped on rooftops.",
	}
	b := []string{
		"Boats carrying rescuers searched the flooded streets, where residents waited on rooftops.",
		filler[0],
		"Temporary housing will be paid for by the town hall, the mayor of Santarém announced.",
		"The bridge over the Tagus near Santarém was destroyed by floodwater.",
	}
	c := Analyze(docsOf(a, b))
	for _, pair := range [][2]string{{"d1p1", "d2p4"}, {"d1p2", "d2p3"}, {"d1p3", "d2p1"}} {
		al := alignment(c, pair[0], pair[1])
		if al == nil {
			t.Errorf("%s ↔ %s not aligned\n%s", pair[0], pair[1], dumpComparison(c))
			continue
		}
		if !al.Best {
			t.Errorf("%s ↔ %s is not marked best", pair[0], pair[1])
		}
	}
	if len(c.Unique) != 1 || c.Unique[0] != "d2p2" {
		t.Errorf("unique %v, want [d2p2]", c.Unique)
	}
}

func TestAlignManyToMany(t *testing.T) {
	a := []string{
		"Gunmen attacked the Karachi stock exchange, and four attackers were killed by police.",
		filler[1],
	}
	b := []string{
		"Gunmen attacked the Karachi stock exchange on Monday morning.",
		"Police killed all four attackers at the gate of the stock exchange in Karachi.",
		filler[2],
	}
	c := Analyze(docsOf(a, b))
	if alignment(c, "d1p1", "d2p1") == nil || alignment(c, "d1p1", "d2p2") == nil {
		t.Fatalf("d1p1 should align with both d2p1 and d2p2\n%s", dumpComparison(c))
	}
	best := 0
	for _, id := range []string{"d2p1", "d2p2"} {
		if alignment(c, "d1p1", id).Best {
			best++
		}
	}
	// Both are best: d1p1's best in d2, and each d2 passage's best in d1.
	if best != 2 {
		t.Errorf("%d of the two alignments are best, want 2", best)
	}
}

func TestAlignSkipsNonBody(t *testing.T) {
	same := "Explosion at the Beirut port kills dozens"
	c := Analyze(docsOf(
		[]string{"#" + same, "An explosion at the port of Beirut killed dozens of people on Tuesday."},
		[]string{"#" + same, "Dozens of people were killed by an explosion at Beirut's port."},
	))
	for _, al := range c.Alignments {
		if al.A == "d1p1" || al.B == "d2p1" {
			t.Errorf("a title was aligned: %s ↔ %s", al.A, al.B)
		}
	}
	if alignment(c, "d1p2", "d2p2") == nil {
		t.Errorf("body passages not aligned\n%s", dumpComparison(c))
	}
	for _, id := range c.Unique {
		if c.Passage(id).Kind != model.KindBody {
			t.Errorf("non-body passage %s listed as unique", id)
		}
	}
}

func TestAlignEveryPair(t *testing.T) {
	p := "A fire at the Grenfell tower block in London killed 72 people, the inquiry found."
	q := "The Grenfell tower fire in London killed 72 people, according to the public inquiry."
	r := "Seventy-two people died in the fire at Grenfell tower in London, the inquiry said."
	c := Analyze(docsOf([]string{p, filler[0]}, []string{q, filler[1]}, []string{r, filler[2]}))
	for _, pair := range [][2]string{{"d1p1", "d2p1"}, {"d1p1", "d3p1"}, {"d2p1", "d3p1"}} {
		al := alignment(c, pair[0], pair[1])
		if al == nil {
			t.Errorf("%s ↔ %s not aligned\n%s", pair[0], pair[1], dumpComparison(c))
			continue
		}
		if al.Verdict != model.Agree {
			t.Errorf("%s ↔ %s: %s, want agree (72 dead everywhere)", pair[0], pair[1], al.Verdict)
		}
	}
	for _, al := range c.Alignments {
		if c.Passage(al.A).Doc >= c.Passage(al.B).Doc {
			t.Errorf("%s ↔ %s: A is not in the lower document", al.A, al.B)
		}
	}
}

func TestAlignTopicAndScore(t *testing.T) {
	c := Analyze(docsOf(
		[]string{"The Lashkar group claimed responsibility for the bombing in Quetta, blaming the army.", filler[0]},
		[]string{"Lashkar said it was responsible for the Quetta bombing.", filler[1]},
	))
	al := alignment(c, "d1p1", "d2p1")
	if al == nil {
		t.Fatalf("not aligned\n%s", dumpComparison(c))
	}
	if al.Topic != "culprit" {
		t.Errorf("topic %q, want culprit", al.Topic)
	}
	checkComparison(t, c)
}

// checkComparison asserts the invariants every comparison keeps.
func checkComparison(t *testing.T, c *model.Comparison) {
	t.Helper()
	topics := map[string]bool{"": true}
	for _, tp := range c.Topics {
		topics[tp.ID] = true
	}
	seen := map[[2]string]bool{}
	for _, al := range c.Alignments {
		pa, pb := c.Passage(al.A), c.Passage(al.B)
		if pa == nil || pb == nil {
			t.Fatalf("alignment to unknown passage: %s ↔ %s", al.A, al.B)
		}
		if pa.Kind != model.KindBody || pb.Kind != model.KindBody {
			t.Errorf("%s ↔ %s: non-body passage aligned", al.A, al.B)
		}
		if pa.Doc >= pb.Doc {
			t.Errorf("%s ↔ %s: A not in the lower document", al.A, al.B)
		}
		if al.Score < 0 || al.Score > 1 {
			t.Errorf("%s ↔ %s: score %v out of [0,1]", al.A, al.B, al.Score)
		}
		if !topics[al.Topic] {
			t.Errorf("%s ↔ %s: unknown topic %q", al.A, al.B, al.Topic)
		}
		if al.Verdict != model.Agree && al.Verdict != model.Diverge && al.Verdict != model.Related {
			t.Errorf("%s ↔ %s: verdict %q", al.A, al.B, al.Verdict)
		}
		if len(al.Reasons) == 0 {
			t.Errorf("%s ↔ %s: no reasons", al.A, al.B)
		}
		for _, r := range al.Reasons {
			if r.Kind == "" || r.Text == "" {
				t.Errorf("%s ↔ %s: empty reason %+v", al.A, al.B, r)
			}
		}
		k := [2]string{al.A, al.B}
		if seen[k] {
			t.Errorf("%s ↔ %s twice", al.A, al.B)
		}
		seen[k] = true
		checkMarks(t, pa.Text, al.MarksA)
		checkMarks(t, pb.Text, al.MarksB)
	}
	for _, id := range c.Unique {
		for _, al := range c.Alignments {
			if al.A == id || al.B == id {
				t.Errorf("unique passage %s is aligned", id)
			}
		}
	}
}

// checkMarks asserts highlights are sorted, apart, non-empty and on UTF-8
// boundaries of the text.
func checkMarks(t *testing.T, text string, ms []model.Highlight) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(text) {
			t.Errorf("bad mark %+v after %d in %q", m, end, text)
			return
		}
		if !utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
			t.Errorf("mark %+v splits a rune", m)
		}
		if m.Mark != model.MarkShared && m.Mark != model.MarkConflict {
			t.Errorf("mark %+v has no kind", m)
		}
		end = m.End
	}
}

func TestNormalizeMarks(t *testing.T) {
	got := judge.NormalizeMarks([]model.Highlight{
		{Span: model.Span{Start: 10, End: 20}, Mark: model.MarkShared}, {Span: model.Span{Start: 0, End: 5}, Mark: model.MarkShared}, {Span: model.Span{Start: 3, End: 8}, Mark: model.MarkShared},
		{Span: model.Span{Start: 12, End: 15}, Mark: model.MarkConflict}, {Span: model.Span{Start: 30, End: 35}, Mark: model.MarkConflict}, {Span: model.Span{Start: 31, End: 33}, Mark: model.MarkShared},
	})
	want := []model.Highlight{{Span: model.Span{Start: 0, End: 8}, Mark: model.MarkShared}, {Span: model.Span{Start: 10, End: 12}, Mark: model.MarkShared}, {Span: model.Span{Start: 12, End: 15}, Mark: model.MarkConflict},
		{Span: model.Span{Start: 15, End: 20}, Mark: model.MarkShared}, {Span: model.Span{Start: 30, End: 35}, Mark: model.MarkConflict}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("normalizeMarks = %v, want %v", got, want)
	}
}

// FuzzAnalyze runs the whole analysis on two untrusted texts and checks
// the invariants of the comparison (spans, marks, scores, verdicts).
func FuzzAnalyze(f *testing.F) {
	f.Add("Iran alerted Russia. Over 140 were killed.", "The US warned Russia; 143 people died.")
	f.Add("“No, we are not aware,” he said.", "I do not know anything about this, Peskov said.")
	f.Add("ISIS-Khorasan (ISIS-K) claimed it.", "Isis-Khorasan, or Isis-K, was blamed by Kyiv’s SBU.")
	f.Add("", "\x00\xff 1,2,3 $ % - -- ...")
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = txt.Sanitize(a), txt.Sanitize(b) // as the loader hands them over
		c := Analyze(docsOf([]string{a, filler[0]}, []string{b, filler[1]}))
		checkComparison(t, c)
	})
}

// TestPairIndependentOfOthers: a pair of documents gets the same
// alignments — passages, scores, verdicts, reasons, topics, best marks —
// whether it is compared alone or with other documents loaded beside it.
// Term weights come from a fixed background and the pair's own two
// documents, never from the loaded set. A point found in the text is the
// comparison's (it may span pairs, and its id and name come from all of
// them): an alignment must fall under a found point in both runs or in
// neither, whichever point that is.
func TestPairIndependentOfOthers(t *testing.T) {
	pairs := [][]model.Source{seedSources(t), articlePair(t, "shooting"), articlePair(t, "tanker"), articlePair(t, "quake")}
	others := [][]model.Source{articlePair(t, "flood"), articlePair(t, "crash"), seedSources(t)}
	for _, ab := range pairs {
		alone, err := Compare(ab)
		if err != nil {
			t.Fatal(err)
		}
		for _, extra := range others {
			with, err := Compare(append(append([]model.Source(nil), ab...), extra...))
			if err != nil {
				t.Fatal(err)
			}
			var got []model.Alignment
			for _, al := range with.Alignments {
				if al.A[:2] == "d1" && al.B[:2] == "d2" {
					got = append(got, al)
				}
			}
			if len(got) != len(alone.Alignments) {
				t.Errorf("%s with %s: %d alignments between the pair, %d alone", ab[0].Name, extra[0].Name, len(got), len(alone.Alignments))
				continue
			}
			for k, want := range alone.Alignments {
				if strings.HasPrefix(got[k].Topic, "found-") && strings.HasPrefix(want.Topic, "found-") {
					got[k].Topic = want.Topic
				}
				if fmt.Sprint(got[k]) != fmt.Sprint(want) {
					t.Errorf("%s with %s: alignment %d\n got %+v\nwant %+v", ab[0].Name, extra[0].Name, k, got[k], want)
				}
			}
		}
	}
}

// TestAlignStrongParaphrase: two passages that tell one fact in other
// words ("managed to restore" / "could retrieve") share a single stem,
// too little to link on, but their paraphrase alone is strong enough
// (align strongPara) to link them.
func TestAlignStrongParaphrase(t *testing.T) {
	a := []string{
		"A pensioner in Leeds lost the voicemail greeting his late wife had recorded, after engineers at his phone company carried out maintenance.",
		"Engineers managed to restore the lost message this week, to the delight of the pensioner.",
		filler[0],
		filler[1],
	}
	b := []string{
		"A Leeds widower whose phone company wiped his dead wife's voicemail message has it back.",
		filler[2],
		"With help from a radio station, technicians could retrieve the deleted message for the old man.",
		"Local markets reopened after the storm, traders said.",
	}
	c := Analyze(docsOf(a, b))
	if alignment(c, "d1p2", "d2p3") == nil {
		t.Errorf("restore ↔ retrieve not aligned\n%s", dumpComparison(c))
	}
}

// TestAlignSharedDate: two passages that share only a date ("in 1990",
// "December 1990") and no other word of weight tell of one event: the
// one-item gate lets a date through, as it does a full name.
func TestAlignSharedDate(t *testing.T) {
	a := []string{
		"The ministry has dismissed a clerk who went on leave in 1990 and never came back.",
		filler[0],
		filler[1],
	}
	b := []string{
		filler[2],
		"Officials said the man, an engineer at the works department, last reported for duty in December 1990.",
		"Local markets reopened after the storm, traders said.",
	}
	c := Analyze(docsOf(a, b))
	if alignment(c, "d1p1", "d2p2") == nil {
		t.Errorf("the two passages on the leave of 1990 are not aligned\n%s", dumpComparison(c))
	}
}

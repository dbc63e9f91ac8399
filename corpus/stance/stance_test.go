package stance_test

import (
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/corpus/stance"
)

func TestFittedLoads(t *testing.T) {
	m := stance.Fitted()
	if m.Related == nil || m.Disagree == nil || m.Stance == nil {
		t.Fatal("the embedded model is incomplete")
	}
	// Most related pairs hold no disagree signal at all; they sit at one
	// probability, which must stay under the threshold, or every such
	// pair would be called disagree.
	zero := make([]float64, len(stance.DisagreeFeatures))
	if p := m.Disagree.Predict(zero)[1]; p >= m.Threshold {
		t.Errorf("a pair with no disagree signal has p(disagree) %.3f, at or above the threshold %.3f", p, m.Threshold)
	}
}

// doc makes one document of the given paragraphs.
func doc(t *testing.T, text string) *corpus.Document {
	t.Helper()
	d, err := corpus.NewDocument(1, corpus.Source{Name: "body", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// signal is the index of the named signal in stance.FeatureNames.
func signal(t *testing.T, name string) int {
	t.Helper()
	j := slices.Index(stance.FeatureNames[:], name)
	if j < 0 {
		t.Fatalf("no signal %q", name)
	}
	return j
}

// TestClaimCheck pins the stance on articles written for the test, in the
// style of wire copy: a report that states the claim in its own voice, one
// that debunks it, and one about something else.
func TestClaimCheck(t *testing.T) {
	claim := "Singer Jon Marlow dies at 71 in a car crash"
	docs := []*corpus.Document{
		doc(t, "Singer Jon Marlow died on Tuesday in a car crash near his home in Tennessee. He was 71.\n\n"+
			"Marlow's car left the road in heavy rain, police said, and the county sheriff's office confirmed it in a statement.\n\n"+
			"Tributes poured in from fellow musicians after the news of the crash was confirmed."),
		doc(t, "Reports that singer Jon Marlow died in a car crash are a hoax, his publicist said on Tuesday.\n\n"+
			"\"Jon is alive and well and at home with his family,\" the publicist said, calling the story fake.\n\n"+
			"The false report spread on social media from a site known for satire."),
		doc(t, "The city council approved a new budget for road repairs on Monday, officials said.\n\n"+
			"The plan sets aside money for bridges and for the repair of potholes across the county."),
	}
	cc := corpus.CheckClaim(claim, docs)
	want := []corpus.Stance{corpus.Supports, corpus.Contradicts, corpus.Silent}
	for i, r := range cc.Results {
		if r.Stance != want[i] {
			t.Errorf("document %d: stance %s (p=%.2f), want %s; reasons %+v", i+1, r.Stance, r.Probability, want[i], r.Reasons)
		}
		if r.Stance != corpus.Silent && r.Passage == "" {
			t.Errorf("document %d: no closest passage named", i+1)
		}
		if len(r.Reasons) == 0 {
			t.Errorf("document %d: no reason given", i+1)
		}
	}
	// The debunk's reasons quote its refuting words.
	found := false
	for _, r := range cc.Results[1].Reasons {
		if r.Kind == "refutes" && r.B != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("the debunk's reasons do not quote its refuting words: %+v", cc.Results[1].Reasons)
	}
}

// TestSignalsIndependentOfOthers: a document's stance on a claim does not
// change with other documents checked beside it (weights come from a fixed
// background, not the loaded set).
func TestSignalsIndependentOfOthers(t *testing.T) {
	claim := "Police arrest four gunmen after the concert hall attack"
	a := doc(t, "Police arrested four gunmen on Saturday after the attack on the concert hall, officials said.")
	b := doc(t, "An unrelated piece about the weather: heavy rain is expected across the region this weekend.")
	alone := corpus.CheckClaim(claim, []*corpus.Document{a}).Results[0]
	with := corpus.CheckClaim(claim, []*corpus.Document{a, b}).Results[0]
	if alone.Stance != with.Stance || alone.Probability != with.Probability {
		t.Errorf("alone %s %.4f, with another document %s %.4f", alone.Stance, alone.Probability, with.Stance, with.Probability)
	}
	// Sums over term vectors run in a fixed order: map order made the
	// last digits of a probability differ between runs (a flaky golden).
	s1 := corpus.ClaimSignals(claim, a)
	for range 20 {
		if s2 := corpus.ClaimSignals(claim, a); s1.X != s2.X {
			t.Fatal("the signals of one pair differ between two runs")
		}
	}
}

// TestDebunkAnywhere: a debunk's strongest cue counts wherever it stands
// in the document (debunk_doc), and against a claim that asserts
// (debunk_x_claimplain) but not one that itself calls the report false.
func TestDebunkAnywhere(t *testing.T) {
	d := doc(t, "Singer Jon Marlow died on Tuesday in a car crash, a website reported.\n\n"+
		"His publicist said he was at home with his family.\n\n"+
		"The website is known for publishing hoaxes, and the story was a fake.")
	col := func(name string) int { return signal(t, name) }
	plain := corpus.ClaimSignals("Singer Jon Marlow dies in a car crash", d)
	if plain.X[col("debunk_doc")] == 0 || plain.X[col("debunk_x_claimplain")] == 0 {
		t.Errorf("a plain claim against a debunk: debunk_doc %.3f, debunk_x_claimplain %.3f, want both > 0",
			plain.X[col("debunk_doc")], plain.X[col("debunk_x_claimplain")])
	}
	refuting := corpus.ClaimSignals("Reports that singer Jon Marlow died in a car crash are a hoax", d)
	if refuting.X[col("debunk_doc")] == 0 || refuting.X[col("debunk_x_claimplain")] != 0 {
		t.Errorf("a refuting claim against a debunk: debunk_doc %.3f, debunk_x_claimplain %.3f, want > 0 and 0",
			refuting.X[col("debunk_doc")], refuting.X[col("debunk_x_claimplain")])
	}
}

// TestPlainClaim: only a claim asserted in the headline's own voice meets
// a debunk as a contradiction (debunk_x_assert, the disagree regression's
// main column); one put in someone's mouth, hedged, asked, negated or
// itself calling something untrue does not.
func TestPlainClaim(t *testing.T) {
	d := doc(t, "Singer Jon Marlow died on Tuesday in a car crash, a website reported.\n\n"+
		"The website is known for publishing hoaxes, and the story was a fake.")
	col := func(name string) int { return signal(t, name) }
	for _, c := range []struct {
		claim       string
		plain, says bool
	}{
		{"Singer Jon Marlow dies in a car crash", true, false},
		{"Police say singer Jon Marlow died in a car crash", false, true},
		{"Singer Jon Marlow reportedly dies in a car crash", false, false},
		{"Did singer Jon Marlow die in a car crash?", false, false},
		{"Singer Jon Marlow did not die in a car crash", false, false},
		{"Jon Marlow car crash story is a hoax", false, false},
	} {
		x := corpus.ClaimSignals(c.claim, d).X
		if got := x[col("claim_plain")] == 1; got != c.plain {
			t.Errorf("%q: claim_plain %v, want %v", c.claim, got, c.plain)
		}
		if got := x[col("claim_says")] == 1; got != c.says {
			t.Errorf("%q: claim_says %v, want %v", c.claim, got, c.says)
		}
		if got := x[col("debunk_x_assert")] > 0; got != c.plain {
			t.Errorf("%q: debunk_x_assert %.3f, want > 0 only for a plain claim", c.claim, x[col("debunk_x_assert")])
		}
	}
}

// TestDebunkDisagrees pins the cascade on a debunk of a plainly asserted
// claim: it disagrees, from the disagree regression at or above its
// threshold, and names its drivers from that regression's columns.
func TestDebunkDisagrees(t *testing.T) {
	d := doc(t, "Singer Jon Marlow died on Tuesday in a car crash, a website reported.\n\n"+
		"His publicist said he was at home with his family.\n\n"+
		"The website is known for publishing hoaxes, and the story was a fake.")
	m := stance.Fitted()
	s := corpus.ClaimSignals("Singer Jon Marlow dies in a car crash", d)
	v := m.Judge(&s)
	pd := m.Disagree.Predict(stance.DisagreeRow(s.X[:]))[1]
	if v.Label != stance.Disagree || pd < m.Threshold {
		t.Errorf("a debunk of a plainly asserted claim: %s, p(disagree) %.3f, threshold %.3f; want disagree at or above it", v.Label, pd, m.Threshold)
	}
	for _, dr := range v.Drivers {
		if !slices.Contains(stance.DisagreeFeatures, dr.Feature) {
			t.Errorf("a disagree verdict driven by %q, not a column of the disagree regression", dr.Feature)
		}
	}
}

// TestDenialProbability: a document that reports only a denial of the
// claim is called discussing by the denial rule, against the stance
// regression; the probability shown is then the related regression's
// (that it speaks to the claim), not discuss's share of the regression
// that leaned to agree, which read as doubt ("discusses 27 %").
func TestDenialProbability(t *testing.T) {
	claim := "the bridge was unsafe"
	d := doc(t, "The bridge over the river closed on Friday after a storm.\n\n"+
		"The city, which runs the bridge, denied that the bridge was unsafe and said it would reopen on Monday.")
	s := corpus.ClaimSignals(claim, d)
	if !s.Denied {
		t.Fatal("the carrying sentence is not read as a denial")
	}
	m := stance.Fitted()
	v := m.Judge(&s)
	if v.Label != stance.Discuss {
		t.Fatalf("stance %s, want discuss", v.Label)
	}
	if p := m.Related.Predict(stance.RelatedRow(s.X[:]))[0]; v.Prob != p {
		t.Errorf("probability %.3f, want the related regression's %.3f", v.Prob, p)
	}
}

package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
)

// fiveSources reads the five accounts of one ferry disaster written for
// issue 11's tests (testdata/five at the repository root), named by file.
func fiveSources(t testing.TB) []Source {
	t.Helper()
	names, err := filepath.Glob("../testdata/five/*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("want five articles in ../testdata/five, got %v (%v)", names, err)
	}
	var srcs []Source
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{Name: filepath.Base(n), Data: b})
	}
	return srcs
}

// TestFiveGolden pins the reports of five documents with their extra
// sections: the coverage, the ledger and a claim check.
func TestFiveGolden(t *testing.T) {
	c, facts, err := CompareWith(fiveSources(t), Options{Survey: true})
	if err != nil {
		t.Fatal(err)
	}
	x := Extras(c, facts, "The ferry was overloaded")
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"five.json", func(b *bytes.Buffer) error { return WriteJSONWith(b, c, x) }},
		{"five.md", func(b *bytes.Buffer) error { return WriteMarkdownWith(b, c, x) }},
		{"five.txt", func(b *bytes.Buffer) error { return WriteTextWith(b, c, x) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, b.Bytes())
		})
	}
}

// TestSurveyFive holds what a reader of the five accounts sees at once:
// the toll and the rescue are points all five cover, the national
// mourning one that gazette.txt and herald.txt leave out, and the death
// tolls they give differ.
func TestSurveyFive(t *testing.T) {
	c, err := Compare(fiveSources(t))
	if err != nil {
		t.Fatal(err)
	}
	s := Surveys(c)
	cov := s.Coverage
	if len(cov.Documents) != 5 || len(cov.Omissions) != 5 {
		t.Fatalf("documents %v, omissions %v", cov.Documents, cov.Omissions)
	}
	all5, mourning := 0, ""
	for _, tp := range cov.Topics {
		for _, pt := range tp.Points {
			if pt.Covered == 5 {
				all5++
			}
			if bytes.Contains([]byte(pt.Label), []byte("mourning")) {
				mourning = pt.ID
			}
			for di, cell := range pt.Cells {
				if cell.Document != c.Documents[di].ID {
					t.Errorf("%s: cell %d is %s", pt.ID, di, cell.Document)
				}
				for _, id := range cell.Passages {
					if p := c.Passage(id); p == nil || p.Doc != di {
						t.Errorf("%s: passage %s is not in document %d", pt.ID, id, di)
					}
				}
			}
		}
	}
	if all5 < 2 {
		t.Errorf("%d points covered by all five, want ≥ 2", all5)
	}
	if mourning == "" {
		t.Fatal("no point on the national mourning")
	}
	for _, o := range cov.Omissions {
		want := o.Document == "d2" || o.Document == "d3" // gazette, herald
		has := false
		for _, id := range o.Points {
			has = has || id == mourning
		}
		if has != want {
			t.Errorf("%s omits the mourning: %v, want %v", o.Document, has, want)
		}
	}
	var dead string
	for _, tp := range cov.Topics {
		for _, n := range tp.Numbers {
			if n.Thing == "dead" {
				dead = n.Thing
				if len(n.Values) < 3 {
					t.Errorf("dead: %v, want three sources or more", n.Values)
				}
			}
		}
	}
	if dead == "" {
		t.Error("no numbers line for the dead")
	}
	if len(s.Ledger.Entries) == 0 {
		t.Error("empty ledger")
	}
}

// TestSpellings: a name's other spellings, not the country it stands for.
func TestSpellings(t *testing.T) {
	got := Spellings("Kyiv")
	has := func(w string) bool {
		for _, g := range got {
			if g == w {
				return true
			}
		}
		return false
	}
	if !has("kiev") || has("ukraine") || has("kyiv") {
		t.Errorf("Spellings(Kyiv) = %v", got)
	}
	if Spellings("ferry") != nil {
		t.Errorf("Spellings(ferry) = %v", Spellings("ferry"))
	}
}

// TestClaimReasonsWordPresentSignals: a claim check's reasons word only
// signals the pair has. "0% of the claim's names appear in the document"
// was given as a reason for "supports", because an absent signal still
// moves the log-odds against an average row.
func TestClaimReasonsWordPresentSignals(t *testing.T) {
	c, err := Compare(fiveSources(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range CheckClaim("The ferry was overloaded", c.Documents).Results {
		for _, why := range r.Reasons {
			if strings.HasPrefix(why.Text, "0% ") {
				t.Errorf("%s: a reason words an absent signal: %q", r.Document, why.Text)
			}
		}
	}
}

// TestKeptFactsAsRead: the facts CompareWith keeps for the survey are
// those the survey would read again from the text, so the overview and
// the ledger are the same whichever it uses; and Compare, which is not
// asked for them, gives the same comparison.
func TestKeptFactsAsRead(t *testing.T) {
	for name, srcs := range map[string][]Source{"five": fiveSources(t), "seeds": seedSources(t)} {
		c, kept, err := CompareWith(srcs, Options{Survey: true})
		if err != nil {
			t.Fatal(err)
		}
		if kept == nil {
			t.Fatalf("%s: CompareWith kept no facts", name)
		}
		if read := readFacts(c); !reflect.DeepEqual(kept.m, read) {
			t.Errorf("%s: kept facts differ from those read again", name)
		}
		plain, none, err := CompareWith(srcs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if none != nil {
			t.Errorf("%s: facts kept unasked", name)
		}
		if !bytes.Equal(jsonOf(t, c), jsonOf(t, plain)) {
			t.Errorf("%s: the comparison differs with the survey's facts kept", name)
		}
	}
}

// TestLedgerFive holds who says what in the five accounts: the ministry's
// figures in four sources, the operator's denial under one name whether
// an article says "Lakeline", "the company" or "… and denied", a hedged
// statement, an
// anonymous source, an accusation, each with the sources that carry it.
func TestLedgerFive(t *testing.T) {
	c, err := Compare(fiveSources(t))
	if err != nil {
		t.Fatal(err)
	}
	find := func(speaker string, act coverage.Act, says string) *coverage.Entry {
		for i, e := range Surveys(c).Ledger.Entries {
			if e.Speaker == speaker && e.Act == act && strings.Contains(e.Says, says) {
				return &Surveys(c).Ledger.Entries[i]
			}
		}
		t.Errorf("no entry: %s %s %q", speaker, act, says)
		return nil
	}
	if e := find("the transport ministry", coverage.Claims, "120 passengers"); e != nil && len(e.Sources) < 4 {
		t.Errorf("ministry's figures in %v, want four sources", e.Sources)
	}
	if e := find("Lakeline", coverage.Denies, "overloaded"); e != nil && strings.Join(e.Sources, " ") != "d1 d4 d5" {
		t.Errorf("Lakeline's denial in %v, want d1 d4 d5 (courier.txt: 'Lakeline … said … and denied that it was', wire.txt: 'the company')", e.Sources)
	}
	if e := find("Lakeline", coverage.Claims, "freak wave"); e != nil && len(e.Hedged) != 1 {
		t.Errorf("'may have been hit' not hedged: %+v", e)
	}
	if e := find("a source at the transport ministry", coverage.Claims, "failed a safety inspection"); e != nil && !e.Anonymous {
		t.Errorf("a source at the ministry is not anonymous: %+v", e)
	}
	if e := find("Marko Ilic", coverage.Accuses, "government"); e != nil && len(e.Sources) != 2 {
		t.Errorf("the accusation in %v, want two sources", e.Sources)
	}
	find("Elena Petrova", coverage.Claims, "We will not stop searching") // "she told reporters"
}

// TestCountPairsAsLaidOut: CountPairs, which only picks each pair's rows,
// counts what Pair lays out, pair by pair.
func TestCountPairsAsLaidOut(t *testing.T) {
	for name, srcs := range map[string][]Source{"five": fiveSources(t), "seeds": seedSources(t)} {
		c, err := Compare(srcs)
		if err != nil {
			t.Fatal(err)
		}
		got, k := CountPairs(c), 0
		for a := range c.Documents {
			for b := a + 1; b < len(c.Documents); b++ {
				if want := CountRows(Pair(c, a, b)); got[k] != want {
					t.Errorf("%s: pair %d–%d: %+v, laid out %+v", name, a, b, got[k], want)
				}
				k++
			}
		}
	}
}

// TestSilentSaysOnlyWhySilent: a source the claim check calls silent
// once listed "claim and passage share people (44% of the claim's
// weight)" as a reason, which reads as a contradiction; its reasons say
// only why it is silent (the claim's words it says, or none). The
// stances themselves are not this test's business.
func TestSilentSaysOnlyWhySilent(t *testing.T) {
	c, err := Compare(fiveSources(t))
	if err != nil {
		t.Fatal(err)
	}
	silent := 0
	for _, claim := range []string{"at least 43 people died", "the ferry was overloaded", "the captain fled the country"} {
		for _, r := range CheckClaim(claim, c.Documents).Results {
			if r.Stance != model.Silent {
				continue
			}
			silent++
			if len(r.Reasons) != 1 || r.Reasons[0].Kind != model.ReasonSharedTerms ||
				!strings.HasPrefix(r.Reasons[0].Text, "of the claim's words, the document says only ") && r.Reasons[0].Text != "no key word of the claim appears" {
				t.Errorf("%q, %s: silent with reasons %+v", claim, r.Document, r.Reasons)
			}
		}
	}
	if silent < 3 {
		t.Errorf("only %d silent sources: the test no longer reads what it guards", silent)
	}
}

// TestNumbersLowerCaseTheSentenceCapital: a numbers line once read
// "tribune At least 51 people", keeping the capital the phrase had as the
// start of its sentence. The first word is lower-cased when it is not a
// name; names and acronyms keep their capitals.
func TestNumbersLowerCaseTheSentenceCapital(t *testing.T) {
	c, err := Compare(fiveSources(t))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, tp := range Surveys(c).Coverage.Topics {
		for _, n := range tp.Numbers {
			for _, v := range n.Values {
				for _, s := range v.Text {
					if strings.HasPrefix(s, "At least") {
						t.Errorf("%s %s: %q keeps the sentence's capital", n.Thing, v.Document, s)
					}
					found = found || s == "at least 51 people"
				}
			}
		}
	}
	if !found {
		t.Error(`no "at least 51 people" among the numbers`)
	}
	for _, tc := range []struct{ text, want string }{
		{"At least 51 people died.", "at least 51 people"},
		{"Dozens of people were hurt.", "dozens of people"},
		{"US forces lost 12 soldiers.", ""}, // an acronym: not a phrase start here
		{"More than 300 people fled.", "more than 300 people"},
		{"The UN said 40 people died.", "40 people"},
	} {
		got := phraseOf(tc.text)
		if tc.want != "" && got != tc.want {
			t.Errorf("phrase of %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// phraseOf is the first counted quantity of text read as one passage
// (names resolved, as the survey reads them), as a numbers line shows it,
// or "".
func phraseOf(text string) string {
	p := &model.Passage{ID: "p", Kind: model.KindBody, Text: text}
	feats, _ := features.Extract([]*model.Passage{p})
	f := feats[0]
	for qi := range f.Nums {
		if q := &f.Nums[qi]; countedThing(q) != "" {
			return phraseText(text, int(q.Start), int(q.End), f)
		}
	}
	return ""
}

package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// seedSources reads the sample articles the way seeds.Sources does (the
// seeds package imports corpus, so corpus tests cannot import it).
func seedSources(t testing.TB) []Source {
	t.Helper()
	names, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(names) < 2 {
		t.Fatalf("seeds: %v (%d files)", err, len(names))
	}
	sort.Strings(names)
	var srcs []Source
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{Name: filepath.Base(n), Data: data})
	}
	return srcs
}

// compareKeep is Compare keeping the passages' features, for dumpClaims.
func compareKeep(t testing.TB, srcs []Source) *Comparison {
	t.Helper()
	var docs []*Document
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return analyze(docs, true)
}

// dumpComparison prints every alignment with its verdict and reasons.
func dumpComparison(c *Comparison) string {
	var b strings.Builder
	for _, al := range c.Alignments {
		pa, pb := c.Passage(al.A), c.Passage(al.B)
		best := ""
		if al.Best {
			best = " best"
		}
		fmt.Fprintf(&b, "%s ↔ %s  %-7s %.3f topic=%q%s\n", al.A, al.B, al.Verdict, al.Score, al.Topic, best)
		fmt.Fprintf(&b, "    A: %.90s\n    B: %.90s\n", pa.Text, pb.Text)
		for _, r := range al.Reasons {
			fmt.Fprintf(&b, "    - %s: %s\n", r.Kind, r.Text)
		}
	}
	fmt.Fprintf(&b, "unique: %v\n", c.Unique)
	return b.String()
}

// TestDumpSeeds prints the seed comparison with PARALLAX_DUMP=1.
func TestDumpSeeds(t *testing.T) {
	if os.Getenv("PARALLAX_DUMP") == "" {
		t.Skip("set PARALLAX_DUMP=1 to print the seed comparison")
	}
	c := compareKeep(t, seedSources(t))
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			fmt.Printf("%s [%s] topics=%v\n", p.ID, p.Kind, p.Topics)
		}
	}
	fmt.Print(dumpClaims(c))
	fmt.Print(dumpComparison(c))
}

// dumpClaims prints the claims and denials read from every body passage.
func dumpClaims(c *Comparison) string {
	var b strings.Builder
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			if p.feat == nil || p.feat.claims == nil {
				continue
			}
			cs := p.feat.claims
			for _, cl := range cs.claims {
				fmt.Fprintf(&b, "%s claim %s actors=%s claimants=%s neg=%v hedged=%v anon=%v denied=%v cue=%q\n", p.ID, cl.role.label(),
					actorsLabel(cl.actors, "-"), actorsLabel(cl.claimants, "-"), cl.neg, cl.hedged(), cl.anon, cl.denied, p.Text[cl.cue.Start:cl.cue.End])
			}
			for _, dn := range cs.denials {
				fmt.Fprintf(&b, "%s denial speaker=%s %q\n", p.ID, actorsLabel(dn.speaker, "-"), p.Text[dn.quote.Start:dn.quote.End])
			}
		}
	}
	return b.String()
}

// articlePair reads one pair of test articles from testdata/articles.
func articlePair(t testing.TB, name string) []Source {
	t.Helper()
	var srcs []Source
	for _, side := range []string{"-a.txt", "-b.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "articles", name+side))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{Name: name + side, Data: data})
	}
	return srcs
}

// TestDumpArticles prints the comparison of every test article pair with
// PARALLAX_DUMP=1.
func TestDumpArticles(t *testing.T) {
	if os.Getenv("PARALLAX_DUMP") == "" {
		t.Skip("set PARALLAX_DUMP=1 to print the article comparisons")
	}
	for _, name := range []string{"derail", "cyber", "blast", "flood"} {
		c := compareKeep(t, articlePair(t, name))
		fmt.Printf("===== %s\n", name)
		for _, d := range c.Documents {
			for _, p := range d.Passages {
				fmt.Printf("%s [%s] %.60s\n", p.ID, p.Kind, p.Text)
			}
		}
		fmt.Print(dumpClaims(c))
		fmt.Print(dumpComparison(c))
	}
}

// findAlignment returns the alignment between the passages whose texts
// contain fragA and fragB, in either document order.
func findAlignment(c *Comparison, fragA, fragB string) *Alignment {
	for i := range c.Alignments {
		al := &c.Alignments[i]
		ta, tb := c.Passage(al.A).Text, c.Passage(al.B).Text
		if strings.Contains(ta, fragA) && strings.Contains(tb, fragB) || strings.Contains(ta, fragB) && strings.Contains(tb, fragA) {
			return al
		}
	}
	return nil
}

// judgmentCase is one judgment a careful reader makes on a pair of
// articles: the passages (by a fragment of each), the verdict, and a
// reason that must explain it.
type judgmentCase struct {
	name         string
	fragA, fragB string
	verdict      Verdict
	kind         string
	text         []string
}

func checkJudgments(t *testing.T, c *Comparison, cases []judgmentCase) {
	t.Helper()
	for _, tc := range cases {
		al := findAlignment(c, tc.fragA, tc.fragB)
		if al == nil {
			t.Errorf("%s: %q ↔ %q not aligned\n%s", tc.name, tc.fragA, tc.fragB, dumpComparison(c))
			continue
		}
		if al.Verdict != tc.verdict {
			t.Errorf("%s: verdict %s, want %s; reasons %+v", tc.name, al.Verdict, tc.verdict, al.Reasons)
		}
		if tc.kind != "" && !hasReason(al, tc.kind, tc.text...) {
			t.Errorf("%s: no %s reason with %q; reasons %+v", tc.name, tc.kind, tc.text, al.Reasons)
		}
	}
}

// TestSeedJudgments pins what a careful reader sees in the two sample
// articles. The engine knows nothing of this event: these are examples.
func TestSeedJudgments(t *testing.T) {
	c, err := Compare(seedSources(t))
	if err != nil {
		t.Fatal(err)
	}
	checkComparison(t, c)
	checkJudgments(t, c, []judgmentCase{
		{"Peskov's two denials agree", "I do not know anything about this", "no, we are not aware of that",
			Agree, ReasonBothDeny, []string{"Peskov"}},
		{"the over 140 dead agree", "claimed the lives of over 140", "killed over 140 people",
			Agree, ReasonSharedNumber, []string{"over 140", "dead"}},
		{"the US blaming ISIS-K / the group agrees", "ISIS-K was the sole culprit behind", "the US claimed that the group was responsible",
			Agree, ReasonSharedClaim, []string{"per US"}},
		{"the embassy's warning diverges from Iran's", "Iran alerted Russia", "the US embassy in Moscow sent a warning",
			Diverge, ReasonActorDiffers, []string{"warning from", "Iran", "US"}},
		{"US intelligence sharing diverges from Iran's warning", "Iran alerted Russia", "from sharing full intelligence",
			Diverge, ReasonActorDiffers, []string{"warning from", "Iran", "US"}},
	})
}

// TestArticleJudgments checks the verdicts on four pairs of short articles
// about other incidents, written to keep the engine honest: tolls that
// differ, blame that moves, a company's denials, an update that agrees.
func TestArticleJudgments(t *testing.T) {
	pairs := map[string][]judgmentCase{
		"derail": {
			{"tolls differ", "At least 18 people were killed", "Twelve people died", Diverge, ReasonNumberDiffers, []string{"dead", "18", "Twelve"}},
			{"injured differ too", "At least 18 people were killed", "Twelve people died", Diverge, ReasonNumberDiffers, []string{"injured"}},
			{"passengers agree", "about 300 passengers", "nearly 300 passengers", Agree, ReasonSharedNumber, []string{"300"}},
			{"the minister blames two different companies", "blamed Ferrovia Nord Express", "Rete Ferroviaria Italiana, was responsible",
				Diverge, ReasonActorDiffers, []string{"per Giulia Ferraro", "Ferrovia Nord Express", "Rete Ferroviaria Italiana"}},
			{"arrests differ", "detained two railway employees", "arrested three employees", Diverge, ReasonNumberDiffers, []string{"two", "three"}},
			{"mourning agrees", "three days of national mourning", "three days of mourning", Agree, ReasonSharedNumber, []string{"three days"}},
		},
		"cyber": {
			{"the same agency names different culprits", "hackers working for North Korea", "carried out by BlackVault",
				Diverge, ReasonActorDiffers, []string{"North Korea", "BlackVault"}},
			{"patients affected agree", "about 2 million patients", "some 2.1 million patients", Agree, ReasonSharedNumber, []string{"million"}},
			{"the warning came from different sources", "warned about the flaw", "alerted to the weakness by Microsoft",
				Diverge, ReasonActorDiffers, []string{"warning from", "Microsoft"}},
			{"the minister condemned it on both sides", "Helen Marsh condemned the attack as", "Helen Marsh condemned the attack and",
				Agree, ReasonSharedClaim, []string{"Helen Marsh"}},
			{"the police inquiry agrees", "Royal Canadian Mounted Police have opened", "The RCMP said", Agree, "", nil},
		},
		"blast": {
			{"tolls differ", "killing five workers", "Seven people have died", Diverge, ReasonNumberDiffers, []string{"five", "Seven"}},
			{"the company's denials agree", "Rhenox Chemie denied", "knew nothing about problems", Agree, ReasonBothDeny, []string{"Rhenox Chemie"}},
		},
		"flood": {
			{"tolls agree", "At least 62 people", "rose to 64", Agree, ReasonSharedNumber, []string{"62", "64"}},
			{"the weather agency's warning agrees", "AEMET had issued a red alert", "AEMET, warned of extreme rainfall",
				Agree, ReasonSharedClaim, []string{"AEMET"}},
			{"the regional leader blames different bodies", "blamed the Júcar river authority", "AEMET was responsible",
				Diverge, ReasonActorDiffers, []string{"Vicente Olmos", "AEMET"}},
			{"troop numbers differ but the mourning agrees", "1,000 soldiers", "1,200 troops", Diverge, ReasonNumberDiffers, []string{"1,000", "1,200"}},
			{"missing agree", "Dozens of people are still missing", "dozens of missing people", Agree, ReasonSharedNumber, nil},
		},
	}
	for name, cases := range pairs {
		t.Run(name, func(t *testing.T) {
			c, err := Compare(articlePair(t, name))
			if err != nil {
				t.Fatal(err)
			}
			checkComparison(t, c)
			checkJudgments(t, c, cases)
		})
	}
}

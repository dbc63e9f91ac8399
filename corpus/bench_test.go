package corpus

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// The benchmarks run the whole pipeline (Compare: load, clean, segment,
// terms, entities, numbers, topics, align, claims, verdicts) on two
// generated articles of 100, 1,000 and 10,000 passages, and the alignment
// step alone beside a plain inverted-index TF-IDF pass over the same
// vectors (the baseline issue 5 measures against):
//
//	go test ./corpus/ -run '^$' -bench 'Compare|Align|Baseline' -benchmem
//
// The generator is deterministic. It draws facts about incidents (who
// warned, who is blamed, how many died, who said what, who was arrested)
// with invented names and real countries, renders each fact in one of
// several wordings per document, shuffles the second document's order,
// changes a number or an actor in about one fact in five, and pads every
// passage with one or two sentences of ordinary news vocabulary, so that
// the vocabulary is varied and no sentence repeats.

var (
	benchNouns = strings.Fields(`official minister report building market school road bridge station hospital
		village district region province capital border airport port factory plant office embassy ministry
		council parliament court prison camp convoy vehicle truck train bus ship aircraft drone missile rocket
		weapon explosive device bomb fire smoke water flood storm rain wind quake tremor crowd protest rally
		meeting talks agreement ceasefire deal sanctions economy budget price fuel grain power network system
		server data record document letter statement interview speech briefing conference summit visit tour
		family child woman man student worker farmer doctor nurse soldier officer guard driver pilot crew
		witness resident neighbour victim survivor suspect prisoner hostage refugee migrant tourist pilgrim
		journalist reporter editor analyst expert adviser diplomat envoy leader president governor mayor
		party coalition opposition movement union company firm bank fund project plan strategy policy law
		rule decree order ban curfew checkpoint patrol raid operation mission campaign offensive assault
		strike shelling clash battle front line frontier valley river lake coast island mountain hill forest
		desert field farm street square avenue park stadium hall theatre museum church mosque temple market
		shop mall hotel restaurant cafe apartment house home tower block site area zone corridor route channel`)
	benchVerbs = strings.Fields(`visited opened closed reported announced confirmed rejected approved delayed
		postponed cancelled expanded reduced increased restored repaired inspected examined reviewed recorded
		filmed photographed described promised demanded requested offered refused accepted welcomed criticised
		praised questioned challenged supported opposed funded built rebuilt moved evacuated sheltered fed
		treated trained equipped deployed withdrew returned crossed reached entered left secured protected`)
	benchAdjs = strings.Fields(`local regional national foreign central northern southern eastern western
		new old large small major minor senior junior public private military civilian official independent
		temporary permanent urgent early late recent previous final initial key main rural urban coastal
		remote crowded empty damaged heavy light long short rapid slow quiet busy tense calm strong weak`)
	benchCountries = strings.Fields(`Russia Ukraine Iran Iraq Syria Turkey Egypt Israel Jordan Lebanon France
		Germany Italy Spain Poland Romania Greece Serbia Kenya Nigeria Ethiopia Somalia Sudan Libya Morocco
		India Pakistan Afghanistan China Japan Canada Mexico Brazil Chile Peru Colombia Venezuela Australia`)
	benchSyll = strings.Fields(`ka ro mi ta ne lu sa vo ri de ma ko pe li an or el us ar in bo ze ha tu fi`)
	benchDays = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)
)

// benchGen draws names and sentences.
type benchGen struct {
	r                      *rand.Rand
	people, places, groups []string
}

func newBenchGen(seed uint64) *benchGen {
	g := &benchGen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	name := func(parts int) string {
		var b strings.Builder
		for i := 0; i < parts; i++ {
			b.WriteString(g.pick(benchSyll))
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	for i := 0; i < 3000; i++ {
		g.people = append(g.people, name(2+g.r.IntN(2))+" "+name(2+g.r.IntN(2)))
	}
	for i := 0; i < 1500; i++ {
		g.places = append(g.places, name(2+g.r.IntN(2)))
	}
	for i := 0; i < 600; i++ {
		g.groups = append(g.groups, name(2)+" "+[]string{"Front", "Brigade", "Movement", "Group", "Army", "Council"}[g.r.IntN(6)])
	}
	return g
}

func (g *benchGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// fact is one thing both generated articles report.
type fact struct {
	kind                    int
	warner, culprit, target string
	person, place, day      string
	n                       int
}

func (g *benchGen) fact() fact {
	return fact{kind: g.r.IntN(6), warner: g.pick(benchCountries), culprit: g.pick(g.groups), target: g.pick(benchCountries),
		person: g.pick(g.people), place: g.pick(g.places), day: g.pick(benchDays), n: 3 + g.r.IntN(400)}
}

// render writes a fact in one of several wordings.
func (g *benchGen) render(f fact, variant int) string {
	v := (variant + g.r.IntN(2)) % 3
	switch f.kind {
	case 0:
		return [...]string{
			fmt.Sprintf("%s warned %s about a planned attack in %s days before it happened, officials said.", f.warner, f.target, f.place),
			fmt.Sprintf("Officials in %s had been alerted by %s to a looming attack in %s, according to %s.", f.target, f.warner, f.place, f.person),
			fmt.Sprintf("%s shared intelligence with %s about the threat to %s, %s told reporters.", f.warner, f.target, f.place, f.person),
		}[v]
	case 1:
		return [...]string{
			fmt.Sprintf("The %s claimed responsibility for the attack in %s on %s.", f.culprit, f.place, f.day),
			fmt.Sprintf("%s said the %s was behind the bombing in %s.", f.person, f.culprit, f.place),
			fmt.Sprintf("Investigators blamed the %s for the blast that hit %s on %s.", f.culprit, f.place, f.day),
		}[v]
	case 2:
		return [...]string{
			fmt.Sprintf("The explosion in %s killed at least %d people and injured %d, %s said.", f.place, f.n, 2*f.n+7, f.person),
			fmt.Sprintf("At least %d people died and more than %d were wounded when the blast struck %s.", f.n, 2*f.n+5, f.place),
			fmt.Sprintf("The death toll in %s rose to %d on %s, with %d people in hospital.", f.place, f.n+1, f.day, 2*f.n),
		}[v]
	case 3:
		return [...]string{
			fmt.Sprintf("Police in %s arrested %d suspects on %s and opened an investigation.", f.place, f.n%20+2, f.day),
			fmt.Sprintf("%d people were detained in %s as prosecutors launched a probe, %s said.", f.n%20+2, f.place, f.person),
			fmt.Sprintf("Investigators in %s questioned %d suspects, %s confirmed on %s.", f.place, f.n%20+2, f.person, f.day),
		}[v]
	case 4:
		return [...]string{
			fmt.Sprintf("%s condemned the attack in %s and offered condolences to the families of the victims.", f.person, f.place),
			fmt.Sprintf("In a statement, %s condemned the violence in %s and called for calm.", f.person, f.place),
			fmt.Sprintf("A spokesman for %s said the attack in %s was a crime and denied any role in it.", f.person, f.place),
		}[v]
	default:
		return [...]string{
			fmt.Sprintf("%s said he was not aware of any warning about %s before the attack.", f.person, f.place),
			fmt.Sprintf("%s told reporters that he knew nothing about the threat to %s.", f.person, f.place),
			fmt.Sprintf("Asked about %s, %s said: \"No, we are not aware of that.\"", f.place, f.person),
		}[v]
	}
}

// filler writes a sentence of ordinary news vocabulary.
func (g *benchGen) filler() string {
	return fmt.Sprintf("The %s %s in %s %s the %s %s on %s, and %s %s %s %d %s.",
		g.pick(benchAdjs), g.pick(benchNouns), g.pick(g.places), g.pick(benchVerbs), g.pick(benchAdjs), g.pick(benchNouns),
		g.pick(benchDays), g.pick(g.people), g.pick(benchVerbs), []string{"about", "nearly", "some", "over"}[g.r.IntN(4)],
		2+g.r.IntN(90), g.pick(benchNouns)+"s")
}

// benchSources generates two articles of n passages each about the same facts.
func benchSources(n int) []Source {
	g := newBenchGen(uint64(n))
	facts := make([]fact, n)
	for i := range facts {
		facts[i] = g.fact()
	}
	order := g.r.Perm(n)
	var docs [2]strings.Builder
	for side := 0; side < 2; side++ {
		for k := 0; k < n; k++ {
			i := k
			if side == 1 {
				i = order[k]
			}
			f := facts[i]
			if side == 1 && g.r.IntN(5) == 0 {
				f.n += 10 + g.r.IntN(50) // a different count
				f.warner = g.pick(benchCountries)
			}
			var p strings.Builder
			if g.r.IntN(2) == 0 {
				p.WriteString(g.filler() + " ")
			}
			p.WriteString(g.render(f, side))
			for j := g.r.IntN(2); j >= 0; j-- {
				p.WriteString(" " + g.filler())
			}
			docs[side].WriteString(p.String())
			docs[side].WriteString("\n\n")
		}
	}
	return []Source{{Name: "a.txt", Data: []byte(docs[0].String())}, {Name: "b.txt", Data: []byte(docs[1].String())}}
}

func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		srcs := benchSources(n)
		b.Run(fmt.Sprintf("2x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var c *Comparison
			for b.Loop() {
				var err error
				if c, err = Compare(srcs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(c.Alignments)), "alignments")
			// Memory: the live heap holding the result, and the heap taken
			// from the OS (its high-water mark, near the peak).
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
			b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MB")
			runtime.KeepAlive(c)
		})
	}
}

// prepared runs the pipeline up to the vectors, for the alignment
// benchmarks.
func prepared(b *testing.B, n int) (fa, fb []*features, post *postings, model *vecModel) {
	b.Helper()
	srcs := benchSources(n)
	var docs []*Document
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	var all []*Passage
	var bodies [2][]*features
	for _, d := range docs {
		for _, p := range d.Passages {
			if p.Kind == KindBody {
				all = append(all, p)
			}
		}
	}
	extractAll(all)
	feats := make([]*features, len(all))
	for i, p := range all {
		feats[i] = p.feat
	}
	model = buildModel(feats)
	for _, p := range all {
		bodies[p.Doc] = append(bodies[p.Doc], p.feat)
	}
	return bodies[0], bodies[1], buildPostings(bodies[1], len(model.idf)), model
}

// BenchmarkAlign times the alignment step alone: the inverted-index
// cosine, the topic share, the threshold and the top-k per passage.
func BenchmarkAlign(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		fa, fb, post, model := prepared(b, n)
		b.Run(fmt.Sprintf("2x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var links []link
			for b.Loop() {
				links = alignDocs(fa, fb, post, model)
			}
			b.ReportMetric(float64(len(links)), "links")
		})
	}
}

// BenchmarkBaselineTFIDF is the floor the alignment is measured against:
// a plain inverted-index TF-IDF cosine over the same vectors, on one core,
// counting the pairs over the same cosine floor, with nothing else. Run
// with -cpu 1,2 to compare it with BenchmarkAlign on one core and on two.
func BenchmarkBaselineTFIDF(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		fa, _, post, _ := prepared(b, n)
		b.Run(fmt.Sprintf("2x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var kept int
			for b.Loop() {
				kept = baselineTFIDF(fa, post)
			}
			b.ReportMetric(float64(kept), "pairs")
		})
	}
}

// baselineTFIDF accumulates dot products through the inverted index and
// counts the pairs over the cosine floor.
func baselineTFIDF(fa []*features, post *postings) int {
	acc := make([]float32, post.size)
	var touched []int32
	kept := 0
	for _, f := range fa {
		touched = touched[:0]
		for _, e := range f.vec {
			for k := post.off[e.id]; k < post.off[e.id+1]; k++ {
				j := post.doc[k]
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				acc[j] += e.w * post.w[k]
			}
		}
		for _, j := range touched {
			if acc[j] >= minCosine {
				kept++
			}
			acc[j] = 0
		}
	}
	return kept
}

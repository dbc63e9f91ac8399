//go:build unix

package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/report"
	"github.com/parallax-reader/parallax/internal/cputime"
)

// Benchmarks of the engine, for issue 5's targets (BENCHMARKS.md has the
// table; bash bench/run reproduces it):
//
//   - BenchmarkCompare: the whole pipeline (Compare: clean, segment, terms,
//     entities, numbers, topics, align, claims, verdicts) on the seeds and on
//     two generated articles of 100, 1,000 and 10,000 passages. Besides
//     ns/op (wall time) it reports cpu-ms/op, the CPU time of every thread
//     of the process per op (user + system, from getrusage): on a shared
//     machine wall time measures the neighbours as much as the code, CPU
//     time much less so.
//   - BenchmarkPeakRSS: one Compare in a fresh process (this test binary
//     run again as a child), its peak resident set (VmHWM) and the same
//     process's peak before Compare, with the sources read (the floor).
//   - BenchmarkAlign: the alignment step alone, beside two baselines over
//     the same vectors and index, split over the same cores:
//     BenchmarkBaselineTFIDF, a plain inverted-index TF-IDF pass (every
//     feature, every posting, count the pairs over the cosine floor), and
//     BenchmarkBaselineRare, the same pass over only the features that
//     generate candidates in the alignment (the postings it must walk
//     anyway: its floor).
//
//	go test ./corpus/ -run '^$' -bench 'Compare|PeakRSS|Align|Baseline' -benchmem -cpu 1,2
//
// The file is for unix only (getrusage, /proc): the benchmarks are not a
// test of behaviour. It also holds the tests that guard what the speed
// work changed (parallel Compare, selection instead of sorting), since
// they share its generator.
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
func benchSources(n int) []model.Source {
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
	return []model.Source{{Name: "a.txt", Data: []byte(docs[0].String())}, {Name: "b.txt", Data: []byte(docs[1].String())}}
}

// benchSizes are the generated sizes: passages per article.
var benchSizes = []int{100, 1000, 10000}

// reportCPU reports the CPU time per op since start (a cputime.Used reading).
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cputime.Used()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// benchCorpus is one input the pipeline benchmarks run on, made on demand.
type benchCorpus struct {
	name string
	srcs func() []model.Source
}

// benchCorpora are the seeds, then the generated sizes.
func benchCorpora(b *testing.B) []benchCorpus {
	sizes := []benchCorpus{{"seeds", func() []model.Source { return seedSources(b) }}}
	for _, n := range benchSizes {
		sizes = append(sizes, benchCorpus{fmt.Sprintf("2x%d", n), func() []model.Source { return benchSources(n) }})
	}
	return sizes
}

func BenchmarkCompare(b *testing.B) {
	sizes := benchCorpora(b)
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			srcs := sz.srcs()
			b.ReportAllocs()
			var c *model.Comparison
			cpu := cputime.Used()
			for b.Loop() {
				var err error
				if c, err = Compare(srcs); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
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

// peakEnv names the directory the child of BenchmarkPeakRSS reads its
// articles (*.txt, in name order) from.
const peakEnv = "PARALLAX_PEAK_RSS_DIR"

// BenchmarkPeakRSS runs one Compare in a fresh process, on the seeds and
// on 2 × n generated passages, and reports what a command-line run costs:
// the peak resident set (peak-RSS-MB) and the peak before Compare, with
// the articles read (floor-RSS-MB); the time to build the topic and alias
// tables (tables-ms, built first so that they are not in what follows);
// the wall and CPU time of that one cold Compare (cold-ms, cold-cpu-ms);
// and of writing its JSON report (json-ms). ns/op is the whole child
// process, start to exit, test harness included.
func BenchmarkPeakRSS(b *testing.B) {
	sizes := benchCorpora(b)
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			dir := b.TempDir()
			if err := writeSources(dir, sz.srcs()); err != nil {
				b.Fatal(err)
			}
			var m map[string]float64
			for b.Loop() {
				m = runPeakChild(b, dir)
			}
			for _, k := range []string{"peak-RSS-MB", "floor-RSS-MB", "tables-ms", "cold-ms", "cold-cpu-ms", "json-ms"} {
				b.ReportMetric(m[k], k)
			}
		})
	}
}

// writeSources writes srcs into dir under their names.
func writeSources(dir string, srcs []model.Source) error {
	for _, s := range srcs {
		if err := os.WriteFile(filepath.Join(dir, s.Name), s.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// runPeakChild runs TestPeakRSSChild in a new process and reads the
// metrics it prints, one "name value" a line.
func runPeakChild(b *testing.B, dir string) map[string]float64 {
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakRSSChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), peakEnv+"="+dir)
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("child: %v\n%s", err, out)
	}
	m := map[string]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok && (strings.HasSuffix(k, "-MB") || strings.HasSuffix(k, "-ms")) {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				m[k] = f
			}
		}
	}
	if m["peak-RSS-MB"] == 0 {
		b.Fatalf("child printed no peak:\n%s", out)
	}
	return m
}

// TestPeakRSSChild is BenchmarkPeakRSS's child: it does nothing unless
// PARALLAX_PEAK_RSS_DIR is set.
func TestPeakRSSChild(t *testing.T) {
	dir := os.Getenv(peakEnv)
	if dir == "" {
		t.Skip("the child of BenchmarkPeakRSS")
	}
	srcs := textFiles(t, dir)
	floor := vmHWM(t)
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	t0 := time.Now()
	features.BuiltinTopics()
	features.BuiltinAliases()
	tables := time.Since(t0)
	cpu, t0 := cputime.Used(), time.Now()
	c, err := Compare(srcs)
	if err != nil {
		t.Fatal(err)
	}
	wall, used := time.Since(t0), cputime.Used()-cpu
	peak := vmHWM(t)
	t0 = time.Now()
	if err := report.WriteJSON(io.Discard, c); err != nil {
		t.Fatal(err)
	}
	js := time.Since(t0)
	fmt.Printf("peak-RSS-MB %.1f\nfloor-RSS-MB %.1f\ntables-ms %.2f\ncold-ms %.2f\ncold-cpu-ms %.2f\njson-ms %.2f\n",
		peak, floor, ms(tables), ms(wall), ms(used), ms(js))
}

// sourcesEnv names a directory to write the generated articles into, for
// bench/run's command-line measurements.
const sourcesEnv = "PARALLAX_BENCH_SOURCES"

// TestWriteBenchSources writes the generated articles of every size into
// $PARALLAX_BENCH_SOURCES/2xN/; it does nothing when that is unset.
func TestWriteBenchSources(t *testing.T) {
	dir := os.Getenv(sourcesEnv)
	if dir == "" {
		t.Skip("for bench/run")
	}
	for _, n := range benchSizes {
		sub := filepath.Join(dir, fmt.Sprintf("2x%d", n))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := writeSources(sub, benchSources(n)); err != nil {
			t.Fatal(err)
		}
	}
}

// vmHWM is the process's peak resident set so far, in MiB.
func vmHWM(t *testing.T) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb / 1024
		}
	}
	t.Skip("no VmHWM in /proc/self/status")
	return 0
}

// prepared is the pipeline up to the vectors, for the alignment
// benchmarks: the features and vectors of both documents, B's index and
// the model.
type prepared struct {
	fa, fb []*features.Passage
	va, vb []*align.Vector
	post   *align.Postings
	model  *align.Model
}

// prepare runs the pipeline up to the vectors.
func prepare(b *testing.B, n int) *prepared {
	b.Helper()
	srcs := benchSources(n)
	var docs []*model.Document
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	var all []*model.Passage
	for _, d := range docs {
		for _, p := range d.Passages {
			if p.Kind == model.KindBody {
				all = append(all, p)
			}
		}
	}
	feats, _ := features.Extract(all)
	vecs := align.Vectorize(feats)
	pr := &prepared{model: align.BuildModel(feats, vecs)}
	for k, p := range all {
		if p.Doc == 0 {
			pr.fa, pr.va = append(pr.fa, feats[k]), append(pr.va, vecs[k])
		} else {
			pr.fb, pr.vb = append(pr.fb, feats[k]), append(pr.vb, vecs[k])
		}
	}
	pr.post = align.BuildPostings(pr.vb, len(pr.model.Idf))
	return pr
}

// BenchmarkAlign times the alignment step alone: the inverted-index
// cosine, the exact share of common features, the topic share, the
// threshold and the top-k per passage.
func BenchmarkAlign(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("2x%d", n), func(b *testing.B) {
			pr := prepare(b, n)
			b.ReportAllocs()
			var links []align.Link
			cpu := cputime.Used()
			for b.Loop() {
				links = align.Pair(pr.fa, pr.fb, pr.va, pr.vb, pr.post, pr.model)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(len(links)), "links")
		})
	}
}

// BenchmarkBaselineTFIDF is the plain baseline issue 5 measures the
// alignment against: an inverted-index TF-IDF cosine over the same
// vectors, every feature and every posting, keeping the pairs over the
// same cosine floor, with nothing else — split over the cores as the
// alignment is, so that -cpu N compares like with like.
func BenchmarkBaselineTFIDF(b *testing.B) {
	benchBaseline(b, false)
}

// BenchmarkBaselineRare is the same pass over only the features that
// generate candidates in the alignment (document frequency up to
// candidateLimit): the postings the alignment walks whatever else it does,
// so the floor of its cost.
func BenchmarkBaselineRare(b *testing.B) {
	benchBaseline(b, true)
}

func benchBaseline(b *testing.B, rare bool) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("2x%d", n), func(b *testing.B) {
			pr := prepare(b, n)
			limit := int32(1 << 30)
			if rare {
				limit = align.CandidateLimit(pr.model.N)
			}
			b.ReportAllocs()
			var kept int
			cpu := cputime.Used()
			for b.Loop() {
				kept = baselineTFIDF(pr.va, pr.post, pr.model.Df, limit)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(kept), "pairs")
		})
	}
}

// baselineTFIDF accumulates dot products through the inverted index, for
// the features with document frequency up to limit, and counts the pairs
// over the cosine floor.
func baselineTFIDF(fa []*align.Vector, post *align.Postings, df []int32, limit int32) int {
	kept := make([]int, len(fa))
	parallel.For(len(fa), func(lo, hi int) {
		acc := make([]float32, post.Size)
		var touched []int32
		for i := lo; i < hi; i++ {
			touched = touched[:0]
			for _, e := range fa[i].Vec {
				if df[e.ID] > limit {
					continue
				}
				for k := post.Off[e.ID]; k < post.Off[e.ID+1]; k++ {
					j := post.Doc[k]
					if acc[j] == 0 {
						touched = append(touched, j)
					}
					acc[j] += e.W * post.W[k]
				}
			}
			for _, j := range touched {
				if acc[j] >= align.MinCosine {
					kept[i]++
				}
				acc[j] = 0
			}
		}
	})
	total := 0
	for _, k := range kept {
		total += k
	}
	return total
}

// The tests below guard the speed work: they hold the fast paths to what
// the plain code they replaced computes.

// TestCompareSameOnAnyCores: the parallel stages give the same comparison
// on one processor as on several.
func TestCompareSameOnAnyCores(t *testing.T) {
	srcs := benchSources(300)
	report := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		c, err := Compare(srcs)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.WriteJSON(&buf, c); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	one := report(1)
	for _, procs := range []int{2, 3, 8} {
		if !bytes.Equal(report(procs), one) {
			t.Fatalf("Compare on %d processors differs from Compare on one", procs)
		}
	}
}

// TestCompareErrorOrder: sources are read in parallel, but the error is
// the one a serial loop meets first: the first bad source, or the source
// that takes the total past MaxPassages, whichever comes first in order.
func TestCompareErrorOrder(t *testing.T) {
	good := model.Source{Name: "good.txt", Data: []byte("A passage about the attack.\n\nAnother passage.\n")}
	bin := model.Source{Name: "bin.txt", Data: []byte("\x00\x01\x02binary")}
	half := model.Source{Name: "half.txt", Data: []byte(strings.Repeat("a\n", MaxPassages/2+1))}
	tests := []struct {
		name string
		srcs []model.Source
		want error
		file string
	}{
		{"bad last", []model.Source{good, good, bin}, ErrBinary, "bin.txt"},
		{"bad first", []model.Source{bin, good, half, half}, ErrBinary, "bin.txt"},
		{"too many before bad", []model.Source{half, {Name: "half2.txt", Data: half.Data}, bin}, ErrTooMany, "half2.txt"},
		{"bad before too many", []model.Source{half, bin, half}, ErrBinary, "bin.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 5 { // the workers race; the answer must not
				_, err := Compare(tt.srcs)
				var fe *FileError
				if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Name != tt.file {
					t.Fatalf("err = %v, want %v naming %s", err, tt.want, tt.file)
				}
			}
		})
	}
}

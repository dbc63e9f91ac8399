//go:build unix

package corpus

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/cputime"
)

// judgeEnv names a directory of articles (*.txt, in name order) that
// BenchmarkJudge judges instead of its generated pair: a genarticles
// output such as -k 20 -n 500 or -k 2 -n 10000.
const judgeEnv = "PARALLAX_JUDGE_DIR"

// BenchmarkJudge times the verdict stage alone (issue 12: the judge is
// 36–40 % of a comparison's CPU): every alignment of a comparison judged
// once per op, on one goroutine, from fresh sides (so the judge's
// once-per-passage memos are in the time, as in a run). The stages before
// it run once, outside the timer. It reports the CPU time per op and per
// alignment, and a digest of the verdicts and reasons (digest: equal
// before and after a change that must not change them).
//
//	PARALLAX_JUDGE_DIR=/tmp/k20 go test ./corpus -run '^$' -bench Judge -benchtime 3x -count 5
func BenchmarkJudge(b *testing.B) {
	srcs := benchSources(1000)
	if dir := os.Getenv(judgeEnv); dir != "" {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		slices.Sort(names)
		srcs = nil
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, model.Source{Name: filepath.Base(n), Data: data})
		}
	}
	jb := newJudgeBench(b, srcs)
	als := make([]model.Alignment, len(jb.links))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		jb.judge(als)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/float64(len(als)), "cpu-ns/alignment")
	h := fnv.New32a()
	for _, al := range als {
		h.Write([]byte(al.Verdict))
		for _, r := range al.Reasons {
			h.Write([]byte(r.Text))
		}
	}
	b.ReportMetric(float64(h.Sum32()), "digest")
}

// judgeBench is a comparison read up to its verdicts: what analyze hands
// the judge, kept to be judged again.
type judgeBench struct {
	feats  []*features.Passage
	vecs   []*align.Vector
	claims []claims.Set
	arts   []judge.Article
	common judge.Input
	links  []judgeLink
}

// judgeLink is one alignment: its link and its two passages' indexes.
type judgeLink struct {
	l      align.Link
	ka, kb int
	da, db int // documents
}

func newJudgeBench(b *testing.B, srcs []model.Source) *judgeBench {
	docs := make([]*model.Document, len(srcs))
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = d
	}
	align.Preload()
	ts := features.ActiveTopics()
	bodies := bodyPassages(docs)
	off := make([]int, len(docs)+1)
	var all []*model.Passage
	for di, bd := range bodies {
		off[di+1] = off[di] + len(bd)
		all = append(all, bd...)
	}
	feats, ix := features.Extract(all)
	vecs := align.Vectorize(feats)
	vm := align.BuildModel(feats, vecs)
	pls := alignPairs(len(docs), off, feats, vecs, vm)
	jb := &judgeBench{feats: feats, vecs: vecs, common: judge.Input{Model: vm, Names: ix, Topics: ts.Topics}}
	linked := make([]bool, len(all))
	for _, pl := range pls {
		for _, l := range pl.links {
			ka, kb := off[pl.a]+l.A, off[pl.b]+l.B
			linked[ka], linked[kb] = true, true
			jb.links = append(jb.links, judgeLink{l, ka, kb, pl.a, pl.b})
		}
	}
	sides := jb.sides(linked)
	readClaims(feats, sides, ix)
	jb.claims = make([]claims.Set, len(all))
	for k, sd := range sides {
		if sd != nil {
			jb.claims[k] = sd.Claims
		}
	}
	jb.arts = readArticles(len(docs), off, feats, linked)
	return jb
}

// sides returns a fresh side for every linked passage, with no claims.
func (jb *judgeBench) sides(linked []bool) []*judge.Side {
	sides := make([]*judge.Side, len(jb.feats))
	for k := range sides {
		if linked[k] {
			sides[k] = &judge.Side{Passage: jb.feats[k], Vector: *jb.vecs[k]}
			sides[k].Vec = nil
		}
	}
	return sides
}

// judge judges every alignment into als, from fresh sides.
func (jb *judgeBench) judge(als []model.Alignment) {
	sides := make([]*judge.Side, len(jb.feats))
	for _, l := range jb.links {
		for _, k := range [2]int{l.ka, l.kb} {
			if sides[k] == nil {
				sides[k] = &judge.Side{Passage: jb.feats[k], Vector: *jb.vecs[k], Claims: jb.claims[k]}
				sides[k].Vec = nil
			}
		}
	}
	for i, l := range jb.links {
		in := jb.common
		in.A, in.B, in.Link = sides[l.ka], sides[l.kb], l.l
		in.ArtA, in.ArtB = jb.arts[l.da], jb.arts[l.db]
		als[i] = model.Alignment{}
		judge.Judge(in, &als[i])
	}
}

package main

import (
	"cmp"
	"encoding/json"
	"maps"
	"os"
	"slices"

	"github.com/parallax-reader/parallax/corpus"
	"github.com/parallax-reader/parallax/eval"
)

// dumpRow is one gold link as -dump writes it: what the gold says, what
// the engine and the rules say, the signals and reasons, and both texts.
type dumpRow struct {
	Pair    string    `json:"pair"`
	A       int       `json:"a"` // the gold's lines
	B       int       `json:"b"`
	IA      int       `json:"ia"` // the passages' indexes among their body passages
	IB      int       `json:"ib"`
	NA      int       `json:"na"` // how many body passages each side has
	NB      int       `json:"nb"`
	Level   string    `json:"level"`
	Gold    string    `json:"gold"`
	Found   bool      `json:"found"`
	Engine  string    `json:"engine,omitempty"` // Compare's verdict, when found
	Rules   string    `json:"rules"`            // the verdict judged as if aligned, rules only
	X       []float64 `json:"x"`
	DispA   float64   `json:"disp_a"`
	DispB   float64   `json:"disp_b"`
	Reasons []string  `json:"reasons"`
	TextA   string    `json:"text_a"`
	TextB   string    `json:"text_b"`
}

// dumpGold writes every link of a gold file (default the fit gold) as
// JSON lines on stdout, for reading the errors by kind; it fits nothing.
// Every gold link is judged as if aligned (Rules), and marked Found with
// Compare's verdict (Engine) when the alignment keeps it; the alignments
// the gold does not list follow each pair's links, with level "none", so
// that a rule's effect on links a reader would not make can be counted.
func dumpGold(file string) error {
	data, g, err := eval.LoadWithGold(file, eval.RealPairsFitFile)
	if err != nil {
		return err
	}
	per := make([][]dumpRow, len(g.Pairs))
	errs := make([]error, len(g.Pairs))
	eval.Parallel(len(g.Pairs), 0, func(i int) {
		per[i], errs[i] = dumpPair(g.Pairs[i], data.Bodies)
	})
	enc := json.NewEncoder(os.Stdout)
	for i := range per {
		if errs[i] != nil {
			return errs[i]
		}
		for _, r := range per[i] {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return nil
}

func dumpPair(p eval.GoldPair, bodies map[int]string) ([]dumpRow, error) {
	a, b, kept, err := comparedPair(p, bodies)
	if err != nil {
		return nil, err
	}
	da, db := corpus.ReadArticle(a).Dispute, corpus.ReadArticle(b).Dispute
	ia, ib := eval.BodyLines(a), eval.BodyLines(b)
	// The alignments the gold does not list, as links of level "none".
	links := append([]eval.Link(nil), p.Links...)
	inGold := map[[2]int]bool{}
	for _, l := range p.Links {
		inGold[[2]int{l.A, l.B}] = true
	}
	for _, k := range slices.SortedFunc(maps.Keys(kept), func(x, y [2]int) int { return cmp.Or(x[0]-y[0], x[1]-y[1]) }) {
		if !inGold[k] {
			links = append(links, eval.Link{A: k[0], B: k[1], Level: "none"})
		}
	}
	als, xs, gl := judgeGold(a, b, links)
	out := make([]dumpRow, len(als))
	for i, al := range als {
		v, found := kept[[2]int{gl[i].A, gl[i].B}]
		r := dumpRow{Pair: p.ID, A: gl[i].A, B: gl[i].B, IA: ia[gl[i].A], IB: ib[gl[i].B], NA: len(ia), NB: len(ib),
			Level: gl[i].Level, Gold: string(gl[i].Verdict), Found: found, Rules: string(al.Verdict), X: xs[i],
			DispA: da, DispB: db, TextA: eval.BodyText(a, ia[gl[i].A]), TextB: eval.BodyText(b, ib[gl[i].B])}
		if found {
			r.Engine = string(v)
		}
		for _, why := range al.Reasons {
			r.Reasons = append(r.Reasons, string(why.Kind)+": "+why.Text)
		}
		out[i] = r
	}
	return out, nil
}

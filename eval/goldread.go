package eval

import (
	"path/filepath"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// What the fitting tools (tools/fitjudge, tools/fitfacts, tools/fitlinks)
// read of the data and a gold file, written once here.

// LoadGoldNamed loads a gold file named by its place in this package
// (RealPairsFile, RealPairsFitFile, RealPairsDev2File), from the module
// root wherever the command runs.
func LoadGoldNamed(name string) (*Gold, error) {
	root, err := ModuleRoot()
	if err != nil {
		return nil, err
	}
	return LoadGold(filepath.Join(root, "eval", name))
}

// LoadWithGold reads FNC-1 from its place beside the module (DataDir) and
// a real-pair gold: the file at path, or else the one named name in this
// package.
func LoadWithGold(path, name string) (*FNC, *Gold, error) {
	dir, err := DataDir()
	if err != nil {
		return nil, nil, err
	}
	data, err := LoadFNC(dir)
	if err != nil {
		return nil, nil, err
	}
	var g *Gold
	if path != "" {
		g, err = LoadGold(path)
	} else {
		g, err = LoadGoldNamed(name)
	}
	if err != nil {
		return nil, nil, err
	}
	return data, g, nil
}

// BodyLines maps the first line of each body passage of d to its place
// among d's body passages: how a gold link's line numbers name the
// passages the comparison indexes.
func BodyLines(d *corpus.Document) map[int]int {
	out := map[int]int{}
	k := 0
	for _, p := range d.Passages {
		if p.Kind == corpus.KindBody {
			out[p.Line] = k
			k++
		}
	}
	return out
}

// BodyText is the text of d's k-th body passage on one line, "" past the
// last.
func BodyText(d *corpus.Document, k int) string {
	for _, p := range d.Passages {
		if p.Kind == corpus.KindBody {
			if k == 0 {
				return strings.Join(strings.Fields(p.Text), " ")
			}
			k--
		}
	}
	return ""
}

// BodyPairs names each link of a and b by the places of its two body
// passages (BodyLines), for corpus.JudgeLinks; kept are the links whose
// lines are body passages of both, in order.
func BodyPairs(a, b *corpus.Document, links []Link) (pairs [][2]int, kept []Link) {
	ia, ib := BodyLines(a), BodyLines(b)
	for _, l := range links {
		x, okA := ia[l.A]
		y, okB := ib[l.B]
		if okA && okB {
			pairs = append(pairs, [2]int{x, y})
			kept = append(kept, l)
		}
	}
	return pairs, kept
}

package stance

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/corpus/lexicon"
)

// The cue lists are data (words/*.txt): one word or phrase a line, as
// written in news copy, folded like a token's Norm at load. They are
// general news wording, never a story's.
//
//go:embed words/*.txt
var wordFiles embed.FS

// phrases matches words and phrases on a token stream, keyed by their
// first word.
type phrases map[string][][]string

// count returns how many entries occur in toks, calling note (when not
// nil) with the byte span of each. Matches do not overlap.
func (ph phrases) count(toks []lexicon.Token, note func(start, end int32)) int {
	n := 0
	for i := 0; i < len(toks); i++ {
		cands := ph[toks[i].Norm()]
		best := 0
		for _, c := range cands {
			if len(c) > best && matchAt(toks, i, c) {
				best = len(c)
			}
		}
		if best == 0 {
			continue
		}
		if note != nil {
			note(toks[i].Start, toks[i+best-1].End)
		}
		n++
		i += best - 1
	}
	return n
}

func matchAt(toks []lexicon.Token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].Norm() != w {
			return false
		}
	}
	return true
}

// cueLists are the lists the signals read.
type cueLists struct {
	refute, hedge, support, negation phrases
	debunk                           phrases // the strongest refuting cues
	attribution                      phrases // a claim put in someone's mouth: says, told, reports
	deny                             phrases // someone in the story denies what follows
}

var lists = sync.OnceValue(func() *cueLists {
	return &cueLists{
		refute:      mustList("refute"),
		hedge:       mustList("hedge"),
		support:     mustList("support"),
		negation:    mustList("negation"),
		debunk:      mustList("debunk"),
		attribution: mustList("attribution"),
		deny:        mustList("deny"),
	}
})

func mustList(name string) phrases {
	ph, err := loadList(name)
	if err != nil {
		panic(err) // the lists are embedded; TestLists reads each one
	}
	return ph
}

// loadList reads words/NAME.txt. An entry is folded and split into words
// the way the tokenizer splits text; a duplicate entry is an error.
func loadList(name string) (phrases, error) {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		return nil, err
	}
	ph := phrases{}
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		entry := strings.TrimSpace(sc.Text())
		if entry == "" || strings.HasPrefix(entry, "#") {
			continue
		}
		var words []string
		for _, t := range lexicon.Tokenize(entry, nil, lexicon.NewLexicon(1)) {
			words = append(words, t.Norm())
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("words/%s.txt:%d: %q holds no word", name, line, entry)
		}
		key := strings.Join(words, " ")
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("words/%s.txt:%d: %q repeats line %d", name, line, entry, prev)
		}
		seen[key] = line
		ph[words[0]] = append(ph[words[0]], words)
	}
	return ph, sc.Err()
}

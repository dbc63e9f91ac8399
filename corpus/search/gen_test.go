package search

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// genWords is a news-like vocabulary, roughly most frequent first; the
// generator draws from it with a Zipf distribution, like real prose.
var genWords = strings.Fields(`
the of and to a in that said on for is was with by it as at he from his
have has be are not were an they but their which had who this been its
would will after also more about over two than up new one officials there
government minister president year percent people could we our three told
against when into last what statement other first state spokesman some
military security since all during may week country forces police between
no just under while before if told report only now like most foreign
national according them talks city war attack groups because meeting
former public least including any several deal should leaders both where
monday tuesday wednesday thursday friday saturday sunday region party
agency ministry officials second time office million billion capital vote
election campaign parliament opposition court judge trial charges
investigation investigators inquiry evidence witness prosecutors lawyer
sanctions economy inflation prices market shares bank interest rates
energy gas oil pipeline supply exports imports trade tariffs border troops
soldiers ceasefire peace negotiations agreement treaty summit delegation
kremlin white house pentagon embassy ambassador diplomat diplomatic
warned warning warnings denied confirmed announced reported claimed
insisted rejected accused urged called demanded signed approved blocked
killed wounded injured arrested detained released freed missing dead
refugees civilians residents protesters demonstrators crowd rally march
strike strikes drone drones missile missiles rocket artillery shelling
airstrike explosion fire blaze flood storm earthquake hurricane drought
climate emissions carbon renewable solar wind coal nuclear reactor plant
hospital doctors patients health vaccine virus outbreak pandemic cases
schools students teachers university research scientists study data
technology company companies chief executive board investors profit
revenue losses workers union wages jobs unemployment growth recession
budget deficit debt tax taxes spending reform policy law bill legislation
rights freedom press journalists media newspaper television broadcast
internet online social platform platforms accounts posts video images
intelligence spy espionage cyber hackers breach leak leaked documents
memo letter interview speech conference briefing hearing testimony
committee senate congress lawmakers senator representative governor mayor
council administration cabinet coalition alliance nato union european
western eastern northern southern central local regional federal global
international domestic official unofficial independent senior junior
early late recent previous next final major minor key critical serious
significant growing rising falling sharp steep modest strong weak stable
however although despite meanwhile instead already still again yet even
across around through toward within without along behind beyond
peskov zelensky putin biden macron scholz erdoğan netanyahu sunak modi
moscow kyiv washington london paris berlin beijing ankara brussels geneva
reuters associated press tass bbc guardian times post journal observers
spokeswoman spokesperson analyst analysts expert experts source sources
anonymity condition familiar matter discussions plans plan proposal
`)

// genNames get capitalised wherever they appear.
var genNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`peskov zelensky putin biden macron scholz erdoğan
		netanyahu sunak modi moscow kyiv washington london paris berlin beijing ankara
		brussels geneva reuters tass bbc kremlin pentagon nato monday tuesday wednesday
		thursday friday saturday sunday`) {
		genNames[w] = true
	}
}

// genCorpus returns n deterministic news-like passages of 50–120 words with
// sentence case, names, numbers, commas, curly quotes and possessives.
func genCorpus(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(genWords)-1))
	out := make([]string, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		words := 50 + r.IntN(71)
		start, quote := true, false
		for w := 0; w < words; w++ {
			word := genWords[zipf.Uint64()]
			switch x := r.IntN(100); {
			case x < 3:
				word = strconv.Itoa(r.IntN(2000))
			case x < 4:
				word = strconv.Itoa(1+r.IntN(99)) + " percent"
			case x < 5:
				word += "-" + genWords[zipf.Uint64()]
			}
			if genNames[word] || start {
				word = upperFirst(word)
			}
			if w > 0 {
				b.WriteByte(' ')
			}
			if !quote && r.IntN(60) == 0 {
				b.WriteString("\u201c")
				quote = true
			}
			b.WriteString(word)
			start = false
			switch x := r.IntN(100); {
			case x < 2 && genNames[strings.ToLower(word)]:
				b.WriteString("\u2019s")
			case x < 9:
				b.WriteByte(',')
			case x < 16 || w == words-1:
				if quote {
					b.WriteString(".\u201d")
					quote = false
				} else {
					b.WriteByte('.')
				}
				start = true
			}
		}
		out[i] = b.String()
	}
	return out
}

// upperFirst capitalises the first rune of w.
func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

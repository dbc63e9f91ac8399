// Package synth writes synthetic news articles for benchmarks: realistic
// enough that the engine does the work real articles make it do, and
// deterministic, so that a figure measured today and one measured next
// month are of the same text.
//
// Words come from a vocabulary of 60,000 drawn by a Zipf law, as word
// frequencies in text are: the commonest English function words first,
// then news words (police, minister, killed, …), then every single word
// of the WordNet table the engine uses (corpus/lexicon/wordnet), shuffled,
// then invented words for the long tail (rare names, jargon, typos).
// Sentences mix in names of people, places and groups, numbers with their
// units, days, and attributions ("…, police said."). An article's
// paragraphs hold one to four sentences.
//
// Articles are about one story: the first is drawn fresh; each other one
// rewords a third of its paragraphs from the first (a quarter of the
// words replaced, attributions moved to the front, one number in five
// changed: the agreements and divergences the engine looks for) and draws
// the rest fresh, in shuffled order.
//
// It replaces the engine's own older generator for the issue 12 targets:
// that one draws every sentence from a dozen templates over a few hundred
// words, which the engine finds easier than news (fewer distinct words,
// shorter passages, one fact a passage).
package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/corpus/lexicon/wordnet"
)

// VocabularySize is the number of distinct words drawn from.
const VocabularySize = 60_000

// functionWords are the commonest English words, roughly by frequency.
var functionWords = strings.Fields(`the of and to a in that is was he for it with as his on be at by
	i this had not are but from or have an they which one you were her all she there would their we him
	been has when who will more no if out so said what up its about into than them can only other new
	some could time these two may then do first any my now such like our over man me even most made
	after also did many before must through back years where much your way well down should because
	each just those people mr how too little state good very make world still own see men work long get
	here between both life being under never day same another know while last might us great old year
	off come since against go came right used take three`)

// newsWords are words news uses far more than other text.
var newsWords = strings.Fields(`police government minister president officials attack killed
	report city security forces military army investigation according spokesman statement authorities
	country election court judge prosecutors suspect arrested charged victims injured wounded dead
	died deaths bombing explosion fire troops rebels protest protesters crisis talks agreement deal
	sanctions border region capital province district ministry parliament party opposition leader
	prime foreign interior defence defense health emergency hospital residents witnesses media
	agency news reported reports claimed denied warned confirmed announced told added says
	official sources intelligence threat warning suspects gunmen militants group groups vote
	voters campaign economy budget billion million percent company companies market markets
	prices inflation bank banks workers union strike trade tariffs oil gas energy climate storm
	flood earthquake rescue search missing toll hospitalised hospitalized evacuated damage
	damaged officers officer soldiers civilians children women families hostages released
	ceasefire peace war conflict invasion strikes drone missile missiles weapons aid refugees
	migrants asylum immigration law laws bill ruling appeal trial sentenced prison jail`)

var (
	firstNames = strings.Fields(`James Maria Ahmed Olga Chen Fatima John Elena Carlos Aisha Peter Anna
		Mohammed Sofia David Yuki Ivan Grace Luis Amara Daniel Leila Michael Ingrid Omar Priya Thomas
		Nadia Samuel Hana Viktor Zainab Robert Mei Andrei Chloe Ali Rosa Kwame Ewa`)
	lastNames = strings.Fields(`Smith Ivanov Khan Garcia Muller Okafor Rossi Nguyen Kowalski Haddad
		Petrov Silva Johnson Tanaka Hassan Novak Fischer Mensah Larsen Costa Kim Popescu Dubois Ali
		Reyes Cohen Yilmaz Sato Brown Schmidt Mahmoud Ortega Wright Horvat Jansen Kariuki Moreau Peskov`)
	places = strings.Fields(`Moscow Kyiv Paris London Berlin Washington Beijing Cairo Lagos Mumbai
		Istanbul Tehran Madrid Rome Warsaw Nairobi Caracas Manila Jakarta Karachi Baghdad Damascus
		Beirut Gaza Kabul Lima Bogota Tokyo Seoul Ankara Athens Vienna Brussels Dhaka Khartoum Tripoli
		Russia Ukraine France Britain Germany China Egypt Nigeria India Turkey Iran Spain Italy Poland
		Kenya Venezuela Brazil Mexico Israel Syria Lebanon Afghanistan Pakistan Japan Iraq Sudan Libya`)
	groupNames = strings.Fields(`Council Front Movement Alliance Party Brigade Union Committee Ministry
		Agency Service Court Commission Authority Institute Foundation Bank Group`)
	days  = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)
	units = strings.Fields(`people dead wounded soldiers homes buildings percent kilometres miles
		votes seats flights hostages prisoners tonnes`)
	speakers   = []string{"police", "officials", "a spokesman", "the ministry", "witnesses", "prosecutors", "the army", "local media"}
	syllables  = strings.Fields(`ka ri to mo na lu se pa vi do ren tal mer gon bri sta lo che qui zu an el or in ul et as im ob`)
	connectors = []string{",", ",", " and", " but", " while", " after", " as", " because"}
)

// Vocabulary returns the words articles are drawn from, commonest first.
func Vocabulary() []string {
	r := rand.New(rand.NewPCG(60_000, 1))
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, w := range functionWords {
		add(w)
	}
	for _, w := range newsWords {
		add(w)
	}
	var lemmas []string
	for w := range wordnet.Words {
		if plainWord(w) {
			lemmas = append(lemmas, w)
		}
	}
	r.Shuffle(len(lemmas), func(i, j int) { lemmas[i], lemmas[j] = lemmas[j], lemmas[i] })
	for _, w := range lemmas {
		if len(out) == VocabularySize {
			break
		}
		add(w)
	}
	for len(out) < VocabularySize {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		add(b.String())
	}
	return out
}

func plainWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Generator draws sentences and articles. Build one with New.
type Generator struct {
	r     *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

// vocabulary is built once: a few milliseconds, the same for every seed.
var vocabulary []string

// New returns a generator whose output depends on seed only.
func New(seed uint64) *Generator {
	if vocabulary == nil {
		vocabulary = Vocabulary()
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &Generator{r: r, vocab: vocabulary, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocabulary)-1))}
}

func (g *Generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *Generator) word() string { return g.vocab[g.zipf.Uint64()] }

func (g *Generator) name() string {
	switch g.r.IntN(4) {
	case 0, 1:
		return g.pick(firstNames) + " " + g.pick(lastNames)
	case 2:
		return g.pick(places)
	default:
		return "the " + g.pick(places) + " " + g.pick(groupNames)
	}
}

func (g *Generator) number() string {
	switch g.r.IntN(4) {
	case 0:
		return strconv.Itoa(2+g.r.IntN(500)) + " " + g.pick(units)
	case 1:
		return "$" + strconv.Itoa(1+g.r.IntN(90)) + " million"
	case 2:
		return "on " + g.pick(days)
	default:
		return "at least " + strconv.Itoa(2+g.r.IntN(60)) + " " + g.pick(units)
	}
}

// Sentence returns one sentence: words, names, a number maybe, and an
// attribution maybe.
func (g *Generator) Sentence() string {
	n := 8 + g.r.IntN(20)
	parts := make([]string, 0, n+8)
	if g.r.IntN(4) == 0 {
		parts = append(parts, g.name())
	}
	for i := range n {
		switch {
		case g.r.IntN(14) == 0:
			parts = append(parts, g.name())
		case g.r.IntN(20) == 0:
			parts = append(parts, g.number())
		case i > 3 && i < n-3 && g.r.IntN(18) == 0:
			parts[len(parts)-1] += g.pick(connectors)
			parts = append(parts, g.word())
		default:
			parts = append(parts, g.word())
		}
	}
	s := strings.Join(parts, " ")
	if g.r.IntN(3) == 0 {
		who := g.pick(speakers)
		if g.r.IntN(2) == 0 {
			who = g.name()
		}
		s += ", " + who + " said"
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// Paragraph returns one to four sentences.
func (g *Generator) Paragraph() string {
	k := 1 + g.r.IntN(4)
	ss := make([]string, k)
	for i := range ss {
		ss[i] = g.Sentence()
	}
	return strings.Join(ss, " ")
}

// Reword returns p told again: about a quarter of its plain words
// replaced, an attribution moved to the front, and one number in five
// changed.
func (g *Generator) Reword(p string) string {
	var out []string
	for s := range strings.SplitAfterSeq(p, ". ") {
		s = strings.TrimSuffix(strings.TrimSpace(s), ".")
		if s == "" {
			continue
		}
		if head, who, ok := strings.Cut(s, ", "); ok && strings.HasSuffix(who, " said") && g.r.IntN(2) == 0 {
			who = strings.TrimSuffix(who, " said")
			s = who + " said " + strings.ToLower(head[:1]) + head[1:]
		}
		ws := strings.Fields(s)
		for i, w := range ws {
			switch {
			case plainWord(w) && g.r.IntN(4) == 0:
				ws[i] = g.word()
			case isNumber(w) && g.r.IntN(5) == 0:
				n, _ := strconv.Atoi(w)
				ws[i] = strconv.Itoa(n + 1 + g.r.IntN(40))
			}
		}
		s = strings.Join(ws, " ")
		out = append(out, strings.ToUpper(s[:1])+s[1:]+".")
	}
	return strings.Join(out, " ")
}

func isNumber(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil
}

// Articles returns k articles of n paragraphs each about one story (see
// the package doc), each ending with a newline.
func (g *Generator) Articles(k, n int) []string {
	base := make([]string, n)
	for i := range base {
		base[i] = g.Paragraph()
	}
	out := make([]string, k)
	out[0] = strings.Join(base, "\n\n") + "\n"
	for j := 1; j < k; j++ {
		ps := make([]string, n)
		from := g.r.Perm(n) // each paragraph of the first reworded once at most
		for i := range ps {
			if g.r.IntN(3) == 0 {
				ps[i] = g.Reword(base[from[i]])
			} else {
				ps[i] = g.Paragraph()
			}
		}
		out[j] = strings.Join(ps, "\n\n") + "\n"
	}
	return out
}

// Articles returns k articles of n paragraphs each from a generator of
// the given seed.
func Articles(seed uint64, k, n int) []string { return New(seed).Articles(k, n) }

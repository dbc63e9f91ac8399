package corpus

import (
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
	"github.com/parallax-reader/parallax/corpus/judge"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/report"
)

// Survey is the comparison read across all its documents at once: which
// source covers which point (the coverage) and who is quoted saying what
// (the ledger).
type Survey struct {
	Coverage *coverage.Report
	Ledger   *coverage.Ledger
}

// The coverage types, from corpus/coverage.
type (
	CoverageReport = coverage.Report
	Ledger         = coverage.Ledger
)

// SurveyFacts are what the survey reads of every body passage of one
// comparison: the quantities it gives and the statements it attributes,
// by passage ID. CompareWith returns them when asked (Options.Survey),
// read while the features — most of a Compare's heap, let go before it
// returns — are at hand; reading them again from the text costs about
// half a Compare. A nil *SurveyFacts stands for "not kept".
//
// They carry as well the claim check CompareWith read with the
// comparison when asked (Options.Claim), and the Marker that gives the
// highlights it left out (Options.LazyMarks). Without Options.Survey,
// what they hold for the survey is nil, and SurveysWith reads the
// passages again.
type SurveyFacts struct {
	m map[string]*coverage.Facts // nil when not kept

	claim string            // the claim checked, as given
	check *model.ClaimCheck // its check, or nil

	marker *Marker // the alignments' highlights on demand (Options.LazyMarks), or nil
}

// Marker returns what gives the highlights of the comparison's
// alignments when CompareWith left them out (Options.LazyMarks), or nil.
func (f *SurveyFacts) Marker() *Marker {
	if f == nil {
		return nil
	}
	return f.marker
}

// Surveys reads the coverage and the ledger of c, reading every body
// passage again for the facts they need; SurveysWith takes those CompareWith
// kept instead.
func Surveys(c *Comparison) *Survey { return SurveysWith(c, nil) }

// SurveysWith reads the coverage and the ledger of c from facts, the
// SurveyFacts CompareWith returned with c; with nil it reads them from
// the text (as Surveys). The survey is the same either way.
func SurveysWith(c *Comparison, facts *SurveyFacts) *Survey {
	if facts == nil || facts.m == nil {
		facts = &SurveyFacts{m: readFacts(c)}
	}
	// The two read c and the facts and write neither: the ledger is read
	// while the coverage is.
	s := &Survey{}
	var wg sync.WaitGroup
	wg.Go(func() { s.Ledger = coverage.BuildLedger(c, facts.m) })
	s.Coverage = coverage.Build(c, facts.m)
	wg.Wait()
	return s
}

// keepFacts reads the facts of every body passage from the features and
// the claims analyze has read (sides[k] holds the claims of a linked
// passage; the others are read here).
func keepFacts(all []*model.Passage, feats []*features.Passage, sides []*judge.Side, ix *features.EntityIndex) *SurveyFacts {
	return &SurveyFacts{m: factsOf(all, feats, ix, func(k int) *claims.Set {
		if sides[k] != nil {
			return &sides[k].Claims
		}
		return claims.Read(feats[k], ix)
	})}
}

// readFacts reads, for every body passage, the quantities it gives and the
// statements it attributes to someone.
func readFacts(c *Comparison) map[string]*coverage.Facts {
	var all []*model.Passage
	for _, b := range bodyPassages(c.Documents) {
		all = append(all, b...)
	}
	feats, ix := features.Extract(all)
	return factsOf(all, feats, ix, func(k int) *claims.Set { return claims.Read(feats[k], ix) })
}

// factsOf reads, in parallel, the facts of every passage of all from its
// features and its claims (claimsOf(k) for all[k]), keyed by passage ID.
func factsOf(all []*model.Passage, feats []*features.Passage, ix *features.EntityIndex, claimsOf func(k int) *claims.Set) map[string]*coverage.Facts {
	out := make([]*coverage.Facts, len(all))
	parallel.For(len(all), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			out[k] = passageFacts(all[k], feats[k], claimsOf(k), ix)
		}
	})
	m := make(map[string]*coverage.Facts, len(all))
	for k, p := range all {
		m[p.ID] = out[k]
	}
	return m
}

// passageFacts reads the facts of one body passage from its features and
// its claims.
func passageFacts(p *model.Passage, f *features.Passage, cs *claims.Set, ix *features.EntityIndex) *coverage.Facts {
	out := &coverage.Facts{}
	for qi := range f.Nums {
		q := &f.Nums[qi]
		if thing := countedThing(q); thing != "" {
			out.Quantities = append(out.Quantities, coverage.Quantity{Thing: thing, Text: phraseText(p.Text, int(q.Start), int(q.End), f)})
		}
	}
	out.Attributions = attributions(cs, f, ix)
	return out
}

// phraseText is the quantity text[start:end] as a numbers line shows it,
// away from its sentence: a first word capitalised only because the
// sentence starts there is lower-cased ("At least 51 people" → "at
// least 51 people"); a name (a mention of f) or an acronym keeps its
// capitals.
func phraseText(text string, start, end int, f *features.Passage) string {
	s := text[start:end]
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || !sentenceStart(text, start, f.Sents) {
		return s
	}
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		word = s[:i]
	}
	if len(word) <= n || lexicon.IsAllCaps(word) {
		return s // "A", "US", "UN"
	}
	for _, m := range f.Ents {
		if int(m.Start) <= start && start < int(m.End) {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// sentenceStart reports whether only quotes, brackets or spaces come
// between the start of a sentence of sents and text[i].
func sentenceStart(text string, i int, sents []model.Span) bool {
	for _, sp := range sents {
		if int(sp.Start) <= i && i < int(sp.End) {
			lead := strings.TrimLeftFunc(text[sp.Start:i], func(r rune) bool {
				return unicode.IsSpace(r) || unicode.In(r, unicode.Pi, unicode.Ps, unicode.Quotation_Mark)
			})
			return lead == ""
		}
	}
	return false
}

// countedThing names what a quantity counts, for the numbers lines: the
// casualty classes and other labelled counts, amounts and shares; dates,
// years, ages, times and durations are not tallies and are left out.
func countedThing(q *features.Quantity) string {
	switch q.Kind {
	case features.QCount, features.QMoney, features.QPercent:
		if q.Kind == features.QCount && q.Label == "" {
			return ""
		}
		return q.Describe()
	}
	return ""
}

// attributions turns the acts of saying of one passage into ledger lines
// (speechAttributions), then the claims and denials no such statement
// holds: only those someone is said to make (a claimant, a speaker, or
// unnamed sources).
func attributions(cs *claims.Set, f *features.Passage, ix *features.EntityIndex) []coverage.Attribution {
	out, covered := speechAttributions(cs, f, ix)
	txt := f.Text
	inStatement := func(start int) bool {
		for k := range f.Toks {
			if int(f.Toks[k].Start) >= start {
				return covered[k]
			}
		}
		return false
	}
	for i := range cs.Claims {
		cl := &cs.Claims[i]
		if inStatement(cl.Cue.Start) {
			continue
		}
		a := coverage.Attribution{Hedged: cl.Hedged(), Anonymous: cl.Anon, Act: coverage.Claims}
		switch {
		case len(cl.Claimants) > 0:
			a.Speaker, a.SpeakerKey = actorsName(cl.Claimants, ix)
		case cl.Anon:
			a.Speaker, a.SpeakerKey = "unnamed sources", "unnamed sources"
		default:
			continue // the article's own voice
		}
		who, _ := actorsName(cl.Actors, ix)
		switch {
		case cl.Neg && who == "":
			a.Says, a.Act = cl.Role.None(), coverage.Denies
		case cl.Neg:
			a.Says, a.Act = cl.Role.Without(who), coverage.Denies
		case who == "":
			continue
		default:
			a.Says = cl.Role.With(who)
		}
		out = append(out, a)
	}
	for _, d := range cs.Denials {
		if inStatement(d.Neg.Start) || inStatement(d.Quote.Start) {
			continue
		}
		a := coverage.Attribution{Act: coverage.Denies}
		switch {
		case len(d.Speaker) > 0:
			a.Speaker, a.SpeakerKey = actorsName(d.Speaker, ix)
		case d.Body != "":
			a.Speaker = d.Body
		default:
			continue
		}
		if d.Quote.End <= d.Quote.Start || d.Quote.End > len(txt) {
			continue
		}
		// What follows the denying words: "it was overloaded", not "in
		// March and denied that it was overloaded"; the denying words are
		// the act, so "rejected calls to resign" is "calls to resign",
		// not a second verb after "denies".
		start := d.Quote.Start
		if d.Neg.Start >= start && d.Neg.Start < d.Quote.End {
			start = d.Neg.Start
			if d.Neg.End > start && d.Neg.End <= d.Quote.End {
				rest := strings.TrimLeftFunc(txt[d.Neg.End:d.Quote.End], unicode.IsSpace)
				rest = strings.TrimPrefix(rest, "that ")
				if strings.TrimSpace(rest) != "" {
					start = d.Quote.End - len(rest)
				}
			}
		}
		a.Says = strings.TrimSpace(txt[start:d.Quote.End])
		for _, tail := range []string{" and said", " and", " said"} {
			a.Says = strings.TrimSuffix(a.Says, tail)
		}
		out = append(out, a)
	}
	return out
}

// actorsName names a list of actors as a person reads them ("Iran and
// Egypt"), with a key that does not depend on how each was written.
func actorsName(as []claims.Actor, ix *features.EntityIndex) (name, key string) {
	var names, keys []string
	for _, a := range as {
		n := a.Label
		if !a.Generic && a.Key != "" {
			n = ix.Name(a.Key)
		}
		if n == "" {
			continue
		}
		names = append(names, n)
		k := a.Key
		if k == "" {
			k = strings.ToLower(n)
		}
		keys = append(keys, k)
	}
	return strings.Join(names, " and "), strings.Join(keys, "+")
}

// CountPairs counts the rows of every pair of documents as Pair lays them
// out, in pair order (0–1, 0–2, …, 1–2, …).
func CountPairs(c *Comparison) []Counts { return report.CountPairs(c) }

// ReportExtras are the sections a report adds to the pairings; see
// report.Extras.
type ReportExtras = report.Extras

// Extras reads the sections of a report across all documents: the
// coverage and the ledger (from facts, as SurveysWith), and with a claim
// (not "") the claim check: the one read with c when facts hold it for
// that claim (Options.Claim), else read now.
func Extras(c *Comparison, facts *SurveyFacts, claim string) ReportExtras {
	s := SurveysWith(c, facts)
	x := ReportExtras{Coverage: s.Coverage, Ledger: s.Ledger}
	switch {
	case claim == "":
	case facts != nil && facts.check != nil && facts.claim == claim:
		x.Claim = facts.check // read with the comparison (Options.Claim)
	default:
		x.Claim = CheckClaim(claim, c.Documents)
	}
	return x
}

// WriteJSONWith writes the JSON report with extra sections; see
// report.WriteJSONWith.
func WriteJSONWith(w io.Writer, c *Comparison, x ReportExtras) error {
	return report.WriteJSONWith(w, c, x)
}

// WriteJSONLater writes the JSON report, its extra sections read by
// extras while the sections before them are written; see
// report.WriteJSONLater.
func WriteJSONLater(w io.Writer, c *Comparison, extras func() ReportExtras) error {
	return report.WriteJSONLater(w, c, extras)
}

// WriteMarkdownWith writes the Markdown report with extra sections; see
// report.WriteMarkdownWith.
func WriteMarkdownWith(w io.Writer, c *Comparison, x ReportExtras) error {
	return report.WriteMarkdownWith(w, c, x)
}

// WriteTextWith writes the plain-text report with extra sections; see
// report.WriteTextWith.
func WriteTextWith(w io.Writer, c *Comparison, x ReportExtras) error {
	return report.WriteTextWith(w, c, x)
}

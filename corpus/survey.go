package corpus

import (
	"io"

	"strings"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/internal/parallel"
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

// Surveys reads the coverage and the ledger of c. It reads the features
// and claims of every body passage again (Compare lets them go to keep its
// memory low), so it costs about half a Compare; the reader runs it in the
// background.
func Surveys(c *Comparison) *Survey {
	facts := readFacts(c)
	return &Survey{Coverage: coverage.Build(c, facts), Ledger: coverage.BuildLedger(c, facts)}
}

// readFacts reads, for every body passage, the quantities it gives and the
// statements it attributes to someone.
func readFacts(c *Comparison) map[string]*coverage.Facts {
	var all []*model.Passage
	for _, b := range bodyPassages(c.Documents) {
		all = append(all, b...)
	}
	feats, ix := features.Extract(all)
	out := make([]*coverage.Facts, len(all))
	parallel.For(len(all), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			f := &coverage.Facts{}
			for qi := range feats[k].Nums {
				q := &feats[k].Nums[qi]
				if thing := countedThing(q); thing != "" {
					f.Quantities = append(f.Quantities, coverage.Quantity{Thing: thing, Text: all[k].Text[q.Start:q.End]})
				}
			}
			f.Attributions = attributions(claims.Read(feats[k], ix), feats[k].Text, ix)
			out[k] = f
		}
	})
	m := make(map[string]*coverage.Facts, len(all))
	for k, p := range all {
		m[p.ID] = out[k]
	}
	return m
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

// attributions turns the claims and denials of one passage into ledger
// lines: only those someone is said to make (a claimant, a speaker, or
// unnamed sources).
func attributions(cs *claims.Set, txt string, ix *features.EntityIndex) []coverage.Attribution {
	var out []coverage.Attribution
	for i := range cs.Claims {
		cl := &cs.Claims[i]
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
		// From the denying words on: "denied that it was overloaded",
		// not "in March and denied that it was overloaded".
		start := d.Quote.Start
		if d.Neg.Start > start && d.Neg.Start < d.Quote.End {
			start = d.Neg.Start
		}
		a.Says = strings.TrimSpace(txt[start:d.Quote.End])
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

// ReportExtras are the sections a report adds to the pairings; see
// report.Extras.
type ReportExtras = report.Extras

// Extras reads the sections of a report across all documents: the
// coverage and the ledger, and with a claim (not "") the claim check.
func Extras(c *Comparison, claim string) ReportExtras {
	s := Surveys(c)
	x := ReportExtras{Coverage: s.Coverage, Ledger: s.Ledger}
	if claim != "" {
		x.Claim = CheckClaim(claim, c.Documents)
	}
	return x
}

// WriteJSONWith writes the JSON report with extra sections; see
// report.WriteJSONWith.
func WriteJSONWith(w io.Writer, c *Comparison, x ReportExtras) error {
	return report.WriteJSONWith(w, c, x)
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

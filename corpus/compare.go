package corpus

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// Options say what CompareWith reads besides the pairings.
type Options struct {
	// Survey keeps the facts the survey (coverage and ledger) reads of
	// every passage, read while the features are at hand: for the paths
	// that show a survey (reports that print one, the reader's overview).
	// It costs a few per cent of a comparison; without it, SurveysWith
	// reads the passages again, about half a comparison.
	Survey bool

	// NoMarks leaves the alignments' highlights (MarksA, MarksB) out:
	// for the reports, which print none. Only the reader paints them; at
	// twenty sources they are a sixth of what the comparison keeps.
	NoMarks bool

	// LazyMarks leaves the highlights out too, but keeps what judging
	// needs so that a Marker (SurveyFacts.Marker) gives an alignment's
	// highlights when it is shown: for the reader, which paints those of
	// the rows on screen only. The kept sides cost memory (what NoMarks
	// alone lets go as judging goes), and the judge's memos of a side,
	// let go after judging, fill again as the reader's pairs are
	// browsed; the alignments are otherwise the same.
	LazyMarks bool

	// Claim, when not "", is checked against every document (CheckClaim)
	// while the comparison has what each passage reads on its own
	// (features.Read) at hand: the check resolves the names again, across
	// the claim and each document, but reads no passage again. Extras
	// takes the result from the facts CompareWith returns.
	Claim string

	// NoFacts leaves the judge's same-fact model out (judge.Input.NoFacts):
	// tools/fitfacts measures the engine without it.
	NoFacts bool
}

// Compare cleans and segments every source, then aligns and judges the
// passages of every pair of documents. It needs at least two sources
// (ErrTooFew) and at most MaxPassages passages in all (ErrTooMany).
func Compare(srcs []model.Source) (*model.Comparison, error) {
	c, _, err := CompareWith(srcs, Options{})
	return c, err
}

// CompareWith is Compare, returning as well what o asks for besides the
// pairings: with o.Survey the survey's facts (for SurveysWith and
// Extras), with o.Claim the claim check (for Extras), with o.LazyMarks
// the Marker (SurveyFacts.Marker); nil when o asks for none of them.
//
// The sources are cleaned and segmented in parallel, one per processor,
// while the topic and alias tables are built alongside: on a short
// comparison, parsing and stemming those tables is a large part of the
// run. The documents and the error reported are those of a serial run:
// sources are taken in order, and the first failure in source order wins.
func CompareWith(srcs []model.Source, o Options) (*model.Comparison, *SurveyFacts, error) {
	switch len(srcs) {
	case 0:
		return nil, nil, fmt.Errorf("%w: got 0; give two or more files, or a directory holding them", ErrTooFew)
	case 1:
		return nil, nil, fmt.Errorf("%w: got 1, %s; give two or more files, or a directory holding them", ErrTooFew, text.SanitizeName(srcs[0].Name))
	}
	var wg sync.WaitGroup
	wg.Go(func() { features.BuiltinTopics() })
	wg.Go(func() { features.BuiltinAliases() })

	docs := make([]*model.Document, len(srcs))
	errs := make([]error, len(srcs))
	var next, passages atomic.Int64
	var stop atomic.Bool
	for range min(runtime.GOMAXPROCS(0), len(srcs)) {
		wg.Go(func() {
			// Sources are taken in order, so when a worker stops (on an
			// error, or past the passage limit), every source before the
			// one the serial loop would fail on has been processed.
			for !stop.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(srcs) {
					return
				}
				docs[i], errs[i] = NewDocument(i, srcs[i])
				if errs[i] != nil || passages.Add(int64(len(docs[i].Passages))) > MaxPassages {
					stop.Store(true)
				}
			}
		})
	}
	wg.Wait()

	total := 0
	for i, s := range srcs {
		if errs[i] != nil {
			return nil, nil, errs[i]
		}
		if total += len(docs[i].Passages); total > MaxPassages {
			return nil, nil, &FileError{Name: s.Name, Err: detail(ErrTooMany,
				"the articles up to this one hold %d passages; the limit is %d", total, MaxPassages)}
		}
	}
	if work := len(docs) * total; work > MaxWork {
		return nil, nil, fmt.Errorf("%w: %d articles holding %d passages in all: every article is compared with every other, "+
			"and articles × passages (%d) is over the limit of %d, past which a comparison takes more than seconds; "+
			"compare fewer articles at once", ErrTooMany, len(docs), total, work, MaxWork)
	}
	c, facts := AnalyzeWith(docs, o)
	return c, facts, nil
}

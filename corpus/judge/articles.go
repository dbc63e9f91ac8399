package judge

import (
	"math"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/align"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// Articles: a paragraph is read with its article's stance.
//
// A debunking article refutes a rumour mostly by inference, paragraph
// after paragraph, with no denial word in the paragraph that speaks to
// the rumour's point ("other footage from the event shows Putin sans
// poop"); the article as a whole calls the report a hoax, fake, satire,
// made up. So the judge also reads each passage's whole document
// (ReadArticle, called by the orchestrator once per document, so a pair's
// verdict depends on its two documents only): the share of its sentences
// that call a report untrue (align.DisputeWords, with the passage rule's
// checks: "a fake passport" debunks nothing). Denial verbs are not in
// that list: a party denying something is news, not a debunk of the other
// article. When one article disputes in two sentences or more, far
// more densely than the other (articlesApart), and the other disputes
// nothing (plainMost), a link the
// rules leave related diverges — the disputing article's paragraph stands
// against what the other article states — unless that paragraph only
// recounts the claim ("the story claimed that …", words/recount.txt):
// every sentence of it recounts, and none debunks, so it takes no side
// (REALPAIRS.md). A recount followed by a sentence of the paragraph's own
// ("… video allegedly showing the two having sex leaked. But the video is
// from a porn website") stands against it (on the fit real-pair gold,
// found links 0.708 → 0.717, with the report-noun recounts of
// words/reportVerbs.txt: "the scandalous story maintained …"),
// or the other paragraph negates something (then it need not state what
// the article disputes: "NASA has not made any statement" in a report
// that debunks without debunking words; on the fit real-pair gold, every
// gold link 0.468 → 0.479, found links unchanged). Two debunks, or two plain reports,
// are not apart and keep the rules' verdict.
//
// What the article disputes (Article.Disputed, eval/ERRORS.md §20): the
// content words of its debunking sentences, of the sentence before each,
// and of its two openings, where a debunk says what it answers. The
// dispute reaches only a paragraph that states some of them (carried: a
// weight of about one rare word); one that states a detail the debunk
// leaves alone ("Purdon is located 70 miles from Dallas, and the
// hospital that cared for Duncan and Pham") is read on its own, and
// agrees with the debunk's paragraph telling the same detail when their
// best sentences share two names and a third item (undisputedDetail). A
// debunk's paragraph that only recounts the claim (", reports the site
// X"), whose other sentences meet nothing of the other paragraph ("The
// news has been widely adopted"), is related and settled, over an
// agreement too (recountsOnly), unless the other recounts as well. On
// the fit real-pair gold, found links right 358 → 362 of 487.
//
// What it gets wrong: a background paragraph of a debunk that neither
// restates nor refutes the rumour (who the satirist is) is read as
// standing against the rumour's paragraph; what is disputed is matched by
// stem, so "teaches English at the school" does not state "a real
// teacher" (WordNet groups matched far too much); a satire's debunk
// words describe the satire with the claim's words ("a satirical website
// has poked fun at … English names"), so a paragraph telling what the
// satire said can still read as disputed; an article that uses refuting
// words about something else (a court that "rejected" an appeal) reads as
// a debunk.

// Article is what the judge reads of a passage's whole document.
type Article struct {
	Dispute   float64  // sentences that call a report untrue, per ten sentences, log(1 + ·)
	Sentences int      // how many sentences do
	Cues      []string // the first few debunking words, as written, to quote

	// Disputed is what the article disputes, when it calls reports
	// untrue in two sentences or more (else nil): the content words
	// (stems, sorted; names and the debunking words left out) of its
	// sentences that do, of the sentence before each in its paragraph
	// ("A rumor claims X. But the rumor is not true."), and of its
	// opening paragraphs, where a debunk tells what it answers ("It's all
	// about the 'Lana' story about why she chose to abort her child").
	Disputed []lexicon.Word
}

// maxArticleCues is how many debunking words an Article keeps to quote.
const maxArticleCues = 3

// ReadArticle reads what the judge weighs of a whole document, from its
// body passages' features.
func ReadArticle(doc []*features.Passage) Article {
	var a Article
	n := 0
	var cueSents []int32 // the passage's sentences that call a report untrue
	var cueToks []int    // and the tokens of their debunking phrases
	for pi, p := range doc {
		f := &Side{Passage: p}
		last, lastCue := int32(-1), int32(-1)
		cueSents, cueToks = cueSents[:0], cueToks[:0]
		for k := range p.Toks {
			t := &p.Toks[k]
			if t.Sent != last {
				last = t.Sent
				n++
			}
			// Most words can start no debunk: one look-up by word id
			// before the phrase tables are read.
			if !mayDebunk(t.NormID()) {
				continue
			}
			m := debunkLen(f, k)
			if m == 0 || notDebunk(f, k) {
				continue
			}
			if t.Sent != lastCue {
				lastCue = t.Sent
				a.Sentences++
				cueSents = append(cueSents, t.Sent)
			}
			for i := k; i < k+m; i++ {
				cueToks = append(cueToks, i)
			}
			w := p.Text[t.Start:p.Toks[k+m-1].End] // the whole phrase: "made up"
			if len(a.Cues) < maxArticleCues && !slices.Contains(a.Cues, w) {
				a.Cues = append(a.Cues, w)
			}
		}
		if pi < align.Openings {
			cueSents = cueSents[:0]
			for k := range p.Toks {
				if !slices.Contains(cueSents, p.Toks[k].Sent) {
					cueSents = append(cueSents, p.Toks[k].Sent)
				}
			}
		}
		if len(cueSents) > 0 {
			a.Disputed = disputedWords(p, cueSents, cueToks, a.Disputed)
		}
	}
	if a.Sentences < 2 {
		a.Disputed = nil // no article dispute reads it (articleDisputes)
	}
	slices.Sort(a.Disputed)
	a.Disputed = slices.Compact(a.Disputed)
	a.Dispute = math.Log1p(float64(a.Sentences) * 10 / float64(max(1, n)))
	return a
}

// disputedWords appends to out the content words of a passage's
// sentences sents and of the sentence before each: the words the sentence match reads (agreement.go), names, plain
// words, calendar words and numbers left out, and the debunking phrases
// themselves (cues).
func disputedWords(p *features.Passage, sents []int32, cues []int, out []lexicon.Word) []lexicon.Word {
	e := 0
	for k := 0; k < len(p.Toks); k++ {
		t := &p.Toks[k]
		for e < len(p.Ents) && p.Ents[e].Tok0 < k {
			e++
		}
		if e < len(p.Ents) && p.Ents[e].Tok0 == k {
			k = p.Ents[e].Tok1 - 1 // a name: what it is about, not what is said of it
			continue
		}
		if !slices.Contains(sents, t.Sent) && !slices.Contains(sents, t.Sent+1) || slices.Contains(cues, k) {
			continue
		}
		if nf := factsOf(t.NormID()); t.StemID() == 0 || nf.plain || nf.calendar || t.Is(lexicon.TNum) {
			continue
		}
		out = append(out, t.StemID())
	}
	return out
}

// debunkStarts says, by word id, whether a debunk may start at the word:
// a dispute phrase begins with it or it negates truth (the two tests of
// debunkLen). ReadArticle reads every token of every document with a
// link, most in passages the judge never reads: the word facts (factsOf)
// would say the same, but reading them for all those words cost about
// 13 MB of peak memory at 2 × 10,000 paragraphs; a flag costs a pointer
// per word, to one of two shared values.
var debunkStarts lexicon.WordCache[bool]

var canDebunk, cannotDebunk = true, false

// mayDebunk reports whether a debunk may start at the word w.
func mayDebunk(w lexicon.Word) bool {
	return *debunkStarts.GetWord(w, func(w lexicon.Word) *bool {
		if align.StartsDispute(w) || negatesTruth(w.String()) {
			return &canDebunk
		}
		return &cannotDebunk
	})
}

// articlesApart is the gap in dispute density above which one article
// disputes what the other reports. Chosen on the FNC-1 fit part (go run
// ./tools/fitjudge -articles): body pairs where one agrees with a
// headline and the other disagrees, against pairs where both agree;
// the gap that classifies most of them right (0.822 of 1,122 pairs).
const articlesApart = 0.6

// plainMost is how many sentences of the other article may call a report
// untrue for it still to read as a plain report: none (chosen with
// articlesApart; one debunk against another is no dispute between them).
const plainMost = 0

// articleDispute makes a pair the rules leave related diverge when one
// article disputes what the other reports, and reports whether it did.
func (j *judgement) articleDispute(in Input) bool {
	deb, other, side, art := disputing(in)
	if !articlesStandApart(in) {
		return false
	}
	cues := art.Cues
	if negates(other) {
		return false // the other paragraph negates: it need not state what the article disputes
	}
	if carried(other, art) < minCarried {
		return false // it states nothing the article disputes: the pair's own reading stands
	}
	si := sentences(deb)
	if slices.ContainsFunc(si.recount, nonNegative) && !slices.ContainsFunc(si.debunk, nonNegative) && !slices.Contains(si.recount, -1) {
		return false // it only recounts the claim: it takes no side
	}
	// Quote the sentence pair the passages share most, or their first
	// sentences.
	sd, so := 0, 0
	if m := &j.match; m.sa >= 0 {
		sd, so = m.sb, m.sa
		if side == model.SideA {
			sd, so = m.sa, m.sb
		}
	}
	spd, spo := sentenceSpan(deb, sd), sentenceSpan(other, so)
	r := model.Reason{Kind: model.ReasonRefutes, Form: model.FormArticle, Side: side}
	w := strings.Join(cues, "”, “")
	if side == model.SideA {
		r.A, r.B, r.SpanA, r.SpanB = quote(deb.Text, spd), quote(other.Text, spo), spd, spo
		r.Words[0] = w
	} else {
		r.A, r.B, r.SpanA, r.SpanB = quote(other.Text, spo), quote(deb.Text, spd), spo, spd
		r.Words[1] = w
	}
	j.conflicts = append(j.conflicts, sentence(r))
	return true
}

func nonNegative(k int) bool { return k >= 0 }

// undisputedNames and undisputedItems are how many names, and items in
// all, the best sentence pair must share for undisputedDetail: two names
// and a third item ("Thomas Eric Duncan and Nina Pham have in fact been
// diagnosed with Ebola" / "…cared for both American Ebola patients,
// Thomas Eric Duncan, and Texas nurse, Nina Pham"); a name alone is not
// agreement.
const (
	undisputedNames = 2
	undisputedItems = 3
)

// undisputedDetail adds a support when one article disputes what the
// other reports but the other's paragraph states nothing it disputes
// (carried under minCarried), and the pair's best sentence pair shares
// two names and a third item, none of them negated: a detail both tell
// that the debunk leaves alone, which agrees (REALPAIRS.md: "details the
// disputing article does not dispute agree"). It reports whether it did.
func (j *judgement) undisputedDetail(in Input) bool {
	m := &j.match
	if m.sa < 0 || m.n < undisputedItems || m.n-m.content < undisputedNames || m.negA+m.negB > 0 || !articlesStandApart(in) {
		return false
	}
	_, other, side, art := disputing(in)
	if carried(other, art) >= minCarried {
		return false
	}
	sa, sb := sentenceSpan(in.A, m.sa), sentenceSpan(in.B, m.sb)
	r := model.Reason{Kind: model.ReasonSharedStatement, Form: model.FormUndisputed, Side: side,
		Words: [2]string{matchedWords(in.A, slices.Sorted(slices.Values(m.toksA))), matchedWords(in.B, slices.Sorted(slices.Values(m.toksB)))},
		A:     quote(in.A.Text, sa), B: quote(in.B.Text, sb), SpanA: sa, SpanB: sb}
	j.support = append(j.support, sentence(r))
	j.markA(spanOf(in.A, m.toksA), model.MarkShared)
	j.markB(spanOf(in.B, m.toksB), model.MarkShared)
	return true
}

// recountsOnly reports whether the disputing article's paragraph of a
// pair only recounts the claim it disputes, against a paragraph of a
// plain report (the articles stand apart as for articleDispute): it
// debunks in no sentence, recounts in one at least ("the story claimed
// that …", words/recount.txt), and no other sentence of it meets a
// content word of the other paragraph (what it says of its own is about
// the claim's spread, not the claim: "The news has been widely adopted").
// Such a paragraph takes no side: the pair is related, whatever words it
// shares (REALPAIRS.md). It returns the reason to give, quoting the
// recount.
func (j *judgement) recountsOnly(in Input) (model.Reason, bool) {
	if !articlesStandApart(in) || j.rel == nil {
		return model.Reason{}, false
	}
	deb, other, side, _ := disputing(in)
	si, oi := sentences(deb), sentences(other)
	if slices.ContainsFunc(si.debunk, nonNegative) || !slices.ContainsFunc(si.recount, nonNegative) || slices.ContainsFunc(oi.recount, nonNegative) {
		// Two recounts of one claim agree on what was claimed.
		return model.Reason{}, false
	}
	rs := -1 // the first recounting sentence
	for s, rc := range si.recount {
		if rc >= 0 {
			if rs < 0 {
				rs = s
			}
			continue
		}
		for _, it := range si.items[s] {
			if it.name {
				continue
			}
			for _, ot := range oi.flat {
				if ot.name {
					continue
				}
				var met bool
				if side == model.SideA {
					met, _ = j.rel.meet(it.idx, ot.idx)
				} else {
					met, _ = j.rel.meet(ot.idx, it.idx)
				}
				if met {
					return model.Reason{}, false // a sentence of its own speaks to the other
				}
			}
		}
	}
	os := j.match.sb // the other's sentence that met the debunk's best
	if side == model.SideB {
		os = j.match.sa
	}
	return recountReason(in, side, si.recount[rs], rs, os), true
}

// recountReason is the reason of a paragraph (side's) whose sentence s
// reports the claim as a claim, by the recount word at token rc, against
// the other paragraph's sentence os that states it; both are quoted. A
// trailing attribution shows its verb (", reports the site"), not the
// noun alone.
func recountReason(in Input, side model.Side, rc, s, os int) model.Reason {
	deb, other := in.B, in.A
	if side == model.SideA {
		deb, other = in.A, in.B
	}
	sd, so := sentenceSpan(deb, s), sentenceSpan(other, os)
	w0 := rc
	if reportRecount(deb, rc) && trailingReport(deb, rc) {
		w0 = rc - 2
	}
	w := deb.Text[deb.Toks[w0].Start:deb.Toks[rc].End]
	qd, qo := quote(deb.Text, sd), quote(other.Text, so)
	r := model.Reason{Kind: model.ReasonHedged, Form: model.FormRecount, Side: side}
	if side == model.SideA {
		r.Words[0], r.A, r.SpanA, r.B, r.SpanB = w, qd, sd, qo, so
	} else {
		r.Words[1], r.B, r.SpanB, r.A, r.SpanA = w, qd, sd, qo, so
	}
	return sentence(r)
}

// minCarried is how many of the words an article disputes (Disputed) a
// paragraph of the other article must state for the article's dispute to
// stand against it.
const minCarried = 3.0

// carried is how many distinct content words of the passage f, as the
// sentence match reads them, the article art disputes.
func carried(f *Side, art *Article) float64 {
	n := 0.0
	for _, it := range sentences(f).flat {
		if !it.name && !it.neg {
			if _, ok := slices.BinarySearch(art.Disputed, it.stem); ok {
				n += it.w
			}
		}
	}
	return n
}

// articlesStandApart reports whether one article of the pair disputes
// what the other reports: it calls reports untrue in two sentences or
// more, far more densely than the other (articlesApart), and the other
// in none (plainMost).
func articlesStandApart(in Input) bool {
	plain := &in.ArtA
	if in.ArtA.Dispute > in.ArtB.Dispute {
		plain = &in.ArtB
	}
	return articleDisputes(in) && plain.Sentences <= plainMost
}

// disputing returns the passage of the article that disputes more (B on
// a tie), the other passage, its side and its article.
func disputing(in Input) (deb, other *Side, side model.Side, art *Article) {
	if in.ArtA.Dispute > in.ArtB.Dispute {
		return in.A, in.B, model.SideA, &in.ArtA
	}
	return in.B, in.A, model.SideB, &in.ArtB
}

// articleDisputes reports whether the article that disputes more calls
// reports untrue in two sentences or more, far more densely than the
// other (articlesApart), whatever the other holds.
func articleDisputes(in Input) bool {
	_, _, _, art := disputing(in)
	return math.Abs(in.ArtA.Dispute-in.ArtB.Dispute) > articlesApart && art.Sentences >= 2
}

// quoteRun is how many words in a row one passage must repeat of the
// other, and quoteShare how much of the other passage's words, for it to
// quote the other word for word.
const (
	quoteRun   = 10
	quoteShare = 0.5
)

// quotesDisputed reports whether the passage of the disputing article
// repeats the other passage word for word: a debunk quoting the report
// it disputes ("The bogus report says: “…”"), unless what it repeats is
// a quotation in the other passage too: two paragraphs that quote one
// speaker agree on what was said (REALPAIRS.md), even when one article
// doubts the speaker. The quotation tells what the
// article disputes; it neither takes it on nor refutes it, so the pair is
// related (REALPAIRS.md: a recount is related to the paragraph asserting
// the claim), whatever the words it shares. Here the disputing article
// need only dispute in two sentences or more, far more densely than the
// other (articlesApart), without the other being free of debunking words:
// a hoax may quote its own invented witness calling something
// "impossible". It returns the reason to give, quoting the repeated run
// on the quoting side.
func quotesDisputed(in Input) (model.Reason, bool) {
	if !articleDisputes(in) {
		return model.Reason{}, false
	}
	deb, other, side, art := disputing(in)
	words := 0
	for k := range other.Toks {
		if other.Toks[k].Is(lexicon.TWord) {
			words++
		}
	}
	d0, o0, n := longestRun(deb, other, [2]int{0, len(deb.Toks)}, [2]int{0, len(other.Toks)})
	if n < quoteRun || float64(n) < quoteShare*float64(words) {
		return model.Reason{}, false
	}
	for o0 < len(other.Toks)-1 && !other.Toks[o0].Is(lexicon.TWord) {
		o0++ // the run's first word, not an opening quotation mark
	}
	for _, q := range quotations(other) {
		if o0 >= q[0] && o0 < q[1] {
			// The other passage quotes someone too: both report what
			// was said, and agree on it (REALPAIRS.md).
			return model.Reason{}, false
		}
	}
	end := d0
	for w := 0; end < len(deb.Toks) && w < n; end++ {
		if deb.Toks[end].Is(lexicon.TWord) {
			w++
		}
	}
	sp := model.Span{Start: int(deb.Toks[d0].Start), End: int(deb.Toks[end-1].End)}
	r := model.Reason{Kind: model.ReasonHedged, Form: model.FormQuoted, Side: side}
	w := strings.Join(art.Cues, "”, “")
	if side == model.SideA {
		r.A, r.SpanA, r.Words[0] = quote(deb.Text, sp), sp, w
	} else {
		r.B, r.SpanB, r.Words[1] = quote(deb.Text, sp), sp, w
	}
	return sentence(r), true
}

// disputedRecount reports whether an agreement rests only on the best
// sentence pair while the disputing article's sentence of it recounts the
// claim ("a story claiming that the suspect was found in a pool of blood")
// against the other article's telling: it tells what it disputes, so the
// pair is related (REALPAIRS.md), with the recount as its reason. The
// articles stand apart as for quotesDisputed.
func (j *judgement) disputedRecount(in Input) (model.Reason, bool) {
	m := &j.match
	if m.sa < 0 || j.bothDebunk {
		return model.Reason{}, false
	}
	for _, r := range j.support {
		if r.Kind != model.ReasonSharedStatement || r.Form == model.FormUntrue {
			return model.Reason{}, false
		}
	}
	if !articleDisputes(in) {
		return model.Reason{}, false
	}
	deb, _, side, _ := disputing(in)
	s, toks := m.sb, m.toksB
	if side == model.SideA {
		s, toks = m.sa, m.toksA
	}
	si := sentences(deb)
	rc := si.recount[s]
	if rc < 0 || si.debunk[s] >= 0 || !governs(deb, rc, toks) {
		return model.Reason{}, false
	}
	os := m.sb
	if side == model.SideB {
		os = m.sa
	}
	return recountReason(in, side, rc, s, os), true
}

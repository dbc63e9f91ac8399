package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parallax-reader/parallax/eval"
)

// report is one run: what was measured, on what, and the figures.
type report struct {
	Split       eval.Part
	Subset      int
	Env         env
	Workers     int
	TotalPairs  int
	TotalBodies int
	Load        time.Duration // reading the CSVs
	Wall, CPU   time.Duration // the FNC-1 comparisons
	FNC         *eval.FNCResult

	Gold       string // the gold file, relative to the module root
	Real       *eval.RealScore
	RealAbsent bool
	RealWall   time.Duration

	// The second dev gold, of longer articles, read blind
	// (eval.RealPairsDev2File): scored beside the first on a dev run
	// that names no gold of its own; nil otherwise.
	Gold2     string
	Real2     *eval.RealScore
	Real2Wall time.Duration
}

// target is one of issue 9's goals: a figure and the least it must reach.
type target struct {
	name  string
	value float64
	min   float64
}

func (t target) status() string {
	switch {
	case t.value < 0:
		return "n/a"
	case t.value >= t.min:
		return "met"
	default:
		return fmt.Sprintf("short by %.3f", t.min-t.value)
	}
}

func (r *report) targets() []target {
	m := &r.FNC.Confusion
	ts := []target{
		{"FNC-1 macro-F1", m.MacroF1(), 0.60},
		{"FNC-1 related-vs-unrelated accuracy", m.RelatedAccuracy(), 0.95},
		{"FNC-1 disagree F1", m.Class(eval.Disagree).F1, 0.35},
	}
	ts = append(ts, realTargets(r.Real, "real pairs")...)
	return append(ts, realTargets(r.Real2, "real pairs, round 2")...)
}

// realTargets are issue 9's goals for a real-pair gold's scores, none
// when rs is nil.
func realTargets(rs *eval.RealScore, name string) []target {
	if rs == nil {
		return nil
	}
	return []target{
		{name + ": must links found", rs.MustRecall(), 0.90},
		{name + ": precision", rs.Precision(), 0.80},
		{name + ": verdicts right", rs.VerdictAccuracy(), 0.80},
	}
}

func (r *report) bodies() int {
	seen := map[int]bool{}
	for _, p := range r.FNC.Pairs {
		seen[p.BodyID] = true
	}
	return len(seen)
}

func (r *report) what() string {
	s := fmt.Sprintf("FNC-1 %s part: %d pairs, %d bodies", r.Split, len(r.FNC.Pairs), r.bodies())
	if r.Subset > 0 {
		s += fmt.Sprintf(" (fixed subset of %d)", r.Subset)
	}
	return s
}

func num(v float64) string {
	if v < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", v)
}

func secs(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000)
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// writeTable prints the one table of the command's output.
func (r *report) writeTable(w io.Writer) {
	m := &r.FNC.Confusion
	fmt.Fprintf(w, "parallax accuracy — %s; %s wall, %s CPU, %d workers\n\n",
		r.what(), secs(r.Wall), secs(r.CPU), r.Workers)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "measure\tvalue\ttarget\tstatus")
	row := func(name, v, tgt, st string) { fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", name, v, tgt, st) }
	row("FNC-1 relative score", num(m.RelativeFNC()), "", "")
	ts := r.targets()
	row(ts[0].name, num(ts[0].value), "≥ 0.60", ts[0].status())
	row(ts[1].name, num(ts[1].value), "≥ 0.95", ts[1].status())
	for l := range eval.Label(eval.NumLabels) {
		c := m.Class(l)
		st, tgt := "", ""
		if l == eval.Disagree {
			tgt, st = "≥ 0.35", ts[2].status()
		}
		row(fmt.Sprintf("FNC-1 F1 %s (P %.3f, R %.3f, n %d)", l, c.Precision, c.Recall, c.Support), num(c.F1), tgt, st)
	}
	if r.RealAbsent {
		row("real pairs", "absent", "", r.Gold+" not written yet")
	}
	realRows := func(rs *eval.RealScore, name string) {
		for _, t := range realTargets(rs, name) {
			row(fmt.Sprintf("%s (%d pairs, %d stories)", t.name, len(rs.Pairs), rs.Stories),
				num(t.value), fmt.Sprintf("≥ %.2f", t.min), t.status())
		}
	}
	realRows(r.Real, "real pairs")
	realRows(r.Real2, "real pairs, round 2")
	tw.Flush()
}

// writeMarkdown writes ACCURACY.md.
func (r *report) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	r.mdHeader(&b)
	r.mdFNC(&b)
	r.mdExamples(&b)
	r.mdReal(&b)
	r.mdReal2(&b)
	r.mdWhy(&b)
	r.mdReproduce(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *report) mdHeader(b *strings.Builder) {
	e := r.Env
	fmt.Fprintf(b, `# Accuracy

Issue 9's measurements, written by `+"`go run ./cmd/accuracy`"+` (it prints the
same figures as one table). An FNC-1 stance is the engine's claim check
(`+"`corpus.CheckClaim`"+`, `+"`corpus/stance`"+`) of the headline against the body;
a real pair is the engine's normal comparison (`+"`corpus.Compare`"+`) of two
bodies. All in process, one comparison per worker. Not part of CI; the guard test
`+"`eval/accuracy_test.go`"+` holds the figures above floors (`+"`eval/floors.json`"+`)
on a fixed subset of 3,000 dev pairs.

- **Run:** %s, of %d labelled pairs and %d bodies in the training release
- **Time:** %s wall, %s CPU for the FNC-1 comparisons on %d workers (%.1f ms wall per pair); reading the CSVs %s
- **Machine:** %d CPUs, %s, %s, %s
- **Load average** (1, 5, 15 min): %s at the start, %s at the end — on a shared machine wall time is pessimistic, CPU time much less so
- **Code:** %s, %s

`, r.what(), r.TotalPairs, r.TotalBodies, secs(r.Wall), secs(r.CPU), r.Workers,
		float64(r.Wall.Microseconds())/1000/float64(max(1, len(r.FNC.Pairs))), secs(r.Load),
		e.CPUs, e.CPUModel, e.Platform, e.GoVersion, e.LoadBefore, e.LoadAfter,
		e.Commit, e.Date.Format("2006-01-02 15:04 UTC"))
}

func (r *report) mdFNC(b *strings.Builder) {
	m := &r.FNC.Confusion
	fmt.Fprintf(b, `## 1. FNC-1, %s part

Data: `+"`../shared/data/fnc-1`"+` (the FNC-1 training release; see its README).
Split: by body, so no article is on both sides — FNV-1a (32-bit) of the
Body ID written in decimal, modulo 5: 0 is dev (about 20 %%), the rest fit
(`+"`eval.PartOf`"+`). Stance (`+"`eval.Stance`"+`, one function): the claim check's
stance — supports → agree, contradicts → disagree, discusses → discuss,
silent → unrelated. Its three logistic regressions, read as a cascade
(related or not; then disagree or not, over two signals — the document
debunks a claim the headline asserts plainly, and vouching words — at a
threshold of 0.25 on its probability; otherwise agree or discuss, from a
regression with class weights tempered at power 0.5), are fitted on the
fit part only by `+"`go run ./tools/fitstance`"+`; the power, the threshold and
the signals were chosen on five story-grouped folds of the fit part, each story (headlines and
bodies joined by related pairs) wholly in one fold, so that nothing is scored
on a story it was fitted on (`+"`go run ./tools/fitstance -val`"+`), never on dev. The earlier rule, from the
alignments' verdicts, scored macro-F1 0.413 here (`+"`eval/variants_test.go`"+`).

| measure | value | target | status |
|---|---|---|---|
| FNC-1 relative score | %s | — | — |
`, r.Split, num(m.RelativeFNC()))
	for _, t := range r.targets()[:3] {
		fmt.Fprintf(b, "| %s | %s | ≥ %.2f | %s |\n", t.name, num(t.value), t.min, boldMiss(t.status()))
	}
	fmt.Fprintf(b, "| accuracy (all four stances) | %s | — | — |\n", num(m.Accuracy()))
	if r.FNC.Errors > 0 {
		fmt.Fprintf(b, "\n%d comparisons failed and were counted unrelated; the first: %v\n", r.FNC.Errors, r.FNC.FirstErr)
	}

	b.WriteString("\nPer class:\n\n| stance | gold pairs | precision | recall | F1 |\n|---|---|---|---|---|\n")
	for l := range eval.Label(eval.NumLabels) {
		c := m.Class(l)
		fmt.Fprintf(b, "| %s | %d | %.3f | %.3f | %.3f |\n", l, c.Support, c.Precision, c.Recall, c.F1)
	}

	b.WriteString("\nConfusion matrix (rows: gold, columns: predicted):\n\n| gold \\ predicted |")
	for l := range eval.Label(eval.NumLabels) {
		fmt.Fprintf(b, " %s |", l)
	}
	b.WriteString(" total |\n|---|---|---|---|---|---|\n")
	for g := range eval.Label(eval.NumLabels) {
		fmt.Fprintf(b, "| **%s** |", g)
		n := 0
		for p := range eval.Label(eval.NumLabels) {
			fmt.Fprintf(b, " %d |", m[g][p])
			n += m[g][p]
		}
		fmt.Fprintf(b, " %d |\n", n)
	}

	// The majority class on the same pairs, for scale.
	var maj eval.Confusion
	for _, p := range r.FNC.Pairs {
		maj.Add(p.Stance, eval.Unrelated)
	}
	fmt.Fprintf(b, `
For scale, on the same pairs: always "unrelated" (the majority class) scores
macro-F1 %.3f, FNC-1 %.3f, related accuracy %.3f. Published on the
competition test split (Hanselowski et al., COLING 2018): majority class
macro-F1 0.21, best feature-based systems 0.61.
`, maj.MacroF1(), maj.RelativeFNC(), maj.RelatedAccuracy())
}

func boldMiss(s string) string {
	if strings.HasPrefix(s, "short") {
		return "**" + s + "**"
	}
	return s
}

// mdExamples lists a dozen errors with the evidence that decided them:
// the first pair (in file order) of each kind of confusion, then more of
// the most frequent kinds.
func (r *report) mdExamples(b *strings.Builder) {
	type cell struct{ g, p eval.Label }
	byCell := map[cell][]int{}
	for i, p := range r.FNC.Pairs {
		if pred := r.FNC.Predicted[i]; pred != p.Stance {
			c := cell{p.Stance, pred}
			byCell[c] = append(byCell[c], i)
		}
	}
	if len(byCell) == 0 {
		return
	}
	cells := make([]cell, 0, len(byCell))
	for c := range byCell {
		cells = append(cells, c)
	}
	sort.Slice(cells, func(i, j int) bool {
		a, b := len(byCell[cells[i]]), len(byCell[cells[j]])
		if a != b {
			return a > b
		}
		return cells[i].g*eval.NumLabels+cells[i].p < cells[j].g*eval.NumLabels+cells[j].p
	})
	const want = 12
	var picked []int
	for round := 0; len(picked) < want; round++ {
		added := false
		for _, c := range cells {
			if ids := byCell[c]; round < len(ids) && len(picked) < want {
				// Spread the picks over the file: the round-th of evenly spaced ones.
				picked = append(picked, ids[round*len(ids)/min(len(ids), want)])
				added = true
			}
		}
		if !added {
			break
		}
	}
	b.WriteString(`
### Error analysis: a dozen of the errors

One of each kind of confusion first, then more of the most frequent kinds,
spread over the file. "Evidence" is the alignment that decided the stance
(its verdict, score, the body line it links and the engine's reasons), or
"no alignment" when the engine linked no paragraph to the headline.

| gold → predicted | body | headline | evidence |
|---|---|---|---|
`)
	for _, i := range picked {
		p := r.FNC.Pairs[i]
		fmt.Fprintf(b, "| %s → %s | %d | %s | %s |\n", p.Stance, r.FNC.Predicted[i], p.BodyID, cellText(p.Headline), cellText(r.FNC.Why[i]))
	}
}

// cellText makes text safe inside a Markdown table cell.
func cellText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}

func (r *report) mdReal(b *strings.Builder) {
	b.WriteString("\n## 2. Real multi-outlet pairs\n\n")
	if r.RealAbsent {
		fmt.Fprintf(b, "Not measured: `%s` is absent (the gold is being written).\n", r.Gold)
		return
	}
	fmt.Fprintf(b, `Gold: `+"`%s`"+`, %d pairs of FNC-1 bodies from %d stories, each paragraph
pair a careful reader links marked must / should / acceptable with its
verdict. Each pair is compared body A against body B with `+"`corpus.Compare`"+`
(%s). Must links found: must links among the alignments; precision:
alignments whose line pair the gold lists at any level, over all alignments
kept; verdicts right: over the gold links found. Totals sum the counts over
pairs.

`, r.Gold, len(r.Real.Pairs), r.Real.Stories, secs(r.RealWall))
	mdRealScores(b, r.Real)
}

// mdReal2 writes the second dev gold's section, when it was scored.
func (r *report) mdReal2(b *strings.Builder) {
	if r.Real2 == nil {
		return
	}
	fmt.Fprintf(b, `
### 2b. Real pairs, round 2: longer articles, read blind

Gold: `+"`%s`"+`, %d pairs from %d stories of the FNC-1 dev part, written
from the texts alone before the engine was run on them (REALPAIRS.md, "Dev
gold, round 2"): 7–29 paragraphs a side, where the first dev gold's are
4–16. Scored as above (%s). Nothing was chosen on it; it decided three
pre-registered candidates: two merged, one kept out (eval/ERRORS.md §18,
§20; §15).

`, r.Gold2, len(r.Real2.Pairs), r.Real2.Stories, secs(r.Real2Wall))
	mdRealScores(b, r.Real2)
}

// mdRealScores writes a real-pair gold's totals and its table per pair.
func mdRealScores(b *strings.Builder, rs *eval.RealScore) {
	b.WriteString("| measure | value | counts | target | status |\n|---|---|---|---|---|\n")
	counts := []string{
		fmt.Sprintf("%d / %d", rs.MustFound, rs.Must),
		fmt.Sprintf("%d / %d", rs.KeptInGold, rs.Kept),
		fmt.Sprintf("%d / %d", rs.VerdictRight, rs.Found),
	}
	for i, t := range realTargets(rs, "") {
		fmt.Fprintf(b, "| %s | %s | %s | ≥ %.2f | %s |\n", strings.TrimPrefix(t.name, ": "), num(t.value), counts[i], t.min, boldMiss(t.status()))
	}
	if rs.Errors > 0 {
		fmt.Fprintf(b, "\n%d pairs could not be compared (their must links count as missed).\n", rs.Errors)
	}
	b.WriteString("\nPer pair:\n\n| pair | story | bodies | must found | precision | verdicts right | must links missed (A–B lines) | wrong verdicts (gold → engine) |\n|---|---|---|---|---|---|---|---|\n")
	for _, s := range rs.Pairs {
		var missed, wrong []string
		for _, l := range s.Missed {
			missed = append(missed, fmt.Sprintf("%d–%d", l.A, l.B))
		}
		for _, m := range s.Wrong {
			wrong = append(wrong, fmt.Sprintf("%d–%d %s → %s", m.A, m.B, m.Verdict, m.Got))
		}
		if s.Err != nil {
			missed = append([]string{"error: " + s.Err.Error()}, missed...)
		}
		fmt.Fprintf(b, "| %s | %s | %d, %d | %d / %d | %d / %d | %d / %d | %s | %s |\n",
			cellText(s.ID), cellText(s.Story), s.A, s.B, s.MustFound, s.Must, s.KeptInGold, s.Kept,
			s.VerdictRight, s.Found, cellText(strings.Join(missed, ", ")), cellText(strings.Join(wrong, ", ")))
	}
}

// mdWhy says where the targets are missed and why; the causes are those
// of the error analysis in eval/ERRORS.md, re-read after each change.
func (r *report) mdWhy(b *strings.Builder) {
	var missed []string
	for _, t := range r.targets() {
		if t.status() != "met" {
			missed = append(missed, fmt.Sprintf("%s %s (%s)", t.name, num(t.value), t.status()))
		}
	}
	if len(missed) == 0 {
		return
	}
	fmt.Fprintf(b, `## 3. Where the targets are missed, and why

Missed: %s. The causes, from the error analysis (`+"`eval/ERRORS.md`"+`, and the
wrong verdicts listed per pair above):

- **FNC-1 disagree.** The claim check reads words, not meaning. It finds
  a debunk of a claim the headline asserts plainly (no "says", hedge,
  question, negation or debunking word of its own) when the body calls
  something a hoax, fake or untrue in its own voice: on story-grouped
  folds of the fit part (`+"`go run ./tools/fitstance -val`"+`) that alone, in a
  regression of its own, lifts disagree F1 from 0.234 to 0.357 (precision
  0.40, recall 0.32), where the joint regression of every signal let the
  weak ones that fit a story's wording call discussing bodies disagree.
  Still missed: bodies that refute by stating something else ("withdrew
  from the role" against "set to play"; 38 %% of disagree bodies on the
  fit part hold no refuting word at all), and headlines that call a story
  a hoax against bodies that tell it straight. Still wrongly called
  disagree: bodies that debunk a neighbouring claim, or use "fake" of a
  thing ("a fake passport"). Published feature-based systems reach a
  disagree F1 of 0.13–0.15 on the competition test split.
- **Real pairs, must links.** Even at a threshold of 0.02, 16 of the 86 dev
  must links score zero: one account debunks the other by reference ("the
  incident never happened"), refers back to an earlier paragraph ("that
  possibility", "the actor"), or names a person in a form the features do
  not join. Borrowing a share of the previous paragraph's words raised
  recall but cost more precision on the fit gold, so it was not kept (read
  again with only the names of the previous paragraph, and only for a
  paragraph that opens on a pronoun or "the" + noun: +1 must link on the
  fit gold for -0.02 precision). The threshold (0.10, with the rule that a
  link may not ride on one shared item) was chosen on the fit gold
  (`+"`-split fit`"+`); so were a year that meets the same year inside a
  date, the cap of a link to the 5 best of its A paragraph and the 4 best
  of its B paragraph, 0.05 more for a link between two openings (the
  first two paragraphs of each account: a third of the must links join
  two openings), and a full name that no other paragraph of the two
  accounts uses passing the one-item gate ("born David Roy Fitch" in
  both). Two wider rules find more must links but are not kept, because
  the judge calls most of the links they add "related" where the gold says
  agree or diverge, and verdicts right would fall under its floor on dev:
  any such name, one word too (fit must +1 more, dev verdicts 0.578–0.584
  on two merges of the engine), and
  the openings' bonus passing the gate as well (fit +3). Paraphrase
  read below the threshold (WordNet, killed / died) adds 2 must links on
  the fit gold for -0.04 precision. What is left needs more than shared
  words: debunks by reference, paraphrase WordNet does not relate
  ("relieve himself" / "urinating"), and a story's own word as the only
  shared item ("priest", "teacher") in a debunk. Since then (ERRORS.md
  §9, chosen on the fit gold: must 0.637 → 0.703): a passage that
  disputes ("never happened", or "But"/"However" with a negation) and an
  opening of the other account that does not are read as two openings
  (the bonus, and through the one-item gate); in an account that disputes
  as a whole, a disputing passage nothing links is linked to the other
  account's first passage; and a social post embedded in a page is a
  credit, not body. Dev must 0.628 → 0.686. Reading paraphrase from 0.08
  (fit must +2, precision -0.005) was left out for its cost at 20 × 500
  (6 %% more alignments).
- **Real pairs, precision.** Most of the links kept that the gold lacks are
  background both accounts recount, or links a reader would defend that
  the gold omits (one account "could not confirm his death", the other
  "confirmed the death"); links riding on a single shared name or number,
  and headline-shaped link lines inside bodies, are gone, and a short
  paragraph that matches a whole account on one figure ("6 days of
  darkness in December") links at most its 4 best partners. Counting the
  topic share only from a cosine of 0.12 (not 0.08) drops two false links
  on the fit gold and no gold link, but one must link on dev, under its
  floor: not kept. A learned filter now reads each link the gates pass
  (corpus/align/filter.go, ERRORS.md §14): a logistic regression over the
  parts of its score, its rank in its paragraph's row and column and its
  ratio to their best, the paragraphs' lengths and places and the
  articles' size, fitted on the 54 fit pairs; a link under 0.35 is
  dropped. Left out one pair at a time it raises fit precision 0.575 →
  0.618 for 4 of 357 must links (0.742 → 0.731); it acts on long
  articles, where readers link fewer secondary paragraphs, and drops
  none of the links of the 21 short dev pairs, so the dev figures above
  are unchanged by it: whether it generalises, the dev gold cannot yet
  say.
- **Real pairs, verdicts.** The largest error left is a gold "agree" called
  related: the same fact in other words, where the best sentence pair
  shares fewer than two content words. The judge now reads one signal of
  it: two sentences that state the same action — verbs that meet (one
  stem, or WordNet synonyms), read as verbs by their form, with arguments
  in common (a name, or two content words of news), not two named
  subjects — agree, quoted on both sides as "the same action"
  (corpus/judge/sameaction.go); and a negation before a word of truth
  with words between ("might not be a completely accurate account")
  debunks like the list's phrases. Both chosen on the fit gold (found
  links 0.726 → 0.752; every fit gold link 0.570 → 0.582); dev 0.596 →
  0.626. What is left of the kind says one fact with two different verbs
  WordNet does not relate ("was fired" / "wilful absence had been proved
  against him"; "resurfaced" / "ended up"), or a noun for the action ("his
  passing"). Next come a debunk's retelling of the hoax called agree where
  the gold says related, hedges the recount list lacks ("is pretty certain
  that", "The Sun reported"), and debunks that refute by inference with no
  debunking word ("the most recent photo shows the car without any
  markings"; "not owned by X, but by Y"), which the article-level reading
  cannot see. Letting the fitted judge model (tools/fitjudge) decide what
  the rules leave related moves the figures by a few links either way and
  would give divergences with no conflict to quote, so it does not decide
  them; fitting its upgrade model on the fit gold itself, scored
  leave-one-story-out (`+"`go run ./tools/fitjudge -cv`"+`), gained nothing
  that holds under the judge's guard (eval/ERRORS.md §7).
- **A wider fit gold, and what it showed** (eval/testdata/REALPAIRS.md,
  "Fit gold"). The fit gold grew from 18 pairs (263 links) to 34 pairs
  (512 links) of 34 stories, read by two readers (verdicts on the links
  both made agree 199 of 210, kappa 0.91). On the 16 new pairs alone the
  engine as it was scored must 0.655, precision 0.560, verdicts 0.663:
  the settings chosen on 18 pairs carried over badly, precision most.
  Precision follows how densely the gold links an article's paragraphs
  (0.77 where the gold lists 20 %% of the passage pairs, 0.46 where it
  lists 10 %%: the engine keeps about as many links per paragraph however
  long the article, where readers link fewer of a long article's
  secondary paragraphs). Chosen again on all 34 pairs (ERRORS.md §11,
  §12): a strong WordNet paraphrase links from a score of 0.07 when it
  alone reaches 0.15; a shared date passes the one-item gate as a full
  name does; a passage that disputes (a debunk, or "But/However" with a
  negation) against one that states the claim diverges when a word of the
  dispute meets it or the dispute refers back to an opening; a party
  silent on both sides ("has not commented" / "has yet to respond")
  agrees; idioms that read as debunks or negations ("no doubt", "not
  every day", "fraud ring") no longer do. Fit: must 0.682 → 0.693,
  precision 0.669 → 0.672, verdicts 0.699 → 0.771. Dev moved much less
  (must 0.686 → 0.698, precision 0.615 → 0.614, verdicts 0.625 → 0.628):
  most of the fit gain is rebuttal links called related, of which the dev
  gold has few; its 42 wrong verdicts spread over every kind (agree
  called related 14, related called diverge 8 or agree 7, agree called
  diverge 6, diverge called related 5 or agree 2). What is left on both is the same fact in other words (WordNet does
  not relate "taken prisoner" / "captured"), refutation by inference, and
  ranking a long article's secondary paragraphs, which needs the judge's
  reading rather than a score.
- **The fit gold's third round, and what did not carry** (REALPAIRS.md,
  ERRORS.md §13, §14). Twenty more fit pairs, most of 15 paragraphs a side
  or more, read by a second reader blind (verdicts on the links both made
  agree 441 of 456, kappa 0.89): 54 pairs, 1,096 links, 357 must. On them
  the engine scored must 0.742, precision 0.575, verdicts 0.681; the
  learned filter above brought precision to 0.623 (0.618 left out one
  pair at a time) for 3 must links. Measured there and not kept: a rule
  that two plain accounts (neither calls anything untrue) agree on a pair
  whose best sentences share one content word and nothing stands apart
  (fit 341 → 365 of 499, dev 71 → 74 of 113) — it calls pinned pairs of
  different facets of one event agreement ("arrested two men" /
  "examining video"), and no reading of verbs tried (a verb guard,
  WordNet's verb classes) kept the gain without them; letting the gates
  pass more links for the filter to judge (fit must +3 at equal
  precision; dev must 0.698 → 0.733) — the links it adds on dev rest on
  one shared item, the judge calls them related where the gold says agree
  or diverge, and verdicts right fell to 0.602, under its floor. Both say
  the same: the next gain in links and in verdicts is the judge's reading
  of one fact told in other words, not the selection. Dev did not move
  this round (its pairs are short: 4–16 paragraphs a side, where the
  filter drops nothing).
- **A second, blind dev gold; the same-fact decision; false divergences**
  (ERRORS.md §15–§19; REALPAIRS.md, "Dev gold, round 2"). Fifteen more
  dev pairs of 7–29 paragraphs a side, written from the texts before the
  engine ran on them (§2b above): precision there (0.564) is lower than
  on the short pairs, as the fit gold's long pairs said, and most wrong
  verdicts are agree called related or diverge. Kept, each chosen on the
  fit gold and decided by a rule written before its dev run: a learned
  same-fact decision for links the rules leave related (fit, leaving one
  pair out, 333 → 352 of 487 found links right; dev 71 → 73 of 113),
  guarded by a different detail standing apart in the best sentences
  (names, dates, subjects, counts, what happens); a review showed the
  guards and the intercept carry it (+18 without the other features),
  and its reasons now say so; readings of false divergences (a negation
  that only asks, a denial of another predicate, "no proof" against
  "could not be verified", two figures of two things, idioms: fit 352 →
  358, dev2 58 → 59); an article's dispute carried only to paragraphs
  that state what it disputes, a detail it leaves alone agreeing (§20:
  fit 358 → 362; dev2 59 → 59, old dev 73 → 72: flat on held-out data);
  British spellings folded through a table derived from SCOWL's word
  lists (no fit link moves). Measured and not kept:
  the one-item gate and the pair weighting again on the new judge (must
  +4 on fit, the bar +6, §17); references to an article's subject ("the
  actor") read as its name (+2 −3 must, §16); the review's fixes of the
  same-fact features (dev2 58 against 59, §15). The fit gold's missed
  must links by cause (§16): the same fact in other words 29, a dispute
  in its own words 24, a subject named by description or pronoun 10,
  story-wide words sunk by the pair weighting 10.
- **A pair alone or with other files.** Term weights come from the fixed
  background, and TestPairIndependentOfOthers holds a pair's alignments
  and verdicts the same with other real articles loaded. But names are
  still resolved across every loaded file (whether a word is ever written
  in lower case, which short form joins which full name), so text built
  to collide can move a pair: a third file holding "peskov" in lower case
  moves a seeds link's score 0.710 → 0.707, and sixty such passages take
  the pair from 18 links to 17. Resolving names per pair is the fix, not
  yet built.

`, strings.Join(missed, "; "))
}

func (r *report) mdReproduce(b *strings.Builder) {
	b.WriteString(`
## Reproduce

` + "```sh" + `
go run ./cmd/accuracy                    # this file: the dev part, all pairs
go run ./cmd/accuracy -n 1000            # a quick fixed subset; prints the table only
go run ./cmd/accuracy -split fit -o -    # the fit part, report on stdout
go test ./eval                           # metrics, split, loaders; the guard test (needs the data)
EVAL_VARIANTS=1 go test ./eval -run StanceVariants -v   # the stance rules compared on fit
` + "```" + `

The FNC-1 data is read from ` + "`../shared/data/fnc-1`" + ` beside the module root
(` + "`-data DIR`" + ` to point elsewhere); it is never copied into the repository.
The competition test split is not used.
`)
}

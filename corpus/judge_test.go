package corpus

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-reader/parallax/corpus/model"
)

// hasReason reports whether an alignment carries a reason of the kind
// whose text contains every fragment.
func hasReason(al *model.Alignment, kind model.ReasonKind, fragments ...string) bool {
	for _, r := range al.Reasons {
		if r.Kind != kind {
			continue
		}
		ok := true
		for _, f := range fragments {
			if !strings.Contains(r.Text, f) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func TestVerdicts(t *testing.T) {
	tests := []verdictRow{
		{"compatible tolls agree",
			"The earthquake in Herat killed at least 143 people, officials said on Sunday.",
			"Officials said 145 people were killed by the Herat earthquake.",
			model.Agree, model.ReasonSharedNumber, []string{"dead"}},
		{"conflicting tolls diverge",
			"The earthquake in Herat killed 30 people, officials said on Sunday.",
			"Officials said 50 people were killed by the Herat earthquake.",
			model.Diverge, model.ReasonNumberDiffers, []string{"dead: 30 ≠ 50"}},
		{"two warners are two details, both can be true",
			"Egypt warned Israel days before the Hamas attack, officials said.",
			"Jordan warned Israel days before the Hamas attack, officials said.",
			model.Related, model.ReasonDifferentDetail, []string{"warning from", "Egypt", "Jordan"}},
		{"a claim against a denial by another speaker diverges",
			"US officials said they had warned Russia about an imminent attack on a concert hall.",
			"The Kremlin said it had not received any warning about an attack on a concert hall.",
			model.Diverge, model.ReasonNegation, []string{"warning"}},
		{"the gunmen are no rival to a named culprit",
			"The attack on the concert hall was carried out by the gunmen, police said.",
			"The attack on the concert hall was carried out by ISIS-K, police said.",
			model.Agree, "", nil},
		{"a branch and its parent are one culprit",
			"The attack on the concert hall was carried out by ISIS-K, the ministry said.",
			"The attack on the concert hall was carried out by Islamic State, the ministry said.",
			model.Agree, "", nil},
		{"a recount against a statement is related, and marked",
			"Police said the gunman had allegedly trained with a militia in the hills.",
			"The gunman trained with a militia in the hills, police said.",
			model.Related, model.ReasonHedged, []string{"allegedly"}},
		{"a debunk against a recount is related",
			"The rumor is not true: the singer was not arrested in Madrid.",
			"A viral story claimed the singer was arrested in Madrid on Monday.",
			model.Related, model.ReasonHedged, []string{"not true"}},
		{"both debunking agree",
			"The claim that the singer was arrested in Madrid is a hoax.",
			"Reports that the singer was arrested in Madrid are false.",
			model.Agree, model.ReasonSharedStatement, []string{"untrue"}},
		{"a denied debunk debunks nothing",
			"Lin denied that his video was staged.",
			"Lin's video shows a homeless man buying food for others.",
			model.Related, "", nil},
		{"a shared duration with a shared word agrees",
			"The brothers battled the catfish for 40 minutes before landing it.",
			"It took the two brothers 40 minutes to land the catfish on the bank.",
			model.Agree, model.ReasonSharedNumber, []string{"40 minutes"}},
		{"the same negative on both sides agrees",
			"Investigators found no evidence of a mechanical failure on the train.",
			"No evidence of any mechanical failure was found by investigators on the train.",
			model.Agree, "", nil},
		{"a debunk against a statement diverges",
			"Banksy was arrested in London on Monday, police said.",
			"The story that Banksy was arrested in London is a hoax.",
			model.Diverge, model.ReasonRefutes, []string{"hoax"}},
		{"the same warner agrees, metonym and demonym alike",
			"Washington had warned the Kremlin about an imminent attack.",
			"American officials alerted Moscow to an imminent attack, the report said.",
			model.Agree, model.ReasonSharedClaim, []string{"warning from US"}},
		{"a different culprit by one claimant diverges",
			"Ukraine's SBU said the explosion on the Kerch bridge was carried out by Russian saboteurs working for the FSB.",
			"The SBU said the Kerch bridge explosion was carried out by the GRU.",
			model.Diverge, model.ReasonActorDiffers, []string{"responsible"}},
		{"different parties blaming different culprits do not conflict",
			"Israel blamed Hezbollah for the rocket strike on Majdal Shams.",
			"Iran blamed Israel itself for the rocket strike on Majdal Shams.",
			model.Related, "", nil},
		{"denial against assertion diverges",
			"Officials said Hezbollah was behind the rocket strike on Majdal Shams.",
			"Officials said Hezbollah had nothing to do with the rocket strike on Majdal Shams.",
			model.Diverge, model.ReasonNegation, []string{"Hezbollah"}},
		{"a kind against a name is general vs specific",
			"The minister said the Nairobi mall attack was carried out by militants.",
			"The minister said the Nairobi mall attack was carried out by al-Shabab.",
			model.Diverge, model.ReasonGeneralSpecific, []string{"militants", "al-Shabab"}},
		{"the same speaker denying agrees however the denied thing is phrased",
			"Asked about Chinese hackers, Nadia Petrova said: “No, we are not aware of that.”",
			"Nadia Petrova said she knew nothing about warnings from Taiwan about the breach.",
			model.Agree, model.ReasonBothDeny, []string{"Nadia Petrova"}},
		{"hedged and asserted claims agree with a note",
			"Turkey reportedly warned Sweden about the plot against the embassy in Ankara.",
			"Turkey warned Sweden about the plot against the embassy in Ankara.",
			model.Agree, model.ReasonHedged, []string{"hedges"}},
		{"anonymous sources are noted",
			"Syria warned Lebanon about the convoy attack, citing two sources familiar with the matter.",
			"Syria warned Lebanon about the attack on the convoy, the ministry said.",
			model.Agree, model.ReasonAnonymous, []string{"unnamed"}},
		// A denial against a statement of the same fact, outside any role.
		{"a denial against a statement of the same fact diverges",
			"Police in Nairobi denied that tear gas had been fired at the marchers outside parliament.",
			"Police in Nairobi fired tear gas at the marchers outside parliament, witnesses said.",
			model.Diverge, model.ReasonNegation, []string{"tear gas", "A denies it", "B states it"}},
		{"not knowing is no denial of the fact",
			"The ministry in Nairobi said it was not aware of tear gas being fired at the marchers outside parliament.",
			"Police in Nairobi fired tear gas at the marchers outside parliament, witnesses said.",
			model.Related, "", nil},
		{"a bare denial of arrests against an arrest diverges",
			"Prosecutors in Krefeld opened an inquiry into the blast. No arrests have been made.",
			"Prosecutors in Krefeld opened an inquiry into the blast and detained a shift manager.",
			model.Diverge, model.ReasonNegation, []string{"detained", "No arrests"}},
		{"claims called false are denied",
			"Claims that Tajik troops fired first on the border post near Vorukh are false, the ministry said.",
			"Tajik troops fired first on the border post near Vorukh, the Kyrgyz side said.",
			model.Diverge, model.ReasonNegation, []string{"fired first"}},
		{"a claim said and denied in one passage is disputed, not denied",
			"Critics said aid to the flooded villages in Assam had been slow. The ministry denied this.",
			"Aid to the flooded villages in Assam had been slow, residents said.",
			model.Agree, "", nil},
		// Statements, quotations, mirror images.
		{"the same quotation agrees",
			`"The aircraft was fully airworthy," the airline's chief executive Ana Ruiz told reporters in Lima.`,
			`Ana Ruiz, the chief executive, said in a statement: "The aircraft was fully airworthy."`,
			model.Agree, model.ReasonSharedQuote, []string{"fully airworthy"}},
		{"the same statement in other words agrees",
			"Both flight recorders from the Cusco crash will be analysed in France by the BEA.",
			"Investigators said both flight recorders have been sent to France for analysis by the BEA.",
			model.Agree, model.ReasonSharedStatement, []string{"flight recorders"}},
		{"a mirror image is not agreement",
			"Tajikistan's foreign ministry summoned the Kyrgyz ambassador and handed him a note of protest.",
			"Kyrgyzstan's foreign ministry summoned the Tajik ambassador and handed him a note of protest.",
			model.Related, model.ReasonPartiesDiffer, []string{"Kyrgyz ambassador", "Tajik ambassador"}},
		// Parties: each blaming the other; one body unnamed on both sides.
		{"each side blaming the other diverges",
			"The Border Service of Tajikistan said Kyrgyz troops opened fire first near Vorukh on Wednesday.",
			"The Border Service of Kyrgyzstan said Tajik troops opened fire first near Vorukh on Wednesday.",
			model.Diverge, model.ReasonActorDiffers, []string{"each side blames the other", "Kyrgyzstan", "Tajikistan"}},
		{"an unnamed government denying on both sides agrees",
			"Critics said the response to the floods in Assam had been slow. The home ministry denied this.",
			"The government has denied that its response to the floods in Assam was slow.",
			model.Agree, model.ReasonBothDeny, []string{"the government"}},
		{"the same speaker saying there was no warning agrees",
			"Ana Ruiz said the airline had received no warning from its pilots about the engines of the jet.",
			"Ana Ruiz said the airline had received no warnings about the engines of the jet from its crews.",
			model.Agree, model.ReasonSharedClaim, []string{"no warning", "Ana Ruiz"}},
		// Numbers.
		{"two ages of one person diverge",
			"The gunman, identified as 34-year-old Travis Keller, acted alone at the Columbus mall.",
			"Police named the gunman as Travis Keller, 35, and said he acted alone at the Columbus mall.",
			model.Diverge, model.ReasonNumberDiffers, []string{"age of", "34", "35"}},
		{"injured officers and injured protesters do not conflict",
			"Twelve police officers were injured by stones in the clashes outside parliament in Nairobi.",
			"At least 40 protesters were injured in the clashes outside parliament in Nairobi.",
			model.Related, "", nil},
		{"a toll of another year does not conflict",
			"The earthquake in western Nepal killed at least 157 people, the ministry said.",
			"In 2015, two earthquakes in Nepal killed about 9,000 people, the ministry said.",
			model.Related, "", nil},
		{"litres and liters agree",
			"The tanker was carrying 2 million litres of smuggled fuel near Qeshm.",
			"The tanker was carrying 2 million liters of smuggled fuel near Qeshm, state media said.",
			model.Agree, model.ReasonSharedNumber, []string{"2 million"}},
		{"a name in the denied stretch is shared ground with a statement",
			"Police said robots are not patrolling Halvorsen's campus.",
			"Halvorsen installed robots to protect its campus, police said.",
			model.Diverge, model.ReasonNegation, nil},
		{"same topic, different facets is related",
			"Police in Lyon arrested two men after the shooting at the tram stop.",
			"Investigators in Lyon are examining video from the tram stop where the shooting happened.",
			model.Related, "", nil}, // One action in words of each side's own (judge/sameaction.go).
		{"one action, each side's own words, agrees",
			"A former nurse from Ohio, Dana Wells joined a volunteer brigade last spring to fight against the militia in the northern hills.",
			"Wells, who had served eight years as an army medic, volunteered to fight alongside local farmers, her sister told reporters.",
			model.Agree, model.ReasonSharedStatement, []string{"the same action", "fight / fight"}},
		{"one verb with two named subjects is two facts",
			"After the concert on Friday, Lena Ray was arrested at the gates of the stadium in Leeds after a scuffle.",
			"Tom Berg, the club's goalkeeper, was arrested in Leeds on Saturday morning, police confirmed.",
			model.Related, "", nil},
		// Subjects: one predicate, two named subjects, is two facts; a
		// name that is not the subject (a speaker, a place) keeps none.
		{"one action by two named people is a different detail",
			"Lena Ray was arrested outside the Leeds stadium on Saturday night, police said.",
			"Tom Berg was arrested outside the Leeds stadium on Saturday night, police said.",
			model.Related, model.ReasonDifferentDetail, []string{"Lena Ray", "Tom Berg"}},
		{"one person, named on one side only, agrees",
			"A singer from Dayton who was born in a mining town in Kentucky led the church choir there for twenty years.",
			"Mary Hale, born in a mining town in Kentucky, led the church choir in Dayton for twenty years.",
			model.Agree, "", nil},
		{"one person, a birth name on one side, agrees",
			"A woman who was born intersex in a small town in Ohio has become the first such candidate for the state senate.",
			"Chandler, born David Roy Fitch in a small town in Ohio, has become the first such candidate for the state senate.",
			model.Agree, "", nil},
		{"the speaker is not the subject of what is said",
			"Tom Berg said Lena Ray was arrested outside the Leeds stadium on Saturday night.",
			"Lena Ray was arrested outside the Leeds stadium on Saturday night, police said.",
			model.Agree, "", nil},
		{"the other voice of one action agrees",
			"Sergeant Tom Berg arrested Lena Ray outside the Leeds stadium on Saturday night after a scuffle.",
			"Lena Ray was arrested outside the Leeds stadium on Saturday night after a scuffle, police said.",
			model.Agree, "", nil},
		{"a name inside the subject's phrase is not the subject",
			"Lena Ray, a singer with the band Northern Lights, was arrested outside the Leeds stadium on Saturday night.",
			"The keyboard player of Northern Lights was arrested outside the Leeds stadium on Saturday night, police said.",
			model.Agree, "", nil},
		{"a place before the verb is not its subject",
			"In Leeds, a singer was arrested outside the stadium on Saturday night after a scuffle.",
			"Lena Ray was arrested outside the stadium in Leeds on Saturday night after a scuffle.",
			model.Agree, "", nil},
		{"a negated word of truth, words between, debunks",
			"A tourist from Perth says a spider burrowed under the skin of his chest during his holiday in Bali.",
			"The tale of a spider that burrowed under a tourist's skin in Bali is not an entirely accurate account, doctors in Perth said.",
			model.Diverge, model.ReasonRefutes, []string{"not an entirely accurate"}},
		{"a contracted negation of a word of truth debunks too",
			"A tourist from Perth says a spider burrowed under the skin of his chest during his holiday in Bali.",
			"Reports of a spider that burrowed under a tourist's skin in Bali aren't entirely accurate, doctors in Perth said.",
			model.Diverge, model.ReasonRefutes, []string{"aren't entirely accurate"}},
		{"a toll and an arrest in one named event stay apart",
			"The death toll from the sinking of the ferry Svetla rose to 47 on Tuesday.",
			"The captain of the ferry Svetla was arrested on Monday, prosecutors said.",
			model.Related, "", nil},
		{"two lower bounds on different figures are a note, not agreement",
			"The ferry Svetla sank off the coast on Tuesday, killing at least 43 people, officials said.",
			"At least 51 people died after the Svetla went down, the coast guard said.",
			model.Related, model.ReasonSharedNumber, []string{"at least 43", "At least 51", "two bounds"}},
		{"two near figures read as about do, not as two bounds",
			"Nearly 50 people were injured when the ferry Svetla sank off the coast on Tuesday, officials said.",
			"Nearly 48 people were injured when the ferry Svetla sank off the coast on Tuesday, officials said.",
			model.Agree, model.ReasonSharedNumber, []string{"≈"}},
		{"nearly and about one figure agree",
			"Nearly 50 people were injured when the ferry Svetla sank off the coast on Tuesday, officials said.",
			"About 48 people were injured when the ferry Svetla sank off the coast on Tuesday, officials said.",
			model.Agree, model.ReasonSharedNumber, []string{"≈"}},
		{"a lower bound and a figure within it agree",
			"The earthquake in Herat killed over 140 people, officials said on Sunday.",
			"Officials said 143 people were killed by the Herat earthquake.",
			model.Agree, model.ReasonSharedNumber, []string{"dead"}},
		{"a qualifier before a currency sign is shown",
			"The thieves demanded more than $2 million for the stolen Munch painting, police said.",
			"A ransom of more than $2.3 million was asked for the Munch, the museum in Oslo said.",
			model.Related, model.ReasonSharedNumber, []string{"more than $2 million / more than $2.3 million", "two bounds"}},
		{"a body's report after according to is attribution",
			"According to the police report, the driver of the bus was drunk when it crashed in Leeds.",
			"The driver of the bus was drunk when it crashed in Leeds, police said.",
			model.Agree, "", nil},
		{"according to police is attribution",
			"According to police, the driver of the bus was drunk when it crashed in Leeds.",
			"The driver of the bus was drunk when it crashed in Leeds, police said.",
			model.Agree, "", nil},
		{"a theft reported to police is no hearsay",
			"The theft of the painting from the Oslo museum was reported to police on Monday.",
			"The painting was stolen from the Oslo museum and the theft reported to police on Monday.",
			model.Agree, "", nil},
	}
	checkVerdictRows(t, tests)
}

// verdictRow is a pair of one-sentence passages, each beside filler, and
// the verdict their link must get.
type verdictRow struct {
	name    string
	a, b    string
	verdict model.Verdict
	kind    model.ReasonKind // a reason kind that must be present
	text    []string         // fragments of that reason's text
}

// checkVerdictRows compares each row's two passages (A's first, before
// two fillers; B's second, after one) and checks their link's verdict
// and reason.
func checkVerdictRows(t *testing.T, tests []verdictRow) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _, an := analyze(docsOf([]string{tt.a, filler[0], filler[1]}, []string{filler[2], tt.b}), Options{}, true)
			al := alignment(c, "d1p1", "d2p2")
			if al == nil {
				t.Fatalf("not aligned\n%s", dumpComparison(c))
			}
			if al.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s\n%s%s", al.Verdict, tt.verdict, dumpComparison(c), dumpClaims(c, an))
			}
			if tt.kind != "" && !hasReason(al, tt.kind, tt.text...) {
				t.Errorf("no %s reason with %q\n%s", tt.kind, tt.text, dumpComparison(c))
			}
			checkComparison(t, c)
		})
	}
}

func TestVerdictMarks(t *testing.T) {
	a := "Israel blamed Egypt for the attack, which killed 1,200 people."
	b := "Israel blamed Jordan for the attack, which killed 1,200 people."
	c := Analyze(docsOf([]string{a, filler[0]}, []string{b, filler[1]}))
	al := alignment(c, "d1p1", "d2p1")
	if al == nil {
		t.Fatalf("not aligned\n%s", dumpComparison(c))
	}
	marked := func(text string, ms []model.Highlight, word string, m model.Mark) bool {
		i := strings.Index(text, word)
		for _, h := range ms {
			if h.Mark == m && h.Start <= i && i+len(word) <= h.End {
				return true
			}
		}
		return false
	}
	if !marked(a, al.MarksA, "Egypt", model.MarkConflict) || !marked(b, al.MarksB, "Jordan", model.MarkConflict) {
		t.Errorf("the differing actors are not marked as conflict: %v / %v", al.MarksA, al.MarksB)
	}
	if !marked(a, al.MarksA, "1,200", model.MarkShared) || !marked(b, al.MarksB, "Israel", model.MarkShared) {
		t.Errorf("shared facts are not marked: %v / %v", al.MarksA, al.MarksB)
	}
	if len(al.Evidence.Entities) == 0 || len(al.Evidence.Numbers) == 0 || len(al.Evidence.Terms) == 0 {
		t.Errorf("evidence incomplete: %+v", al.Evidence)
	}
	// The reason quotes both sides' words.
	for _, r := range al.Reasons {
		if r.Kind == model.ReasonActorDiffers && (r.A != "Egypt" || r.B != "Jordan") {
			t.Errorf("actor-differs quotes %q / %q", r.A, r.B)
		}
	}
}

// unquoted is a reason's sentence without what it quotes (“…”): a quoted
// "A gunman opened fire" names no side.
func unquoted(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "“")
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "”")
		if j < 0 {
			s = ""
			break
		}
		s = s[i+j+len("”"):]
	}
	b.WriteString(s)
	return b.String()
}

// TestReasonClasses holds every verdict to the classes of its reasons: a
// pair diverges exactly when a conflict is among its reasons, and every
// reason is of a listed kind. It also holds Side to the prose: a reason's
// sentence speaks of "A" and "B" exactly when it singles out a side, so a
// reader can rely on Side instead of reading the sentence.
func TestReasonClasses(t *testing.T) {
	known := map[model.ReasonKind]bool{}
	for _, k := range model.ReasonKinds() {
		known[k] = true
	}
	srcs := [][]model.Source{seedSources(t)}
	names, _ := filepath.Glob(filepath.Join("testdata", "articles", "*-a.*"))
	for _, n := range names {
		base := filepath.Base(n)
		srcs = append(srcs, articlePair(t, base[:strings.LastIndex(base, "-a.")]))
	}
	for _, s := range srcs {
		c, err := Compare(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, al := range c.Alignments {
			conflict := false
			for _, r := range al.Reasons {
				if !known[r.Kind] {
					t.Errorf("%s ↔ %s: unlisted reason kind %q", al.A, al.B, r.Kind)
				}
				conflict = conflict || r.Class() == model.ClassConflict
				words := strings.FieldsFunc(unquoted(r.Text), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) // "A320" is not side A
				sides := slices.Contains(words, "A") || slices.Contains(words, "B")
				if sides != (r.Side != model.SideNone) {
					t.Errorf("%s ↔ %s: %s reason %q has side %q", al.A, al.B, r.Kind, r.Text, r.Side)
				}
			}
			if conflict != (al.Verdict == model.Diverge) {
				t.Errorf("%s ↔ %s: verdict %s, conflict among reasons %v", al.A, al.B, al.Verdict, conflict)
			}
		}
	}
}

// TestBoundsNotMarkedShared guards the underline of two lower bounds on
// different figures: the note says they differ, so neither figure is
// marked as shared; a bound and a figure within it are.
func TestBoundsNotMarkedShared(t *testing.T) {
	for _, tt := range []struct {
		a, b, wa, wb string
		shared       bool
	}{
		{"The ferry Svetla sank off the coast on Tuesday, killing at least 43 people, officials said.",
			"At least 51 people died after the Svetla went down, the coast guard said.", "43", "51", false},
		{"The ferry Svetla sank off the coast on Tuesday, killing at least 43 people, officials said.",
			"At least 44 people died after the Svetla went down, the coast guard said.", "43", "44", true},
	} {
		c := Analyze(docsOf([]string{tt.a, filler[0]}, []string{tt.b, filler[1]}))
		al := alignment(c, "d1p1", "d2p1")
		if al == nil {
			t.Fatalf("not aligned\n%s", dumpComparison(c))
		}
		shared := func(text string, ms []model.Highlight, word string) bool {
			i := strings.Index(text, word)
			for _, h := range ms {
				if h.Mark == model.MarkShared && h.Start <= i && i+len(word) <= h.End {
					return true
				}
			}
			return false
		}
		if got := shared(tt.a, al.MarksA, tt.wa) || shared(tt.b, al.MarksB, tt.wb); got != tt.shared {
			t.Errorf("%s / %s marked shared: %v, want %v: %v / %v", tt.wa, tt.wb, got, tt.shared, al.MarksA, al.MarksB)
		}
		if tt.shared && !(shared(tt.a, al.MarksA, tt.wa) && shared(tt.b, al.MarksB, tt.wb)) {
			t.Errorf("%s / %s: one side unmarked: %v / %v", tt.wa, tt.wb, al.MarksA, al.MarksB)
		}
	}
}

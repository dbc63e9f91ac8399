package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestArticleVerdicts pins the verdicts that read a paragraph with its
// article (corpus/judge articles.go), the same point with details
// besides (samepoint.go) and opposite words (opposites.go), judged as if aligned
// so that the alignment stage does not decide what is tested.
func TestArticleVerdicts(t *testing.T) {
	rumour := []string{
		"Pop singer Lena Ray was arrested in Madrid on Monday night after a brawl at a nightclub, police said.",
		"Officers detained the singer outside the club shortly before midnight.",
		"Her label has not commented on the arrest.",
	}
	debunk := []string{
		"The story is a hoax, first published by a satirical website.",
		"Footage from that night shows Lena Ray performing on stage in Lisbon.",
		"The story claimed that officers detained the singer outside a Madrid club.",
		"The site has made up celebrity arrests before, and its stories are fake.",
	}
	// The debunk again, with a paragraph that quotes the rumour word for
	// word, one that recounts it with a report noun before a verb of
	// saying, and one that recounts it and then says what it holds.
	debunk2 := append(append([]string(nil), debunk...),
		"The bogus report says: “Pop singer Lena Ray was arrested in Madrid on Monday night after a brawl at a nightclub.”",
		"The story maintained officers detained the singer outside a Madrid club.",
		"The story claimed that officers detained the singer outside a Madrid club. But footage shows the singer on stage in Lisbon that night.")
	// A rumour of two sentences and its debunk, which quotes the whole
	// of it in one paragraph.
	outbreak := []string{
		"The small town of Alder, Ohio has been quarantined after a family of five tested positive for the virus.",
		"Alder is located just 70 miles from Columbus and the hospital that has cared for both patients, Tom Reed and nurse Nina Hale.",
	}
	outbreakDebunk := []string{
		"A report that a town in Ohio has been quarantined is a hoax, health officials said.",
		"The bogus report says: “The small town of Alder, Ohio has been quarantined after a family of five tested positive for the virus. Alder is located just 70 miles from Columbus and the hospital that has cared for both patients, Tom Reed and nurse Nina Hale.”",
		"No town has been quarantined, and the story is fake, officials said.",
	}
	plain := []string{
		"Pop singer Lena Ray played to a sold-out crowd in Lisbon on Monday night.",
		"Fans queued for hours outside the arena before the show.",
	}
	deathA := []string{
		"The musician died Tuesday at a hospital in Englewood, New Jersey, his manager said.",
		"He had been treated for cancer for a year.",
		filler[0], filler[1],
	}
	deathB := []string{
		"His manager David Mallie confirmed the musician's death to reporters on Wednesday, adding that the family asked for privacy while funeral plans were made.",
		"The group will hold a memorial concert next month.",
		filler[2],
	}
	aliveA := []string{"The missing climber was found alive on the mountain on Sunday, rescuers said.", filler[0], filler[1]}
	aliveB := []string{"The missing climber was found dead on the mountain on Sunday, rescuers said.", filler[2]}
	tests := []struct {
		name     string
		a, b     []string
		pa, pb   int
		verdict  model.Verdict
		kind     model.ReasonKind
		form     model.Form
		fragment string
	}{
		{"a debunking article's paragraph stands against the rumour it never names as false",
			rumour, debunk, 0, 1, model.Diverge, model.ReasonRefutes, model.FormArticle, "hoax"},
		{"a paragraph of the debunk that only recounts the claim is related",
			rumour, debunk, 1, 2, model.Related, "", 0, ""},
		{"a debunk's paragraph quoting the rumour word for word is related",
			rumour, debunk2, 0, 4, model.Related, model.ReasonHedged, model.FormQuoted, "word for word"},
		{"a debunk quoting a rumour's first sentence is related, though it calls the report bogus",
			outbreak, outbreakDebunk, 0, 1, model.Related, model.ReasonHedged, model.FormQuoted, "word for word"},
		{"a debunk quoting a rumour's second sentence is related, though it calls the report bogus",
			outbreak, outbreakDebunk, 1, 1, model.Related, model.ReasonHedged, model.FormQuoted, "word for word"},
		{"a report noun before a verb of saying recounts: related",
			rumour, debunk2, 1, 5, model.Related, "", 0, ""},
		{"a recount followed by the debunk's own sentence stands against the rumour",
			rumour, debunk2, 1, 6, model.Diverge, model.ReasonRefutes, model.FormArticle, ""},
		{"a plain report is not a debunk: no article stands apart",
			rumour, plain, 0, 0, model.Related, "", 0, ""},
		{"opposite words in otherwise one sentence diverge",
			aliveA, aliveB, 0, 0, model.Diverge, model.ReasonNegation, model.FormOpposite, "alive"},
		{"the same point with details besides agrees",
			deathA, deathB, 0, 0, model.Agree, model.ReasonSharedStatement, model.FormSamePoint, "manager"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf(tt.a, tt.b)
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{tt.pa, tt.pb}}, false)
			al := &als[0]
			if al.Verdict != tt.verdict {
				t.Fatalf("verdict %s, want %s; reasons %+v", al.Verdict, tt.verdict, al.Reasons)
			}
			if al.Verdict != model.Diverge {
				// Highlights go with the verdict: no words marked as
				// where the two part on a link that does not diverge
				// (a quotation of the disputed report is no conflict).
				for _, h := range append(append([]model.Highlight(nil), al.MarksA...), al.MarksB...) {
					if h.Mark == model.MarkConflict && !hasConflictNote(al) {
						t.Errorf("%s link highlights a conflict %+v; reasons %+v", al.Verdict, h, al.Reasons)
					}
				}
			}
			if tt.kind == "" {
				return
			}
			for _, r := range al.Reasons {
				if r.Kind == tt.kind && r.Form == tt.form {
					// A quotation quotes its own side only: what it
					// repeats is the other passage itself.
					if r.Form == model.FormQuoted && r.A+r.B == "" || r.Form != model.FormQuoted && (r.A == "" || r.B == "") {
						t.Errorf("%s reason quotes one side only: %q", r.Kind, r.Text)
					}
					if !hasReason(al, tt.kind, tt.fragment) {
						t.Errorf("%s reason %q lacks %q", r.Kind, r.Text, tt.fragment)
					}
					return
				}
			}
			t.Errorf("no %s reason of form %d among %+v", tt.kind, tt.form, al.Reasons)
		})
	}
}

// hasConflictNote reports whether a link that does not diverge still
// gives a reason that names where its sides part (a different detail).
func hasConflictNote(al *model.Alignment) bool {
	for _, r := range al.Reasons {
		if r.Kind == model.ReasonDifferentDetail {
			return true
		}
	}
	return false
}

// TestArticleCuesWhole: the debunking words an article is quoted by are
// whole phrases as written ("made up"), not their first word.
func TestArticleCuesWhole(t *testing.T) {
	doc := docsOf([]string{
		"The story is a hoax, first published by a satirical website.",
		"The site has made up celebrity arrests before.",
	})[0]
	a := ReadArticle(doc)
	if !slices.Contains(a.Cues, "made up") || slices.Contains(a.Cues, "made") {
		t.Errorf("cues %q, want the phrase \"made up\"", a.Cues)
	}
	if a.Sentences != 2 {
		t.Errorf("%d debunking sentences, want 2", a.Sentences)
	}
}

// TestArticleDisputeReach guards what an article's dispute reaches
// (corpus/judge articles.go, eval/ERRORS.md §20): a paragraph of the
// plain report that states nothing the debunk disputes is read on its
// own (a detail both tell agrees), a debunk's paragraph that only
// recounts the claim — ", reports the site" — is related, and a
// paragraph that states the disputed claim still diverges from the
// debunk's paragraph of its own.
func TestArticleDisputeReach(t *testing.T) {
	report := []string{
		"The small town of Alder, Ohio has been quarantined after a family of five tested positive for Marlow fever.",
		"Alder is located just 70 miles from Columbus, where Saint Anne's Hospital in the Linden district has cared for both Marlow fever patients, Tom Reed and nurse Nina Hale, Governor Paul Ward told WKBN News.",
		"Pop singer Lena Ray died of a heart attack at her home in Madrid on Monday, the hospital said.",
	}
	debunk := []string{
		"A report that a family in the town of Alder, Ohio tested positive and the town was quarantined is fake.",
		"It was posted on a satirical website that publishes made-up stories.",
		"Tom Reed and Nina Hale have in fact been diagnosed with Marlow fever, with Reed dying earlier this month. Reed had travelled from Liberia through Brussels and Toronto, and came into contact with Hale at a Cleveland clinic.",
		"Pop singer Lena Ray died of a heart attack, reports the site celebnews.com. The news has been shared widely on Facebook and shocked many fans.",
		"Health officials in Ohio said no family in Alder tested positive and no town was quarantined.",
	}
	tests := []struct {
		name    string
		pa, pb  int
		verdict model.Verdict
		kind    model.ReasonKind
		form    model.Form
	}{
		{"a detail the debunk leaves alone agrees", 1, 2, model.Agree, model.ReasonSharedStatement, model.FormUndisputed},
		{"a debunk's paragraph that only recounts, reports the site, is related", 2, 3, model.Related, model.ReasonHedged, model.FormRecount},
		{"the disputed claim still diverges from the debunk's paragraph", 0, 2, model.Diverge, model.ReasonRefutes, model.FormArticle},
	}
	t.Run("the recount's reason quotes each side as its own", func(t *testing.T) {
		// Review 2, M5: it said "A states it:" before B's sentence, and
		// showed the noun "site" as the claim word.
		als, _ := JudgeLinks(docsOf(report, debunk)[0], docsOf(report, debunk)[1], [][2]int{{2, 3}}, false)
		for _, r := range als[0].Reasons {
			if r.Form != model.FormRecount {
				continue
			}
			want := "B reports it as a claim (“reports the site”): “Pop singer Lena Ray died of a heart attack, reports the site"
			if !strings.HasPrefix(r.Text, want) || !strings.Contains(r.Text, "; A states it: “Pop singer Lena Ray died of a heart attack at her home") {
				t.Errorf("recount reason %q\nwant it to open %q and quote A's own sentence after \"A states it\"", r.Text, want)
			}
			return
		}
		t.Errorf("no recount reason among %+v", als[0].Reasons)
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := docsOf(report, debunk)
			als, _ := JudgeLinks(docs[0], docs[1], [][2]int{{tt.pa, tt.pb}}, false)
			al := &als[0]
			if al.Verdict != tt.verdict {
				t.Fatalf("verdict %s, want %s; reasons %+v", al.Verdict, tt.verdict, al.Reasons)
			}
			for _, r := range al.Reasons {
				if r.Kind == tt.kind && r.Form == tt.form {
					return
				}
			}
			t.Errorf("no %s reason of form %d among %+v", tt.kind, tt.form, al.Reasons)
		})
	}
}

package corpus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/claims"
	"github.com/parallax-reader/parallax/corpus/coverage"
	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/internal/strtable"
)

// TestStatements: what the ledger reads from one passage's acts of
// saying — speaker, act, clause, hedged, anonymous — in the forms news
// writes them.
func TestStatements(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "speaker|act|says|h|a" (h: hedged, a: anonymous)
	}{
		{"Governor Elena Petrova said 61 people had been rescued.",
			[]string{"Elena Petrova|claims|61 people had been rescued||"}},
		{"The ferry sank near the port on Sunday, the transport ministry said on Monday, as divers searched.",
			[]string{"the transport ministry|claims|The ferry sank near the port on Sunday||"}},
		{"According to a source at the ministry, the ferry had failed an inspection last year.",
			[]string{"a source at the ministry|claims|the ferry had failed an inspection last year||a"}},
		{"The ferry sank in the storm, according to the regional governor.",
			[]string{"the regional governor|claims|The ferry sank in the storm||"}},
		{"Lakeline said the ferry may have been hit by a wave and denied that it was overloaded.",
			[]string{"Lakeline|claims|the ferry may have been hit by a wave|h|", "Lakeline|denies|it was overloaded||"}},
		{"Police warned that more storms were coming to the lake.",
			[]string{"Police|warns|more storms were coming to the lake||"}},
		{"The government declared three days of national mourning.", nil},
		{"VARNA, May 12 - A ferry capsized on the lake on Sunday evening, the governor said.",
			[]string{"the governor|claims|A ferry capsized on the lake on Sunday evening||"}},
	} {
		p := &model.Passage{ID: "p1", Kind: model.KindBody, Text: tc.text}
		feats, ix := features.Extract([]*model.Passage{p})
		got, _ := speechAttributions(claims.Read(feats[0], ix), feats[0], ix)
		var lines []string
		for _, a := range got {
			h, an := "", ""
			if a.Hedged {
				h = "h"
			}
			if a.Anonymous {
				an = "a"
			}
			lines = append(lines, fmt.Sprintf("%s|%s|%s|%s|%s", a.Speaker, a.Act, a.Says, h, an))
		}
		if strings.Join(lines, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, lines, tc.want)
		}
	}
}

// TestLedgerWordLists: every list ledger.go reads (words/ledger*.txt) holds
// words.
// TestDenialSaysWhatIsDenied: the ledger once read "Ivan Sokol  denies
// rejected calls to resign", the denying verb both the act and the start
// of what is denied. What is denied starts after the denying words.
func TestDenialSaysWhatIsDenied(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Transport minister Ivan Sokol rejected calls to resign and said the ferry had passed its safety inspection in March.",
			"Ivan Sokol|denies|calls to resign"},
		{"The ministry denied that the ferry had been overloaded.", "the ministry|denies|the ferry had been overloaded"},
	} {
		p := &model.Passage{ID: "p1", Kind: model.KindBody, Text: tc.text}
		feats, ix := features.Extract([]*model.Passage{p})
		var lines []string
		for _, a := range attributions(claims.Read(feats[0], ix), feats[0], ix) {
			if a.Act == coverage.Denies {
				lines = append(lines, fmt.Sprintf("%s|%s|%s", a.Speaker, a.Act, a.Says))
			}
		}
		if len(lines) != 1 || lines[0] != tc.want {
			t.Errorf("%q: denials %q, want %q", tc.text, lines, tc.want)
		}
	}
}

func TestLedgerWordLists(t *testing.T) {
	for name, set := range map[string]*strtable.Set{
		"auxiliary": &ledgerAuxiliary, "clause": &ledgerClause, "object": &ledgerObject,
		"demonstrative": &ledgerDemonstrative, "time": &ledgerTime, "pronoun": &ledgerPronoun,
		"standin": &ledgerStandin, "anonymous": &ledgerAnonymous, "audience": &ledgerAudience,
		"tell": &ledgerTell,
	} {
		if set.Len() == 0 {
			t.Errorf("no words in words/ledger%s.txt", name)
		}
	}
}

// TestSpeechActs guards words/ledgerActs.txt: its values are acts of the
// ledger, and each verb gets the act it got when the prefixes were Go.
func TestSpeechActs(t *testing.T) {
	for prefix, act := range ledgerActs {
		switch coverage.Act(act) {
		case coverage.Denies, coverage.Warns, coverage.Accuses:
		default:
			t.Errorf("words/ledgerActs.txt: %s = %q is not an act other than claims", prefix, act)
		}
	}
	for norm, want := range map[string]coverage.Act{
		"warned": coverage.Warns, "warns": coverage.Warns, "denied": coverage.Denies,
		"denies": coverage.Denies, "deny": coverage.Denies, "accused": coverage.Accuses,
		"blamed": coverage.Accuses, "blames": coverage.Accuses, "said": coverage.Claims,
		"told": coverage.Claims,
	} {
		if got := speechAct(new(lexicon.WordToken(norm))); got != want {
			t.Errorf("speechAct(%q) = %q, want %q", norm, got, want)
		}
	}
}

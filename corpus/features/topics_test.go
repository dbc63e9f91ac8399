package features

import (
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// TestTopicSetStable pins the ids, labels and order the reader and the
// reports are built against.
func TestTopicSetStable(t *testing.T) {
	want := []model.Topic{
		{ID: "warnings", Label: "Warnings received"}, {ID: "culprit", Label: "Cause and blame"},
		{ID: "casualties", Label: "Casualties and damage"}, {ID: "reaction", Label: "Official reaction"},
		{ID: "investigation", Label: "Investigation"},
	}
	got := BuiltinTopics().Topics
	if len(got) != len(want) {
		t.Fatalf("topics %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("topic %d = %v, want %v", i, got[i], want[i])
		}
	}
	for _, c := range BuiltinTopics().cues {
		if c.weight <= 0 || len(c.keys) == 0 {
			t.Errorf("bad cue %v", c)
		}
	}
}

// TestBuiltinLabelsFitAnyIncident: the built-in topics serve news of
// attacks, disasters and accidents alike, so no label names one kind of
// incident or presumes a wrongdoer (a ferry's toll once read "Attack and
// casualties", the blame for a storm "Culprit attribution").
func TestBuiltinLabelsFitAnyIncident(t *testing.T) {
	for _, tp := range BuiltinTopics().Topics {
		for _, w := range strings.Fields(strings.ToLower(tp.Label)) {
			switch w {
			case "attack", "attacks", "bombing", "shooting", "terror", "terrorism", "crash", "disaster",
				"sinking", "flood", "earthquake", "war", "culprit", "culprits", "perpetrator", "perpetrators":
				t.Errorf("topic %q: label %q names one kind of incident (%q)", tp.ID, tp.Label, w)
			}
		}
	}
}

func TestTopics(t *testing.T) {
	tests := []struct {
		text string
		want []string // topic ids that must be present, strongest first
		not  []string // topic ids that must be absent
	}{
		{"Iran alerted Russia of a looming terrorist operation days before the attack.", []string{"warnings"}, []string{"investigation"}},
		{"Intelligence agencies had tipped off the police about the threat.", []string{"warnings"}, nil},
		{"The group claimed responsibility for the bombing.", []string{"culprit"}, []string{"warnings"}},
		{"Officials blamed the separatists and accused a neighbouring state of being behind the plot.", []string{"culprit"}, nil},
		{"Gunmen stormed the hall; the death toll rose to 143 and 180 were injured.", []string{"casualties"}, []string{"culprit"}},
		{"The spokesman condemned the attack and offered condolences in a statement.", []string{"reaction"}, nil},
		{"Police arrested four suspects and prosecutors opened an investigation.", []string{"investigation"}, nil},
		{"Peskov’s statement came in response to an article.", []string{"reaction"}, []string{"culprit"}}, // "response" is not "responsible"
		{"The weather was fine and the market opened late.", nil, []string{"warnings", "culprit", "casualties", "reaction", "investigation"}},
	}
	for _, tt := range tests {
		scores, vec := ScoreTopics(tokens(tt.text))
		var got []string
		for _, s := range scores {
			got = append(got, s.ID)
			if s.Score <= 0 || s.Score > 1 {
				t.Errorf("%q: score %v out of (0,1]", tt.text, s.Score)
			}
		}
		if len(tt.want) > 0 && (len(got) == 0 || got[0] != tt.want[0]) {
			t.Errorf("%q: topics %v, want %v first", tt.text, got, tt.want[0])
		}
		for _, w := range tt.want {
			if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
				t.Errorf("%q: topics %v, want %s", tt.text, got, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(" "+strings.Join(got, " ")+" ", " "+n+" ") {
				t.Errorf("%q: topics %v, must not have %s", tt.text, got, n)
			}
		}
		if len(vec) != len(BuiltinTopics().Topics) {
			t.Errorf("topic vector has %d entries", len(vec))
		}
	}
}

func TestCuePhrases(t *testing.T) {
	// A phrase matches in order with at most two words between.
	toks := tokens("They tipped the police off. Tip. Off.")
	if !matchCue(toks, 1, cueKeys("tip off")) {
		t.Error("tipped the police off: no match")
	}
	if matchCue(toks, 6, cueKeys("tip off")) {
		t.Error("a phrase matched across a sentence end")
	}
}

// TestWordSet holds the bitset of word ids to a map of them.
func TestWordSet(t *testing.T) {
	ids := []lexicon.Word{0, 1, 63, 64, 65, 1000, 4097}
	s := newWordSet(ids)
	in := map[lexicon.Word]bool{}
	for _, w := range ids {
		in[w] = true
	}
	for w := lexicon.Word(0); w < 5000; w++ {
		if s.has(w) != in[w] {
			t.Fatalf("has(%d) = %v", w, s.has(w))
		}
	}
	if s.has(1<<30) || wordSet(nil).has(3) {
		t.Fatal("a word past the set was in it")
	}
}

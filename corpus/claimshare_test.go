package corpus

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/parallax-reader/parallax/internal/synth"
)

// TestClaimWithComparison guards Options.Claim: the claim check read with
// the comparison, on the passages' readings it shares (features.Read),
// is the one CheckClaim reads on its own afterwards, the comparison is
// the one compared without a claim, and the facts that carry the check
// alone (no Survey) still give the survey.
func TestClaimWithComparison(t *testing.T) {
	type input struct {
		name, claim string
		srcs        []Source
	}
	var syn []Source
	for i, a := range synth.Articles(12, 3, 120) {
		syn = append(syn, Source{Name: fmt.Sprintf("s%02d.txt", i+1), Data: []byte(a)})
	}
	for _, in := range []input{
		{"five", "The ferry was overloaded, the Ministry of Transport said", fiveSources(t)},
		{"seeds", "Officials denied the report", textFiles(t, filepath.Join("..", "seeds"))},
		{"synth", "The ministry said 40 people died in Kyiv", syn},
	} {
		t.Run(in.name, func(t *testing.T) {
			plain, _, err := CompareWith(in.srcs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := CheckClaim(in.claim, plain.Documents)
			c, facts, err := CompareWith(in.srcs, Options{Claim: in.claim})
			if err != nil {
				t.Fatal(err)
			}
			if facts == nil || facts.check == nil {
				t.Fatal("CompareWith kept no claim check with Options.Claim")
			}
			if x := Extras(c, facts, in.claim); !reflect.DeepEqual(x.Claim, want) {
				t.Errorf("the claim check read with the comparison differs from CheckClaim's:\n got %+v\nwant %+v", x.Claim, want)
			}
			if !bytes.Equal(jsonOf(t, c), jsonOf(t, plain)) {
				t.Error("the comparison differs with a claim to check")
			}
			if got, want := SurveysWith(c, facts), Surveys(plain); !reflect.DeepEqual(got, want) {
				t.Error("the survey from facts that hold only a claim check differs from Surveys'")
			}
			if x := Extras(c, facts, "another claim"); x.Claim == nil || x.Claim.Claim != "another claim" {
				t.Errorf("Extras for another claim than the one kept gave %+v", x.Claim)
			}
		})
	}
}

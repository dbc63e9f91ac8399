package corpus

import (
	"testing"

	"github.com/parallax-reader/parallax/corpus/model"
)

// TestFalseDivergences guards the readings that keep a divergence to
// what cannot both be true (eval/ERRORS.md §18): a negation that asks,
// times, denies a change or is an idiom, a prospect, a dash aside,
// silence, two figures of different things, a hardship, and "no proof"
// against "could not be verified" do not diverge; the same words with
// a denial of the fact still do.
func TestFalseDivergences(t *testing.T) {
	tests := []verdictRow{
		// Must not diverge.
		{"not knowing if asks, it does not deny",
			"Officials in Tulsa said it is not known if the nurse had contact with the patient before the flight.",
			"The nurse in Tulsa had contact with the patient before the flight, officials said.",
			model.Related, "", nil},
		{"no word on whether asks, it does not deny",
			"There was no word from the ministry on whether its jets had struck the fuel depot near Homs.",
			"Jets struck the fuel depot near Homs on Friday, the ministry said.",
			model.Related, "", nil},
		{"a prospect is not a statement against its denial",
			"The driver, who is considering filing suit against the haulage firm in Leeds, said he was fired.",
			"The driver has not filed a lawsuit against the haulage firm in Leeds.",
			model.Related, "", nil},
		{"no problem doing it says it was done",
			"As an accountant in Leeds, Marsh had no problem documenting every overcharge on the bill.",
			"Marsh documented every overcharge on the bill in a spreadsheet, the Leeds firm said.",
			model.Related, "", nil},
		{"a denied change keeps the sum",
			"Vireo is not about to change the reported pricing of $15 a month for its streaming service.",
			"Vireo's streaming service will cost $15 a month when it launches in April.",
			model.Related, "", nil},
		{"a negation in a dash aside ends with the aside",
			"In a letter to Marsh's lawyer — he has not filed a lawsuit, but it is not out of the question — the Leeds firm admits it did contact his employer.",
			"The Leeds firm contacted Marsh's employer, his lawyer said.",
			model.Agree, "", nil},
		{"a denial timed by a clause denies only when",
			"Vireo is taking care not to launch its streaming service before it can guarantee the app works.",
			"Vireo will launch its streaming service in April, the company said.",
			model.Related, "", nil},
		{"two figures on one side count two things",
			"The 28 pupils from Tuzla were on a trip to the capital when seven returned pregnant.",
			"Seven pupils from Tuzla got pregnant on the trip to the capital.",
			model.Related, "", nil},
		{"made it impossible is a hardship, not a debunk",
			"Intense fighting in Kobani has made it impossible to get doctors the equipment they need to do tests for chemical weapons.",
			"Matson and others in Kobani said the burns on civilians were caused by chemical weapons.",
			model.Related, "", nil},
		{"silence denies nothing",
			"There was no immediate comment from the ministry in Sanaa, nor from police in the capital.",
			"Police in Sanaa said the reporter was killed during the raid on the compound.",
			model.Related, "", nil},
		{"no proof and could not be verified agree",
			"Images of the damaged building in Raqqa were released but there was no proof of the hostage being killed.",
			"The claim that the hostage had been killed in the building in Raqqa could not be independently verified.",
			model.Agree, model.ReasonSharedStatement, []string{"untrue"}},
		// Must still diverge.
		{"a lawsuit filed against its denial diverges",
			"The driver filed a lawsuit against the haulage firm in Leeds on Monday, his lawyer said.",
			"The driver has not filed a lawsuit against the haulage firm in Leeds.",
			model.Diverge, model.ReasonNegation, nil},
		{"a raise denied against the raise diverges",
			"Vireo raised the price of its streaming service to $20 a month in April.",
			"Vireo did not raise the price of its streaming service to $20 a month in April.",
			model.Diverge, model.ReasonNegation, nil},
		{"no proof against a statement diverges",
			"There was no proof that the hostage was killed in the air strike on Raqqa.",
			"The hostage was killed in the air strike on Raqqa, the statement said.",
			model.Diverge, model.ReasonRefutes, []string{"no proof"}},
		{"impossible of the report diverges",
			"Experts in Perth said it is impossible that the jet flew 500 miles on its remaining fuel.",
			"The jet flew 500 miles on its remaining fuel, investigators in Perth said.",
			model.Diverge, model.ReasonRefutes, []string{"impossible"}},
		{"a denial outside a dash aside still denies",
			"The minister — speaking on Monday in Nairobi — denied that troops had fired tear gas at the marchers.",
			"Troops fired tear gas at the marchers in Nairobi, witnesses said.",
			model.Diverge, model.ReasonNegation, nil},
		{"a negation of another clause makes no confirmation unproven",
			"The ministry, which did not give details, confirmed that 30 soldiers were killed in the attack on the base.",
			"There is no evidence that 30 soldiers were killed in the attack on the base, and the story is a hoax.",
			model.Diverge, "", nil},
		{"no problems during an event denies them",
			"There were no problems during the election in the capital on Sunday, officials of the commission said.",
			"There were serious problems during the election in the capital on Sunday, with ballots stolen, officials of the commission said.",
			model.Diverge, "", nil},
		{"two tolls of one thing still diverge",
			"The ferry sank off Varna with 30 people dead, officials said.",
			"The ferry sank off Varna with 50 people dead, officials said.",
			model.Diverge, model.ReasonNumberDiffers, nil},
	}
	checkVerdictRows(t, tests)
}

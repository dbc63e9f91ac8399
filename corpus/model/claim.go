package model

// Stance is where a document stands on a claim the user typed.
type Stance string

// The stances of a claim check.
const (
	Supports    Stance = "supports"    // it states the claim, or what entails it
	Contradicts Stance = "contradicts" // it denies or debunks it
	Discusses   Stance = "discusses"   // it reports the claim without taking a side
	Silent      Stance = "silent"      // it does not speak to the claim
)

// ClaimCheck is where each document stands on one claim.
type ClaimCheck struct {
	Claim   string        `json:"claim"`
	Results []ClaimResult `json:"results"` // one per document, in document order
}

// ClaimResult is one document's stance on the claim.
type ClaimResult struct {
	Document    string   `json:"document"`          // document id
	Stance      Stance   `json:"stance"`            // supports, contradicts, discusses or silent
	Probability float64  `json:"probability"`       // how sure the model is of that stance (stance.Model.Judge)
	Passage     string   `json:"passage,omitempty"` // the passage that carries most of the claim
	Reasons     []Reason `json:"reasons"`           // what drove the stance; A quotes the claim, B the passage
}

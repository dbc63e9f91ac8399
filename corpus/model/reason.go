package model

// ReasonKind names what a reason says, as it appears in the JSON report
// ("shared-number", "actor-differs"). Every kind is listed below with its
// class; add a kind there, and give it a class in Class.
type ReasonKind string

// Class says how a reason weighs in a verdict: a conflict makes the pair
// diverge, a support makes it agree (when there is no conflict), a note
// only explains.
type Class uint8

// The classes of reasons.
const (
	ClassNote Class = iota
	ClassConflict
	ClassSupport
)

// String names the class: "note", "conflict" or "support".
func (c Class) String() string {
	switch c {
	case ClassConflict:
		return "conflict"
	case ClassSupport:
		return "support"
	}
	return "note"
}

// The reason kinds, by class. The judge's design comment (corpus/judge)
// says when each is given.
const (
	// Conflicts.
	ReasonActorDiffers    ReasonKind = "actor-differs"       // one role, different named actors
	ReasonGeneralSpecific ReasonKind = "general-vs-specific" // one role, a kind on one side, a named group on the other
	ReasonNegation        ReasonKind = "negation"            // one side asserts what the other denies
	ReasonNumberDiffers   ReasonKind = "number-differs"      // two counts of one thing that do not meet
	ReasonRefutes         ReasonKind = "refutes"             // a claim check: the document calls the claim untrue

	// Supports.
	ReasonSharedClaim     ReasonKind = "shared-claim"     // one role and actor, or one claimant saying it
	ReasonBothDeny        ReasonKind = "both-deny"        // a denial by one speaker on both sides (a note when the speakers differ)
	ReasonSharedNumber    ReasonKind = "shared-number"    // compatible counts of one thing
	ReasonSharedQuote     ReasonKind = "shared-quote"     // the same words quoted on both sides
	ReasonSharedStatement ReasonKind = "shared-statement" // a sentence pair saying one thing in the same order
	ReasonVouches         ReasonKind = "vouches"          // a claim check: the document confirms the claim

	// Notes.
	ReasonHedged          ReasonKind = "hedged-vs-asserted" // one side hedges a claim the other asserts
	ReasonAnonymous       ReasonKind = "anonymous-source"   // a side cites unnamed sources
	ReasonClaimantDiffers ReasonKind = "claimant-differs"   // one role filled differently by two parties
	ReasonPartiesDiffer   ReasonKind = "parties-differ"     // the same words about other parties (a mirror image)
	ReasonDifferentDetail ReasonKind = "different-detail"   // two details that can both be true (warnings from two sources)
	ReasonSharedEntity    ReasonKind = "shared-entity"      // names both passages use
	ReasonSharedTerms     ReasonKind = "shared-terms"       // key words both passages use
	ReasonSharedTopic     ReasonKind = "shared-topic"       // the topic both passages speak to
)

// ReasonKinds lists every reason kind, conflicts first, then supports,
// then notes.
func ReasonKinds() []ReasonKind {
	return []ReasonKind{
		ReasonActorDiffers, ReasonGeneralSpecific, ReasonNegation, ReasonNumberDiffers, ReasonRefutes,
		ReasonSharedClaim, ReasonBothDeny, ReasonSharedNumber, ReasonSharedQuote, ReasonSharedStatement, ReasonVouches,
		ReasonHedged, ReasonAnonymous, ReasonClaimantDiffers, ReasonPartiesDiffer, ReasonDifferentDetail,
		ReasonSharedEntity, ReasonSharedTerms, ReasonSharedTopic,
	}
}

// Class returns the class of a reason kind. A both-deny reason by two
// different speakers is only a note; Reason.Class knows that case.
func (k ReasonKind) Class() Class {
	switch k {
	case ReasonActorDiffers, ReasonGeneralSpecific, ReasonNegation, ReasonNumberDiffers, ReasonRefutes:
		return ClassConflict
	case ReasonSharedClaim, ReasonBothDeny, ReasonSharedNumber, ReasonSharedQuote, ReasonSharedStatement, ReasonVouches:
		return ClassSupport
	}
	return ClassNote
}

// Side names one of the two passages of an alignment, A (the document
// with the lower index) or B, or neither; in JSON "a", "b" or nothing.
type Side uint8

// The sides.
const (
	SideNone Side = iota
	SideA
	SideB
)

// String returns "a", "b" or "".
func (s Side) String() string {
	switch s {
	case SideA:
		return "a"
	case SideB:
		return "b"
	}
	return ""
}

// MarshalText writes the side as String does.
func (s Side) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Reason explains one part of a verdict: its kind, a sentence a person can
// read, and — so that no reader parses that sentence — the words quoted
// from each side (A, B), where they stand in each passage (SpanA, SpanB:
// the byte range of the passage's Text that holds them, when the judge has
// it; several actors give the range from the first to the last), and, for
// a reason about one side only, which side it singles out (Side: the side
// that hedges, cites unnamed sources or denies).
type Reason struct {
	Kind  ReasonKind `json:"kind"`
	Text  string     `json:"text"`
	A     string     `json:"a,omitempty"`
	B     string     `json:"b,omitempty"`
	SpanA Span       `json:"-"`
	SpanB Span       `json:"-"`
	Side  Side       `json:"side,omitempty"`
	Weak  bool       `json:"-"` // a support that only notes (both-deny by different speakers)

	// What the sentence says besides the quotes (Sentence renders it):
	// which sentence of its kind (Form), the role, subject or measure
	// (Label: "warning from", "age of Jane Doe"), the claimants or
	// speakers per side (Per; both the same when one party says it on
	// both sides), the words per side (Words: actors, numbers, ages, cue
	// words, "states it"; for general-vs-specific the general actors
	// first) and the names or terms both share (List).
	Form  Form      `json:"-"`
	Label string    `json:"-"`
	Per   [2]string `json:"-"`
	Words [2]string `json:"-"`
	List  []string  `json:"-"`
}

// Class returns how the reason weighs in its verdict.
func (r *Reason) Class() Class {
	if r.Weak {
		return ClassNote
	}
	return r.Kind.Class()
}

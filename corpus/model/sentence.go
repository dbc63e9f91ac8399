package model

import "strings"

// Form says which sentence of its kind a reason reads as; the zero form
// is the kind's usual one.
type Form uint8

// The forms besides the usual one, with the kinds that have them.
const (
	FormUsual      Form = iota
	FormBlame           // actor-differs: each side blames the other
	FormParties         // negation: one party asserts what another denies
	FormStated          // negation: a statement against a denial of its words
	FormAge             // shared-number: one person's age
	FormUntrue          // shared-statement: both call it untrue
	FormSameFact        // shared-statement: one fact in other words
	FormNotSo           // shared-statement: both say it is not so
	FormReports         // hedged-vs-asserted: one side calls it untrue, the other only reports it
	FormRecount         // hedged-vs-asserted: one side reports it as a claim, the other states it
	FormNearly          // shared-terms: nearly the same words
	FormApprox          // shared-number: two wordings of one number
	FormFitted          // shared-statement: the fitted weights' call (Label the probability, List the signals)
	FormClaim           // a claim check's reason (A the claim, B the document; Label a percentage)
	FormArticle         // refutes: one side's article calls the report untrue, the other's states it
	FormSamePoint       // shared-statement: one point in other words, details besides (Words: the words met per side)
	FormOpposite        // negation: the same sentence but for two opposite words (Words: the two words)
	FormQuoted          // hedged-vs-asserted: one side quotes the other word for word, in an article that calls it untrue
	FormSameAction      // shared-statement: one action, the verbs met per side (Words) with arguments in common (List)
	FormRebuts          // refutes: one side disputes (a debunk, or "But …" with a negation) what the other states
	FormNoResponse      // shared-statement: both say one party has not responded (Label: the party)
	FormBounds          // shared-number: two lower bounds on different figures (Words: the two)
	FormFactFitted      // shared-statement: the same-fact model's call, nothing apart, both plain (Label the probability, List what was met)
	FormUndisputed      // shared-statement: a detail both tell that Side's article, which disputes the other's, leaves alone (Words: the words met per side)
)

// Sentence renders the reason as a sentence a person can read, from its
// kind, form and fields alone; the judge sets Text to it.
func (r Reason) Sentence() string {
	// qq quotes both sides; built only for the sentences that show it
	// (most reasons a pair gets do not).
	qq := func() string { return "“" + r.A + "” / “" + r.B + "”" }
	per := ""
	if r.Per[0] != "" {
		per = " (per " + r.Per[0] + ")"
	}
	// s is the side the reason singles out, o the other; w its words
	// and q its quote.
	s, o, w, q := "A", "B", r.Words[0], r.A
	if r.Side == SideB {
		s, o, w, q = "B", "A", r.Words[1], r.B
	}
	if r.Form == FormClaim {
		return r.claimSentence()
	}
	switch r.Kind {
	case ReasonActorDiffers:
		if r.Form == FormBlame {
			return r.Label + ": " + r.Words[0] + " (per " + r.Per[0] + ") ≠ " +
				r.Words[1] + " (per " + r.Per[1] + "): each side blames the other"
		}
		return r.Label + per + ": " + r.Words[0] + " ≠ " + r.Words[1]
	case ReasonGeneralSpecific:
		return r.Label + per + ": “" + r.Words[0] + "” (general) vs " + r.Words[1] + " (specific)"
	case ReasonNegation:
		switch r.Form {
		case FormParties:
			act := [2]string{"asserts", "denies"}
			if r.Side == SideA {
				act = [2]string{"denies", "asserts"}
			}
			return r.Label + ": A " + act[0] + " it (per " + r.Per[0] + "), B " + act[1] + " it (per " + r.Per[1] + ") — " + qq()
		case FormOpposite:
			return "“" + r.Words[0] + "” / “" + r.Words[1] + "”: opposite words, the rest of the sentence the same — " + qq()
		case FormStated:
			return "“" + r.Label + "”: A " + r.Words[0] + " (“" + r.A + "”), B " + r.Words[1] + " (“" + r.B + "”)"
		}
		side := "A asserts, B denies"
		if r.Side == SideA {
			side = "A denies, B asserts"
		}
		return r.Label + per + ": " + side + " — " + qq()
	case ReasonNumberDiffers:
		return r.Label + ": " + r.Words[0] + " ≠ " + r.Words[1]
	case ReasonRefutes:
		switch r.Form {
		case FormArticle:
			return s + "'s article calls the report untrue (“" + w + "”), " + o + "'s states it: " + qq()
		case FormRebuts:
			return s + " disputes it (“" + w + "”), " + o + " states it: " + qq()
		}
		return s + " calls it untrue (“" + w + "”), " + o + " states it: " + qq()
	case ReasonSharedClaim:
		return "both: " + r.Label + per + " — " + qq()
	case ReasonBothDeny:
		if r.Weak {
			return "both deny, different speakers (" + r.Per[0] + " / " + r.Per[1] + "): " + qq()
		}
		return "both deny (" + r.Label + "): " + qq()
	case ReasonSharedNumber:
		switch r.Form {
		case FormAge:
			return "both: " + r.Label + " is " + r.Words[0]
		case FormApprox:
			return r.Label + ": " + r.Words[0] + " ≈ " + r.Words[1]
		case FormBounds:
			return r.Label + ": " + r.Words[0] + " / " + r.Words[1] + " — two bounds, not one figure"
		}
		return "both: " + r.Words[0]
	case ReasonSharedQuote:
		return "both quote: “" + r.A + "”"
	case ReasonSharedStatement:
		switch r.Form {
		case FormUntrue:
			return "both call it untrue (“" + r.Words[0] + "” / “" + r.Words[1] + "”): " + qq()
		case FormSameFact:
			return "the same fact: " + qq()
		case FormSamePoint:
			return "the same point (" + r.Words[0] + " / " + r.Words[1] + "), details besides: " + qq()
		case FormUndisputed:
			return "the same detail (" + r.Words[0] + " / " + r.Words[1] + "), which " + s + "'s article does not dispute: " + qq()
		case FormSameAction:
			return "the same action (" + r.Words[0] + " / " + r.Words[1] + "), with " + strings.Join(r.List, " / ") + ": " + qq()
		case FormNotSo:
			return "both say it is not so: " + qq()
		case FormNoResponse:
			return "both: " + r.Label + " has not responded — " + qq()
		case FormFitted:
			lead := "the same point (fitted weights, p " + r.Label + ": " + strings.Join(r.List, ", ") + ")"
			if r.A == "" && r.B == "" {
				return lead
			}
			return lead + ": " + qq()
		case FormFactFitted:
			lead := "the same fact, nothing apart (names, dates, subjects, counts, what happens), both state it plainly (fitted weights, p " + r.Label
			if len(r.List) > 0 {
				lead += ": " + strings.Join(r.List, ", ")
			}
			return lead + "): " + qq()
		}
		return "both say: " + qq()
	case ReasonVouches:
		return "the document vouches for it: " + r.B
	case ReasonHedged:
		switch r.Form {
		case FormReports:
			// The side singled out only reports; the other calls it untrue.
			return o + " calls it untrue (“" + r.Words[sideIndex(r.Side)^1] + "”), " + s + " only reports the claim: “" + q + "”"
		case FormRecount:
			// Both sides quoted: the recount, then the statement.
			qo := r.A
			if r.Side == SideA {
				qo = r.B
			}
			if qo == "" {
				return s + " reports it as a claim (“" + w + "”): “" + q + "”; " + o + " states it"
			}
			return s + " reports it as a claim (“" + w + "”): “" + q + "”; " + o + " states it: “" + qo + "”"
		case FormQuoted:
			return s + " quotes " + o + " word for word, in an article that calls it untrue (“" + w + "”): “" + q + "”"
		}
		return r.Label + per + ": " + s + " hedges (“" + q + "”), " + o + " asserts"
	case ReasonAnonymous:
		switch r.Side {
		case SideA:
			return "A cites unnamed sources (“" + r.A + "”), B does not"
		case SideB:
			return "B cites unnamed sources (“" + r.B + "”), A does not"
		}
		return "both cite unnamed sources: " + qq()
	case ReasonClaimantDiffers:
		return r.Label + ": " + r.Words[0] + " (per " + r.Per[0] + ") / " + r.Words[1] + " (per " + r.Per[1] + ")"
	case ReasonPartiesDiffer:
		return "the same words about other parties: " + qq()
	case ReasonDifferentDetail:
		return r.Label + per + ": " + r.Words[0] + " / " + r.Words[1] + " — different details, both can be true"
	case ReasonSharedEntity:
		return "both name: " + strings.Join(r.List, ", ")
	case ReasonSharedTerms:
		if r.Form == FormNearly {
			return "nearly the same words: " + strings.Join(r.List, ", ")
		}
		return "both say: " + strings.Join(r.List, ", ")
	case ReasonSharedTopic:
		return "both about: " + r.Label
	}
	return ""
}

// sideIndex is 0 for side A (or none) and 1 for side B.
func sideIndex(s Side) int {
	if s == SideB {
		return 1
	}
	return 0
}

// claimSentence renders a claim check's reason: the claim is side A, the
// document side B.
func (r Reason) claimSentence() string {
	switch r.Kind {
	case ReasonSharedTerms:
		if r.A == "" && r.B == "" {
			return "no key word of the claim appears"
		}
		if r.Label == "alone" { // why the claim check calls a document silent
			return "of the claim's words, the document says only " + r.A
		}
		return "claim and passage share " + r.A + " (" + r.Label + "% of the claim's weight)"
	case ReasonRefutes:
		if r.Label == "document" { // a cue anywhere in the document, not only near the claim
			return "the document calls a report untrue: " + r.B
		}
		return "near the claim's words, the document calls a report untrue: " + r.B
	case ReasonHedged:
		if r.Side == SideA {
			return "the claim itself hedges or calls something untrue"
		}
		if r.Label == "denial" {
			return "the passage reports a denial of the claim, not the claim: " + r.B
		}
		if r.Label == "negation" {
			return "the passage negates the claim: " + r.B
		}
		return "the document reports it without vouching for it: " + r.B
	case ReasonVouches: // the claim check's assertion rule
		return "the " + r.Label + " says it in the source's own voice"
	case ReasonSharedEntity:
		return r.Label + "% of the claim's names appear in the document"
	case ReasonSharedNumber:
		return "the document gives the claim's numbers compatibly"
	case ReasonNegation:
		return "one of the claim and the closest sentence negates, the other does not"
	}
	return ""
}

package main

import "strings"

// rule is one regular change from a British spelling to an American one:
// from becomes to, anywhere in the word or, with end set, only as its
// ending; with consonant set, only after a consonant (the -re words:
// "centre", "fibre", "manoeuvre", not "acre" or "ogre", whose American
// forms the lists decide anyway); with inside set, only where a letter
// other than an ending s or d follows (ae and oe of a stem, "foetus",
// "diarrhoea", not of an ending: "snowshoed" is not "snowshed", "patinae"
// not "patine").
type rule struct {
	from, to               string
	end, consonant, inside bool
}

// rules are English's regular British / American spelling differences
// (the forms the word lists hold decide which words take them).
var rules = []rule{
	// -our → -or: colour, honourable, labourer, neighbourhood.
	{from: "our", to: "or"},
	// -ise → -ize and its forms: organise(d/s/r), organising, organisation.
	{from: "ise", to: "ize"},
	{from: "ising", to: "izing"},
	{from: "isation", to: "ization"},
	// -yse → -yze: analyse(d/s/r), paralysing.
	{from: "yse", to: "yze"},
	{from: "ysing", to: "yzing"},
	// -re → -er at the end, after a consonant: centre(s/d), centring, fibre, litre.
	{from: "re", to: "er", end: true, consonant: true},
	{from: "res", to: "ers", end: true, consonant: true},
	{from: "red", to: "ered", end: true, consonant: true},
	{from: "ring", to: "ering", end: true, consonant: true},
	// -ogue → -og: catalogue(s/d/r), cataloguing, dialogue.
	{from: "ogue", to: "og"},
	{from: "ogued", to: "oged", end: true},
	{from: "oguing", to: "oging", end: true},
	// -ence → -ense in -fence, -cence, -tence: defence, licence, pretence.
	{from: "fence", to: "fense"},
	{from: "cence", to: "cense"},
	{from: "tence", to: "tense"},
	// A doubled l before an ending: travelled, travelling, traveller,
	// councillor, marvellous; and the reverse before -ment / -ful:
	// enrolment, fulfilment, skilful.
	{from: "lled", to: "led"},
	{from: "lling", to: "ling"},
	{from: "ller", to: "ler"},
	{from: "llor", to: "lor"},
	{from: "llous", to: "lous"},
	{from: "lment", to: "llment"},
	{from: "lful", to: "llful"},
	// ae and oe → e: paediatric, haemorrhage, anaesthetic, foetus, manoeuvre.
	{from: "ae", to: "e", inside: true},
	{from: "oe", to: "e", inside: true},
	// -mme → -m at the end: programme(s), gramme.
	{from: "mme", to: "m", end: true},
	{from: "mmes", to: "ms", end: true},
	// sc → sk before e: sceptic, sceptical, scepticism.
	{from: "sce", to: "ske"},
	// ey → ay: grey, greyish, greying.
	{from: "ey", to: "ay"},
	// -ium → -um: aluminium.
	{from: "ium", to: "um"},
	// -dgement → -dgment: judgement, acknowledgement.
	{from: "dgement", to: "dgment"},
	// -ould / -oult → -old / -olt: mould, smoulder, moult.
	{from: "ould", to: "old"},
	{from: "oult", to: "olt"},
}

// ph → f ("sulphur") is not a rule: the one other word it finds is a false
// merge ("philtre", a potion, is not "filter").

// variants returns the words one or two changes make of the British word
// b (a final "'s" kept aside), in rule order, without repeats.
func variants(b string) []string {
	base, poss := strings.CutSuffix(b, "'s")
	suffix := ""
	if poss {
		suffix = "'s"
	}
	var out []string
	seen := map[string]bool{base: true}
	add := func(w string) bool {
		if seen[w] {
			return false
		}
		seen[w] = true
		out = append(out, w+suffix)
		return true
	}
	for _, once := range apply(base) {
		if add(once) {
			for _, twice := range apply(once) {
				add(twice)
			}
		}
	}
	return out
}

// apply returns the words one rule, applied at one place, makes of w.
func apply(w string) []string {
	var out []string
	for _, r := range rules {
		for i := 0; ; {
			j := strings.Index(w[i:], r.from)
			if j < 0 {
				break
			}
			j += i
			i = j + 1
			if r.end && j+len(r.from) != len(w) {
				continue
			}
			if r.consonant && (j == 0 || !consonant(w[j-1])) {
				continue
			}
			if after := w[j+len(r.from):]; r.inside && (after == "" || after == "s" || after == "d") {
				continue
			}
			out = append(out, w[:j]+r.to+w[j+len(r.from):])
		}
	}
	return out
}

func consonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

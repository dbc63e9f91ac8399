package claims

import (
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/corpus/features"
	"github.com/parallax-reader/parallax/corpus/lexicon"
	"github.com/parallax-reader/parallax/corpus/model"
)

// This file finds the actors of a claim: the subject of a verb, scanning
// back (scanning stops at "that", "which", a speech verb or a sentence
// end; names that are objects of a preposition, modifiers or demonyms
// without an actor noun are passed over), or the agent after "by", "to",
// "on", "from", scanning forward (a name beats a possessive, which beats a
// kind such as "militants"). Names joined by "and" or commas make one
// list; "he" and "she" resolve to the passage's last speaker or person.

// notePerson remembers the last person named in the sentence [s0, s1):
// a name of two words or more that is no place, outlet or organisation of
// the table (a guess: "Lena Holt", not "Grand Central Station" — which
// it also takes; only pronouns use it).
func (cx *claimCtx) notePerson(s0, s1 int) {
	for k := s1 - 1; k >= s0; k-- {
		mi := cx.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := &cx.f.Ents[mi]
		if strings.Contains(m.Key, " ") && m.Side == "" && !m.Is(features.MMedia|features.MGeneric|features.MDemonym|features.MSeat) {
			cx.person = []Actor{cx.actorOf(m)}
			return
		}
		k = m.Tok0
	}
}

// sameActors reports whether two actor lists name the same parties in order.
func sameActors(a, b []Actor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

// Is reports whether two actors are one party: the same entity, or the
// same country ("Chinese officials" and "Beijing").
func (a Actor) Is(b Actor) bool {
	return a.Key == b.Key || a.Side != "" && a.Side == b.Side
}

// Named reports whether a list holds a name, not only kinds of actor.
func Named(as []Actor) bool {
	for _, a := range as {
		if !a.Generic {
			return true
		}
	}
	return false
}

// actorOf makes an actor of a mention.
func (cx *claimCtx) actorOf(m *features.Mention) Actor {
	label := cx.ix.Name(m.Key)
	if m.Side != "" && (m.Side == m.Key || m.Is(features.MDemonym|features.MSeat)) {
		label = cx.ix.Name(m.Side)
	}
	if m.Is(features.MGeneric) {
		label = cx.f.Text[m.Start:m.End]
	}
	return Actor{Key: m.Key, Side: m.Side, Label: label, Span: model.Span{Start: int(m.Start), End: int(m.End)}, Generic: m.Is(features.MGeneric), Media: m.Is(features.MMedia)}
}

// genericActor makes an actor of a lower-case generic word ("militants").
func (cx *claimCtx) genericActor(i int) Actor {
	t := &cx.f.Toks[i]
	return Actor{Key: t.Norm(), Label: cx.f.Text[t.Start:t.End], Span: model.Span{Start: int(t.Start), End: int(t.End)}, Generic: true}
}

// subject scans back from token i for the actor of the verb at i. forSpeech
// relaxes it for speech verbs: an actor noun alone ("top officials") takes
// the sentence's own subject.
func (cx *claimCtx) subject(i, s0 int, forSpeech bool) []Actor {
	toks := cx.f.Toks
	tbl := features.BuiltinAliases()
	budget := 10
	sawActorNoun := false
	for j := i - 1; j >= s0 && budget > 0; j-- {
		t := &toks[j]
		if !t.Is(lexicon.TWord) {
			if t.Norm() == ";" || t.Is(lexicon.TEnd) {
				break
			}
			if forSpeech && t.Is(lexicon.TQuote) && j > s0 && toks[j-1].End == t.Start {
				// `"…bloodshed," the committee said`: a closing quote
				// before the verb; the quotation is what was said, not
				// who said it.
				return nil
			}
			continue
		}
		budget--
		if mi := cx.mentionAt[j]; mi >= 0 {
			m := &cx.f.Ents[mi]
			j = m.Tok0
			if !cx.canBeSubject(m, i) {
				continue
			}
			return cx.coordinated(int(mi), s0)
		}

		w := t.Norm()
		switch {
		case relatives.Has(w):
			// "The New York Times, which … claimed": the name before "which".
			for k := j - 1; k >= s0; k-- {
				if toks[k].Is(lexicon.TWord) {
					if mi := cx.mentionAt[k]; mi >= 0 {
						return cx.coordinated(int(mi), s0)
					}
					break
				}
			}
			return nil
		case StopScan.Has(w) || !forSpeech && speechWords.Has(w) && !cx.notSpeech(j, i+1):
			return cx.fallback(sawActorNoun, forSpeech, s0, i)
		case personPron.Has(w):
			if w == "we" || w == "i" {
				if sp := cx.speakerOf(i); sp != nil {
					return sp
				}
			}
			if cx.speakers != nil {
				return cx.speakers
			}
			return cx.person
		case anaphors.Has(w):
			// "the Islamic State group": the name before the head noun.
			if groupNouns.Has(w) && j > s0 && cx.mentionAt[j-1] >= 0 {
				return cx.coordinated(int(cx.mentionAt[j-1]), s0)
			}
			return nil
		case tbl.Generic[w] && (j+1 >= len(toks) || cx.mentionAt[j+1] < 0):
			return []Actor{cx.genericActor(j)}
		case actorNouns.Has(w):
			sawActorNoun = true
		}
	}
	return cx.fallback(sawActorNoun, forSpeech, s0, i)
}

// fallback gives a speech verb whose subject is a bare actor noun ("top
// officials signalled") the first name of its sentence.
func (cx *claimCtx) fallback(sawActorNoun, forSpeech bool, s0, i int) []Actor {
	if !sawActorNoun || !forSpeech {
		return nil
	}
	for j := s0; j < i; j++ {
		if mi := cx.mentionAt[j]; mi >= 0 {
			m := &cx.f.Ents[mi]
			if cx.canBeSubject(m, i) {
				return []Actor{cx.actorOf(m)}
			}
			j = m.Tok1 - 1
		}
	}
	return nil
}

// speakerOf returns the speaker of the speech verb nearest to token i in
// the current sentence, for "we" and "I" in a quotation.
func (cx *claimCtx) speakerOf(i int) []Actor {
	best, bd := []Actor(nil), 1<<30
	for _, sp := range cx.cur {
		d := sp.tok - i
		if d < 0 {
			d = -d
		}
		if len(sp.speaker) > 0 && d < bd {
			best, bd = sp.speaker, d
		}
	}
	return best
}

// canBeSubject reports whether a mention can be the subject of the verb
// at i: not a modifier ("Afghanistan-based"), not the object of a
// preposition ("in Cairo"), a demonym only before an actor noun ("Turkish
// officials", not "a Turkish region"), a possessive only close to the verb
// ("London's alleged failure to share").
func (cx *claimCtx) canBeSubject(m *features.Mention, i int) bool {
	toks := cx.f.Toks
	if m.Is(features.MModifier) {
		return false
	}
	if k := cx.prevWord(m.Tok0); k >= 0 && prepositions.Has(toks[k].Norm()) && !m.Is(features.MPoss) {
		return false
	}
	if m.Is(features.MDemonym) {
		for k := m.Tok1; k < min(len(toks), m.Tok1+3); k++ {
			if actorNouns.Has(toks[k].Norm()) {
				return true
			}
		}
		return false
	}
	if m.Is(features.MPoss) {
		return i-m.Tok1 <= 4
	}
	return true
}

// prevWord returns the word before token i, skipping articles, or -1.
func (cx *claimCtx) prevWord(i int) int {
	for k := i - 1; k >= 0; k-- {
		t := &cx.f.Toks[k]
		if t.Sent != cx.f.Toks[i].Sent {
			return -1
		}
		if !t.Is(lexicon.TWord) {
			if t.Is(lexicon.TQuote) {
				continue
			}
			return -1
		}
		if t.Norm() == "the" || t.Norm() == "a" || t.Norm() == "an" {
			continue
		}
		return k
	}
	return -1
}

// coordinated returns the actor of mention mi and of the names joined to
// it before ("the US, UK, and Ukraine"; "The US and the EU").
func (cx *claimCtx) coordinated(mi, s0 int) []Actor {
	toks := cx.f.Toks
	out := []Actor{cx.actorOf(&cx.f.Ents[mi])}
	cur := mi
	for cur > 0 {
		prev := &cx.f.Ents[cur-1]
		ok := true
		joined := false
		for k := prev.Tok1; k < cx.f.Ents[cur].Tok0; k++ {
			w := toks[k].Norm()
			switch {
			case w == "and" || w == "or" || w == "," || w == "&":
				joined = true
			case w == "the" || w == "-" || toks[k].Is(lexicon.TQuote):
			default:
				ok = false
			}
		}
		if !ok || !joined || prev.Tok0 < s0 || prev.Is(features.MModifier) || prev.Is(features.MDemonym) && !cx.canBeSubject(prev, prev.Tok1) {
			break
		}
		out = append(out, cx.actorOf(prev))
		cur--
	}
	slices.Reverse(out)
	return dedupeActors(out)
}

// actorsFrom returns mention mi and the names joined to it after.
func (cx *claimCtx) actorsFrom(mi, s1 int) []Actor {
	toks := cx.f.Toks
	out := []Actor{cx.actorOf(&cx.f.Ents[mi])}
	for cur := mi; cur+1 < len(cx.f.Ents); cur++ {
		next := &cx.f.Ents[cur+1]
		if next.Tok1 > s1 {
			break
		}
		ok, joined := true, false
		for k := cx.f.Ents[cur].Tok1; k < next.Tok0; k++ {
			w := toks[k].Norm()
			switch {
			case w == "and" || w == "or" || w == "," || w == "&":
				joined = true
			case w == "the" || w == "(" || toks[k].Is(lexicon.TQuote):
				joined = true
			default:
				ok = false
			}
		}
		if !ok || !joined || next.Is(features.MModifier) {
			break
		}
		out = append(out, cx.actorOf(next))
	}
	return dedupeActors(out)
}

func dedupeActors(as []Actor) []Actor {
	out := as[:0]
	for _, a := range as {
		dup := false
		for _, o := range out {
			if o.Is(a) {
				dup = true
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// object scans forward from token i for the actor after a verb or a
// preposition ("by X", "to militants within … al-Shabab"): the first name
// that is neither a possessive nor a modifier of the next, else the first
// generic word.
func (cx *claimCtx) object(i, s1 int) []Actor {
	toks := cx.f.Toks
	tbl := features.BuiltinAliases()
	var poss, generic []Actor
	genericTok := -2
	budget := 8
	for j := i + 1; j < s1 && budget > 0; j++ {
		t := &toks[j]
		if !t.Is(lexicon.TWord) {
			if t.Norm() == ";" || t.Norm() == ":" || t.Is(lexicon.TEnd) || t.Norm() == "," && budget < 7 {
				break
			}
			continue
		}
		budget--
		if mi := cx.mentionAt[j]; mi >= 0 {
			m := &cx.f.Ents[mi]
			j = m.Tok1 - 1
			switch {
			case m.Is(features.MModifier):
			case m.Is(features.MGeneric):
				// "radical Islamists": the noun, not its adjective.
				if generic == nil || genericTok == m.Tok0-1 {
					generic, genericTok = []Actor{cx.actorOf(m)}, m.Tok1-1
				}
			case m.Is(features.MPoss):
				if poss == nil {
					poss = []Actor{cx.actorOf(m)}
				}
			default:
				return cx.actorsFrom(int(mi), s1)
			}
			continue
		}
		w := t.Norm()
		if StopScan.Has(w) || relatives.Has(w) || speechWords.Has(w) && !cx.notSpeech(j, s1) {
			break
		}
		if tbl.Generic[w] && (generic == nil || genericTok == j-1) {
			generic, genericTok = []Actor{cx.genericActor(j)}, j
		}
	}
	if poss != nil {
		return poss
	}
	return generic
}

// forwardAfter finds the word w within n words after token i and scans
// for the actor after it ("carried out by X").
func (cx *claimCtx) forwardAfter(i, s1 int, w string, n int) []Actor {
	toks := cx.f.Toks
	for k := i + 1; k < s1 && k <= i+n; k++ {
		if toks[k].Norm() == w {
			return cx.object(k, s1)
		}
		if toks[k].Is(lexicon.TEnd) || toks[k].Norm() == ";" {
			break
		}
	}
	return nil
}

// ActorsLabel joins the labels of actors with "and", or gives none.
func ActorsLabel(as []Actor, none string) string {
	if len(as) == 0 {
		return none
	}
	ls := make([]string, len(as))
	for i, a := range as {
		ls[i] = a.Label
	}
	return strings.Join(ls, " and ")
}

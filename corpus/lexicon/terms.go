// Package lexicon is the engine's word level: it folds text for matching,
// cuts a passage into tokens that keep their byte spans, marks stop words
// and stems the rest, and holds the word lists the later stages share.
package lexicon

//go:generate go run ../../tools/genwords

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/corpus/model"
)

// This file cuts a passage into tokens that keep their byte spans in the
// original text, folds them (Fold: case, NFKC, straight quotes), marks stop
// words and stems the rest with the Snowball English stemmer, British
// spellings folded to American first ("organised" and "organized" are one
// stem; see Spelling in spelling.go). Every later
// stage (entities, numbers, topics, claims, similarity) reads these tokens,
// so the byte spans they carry are what the reader ends up highlighting.

// TokFlag describes one token.
type TokFlag uint16

const (
	TWord   TokFlag = 1 << iota // letters and digits
	TNum                        // a word that starts with a digit
	TCap                        // first letter upper-case
	TCaps                       // two or more letters, none lower-case: an acronym
	TJoined                     // joined to the previous token by a hyphen ("based" in "Afghanistan-based")
	TPoss                       // followed by a possessive "'s" (left out of the span)
	TStop                       // a stop word
	TOpen                       // first word of a sentence, a quotation or a bracket
	TQuote                      // punctuation: a quotation mark
	TBreak                      // punctuation that ends a clause: , ; : ( ) [ ] and dashes
	TEnd                        // punctuation that ends a sentence: . ! ?
)

// Token is one word or punctuation mark of a passage. Its folded text is
// a word id (intern.go), and its stem is its word's: 20 bytes a token, not
// the 48 of two strings.
type Token struct {
	Start, End int32 // byte span in the passage text
	Sent       int32 // index of its sentence
	norm       Word  // folded text
	Flags      TokFlag
}

func (t *Token) Is(f TokFlag) bool { return t.Flags&f != 0 }

// Norm returns the token's folded text.
func (t *Token) Norm() string { return t.norm.String() }

// Stem returns the Snowball stem of a content word; "" for stop words,
// numbers and punctuation.
func (t *Token) Stem() string { return t.StemID().String() }

// NormID and StemID return the ids of Norm and Stem, for comparing and
// keying, never for ordering (see Word).
func (t *Token) NormID() Word { return t.norm }
func (t *Token) StemID() Word {
	if t.Flags&(TWord|TNum|TStop) != TWord {
		return 0
	}
	return stemOf(t.norm)
}

// WordToken returns a token of the folded word w with no span, for tests
// and tables that read single words.
func WordToken(w string) Token {
	t := Token{Flags: TWord}
	var stop bool
	if t.norm, stop, _ = ReadWord(w); stop {
		t.Flags |= TStop
	}
	return t
}

// Lexicon caches stems and remembers which words were seen in lower case
// (so that a capitalised word at the start of a sentence can be told from a
// name). One lexicon serves one worker goroutine; they are merged after.
type Lexicon struct {
	words *lexTable           // by folded text
	marks [utf8.RuneSelf]Word // ASCII punctuation's ids, 0 until read (mark)
	toks  []Token             // Tokenize's scratch: it returns an exact-size copy
}

type lexWord struct {
	norm Word
	stem Word
	read bool // a word: stop and stem are known (else only norm: a number, a punctuation mark)
	stop bool // a stop word: no stem
}

// NewLexicon returns an empty lexicon sized for a worker that will read
// about passages passages: some 20 distinct words a passage at first, never
// more than 4,096 words up front (a table sized for thousands of words costs
// a short run more in page faults than the words cost) — unless the worker
// reads thousands of passages, which bring some 4 new words each (two
// generated articles of 10,000 paragraphs: 39,000 words a worker), so that
// its table is not grown and filled again four times over.
func NewLexicon(passages int) *Lexicon {
	words := max(min(max(passages*20, 64), 4096), min(passages*4, 1<<16))
	return &Lexicon{words: newLexTable(words)}
}

// word returns what the lexicon knows of a folded word — whether it is a
// stop word, its Snowball stem — computing and caching it the first time.
func (lx *Lexicon) word(w string) lexWord {
	if !fits(w) {
		return lx.longWord(w)
	}
	if e := lx.words.get(w); e != nil && e.read {
		return *e
	}
	e := lx.words.put(w)
	e.norm, e.stop, e.stem = ReadWord(w)
	e.read = true
	return *e
}

// rawWord is word(Fold(w)) for a word as written: a word of ASCII that
// fits a slot is found by its folded bytes, without building the folded
// string, which only a word new to the lexicon needs.
func (lx *Lexicon) rawWord(w string) lexWord {
	if !fits(w) || !isASCII(w) {
		return lx.word(Fold(w))
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if e := lx.words.getFolded(&b, len(w)); e != nil && e.read {
		return *e
	}
	return lx.word(asciiLower(w))
}

// mark returns the id of the punctuation mark s (the rune r), which the
// lexicon does not stem; ASCII marks are kept by byte.
func (lx *Lexicon) mark(s string, r rune) Word {
	if r >= utf8.RuneSelf {
		return lx.id(Fold(s))
	}
	if id := lx.marks[r]; id != 0 {
		return id
	}
	id := lx.id(Fold(s))
	lx.marks[r] = id
	return id
}

// longWord is word for a word kept in the table's map.
func (lx *Lexicon) longWord(w string) lexWord {
	e := lx.words.long[w]
	if !e.read {
		e.norm, e.stop, e.stem = ReadWord(w)
		e.read = true
		// The map's key is the word table's copy of w (a key stored
		// again is replaced, and w may be cut from a passage's text).
		lx.words.long[e.norm.String()] = e
	}
	return e
}

// id returns the id of a folded number or punctuation mark, which the
// lexicon does not stem.
func (lx *Lexicon) id(w string) Word {
	if !fits(w) {
		e, ok := lx.words.long[w]
		if !ok {
			e.norm = Intern(w)
			lx.words.long[e.norm.String()] = e
		}
		return e.norm
	}
	if e := lx.words.get(w); e != nil {
		return e.norm
	}
	e := lx.words.put(w)
	e.norm = Intern(w)
	return e.norm
}

// StemWord stems one folded word without a cache (for data tables).
func StemWord(w string) string {
	if StopWords.Has(w) {
		return w
	}
	return snowball(w)
}

// StemCached is StemWord through the process's word table (ReadWord):
// each word is stemmed once per process, for callers that stem the same
// words again and again (the words of names, passage after passage).
func StemCached(w string) string {
	_, stop, stem := ReadWord(w)
	if stop {
		return w
	}
	return stem.String()
}

// Tokenize cuts text into tokens. sents are the sentence spans (from the
// segmenter); lx caches stems.
//
// The tokens are most of the engine's live heap and stay until the judge
// is done with the passage, so the returned slice has no spare capacity:
// they are cut into the lexicon's scratch buffer, then copied.
func Tokenize(text string, sents []model.Span, lx *Lexicon) []Token {
	toks := lx.toks[:0]
	si := 0
	open := true // the next word opens a sentence or a quotation
	joined := false
	for i := 0; i < len(text); {
		for si < len(sents)-1 && i >= sents[si].End {
			si++
			open = true
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			i += size
			joined = false
			continue
		}
		if isWordRune(r) {
			end, next, poss := scanWord(text, i)
			t := Token{Start: int32(i), End: int32(end), Sent: int32(si), Flags: TWord}
			word := text[i:end]
			switch {
			case isDigit(r):
				t.Flags |= TNum
			case isUpper(r):
				t.Flags |= TCap
				if IsAllCaps(word) {
					t.Flags |= TCaps
				}
			}
			if poss {
				t.Flags |= TPoss
			}
			if joined {
				t.Flags |= TJoined
			}
			if open {
				t.Flags |= TOpen
			}
			if t.Flags&TNum != 0 {
				norm := Fold(word)
				t.norm = lx.id(norm)
				if StopWords.Has(norm) {
					t.Flags |= TStop
				}
			} else if e := lx.rawWord(word); e.stop {
				t.norm = e.norm
				t.Flags |= TStop
			} else {
				t.norm = e.norm // its stem is its word's (Token.StemID)
			}
			toks = append(toks, t)
			open, joined = false, false
			i = next
			// A hyphen between two word characters joins the next token.
			if next == end && next < len(text) {
				if h, hs := utf8.DecodeRuneInString(text[next:]); isHyphen(h) && next+hs < len(text) {
					if n, _ := utf8.DecodeRuneInString(text[next+hs:]); isWordRune(n) {
						joined = true
						i = next + hs
					}
				}
			}
			continue
		}
		t := Token{Start: int32(i), End: int32(i + size), Sent: int32(si)}
		t.norm = lx.mark(text[i:i+size], r)
		switch r {
		case '"', '“', '”', '„', '«', '»', '\'', '‘', '’':
			t.Flags |= TQuote
			// An opening quote (after a space or at the start) opens a quotation.
			if i == 0 || isSpaceBefore(text, i) || r == '“' || r == '«' || r == '‘' {
				open = true
			}
		case ',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '‒', '―':
			t.Flags |= TBreak
			if r == '(' || r == '[' || r == ':' {
				open = true
			}
		case '.', '!', '?', '…':
			t.Flags |= TEnd
		}
		toks = append(toks, t)
		joined = false
		i += size
	}
	out := make([]Token, len(toks))
	copy(out, toks)
	lx.toks = toks[:0]
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSpace, isDigit and isUpper are unicode.IsSpace, IsDigit and IsUpper,
// answering ASCII without the tables: most of a passage's runes are ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '['
}

// IsAllCaps reports whether w has two or more letters and no lower-case one.
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// scanWord scans the word starting at i. It returns the end of the word's
// span, where scanning resumes (past a possessive "'s"), and whether the
// word carried a possessive. It keeps "U.S.", "3.5", "1,200", "don't" and
// "O'Brien" whole, and stops at a hyphen (the caller joins the next part).
func scanWord(s string, i int) (end, next int, poss bool) {
	// Dotted acronym: U.S., U.K., e.g.
	if j := dottedAcronym(s, i); j > i {
		return j, j, false
	}
	j := i
	var prev rune
	for j < len(s) {
		// The letters and digits of ASCII, without decoding.
		if c := s[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			prev = rune(c)
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) || unicode.Is(unicode.Mn, r) {
			prev = r
			j += size
			continue
		}
		nr, ns := utf8.DecodeRuneInString(s[min(j+size, len(s)):])
		switch {
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && j+size < len(s) && unicode.IsDigit(nr):
			if r == ',' && !thousandsGroup(s, j+size) {
				return j, j, false
			}
			j += size
			continue
		case r == '\'' || r == '’' || r == 'ʼ':
			if j+size < len(s) && unicode.IsLetter(nr) {
				after := j + size + ns
				if (nr == 's' || nr == 'S') && (after >= len(s) || !isWordRune(FirstRune(s[after:]))) {
					return j, after, true
				}
				j += size
				continue
			}
			// "officials'" — a plural possessive.
			if prev == 's' && j > i+1 {
				return j, j + size, true
			}
		}
		break
	}
	return j, j, false
}

func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// thousandsGroup reports whether exactly three digits start at i.
func thousandsGroup(s string, i int) bool {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n == 3
}

// dottedAcronym returns the end of a dotted acronym ("U.S.", "e.g.") at i,
// or i when there is none.
func dottedAcronym(s string, i int) int {
	j, n := i, 0
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' {
		j += 2
		n++
	}
	if n < 2 || (j < len(s) && isASCIILetter(s[j])) {
		return i
	}
	return j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// PhrasesByFirst returns the phrases of a word list (words or phrases,
// folded, their words separated by spaces) split into words, as word ids
// (every token is read against them, and ids compare cheaper than
// strings), by their first word, for matching a token's NormID word by
// word.
func PhrasesByFirst(list iter.Seq[string]) map[Word][][]Word {
	m := map[Word][][]Word{}
	for p := range list {
		var ws []Word
		for _, w := range strings.Fields(p) {
			ws = append(ws, Intern(w))
		}
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}

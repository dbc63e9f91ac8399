package lexicon

import (
	"strings"
	"sync"
)

// Words as integer ids. A token keeps its folded text and its stem as
// Word ids into one table shared by every lexicon of the process, not as
// two strings: a token is 24 bytes instead of 48, and the tokens are most
// of the engine's live heap while it aligns and judges. An id stands for
// exactly one string, so two tokens have the same word exactly when they
// have the same id; the ids themselves depend on the order words were
// first seen (and on what else the process read before), so they may be
// compared for equality and used as keys, never sorted or printed —
// whatever sorts or prints reads the string (Word.String, Token.Norm).
//
// The table only grows. The vocabulary of news is bounded (a few hundred
// thousand words), and a hostile file of random words costs no more here
// than in the lexicons that cache the same words during a run.

// Word is a word's id in the process's word table; 0 is "".
type Word int32

const (
	chunkBits = 12
	chunkSize = 1 << chunkBits
	maxChunks = 1 << 16 // 2^28 words
)

// wordTable maps ids to strings and back. Ids are handed out under mu;
// a chunk's slot is written before its id is published, and every reader
// of an id got it through mu or from a token handed over by the
// goroutines' own synchronisation, so reads need no lock.
//
// The table also holds each word's stem, once read (ReadWord): a token
// finds its stem through its word, so it need not carry it.
var wordTable struct {
	mu     sync.Mutex
	ids    map[string]Word
	n      Word
	chunks [maxChunks]*wordChunk
}

// wordChunk holds chunkSize words and what is known of them.
type wordChunk struct {
	text [chunkSize]string
	stem [chunkSize]Word  // the Snowball stem, once read; 0 for a stop word
	read [chunkSize]uint8 // 1 once stem is known
}

func init() {
	wordTable.ids = map[string]Word{"": 0}
	wordTable.chunks[0] = new(wordChunk)
	wordTable.n = 1
}

// String returns the word.
func (w Word) String() string {
	return wordTable.chunks[uint32(w)>>chunkBits%maxChunks].text[w&(chunkSize-1)]
}

// stemOf returns the stem ReadWord recorded for w (0 when none).
func stemOf(w Word) Word {
	return wordTable.chunks[uint32(w)>>chunkBits%maxChunks].stem[w&(chunkSize-1)]
}

// Intern returns the id of s, adding it to the table the first time. The
// table keeps its own copy of s, so that a word cut from a passage does
// not hold the passage's text.
func Intern(s string) Word {
	wordTable.mu.Lock()
	defer wordTable.mu.Unlock()
	return intern(s)
}

// intern is Intern with wordTable.mu held.
func intern(s string) Word {
	if id, ok := wordTable.ids[s]; ok {
		return id
	}
	id := wordTable.n
	if int(id)>>chunkBits >= maxChunks {
		panic("lexicon: word table full")
	}
	c := wordTable.chunks[id>>chunkBits]
	if c == nil {
		c = new(wordChunk)
		wordTable.chunks[id>>chunkBits] = c
	}
	s = strings.Clone(s)
	c.text[id&(chunkSize-1)] = s
	wordTable.ids[s] = id
	wordTable.n++
	return id
}

// ReadWord returns the id of the folded word w, whether it is a stop
// word, and its stem (0 for a stop word), stemming it the first time any
// lexicon of the process reads it. The stem is written once, under the
// lock, before any token holding w exists; a token's reader got the token
// through the goroutines' own synchronisation, so reading it needs no lock.
//
// The stemmer runs outside the lock, so that workers reading new words
// stem them at once; two that meet the same new word together both stem
// it, and the first to take the lock again records it (the same stem).
func ReadWord(w string) (id Word, stop bool, stem Word) {
	stop = StopWords.Has(w)
	wordTable.mu.Lock()
	id = intern(w)
	c, i := wordTable.chunks[id>>chunkBits], id&(chunkSize-1)
	if c.read[i] != 0 || stop {
		c.read[i] = 1
		stem = c.stem[i]
		wordTable.mu.Unlock()
		return id, stop, stem
	}
	wordTable.mu.Unlock()
	s := snowball(w)
	wordTable.mu.Lock()
	defer wordTable.mu.Unlock()
	if c.read[i] == 0 {
		c.stem[i] = intern(s)
		c.read[i] = 1
	}
	return id, stop, c.stem[i]
}

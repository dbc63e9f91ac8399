package lexicon

import "sync/atomic"

// WordCache keeps, for the process, one value per word id: what fixed
// tables say of a word (its WordNet groups, its background weight, the
// word lists it is on), read once by id rather than by string for every
// token of every passage. It serves stages that read such facts of the
// same words passage after passage (the judge's wordFacts, the
// alignment's stemFact).
//
// A value depends on the word's string alone, and a word id stands for
// one string for as long as the process runs (Word), so a value once read
// stays right; the cache grows with the word table and no more. Chunks
// are laid out like the word table's. Chunks and values are published
// with atomics: two goroutines that read one word at once both read it,
// and one of the two equal values is kept. The zero WordCache is empty
// and ready; it is large (half a megabyte of chunk pointers), so declare
// it as a package variable.
type WordCache[T any] struct {
	chunks [maxChunks]atomic.Pointer[[chunkSize]atomic.Pointer[T]]
}

// Get returns the value of w, calling read with w's string the first
// time w is asked for.
func (c *WordCache[T]) Get(w Word, read func(string) *T) *T {
	slot := &c.chunks[uint32(w)>>chunkBits%maxChunks]
	ch := slot.Load()
	if ch == nil {
		slot.CompareAndSwap(nil, new([chunkSize]atomic.Pointer[T]))
		ch = slot.Load()
	}
	e := &ch[w&(chunkSize-1)]
	if v := e.Load(); v != nil {
		return v
	}
	v := read(w.String())
	e.Store(v)
	return v
}

// GetWord is Get for a read that takes the word's id (and may ask its
// string): one that needs the id would otherwise look the string up again
// in the word table, under its lock. (Get's body written again: as one
// helper for both, every look-up of a word list paid a call in the
// generic code.)
func (c *WordCache[T]) GetWord(w Word, read func(Word) *T) *T {
	slot := &c.chunks[uint32(w)>>chunkBits%maxChunks]
	ch := slot.Load()
	if ch == nil {
		slot.CompareAndSwap(nil, new([chunkSize]atomic.Pointer[T]))
		ch = slot.Load()
	}
	e := &ch[w&(chunkSize-1)]
	if v := e.Load(); v != nil {
		return v
	}
	v := read(w)
	e.Store(v)
	return v
}

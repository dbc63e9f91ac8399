package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file reads the WordNet 3.0 database files (wndb(5WN)): index.<pos>
// for each lemma's senses in order, data.<pos> for the synsets and their
// pointers, cntlist.rev for the sense tag counts and <pos>.exc for the
// irregular inflections.

// posFiles are WordNet's four file names; an adjective satellite (ss_type
// "s") lives in data.adj and counts as an adjective here.
var posFiles = [...]struct {
	name string
	pos  byte
}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}}

// synKey names a synset: its part of speech (n, v, a, r) and byte offset
// in data.<pos>.
type synKey struct {
	pos    byte
	offset uint32
}

// pointer is one pointer of a synset (wndb: pointer_symbol synset_offset
// pos source/target).
type pointer struct {
	symbol  string
	target  synKey
	lexical bool // source/target is not 0000: it links two words, not two synsets
	src     int  // of a lexical pointer, the source word's number in its synset (1-based)
	dst     int  // and the target word's number in the target synset
}

// synset is one record of data.<pos>.
type synset struct {
	key        synKey
	lexFile    int
	head       bool     // an adjective head synset (ss_type "a", not "s")
	hyponyms   int      // number of hyponym pointers
	satellites int      // number of similar-to pointers (of a head: its satellites)
	words      []string // as written, underscores for spaces, case kept
	pointers   []pointer
}

// lemmaSenses is one line of index.<pos>: a lemma's synsets in sense order
// (most frequent first).
type lemmaSenses struct {
	lemma string
	pos   byte
	syns  []synKey
}

// db is the parsed database.
type db struct {
	synsets map[synKey]*synset
	index   []lemmaSenses
	counts  map[senseRef]int    // tag count of a lemma's n-th sense
	exc     map[string][]string // inflected form → base forms (all parts of speech)
}

// senseRef names one sense: lemma, part of speech, 1-based sense number.
type senseRef struct {
	lemma string
	pos   byte
	n     int
}

func readDB(dir string) (*db, error) {
	d := &db{synsets: map[synKey]*synset{}, counts: map[senseRef]int{}, exc: map[string][]string{}}
	for _, pf := range posFiles {
		if err := eachLine(filepath.Join(dir, "data."+pf.name), func(f []string) error {
			s, err := parseSynset(f, pf.pos)
			if err == nil {
				d.synsets[s.key] = s
			}
			return err
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, "index."+pf.name), func(f []string) error {
			ls, err := parseIndex(f, pf.pos)
			if err == nil {
				d.index = append(d.index, ls)
			}
			return err
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, pf.name+".exc"), func(f []string) error {
			if len(f) >= 2 {
				d.exc[f[0]] = append(d.exc[f[0]], f[1:]...)
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	err := eachLine(filepath.Join(dir, "cntlist.rev"), func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("cntlist.rev: %q", strings.Join(f, " "))
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("cntlist.rev: bad sense key %q", f[0])
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[rest[0]]
		n, err1 := strconv.Atoi(f[1])
		c, err2 := strconv.Atoi(f[2])
		if pos == 0 || err1 != nil || err2 != nil {
			return fmt.Errorf("cntlist.rev: %q", strings.Join(f, " "))
		}
		d.counts[senseRef{lemma, pos, n}] += c
		return nil
	})
	return d, err
}

// eachLine calls fn with the space-separated fields of every line of a
// file, skipping the licence header (lines that start with a space).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

func parseSynset(f []string, pos byte) (*synset, error) {
	bad := fmt.Errorf("bad synset %.60q", strings.Join(f, " "))
	if len(f) < 6 {
		return nil, bad
	}
	off, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return nil, bad
	}
	lexFile, _ := strconv.Atoi(f[1])
	s := &synset{key: synKey{pos, uint32(off)}, lexFile: lexFile, head: f[2] == "a"}
	nw, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil {
		return nil, bad
	}
	i := 4
	for range nw {
		w := f[i]
		// Adjective syntactic markers: "(a)", "(p)", "(ip)".
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j]
		}
		s.words = append(s.words, w)
		i += 2
	}
	np, err := strconv.Atoi(f[i])
	if err != nil {
		return nil, bad
	}
	i++
	for range np {
		if i+3 >= len(f) {
			return nil, bad
		}
		to, err := strconv.ParseUint(f[i+1], 10, 32)
		if err != nil {
			return nil, bad
		}
		tp := f[i+2][0]
		if tp == 's' {
			tp = 'a'
		}
		st, err := strconv.ParseUint(f[i+3], 16, 16)
		if err != nil {
			return nil, bad
		}
		s.pointers = append(s.pointers, pointer{symbol: f[i], target: synKey{tp, uint32(to)}, lexical: st != 0,
			src: int(st >> 8), dst: int(st & 0xff)})
		i += 4
	}
	return s, nil
}

func parseIndex(f []string, pos byte) (lemmaSenses, error) {
	bad := fmt.Errorf("bad index line %.60q", strings.Join(f, " "))
	if len(f) < 4 {
		return lemmaSenses{}, bad
	}
	ns, err1 := strconv.Atoi(f[2])
	np, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || len(f) != 4+np+2+ns {
		return lemmaSenses{}, bad
	}
	ls := lemmaSenses{lemma: f[0], pos: pos}
	for _, o := range f[len(f)-ns:] {
		off, err := strconv.ParseUint(o, 10, 32)
		if err != nil {
			return lemmaSenses{}, bad
		}
		ls.syns = append(ls.syns, synKey{pos, uint32(off)})
	}
	return ls, nil
}

package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// The search left active in the list, as in less and vim: after enter in
// the search overlay, the words searched for stay painted wherever they
// occur, and n / N go to the next and previous row that holds them (in
// reading order, wrapping around) until esc ends the search; then n / N
// go back to divergences. A row matches when either passage holds the
// query as typed, spaces collapsed, letters compared without case (ASCII
// letters fold; other characters must be as written), or another spelling
// of the same name (searching "Kyiv" finds "Kiev": corpus.Spellings). The
// rows that match are found once per query and list, on the first n or N.

// SetFind makes q the active search ("" ends it) and repaints the list.
func (r *readerPane) SetFind(q string) {
	q = strings.Join(strings.Fields(q), " ")
	if q == r.find {
		return
	}
	r.find = q
	r.findAlso = nil
	if q != "" {
		r.findAlso = corpus.Spellings(q)
	}
	r.findPaint = r.findTerms()
	r.findRows, r.findGen = nil, -1
	r.gen++ // the drawn rows hold the old highlights
	r.relist()
	r.syncKeys()
}

// Find returns the active search, or "".
func (r *readerPane) Find() string { return r.find }

// matchRows returns the items whose row holds the active search, in
// order, finding them on first use for the list as it is.
func (r *readerPane) matchRows() []int {
	if r.findGen == r.gen && r.findRows != nil {
		return r.findRows
	}
	rows := []int{}
	for i, it := range r.items {
		if it.heading() {
			continue
		}
		row := r.pv.row(it)
		if row.A != nil && r.holds(row.A.Text) || row.B != nil && r.holds(row.B.Text) {
			rows = append(rows, i)
		}
	}
	r.findRows, r.findGen = rows, r.gen
	return rows
}

// holds reports whether text holds the active search or another spelling
// of it.
func (r *readerPane) holds(text string) bool {
	if indexFold(text, r.find) >= 0 {
		return true
	}
	for _, q := range r.findAlso {
		if indexFold(text, q) >= 0 {
			return true
		}
	}
	return false
}

// findTerms is the active search and its other spellings, for painting.
func (r *readerPane) findTerms() string {
	if len(r.findAlso) == 0 {
		return r.find
	}
	return r.find + "\x00" + strings.Join(r.findAlso, "\x00")
}

// nextMatch selects the next (dir 1) or previous (dir -1) row holding the
// active search, wrapping around, and says which match of how many it is.
func (r *readerPane) nextMatch(dir int) {
	rows := r.matchRows()
	if len(rows) == 0 {
		r.status = fmt.Sprintf("no row of this pair holds “%s” (esc ends the search)", safeInline(r.find))
		return
	}
	k := -1
	wrapped := false
	if dir > 0 {
		for i, it := range rows {
			if it > r.sel {
				k = i
				break
			}
		}
		if k < 0 {
			k, wrapped = 0, true
		}
	} else {
		for i := len(rows) - 1; i >= 0; i-- {
			if rows[i] < r.sel {
				k = i
				break
			}
		}
		if k < 0 {
			k, wrapped = len(rows)-1, true
		}
	}
	r.jumpTo(rows[k])
	r.status = fmt.Sprintf("match %d of %d for “%s”", k+1, len(rows), safeInline(r.find))
	if wrapped {
		r.status += " · wrapped around"
	}
}

// findSpans returns the spans of text where q occurs, painted as matches;
// q may hold several terms separated by NUL (findTerms).
func findSpans(text, q string) []span {
	if strings.IndexByte(q, 0) >= 0 {
		var out []span
		for _, t := range strings.Split(q, "\x00") {
			out = append(out, findSpans(text, t)...)
		}
		return out
	}
	var out []span
	for at := 0; at < len(text); {
		i := indexFold(text[at:], q)
		if i < 0 {
			break
		}
		out = append(out, span{at + i, at + i + len(q), markMatch})
		at += i + max(1, len(q))
	}
	return out
}

// indexFold is the byte index of the first occurrence of q in s with
// ASCII letters compared without case, or -1. Runs of white space in s
// match a single space in q only when written as one space: passages are
// cleaned, so that is how they are written.
func indexFold(s, q string) int {
	if q == "" {
		return -1
	}
	n := len(q)
	first := lower(q[0])
	for i := 0; i+n <= len(s); i++ {
		if lower(s[i]) != first {
			continue
		}
		j := 1
		for j < n && lower(s[i+j]) == lower(q[j]) {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

// lower folds an ASCII letter to lower case.
func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// FindStatus says where the selection stands among the rows holding the
// active search: "match 2 of 5 for “ferry” · n / N: next / previous, esc
// ends the search".
func (r *readerPane) FindStatus() string {
	if r.find == "" {
		return ""
	}
	rows := r.matchRows()
	k := 0
	for i, it := range rows {
		if it <= r.sel {
			k = i + 1
		}
	}
	return fmt.Sprintf("match %d of %d for “%s” · n / N: next / previous · esc ends the search", k, len(rows), safeInline(r.find))
}

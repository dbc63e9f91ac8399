package ui

import (
	"os"
	"time"
)

// pasteGuard is the reader's terminal input. It watches the bytes for
// bracketed-paste markers so that a paste start that never ends (typed, or
// its end lost) cannot swallow the keys after it: Bubble Tea's decoder
// keeps everything after "ESC[200~" as pasted text until "ESC[201~", q and
// ctrl+c included. The guard ends an open paste, by inserting the end
// marker, before a ctrl+c byte (terminals filter control bytes out of
// pastes, so it is a key: ctrl+c always quits) and before input that
// arrives after a pause of pasteGap (a paste arrives in one burst; a key
// typed a second later is typed).
type pasteGuard struct {
	*os.File
	open   bool    // inside a bracketed paste
	recent [6]byte // the last bytes read, to see markers split over reads
	last   time.Time
}

const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
	pasteGap   = time.Second
	// maxPasteEnds bounds the end markers one read may gain; Read leaves
	// room for them.
	maxPasteEnds = 8
)

// Read reads from the terminal and ends open pastes where needed. It
// returns what one read of the terminal gave, so it never holds input back
// from a reader that waits for the terminal to be readable.
func (g *pasteGuard) Read(p []byte) (int, error) {
	room := len(p) - maxPasteEnds*len(pasteEnd)
	if room < 1 {
		return g.File.Read(p)
	}
	buf := make([]byte, room)
	n, err := g.File.Read(buf)
	now := time.Now()
	gap := now.Sub(g.last) > pasteGap
	g.last = now
	return copy(p, g.guard(buf[:n], gap)), err
}

// guard returns in with end markers inserted before a ctrl+c in an open
// paste and, after a pause (gap), before anything else in one.
func (g *pasteGuard) guard(in []byte, gap bool) []byte {
	out := make([]byte, 0, len(in)+maxPasteEnds*len(pasteEnd))
	ends := 0
	end := func() {
		if g.open && ends < maxPasteEnds {
			out = append(out, pasteEnd...)
			ends++
			g.see([]byte(pasteEnd))
		}
	}
	if gap && len(in) > 0 {
		end()
	}
	for i, c := range in {
		if c == 0x03 {
			end()
		}
		out = append(out, c)
		g.see(in[i : i+1])
	}
	return out
}

// see notes bytes passed on, tracking whether a paste is open.
func (g *pasteGuard) see(b []byte) {
	for _, c := range b {
		copy(g.recent[:], g.recent[1:])
		g.recent[len(g.recent)-1] = c
		switch string(g.recent[:]) {
		case pasteStart:
			g.open = true
		case pasteEnd:
			g.open = false
		}
	}
}

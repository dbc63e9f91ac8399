package ui

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// The search overlay. Typing edits a one-line query; every edit starts a
// ranking in a tea.Cmd tagged with a sequence number, and results come back
// as a searchResultsMsg. Results for anything but the latest query are
// dropped, and a ranking that has not started when a newer query arrives
// never runs, so typing never waits on ranking.

const searchLimit = 50 // results kept per query

// searchEntry is one searchable passage.
type searchEntry struct {
	id    string
	doc   string // source name, display-safe
	topic string // label of the passage's strongest topic, or its kind
	text  string
	line  int
}

// searchIndex builds the searcher once, on first use, off the Update path.
type searchIndex struct {
	once  sync.Once
	texts []string
	ix    searcher
}

func (s *searchIndex) get() searcher {
	s.once.Do(func() { s.ix = newSearchIndex(s.texts) })
	return s.ix
}

// searchResultsMsg carries the ranking of one query.
type searchResultsMsg struct {
	seq     int64
	query   string
	matches []searchMatch
}

// searchPane is the search overlay: an input line and ranked results.
type searchPane struct {
	styles *Styles
	keys   KeyMap

	entries []searchEntry
	index   *searchIndex
	latest  *atomic.Int64 // sequence of the newest query, read by running Cmds

	input lineInput // the query being typed

	seq     int64  // sequence of the newest query
	shown   string // query the results belong to
	accept  bool   // enter was pressed before the newest results came in
	results []searchMatch
	sel     int
	offset  int // first result on screen

	width, height int
}

func newSearch(c *corpus.Comparison, names []string, st *Styles, keys KeyMap) searchPane {
	entries := searchEntries(c, names)
	texts := make([]string, len(entries))
	for i, e := range entries {
		texts[i] = e.text
	}
	return searchPane{
		styles: st, keys: keys,
		entries: entries,
		index:   &searchIndex{texts: texts},
		latest:  new(atomic.Int64),
	}
}

// searchEntries lists every passage of c, in document order, with what a
// result shows of it; names are the sources' (sourceNames).
func searchEntries(c *corpus.Comparison, names []string) []searchEntry {
	topic := displayTopics(c)
	var entries []searchEntry
	for i, d := range c.Documents {
		name := names[i]
		for _, p := range d.Passages {
			entries = append(entries, searchEntry{id: p.ID, doc: name, text: p.Text, line: p.Line, topic: topic(p)})
		}
	}
	return entries
}

// displayTopics returns the label a search result gives a passage of c:
// its strongest topic, else the topic of its strongest alignment, else its
// kind for furniture. The engine does not say which topic a passage is
// "about"; when it does, this function is what to replace.
func displayTopics(c *corpus.Comparison) func(p *corpus.Passage) string {
	shown := c.DisplayTopics() // the engine's choice, by passage id
	return func(p *corpus.Passage) string {
		if id, ok := shown[p.ID]; ok {
			return safeInline(c.TopicLabel(id))
		}
		if p.Kind != corpus.KindBody {
			return safeInline(string(p.Kind))
		}
		return ""
	}
}

// WarmCmd builds the index in the background so the first query is quick.
func (s *searchPane) WarmCmd() tea.Cmd {
	ix := s.index
	return func() tea.Msg {
		ix.get()
		return nil
	}
}

// Open starts a new search.
func (s *searchPane) Open() {
	s.input, s.accept = lineInput{}, false
	s.results, s.shown, s.sel, s.offset = nil, "", 0, 0
	s.seq++
	s.latest.Store(s.seq)
	s.syncKeys()
}

// SetSize sets the overlay's size.
func (s *searchPane) SetSize(w, h int) {
	s.width, s.height = w, h
	s.scroll()
}

// SetStyles switches to new styles.
func (s *searchPane) SetStyles(st *Styles) {
	s.styles = st
}

// Selected returns the id of the chosen passage, or "".
func (s *searchPane) Selected() string {
	if s.sel < 0 || s.sel >= len(s.results) {
		return ""
	}
	return s.entries[s.results[s.sel].Index].id
}

// Query returns the text typed so far.
func (s *searchPane) Query() string { return s.input.String() }

// Pending reports whether results for the query as typed are still coming.
func (s *searchPane) Pending() bool {
	q := s.input.String()
	return strings.TrimSpace(q) != "" && s.shown != q
}

// AcceptWhenReady makes the best result of the query as typed the chosen
// one when its ranking arrives (see Accepted).
func (s *searchPane) AcceptWhenReady() { s.accept = true }

// Accepted reports, once, that the ranking an AcceptWhenReady waited for
// has arrived, so the root can act on the choice.
func (s *searchPane) Accepted() bool {
	if s.accept && !s.Pending() {
		s.accept = false
		return true
	}
	return false
}

// syncKeys enables the bindings that can act now: enter once there is a
// result (or one on its way), the arrows once there are two.
func (s *searchPane) syncKeys() {
	s.keys.Choose.SetEnabled(len(s.results) > 0 || s.Pending())
	s.keys.Next.SetEnabled(len(s.results) > 1)
	s.keys.Prev.SetEnabled(len(s.results) > 1)
}

// Update edits the query, moves through results and takes results in.
func (s searchPane) Update(msg tea.Msg) (searchPane, tea.Cmd) {
	s, cmd := s.update(msg)
	s.syncKeys()
	return s, cmd
}

func (s searchPane) update(msg tea.Msg) (searchPane, tea.Cmd) {
	switch msg := msg.(type) {
	case searchResultsMsg:
		if msg.seq != s.seq {
			return s, nil // stale: a newer query is on its way
		}
		s.results, s.shown, s.sel, s.offset = msg.matches, msg.query, 0, 0
		return s, nil
	case tea.PasteMsg:
		return s.insert(msg.Content)
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.move(-1)
		case tea.MouseWheelDown:
			s.move(1)
		}
	}
	return s, nil
}

// handleKey applies one key to the input or the result list.
func (s searchPane) handleKey(msg tea.KeyPressMsg) (searchPane, tea.Cmd) {
	switch {
	case key.Matches(msg, s.keys.Prev):
		s.move(-1)
		return s, nil
	case key.Matches(msg, s.keys.Next):
		s.move(1)
		return s, nil
	}
	before := s.input.String()
	if s.input.Key(msg) && s.input.String() != before {
		return s.changed()
	}
	return s, nil
}

// insert types text at the cursor: a pasted paragraph is one query.
func (s searchPane) insert(text string) (searchPane, tea.Cmd) {
	before := s.input.String()
	if s.input.Insert(text); s.input.String() == before {
		return s, nil
	}
	return s.changed()
}

// changed starts a ranking of the new query.
func (s searchPane) changed() (searchPane, tea.Cmd) {
	s.accept = false
	s.seq++
	seq, q := s.seq, s.input.String()
	s.latest.Store(seq)
	if strings.TrimSpace(q) == "" {
		s.results, s.shown, s.sel, s.offset = nil, q, 0, 0
		return s, nil
	}
	return s, rankCmd(s.index, s.latest, seq, q)
}

// rankCmd ranks q off the Update path. It gives up before starting when a
// newer query has been typed meanwhile.
func rankCmd(ix *searchIndex, latest *atomic.Int64, seq int64, q string) tea.Cmd {
	return func() tea.Msg {
		if latest.Load() != seq {
			return nil
		}
		return searchResultsMsg{seq: seq, query: q, matches: withSpellings(ix.get(), q)}
	}
}

// move selects the next (d > 0) or previous result.
func (s *searchPane) move(d int) {
	if len(s.results) == 0 {
		return
	}
	s.sel = max(0, min(len(s.results)-1, s.sel+d))
	s.scroll()
}

// resultLines is how many lines a result takes.
const resultLines = 2

// scroll keeps the selected result on screen.
func (s *searchPane) scroll() {
	fit := max(1, (s.height-2)/resultLines)
	if s.sel < s.offset {
		s.offset = s.sel
	}
	if s.sel >= s.offset+fit {
		s.offset = s.sel - fit + 1
	}
}

// ShortHelp is the search overlay's part of the footer: keys that cannot
// act yet (no result to go to, nothing to move through) are left out.
func (s searchPane) ShortHelp() []key.Binding {
	k := s.keys
	k.Back.SetHelp("esc", "cancel")
	return []key.Binding{k.Choose, k.Back, k.Next, k.Prev}
}

// FullHelp is the search overlay's part of the full help.
func (s searchPane) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.ShortHelp()}
}

// withSpellings ranks q and, when q is a name the engine knows by other
// spellings ("Kyiv", "Kiev"), those too: each passage once, at its best
// score, best first.
func withSpellings(ix searcher, q string) []searchMatch {
	ms := ix.Search(q, searchLimit)
	alts := corpus.Spellings(strings.TrimSpace(q))
	if len(alts) == 0 {
		return ms
	}
	best := map[int]int{} // passage index → position in ms
	for i, m := range ms {
		best[m.Index] = i
	}
	for _, a := range alts {
		for _, m := range ix.Search(a, searchLimit) {
			if i, ok := best[m.Index]; ok {
				if m.Score > ms[i].Score {
					ms[i] = m
				}
				continue
			}
			best[m.Index] = len(ms)
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	if len(ms) > searchLimit {
		ms = ms[:searchLimit]
	}
	return ms
}

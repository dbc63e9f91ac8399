// Package ui is parallax's interactive reader: a full-screen Bubble Tea
// program that shows, row by row, how two documents of a comparison report
// the same points, side by side (split view) or one above the other
// (stacked view), with verdict badges, highlighted shared and conflicting
// words, topic navigation, a detail view and fuzzy search.
//
// The root Model owns the screen: it lays it out (computeLayout), hands
// each pane its size, draws the header, footer and help around the focused
// pane, and routes keys to that pane: the reader (the list of rows,
// reader.go), the detail of one row (detail.go), the search overlay
// (search.go), or a view across all sources (the overview, the pair
// picker, the claim check, the ledger). Every pane keeps to one contract (pane, below); panes draw
// strings, and only the root returns a tea.View. Everything drawn comes
// from the corpus package's data; ui never changes it.
//
// How the files divide the work:
//
//   - model.go, update.go: the root model, its messages and key routing.
//   - layout.go: computeLayout, the one pure function of the screen's
//     geometry; frame.go, header.go, topicbar.go, footer.go, helpview.go:
//     the root's drawing, each a pure function of its data.
//   - reader.go (state and keys), scroll.go (scroller: selection and
//     scrolling over measured heights), rows.go and pairs.go (the pair of
//     documents shown), rowview.go (drawing a row, pure), measure.go
//     (counting its lines without drawing), memo.go (keyed memos of both),
//     listview.go (the visible part of the list), marks.go (the
//     highlights of the rows on screen, asked for in a Cmd when the
//     comparison left them out).
//   - detail.go and detailview.go; search.go and searchindex.go.
//   - find.go: the search left active in the list (n / N between matches).
//   - views across all sources (issue 11): overview.go and
//     overviewview.go (coverage by point and source), picker.go (every
//     pair), claim.go (the claim check), ledger.go (who said what),
//     views.go (the root's part: switching, routing, opening a pair),
//     survey.go (the Cmds that read the survey and check claims),
//     export.go (y copies, w writes the view as Markdown).
//   - loading.go (the Job, its feed of progress, the pane and the swap to
//     the reader) and loadingview.go (drawing it, pure): the loading
//     screen RunJob opens on while sources are fetched and compared.
//   - sides.go: the one place reason prose is read (A and B).
//   - wrap.go, text.go, styles.go, keys.go: wrapping and painting text,
//     styles, key bindings; run.go: running the program.
//
// To add a pane: a type with SetSize, SetStyles, Update returning its own
// type, View and the help.KeyMap methods (checked against pane[T]), a
// focus value, a case in the root's handleKey, and its size in relayout.
// Key handling must not draw: measure what scrolling needs.
package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/corpus"
)

// Options sets up the reader.
type Options struct {
	// Left and Right are the documents shown first, as indexes into the
	// comparison's documents. Both zero (or out of range) means the first two.
	Left, Right int
	// NoColor turns colour off; emphasis (bold, underline, reverse) stays.
	NoColor bool
	// Stacked starts in stacked view even on a wide terminal.
	Stacked bool
	// Light starts with the light theme until the terminal reports its
	// background; the default is dark.
	Light bool
	// PairFirst opens on the pair view even with three documents or more.
	PairFirst bool
	// SaveDir is the folder w suggests for the view written as Markdown
	// ("": the first document's folder, else the working directory).
	SaveDir string
}

// focus says which pane gets keys.
type focus int

const (
	focusReader focus = iota
	focusDetail
	focusSearch
	focusOverview // the coverage of every source (overview.go)
	focusPicker   // the list of pairs (picker.go)
	focusClaim    // the claim check (claim.go)
	focusLedger   // who said what (ledger.go)
	focusLoading  // the loading screen, before there is a comparison
)

// pane is the contract every pane of the root keeps, soft-serve style: it
// takes the size the root hands it, draws exactly that many lines as a
// string, lists its key bindings for the help, and updates to its own
// concrete type T. Only the root returns a tea.View.
type pane[T any] interface {
	help.KeyMap
	SetSize(w, h int)
	SetStyles(st *Styles)
	Update(msg tea.Msg) (T, tea.Cmd)
	View() string
}

var (
	_ pane[readerPane]   = (*readerPane)(nil)
	_ pane[detailPane]   = (*detailPane)(nil)
	_ pane[searchPane]   = (*searchPane)(nil)
	_ pane[overviewPane] = (*overviewPane)(nil)
	_ pane[pickerPane]   = (*pickerPane)(nil)
	_ pane[claimPane]    = (*claimPane)(nil)
	_ pane[ledgerPane]   = (*ledgerPane)(nil)
	_ pane[loadingPane]  = (*loadingPane)(nil)
)

// Model is the reader's root model.
type Model struct {
	c      *corpus.Comparison
	names  []string // the sources' short names, worked out once (sourceNames)
	opts   Options
	styles *Styles
	keys   KeyMap
	help   help.Model

	width, height int
	wantSplit     bool   // the user's choice; split is used when it also fits
	lay           layout // computeLayout of the above

	focus    focus
	showHelp bool
	status   string // message for the footer from the last key
	reader   readerPane
	detail   detailPane
	search   searchPane
	overview overviewPane
	picker   pickerPane
	claim    claimPane
	ledger   ledgerPane
	back     focus      // where esc returns from the picker, the claim check and the ledger
	fromView focus      // where esc returns from the search
	save     savePrompt // the path w asks for, while it is open

	survey    *corpus.Survey      // the coverage and the ledger, once read
	facts     *corpus.SurveyFacts // what the survey reads of every passage, when kept with c
	surveying bool                // a surveyCmd is on its way
	loading   loadingPane         // while focus is focusLoading

	frames *frameMemo // last header and footer drawn
}

// New returns the reader over c. c must hold at least two documents.
func New(c *corpus.Comparison, opts Options) Model { return newWith(c, nil, opts) }

// newWith is New over c and what CompareWith returned with it (facts, or
// nil): the survey's facts, and the Marker that gives the highlights c
// was compared without (corpus.Options.LazyMarks; marks.go).
func newWith(c *corpus.Comparison, facts *corpus.SurveyFacts, opts Options) Model {
	st := newStyles(!opts.Light, !opts.NoColor)
	keys := DefaultKeyMap()
	a, b := opts.Left, opts.Right
	n := len(c.Documents)
	if a < 0 || a >= n || b < 0 || b >= n || a == b {
		a, b = 0, 1
	}
	h := help.New()
	h.Styles = st.Help
	// Every view names the sources alike; the names are worked out here,
	// once, and handed to each.
	names := sourceNames(c)
	m := Model{
		c: c, names: names, opts: opts, styles: &st, keys: keys, help: h, frames: &frameMemo{},
		wantSplit: !opts.Stacked,
		reader:    newReader(c, names, a, b, &st, keys),
		detail:    newDetail(c, names, &st, keys),
		search:    newSearch(c, names, &st, keys),
		overview:  newOverview(c, names, &st, keys),
		picker:    newPicker(c, names, &st, keys),
		claim:     newClaim(c, names, &st, keys),
		ledger:    newLedger(c, names, &st, keys),
	}
	m.facts = facts
	m.reader.marker = facts.Marker()
	// With three documents or more the overview comes first: ten pairs
	// cannot be read one after the other to see who says what.
	if SurveyFirst(len(c.Documents)) && !opts.PairFirst {
		m.focus = focusOverview
		m.surveying = true
	}
	return m
}

// SurveyFirst reports whether the reader opens on the overview with n
// documents, so that it reads the survey at once: with three or more.
func SurveyFirst(n int) bool { return n >= 3 }

// NewLoading returns the reader on its loading screen: job runs under
// feed, and the reader opens on the comparison it gives.
func NewLoading(job Job, feed *jobFeed, opts Options) Model {
	st := newStyles(!opts.Light, !opts.NoColor)
	keys := DefaultKeyMap()
	h := help.New()
	h.Styles = st.Help
	return Model{
		opts: opts, styles: &st, keys: keys, help: h, frames: &frameMemo{},
		wantSplit: !opts.Stacked, focus: focusLoading,
		loading: newLoading(job, feed, &st, keys),
	}
}

// Init asks the terminal for its background colour and builds the search
// index in the background (or, on the loading screen, starts the job).
func (m Model) Init() tea.Cmd {
	if m.focus == focusLoading {
		return tea.Batch(tea.RequestBackgroundColor, m.loading.Init())
	}
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.search.WarmCmd()}
	if m.surveying {
		cmds = append(cmds, surveyCmd(m.c, m.names, m.facts))
	}
	return tea.Batch(cmds...)
}

// Update hands each message to the method that handles it (update), then,
// while a pair is read, asks for the highlights of the rows now on screen
// that the comparison left out (marks.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	if n, ok := next.(Model); ok && (n.focus == focusReader || n.focus == focusDetail) {
		if mc := n.reader.marksCmd(); mc != nil {
			return n, tea.Batch(cmd, mc)
		}
	}
	return next, cmd
}

// update hands each message to the method that handles it.
func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.setTheme(msg.IsDark())
		return m, nil
	case tea.KeyPressMsg:
		if m.focus == focusLoading {
			return m.loadingKey(msg)
		}
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case tea.PasteMsg:
		return m.paste(msg)
	case searchResultsMsg:
		return m.searchResults(msg)
	case progressMsg, spinner.TickMsg:
		var cmd tea.Cmd
		m.loading, cmd = m.loading.Update(msg)
		return m, cmd
	case loadedMsg:
		return m.loaded(msg)
	case pairMsg:
		m.reader, _ = m.reader.Update(msg)
		m.status = m.reader.Status()
		return m, nil
	case surveyMsg:
		m.takeSurvey(msg)
		return m, nil
	case marksMsg:
		m.takeMarks(msg)
		return m, nil
	case claimMsg:
		m.claim, _ = m.claim.Update(msg)
		return m, nil
	case saveAskMsg:
		m.openSave(msg)
		return m, nil
	case writtenMsg:
		m.written(msg)
		return m, nil
	}
	return m, nil
}

// paste types pasted text into what is being typed: the path w asks for,
// the search or the claim.
func (m Model) paste(msg tea.PasteMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.save.open:
		m.save.input.Insert(msg.Content)
		m.save.problem, m.save.replace = "", ""
	case m.focus == focusSearch:
		m.search, cmd = m.search.Update(msg)
	case m.focus == focusClaim && m.claim.Editing():
		m.claim, cmd = m.claim.Update(msg)
	}
	return m, cmd
}

// View draws the screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	// No WindowTitle: the user's terminal title is left as it was.
	return v
}

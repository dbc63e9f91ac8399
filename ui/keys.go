package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the reader, with its help text. It is
// built once by DefaultKeyMap; each pane keeps a copy and disables the
// bindings that cannot act in its current state, so they drop out of help.
type KeyMap struct {
	// Global.
	Quit      key.Binding
	Interrupt key.Binding // ctrl+c quits from anywhere, even while typing a query
	Suspend   key.Binding // ctrl+z stops the program like any shell job
	Help      key.Binding
	Search    key.Binding
	Cancel    key.Binding // q and ctrl+c on the loading screen

	// Reader: moving.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	// Reader: jumping and views.
	NextDiverge key.Binding
	PrevDiverge key.Binding
	NextTopic   key.Binding
	PrevTopic   key.Binding
	Filter      key.Binding
	Toggle      key.Binding
	Open        key.Binding
	NextRight   key.Binding
	NextLeft    key.Binding

	// Views across all sources (issue 11).
	Overview key.Binding // the coverage overview ⇄ the pair view
	Pairs    key.Binding // the pair picker
	Ledger   key.Binding // who said what
	Claim    key.Binding // check a claim
	Left     key.Binding // the overview's columns
	Right    key.Binding
	Copy     key.Binding // copy the selected passage
	Write    key.Binding // write the view as Markdown

	// Detail, search and help overlays.
	Back   key.Binding
	Choose key.Binding
	Prev   key.Binding
	Next   key.Binding
}

// DefaultKeyMap returns the reader's key bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Cancel:    key.NewBinding(key.WithKeys("q", "ctrl+c", "esc"), key.WithHelp("q", "cancel")),

		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "ctrl+d", "space"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),

		NextDiverge: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next divergence")),
		PrevDiverge: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev divergence")),
		NextTopic:   key.NewBinding(key.WithKeys("]", "tab"), key.WithHelp("]/tab", "next topic")),
		PrevTopic:   key.NewBinding(key.WithKeys("[", "shift+tab"), key.WithHelp("[", "prev topic")),
		Filter:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "only this topic")),
		Toggle:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stacked view")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details")),
		NextRight:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "next right document")),
		NextLeft:    key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "next left document")),

		Overview: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "overview")),
		Pairs:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all pairs")),
		Ledger:   key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "who said what")),
		Claim:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "check a claim")),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "source left")),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "source right")),
		Copy:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy passage")),
		Write:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "save as Markdown")),

		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to passage")),
		Prev:   key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑", "previous")),
		Next:   key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓", "next")),
	}
}

// fitKeys chooses the bindings the footer shows in w cells: every enabled
// binding of pinned (help and quit, kept at the end where people look for
// them), and before them as many of keys as fit, taken in order of
// priority. A binding too wide to fit is skipped for a narrower one after
// it, so a narrow terminal still shows the most useful keys whole instead
// of the first few and an ellipsis. sep is the width of the separator
// between two bindings. It is a pure function of its arguments.
func fitKeys(keys, pinned []key.Binding, w, sep int) []key.Binding {
	width := func(b key.Binding) int { return stringWidth(b.Help().Key) + 1 + stringWidth(b.Help().Desc) }
	var tail []key.Binding
	used := 0
	for _, b := range pinned {
		if !b.Enabled() {
			continue
		}
		if len(tail) > 0 {
			used += sep
		}
		used += width(b)
		tail = append(tail, b)
	}
	var out []key.Binding
	for _, b := range keys {
		if !b.Enabled() {
			continue
		}
		extra := width(b)
		if len(out)+len(tail) > 0 {
			extra += sep
		}
		if used+extra > w {
			continue
		}
		used += extra
		out = append(out, b)
	}
	return append(out, tail...)
}

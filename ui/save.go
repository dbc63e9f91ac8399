package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Where w writes the view. w renders the view shown as Markdown at once
// (the view as it was when the key was pressed), then asks for the path
// in the footer, prefilled with a free name (parallax-<view>.md, or -2,
// -3, …) in the save directory: Options.SaveDir, else the folder of the
// first document given as a file, else the working directory. Enter
// writes; a path that exists is replaced only after a second enter; a
// folder gets the suggested file name; ~/ is the home directory. The file
// is written whole or not at all (a temporary file beside it, renamed
// over it), and an error is shown in the footer with the prompt left open
// to fix the path. Finding the free name and writing are Cmds: Update
// does no I/O.

// savePrompt is the path being typed for the view to write.
type savePrompt struct {
	open    bool
	input   lineInput
	view    string // the view's name: "overview", "pair", …
	data    []byte // the view as Markdown, when w was pressed
	replace string // the path the user was told exists; enter again replaces it
	problem string // why the last write failed, shown before the prompt
}

// saveAskMsg opens the prompt with a free path for the view.
type saveAskMsg struct {
	view string
	data []byte
	path string
}

// saveDir is the folder w suggests: Options.SaveDir, else the first
// document's folder when it was given as a file, else "" (the working
// directory).
func (m *Model) saveDir() string {
	if m.opts.SaveDir != "" {
		return m.opts.SaveDir
	}
	if len(m.c.Documents) == 0 {
		return ""
	}
	name := m.c.Documents[0].Name
	if name == "-" || name == "<stdin>" || strings.Contains(name, "://") {
		return ""
	}
	if d := filepath.Dir(name); d != "." {
		return d
	}
	return ""
}

// askSaveCmd renders the view shown and finds a free name for it; the
// prompt opens when it arrives (saveAskMsg).
func (m *Model) askSaveCmd() tea.Cmd {
	data, err := m.viewMarkdown()
	if err != nil {
		m.status = "cannot write the view: " + err.Error()
		return nil
	}
	view, dir := m.viewName(), m.saveDir()
	return func() tea.Msg {
		return saveAskMsg{view: view, data: data, path: freeName(dir, view)}
	}
}

// freeName is the first of dir/parallax-<view>.md, -2.md, -3.md, … that
// does not exist.
func freeName(dir, view string) string {
	path := ""
	for k := 1; k < 1000; k++ {
		base := "parallax-" + view + ".md"
		if k > 1 {
			base = fmt.Sprintf("parallax-%s-%d.md", view, k)
		}
		path = filepath.Join(dir, base)
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			break
		}
	}
	return path
}

// openSave opens the prompt on a free path.
func (m *Model) openSave(msg saveAskMsg) {
	m.save = savePrompt{open: true, view: msg.view, data: msg.data}
	m.save.input.limit = 4096
	m.save.input.Set(msg.path)
	m.status = ""
}

// saveKey handles a key while the prompt is open: enter writes, esc gives
// up, other keys edit the path.
func (m Model) saveKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.save = savePrompt{}
		m.status = "not written"
		return m, nil
	case msg.String() == "enter":
		path := strings.TrimSpace(m.save.input.String())
		if path == "" {
			m.save.problem = "type a path"
			return m, nil
		}
		replace := path == m.save.replace
		m.save.problem = "writing…"
		return m, writeFileCmd(path, m.save.view, m.save.data, replace)
	}
	if m.save.input.Key(msg) {
		m.save.problem, m.save.replace = "", ""
	}
	return m, nil
}

// writtenMsg says where a view was written, or why it was not.
type writtenMsg struct {
	path   string // as written, absolute when known
	exists bool   // path exists and was not replaced
	err    error
}

// writeFileCmd writes data to path (see the top of this file): a folder
// gets parallax-<view>.md; an existing file is replaced only when replace.
func writeFileCmd(path, view string, data []byte, replace bool) tea.Cmd {
	return func() tea.Msg {
		if rest, ok := strings.CutPrefix(path, "~"+string(filepath.Separator)); ok {
			if home, err := os.UserHomeDir(); err == nil {
				path = filepath.Join(home, rest)
			}
		}
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			path = freeName(path, view)
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		if _, err := os.Lstat(path); err == nil && !replace {
			return writtenMsg{path: path, exists: true}
		}
		return writtenMsg{path: path, err: writeWhole(path, data)}
	}
}

// writeWhole writes data to path through a temporary file in the same
// folder renamed over it, so that path holds the old content or the new,
// never part of it.
func writeWhole(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".parallax-*.md.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// written closes the prompt on success and says where the view went; on
// failure the prompt stays open with the reason.
func (m *Model) written(msg writtenMsg) {
	switch {
	case msg.exists:
		m.save.replace = msg.path
		m.save.input.Set(msg.path)
		m.save.problem = "exists: enter replaces it"
	case msg.err != nil:
		m.save.problem = "not written: " + plainError(msg.err)
	default:
		m.save = savePrompt{}
		m.status = "wrote " + msg.path
	}
}

// plainError words a file error without the operation and path Go puts
// before it ("open /x/y.md: permission denied" → "permission denied"); the
// prompt shows the path already.
func plainError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return err.Error()
}

// saveView draws the prompt as the footer, w cells wide: what goes where,
// the reason the last write failed, and the path with its cursor.
func (m Model) saveView(w int) string {
	st := m.styles
	label := " write the " + m.save.view + " to: "
	if m.save.problem != "" {
		// The reason may quote an OS error, which can hold bytes of a path
		// typed nowhere here (the working directory, $HOME).
		label = " " + safeInline(m.save.problem) + " · " + strings.TrimPrefix(label, " ")
	}
	room := max(0, w-stringWidth(label)-1)
	if room < 16 { // a narrow terminal: the path first
		label = truncate(label, max(0, w-17))
		room = max(0, w-stringWidth(label)-1)
	}
	return truncate(st.Status.Paint(label)+m.save.input.View(room, st), w)
}

package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// The footer: a message about the last key, or the short help of the
// focused pane and the global keys, as many as fit (fitKeys, keys.go).

// footerView returns the footer for the model as it is: the status
// message, or the short help. It runs on every frame, so the help line is
// kept in the memo under a fingerprint of what it depends on, computed
// without allocating.
func (m Model) footerView() string {
	w := m.lay.Width
	if m.save.open {
		return m.saveView(w)
	}
	if m.status != "" {
		return m.styles.Status.Paint(truncate(" "+safeInline(m.status), w))
	}
	keys, pinned := m.footerKeys()
	sig := footerSig(keys, w, pinned, m.styles)
	f := m.frames
	switch {
	case f.footer != "" && f.footerKey == sig:
	case f.prevFooter != "" && f.prevFooterKey == sig: // toggled back
		f.footerKey, f.prevFooterKey = f.prevFooterKey, f.footerKey
		f.footer, f.prevFooter = f.prevFooter, f.footer
	default:
		f.prevFooterKey, f.prevFooter = f.footerKey, f.footer
		f.footerKey, f.footer = sig, footerLine(keys, pinned, w, m.help)
	}
	return f.footer
}

// footerLine draws the short help in w cells: the keys by priority, as
// many as fit, then the pinned ones (the last pinned of keys).
func footerLine(keys []key.Binding, pinned, w int, h help.Model) string {
	n := len(keys) - pinned
	fit := fitKeys(keys[:n], keys[n:], max(0, w-1), stringWidth(h.ShortSeparator))
	return truncate(" "+h.ShortHelpView(fit), w)
}

// footerKeys returns the keys the footer offers, most useful first, ending
// with the pinned ones it always shows (how many is the second result):
// the focused pane's keys, then help and quit.
func (m Model) footerKeys() (keys []key.Binding, pinned int) {
	if m.showHelp {
		closeHelp := m.keys.Help
		closeHelp.SetHelp("?/esc", "close help")
		return []key.Binding{closeHelp, m.keys.Quit}, 2
	}
	keys = m.shortHelp()
	if m.focus == focusSearch || m.focus == focusClaim && m.claim.Editing() {
		return keys, 0 // q is a letter there; esc is among the pane's keys
	}
	return append(keys, m.keys.Help, m.keys.Quit), 2
}

// footerSig fingerprints everything the footer line depends on (FNV-1a).
func footerSig(keys []key.Binding, width, pinned int, st *Styles) uint64 {
	h := uint64(14695981039346656037)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211 // end of a field
	}
	mixInt := func(n uint64) { h = (h ^ n) * 1099511628211 }
	mixInt(uint64(width))
	mixInt(uint64(pinned))
	if st.dark { // the theme: the help styles follow it
		mixInt(1)
	}
	if st.color {
		mixInt(2)
	}
	for _, k := range keys {
		if !k.Enabled() {
			mixInt(0)
			continue
		}
		mix(k.Help().Key)
		mix(k.Help().Desc)
	}
	return h
}

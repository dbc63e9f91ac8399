package ui

import "strings"

// Drawing the visible part of the reading list. Items come from drawItem
// and drawReasons through the block memo: an item is drawn the first time
// it is on screen at a geometry, and a frame after that joins strings.

// View draws the visible part of the list: exactly height lines.
func (r readerPane) View() string {
	h := r.height
	if h <= 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow(h * (r.width + 48))
	marker := r.styles.Marker.Paint("▌") + " "
	n := 0
	for i, skip := r.top, r.topLine; i < len(r.items) && n < h; i, skip = i+1, 0 {
		b := r.block(i)
		var extra []string
		if i == r.sel {
			extra = r.extra(i).lines
		}
		ih := b.height() + len(extra)
		for k := skip; k < ih && n < h; k++ {
			l, sel := lineAt(b, extra, k, i == r.sel)
			if n > 0 {
				sb.WriteByte('\n')
			}
			if sel {
				sb.WriteString(marker)
			} else if l != "" {
				sb.WriteString("  ")
			}
			sb.WriteString(l)
			n++
		}
	}
	if n == 0 {
		sb.WriteString(r.styles.Faint.Paint(truncate("  nothing to show", r.width)))
		n++
	}
	for ; n < h; n++ {
		sb.WriteByte('\n')
	}
	return sb.String()
}

// lineAt returns line k of an item drawn as b with extra lines under it,
// and whether it belongs to the selected row's content, for the gutter bar.
func lineAt(b *block, extra []string, k int, selected bool) (string, bool) {
	if k < len(b.lines) {
		return b.lines[k], selected
	}
	k -= len(b.lines)
	if k < len(extra) {
		return extra[k], true
	}
	return "", false
}

// drawKey is what the drawing of the items depends on now.
func (r *readerPane) drawKey() drawKey { return drawKey{r.listKey(), r.styles} }

// block returns item i drawn at the current geometry.
func (r *readerPane) block(i int) *block {
	slot := r.blocks.at(r.drawKey(), len(r.items)).slot(i)
	if *slot == nil {
		*slot = drawItem(r.pv, r.items[i], r.geom(), r.styles)
	}
	return *slot
}

// extra returns the lines shown under item i when it is selected: its
// score and reasons in words.
func (r *readerPane) extra(i int) *block {
	bs := r.blocks.at(r.drawKey(), len(r.items))
	if b, ok := bs.extras[i]; ok {
		return b
	}
	b := drawReasons(r.pv.row(r.items[i]), r.pv.legend, r.geom().text(), r.styles)
	bs.extras[i] = b
	return b
}

package corpus

import (
	"strconv"

	"github.com/parallax-reader/parallax/corpus/model"
	"github.com/parallax-reader/parallax/corpus/text"
)

// TitleLen is the most runes of a body passage's opening that stands in for
// a document's title when it has no title passage.
const TitleLen = 80

// NewDocument checks, cleans and segments one source into the i-th document
// (0-based; its ID is "d" and i+1). Errors are *FileError values naming the
// source: ErrTooLarge, ErrBinary, ErrEncoding, ErrEmpty (nothing printable
// left after cleaning) or ErrTooMany (more than MaxPassages passages).
func NewDocument(i int, src model.Source) (*model.Document, error) {
	if len(src.Data) > MaxFileSize {
		return nil, &FileError{Name: src.Name, Err: tooLarge(int64(len(src.Data)))}
	}
	if err := checkText(src.Data); err != nil {
		return nil, &FileError{Name: src.Name, Err: err}
	}
	ps, ok := text.SegmentAtMost(text.Clean(src.Data), MaxPassages)
	if !ok {
		return nil, &FileError{Name: src.Name, Err: detail(ErrTooMany,
			"more than %d passages; the limit is %d", MaxPassages, MaxPassages)}
	}
	if len(ps) == 0 {
		return nil, &FileError{Name: src.Name, Err: detail(ErrEmpty, "empty article (no printable text)")}
	}
	d := &model.Document{ID: "d" + strconv.Itoa(i+1), Name: text.SanitizeName(src.Name), Passages: ps}
	for k, p := range ps {
		p.ID = d.ID + "p" + strconv.Itoa(k+1)
		p.Doc, p.Index = i, k
	}
	d.Title = documentTitle(ps)
	if src.Meta != nil {
		d.Meta = sanitizeMeta(src.Meta)
		if d.Meta.Title != "" {
			d.Title = d.Meta.Title
		}
	}
	return d, nil
}

// sanitizeMeta returns a copy of m with every string made safe to print on
// one line: metadata comes from the page, as hostile as its text.
func sanitizeMeta(m *model.SourceMeta) *model.SourceMeta {
	c := *m
	for _, s := range []*string{&c.URL, &c.FinalURL, &c.Canonical, &c.Title, &c.Byline, &c.Site, &c.Language, &c.Charset} {
		*s = text.SanitizeLine(*s)
	}
	return &c
}

// documentTitle is the first title passage's text, else the opening of the
// first body passage.
func documentTitle(ps []*model.Passage) string {
	for _, p := range ps {
		if p.Kind == model.KindTitle {
			return p.Text
		}
	}
	for _, p := range ps {
		if p.Kind == model.KindBody {
			return text.Opening(p.Text, TitleLen)
		}
	}
	return ""
}

package corpus

import "fmt"

// Compare cleans and segments every source, then aligns and judges the
// passages of every pair of documents. It needs at least two sources
// (ErrTooFew) and at most MaxPassages passages in all (ErrTooMany).
func Compare(srcs []Source) (*Comparison, error) {
	if len(srcs) < 2 {
		return nil, fmt.Errorf("%w: got %d; give two or more files, or a directory holding them", ErrTooFew, len(srcs))
	}
	docs := make([]*Document, 0, len(srcs))
	total := 0
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			return nil, err
		}
		if total += len(d.Passages); total > MaxPassages {
			return nil, &FileError{Name: s.Name, Err: detail(ErrTooMany,
				"the articles up to this one hold %d passages; the limit is %d", total, MaxPassages)}
		}
		docs = append(docs, d)
	}
	return Analyze(docs), nil
}

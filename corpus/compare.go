package corpus

import "fmt"

// Compare cleans and segments every source, then aligns and judges the
// passages of every pair of documents. It needs at least two sources.
func Compare(srcs []Source) (*Comparison, error) {
	if len(srcs) < 2 {
		return nil, fmt.Errorf("need at least two articles to compare, got %d", len(srcs))
	}
	docs := make([]*Document, 0, len(srcs))
	for i, s := range srcs {
		d, err := NewDocument(i, s)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return Analyze(docs), nil
}

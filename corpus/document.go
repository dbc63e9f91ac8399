package corpus

import (
	"fmt"
	"strings"
)

// NewDocument decodes, cleans and segments one source into the i-th document.
// PLACEHOLDER: replaced by the load/clean/segment work.
func NewDocument(i int, src Source) (*Document, error) {
	d := &Document{ID: fmt.Sprintf("d%d", i+1), Name: src.Name}
	line := 1
	for _, para := range strings.Split(string(src.Data), "\n") {
		if strings.TrimSpace(para) != "" {
			p := &Passage{ID: fmt.Sprintf("%sp%d", d.ID, len(d.Passages)+1), Doc: i, Index: len(d.Passages), Line: line, Kind: KindBody, Text: para}
			d.Passages = append(d.Passages, p)
		}
		line++
	}
	if len(d.Passages) == 0 {
		return nil, fmt.Errorf("%s: empty article", src.Name)
	}
	return d, nil
}

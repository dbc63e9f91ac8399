package corpus

// features holds what analysis extracts from one passage.
// PLACEHOLDER: replaced by the terms/topics/align/judge work.
type features struct{}

// Analyze aligns and judges the passages of every pair of documents.
// PLACEHOLDER: replaced by the terms/topics/align/judge work.
func Analyze(docs []*Document) *Comparison {
	c := &Comparison{Documents: docs, Topics: []Topic{
		{"warnings", "Warnings received"}, {"culprit", "Culprit attribution"},
		{"casualties", "Attack and casualties"}, {"reaction", "Official reaction"},
		{"investigation", "Investigation"},
	}}
	c.index()
	for _, d := range docs {
		for _, p := range d.Passages {
			if p.Kind == KindBody {
				c.Unique = append(c.Unique, p.ID)
			}
		}
	}
	return c
}

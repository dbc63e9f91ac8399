// Package eval measures how well parallax's alignments and verdicts hold on
// public data: the FNC-1 stance benchmark (headline against article body),
// and real multi-outlet article pairs with paragraph-level gold.
//
// Everything goes through the engine's public entry point, corpus.Compare,
// exactly as a user's two files would: a headline and a body are two
// documents, and the comparison's alignments and verdicts are mapped to a
// stance by one function, Stance. The command cmd/accuracy runs it all and
// writes ACCURACY.md; accuracy_test.go guards the figures against floors.
//
// The FNC-1 data is never copied into the repository: it is read from
// ../shared/data/fnc-1 beside the module root (see DataDir).
package eval

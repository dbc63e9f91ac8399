package main

import (
	"io"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/eval"
)

func TestParseFlags(t *testing.T) {
	o, err := parseFlags(nil, io.Discard)
	if err != nil || o.split != eval.Dev || o.n != 0 || o.outSet {
		t.Errorf("defaults: %+v, %v", o, err)
	}
	o, err = parseFlags([]string{"-split", "fit", "-n", "50", "-o", ""}, io.Discard)
	if err != nil || o.split != eval.Fit || o.n != 50 || !o.outSet || o.out != "" {
		t.Errorf("-split fit -n 50 -o '': %+v, %v", o, err)
	}
	for _, bad := range [][]string{{"-split", "test"}, {"extra"}, {"-n", "x"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// A report from a hand-made result: the Markdown holds the confusion
// matrix, the targets missed and by how much, and says when the real-pair
// gold is absent.
func TestMarkdownReport(t *testing.T) {
	pairs := []eval.Pair{
		{Headline: "a | b", BodyID: 1, Stance: eval.Agree},
		{Headline: "c", BodyID: 2, Stance: eval.Disagree},
		{Headline: "d", BodyID: 2, Stance: eval.Unrelated},
	}
	res := &eval.FNCResult{Pairs: pairs,
		Predicted: []eval.Label{eval.Agree, eval.Discuss, eval.Unrelated},
		Why:       []string{"agree", "related 0.3 with body line 2", "no alignment"}}
	for i, p := range pairs {
		res.Confusion.Add(p.Stance, res.Predicted[i])
	}
	r := &report{Split: eval.Dev, FNC: res, Workers: 2, RealAbsent: true, Gold: "eval/testdata/realpairs.json"}
	var b strings.Builder
	if err := r.writeMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"| **disagree** | 0 | 0 | 1 | 0 | 1 |",
		"| FNC-1 related-vs-unrelated accuracy | 1.000 | ≥ 0.95 | met |",
		"| FNC-1 disagree F1 | 0.000 | ≥ 0.35 | **short by 0.350** |",
		"| disagree → discuss | 2 | c | related 0.3 with body line 2 |",
		"`eval/testdata/realpairs.json` is absent",
		"go run ./cmd/accuracy",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	var tb strings.Builder
	r.writeTable(&tb)
	if !strings.Contains(tb.String(), "real pairs") || !strings.Contains(tb.String(), "absent") {
		t.Errorf("table:\n%s", tb.String())
	}
}

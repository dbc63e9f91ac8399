package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parallax-reader/parallax/web/webtest"
)

// TestWebtestArticle keeps webtest's pages honest: what they serve
// extracts to the title and the paragraphs, with the metadata, and a slow
// page shows the Fetching state before it is done.
func TestWebtestArticle(t *testing.T) {
	paras := []string{
		"Dock workers walked out on Monday, halting grain exports for the first time in a decade, union officials said.",
		"The union is demanding a 12 percent pay rise & an end to <night> shifts, which it says cause injuries.",
	}
	at := time.Date(2024, 3, 25, 9, 30, 0, 0, time.UTC)
	srv := webtest.NewServer(map[string]webtest.Page{
		"/story": {Body: webtest.Article("Dockers strike at grain port", "Jane Doe", at, paras...)},
		"/slow":  {Body: webtest.Article("Slow story about the harbour", "John Roe", at, paras...), Delay: 100 * time.Millisecond},
		"/moved": {Redirect: "/story"},
	})
	defer srv.Close()
	var slowStates []string
	out := testClient(Options{}).LoadAll(context.Background(),
		[]string{srv.URLFor("/story"), srv.URLFor("/slow"), srv.URLFor("/moved"), srv.URLFor("/none")},
		func(ev Event) {
			if ev.Index == 1 {
				slowStates = append(slowStates, ev.State.String())
			}
		})
	want := "# Dockers strike at grain port\n\n" + strings.Join(paras, "\n\n") + "\n\n"
	if out[0].Err != nil || string(out[0].Result.Text) != want {
		t.Errorf("story: %v\n%q\nwant %q", out[0].Err, out[0].Result.Text, want)
	}
	if a := out[0].Result.Article; a.Byline != "Jane Doe" || a.Site != "Test Gazette" || !a.Published.Equal(at) {
		t.Errorf("metadata %+v", a)
	}
	if out[1].Err != nil || strings.Join(slowStates, " ") != "queued fetching extracting done" {
		t.Errorf("slow: %v, states %v", out[1].Err, slowStates)
	}
	if out[2].Err != nil || string(out[2].Result.Text) != want {
		t.Errorf("moved: %v", out[2].Err)
	}
	wantErr(t, out[3].Err, ErrStatus, srv.URLFor("/none"), "404")
}

// Package e2e holds parallax's end-to-end tests: they build the binary once
// and drive it in a real terminal, tmux, the way a person would — launch,
// type, resize, signal, quit — and read back what the terminal shows: the
// screen, the pane title, the alternate-screen and cursor state, the exit
// status, and the terminal modes (stty) before and after.
//
// Each test runs its own tmux server on a private socket (tmux -L), so it
// never touches a user's sessions, and kills it when done. Tests wait for
// what they expect with a deadline rather than sleeping. Without tmux they
// are skipped, except under CI (CI set), where they fail instead.
//
// The package has no code of its own; everything is in the _test.go files,
// the harness in term_test.go, except testdata/jobctl, a small command the
// harness builds to run parallax as a job-control shell would (for the
// suspend tests).
package e2e

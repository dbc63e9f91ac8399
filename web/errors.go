package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
)

// What went wrong with a source. Every error the package returns for a
// source is an *Error whose Kind is one of these, so errors.Is(err,
// web.ErrTimeout) works and the message names the source.
var (
	ErrBadURL     = errors.New("not a valid URL")
	ErrScheme     = errors.New("only http and https URLs are fetched")
	ErrDNS        = errors.New("DNS lookup failed")
	ErrConnect    = errors.New("could not connect")
	ErrTimeout    = errors.New("timed out")
	ErrStatus     = errors.New("HTTP error")
	ErrRedirects  = errors.New("too many redirects")
	ErrTooLarge   = errors.New("too large")
	ErrNotArticle = errors.New("not an article")
	ErrCanceled   = errors.New("canceled")
	ErrNetwork    = errors.New("network error")
	ErrRead       = errors.New("could not read")
)

// Error is a failure to get one source, naming it and what happened:
// "https://example.com/a: HTTP error: 404 Not Found".
type Error struct {
	URL    string // the source as given: a URL or a file path
	Kind   error  // one of the Err… values above
	Status int    // the HTTP status code, for ErrStatus
	Detail string // what happened, in words, when Kind alone does not say
	Err    error  // the underlying error, if any
}

// Error is the source's name and the reason, safe to print: see Reason.
func (e *Error) Error() string { return printable(e.URL) + ": " + e.Reason() }

// Reason is the message without the source's name, for a list that shows
// the name already: "HTTP error: 404 Not Found". What a server sent (a
// status text, a content type) can be in it, so control characters and
// bidi controls are replaced with U+FFFD and it is safe to print.
func (e *Error) Reason() string {
	if e.Detail == "" {
		return e.Kind.Error()
	}
	return e.Kind.Error() + ": " + printable(e.Detail)
}

// printable replaces what could drive a terminal — C0 and C1 controls,
// DEL, bidi embeddings, overrides and isolates, line and paragraph
// separators, invalid UTF-8 — with U+FFFD.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
			r == 0x2028, r == 0x2029, r == 0x200e, r == 0x200f, r == 0x061c:
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrTimeout) and the like true for e's Kind.
func (e *Error) Is(target error) bool { return target == e.Kind }

// fail builds an *Error.
func fail(src string, kind error, err error, format string, args ...any) *Error {
	return &Error{URL: src, Kind: kind, Err: err, Detail: fmt.Sprintf(format, args...)}
}

// classify turns an error from the HTTP client into an *Error for src:
// a cancel by the caller, a timeout, a DNS failure, a refused connection,
// or the kinds CheckRedirect and the body reader return as they are.
func classify(src string, err error, parent context.Context, timeouts string) *Error {
	var we *Error
	if errors.As(err, &we) {
		we.URL = src // CheckRedirect knows only the URL it was sent
		return we
	}
	if parent.Err() != nil {
		return fail(src, ErrCanceled, err, "")
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		switch {
		case dns.IsNotFound:
			return fail(src, ErrDNS, err, "no such host %s", dns.Name)
		case dns.IsTimeout:
			return fail(src, ErrDNS, err, "lookup of %s timed out", dns.Name)
		}
		return fail(src, ErrDNS, err, "%s", dns.Err)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return fail(src, ErrTimeout, err, "%s", timeouts)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fail(src, ErrTimeout, err, "%s", timeouts)
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return fail(src, ErrConnect, err, "connection refused")
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return fail(src, ErrConnect, err, "%v", op.Err)
	}
	return fail(src, ErrNetwork, err, "%v", err)
}

package web

// Extraction: HTML bytes to an Article.
//
// Steps: decode the bytes to UTF-8 (decode.go), parse them with
// golang.org/x/net/html, read the canonical URL from the head, let
// go-readability pick the main content and the metadata (it scores
// containers by text and comma density, class names and link density, and
// drops scripts, styles, hidden elements, navigation, share bars, related
// links, comments and the like), then walk the content it kept and cut it
// into blocks: every paragraph, heading, list item and quoted paragraph is
// one block, and loose text in a container is a paragraph of its own. The
// walk also drops what readability leaves inside the article: hidden
// elements, forms and buttons, and boxes whose class, id or ARIA role
// names them furniture (newsletter sign-ups, share bars, related links,
// advertisements, comments, cookie notices) when they hold under half
// the text.
//
// What it gets wrong: readability works on the whole page's shape, so a page
// whose article is short and whose comments are long can come back as the
// comments; a box of the article whose class happens to name furniture
// ("quote-share") is dropped; a page that builds its text with scripts has none to give; a
// line break inside a paragraph becomes a space, so verse is joined up; a
// table comes back a cell per block.

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extract's errors wrap one of these.
var (
	ErrNoText     = errors.New("no article text found in the page")
	ErrUnreadable = errors.New("the page's HTML cannot be read")
)

// Extract finds the article in an HTML page. contentType is the HTTP
// Content-Type header ("" for a file), whose charset wins over the page's
// meta tag; pageURL (nil for a file) makes links and the canonical URL
// absolute. The error wraps ErrNoText when nothing readable is found, and
// ErrUnreadable when the page is beyond the parsers' limits (elements
// nested over 512 deep, or more than 200,000 of them).
func Extract(data []byte, contentType string, pageURL *url.URL) (*Article, error) {
	text, cs := decodeHTML(data, contentType)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	canonical := canonicalURL(doc, pageURL)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	parser.KeepClasses = true // the walker reads them to drop furniture
	ra, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	a := &Article{
		Title:     oneLine(ra.Title()),
		Byline:    oneLine(ra.Byline()),
		Site:      oneLine(ra.SiteName()),
		Language:  oneLine(ra.Language()),
		Canonical: oneLine(canonical),
		Charset:   cs,
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t
	}
	if ra.Node != nil {
		w := &walker{rootLen: textLen(ra.Node)}
		w.walk(ra.Node, blockCtx{kind: KindPara})
		w.flush(blockCtx{kind: KindPara})
		a.Blocks = dropByline(w.blocks, a.Byline)
	}
	if len(a.Blocks) == 0 {
		return nil, ErrNoText
	}
	return a, nil
}

// bylineHead is how many opening blocks dropByline looks at.
const bylineHead = 3

// dropByline drops a block near the top that only repeats the byline
// ("By Jane Doe" when the byline is "Jane Doe"): the article carries it as
// metadata. Readability drops such a block when it finds the byline
// itself, but not when the byline came from the page's metadata.
func dropByline(blocks []Block, byline string) []Block {
	if byline == "" {
		return blocks
	}
	for i := range min(len(blocks), bylineHead) {
		t := blocks[i].Text
		if blocks[i].Kind == KindPara && (strings.EqualFold(t, byline) || strings.EqualFold(t, "By "+byline)) {
			return append(blocks[:i:i], blocks[i+1:]...)
		}
	}
	return blocks
}

// maxElements bounds the elements of a page readability will score: its
// work grows faster than the page, and no article needs more.
const maxElements = 200_000

// canonicalURL returns the page's <link rel="canonical"> or, failing that,
// its og:url, made absolute against base; "" when it has neither.
func canonicalURL(doc *html.Node, base *url.URL) string {
	var link, og string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if link == "" && hasToken(attr(n, "rel"), "canonical") {
					link = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Body:
				return // both live in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	ref := link
	if ref == "" {
		ref = og
	}
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "" // a relative link in a saved file, or javascript: and the like
	}
	return u.String()
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok, ignoring case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// blockCtx is what the text being gathered belongs to: the nearest
// enclosing heading, quote or list item.
type blockCtx struct {
	kind  Kind
	level int
}

// walker cuts the content readability kept into blocks.
type walker struct {
	blocks  []Block
	buf     strings.Builder
	rootLen int // the length of all the text readability kept
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Iframe: true, atom.Object: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Form: true,
}

// blocks are elements that start and end a block of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Body: true, atom.Html: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Fieldset: true,
	atom.Hgroup: true, atom.Menu: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// walk gathers n's text into blocks; ctx is the block it sits in.
func (w *walker) walk(n *html.Node, ctx blockCtx) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) || w.furniture(n) {
			return
		}
		if n.DataAtom == atom.Br {
			w.buf.WriteByte(' ')
			return
		}
		if blocks[n.DataAtom] {
			w.flush(ctx)
			inner := innerCtx(n, ctx)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, inner)
			}
			w.flush(inner)
			return
		}
	case html.DocumentNode:
	default:
		return // comments, doctypes
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, ctx)
	}
}

// furnitureRE matches the class or id of a box that readability can leave
// inside the article: newsletter sign-ups, promotions, cookie notices,
// share bars, related and most-read links, comments, advertisements. It is
// compiled the first time a page is read, not at start (every run of
// parallax would pay for it).
var furnitureRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|promo|promotion|cookie|cookies|consent|onetrust|gdpr|paywall|share|sharing|social|related|recommended|most-viewed|most-read|most-popular|outbrain|taboola|comments?|disqus|ad-slot|advert|advertisement)(?:$|[\s_-])`)
})

// furnitureRoles are ARIA roles of what is not the article.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// furniture reports a box that is not article text, by its class, id or
// role: only when it holds under half the text readability kept, so a
// container of the article itself ("article-body has-comments") is never
// taken for one.
func (w *walker) furniture(n *html.Node) bool {
	if !furnitureRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] &&
		!furnitureRE().MatchString(attr(n, "class")) && !furnitureRE().MatchString(attr(n, "id")) {
		return false
	}
	return textLen(n)*2 < w.rootLen
}

// textLen is the number of bytes of text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}

// innerCtx is the block context inside block element n.
func innerCtx(n *html.Node, ctx blockCtx) blockCtx {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return blockCtx{kind: KindHeading, level: int(n.Data[1] - '0')}
	case atom.Blockquote:
		return blockCtx{kind: KindQuote}
	case atom.Li, atom.Dt, atom.Dd:
		if ctx.kind == KindQuote {
			return ctx
		}
		return blockCtx{kind: KindItem}
	}
	return ctx
}

// hidden reports an element the page hides from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		}
	}
	return false
}

// flush ends the block being gathered, keeping it if it has text.
func (w *walker) flush(ctx blockCtx) {
	t := oneLine(w.buf.String())
	w.buf.Reset()
	if t == "" {
		return
	}
	w.blocks = append(w.blocks, Block{Kind: ctx.kind, Level: ctx.level, Text: t})
}

// oneLine collapses runs of HTML white space (space, tab, line feed, form
// feed, carriage return) to single spaces and trims white space from both
// ends; every other character, controls included, is kept as it is.
// Invalid UTF-8 (which decoding never leaves, but metadata from a library
// might) becomes U+FFFD.
func oneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return strings.TrimFunc(sb.String(), unicode.IsSpace)
}

// sniffLen is how much of a file IsHTML looks at.
const sniffLen = 512

// IsHTML reports whether an input is an HTML page: its name ends in .html,
// .htm, .xhtml or .shtml, or its bytes open (after a byte order mark and
// white space) with a doctype, an <html> or <head> tag, or anything else
// http.DetectContentType takes for HTML.
func IsHTML(name string, data []byte) bool {
	switch ext := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:]); {
	case strings.LastIndexByte(name, '.') < 0:
	case ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml":
		return true
	}
	return sniffHTML(data)
}

// sniffHTML reports bytes that open like an HTML page.
func sniffHTML(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n\f")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml version"} {
		if len(head) >= len(p) && strings.EqualFold(string(head[:len(p)]), p) {
			return p != "<?xml version" || bytes.Contains(bytes.ToLower(data[:min(len(data), 1024)]), []byte("<html"))
		}
	}
	return strings.HasPrefix(detectContentType(head), "text/html")
}

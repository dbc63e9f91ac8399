// Package web turns what people have — saved web pages and URLs — into
// article text for parallax: it fetches http(s) URLs with a bounded,
// cancellable client, keeps what it fetched in an on-disk cache, decodes
// legacy character sets, and extracts the article from the page's HTML with
// go-readability, one block (paragraph, heading, list item, block quote) at
// a time.
//
// The package is independent of the engine: it returns a name, plain text
// with a blank line between blocks (so the engine's segmenter cuts one
// passage per block) and the article's metadata. It strips nothing from the
// text it keeps; control bytes, escape sequences and bidi controls survive
// as data for the engine's sanitiser to make visible.
package web

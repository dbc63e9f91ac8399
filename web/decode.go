package web

// Character sets. An HTML page is decoded with the encoding its HTTP
// Content-Type header names, else the one its byte order mark or <meta>
// tag names (the HTML standard's prescan of the first 1024 bytes), else
// UTF-8 when the bytes are valid UTF-8, else windows-1252
// (golang.org/x/net/html/charset does all of this). Plain text is decoded
// only when the header names a charset other than UTF-8; otherwise its
// bytes go to the engine untouched, which has its own checks for binary
// files and UTF-16.

import (
	"mime"
	"net/http"
	"strings"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// decodeHTML returns an HTML page as valid UTF-8 without a byte order mark,
// and the name of the encoding it was decoded from.
func decodeHTML(data []byte, contentType string) (string, string) {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	return decodeWith(enc, data), name
}

// decodeText returns a plain-text body as UTF-8 when contentType names a
// charset other than UTF-8 (or US-ASCII), and data unchanged otherwise.
func decodeText(data []byte, contentType string) []byte {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return data
	}
	label := strings.ToLower(strings.TrimSpace(params["charset"]))
	if label == "" || label == "utf-8" || label == "utf8" || label == "us-ascii" {
		return data
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return data // an unknown label: let the engine judge the bytes
	}
	return []byte(decodeWith(enc, data))
}

// decodeWith decodes data with enc, replacing what cannot be decoded with
// U+FFFD, and drops a leading byte order mark.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		// Decoders replace bad input rather than fail; keep the bytes
		// (made valid by oneLine later) if one ever does.
		out = data
	}
	return strings.TrimPrefix(string(out), "\uFEFF")
}

// detectContentType is http.DetectContentType, named for what sniffHTML
// asks of it.
func detectContentType(data []byte) string { return http.DetectContentType(data) }

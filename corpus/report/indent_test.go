package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestIndentJSON pins indentJSON to json.Indent on what encoding/json writes.
func TestIndentJSON(t *testing.T) {
	values := []any{
		map[string]any{},
		[]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": "x\"y\\\\z,{[:]}", "d": []any{1, 2.5, nil, true, "]"}},
		[]any{map[string]any{"k": []any{map[string]any{}}}, "é \u2028 <&>", -1e21},
		"plain",
		42,
	}
	for _, v := range values {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, buf.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentJSON(nil, buf.Bytes()); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("indentJSON(%s) =\n%s\nwant\n%s", buf.Bytes(), got, want.Bytes())
		}
	}
}

// FuzzIndentJSON compares indentJSON with json.Indent on any string value
// and on arrays and objects holding it.
func FuzzIndentJSON(f *testing.F) {
	f.Add("a\"b\\c")
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []any{s, []any{s, []any{}}, map[string]any{s: map[string]any{s: s}}} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			json.Indent(&want, buf.Bytes(), "", "  ")
			if got := indentJSON(nil, buf.Bytes()); !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("indentJSON(%q) = %q, want %q", buf.Bytes(), got, want.Bytes())
			}
		}
	})
}

// TestIndentPieces feeds the indenter its input cut in two at every byte:
// a string, or an escape in it, may run across writes (the streamer writes
// a report in pieces).
func TestIndentPieces(t *testing.T) {
	src := []byte(`{"a":"x\"y\\\\z,{[:]}","b":["\\","\"",""],"c":{"d":"\\\"\\"}}`)
	want := indentJSON(nil, src)
	for cut := range len(src) + 1 {
		d := indenter{}
		d.write(src[:cut])
		d.write(src[cut:])
		if !bytes.Equal(d.out, want) {
			t.Errorf("cut at %d: %s\nwant\n%s", cut, d.out, want)
		}
	}
}

package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
)

// wholeJSON is what the JSON report was before it was streamed: the value
// encoded whole, then indented whole. writeJSONStream must match it byte
// for byte.
func wholeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	err := json.Indent(&out, buf.Bytes(), "", "  ")
	return out.Bytes(), err
}

type streamLeaf struct {
	S    string  `json:"s"`
	F    float64 `json:"f,omitempty"`
	B    bool    `json:"b,omitempty"`
	P    *int    `json:"p,omitempty"`
	Any  any     `json:"any"`
	Skip string  `json:"-"`
	none string
}

type streamNode struct {
	Name     string            `json:"name"`
	Leaves   []streamLeaf      `json:"leaves"`
	Empty    []streamLeaf      `json:"empty"`
	Nil      []streamLeaf      `json:"nil"`
	Omitted  []streamLeaf      `json:"omitted,omitempty"`
	Map      map[string]int    `json:"map"`
	Bytes    []byte            `json:"bytes"`
	Custom   streamCustom      `json:"custom"`
	Embedded streamEmbedding   `json:"embedded"`
	Tagged   streamTagged      `json:"tagged"`
	Child    *streamNode       `json:"child,omitempty"`
	Children []*streamNode     `json:"children"`
	Plain    int               // no tag: named as the field
	Deep     map[string][]int  `json:"deep,omitempty"`
	Strs     []string          `json:"strs"`
	Nested   [][]streamLeaf    `json:"nested"`
	Iface    fmt.Stringer      `json:"iface"`
	Quoted   map[string]string `json:"quoted"`
	Kinds    streamKinds       `json:"kinds"`
}

// streamKinds holds a leaf of every kind the streamer writes by hand, and
// some it hands to encoding/json (float32, a TextMarshaler).
type streamKinds struct {
	I8    int8         `json:"i8"`
	I64   int64        `json:"i64"`
	U16   uint16       `json:"u16"`
	U     uint         `json:"u"`
	F     float64      `json:"f"`
	Neg0  float64      `json:"neg0"`
	Tiny  float64      `json:"tiny"`
	Huge  float64      `json:"huge"`
	F32   float32      `json:"f32"`
	Named streamWord   `json:"named"`
	Text  streamText   `json:"text"`
	Texts []streamText `json:"texts"`
	B     bool         `json:"b"`
	Ctrl  string       `json:"ctrl"`
}

type streamWord string

// streamText marshals itself as text: the streamer must hand it over.
type streamText int

func (t streamText) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("t", int(t))), nil }

// streamCustom marshals itself: the streamer must not walk it.
type streamCustom struct{ Items []int }

func (c streamCustom) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"n": len(c.Items), "items": c.Items})
}

type streamEmbedding struct {
	streamLeaf
	Items []int `json:"items"`
}

type streamTagged struct {
	N     int   `json:"n,string"`
	Items []int `json:"items"`
}

func leaves(n int, tag string) []streamLeaf {
	out := make([]streamLeaf, n)
	for i := range out {
		x := i
		out[i] = streamLeaf{S: fmt.Sprintf("%s %d \"q\" \\ <&> \u2028 {[,:]}", tag, i), F: float64(i%3) - 1, B: i%2 == 0, Any: []any{i, "x", nil}}
		if i%4 == 0 {
			out[i].P = &x
			out[i].F = -0.0
		}
	}
	return out
}

func TestStreamMatchesWhole(t *testing.T) {
	ints := make([]int, 200)
	for i := range ints {
		ints[i] = i * 7
	}
	kinds := streamKinds{I8: -8, I64: -1 << 62, U16: 65535, U: 1 << 40, F: 0.1, Neg0: math.Copysign(0, -1), Tiny: 1e-7, Huge: 1e21,
		F32: 0.1, Named: "w<&>", Text: 3, Texts: []streamText{1, 2}, B: true, Ctrl: "a\x00\x1f\u2028\xff\"\\z"}
	small := &streamNode{Name: "small", Leaves: leaves(3, "s"), Empty: []streamLeaf{}, Kinds: kinds}
	big := &streamNode{
		Name: "big", Leaves: leaves(150, "b"), Empty: []streamLeaf{}, Omitted: nil,
		Map: map[string]int{"z": 1, "a": 2}, Bytes: bytes.Repeat([]byte{1, 2, 3}, 40),
		Custom: streamCustom{Items: ints}, Embedded: streamEmbedding{Items: ints}, Tagged: streamTagged{N: 3, Items: ints},
		Child: small, Children: []*streamNode{small, nil, {Name: "kids", Leaves: leaves(70, "k")}},
		Plain: 9, Deep: map[string][]int{"d": ints}, Strs: strings.Fields(strings.Repeat("a b\tc ", 30)),
		Nested: [][]streamLeaf{leaves(2, "n"), leaves(65, "m"), {}, nil}, Quoted: map[string]string{"<\"k\">": "v\\"},
	}
	for _, v := range []any{small, big, *big, []any{big, small}, map[string]any{"x": big}, []*streamNode{big}, nil, "s", 3} {
		checkStreamed(t, fmt.Sprintf("%T", v), v)
	}
}

// TestStreamParallelMatchesWhole holds the slices long enough to be
// encoded in parallel (elements); their elements walked or encoded whole,
// a long slice inside one of them written serially, to the whole
// encoding.
func TestStreamParallelMatchesWhole(t *testing.T) {
	kids := make([]*streamNode, parallelSlice*3+7)
	for i := range kids {
		kids[i] = &streamNode{Name: fmt.Sprint("kid ", i), Leaves: leaves(i%5, "k"), Empty: []streamLeaf{}}
		if i%97 == 0 {
			kids[i].Leaves = leaves(parallelSlice+1, "long") // walked, and long
		}
	}
	for _, v := range []any{
		&streamNode{Name: "leaves", Leaves: leaves(parallelSlice, "p")},
		&streamNode{Name: "more", Leaves: leaves(parallelSlice*parallelBatch+1, "q"), Children: kids},
		[]any{leaves(5000, "r"), []*streamNode{}, kids[:parallelSlice]},
	} {
		checkStreamed(t, fmt.Sprintf("%T", v), v)
	}
}

// TestStreamParallelError checks that an element that cannot be encoded
// in a slice written in parallel ends the report with its error.
func TestStreamParallelError(t *testing.T) {
	v := leaves(5000, "e")
	v[3000].Any = func() {}
	_, want := wholeJSON(v)
	err := writeJSONStream(io.Discard, v)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("error %v, want %v", err, want)
	}
}

// checkStreamed fails t when writeJSONStream writes v other than the
// whole encoding does (what names v in the message).
func checkStreamed(t *testing.T, what string, v any) {
	t.Helper()
	want, err := wholeJSON(v)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeJSONStream(&buf, v); err != nil {
		t.Fatal(err)
	}
	if got := buf.Bytes(); !bytes.Equal(got, want) {
		i := firstDiff(got, want)
		t.Errorf("%s: streamed JSON differs from the whole encoding at byte %d: %q, want %q", what, i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestStreamIsStreamed checks that a large value reaches the writer in
// pieces no larger than the flush size plus one element, not whole.
func TestStreamIsStreamed(t *testing.T) {
	v := &streamNode{Name: "big", Leaves: leaves(20000, "b")}
	w := &maxWriter{}
	if err := writeJSONStream(w, v); err != nil {
		t.Fatal(err)
	}
	if w.total < 4*flushAt || w.max > 2*flushAt {
		t.Errorf("wrote %d bytes in writes of at most %d; want several writes of about %d", w.total, w.max, flushAt)
	}
}

type maxWriter struct{ max, total int }

func (w *maxWriter) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	w.total += len(p)
	return len(p), nil
}

// TestStreamWriteError checks that a failing writer's error comes back,
// and that nothing more is written after it.
func TestStreamWriteError(t *testing.T) {
	v := &streamNode{Name: "big", Leaves: leaves(20000, "b")}
	w := &failWriter{after: 2}
	err := writeJSONStream(w, v)
	if !errors.Is(err, errFull) {
		t.Fatalf("error %v, want %v", err, errFull)
	}
	if w.calls != 3 {
		t.Errorf("%d writes, want 3 (the failing one the last)", w.calls)
	}
}

var errFull = errors.New("no space left on device")

type failWriter struct{ after, calls int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.calls++
	if w.calls > w.after {
		return 0, errFull
	}
	return len(p), nil
}

// FuzzIndenterPieces feeds compact JSON to the indenter cut at any two
// points and compares with json.Indent.
func FuzzIndenterPieces(f *testing.F) {
	f.Add("a\"b\\c", 3, 9)
	f.Add("{}[]", 1, 2)
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode([]any{s, map[string]any{s: []any{}}, map[string]any{}, []any{s}}); err != nil {
			t.Fatal(err)
		}
		src := buf.Bytes()
		var want bytes.Buffer
		json.Indent(&want, src, "", "  ")
		i, j = clampCut(i, len(src)), clampCut(j, len(src))
		if i > j {
			i, j = j, i
		}
		d := indenter{}
		d.write(src[:i])
		d.write(src[i:j])
		d.write(src[j:])
		if !bytes.Equal(d.out, want.Bytes()) {
			t.Fatalf("indenter cut at %d, %d: %q, want %q", i, j, d.out, want.Bytes())
		}
	})
}

func clampCut(i, n int) int {
	if i < 0 {
		i = -i
	}
	if i < 0 { // the smallest int
		i = 0
	}
	return i % (n + 1)
}

// TestStreamLeafError checks that a float encoding/json refuses, now
// written by hand when it is a number, still ends the report with
// encoding/json's error.
func TestStreamLeafError(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1)} {
		v := &streamKinds{F: f}
		_, want := wholeJSON(v)
		err := writeJSONStream(io.Discard, v)
		if want == nil || err == nil || err.Error() != want.Error() {
			t.Errorf("F = %v: error %v, want %v", f, err, want)
		}
	}
}

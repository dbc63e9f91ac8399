package corpus

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// countControlsPlain is countControls without the eight-byte skip: the
// rule as written.
func countControlsPlain(w []byte, cut bool) (ctrl, invalid int) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !strings.ContainsRune("\a\t\n\v\f\r\x1b", rune(c))) || c == 0x7F {
				ctrl++
			}
			i++
			continue
		}
		if cut && !utf8.FullRune(w[i:]) {
			break
		}
		r, size := utf8.DecodeRune(w[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case r >= 0x80 && r < 0xA0:
			ctrl++
		}
		i += size
	}
	return ctrl, invalid
}

// FuzzCountControls pins the fast count to the plain one.
func FuzzCountControls(f *testing.F) {
	for _, s := range []string{"plain text, all printable ASCII!", "tab\there\x7f and\x00nul", "\x1f\x20\x7e\x7f\x80\xff", "é\u0085 text\u009f", strings.Repeat("abcdefg\x01", 5), "abcdefgh\xc3"} {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, w []byte, cut bool) {
		c, i := countControls(w, cut)
		pc, pi := countControlsPlain(w, cut)
		if c != pc || i != pi {
			t.Fatalf("countControls(%q, %v) = %d, %d; the plain count %d, %d", w, cut, c, i, pc, pi)
		}
	})
}

// TestPrintableASCII checks every byte value in every position.
func TestPrintableASCII(t *testing.T) {
	base := []byte("abcdefgh")
	for pos := range 8 {
		for b := range 256 {
			w := bytes.Clone(base)
			w[pos] = byte(b)
			x := uint64(0)
			for i := 7; i >= 0; i-- {
				x = x<<8 | uint64(w[i])
			}
			if got, want := printableASCII(x), b >= 0x20 && b <= 0x7E; got != want {
				t.Fatalf("byte %#x at %d: printableASCII %v, want %v", b, pos, got, want)
			}
		}
	}
}

// TestReadLimitedSizes: the size hint only sizes the buffer; what is read
// is what the reader holds, and past the limit is refused.
func TestReadLimitedSizes(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 10_000)
	for _, hint := range []int64{0, 1, 99_999, 100_000, 100_001, 1 << 30} {
		got, err := readLimited(bytes.NewReader(data), hint)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("hint %d: %d bytes, %v; want %d bytes", hint, len(got), err, len(data))
		}
	}
	big := bytes.NewReader(make([]byte, MaxFileSize+1))
	if _, err := readLimited(big, MaxFileSize); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a byte over the limit: %v, want ErrTooLarge", err)
	}
}

package web

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtract measures extraction of the news fixture and of long
// articles (100, 1,000 and 10,000 paragraphs: about 20 KiB, 200 KiB and
// 2 MiB of HTML) wrapped in the same furniture.
func BenchmarkExtract(b *testing.B) {
	news, err := readFixtureB("news.html")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("news", func(b *testing.B) {
		b.SetBytes(int64(len(news)))
		for b.Loop() {
			if _, err := Extract(news, "", nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, n := range []int{100, 1000, 10000} {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "<p>Paragraph %d: officials said the investigation was continuing, and that more details would be released in the coming days.</p>\n", i)
		}
		page := []byte(strings.Replace(string(news), "<div class=\"article-body\">", "<div class=\"article-body\">"+sb.String(), 1))
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := Extract(page, "", nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// readFixtureB reads a file under testdata.
func readFixtureB(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata", name)) }

// Package bench compares berita with other Go libraries on the same
// inputs. It is its own module so that the library's go.mod keeps only
// what the library needs.
//
//	cd bench && go test -run '^$' -bench HTML -benchtime 3s
package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/beritakit/berita"
	"github.com/markusmobius/go-trafilatura"
)

// htmlPages returns the HTML pages both libraries read: the shared
// corpus's html/ pages (publishers' copyright, read in place) or, without
// it, the golden pages in ../testdata.
func htmlPages(b *testing.B) [][]byte {
	names, _ := filepath.Glob("../../shared/corpus/html/*.html")
	if len(names) == 0 {
		names, _ = filepath.Glob("../testdata/html-*/input.html")
	}
	if len(names) == 0 {
		b.Skip("no HTML pages")
	}
	var pages [][]byte
	for _, name := range names {
		p, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func size(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkHTML reads the same pages with berita.Parse (metadata, body,
// and berita's later stages: dates, entities, quotes) and with
// go-trafilatura's Extract (metadata and main text, no fallback
// extractors). Compare the MB/s of the two sub-benchmarks.
func BenchmarkHTML(b *testing.B) {
	pages := htmlPages(b)
	b.Run("berita", func(b *testing.B) {
		b.SetBytes(size(pages))
		b.ReportAllocs()
		p := &berita.Parser{}
		for b.Loop() {
			for _, page := range pages {
				if _, err := p.Parse(bytes.NewReader(page)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("trafilatura", func(b *testing.B) {
		b.SetBytes(size(pages))
		b.ReportAllocs()
		for b.Loop() {
			for _, page := range pages {
				// a page with no extractable body is an error here, not a
				// benchmark failure
				trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
			}
		}
	})
}

package berita

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The benchmarks here measure the whole pipeline. Each stage has its own
// benchmark next to its tests (BenchmarkPage, BenchmarkDates,
// BenchmarkEntities, BenchmarkQuotes, BenchmarkParseHTML), so that a
// regression shows where it came from. Compare BenchmarkParse with
// BenchmarkBaseline in one run:
//
//	go test -run '^$' -bench 'Parse$|Baseline|Linear' .
//
// The bar is a Parse at no less than 0.20 of the baseline's MB/s, and a
// page repeated 100 times costing no more than 1.5 times per byte what the
// page costs once.

// benchInputs returns the plain-text and the HTML articles to benchmark:
// testdata/ and, when present, ../shared/corpus.
func benchInputs(b *testing.B) (text, html []input) {
	for _, in := range loadInputs(b, haveCorpus()) {
		if filepath.Ext(in.name) == ".html" || looksLikeHTML(in.data) {
			html = append(html, in)
		} else {
			text = append(text, in)
		}
	}
	return text, html
}

func totalBytes(ins []input) int64 {
	var n int64
	for _, in := range ins {
		n += int64(len(in.data))
	}
	return n
}

func BenchmarkParse(b *testing.B) {
	text, html := benchInputs(b)
	for _, set := range []struct {
		name string
		ins  []input
	}{{"text", text}, {"html", html}} {
		if len(set.ins) == 0 {
			continue
		}
		b.Run(set.name, func(b *testing.B) {
			b.SetBytes(totalBytes(set.ins))
			b.ReportAllocs()
			p := &Parser{}
			for b.Loop() {
				for _, in := range set.ins {
					if _, err := p.Parse(bytes.NewReader(in.data)); err != nil {
						b.Fatalf("%s: %v", in.name, err)
					}
				}
			}
		})
	}
}

// BenchmarkBaseline only reads the words: it splits the same plain-text
// articles as BenchmarkParse/text into words and looks each up in a map.
func BenchmarkBaseline(b *testing.B) {
	text, _ := benchInputs(b)
	vocab := make(map[string]int)
	for _, in := range text {
		for _, w := range splitWords(string(in.data)) {
			vocab[w]++
		}
	}
	b.Run("text", func(b *testing.B) {
		b.SetBytes(totalBytes(text))
		b.ReportAllocs()
		found := 0
		for b.Loop() {
			for _, in := range text {
				for _, w := range splitWords(string(in.data)) {
					found += vocab[w]
				}
			}
		}
		if found == 0 {
			b.Fatal("no word found")
		}
	})
}

func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// BenchmarkLinear parses the seed page, and the same page with its body
// repeated 100 times; per byte the long article must cost no more than 1.5
// times the page. (Repeating the whole page verbatim would not do: the page
// stage rightly reads the second header and on as trailer, so the later
// stages would not see 100 times the work.)
func BenchmarkLinear(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "cnbc-putin-kim", "input.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 100} {
		in := repeatBody(b, page, n)
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			p := &Parser{}
			for b.Loop() {
				if _, err := p.Parse(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// repeatBody returns page with the lines from its second body paragraph
// to its last repeated n times in place, and checks that Parse then finds
// n times as many of those paragraphs.
func repeatBody(tb testing.TB, page []byte, n int) []byte {
	a, err := Parse(bytes.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	ps := a.Paragraphs
	if len(ps) < 3 {
		tb.Fatalf("page has %d paragraphs, too few to repeat", len(ps))
	}
	// Paragraph text has its white space folded: find the raw lines by
	// the first and last words.
	first, last := ps[1].Text, ps[len(ps)-1].Text
	start := bytes.Index(page, []byte(first[:min(len(first), 20)]))
	tail := last[len(last)-min(len(last), 20):]
	end := bytes.LastIndex(page, []byte(tail))
	if start < 0 || end < start {
		tb.Fatal("cannot find the body paragraphs in the page")
	}
	start = bytes.LastIndexByte(page[:start], '\n') + 1
	end += len(tail)
	body := append(bytes.TrimRight(page[start:end], "\n"), "\n\n"...)
	var out []byte
	out = append(out, page[:start]...)
	out = append(out, bytes.Repeat(body, n)...)
	out = append(out, page[end:]...)
	long, err := Parse(bytes.NewReader(out))
	if err != nil {
		tb.Fatal(err)
	}
	if want := len(ps) + (n-1)*(len(ps)-1); len(long.Paragraphs) != want {
		tb.Fatalf("body repeated %d times: %d paragraphs, want %d", n, len(long.Paragraphs), want)
	}
	return out
}

// BenchmarkPage measures the page stage alone: reading, normalizing and
// splitting plain text into title, byline, paragraphs and the rest.
func BenchmarkPage(b *testing.B) {
	text, _ := benchInputs(b)
	b.SetBytes(totalBytes(text))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range text {
			parseText(normalize(in.data), false)
		}
	}
}

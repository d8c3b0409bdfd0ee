package berita

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
func benchInputs(tb testing.TB) (text, html []input) {
	for _, in := range loadInputs(tb, haveCorpus()) {
		if filepath.Ext(in.name) == ".html" || looksLikeHTML(in.data) {
			html = append(html, in)
		} else {
			text = append(text, in)
		}
	}
	return text, html
}

// cpuLoop runs body b.N times with b.Loop and reports, besides the wall
// time, the process CPU time per op and the MB/s it gives: on a machine
// shared with other work those are the steadier figures to compare.
func cpuLoop(b *testing.B, bytes int64, body func()) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		body()
	}
	if d := cpuTime() - start; d > 0 && start > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
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
			p := &Parser{}
			cpuLoop(b, totalBytes(set.ins), func() {
				for _, in := range set.ins {
					if _, err := p.Parse(bytes.NewReader(in.data)); err != nil {
						b.Fatalf("%s: %v", in.name, err)
					}
				}
			})
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
		found := 0
		cpuLoop(b, totalBytes(text), func() {
			for _, in := range text {
				for _, w := range splitWords(string(in.data)) {
					found += vocab[w]
				}
			}
		})
		if found == 0 {
			b.Fatal("no word found")
		}
	})
}

// BenchmarkParseVsBaseline runs Parse and the baseline by turns over the
// same plain-text articles and reports Parse's speed as a fraction of the
// baseline's (parse/baseline; the bar is 0.20). Taking turns, both see
// the same load on a shared machine, so the ratio holds steadier than one
// taken from two separate benchmarks.
func BenchmarkParseVsBaseline(b *testing.B) {
	text, _ := benchInputs(b)
	vocab := make(map[string]int)
	for _, in := range text {
		for _, w := range splitWords(string(in.data)) {
			vocab[w]++
		}
	}
	p := &Parser{}
	var tParse, tBase time.Duration
	found := 0
	b.ReportAllocs()
	for b.Loop() {
		stop := stopwatch()
		for _, in := range text {
			if _, err := p.Parse(bytes.NewReader(in.data)); err != nil {
				b.Fatalf("%s: %v", in.name, err)
			}
		}
		tParse += stop()
		stop = stopwatch()
		for _, in := range text {
			for _, w := range splitWords(string(in.data)) {
				found += vocab[w]
			}
		}
		tBase += stop()
	}
	if found == 0 {
		b.Fatal("no word found")
	}
	n := float64(totalBytes(text)) * float64(b.N)
	b.ReportMetric(n/tParse.Seconds()/1e6, "parse-MB/s")
	b.ReportMetric(n/tBase.Seconds()/1e6, "baseline-MB/s")
	b.ReportMetric(float64(tBase)/float64(tParse), "parse/baseline")
}

func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// BenchmarkLinear parses the seed page, and the same page with its body
// repeated 100 times; per byte the long article must cost no more than 1.5
// times the page. (Repeating the whole page verbatim would not do: the page
// stage rightly reads the second header and on as trailer, and drops
// repeated paragraphs, so the later stages would not see 100 times the
// work. Each copy of the body is numbered instead.)
func BenchmarkLinear(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "cnbc-putin-kim", "input.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 100} {
		in := repeatBody(b, page, n)
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			p := &Parser{}
			cpuLoop(b, int64(len(in)), func() {
				if _, err := p.Parse(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			})
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
	body := bytes.Split(bytes.TrimRight(page[start:end], "\n"), []byte("\n"))
	var out []byte
	out = append(out, page[:start]...)
	for k := range n {
		// The page stage drops a paragraph that repeats an earlier one
		// (teasers, repeated blocks), so each copy's lines start with
		// their copy number.
		for _, line := range body {
			if k > 0 && len(bytes.TrimSpace(line)) > 0 {
				out = fmt.Appendf(out, "Bagian %d, ", k)
			}
			out = append(out, line...)
			out = append(out, '\n')
		}
		out = append(out, '\n')
	}
	out = append(out, page[end:]...)
	long, err := Parse(bytes.NewReader(out))
	if err != nil {
		tb.Fatal(err)
	}
	if want := len(ps) + (n-1)*(len(ps)-1); len(long.Paragraphs) < want {
		tb.Fatalf("body repeated %d times: %d paragraphs, want %d or more", n, len(long.Paragraphs), want)
	}
	if n > 1 && len(a.Quotes) > 0 && len(long.Quotes) < n*len(a.Quotes)*9/10 {
		tb.Fatalf("body repeated %d times: %d quotes, want about %d", n, len(long.Quotes), n*len(a.Quotes))
	}
	return out
}

// BenchmarkLinearRatio parses the seed page and the page with its body
// repeated 100 times by turns and reports how many times per byte the long
// article costs what the page costs (x100/x1; the bar is 1.5).
func BenchmarkLinearRatio(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "cnbc-putin-kim", "input.txt"))
	if err != nil {
		b.Fatal(err)
	}
	one, hundred := repeatBody(b, page, 1), repeatBody(b, page, 100)
	p := &Parser{}
	var t1, t100 time.Duration
	for b.Loop() {
		stop := stopwatch()
		for range 100 {
			if _, err := p.Parse(bytes.NewReader(one)); err != nil {
				b.Fatal(err)
			}
		}
		t1 += stop()
		stop = stopwatch()
		if _, err := p.Parse(bytes.NewReader(hundred)); err != nil {
			b.Fatal(err)
		}
		t100 += stop()
	}
	perByte1 := float64(t1) / float64(100*len(one))
	perByte100 := float64(t100) / float64(len(hundred))
	b.ReportMetric(perByte100/perByte1, "x100/x1")
}

// BenchmarkPage measures the page stage alone: reading, normalizing and
// splitting plain text into title, byline, paragraphs and the rest.
func BenchmarkPage(b *testing.B) {
	text, _ := benchInputs(b)
	cpuLoop(b, totalBytes(text), func() {
		for _, in := range text {
			parseText(normalize(in.data), false)
		}
	})
}

// stopwatch starts measuring and returns the function that stops it. It
// measures the process CPU time where that is at hand, which other
// programs on a shared machine disturb far less than wall time.
func stopwatch() func() time.Duration {
	if cpu := cpuTime(); cpu > 0 {
		return func() time.Duration { return cpuTime() - cpu }
	}
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}

// BenchmarkLinearShapes parses each shape of TestLinearGrowth at two sizes,
// 16 times apart: their MB/s should be about equal. A scan that compares
// each item with all those before it shows as 16 times fewer MB/s.
func BenchmarkLinearShapes(b *testing.B) {
	p := &Parser{MaxBytes: 64 << 20, Reference: time.Date(2025, 8, 15, 13, 12, 0, 0, zoneWIB)}
	for _, sh := range linearShapes {
		for _, n := range []int{500, 8000} {
			in := sh.gen(n)
			b.Run(fmt.Sprintf("%s/%d", strings.ReplaceAll(sh.name, " ", "_"), n), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Parse(bytes.NewReader(in)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

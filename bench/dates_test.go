package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/beritakit/berita"
)

// The date benchmarks compare berita's date extraction with
// go-dateparser's search (Indonesian) on the same paragraphs, in one run:
//
//	cd bench && go test -run '^$' -bench 'Dates' .
//
// BenchmarkDatesBerita calls Parser.Dates paragraph by paragraph, as
// go-dateparser is called: date extraction alone.
// BenchmarkDatesBeritaParse goes through Parser.Parse with BodyOnly, so its
// figure also holds reading the text and the entity and quote stages: a
// bound on what a caller of Parse pays for the dates.

// ref is the reference time both sides resolve relative dates against.
var ref = time.Date(2025, 8, 15, 13, 12, 0, 0, time.FixedZone("WIB", 7*3600))

// bodyTexts returns the body paragraphs of the seed article and, when the
// shared corpus is next to the repository, of its plain-text articles:
// one string per paragraph. Lines that are too short to be a paragraph
// (titles, bylines, furniture) are left out of both sides.
func bodyTexts(b *testing.B) []string {
	names := []string{filepath.Join("..", "testdata", "cnbc-putin-kim", "input.txt")}
	if more, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "text", "*.txt")); len(more) > 0 {
		names = append(names, more...)
	}
	var paras []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.Join(strings.Fields(line), " ")
			if len(line) >= 80 {
				paras = append(paras, line)
			}
		}
	}
	return paras
}

func paraBytes(paras []string) int64 {
	var n int64
	for _, p := range paras {
		n += int64(len(p))
	}
	return n
}

// BenchmarkDatesBerita finds the dates in each paragraph with
// Parser.Dates.
func BenchmarkDatesBerita(b *testing.B) {
	paras := bodyTexts(b)
	p := &berita.Parser{Reference: ref}
	b.SetBytes(paraBytes(paras))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		found = 0
		for _, para := range paras {
			found += len(p.Dates(para))
		}
	}
	b.ReportMetric(float64(found), "dates")
}

// BenchmarkDatesBeritaParse parses the paragraphs as body text, one
// article of many paragraphs, and counts the dates found.
func BenchmarkDatesBeritaParse(b *testing.B) {
	paras := bodyTexts(b)
	text := strings.Join(paras, "\n")
	p := &berita.Parser{BodyOnly: true, Reference: ref}
	b.SetBytes(paraBytes(paras))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		a, err := p.Parse(strings.NewReader(text))
		if err != nil {
			b.Fatal(err)
		}
		found = len(a.Dates)
	}
	b.ReportMetric(float64(found), "dates")
}

// BenchmarkDatesGoDateparser searches each paragraph with go-dateparser,
// language fixed to Indonesian.
func BenchmarkDatesGoDateparser(b *testing.B) {
	paras := bodyTexts(b)
	cfg := &dps.Configuration{CurrentTime: ref, Languages: []string{"id"}}
	p := &dps.Parser{}
	b.SetBytes(paraBytes(paras))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		found = 0
		for _, para := range paras {
			res, err := p.SearchWithLanguage(cfg, "id", para)
			if err != nil {
				b.Fatal(err)
			}
			found += len(res)
		}
	}
	b.ReportMetric(float64(found), "dates")
}

package berita

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics nor takes far too long, that
// every span it reports stays inside its field on character boundaries and
// slices out exactly the item's text, that every Article marshals to JSON,
// and that a second run gives the same JSON.
func FuzzParse(f *testing.F) {
	for _, in := range loadInputs(f, true) {
		f.Add(in.data, false)
	}
	for _, s := range []string{
		"", " \n\t ", "\"", "“", "\"\"\"", "((((", "Jumat (15/8/2025)",
		"Jakarta, Kompas.com - \"Ya,\" kata Joko Widodo.", "\xff\xfe\xfd",
		"<html><body><p>Presiden Joko Widodo</p></body></html>",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	ref := time.Date(2025, 8, 15, 13, 12, 0, 0, zoneWIB)
	f.Fuzz(func(t *testing.T, data []byte, bodyOnly bool) {
		p := &Parser{BodyOnly: bodyOnly, Reference: ref}
		a, err := parseWithin(p, data, parseLimit(len(data)))
		if err != nil {
			if errors.Is(err, ErrEmpty) || errors.Is(err, ErrTooLarge) {
				return
			}
			t.Fatalf("Parse: unexpected error %v", err)
		}
		if err := checkArticle(a); err != nil {
			t.Fatal(err)
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		// the same input gives the same output, byte for byte
		again, err := p.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("second Parse: %v", err)
		}
		if j2, _ := json.Marshal(again); !bytes.Equal(j, j2) {
			t.Fatalf("two runs differ:\n%s\n%s", j, j2)
		}
	})
}

// parseLimit is how long Parse may take on n bytes before FuzzParse calls
// it a blowup: generous, for a loaded machine, yet far below what a scan
// quadratic in the input would take on the larger inputs.
func parseLimit(n int) time.Duration {
	return 10*time.Second + time.Duration(n)*5*time.Microsecond
}

// parseWithin parses data with p, failing when it takes longer than limit
// (the parse is left running: the fuzzer restarts its worker).
func parseWithin(p *Parser, data []byte, limit time.Duration) (*Article, error) {
	type result struct {
		a   *Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := p.Parse(bytes.NewReader(data))
		done <- result{a, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.a, r.err
	case <-timer.C:
		return nil, fmt.Errorf("%w: Parse took longer than %v on %d bytes", errTooSlow, limit, len(data))
	}
}

var errTooSlow = errors.New("too slow")

// checkArticle returns an error describing the first broken invariant of
// a: every field holds valid UTF-8, and every Span of a quote, an entity
// mention or a date lies inside its field, starts and ends on character
// boundaries, and slices out exactly the item's text.
func checkArticle(a *Article) error {
	if a == nil {
		return errors.New("nil Article without an error")
	}
	if !utf8.ValidString(a.Title) {
		return fmt.Errorf("title is not valid UTF-8: %q", a.Title)
	}
	for i, p := range a.Paragraphs {
		if !utf8.ValidString(p.Text) {
			return fmt.Errorf("paragraph %d is not valid UTF-8: %q", i, p.Text)
		}
	}
	for i, im := range a.Images {
		if !utf8.ValidString(im.Caption) {
			return fmt.Errorf("caption %d is not valid UTF-8: %q", i, im.Caption)
		}
	}
	for i, q := range a.Quotes {
		if err := checkSpan(a, q.At, q.Text); err != nil {
			return fmt.Errorf("quote %d: %v", i, err)
		}
	}
	for i, e := range a.Entities {
		for j, m := range e.Mentions {
			if err := checkSpan(a, m.At, m.Text); err != nil {
				return fmt.Errorf("entity %d (%q) mention %d: %v", i, e.Name, j, err)
			}
		}
	}
	for i, d := range a.Dates {
		if err := checkSpan(a, d.At, d.Text); err != nil {
			return fmt.Errorf("date %d: %v", i, err)
		}
	}
	return nil
}

// checkSpan checks that s points into an existing field of a, on character
// boundaries, and that the text it covers is want.
func checkSpan(a *Article, s Span, want string) error {
	var n int
	switch s.Field {
	case FieldTitle:
		n = 1
	case FieldParagraph:
		n = len(a.Paragraphs)
	case FieldCaption:
		n = len(a.Images)
	default:
		return fmt.Errorf("span %+v: unknown field", s)
	}
	if s.Index < 0 || s.Index >= n {
		return fmt.Errorf("span %+v: index out of range [0,%d)", s, n)
	}
	text := fieldText(a, s.Field, s.Index)
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return fmt.Errorf("span %+v: outside its field of %d bytes", s, len(text))
	}
	if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
		return fmt.Errorf("span %+v: not on a character boundary of %q", s, text)
	}
	if got := text[s.Start:s.End]; got != want {
		return fmt.Errorf("span %+v: covers %q, want %q", s, got, want)
	}
	return nil
}

// onBoundary reports whether byte offset i of s starts a character (or is
// the end of s).
func onBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// An input is one article used by the fuzz seeds, the tests and the
// benchmarks.
type input struct {
	name string
	data []byte
}

// loadInputs returns the articles in testdata/ and, when present, in
// ../shared/corpus (text/, html/ and other/). The shared corpus is the
// publishers' copyright: it is read in place, never copied into the repo.
// With withCorpus false only testdata/ is read.
func loadInputs(tb testing.TB, withCorpus bool) []input {
	tb.Helper()
	var ins []input
	add := func(pattern string) {
		names, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		sort.Strings(names)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			ins = append(ins, input{name: name, data: b})
		}
	}
	add(filepath.Join("testdata", "*", "input.*"))
	if withCorpus {
		for _, dir := range []string{"text", "html", "other"} {
			add(filepath.Join("..", "shared", "corpus", dir, "*"))
		}
	}
	if len(ins) == 0 {
		tb.Fatal("no inputs in testdata/")
	}
	return ins
}

// haveCorpus reports whether the shared corpus is next to the repository.
func haveCorpus() bool {
	_, err := os.Stat(filepath.Join("..", "shared", "corpus"))
	return err == nil
}

// Command berita parses Indonesian news articles and prints them as JSON.
//
// Usage:
//
//	berita [-ref TIME] [-text] [FILE ...]
//
// It reads each FILE ("-" or no FILE: standard input). One input prints
// indented JSON; several print one JSON object per line, in input order. An
// input that fails is reported on standard error with its name, the others
// are still printed, and the exit status is 1. Bad usage exits with 2.
//
// Flags:
//
//	-text      the input is body text only (no title, byline or page furniture)
//	-ref TIME  reference time for relative dates when an article has no
//	           publish time: RFC 3339 ("2025-08-15T13:12:00+07:00") or a
//	           date ("2025-08-15", read as midnight WIB)
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/beritakit/berita"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("berita", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: berita [-ref TIME] [-text] [FILE ...]")
		fs.PrintDefaults()
	}
	ref := fs.String("ref", "", "reference `time` for relative dates (RFC 3339 or YYYY-MM-DD)")
	text := fs.Bool("text", false, "input is body text only")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	p := &berita.Parser{BodyOnly: *text}
	if *ref != "" {
		t, err := parseRef(*ref)
		if err != nil {
			fmt.Fprintf(stderr, "berita: -ref: %v\n", err)
			return 2
		}
		p.Reference = t
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if len(files) == 1 {
		enc.SetIndent("", "  ")
	}
	status := 0
	for _, name := range files {
		a, err := parseFile(p, name, stdin)
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "berita: %s: %v\n", name, err)
			status = 1
			continue
		}
		if err := enc.Encode(a); err != nil {
			fmt.Fprintf(stderr, "berita: %s: %v\n", name, err)
			status = 1
		}
	}
	return status
}

func parseFile(p *berita.Parser, name string, stdin io.Reader) (*berita.Article, error) {
	if name == "-" {
		return p.Parse(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return p.Parse(f)
}

// wib is Western Indonesian Time, the zone of a date given without one.
var wib = time.FixedZone("WIB", 7*3600)

func parseRef(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, wib)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither RFC 3339 nor YYYY-MM-DD", s)
	}
	return t, nil
}

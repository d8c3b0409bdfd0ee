// Command berita parses Indonesian news articles and prints them as JSON.
//
// Usage:
//
//	berita [-ref TIME] [-text] [-j N] [FILE ...]
//	berita -ndjson [-ref TIME] [-text] [-j N] [FILE ...]
//
// It reads each FILE ("-" or no FILE: standard input). One input printed to
// a terminal is indented JSON; otherwise each article prints one JSON object
// per line, in input order, so that a program reading the output gets the
// same form however many inputs it passed. An
// input that fails is reported on standard error with its name, the others
// are still printed, and the exit status is 1. Bad usage exits with 2.
//
// With -ndjson, the input (standard input, or each FILE in turn) holds one
// JSON object per line with the article in a "text" or an "html" field and
// optionally an "id" and a "url". Each record prints one line: the Article
// with the record's "id" and "url" passed through. A record that fails
// (bad JSON, no text, a parse error) prints a line with its "id", "url" and
// an "error" field, is reported on standard error, and the batch goes on;
// the exit status is then 1. Blank lines are skipped.
//
// Articles are parsed on N workers at once and printed in input order.
// When standard error is a terminal, a progress count is shown on it.
//
// Flags:
//
//	-text      the input is body text only (no title, byline or page furniture)
//	-ref TIME  reference time for relative dates when an article has no
//	           publish time: RFC 3339 ("2025-08-15T13:12:00+07:00") or a
//	           date ("2025-08-15", read as midnight WIB)
//	-ndjson    read NDJSON records instead of one article per file
//	-j N       parse N articles at once (default: the number of CPUs)
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
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
		fmt.Fprintln(stderr, "usage: berita [-ndjson] [-ref TIME] [-text] [-j N] [FILE ...]")
		fs.PrintDefaults()
	}
	ref := fs.String("ref", "", "reference `time` for relative dates (RFC 3339 or YYYY-MM-DD)")
	text := fs.Bool("text", false, "input is body text only")
	ndjson := fs.Bool("ndjson", false, "input is NDJSON: one {\"text\"|\"html\", \"id\", \"url\"} object per line")
	workers := fs.Int("j", runtime.NumCPU(), "parse `N` articles at once")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *workers < 1 {
		fmt.Fprintf(stderr, "berita: -j %d: need at least 1 worker\n", *workers)
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
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if !*ndjson && len(files) == 1 && isTerminal(stdout) {
		enc.SetIndent("", "  ")
	}
	b := &batch{
		parser:   p,
		workers:  *workers,
		out:      out,
		enc:      enc,
		stderr:   stderr,
		progress: isTerminal(stderr),
	}
	if *ndjson {
		b.run(func(emit func(job)) {
			for _, name := range files {
				if err := readNDJSON(name, stdin, emit); err != nil {
					emit(job{name: name, err: err})
				}
			}
		})
	} else {
		b.run(func(emit func(job)) {
			for _, name := range files {
				emit(job{name: name, open: func() (io.ReadCloser, error) { return openFile(name, stdin) }})
			}
		})
	}
	b.endProgress()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "berita: writing output: %v\n", err)
		return 1
	}
	if b.failed > 0 {
		return 1
	}
	return 0
}

// A job is one article to parse: a file, or one NDJSON record.
type job struct {
	// name tells the article in messages: a file name, or "FILE:LINE".
	name string
	// open returns the article's bytes; it is called on a worker.
	open func() (io.ReadCloser, error)
	// record is set for NDJSON input; the output carries its id and url.
	record *record
	// err is set when the record could not be read: it is not parsed.
	err error
}

// A record is one line of NDJSON input.
type record struct {
	ID   json.RawMessage `json:"id,omitempty"`
	URL  json.RawMessage `json:"url,omitempty"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
}

// A result is the output line for one NDJSON record: the record's id and
// url, then the Article or the error.
type result struct {
	ID  json.RawMessage `json:"id,omitempty"`
	URL json.RawMessage `json:"url,omitempty"`
	*berita.Article
	Error string `json:"error,omitempty"`
}

// A batch parses jobs on several workers and writes their results in the
// order the jobs came.
type batch struct {
	parser   *berita.Parser
	workers  int
	out      *bufio.Writer
	enc      *json.Encoder
	stderr   io.Writer
	progress bool

	done, failed int
	lastShown    time.Time
}

// run calls produce, which emits the jobs in order, parses them on
// b.workers goroutines, and writes each result as soon as it and all the
// jobs before it are done. At most a few jobs per worker are in flight,
// so memory stays bounded however long the input.
func (b *batch) run(produce func(emit func(job))) {
	type pending struct {
		job  job
		a    *berita.Article
		err  error
		done chan struct{}
	}
	work := make(chan *pending)
	order := make(chan *pending, 2*b.workers)
	var wg sync.WaitGroup
	for range b.workers {
		wg.Go(func() {
			for p := range work {
				p.a, p.err = b.parse(p.job)
				close(p.done)
			}
		})
	}
	go func() {
		produce(func(j job) {
			p := &pending{job: j, done: make(chan struct{})}
			order <- p
			work <- p
		})
		close(work)
		close(order)
	}()
	for p := range order {
		<-p.done
		b.write(p.job, p.a, p.err)
	}
	wg.Wait()
}

// parse runs on a worker: it opens the job's input and parses it.
func (b *batch) parse(j job) (*berita.Article, error) {
	if j.err != nil {
		return nil, j.err
	}
	r, err := j.open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return b.parser.Parse(r)
}

// write prints the result of one job; it runs on one goroutine only.
func (b *batch) write(j job, a *berita.Article, err error) {
	if err != nil {
		b.fail(j.name, err)
	}
	if j.record != nil {
		res := result{ID: j.record.ID, URL: j.record.URL, Article: a}
		if err != nil {
			res.Error = err.Error()
		}
		b.encode(j.name, res)
	} else if err == nil {
		b.encode(j.name, a)
	}
	b.done++
	b.showProgress()
}

func (b *batch) encode(name string, v any) {
	if err := b.enc.Encode(v); err != nil {
		b.fail(name, err)
	}
}

// fail reports an error about the named input on standard error.
func (b *batch) fail(name string, err error) {
	b.out.Flush() // keep standard output and standard error in step
	fmt.Fprintf(b.stderr, "berita: %s: %v\n", name, err)
	b.failed++
}

// showProgress updates the progress count, at most ten times a second.
func (b *batch) showProgress() {
	if !b.progress || time.Since(b.lastShown) < 100*time.Millisecond {
		return
	}
	b.lastShown = time.Now()
	fmt.Fprintf(b.stderr, "\rberita: %d parsed, %d failed", b.done, b.failed)
}

func (b *batch) endProgress() {
	if b.progress && !b.lastShown.IsZero() {
		fmt.Fprintf(b.stderr, "\rberita: %d parsed, %d failed\n", b.done, b.failed)
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// openFile opens the named file, or standard input for "-".
func openFile(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(name)
}

// maxLine bounds one NDJSON line: the largest article the parser takes,
// with room for JSON escapes and the other fields.
const maxLine = 4*berita.DefaultMaxBytes + 64<<10

// errLineTooLong is the error of an NDJSON line longer than maxLine.
var errLineTooLong = fmt.Errorf("%w: NDJSON line longer than %d bytes", berita.ErrTooLarge, maxLine)

// readNDJSON reads the named NDJSON file (or standard input for "-") and
// emits one job per non-blank line. It returns an error only when reading
// fails; a bad line becomes a job that carries its error.
func readNDJSON(name string, stdin io.Reader, emit func(job)) error {
	f, err := openFile(name, stdin)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(br, maxLine)
		if err != nil && !errors.Is(err, errLineTooLong) {
			if err == io.EOF {
				return nil
			}
			return err
		}
		j := job{name: fmt.Sprintf("%s:%d", name, n), record: &record{}}
		switch {
		case err != nil:
			j.err = err
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			j.err = decodeRecord(line, j.record)
		}
		if j.err == nil {
			j.open = j.record.open
		}
		emit(j)
	}
}

// decodeRecord reads one NDJSON line into rec.
func decodeRecord(line []byte, rec *record) error {
	if err := json.Unmarshal(line, rec); err != nil {
		// Unmarshal checks the syntax first, so a broken line decodes
		// nothing; a well-formed one with a mistyped field keeps its id
		// and url for the output.
		rec.Text, rec.HTML = nil, nil
		return fmt.Errorf("bad NDJSON record: %v", err)
	}
	if rec.Text == nil && rec.HTML == nil {
		return errors.New(`record has neither "text" nor "html"`)
	}
	return nil
}

// open returns the record's article. HTML without a doctype or <html> tag
// gets a doctype so that the parser reads it as HTML.
func (rec *record) open() (io.ReadCloser, error) {
	if rec.HTML != nil && rec.Text == nil {
		h := *rec.HTML
		head := strings.ToLower(strings.TrimSpace(h[:min(len(h), 1024)]))
		if !strings.Contains(head, "<!doctype") && !strings.Contains(head, "<html") {
			h = "<!DOCTYPE html>\n" + h
		}
		return io.NopCloser(strings.NewReader(h)), nil
	}
	return io.NopCloser(strings.NewReader(*rec.Text)), nil
}

// readLine returns the next line of br without its line end. A line longer
// than limit is skipped up to its end and returns errLineTooLong. At the
// end of input it returns io.EOF.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(line) > 0 || tooLong):
			// a last line without a line end
		case err != nil:
			return nil, err
		}
		if tooLong {
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, nil
	}
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

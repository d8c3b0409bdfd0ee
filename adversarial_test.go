package berita

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestAdversarial feeds Parse inputs built to break it. Each must give a
// clear error or a best-effort Article whose spans are all sound.
func TestAdversarial(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr error // nil: a best-effort Article
	}{
		{"empty", nil, ErrEmpty},
		{"white space", []byte(" \t\n\r\n  \u00a0\n"), ErrEmpty},
		{"100000 straight quotes", bytes.Repeat([]byte(`"`), 100000), nil},
		{"100000 curly quotes", bytes.Repeat([]byte("“"), 100000), nil},
		{"100000 quoted words", bytes.Repeat([]byte(`"ya" kata Budi `), 100000/2), nil},
		{"unbalanced quotes", []byte(strings.Repeat("“Kami akan datang, kata Budi. ", 20000) + strings.Repeat("” ", 10)), nil},
		{"unbalanced single quotes", []byte(strings.Repeat("'Bersatu ‘Kim ", 20000)), nil},
		{"deep parentheses", []byte(strings.Repeat("(", 100000) + "Jumat" + strings.Repeat(")", 100000)), nil},
		{"repeated dates in parentheses", []byte(strings.Repeat("Jumat (15/8/2025) ((13/9/2023)) ", 20000)), nil},
		{"binary", randomBytes(1 << 20), nil},
		{"invalid UTF-8", []byte("Presiden \xff\xfeJoko\xc3 Widodo \xed\xa0\x80 \xc0\xaf berkata \"\xe2\x80 ya\xe2\x80\x9d Jumat (15/8/2025)\xf4\x90\x80\x80"), nil},
		{"NUL bytes", bytes.Repeat([]byte("Jakarta\x00 \"a\x00\" kata\x00 Budi\n"), 10000), nil},
		{"many short lines", bytes.Repeat([]byte("a\n"), 200000), nil},
		{"many blank lines", append(bytes.Repeat([]byte("\n \n"), 200000), 'x'), nil},
		{"long word", bytes.Repeat([]byte("A"), 1<<20), nil},
		{"html tags only", bytes.Repeat([]byte("<html><div><p>"), 50000), nil},
		{"html unclosed", []byte("<!DOCTYPE html><html><body><p>" + strings.Repeat("<div><b>“Ya”, kata Budi", 20000)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := checkArticle(a); err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(a); err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
		})
	}
}

// randomBytes returns n bytes from a fixed-seed generator.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// hugeLine returns a single line of about n bytes of article-like prose.
func hugeLine(n int) []byte {
	const sentence = `Presiden Joko Widodo mengatakan "kami siap" pada Jumat (15/8/2025) di Jakarta, kata Budi (Kompas.com). `
	return bytes.Repeat([]byte(sentence), n/len(sentence)+1)[:n]
}

func TestHugeLine(t *testing.T) {
	line := hugeLine(20 << 20)
	_, err := Parse(bytes.NewReader(line))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("20 MB under the default limit: error = %v, want ErrTooLarge", err)
	}

	// With the limit raised the line is parsed, best effort. The memory it
	// allocates grows linearly: 20 MB may allocate at most twice per byte
	// what 2 MB allocates. (Time is measured by BenchmarkLinearShapes,
	// not here: timed tests are noise on a shared machine.)
	p := &Parser{MaxBytes: 32 << 20}
	small := hugeLine(2 << 20)
	mSmall, _ := measureParse(t, p, small)
	mBig, a := measureParse(t, p, line)
	if err := checkArticle(a); err != nil {
		t.Fatal(err)
	}
	memPerByte := float64(mBig) / float64(len(line)) / (float64(mSmall) / float64(len(small)))
	t.Logf("2 MB: %d MB allocated; 20 MB: %d MB allocated; per byte ratio %.2f", mSmall>>20, mBig>>20, memPerByte)
	if memPerByte > 2 {
		t.Errorf("20 MB line allocated %.1f times per byte what 2 MB allocates (%d vs %d bytes)", memPerByte, mBig, mSmall)
	}
}

// measureParse parses b with p and returns the bytes it allocated and the
// Article.
func measureParse(t *testing.T, p *Parser, b []byte) (uint64, *Article) {
	t.Helper()
	var before, after runtime.MemStats
	// Two collections empty the sync.Pools that hand scratch buffers from
	// one Parse to the next, so every measure starts cold: otherwise a
	// small input could reuse a large input's buffers and look cheaper
	// per byte than it is.
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := p.Parse(bytes.NewReader(b))
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("%d-byte input with MaxBytes raised: %v", len(b), err)
	}
	return after.TotalAlloc - before.TotalAlloc, a
}

var errMidway = errors.New("connection reset midway")

// failingReader yields n bytes of text, then fails with errMidway.
type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errMidway
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = "Jakarta kata Budi. "[i%19]
	}
	r.n -= k
	return k, nil
}

func TestReaderFailsMidway(t *testing.T) {
	a, err := Parse(&failingReader{n: 100000})
	if !errors.Is(err, errMidway) {
		t.Fatalf("error = %v, want one wrapping %v", err, errMidway)
	}
	if err == errMidway {
		t.Errorf("error %v is returned bare, want it wrapped with context", err)
	}
	if a != nil {
		t.Errorf("Article = %+v with an error, want nil", a)
	}
}

// endlessReader yields text forever and counts the bytes it gave.
type endlessReader struct{ n int64 }

func (r *endlessReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a' + byte(i%26)
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestMaxBytesWhileReading(t *testing.T) {
	for _, limit := range []int64{0, 1, 1000, 1 << 20} {
		r := &endlessReader{}
		p := &Parser{MaxBytes: limit}
		_, err := p.Parse(r)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("MaxBytes %d: error = %v, want ErrTooLarge", limit, err)
		}
		want := limit
		if want == 0 {
			want = DefaultMaxBytes
		}
		// The reader may be asked for one buffer beyond the limit, no more.
		if r.n > want+64<<10 {
			t.Errorf("MaxBytes %d: read %d bytes from an endless reader", limit, r.n)
		}
	}
}

// TestConcurrentParse parses every input on many goroutines sharing one
// Parser and checks that each gives, byte for byte, the JSON a sequential
// run gives. Run it with -race.
func TestConcurrentParse(t *testing.T) {
	ins, p, want := sequentialJSON(t)
	for i, in := range ins {
		if again := parseJSON(t, p, in.data); !bytes.Equal(again, want[i]) {
			t.Errorf("%s: two sequential runs differ:\n%s\n%s", in.name, want[i], again)
		}
	}
	const workers = 8
	var wg sync.WaitGroup
	got := make([][][]byte, workers)
	for w := range workers {
		got[w] = make([][]byte, len(ins))
		wg.Go(func() {
			// Each worker walks the inputs from a different place so that
			// the same input is parsed at the same time by several.
			for k := range ins {
				i := (k + w*len(ins)/workers) % len(ins)
				got[w][i] = parseJSON(t, p, ins[i].data)
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i, in := range ins {
			if !bytes.Equal(got[w][i], want[i]) {
				t.Errorf("%s: worker %d output differs from the sequential run", in.name, w)
			}
		}
	}
}

// TestArticlesOutliveLaterParses keeps every Article while the parser goes
// on with other inputs, and only then reads them. Parse reuses scratch
// buffers from one call to the next; an Article that still pointed into
// one would change under a later call, which a test that encodes each
// Article at once would not see.
func TestArticlesOutliveLaterParses(t *testing.T) {
	ins, p, want := sequentialJSON(t)
	kept := make([]*Article, len(ins))
	for i, in := range ins {
		a, err := p.Parse(bytes.NewReader(in.data))
		if err != nil {
			continue
		}
		kept[i] = a
	}
	// and a few more rounds of other work for the buffers to be reused by
	for range 2 {
		for _, in := range ins {
			p.Parse(bytes.NewReader(in.data))
		}
	}
	runtime.GC()
	for i, a := range kept {
		if a == nil {
			continue
		}
		got, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("%s: json.Marshal: %v", ins[i].name, err)
		}
		if !bytes.Equal(got, want[i]) {
			t.Errorf("%s: the Article changed after later Parse calls:\n%s\n%s", ins[i].name, want[i], got)
		}
	}
}

// sequentialJSON returns the inputs of the concurrency tests (the first
// ten with -short), the Parser they share and the JSON of each input
// parsed in turn.
func sequentialJSON(t *testing.T) ([]input, *Parser, [][]byte) {
	ins := loadInputs(t, haveCorpus())
	if testing.Short() {
		ins = ins[:min(len(ins), 10)]
	}
	p := &Parser{Reference: time.Date(2025, 8, 15, 13, 12, 0, 0, zoneWIB)}
	want := make([][]byte, len(ins))
	for i, in := range ins {
		want[i] = parseJSON(t, p, in.data)
	}
	return ins, p, want
}

// parseJSON parses b with p and returns the Article's JSON, or the error
// text when Parse fails.
func parseJSON(t *testing.T, p *Parser, b []byte) []byte {
	a, err := p.Parse(bytes.NewReader(b))
	if err != nil {
		return []byte("error: " + err.Error())
	}
	j, err := json.Marshal(a)
	if err != nil {
		t.Errorf("json.Marshal: %v", err)
	}
	return j
}

// linearShapes are inputs of several shapes, made at any size: n is about
// the number of lines or items. A scan that compares each line, quote or
// name with all the others before it would cost n times more per byte.
var linearShapes = []struct {
	name string
	gen  func(n int) []byte // about n lines or items
}{
	{"distinct lines", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Kalimat nomor %d berakhir di sini.\n", i)
		}
		return b.Bytes()
	}},
	{"lines with white space to fold", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Kalimat  nomor %d   berakhir di  sini. \n", i)
		}
		return b.Bytes()
	}},
	{"lines with a shared start", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Menurut keterangan resmi pemerintah daerah setempat, kejadian nomor %d.\n", i)
		}
		return b.Bytes()
	}},
	{"distinct names", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Menteri %s bertemu Gubernur %s di Kota %s pada rapat ke-%d.\n", name(i), name(i+1), name(i+2), i)
		}
		return b.Bytes()
	}},
	{"quotes and speakers", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "\"Kami siap nomor %d,\" kata %s. Ia menambahkan \"tidak ada masalah\".\n", i, name(i))
		}
		return b.Bytes()
	}},
	{"dates", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Kejadian %d pada Jumat (%d/8/2025) pukul 10.%02d WIB, dua hari lalu, %d tahun silam.\n", i, i%28+1, i%60, i%90)
		}
		return b.Bytes()
	}},
	{"one run-on line", func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Kalimat %s nomor %d.  \"Kutipan,\" kata %s.Berikutnya ", name(i), i, name(i+3))
		}
		return b.Bytes()
	}},
}

// TestLinearGrowth checks, for every shape, that 16 times the input
// allocates no more than twice per byte what the smaller input allocates.
// Allocation counts do not depend on the machine's load; the time per byte
// is measured by BenchmarkLinearShapes.
func TestLinearGrowth(t *testing.T) {
	const small = 500
	for _, sh := range linearShapes {
		t.Run(sh.name, func(t *testing.T) {
			p := &Parser{MaxBytes: 64 << 20, Reference: time.Date(2025, 8, 15, 13, 12, 0, 0, zoneWIB)}
			in1, in16 := sh.gen(small), sh.gen(16*small)
			m1, a1 := measureParse(t, p, in1)
			m16, a16 := measureParse(t, p, in16)
			for _, a := range []*Article{a1, a16} {
				if err := checkArticle(a); err != nil {
					t.Fatal(err)
				}
			}
			ratio := float64(m16) / float64(len(in16)) / (float64(m1) / float64(len(in1)))
			t.Logf("%d bytes: %d KB allocated; %d bytes: %d KB allocated; per byte ratio %.2f", len(in1), m1>>10, len(in16), m16>>10, ratio)
			if ratio > 2 {
				t.Errorf("16 times the input allocated %.1f times per byte: not linear", ratio)
			}
		})
	}
}

// name returns a made-up capitalized two-word name, different for each
// i below 1000.
func name(i int) string {
	syl := []string{"ba", "di", "ko", "mu", "se", "ra", "ti", "wa", "no", "lu"}
	word := func(k int) string {
		return strings.ToUpper(syl[k%10][:1]) + syl[k%10][1:] + syl[k/10%10] + syl[k/100%10]
	}
	return word(i) + " " + word(i*7+3)
}

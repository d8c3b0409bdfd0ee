package berita

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGoldenHTML parses each testdata/html-*/input.html (small pages we
// wrote in the markup styles of several outlets) and compares the Article
// with want.json; go test -run TestGolden -update rewrites want.json.
func TestGoldenHTML(t *testing.T) {
	dirs, err := filepath.Glob("testdata/html-*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no testdata/html-* cases")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, "input.html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(bytes.NewReader(in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			wantFile := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantFile, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenHTML -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", wantFile, diff)
			}
			if err := checkArticle(a); err != nil {
				t.Error(err)
			}
			for i, p := range a.Paragraphs {
				if bad := markupLeft(p.Text); bad != "" {
					t.Errorf("paragraph %d holds %q", i, bad)
				}
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", true},
		{"\xef\xbb\xbf<!doctype html>\n<html lang=\"id\">", true},
		{"  <html><head><title>x</title></head></html>", true},
		{"<meta charset=\"utf-8\"><title>x</title>", true},
		{"Jakarta, CNBC Indonesia - Presiden <b>tidak</b> hadir.", false},
		{"<b>Bukan halaman</b> tetapi teks", false},
		{"<div class=\"read__content\"><p>Isi berita.</p></div>", true},
		{"<p>Isi berita.</p>", true},
		{"<pre>kode</pre>", false},
		{"<Jakarta> bukan tag", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct {
		title, outlet, want string
	}{
		{"Polisi Tangkap Pencuri - Kompas.com Regional", "KOMPAS.com", "Polisi Tangkap Pencuri"},
		{"KapanLagi.com: Brandon Salim Main Film", "KapanLagi.com", "Brandon Salim Main Film"},
		{"Harga Cabai Naik | Republika Online", "Republika Online", "Harga Cabai Naik"},
		{"Jokowi - Prabowo Bertemu", "Tempo", "Jokowi - Prabowo Bertemu"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.outlet); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

func TestParseMetaTime(t *testing.T) {
	tests := []struct {
		in, want string // want "" means no time
	}{
		{"2015-11-05T14:56:43+07:00", "2015-11-05T14:56:43+07:00"},
		{"2016-02-16T02:10:56Z", "2016-02-16T02:10:56Z"},
		{"2017-05-15 18:43:56", "2017-05-15T18:43:56+07:00"},
		{"2020-10-09T13:52:50+0700", "2020-10-09T13:52:50+07:00"},
		{"2020-10-09", "2020-10-09T00:00:00+07:00"},
		{"kemarin", ""},
		{"0000-00-00 00:00:00", ""},
	}
	for _, tt := range tests {
		got, ok := parseMetaTime(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseMetaTime(%q) = %v, want none", tt.in, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02T15:04:05Z07:00") != tt.want {
			t.Errorf("parseMetaTime(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

// TestHTMLFragment reads an article's inner HTML, as scrapers often store
// it: no document around it, no metadata.
func TestHTMLFragment(t *testing.T) {
	frag := `<div class="entry-content"><p><strong>JAKARTA, KOMPAS.com</strong> - Harga cabai di Pasar Induk Kramat Jati naik menjadi Rp 60.000 per kilogram, Senin (4/3/2024).</p>
<p>Baca juga: <a href="/x">Harga Bawang Putih Ikut Naik</a></p>
<p>"Pasokan dari Jawa Tengah berkurang karena hujan," kata Rahman, pedagang cabai.</p></div>`
	a, err := Parse(strings.NewReader(frag))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Harga cabai di Pasar Induk Kramat Jati naik menjadi Rp 60.000 per kilogram, Senin (4/3/2024).",
		`"Pasokan dari Jawa Tengah berkurang karena hujan," kata Rahman, pedagang cabai.`,
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if a.Dateline != "Jakarta" || a.Outlet != "Kompas.com" {
		t.Errorf("Dateline, Outlet = %q, %q; want Jakarta, Kompas.com", a.Dateline, a.Outlet)
	}
	if !slices.Contains(a.Related, "Harga Bawang Putih Ikut Naik") {
		t.Errorf("Related = %q, want the Baca juga title", a.Related)
	}
}

// TestHTMLCharset reads a page saved as ISO-8859-1 and one that declares
// ISO-8859-1 but is really UTF-8.
func TestHTMLCharset(t *testing.T) {
	latin1 := "<html><head><meta charset=\"iso-8859-1\"><title>Kafe</title></head><body><article>" +
		"<p>Pemilik kaf\xe9 di Bandung itu mengatakan harga kopi naik karena panen gagal tahun ini.</p>" +
		"<p>Ia menambahkan, pelanggan tetap datang setiap pagi untuk sarapan dan minum kopi.</p></article></body></html>"
	mislabeled := strings.ReplaceAll(latin1, "\xe9", "é")
	for name, page := range map[string]string{"latin1": latin1, "mislabeled utf-8": mislabeled} {
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(a.Paragraphs) == 0 || !strings.Contains(a.Paragraphs[0].Text, "kafé di Bandung") {
			t.Errorf("%s: paragraphs %q, want the first to hold %q", name, a.Paragraphs, "kafé di Bandung")
		}
	}
}

// htmlInputs returns the HTML pages to benchmark: the shared corpus's
// html/ pages when present, else the golden pages in testdata/.
func htmlInputs(tb testing.TB) []input {
	var ins []input
	for _, in := range loadInputs(tb, haveCorpus()) {
		if filepath.Ext(in.name) == ".html" {
			ins = append(ins, in)
		}
	}
	if len(ins) == 0 {
		tb.Skip("no HTML pages")
	}
	return ins
}

// BenchmarkParseHTML measures Parse on whole HTML pages: decoding, the
// HTML5 parse, metadata, the body and every later stage. The comparison
// with go-trafilatura on the same pages is in bench/.
func BenchmarkParseHTML(b *testing.B) {
	ins := htmlInputs(b)
	b.SetBytes(totalBytes(ins))
	b.ReportAllocs()
	p := &Parser{}
	for b.Loop() {
		for _, in := range ins {
			if _, err := p.Parse(bytes.NewReader(in.data)); err != nil {
				b.Fatalf("%s: %v", in.name, err)
			}
		}
	}
}

// TestParserURL reads a page that names neither its outlet nor its date:
// the Parser's URL gives both; the page's own canonical link wins over it.
func TestParserURL(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Petani Garam Panen Raya</title>%s</head><body>
<h1>Petani Garam Panen Raya</h1><div class="content">
<p>Petani garam di pesisir Rembang, Jawa Tengah, memanen garam lebih awal karena kemarau datang lebih cepat tahun ini.</p>
<p>Harga garam di tingkat petani turun menjadi Rp 900 per kilogram, kata seorang pengepul di Kecamatan Kaliori.</p>
</div></body></html>`
	tests := []struct {
		name, head, url string
		outlet, date    string
	}{
		{"url only", "", "https://regional.kompas.com/read/2023/08/21/101500/petani-garam", "Kompas.com", "2023-08-21"},
		{"canonical wins", `<link rel="canonical" href="https://www.republika.co.id/berita/2022/07/02/petani-garam">`, "https://regional.kompas.com/read/2023/08/21/x", "Republika", "2022-07-02"},
		{"no address", "", "", "", ""},
		{"address without a date", "", "https://www.antaranews.com/berita/3412/petani-garam", "ANTARA", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Parser{URL: tt.url}
			a, err := p.Parse(strings.NewReader(fmt.Sprintf(page, tt.head)))
			if err != nil {
				t.Fatal(err)
			}
			if a.Outlet != tt.outlet {
				t.Errorf("Outlet = %q, want %q", a.Outlet, tt.outlet)
			}
			date := ""
			if !a.Published.IsZero() {
				date = a.Published.Format("2006-01-02")
			}
			if date != tt.date {
				t.Errorf("Published = %v, want date %q", a.Published, tt.date)
			}
		})
	}
}

func TestSiteDomain(t *testing.T) {
	for host, want := range map[string]string{
		"regional.kompas.com":   "kompas.com",
		"www.republika.co.id":   "republika.co.id",
		"kompas.com":            "kompas.com",
		"www.astroawani.com":    "astroawani.com",
		"www.utusan.com.my":     "utusan.com.my",
		"lifestyle.okezone.com": "okezone.com",
	} {
		if got := siteDomain(host); got != want {
			t.Errorf("siteDomain(%q) = %q, want %q", host, got, want)
		}
	}
}

// TestHTMLLinearGrowth checks that the HTML reader stays linear on pages
// of many captions, "Baca juga" links, figures, equally scored blocks and
// subheadings: 16 times the page may allocate no more than twice per byte
// (TestLinearGrowth's bar for plain text); BenchmarkParseHTML measures time.
func TestHTMLLinearGrowth(t *testing.T) {
	page := func(item string) func(n int) []byte {
		return func(n int) []byte {
			var b bytes.Buffer
			b.WriteString("<!DOCTYPE html><html><body><div class=\"content\">")
			for i := range n {
				fmt.Fprintf(&b, item, i)
			}
			b.WriteString("</div></body></html>")
			return b.Bytes()
		}
	}
	shapes := []struct {
		name string
		gen  func(n int) []byte
	}{
		{"captions", page(`<div class="caption">Warga menanam mangrove nomor %d di pesisir Demak.</div>`)},
		{"baca juga links", page(`Baca juga: <a href="/%d">Judul berita lain yang cukup panjang</a> `)},
		{"figures", page(`<figure><img src="x"><figcaption>Foto warga nomor %d. (Foto: Antara)</figcaption></figure>`)},
		{"equal blocks", page(`<div><p>Kalimat yang sama panjangnya untuk setiap blok, nomor %04d.</p></div>`)},
		{"subheadings", page(`<h2>Subjudul %d</h2><p>Kalimat pertama yang cukup panjang untuk dihitung, katanya.</p>`)},
	}
	const small = 500
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			p := &Parser{MaxBytes: 64 << 20}
			in1, in16 := sh.gen(small), sh.gen(16*small)
			m1, _ := measureParse(t, p, in1)
			m16, _ := measureParse(t, p, in16)
			ratio := float64(m16) / float64(len(in16)) / (float64(m1) / float64(len(in1)))
			t.Logf("%d bytes: %d KB allocated; %d bytes: %d KB allocated; per byte ratio %.2f", len(in1), m1>>10, len(in16), m16>>10, ratio)
			if ratio <= 2 {
				return
			}
			t.Errorf("16 times the page allocated %.1f times per byte: not linear", ratio)
		})
	}
}

// TestHTMLSplitBody reads a body that an ad box cuts into two sibling
// elements: both halves are the body, the ad and the comments are not.
func TestHTMLSplitBody(t *testing.T) {
	page := `<!DOCTYPE html><html><body><h1>Jembatan Gantung Putus Diterjang Banjir</h1>
<div class="article">
<div class="txt-detail"><p>Jembatan gantung penghubung dua desa di Kecamatan Cibeber putus diterjang banjir bandang pada Selasa sore.</p>
<p>Warga kini harus memutar sejauh tujuh kilometer untuk menyeberangi sungai, kata kepala desa setempat.</p>
<p>Banjir datang setelah hujan deras mengguyur kawasan hulu selama lebih dari lima jam berturut-turut.</p></div>
<div class="ads-box"><p>Iklan: Promo paket internet murah, daftar sekarang juga dan dapatkan bonus kuota sepuluh gigabita.</p></div>
<div class="txt-detail"><p>Pemerintah kabupaten berjanji membangun jembatan darurat dalam dua pekan, menurut juru bicara bupati.</p>
<p>Sementara itu, anak-anak sekolah diantar menyeberang dengan perahu karet milik tim penyelamat.</p></div>
<div class="comments"><p>Semoga cepat diperbaiki karena jembatan itu satu-satunya akses warga ke pasar dan sekolah, sudah lama rusak.</p></div>
</div></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text[:strings.IndexByte(p.Text, ' ')])
	}
	want := []string{"Jembatan", "Warga", "Banjir", "Pemerintah", "Sementara"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs' first words (-want +got):\n%s", diff)
	}
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name, src string
		want      ldArticle
	}{
		{"graph with people", `{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Banjir &quot;Rob&quot; Datang","datePublished":"2024-03-12T09:15:00+07:00","author":[{"@type":"Person","name":"Rina"},{"@type":"Organization","name":"Kompas.com"}],"keywords":["rob","Semarang"],"publisher":{"name":"Kompas.com"}}]}`,
			ldArticle{headline: `Banjir "Rob" Datang`, published: "2024-03-12T09:15:00+07:00", publisher: "Kompas.com", authors: []string{"Rina"}, keywords: []string{"rob", "Semarang"}, rank: 2}},
		{"array, article wins over page", `[{"@type":"WebPage","headline":"Halaman"},{"@type":["NewsArticle"],"headline":"Berita","author":"A dan B","keywords":"x, y"}]`,
			ldArticle{headline: "Berita", authors: []string{"A", "B"}, keywords: []string{"x", "y"}, rank: 2}},
		{"raw newline in a string", "{\"@type\":\"Article\",\"headline\":\"Dua\nBaris\"}", ldArticle{headline: "Dua Baris", rank: 2}},
		{"broken", `{"@type":"NewsArticle",`, ldArticle{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got ldArticle
			got.read(tt.src)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(ldArticle{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

package berita

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"math/bits"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden want.json files in testdata/")

// TestGolden parses every testdata/<case>/input.txt and compares the whole
// Article, as JSON, with testdata/<case>/want.json.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden cases in testdata/")
	}
	for _, in := range inputs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkArticle(a); err != nil {
				t.Error(err)
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
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var w, g any
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatalf("%s: %v", wantFile, err)
			}
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(w, g); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", wantFile, diff)
			}
		})
	}
}

// TestCorpus parses every file of the shared evaluation corpus: none may
// fail, every span must slice out its item's text on character boundaries,
// and every plain-text article must yield a body.
func TestCorpus(t *testing.T) {
	if !haveCorpus() {
		t.Skip("../shared/corpus is absent: the corpus test needs the shared evaluation corpus next to the repository")
	}
	for _, in := range loadInputs(t, true) {
		if !strings.Contains(in.name, filepath.Join("shared", "corpus")) {
			continue
		}
		t.Run(filepath.Base(in.name), func(t *testing.T) {
			a, err := Parse(bytes.NewReader(in.data))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkArticle(a); err != nil {
				t.Error(err)
			}
			if strings.HasSuffix(in.name, ".txt") && len(a.Paragraphs) == 0 {
				t.Error("no paragraphs")
			}
			for i, p := range a.Paragraphs {
				if p.Text == "" || p.Text != strings.TrimSpace(p.Text) {
					t.Errorf("paragraph %d is empty or not trimmed: %q", i, p.Text)
				}
			}
		})
	}
}

func TestParsePublished(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int, loc *time.Location) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	tests := []struct {
		name string
		line string
		want time.Time
		ok   bool
	}{
		{"cnbc english", "15 August 2025 13:12", at(2025, 8, 15, 13, 12, zoneWIB), true},
		{"okezone pipe", "Senin, 17 Maret 2025 |03:05 WIB", at(2025, 3, 17, 3, 5, zoneWIB), true},
		{"republika abbrev no comma", "Selasa 17 Apr 2012 22:29 WIB", at(2012, 4, 17, 22, 29, zoneWIB), true},
		{"republika ahad", "Ahad 03 Jan 2016 19:58 WIB", at(2016, 1, 3, 19, 58, zoneWIB), true},
		{"jpnn en dash", "Senin, 21 Februari 2011 – 18:27 WIB", at(2011, 2, 21, 18, 27, zoneWIB), true},
		{"sindonews hyphen", "Sabtu, 10 April 2021 - 17:44 WIB", at(2021, 4, 10, 17, 44, zoneWIB), true},
		{"numeric comma", "31/10/2019, 10:48 WIB", at(2019, 10, 31, 10, 48, zoneWIB), true},
		{"numeric no zone", "18/12/2020 17:42", at(2020, 12, 18, 17, 42, zoneWIB), true},
		{"katadata comma", "29 Agustus 2023, 07:48", at(2023, 8, 29, 7, 48, zoneWIB), true},
		{"date only", "Selasa, 28 Juli 2009", at(2009, 7, 28, 0, 0, zoneWIB), true},
		{"comma before year", "Selasa, 19 Maret, 2024", at(2024, 3, 19, 0, 0, zoneWIB), true},
		{"wita", "Rabu, 5 Juni 2024 08:00 WITA", at(2024, 6, 5, 8, 0, zoneWITA), true},
		{"wit", "Kamis, 6 Juni 2024 | 09.30 WIT", at(2024, 6, 6, 9, 30, zoneWIT), true},
		{"pukul", "Jumat, 15 Agustus 2025 pukul 13.12 WIB", at(2025, 8, 15, 13, 12, zoneWIB), true},
		{"jum'at", "Jum'at, 15 Agu 2025 13:12", at(2025, 8, 15, 13, 12, zoneWIB), true},
		{"english month first", "August 15, 2025, 1:12 PM", at(2025, 8, 15, 13, 12, zoneWIB), true},
		{"iso", "2025-08-15 13:12", at(2025, 8, 15, 13, 12, zoneWIB), true},
		{"rfc3339", "2025-08-15T13:12:00+07:00", at(2025, 8, 15, 13, 12, time.FixedZone("", 7*3600)), true},
		{"old spelling", "Senin, 2 Nopember 2009", at(2009, 11, 2, 0, 0, zoneWIB), true},
		{"seconds", "Senin, 2 Desember 2024 10:11:12 WIB", time.Date(2024, 12, 2, 10, 11, 12, 0, zoneWIB), true},
		{"no such day", "31 Juni 2024", time.Time{}, false},
		{"bad hour", "15 Agustus 2025 25:00", time.Time{}, false},
		{"sentence", "Pada 15 Agustus 2025 harga naik", time.Time{}, false},
		{"words after", "15 Agustus 2025 13:12 WIB oleh redaksi", time.Time{}, false},
		{"month only", "Agustus 2025", time.Time{}, false},
		{"empty", "", time.Time{}, false},
		{"not a month", "15 Kilogram 2025", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parsePublished(tt.line)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("parsePublished(%q) = %v, %v; want %v, %v", tt.line, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestFindPublished(t *testing.T) {
	tests := []struct {
		line, prefix string
		want         time.Time
	}{
		{"Kompas.com - 31/10/2019, 10:48 WIB", "Kompas.com", time.Date(2019, 10, 31, 10, 48, 0, 0, zoneWIB)},
		{"Kompas bisnis | 18 Februari 2020, 11:20 WIB", "Kompas bisnis", time.Date(2020, 2, 18, 11, 20, 0, 0, zoneWIB)},
		{"Andika Rachmansyah , Jurnalis-Senin, 18 November 2024 |21:00 WIB", "Andika Rachmansyah , Jurnalis", time.Date(2024, 11, 18, 21, 0, 0, 0, zoneWIB)},
		{"Oleh Ani Lestari pada 12 Mar 2024, 14:05 WIB", "Oleh Ani Lestari", time.Date(2024, 3, 12, 14, 5, 0, 0, zoneWIB)},
		{"CNN Indonesia | Selasa, 12/03/2024 14:05 WIB", "CNN Indonesia", time.Date(2024, 3, 12, 14, 5, 0, 0, zoneWIB)},
		{"Rabu, 13 Mar 2024 10:30 WIB | Diperbarui 13 Mar 2024 11:00 WIB", "", time.Date(2024, 3, 13, 10, 30, 0, 0, zoneWIB)},
		{"Senin, 04 Maret 2024 / 14:05 WIB", "", time.Date(2024, 3, 4, 14, 5, 0, 0, zoneWIB)},
	}
	for _, line := range []string{"Peringatan Kemerdekaan 17 Agustus 1945", "Harga naik sejak 1 Maret 2024 di pasar"} {
		if got, prefix, ok := findPublished(line); ok {
			t.Errorf("findPublished(%q) = %v, %q; want no publish line", line, got, prefix)
		}
	}
	for _, tt := range tests {
		got, prefix, ok := findPublished(tt.line)
		if !ok || prefix != tt.prefix || !got.Equal(tt.want) {
			t.Errorf("findPublished(%q) = %v, %q, %v; want %v, %q", tt.line, got, prefix, ok, tt.want, tt.prefix)
		}
	}
}

func TestParseLeadIn(t *testing.T) {
	tests := []struct {
		name, line         string
		city, outlet, rest string
		ok                 bool
	}{
		{"cnbc", "Jakarta, CNBC Indonesia - Presiden memuji", "Jakarta", "CNBC Indonesia", "Presiden memuji", true},
		{"kompas city", "JAKARTA, KOMPAS.com - Pemerintah terus", "JAKARTA", "Kompas.com", "Pemerintah terus", true},
		{"kompas bare", "KOMPAS.com - Wilayah Kabupaten", "", "Kompas.com", "Wilayah Kabupaten", true},
		{"antara", "Jakarta (ANTARA) - Indeks harga", "Jakarta", "ANTARA", "Indeks harga", true},
		{"antara news", "Yogyakarta (ANTARA News) - Mantan Ketua", "Yogyakarta", "ANTARA", "Mantan Ketua", true},
		{"tempo", "TEMPO.CO, Jakarta - Harga emas", "Jakarta", "Tempo", "Harga emas", true},
		{"liputan6", "Liputan6.com, Jakarta - Sejumlah menteri", "Jakarta", "Liputan6.com", "Sejumlah menteri", true},
		{"republika", "REPUBLIKA.CO.ID, JAKARTA -- Indeks Harga", "JAKARTA", "Republika", "Indeks Harga", true},
		{"republika em dash", "REPUBLIKA.CO.ID, JAKARTA — Menteri", "JAKARTA", "Republika", "Menteri", true},
		{"kontan", "KONTAN.CO.ID - JAKARTA. Menteri Kesehatan", "JAKARTA", "Kontan.co.id", "Menteri Kesehatan", true},
		{"kontan no space", "KONTAN.CO.ID -JAKARTA. Harga aluminium", "JAKARTA", "Kontan.co.id", "Harga aluminium", true},
		{"bisnis", "Bisnis.com, JAKARTA - Harga emas", "JAKARTA", "Bisnis.com", "Harga emas", true},
		{"bisnis en dash", "Bisnis.com, JAKARTA – Pelaku usaha", "JAKARTA", "Bisnis.com", "Pelaku usaha", true},
		{"tribunnews", "TRIBUNNEWS.COM, JAKARTA - Suasana kantor", "JAKARTA", "Tribunnews.com", "Suasana kantor", true},
		{"tribun regional", "JAKARTA, TRIBUNJABAR.CO.ID - Tim Detasemen", "JAKARTA", "TribunJabar.co.id", "Tim Detasemen", true},
		{"jpnn", "jpnn.com - JAKARTA -- Polisi langsung", "JAKARTA", "jpnn.com", "Polisi langsung", true},
		{"cnn", "Jakarta, CNN Indonesia -- Direktorat Lalu Lintas", "Jakarta", "CNN Indonesia", "Direktorat Lalu Lintas", true},
		{"monitor reversed", "MONITOR, Jakarta – Menteri Keuangan", "Jakarta", "Monitor", "Menteri Keuangan", true},
		{"riaupos", "JAKARTA (RIAUPOS.CO) – Polres Metro", "JAKARTA", "Riaupos.co", "Polres Metro", true},
		{"antara regional", "Denpasar (Antara Bali) - Gubernur Bali", "Denpasar", "ANTARA", "Gubernur Bali", true},
		{"merdeka", "Merdeka.com - Pelatih Timnas", "", "Merdeka.com", "Pelatih Timnas", true},
		{"tribun bare", "TRIBUNJATENG.COM - Timnas Indonesia", "", "TribunJateng.com", "Timnas Indonesia", true},
		{"city only", "JAKARTA - Indeks saham", "JAKARTA", "", "Indeks saham", true},
		{"city glued em dash", "JAKARTA—Harga rata-rata", "JAKARTA", "", "Harga rata-rata", true},
		{"city hyphen space", "JAKARTA- Detasemen Khusus", "JAKARTA", "", "Detasemen Khusus", true},
		{"unknown outlet", "Jakarta (Beritasatu) – Presiden Joko", "Jakarta", "Beritasatu", "Presiden Joko", true},
		{"city glued hyphen", "PROBOLINGGO-Dermaga baru", "PROBOLINGGO", "", "Dermaga baru", true},
		{"city full stop", "Jakarta. Teka teki mengenai", "Jakarta", "", "Teka teki mengenai", true},
		{"colon", "Liputan6.com, Jakarta: Sejumlah menteri", "Jakarta", "Liputan6.com", "Sejumlah menteri", true},
		{"colon city", "KUALA LUMPUR: Dua suspek lelaki yang cuba menceroboh masuk ke Istana", "KUALA LUMPUR", "", "Dua suspek lelaki yang cuba menceroboh masuk ke Istana", true},
		{"colon city one word", "KAMPAR: Bukan sahaja dilahirkan pada hari kemerdekaan negara itu", "KAMPAR", "", "Bukan sahaja dilahirkan pada hari kemerdekaan negara itu", true},
		{"colon city english", "GEORGE TOWN: The state government will table a motion on Monday", "GEORGE TOWN", "", "The state government will table a motion on Monday", true},
		{"colon label", "VIDEO: Banjir merendam ratusan rumah warga di Bekasi pagi ini", "", "", "", false},
		{"colon short title", "JAKARTA: Banjir Lagi", "", "", "", false},
		{"colon mixed case", "Jakarta: harga beras naik lagi di semua pasar tradisional kota", "", "", "", false},
		{"comma before paren", "Jakarta, (ANTARA News) - Kepala Divisi", "Jakarta", "ANTARA", "Kepala Divisi", true},
		{"outlet desk", "Jakarta, KompasOtomotif – Tahun depan", "Jakarta", "Kompas.com", "Tahun depan", true},
		{"outlet desk upper city", "JAKARTA, KompasTekno - Ponsel baru", "JAKARTA", "Kompas.com", "Ponsel baru", true},
		{"press release", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota", "ISTANBUL", "ANTARA", "Pemerintah kota", true},
		{"press release agency first", "SINGAPURA, 2 Maret 2017 (PRNewswire/Antara) -- Perusahaan", "SINGAPURA", "ANTARA", "Perusahaan", true},
		{"quote with colon", "Menurut dia: harga naik - kata", "", "", "", false},
		{"hyphenated word", "Pasca-teror di Sarinah, polisi", "", "", "", false},
		{"initial", "M. Nasir mengatakan", "", "", "", false},
		{"sentence", "Menurut dia - katanya - harga naik", "", "", "", false},
		{"score", "Skor 0-1 untuk Timor Leste", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			li, ok := parseLeadIn(tt.line)
			if ok != tt.ok {
				t.Fatalf("parseLeadIn(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			}
			if !ok {
				return
			}
			if li.city != tt.city || li.outlet != tt.outlet || tt.line[li.n:] != tt.rest {
				t.Errorf("parseLeadIn(%q) = city %q, outlet %q, rest %q; want %q, %q, %q",
					tt.line, li.city, li.outlet, tt.line[li.n:], tt.city, tt.outlet, tt.rest)
			}
		})
	}
}

func TestCityName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one word", "JAKARTA", "Jakarta"},
		{"two words", "BANDA ACEH", "Banda Aceh"},
		{"mixed case kept", "Jakarta", "Jakarta"},
		{"empty", "", ""},
		{"province acronym", "DKI JAKARTA", "DKI Jakarta"},
		{"daerah istimewa", "DI YOGYAKARTA", "DI Yogyakarta"},
		{"acronym last", "KUPANG NTT", "Kupang NTT"},
		{"abbreviation", "KAB. BOGOR", "Kab. Bogor"},
		{"foreign", "WASHINGTON DC", "Washington DC"},
		{"acronym alone", "NTB", "NTB"},
		{"acronym mixed case kept", "Dki Jakarta", "Dki Jakarta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cityName(tt.in); got != tt.want {
				t.Errorf("cityName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		name, line      string
		authors         []string
		outlet, section string
		ok              bool
	}{
		{"cnbc", "sef, CNBC Indonesia", []string{"sef"}, "CNBC Indonesia", "", true},
		{"cnbc section", "Tech - Yuni astutik, CNBC Indonesia", []string{"Yuni astutik"}, "CNBC Indonesia", "Tech", true},
		{"kontan", "Reporter: Febrina Ratna Iskana | Editor: Dupla Kartini", []string{"Febrina Ratna Iskana"}, "", "", true},
		{"republika", "Rep: Gita Amanda/ Red: Didi Purwadi", []string{"Gita Amanda"}, "", "", true},
		{"penulis", "Penulis : Fransiska-Wijayanti", []string{"Fransiska-Wijayanti"}, "", "", true},
		{"tribun", "Penulis: galih permadi | Editor: galih permadi", []string{"galih permadi"}, "", "", true},
		{"two writers", "Penulis: Ani Lestari dan Budi Santoso", []string{"Ani Lestari", "Budi Santoso"}, "", "", true},
		{"laporan", "Laporan Wartawan Tribun Jabar, Muhamad Syarif Abdussalam", []string{"Muhamad Syarif Abdussalam"}, "", "", true},
		{"detik", "Dina Marlina - detikFinance", []string{"Dina Marlina"}, "detikcom", "", true},
		{"editor only", "Editor: Machmud Mubarok", nil, "", "", true},
		{"no slash", "Rep: Ahmad Fikri Noor Red: Ilham", []string{"Ahmad Fikri Noor"}, "", "", true},
		{"desk", "Tim Redaksi, CNBC Indonesia", nil, "CNBC Indonesia", "", true},
		{"research desk", "Market - Tim Riset, CNBC Indonesia", nil, "CNBC Indonesia", "Market", true},
		{"oleh", "Oleh: Siti Rahma", []string{"Siti Rahma"}, "", "", true},
		{"no colons", "Penulis Ani Lestari | Editor Budi Santoso", []string{"Ani Lestari"}, "", "", true},
		{"pipes in a title", "Harga Emas | Naik Lagi", nil, "", "", false},
		{"team", "Redaktur & Reporter : Tim Redaksi", nil, "", "", true},
		{"prose", "Presiden Joko Widodo meminta harga bahan bakar minyak dikalkulasi kembali.", nil, "", "", false},
		{"title", "Sri Mulyani Bantah Akan Jual Bali", nil, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ok := parseByline(tt.line)
			if ok != tt.ok {
				t.Fatalf("parseByline(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.authors, b.authors); diff != "" {
				t.Errorf("parseByline(%q) authors (-want +got):\n%s", tt.line, diff)
			}
			if b.outlet != tt.outlet || b.section != tt.section {
				t.Errorf("parseByline(%q) = outlet %q, section %q; want %q, %q", tt.line, b.outlet, b.section, tt.outlet, tt.section)
			}
		})
	}
}

func TestSplitRunOn(t *testing.T) {
	in := `JAKARTA, KOMPAS.com - Harga naik  pekan ini.  "Kami pantau terus," kata Ani.Pasokan dari daerah mulai masuk. Baca juga: Harga Cabai Turun di Pasar Induk Pedagang mengaku lega.  Dapatkan update berita pilihan setiap hari.`
	want := []string{
		"JAKARTA, KOMPAS.com - Harga naik pekan ini.",
		`"Kami pantau terus," kata Ani.`,
		"Pasokan dari daerah mulai masuk.",
		"Pedagang mengaku lega.",
		"Dapatkan update berita pilihan setiap hari.",
	}
	for _, foldAll := range []bool{false, true} {
		if diff := cmp.Diff(want, splitRunOn(nil, in, foldAll)); diff != "" {
			t.Errorf("splitRunOn, foldAll %v (-want +got):\n%s", foldAll, diff)
		}
	}
	// quotation marks between glued sentences
	in = `Dana itu bisa terealisasi."Kami harap tahun ini," katanya.Dia menambahkan, "Izin sudah keluar."Adapun target naik.“Kami siap,” ujarnya.`
	want = []string{
		"Dana itu bisa terealisasi.",
		`"Kami harap tahun ini," katanya.`,
		`Dia menambahkan, "Izin sudah keluar."`,
		"Adapun target naik.",
		"“Kami siap,” ujarnya.",
	}
	for _, foldAll := range []bool{false, true} {
		if diff := cmp.Diff(want, splitRunOn(nil, in, foldAll)); diff != "" {
			t.Errorf("splitRunOn with quotes, foldAll %v (-want +got):\n%s", foldAll, diff)
		}
	}
}

// TestBodyOnly checks that with BodyOnly every line is one paragraph, its
// text unchanged but for folded white space: nothing is taken for a title,
// a dateline or furniture.
func TestBodyOnly(t *testing.T) {
	in := "Jakarta, CNBC Indonesia - Harga  naik.\nBaca juga: ini tetap paragraf\n\n(sef/sef)\nDelegasi Khusus\n"
	a, err := (&Parser{BodyOnly: true}).Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text)
		if p.Heading != "" {
			t.Errorf("heading %q in body-only text", p.Heading)
		}
	}
	want := []string{"Jakarta, CNBC Indonesia - Harga naik.", "Baca juga: ini tetap paragraf", "(sef/sef)", "Delegasi Khusus"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BodyOnly paragraphs (-want +got):\n%s", diff)
	}
	if a.Title != "" || a.Dateline != "" || a.Outlet != "" || len(a.Authors) != 0 {
		t.Errorf("BodyOnly found a header: %+v", a)
	}
}

// TestHeaderFields checks the metadata that the seed's header gives.
func TestHeaderFields(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "cnbc-putin-kim", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2025, 8, 15, 13, 12, 0, 0, zoneWIB)
	if a.Section != "Internasional" || a.Title != "Rusia & Korut 'Bersatu', Putin Puja-puji Pasukan Kim Jong Un" ||
		a.Outlet != "CNBC Indonesia" || a.Dateline != "Jakarta" || !a.Published.Equal(want) ||
		len(a.Authors) != 1 || a.Authors[0] != "sef" {
		t.Errorf("header = section %q, title %q, outlet %q, dateline %q, published %v, authors %q",
			a.Section, a.Title, a.Outlet, a.Dateline, a.Published, a.Authors)
	}
	if !strings.HasPrefix(a.Paragraphs[0].Text, "Presiden Rusia Vladimir Putin memuji") {
		t.Errorf("first paragraph keeps its lead-in: %q", a.Paragraphs[0].Text)
	}
}

func TestIsEditorCode(t *testing.T) {
	for s, want := range map[string]bool{
		"sef/sef": true, "*": true, "OL-2": true, "esy": true, "boy/jpnn": true, "VOI/Ndy/AHM": true,
		"tribunjabar.id/nanda": true, "Persero": false, "13/9/2023": false, "AFP/REUTERS": false,
		"Dok. Istimewa": false, "KOMPAS.com/Fabian Januarius Kuwado": false,
	} {
		if got := isEditorCode(s); got != want {
			t.Errorf("isEditorCode(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsHeadlineLink(t *testing.T) {
	for line, want := range map[string]bool{
		"Buntut Kasus Pembangunan Masjid oleh Daud Kim, Federasi Muslim Korea Ingatkan Hal Ini":          true,
		"4 Kejanggalan Pembangunan Masjid yang Diinisiasi Daud Kim, Ternyata Tanahnya Belum Hak Milik ?": true,
		"Namun teriakan wartawan hanya dibalas dengan lambaian kedua tangannya":                          false,
		"Delegasi Khusus": false,
		"Bisa dijelaskan mengenai persiapan mudik dan penanganan jalan untuk Lebaran ini?": false,
		"Menteri Kesehatan Budi Gunadi Sadikin Meninjau Vaksinasi Di Bandung Jawa Barat.":  false,
	} {
		if got := isHeadlineLink(line); got != want {
			t.Errorf("isHeadlineLink(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestHoldsQuoteOrColon checks holdsQuoteOrColon against
// strings.ContainsAny, with each mark before and after runs of text
// longer than strings.IndexAny reads without its set of bytes, and with
// invalid bytes.
func TestHoldsQuoteOrColon(t *testing.T) {
	const set = "\"“”:;"
	for _, mark := range []string{"", "\"", "“", "”", ":", ";", "‘", "’", "\xe2\x80", "\xe2\x80\x9e", "\xff", "é", "|"} {
		for _, text := range []string{"", "a", "Kata Kunci Berita Hari Ini", "\xe2", "\xff\xe2"} {
			for _, s := range []string{mark + text, text + mark, text + mark + text} {
				if got, want := holdsQuoteOrColon(s), strings.ContainsAny(s, set); got != want {
					t.Errorf("holdsQuoteOrColon(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestHeaderForms checks bylines whose labels and names are printed on
// lines of their own.
func TestHeaderForms(t *testing.T) {
	body := "Harga beras medium di pasar induk mulai turun pekan ini karena pasokan dari daerah sentra produksi bertambah."
	tests := []struct {
		name, header string
		title        string
		authors      []string
	}{
		{"tempo labels above names", "Harga Beras Turun\n\nReporter\n\nSekar Ayu\n\nEditor\n\nHendra Gunawan\n\nKamis, 7 Maret 2024 11:40 WIB\n",
			"Harga Beras Turun", []string{"Sekar Ayu"}},
		{"kompas names above label", "Harga Beras Turun\n\nKompas.com - 07/03/2024, 11:40 WIB\nRina Wulandari,\nBagus Prasetyo\n\nTim Redaksi\n",
			"Harga Beras Turun", []string{"Rina Wulandari", "Bagus Prasetyo"}},
		{"name above date", "Harga Beras Turun di Pasar Induk\n\nSekar Ayu\n29 Agustus 2023, 07:48\n",
			"Harga Beras Turun di Pasar Induk", []string{"Sekar Ayu"}},
		{"editor only", "Harga Beras Turun\nReporter:\nEditor:\n\nHendra Gunawan\n",
			"Harga Beras Turun", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.header + "JAKARTA - " + body + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if diff := cmp.Diff(tt.authors, a.Authors, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if len(a.Paragraphs) != 1 || a.Paragraphs[0].Text != body {
				t.Errorf("paragraphs = %+v, want the one body paragraph", a.Paragraphs)
			}
		})
	}
}

func TestIsPromo(t *testing.T) {
	for line, want := range map[string]bool{
		"Simak berita dan artikel lainnya di Google News":                                 true,
		"Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.": true,
		"Mari bergabung di Grup Telegram \"Kompas.com News Update\"":                      true,
		"Presiden meminta menteri bekerja lebih cepat.":                                   false,
	} {
		if got := isPromo(line); got != want {
			t.Errorf("isPromo(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestHasPromoWord checks hasPromoWord, which looks at four-byte blocks
// first, against a comparison at every offset, with the words at each
// offset from a block's start, in either case, whole and cut short.
func TestHasPromoWord(t *testing.T) {
	naive := func(line string) bool {
		for i := range len(line) {
			for _, w := range promoWords {
				if startsWithFold(line[i:], w) {
					return true
				}
			}
		}
		return false
	}
	var lines []string
	for _, w := range promoWords {
		for _, v := range []string{w, strings.ToUpper(w), w[:len(w)-1], "x" + w[1:], strings.ReplaceAll(w, " ", "  ")} {
			for pre := range 9 {
				for post := range 4 {
					lines = append(lines, strings.Repeat("a", pre)+v+strings.Repeat(".", post))
				}
			}
		}
	}
	for _, line := range lines {
		if got, want := hasPromoWord(line), naive(line); got != want {
			t.Errorf("hasPromoWord(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestDeskOutlet(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"kompas desk", "KompasOtomotif", "Kompas.com", true},
		{"tempo desk", "TempoBisnis", "Tempo", true},
		{"unknown outlet", "JavaScript", "", false},
		{"outlet alone", "Kompas", "", false},
		{"desk not lower", "KompasTV", "", false},
		{"short prefix", "McDonald", "", false},
		{"not letters", "Kompas.comOto", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := deskOutlet(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("deskOutlet(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRelatedParen(t *testing.T) {
	tests := []struct {
		name, in, before, title string
		ok                      bool
	}{
		{"headline with colon", `"Pandangan ormas digodok," katanya. (Haedar: Media Perekat Umat yang Majemuk).`,
			`"Pandangan ormas digodok," katanya.`, "Haedar: Media Perekat Umat yang Majemuk", true},
		{"no full stop after", "Harga naik lagi. (Pemerintah Siapkan Operasi Pasar Beras)",
			"Harga naik lagi.", "Pemerintah Siapkan Operasi Pasar Beras", true},
		{"number in headline", "Ia tiba pukul 10.00. (Harga Cabai Tembus Rp 100.000 per Kilogram)",
			"Ia tiba pukul 10.00.", "Harga Cabai Tembus Rp 100.000 per Kilogram", true},
		{"no sentence end before", "Ia menyebut pejabat itu (Kepala Dinas Pekerjaan Umum Kota)", "", "", false},
		{"remark in lower case", "Ia pulang. (Hal ini sudah dibantah oleh pihak kepolisian)", "", "", false},
		{"sentence inside", "Ia pulang. (Pihak Polisi Membantah. Kasus Ditutup)", "", "", false},
		{"photo credit", "Ia pulang. (KOMPAS.com/Fabian Januarius Kuwado)", "", "", false},
		{"editor code", "Ia pulang. (sef/sef)", "", "", false},
		{"short", "Ia pulang. (Antara)", "", "", false},
		{"question", "Ia pulang. (Siapa Calon Gubernur Jakarta Berikutnya?)", "", "", false},
		{"colon before", "Ia berkata: (Kepala Dinas Pekerjaan Umum Kota)", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, title, ok := relatedParen(tt.in)
			if ok != tt.ok || before != tt.before || title != tt.title {
				t.Errorf("relatedParen(%q) = %q, %q, %v; want %q, %q, %v", tt.in, before, title, ok, tt.before, tt.title, tt.ok)
			}
		})
	}
}

// TestNFCStandalone checks what normalize relies on to skip the NFC check:
// any two runes of nfcStandalone or printable ASCII, in either order, are
// in NFC; and a rune that combines with the one before it is not in the
// set.
func TestNFCStandalone(t *testing.T) {
	rs := nfcStandalone()
	var runes []rune
	for r := rune(' '); r < 0x3000; r++ {
		if r < 0x7f || rs.has(r) {
			runes = append(runes, r)
		}
	}
	if len(runes) < 300 {
		t.Fatalf("only %d runes", len(runes))
	}
	for _, r := range []rune{'\u0301', '\u0308', '\u1161', '\u2126'} {
		if rs.has(r) {
			t.Errorf("%U is in the set", r)
		}
	}
	for _, a := range runes {
		for _, b := range runes {
			if s := string(a) + string(b); !norm.NFC.IsNormalString(s) {
				t.Fatalf("%q (%U %U) is not NFC", s, a, b)
			}
		}
	}
	in := "Kata \u201cbaca\u201d \u2013 caf\u00e9 e\u0301"
	if got, want := normalize([]byte(in)), norm.NFC.String(in); got != want {
		t.Errorf("normalize(%q) = %q, want %q", in, got, want)
	}
}

// TestIsFolded checks isFolded, which reads eight bytes at a time, against
// its definition: s is what folding its white space would make of it.
func TestIsFolded(t *testing.T) {
	cases := []string{
		"", " ", "a", "a ", " a", "a b", "a  b", "a\tb", "a\nb", "abcdefgh ijklmnop",
		"abcdefg  hijklmnop", "abcdefgh  ijklmnop", "abcdefg\u00a0hijklmnop", "abcdefgh !ijklmnop",
		"Kata “dia” di sini sudah benar", "Kata\u3000dia", "abcdefg\x01hijklmnop", "a\x7fb c d e f g h",
		"12345678 12345678 ", "1234567 1234567  x",
	}
	// every string of up to 10 bytes over a small alphabet, placed at
	// each offset of a longer line so that the pairs straddle the
	// eight-byte boundaries
	alphabet := []byte{'a', ' ', '!', '\t'}
	var gen func(prefix []byte)
	gen = func(prefix []byte) {
		if len(prefix) > 0 {
			for _, pad := range []string{"", "x", "xyz", "xyzw ab"} {
				cases = append(cases, pad+string(prefix), string(prefix)+pad)
			}
		}
		if len(prefix) == 10 || len(prefix) > 0 && len(cases) > 200000 {
			return
		}
		for _, c := range alphabet {
			gen(append(prefix, c))
		}
	}
	gen(nil)
	for _, s := range cases {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := isFolded(s); got != want {
			t.Fatalf("isFolded(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLineReader checks the lines a lineReader hands out, which it folds
// only where untidyFrom points, against folding every line, and
// untidyFrom, which reads eight and sixteen bytes at a time, against its
// definition.
func TestLineReader(t *testing.T) {
	cases := []string{"", " ", "a", "a ", " a", "a\n", "\n", "a\n\nb", "Kata “dia”\ndi sini  sudah", "a\u00a0b\n\u3000c"}
	// every string of up to 7 bytes over a small alphabet, with text
	// before and after it so that the pairs straddle the eight-byte
	// boundaries
	alphabet := []byte{'a', ' ', '\n', '\t'}
	var gen func(prefix []byte)
	gen = func(prefix []byte) {
		for _, pad := range []string{"", "x", "xyz", "xyzw ab", "é", "abc\ndefghij ", "abcdefgh ijklmnop qr"} {
			cases = append(cases, pad+string(prefix), string(prefix)+pad)
		}
		if len(prefix) == 7 {
			return
		}
		for _, c := range alphabet {
			gen(append(prefix, c))
		}
	}
	gen(nil)
	for _, in := range loadInputs(t, haveCorpus()) {
		cases = append(cases, normalize(in.data))
	}
	for _, s := range cases {
		var want []string
		tidy := true
		for line := range strings.SplitSeq(s, "\n") {
			want = append(want, foldSpace(line))
			tidy = tidy && foldSpace(line) == line
		}
		if untidy := untidyFrom(s, 0, strings.LastIndexByte(s, '\t')); (untidy < 0) != tidy && !strings.ContainsAny(s, "\u00a0\u3000") {
			t.Fatalf("untidyFrom(%q, 0, last tab) = %d, but the text is tidy: %v", s, untidy, tidy)
		}
		for _, all := range []bool{false, true} {
			var got []string
			for lr := newLineReader(s, all); ; {
				line, start, end, asIs, ok := lr.next()
				if !ok {
					break
				}
				if asIs != (line == s[start:end]) {
					t.Fatalf("%q: line %q at %d:%d, as is: %v", s, line, start, end, asIs)
				}
				got = append(got, line)
			}
			if !all && strings.ContainsAny(s, "\u00a0\u3000") {
				continue // white space normalize leaves none of
			}
			if !slices.Equal(got, want) {
				t.Fatalf("lines of %q (fold all: %v) = %q, want %q", s, all, got, want)
			}
		}
	}
}

// TestMarkerSet checks that a markerSet finds what hasMarker finds in the
// whole list: each marker, in several cases, starting a line, behind a
// quotation mark and behind runes that fold to ASCII letters.
func TestMarkerSet(t *testing.T) {
	for _, markers := range [][]string{skipMarkers, trailerMarkers} {
		ms := newMarkerSet(markers)
		var lines []string
		for _, m := range markers {
			for _, form := range []string{m, strings.ToUpper(m), strings.ToUpper(m[:1]) + m[1:]} {
				lines = append(lines, form, form+": Judul", form+"x", "“"+form, "\u212a"+form, "\u017f"+form)
				if len(form) >= 2 {
					// a rune outside ASCII that folds to an ASCII letter in
					// place of the second byte
					lines = append(lines, form[:1]+"\u212a"+form[2:], form[:1]+"\u017f"+form[2:], form[:1]+"k"+form[2:])
				}
			}
		}
		lines = append(lines, "", "“Kita harus bekerja,” kata dia.", "© 2025 Kompas", "\u212aomentar", "\u017fhare")
		for _, line := range lines {
			wantM, wantOK := hasMarker(line, markers)
			if m, ok := ms.match(line); m != wantM || ok != wantOK {
				t.Errorf("match(%q) = %q, %v; want %q, %v", line, m, ok, wantM, wantOK)
			}
		}
	}
}

// TestNextBreak checks nextBreak, which reads eight bytes at a time,
// against a byte-by-byte search, at every offset of texts whose marks and
// double spaces fall on both sides of the eight-byte boundaries.
func TestNextBreak(t *testing.T) {
	want := func(s string, i int) int {
		for ; i < len(s); i++ {
			if strings.IndexByte(".!?", s[i]) >= 0 || strings.HasPrefix(s[i:], "  ") {
				return i
			}
		}
		return len(s)
	}
	cases := []string{"", " ", "  ", "a.b", "Kata “dia”  di sini. Ya!", "abcdefg  hijklmno", "abcdefgh  ijk", "1234567 ?"}
	for n := 1; n <= 20; n++ {
		// the bytes next to the marks' values (a byte one above a
		// wanted one can be marked too, above the first)
		for _, mark := range []string{".", "!", "?", "  ", " ", "   ", "/", "\"", "@", "-", " !", " /", "! ", "\x00", "\xff"} {
			pad := strings.Repeat("x", n)
			cases = append(cases, pad+mark, pad+mark+pad, pad+" "+mark+"é"+pad, pad+mark+" ."+pad, pad+"/ !"+mark+"  ")
		}
	}
	for _, s := range cases {
		for i := 0; i <= len(s); i++ {
			if got, want := nextBreak(s, i), want(s, i); got != want {
				t.Fatalf("nextBreak(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestFieldsUpTo checks fieldsUpTo, which reads eight bytes at a time,
// against strings.Fields, with every kind of white space on both sides of
// the eight-byte boundaries.
func TestFieldsUpTo(t *testing.T) {
	cases := []string{"", " ", "a", " a b ", "abcdefgh ijklmnop", "a\u00a0b\u3000c\u0085d\x00e", "\xffa b"}
	for _, sp := range []string{" ", "\t", "\n", "\v", "\f", "\r", "\x08", "\x0e", "\u00a0", "\u2003", "  "} {
		for n := 0; n <= 17; n++ {
			pad := strings.Repeat("x", n)
			cases = append(cases, pad+sp+"y", sp+pad+sp, pad+sp+pad+sp+pad, "é"+pad+sp+"z z")
		}
	}
	for _, s := range cases {
		for limit := 0; limit <= 6; limit++ {
			if got, want := fieldsUpTo(s, limit), min(len(strings.Fields(s)), limit+1); got != want {
				t.Fatalf("fieldsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestWordsUpTo checks wordsUpTo, which reads eight bytes at a time,
// against splitting at spaces, tabs and newlines, with those and the
// other control bytes and '!' on both sides of the eight-byte boundaries.
func TestWordsUpTo(t *testing.T) {
	cases := []string{"", " ", "a", " a b ", "abcdefgh ijklmnop", "a\u00a0b\u3000c\u0085d\x00e", "\xffa b"}
	for _, sp := range []string{" ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x08", "\x0e", "\x1f", "!", "\u00a0", "  ", " \n\t"} {
		for n := 0; n <= 17; n++ {
			pad := strings.Repeat("x", n)
			cases = append(cases, pad+sp+"y", sp+pad+sp, pad+sp+pad+sp+pad, "é"+pad+sp+"z z")
		}
	}
	for _, s := range cases {
		words := len(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }))
		for limit := 0; limit <= 6; limit++ {
			if got, want := wordsUpTo(s, limit), min(words, limit+1); got != want {
				t.Fatalf("wordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestLastDigitIndex checks lastDigitIndex, which reads eight bytes at a
// time from the end, against strings.LastIndexAny, with digits and the
// bytes next to them in value at every place of texts up to 20 bytes.
func TestLastDigitIndex(t *testing.T) {
	for n := 0; n <= 20; n++ {
		for _, c := range []byte{'0', '9', '/', ':', 'a', 0xb0, 0xb9} {
			for at := -1; at < n; at++ {
				b := []byte(strings.Repeat("x", n))
				if at >= 0 {
					b[at/2], b[at] = '5', c // a digit before too, when at > 0
				}
				s := string(b)
				want := strings.LastIndexAny(s, "0123456789")
				if got := lastDigitIndex(s); got != want {
					t.Fatalf("lastDigitIndex(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// TestLeadInStops checks that the first byte leadInStops marks is the
// first stop, one at a time, with the bytes next to the stops in value
// and a second stop after the first at every place of eight bytes.
func TestLeadInStops(t *testing.T) {
	isStop := func(c byte) bool { return strings.IndexByte("-:\"?!|", c) >= 0 || c >= utf8.RuneSelf }
	cands := []byte("-:\"?!|,.#;>{}a \x00\x80\xe2")
	for at := 0; at <= 8; at++ {
		for _, c := range cands {
			for _, d := range cands {
				b := []byte("abcdefgh")
				if at < 8 {
					b[at] = c
					for k := at + 1; k < 8; k++ {
						b[k] = d
					}
				}
				want := 8
				for k, c := range b {
					if isStop(c) {
						want = k
						break
					}
				}
				got := 8
				if m := leadInStops(load64(string(b), 0)); m != 0 {
					got = bits.TrailingZeros64(m) / 8
				}
				if got != want {
					t.Fatalf("leadInStops(%q): first stop at %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestTitleSmallWords checks what titleCaseShare takes for granted: no
// small word starts with a capital or a digit.
func TestTitleSmallWords(t *testing.T) {
	for w := range titleSmallWords {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			t.Errorf("small word %q starts with %q", w, r)
		}
	}
}

// TestLastIndex checks lastIndex against strings.LastIndex.
func TestLastIndex(t *testing.T) {
	for _, s := range []string{"", "-", " - ", "a - b - c", "a -b- c", " -  - ", "x - ", " - x", "--- - --", "é – é - x"} {
		for _, sep := range []string{"", "-", " - ", " – ", ", ", "--", "- -"} {
			if got, want := lastIndex(s, sep), strings.LastIndex(s, sep); got != want {
				t.Errorf("lastIndex(%q, %q) = %d, want %d", s, sep, got, want)
			}
		}
	}
}

// TestParseReaderKinds checks that Parse gives the same Article whatever
// reader holds the input: a bytes.Reader or strings.Reader is read into a
// string (readString), any other reader into the pooled buffer, and the
// corpus snapshot, read from files, sees only the second. Each reader is
// also tried with a few bytes already read from it, which Parse must not
// see, and at the edge of MaxBytes, which counts only what is left.
func TestParseReaderKinds(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "input.*"))
	if err != nil {
		t.Fatal(err)
	}
	const junk = "<html>\xff\r\n"
	kinds := []struct {
		name string
		open func(b []byte) io.Reader
	}{
		{"bytes.Reader", func(b []byte) io.Reader { return bytes.NewReader(b) }},
		{"strings.Reader", func(b []byte) io.Reader { return strings.NewReader(string(b)) }},
		{"other reader", func(b []byte) io.Reader { return struct{ io.Reader }{bytes.NewReader(b)} }},
	}
	parse := func(p *Parser, r io.Reader) string {
		a, err := p.Parse(r)
		if err != nil {
			return "error: " + err.Error()
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return string(j)
	}
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(in))
		for _, p := range []*Parser{{}, {BodyOnly: true}, {MaxBytes: int64(len(b))}, {MaxBytes: int64(len(b)) - 1}} {
			want := parse(p, struct{ io.Reader }{bytes.NewReader(b)})
			for _, k := range kinds {
				if got := parse(p, k.open(b)); got != want {
					t.Errorf("%s, %+v, %s:\n got %s\nwant %s", name, *p, k.name, got, want)
				}
				r := k.open(append([]byte(junk), b...))
				if _, err := io.ReadFull(r, make([]byte, len(junk))); err != nil {
					t.Fatal(err)
				}
				if got := parse(p, r); got != want {
					t.Errorf("%s, %+v, %s with %q read from it:\n got %s\nwant %s", name, *p, k.name, junk, got, want)
				}
			}
		}
	}
}

// TestNormalizeString checks that normalizeString, which hands back a text
// that isNormal passes, gives what normalize gives, on random texts of the
// runes normalize changes or keeps, invalid bytes and runs of ASCII on
// both sides of the eight- and sixteen-byte reads.
func TestNormalizeString(t *testing.T) {
	pieces := []string{
		"a", "Kata", "abcdefgh", "abcdefghijklm", "abcdefghijklmnopqrstuvw", " ", "\n", "\t", "\r", "\r\n", "\x00", "\x1f", "\x7f",
		"\u00a0", "\u0085", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\ufeff", "\u2028", "\u2029",
		"\u3000", "\u2009", "é", "e\u0301", "\u0301", "\u1161", "\u2126", "“", "”", "–", "€", "\ufffd",
		"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	}
	r := rand.New(rand.NewSource(1))
	check := func(s string) {
		want := normalize([]byte(s))
		if got := normalizeString(s); got != want {
			t.Fatalf("normalizeString(%q) = %q, normalize gives %q", s, got, want)
		}
		if isNormal(s) && want != s {
			t.Fatalf("isNormal(%q), but normalize gives %q", s, want)
		}
	}
	for _, p := range pieces {
		check(p)
		check("abcdefg" + p)
	}
	for range 20000 {
		var b strings.Builder
		for j := r.Intn(12); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
}

// TestFoldSpace checks foldSpace, which copies a line a stretch at a time,
// against its definition: the words of the line, as strings.Fields cuts
// them, one space apart. The random lines hold white space of ASCII and
// outside it, runs of it, and invalid bytes, which are no white space.
func TestFoldSpace(t *testing.T) {
	pieces := []string{
		"a", "kata", "abcdefghij", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2028",
		"\u3000", "\u2009", "é", "“", "\xff", "\xc2", "\xe2\x80", "\x00",
	}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for j := r.Intn(10); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

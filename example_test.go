package berita_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/beritakit/berita"
)

func ExampleParser_Dates() {
	p := &berita.Parser{Reference: time.Date(2025, 8, 15, 13, 12, 0, 0, time.FixedZone("WIB", 7*3600))}
	text := "Kim menelepon Putin dua hari lalu, Rabu (13/8/2025) pukul 10.00 WIB, dan akan bertemu bulan depan."
	for _, d := range p.Dates(text) {
		fmt.Printf("%q %s %s\n", d.Text, d.Value, d.Granularity)
	}
	// Output:
	// "dua hari lalu" 2025-08-13 day
	// "Rabu (13/8/2025) pukul 10.00 WIB" 2025-08-13T10:00+07:00 minute
	// "bulan depan" 2025-09 month
}

func ExampleParse() {
	page := `Internasional

Putin Puji Pasukan Korut

sef, CNBC Indonesia
15 August 2025 13:12

Jakarta, CNBC Indonesia - Presiden Rusia Vladimir Putin memuji pasukan Korea Utara (Korut), Jumat (15/8/2025).

"Rakyat Rusia akan selamanya menyimpan kenangan itu," kata Putin.

(sef/sef)
`
	a, err := berita.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Section, "|", a.Title)
	fmt.Println(a.Authors, a.Outlet, a.Published, a.Dateline)
	for _, p := range a.Paragraphs {
		fmt.Println(p.Text)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s %s: %q\n", q.Kind, q.Speaker, q.Text)
	}
	for _, e := range a.Entities {
		fmt.Println(e.Type, e.Name, e.Aliases)
	}
	for _, d := range a.Dates {
		fmt.Println(d.Text, "=", d.Value)
	}
	// Output:
	// Internasional | Putin Puji Pasukan Korut
	// [sef] CNBC Indonesia 2025-08-15 13:12:00 +0700 WIB Jakarta
	// Presiden Rusia Vladimir Putin memuji pasukan Korea Utara (Korut), Jumat (15/8/2025).
	// "Rakyat Rusia akan selamanya menyimpan kenangan itu," kata Putin.
	// direct Vladimir Putin: "Rakyat Rusia akan selamanya menyimpan kenangan itu,"
	// person Vladimir Putin [Putin]
	// location Korea Utara [Korut North Korea]
	// location Rusia [Russia]
	// organization CNBC Indonesia []
	// location Jakarta []
	// Jumat (15/8/2025) = 2025-08-15
}

func ExampleParser() {
	p := &berita.Parser{
		BodyOnly:  true,
		Reference: time.Date(2025, 8, 15, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600)),
	}
	a, err := p.Parse(strings.NewReader("Menteri Keuangan Sri Mulyani tiba di Surabaya kemarin."))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Paragraphs[0].Text)
	for _, e := range a.Entities {
		fmt.Println(e.Type, e.Name)
	}
	for _, d := range a.Dates {
		fmt.Println(d.Text, "=", d.Value)
	}
	// Output:
	// Menteri Keuangan Sri Mulyani tiba di Surabaya kemarin.
	// person Sri Mulyani
	// location Surabaya
	// kemarin = 2025-08-14
}

package berita_test

import (
	"fmt"
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

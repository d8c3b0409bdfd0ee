package berita

import (
	"bufio"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateCase is one sentence whose temporal expressions are marked with
// [brackets]; want holds their values in order.
type dateCase struct {
	name string
	ref  string // RFC 3339; "" for no reference
	in   string
	want []string
}

// fri is the reference of most cases: Friday 15 August 2025, 13:12 WIB.
const fri = "2025-08-15T13:12:00+07:00"

var dateCategories = []struct {
	category string
	cases    []dateCase
}{
	{"metadata lines", []dateCase{
		{"english byline", fri, "sef, CNBC Indonesia [15 August 2025 13:12]", []string{"2025-08-15T13:12+07:00"}},
		{"english weekday", fri, "Redaksi | [Friday, 15 Aug 2025 13:12 WIB]", []string{"2025-08-15T13:12+07:00"}},
		{"english month first", fri, "Kompas.com - [Thursday, August 14, 2025 - 21:40 WIB]", []string{"2025-08-14T21:40+07:00"}},
		{"english ordinal", fri, "Updated [15th August 2025 at 1:12 PM]", []string{"2025-08-15T13:12+07:00"}},
		{"english no comma", fri, "Posted [Aug 14 2025 • 21:40 WIB]", []string{"2025-08-14T21:40+07:00"}},
		{"GMT offset", fri, "Updated [15 Aug 2025, 13:12 GMT+7]", []string{"2025-08-15T13:12+07:00"}},
		{"rfc 3339", fri, "datePublished [2025-08-15T13:12:00+07:00]", []string{"2025-08-15T13:12:00+07:00"}},
		{"rfc 3339 fraction", fri, "datePublished [2025-08-15T13:12:00.000+07:00]", []string{"2025-08-15T13:12:00+07:00"}},
		{"rfc 3339 utc", fri, "modified [2025-08-15T06:12:00Z]", []string{"2025-08-15T06:12:00+00:00"}},
		{"indonesian dateline", fri, "[Jumat, 15 Agustus 2025, 13:12 WIB]", []string{"2025-08-15T13:12+07:00"}},
		{"numeric with zone", fri, "Diperbarui [15/08/2025, 13:12 WIB]", []string{"2025-08-15T13:12+07:00"}},
		{"seconds and WITA", fri, "Makassar - [15 Agt 2025 13:12:45 WITA]", []string{"2025-08-15T13:12:45+08:00"}},
		{"apostrophe weekday", fri, "[Jum'at, 15 Agustus 2025 - 13:12 WIB]", []string{"2025-08-15T13:12+07:00"}},
		{"bar before time", fri, "[Senin, 18 November 2024 |21:00 WIB]", []string{"2024-11-18T21:00+07:00"}},
	}},
	{"weekday with numeric date", []dateCase{
		{"full", fri, "Kedua pemimpin bertemu di Vostochny, [Rabu (13/9/2023)].", []string{"2023-09-13"}},
		{"numbers win over weekday", fri, "Ia ditangkap [Selasa (7/8/2025)] malam.", []string{"2025-08-07"}},
		{"with clock time", fri, "Gempa terjadi [Minggu (10/8/2025) pukul 04.21 WIB].", []string{"2025-08-10T04:21+07:00"}},
		{"no year", fri, "Laga digelar [Sabtu (16/8)] malam.", []string{"2025-08-16"}},
		{"part of day before the clock", fri, "Ia ditangkap [Senin (11/8/2025) malam pukul 9]", []string{"2025-08-11T21+07:00"}},
		{"no year across new year", "2026-01-05T09:00:00+07:00", "Banjir sejak [Senin (29/12)].", []string{"2025-12-29"}},
		{"comma before parenthesis", fri, "Ia tiba [Kamis, (14/8/2025)].", []string{"2025-08-14"}},
		{"kemarin inside", "2020-02-18T11:20:00+07:00", "Ia datang [Senin kemarin (17/02/2020)].", []string{"2020-02-17"}},
		{"weekday picks the year", "2024-03-19T10:00:00+07:00", "Ia datang [Senin (12/8)].", []string{"2024-08-12"}},
		{"weekday picks the past year", "2024-03-19T10:00:00+07:00", "Ia datang [Sabtu (12/8)].", []string{"2023-08-12"}},
		{"parenthesized alone", fri, "Jakarta [(14/8)] - Harga naik.", []string{"2025-08-14"}},
		{"two-digit year", fri, "Ia tiba [Kamis (14/8/25)].", []string{"2025-08-14"}},
	}},
	{"bare weekdays", []dateCase{
		{"past", fri, "Delegasi tiba pada [hari Kamis].", []string{"2025-08-14"}},
		{"same day future", fri, "KTT itu akan dilaksanakan di Alaska, [Jumat].", []string{"2025-08-15"}},
		{"future", fri, "Final akan digelar [Minggu].", []string{"2025-08-17"}},
		{"past across year", "2026-01-01T10:00:00+07:00", "Bendungan diresmikan pada [Senin].", []string{"2025-12-29"}},
		{"lalu on the same weekday", fri, "Pasar terbakar [Jumat lalu].", []string{"2025-08-08"}},
		{"last week", fri, "Kontrak diteken [Kamis pekan lalu].", []string{"2025-08-07"}},
		{"next week", fri, "Rapat digelar [Senin pekan depan].", []string{"2025-08-18"}},
		{"mendatang", fri, "Hasil diumumkan [Selasa mendatang].", []string{"2025-08-19"}},
		{"ini", fri, "Laporan diserahkan [Jumat ini].", []string{"2025-08-15"}},
		{"besok", fri, "Gladi digelar [Sabtu besok].", []string{"2025-08-16"}},
		{"kemarin", fri, "Gubernur datang [Selasa kemarin].", []string{"2025-08-12"}},
		{"ahad", fri, "Pawai digelar pada [Ahad].", []string{"2025-08-10"}},
		{"no reference", "", "Ia tiba pada [Kamis].", []string{""}},
	}},
	{"absolute dates", []dateCase{
		{"full month", fri, "Berlaku mulai [15 Agustus 2025].", []string{"2025-08-15"}},
		{"historical", fri, "Dibacakan pada [17 Agustus 1945].", []string{"1945-08-17"}},
		{"abbreviations", fri, "Digelar [4 Feb 2024], [21 Mar 2025] dan [5 Sept 2025].", []string{"2024-02-04", "2025-03-21", "2025-09-05"}},
		{"old spellings", fri, "Surat [3 Nop 2024] dan [12 Pebruari 1998], [10 Nopember 1945], [1 Mrt 2020].", []string{"2024-11-03", "1998-02-12", "1945-11-10", "2020-03-01"}},
		{"agt ags", fri, "Mulai [1 Agt 2025], libur [9 Ags 2025].", []string{"2025-08-01", "2025-08-09"}},
		{"range of full dates", fri, "Berlaku [1 Agt 2025 hingga 9 Ags 2025].", []string{"2025-08-01/2025-08-09"}},
		{"iso date", fri, "Data per [2025-08-15] menunjukkan kenaikan.", []string{"2025-08-15"}},
		{"dashed", fri, "Surat SE-12 tertanggal [15-08-2025].", []string{"2025-08-15"}},
		{"dotted", fri, "Tertanggal [15.08.2025].", []string{"2025-08-15"}},
		{"two-digit year", fri, "Jatuh tempo tgl. [01/09/25].", []string{"2025-09-01"}},
		{"tahun 'yy", fri, "Krisis [tahun '98] terulang.", []string{"1998"}},
		{"two-digit year pivot", fri, "Tertulis [17-8-45].", []string{"1945-08-17"}},
		{"no year nearest", fri, "Pawai menjelang [17 Agustus].", []string{"2025-08-17"}},
		{"no year lalu", fri, "Izin dicabut pada [13 Agustus lalu].", []string{"2025-08-13"}},
		{"no year across new year", "2026-01-05T09:00:00+07:00", "Kapal tenggelam pada [28 Desember].", []string{"2025-12-28"}},
		{"tanggal of next month", fri, "Tarif naik [tanggal 1 bulan depan].", []string{"2025-09-01"}},
		{"with year only, no reference", "", "Berlaku [1 Januari 2026].", []string{"2026-01-01"}},
		{"without year, no reference", "", "Berlaku [1 Januari].", []string{""}},
	}},
	{"months and years", []dateCase{
		{"month lalu", fri, "Harga naik pada [April lalu].", []string{"2025-04"}},
		{"month year", fri, "Inflasi [Juli 2025] tercatat 2,37 persen.", []string{"2025-07"}},
		{"abbreviated month year", fri, "Data per [Des 2024] dan [Des '24].", []string{"2024-12", "2024-12"}},
		{"bulan depan", fri, "Diumumkan [bulan depan].", []string{"2025-09"}},
		{"bulan ini", fri, "Sebanyak 12 kapal bersandar [bulan ini].", []string{"2025-08"}},
		{"bulan April", fri, "Pada [bulan April], Korut mengonfirmasi.", []string{"2025-04"}},
		{"mendatang", fri, "Pelantikan [September mendatang].", []string{"2025-09"}},
		{"bare month", fri, "Dikerjakan pada [Februari] dan kini rampung.", []string{"2025-02"}},
		{"bare month since", fri, "Ia bekerja sejak [Januari].", []string{"2025-01"}},
		{"bare month ahead in January", "2026-01-05T09:00:00+07:00", "Banjir melanda pada [Desember].", []string{"2025-12"}},
		{"bare month with akan", fri, "Proyek akan rampung pada [Februari].", []string{"2026-02"}},
		{"year", fri, "Pertemuan pertama sejak [2021].", []string{"2021"}},
		{"tahun lalu", fri, "Pakta diteken [tahun lalu].", []string{"2024"}},
		{"tahun ini", fri, "Pertumbuhan [tahun ini] 5 persen.", []string{"2025"}},
		{"tahun N lalu", fri, "Pemilu [tahun 2024 lalu] diikuti 18 partai.", []string{"2024"}},
		{"decade", fri, "Dibangun pada [1930-an].", []string{"1930/1939"}},
		{"budget year", fri, "DPR mengesahkan APBN [2026].", []string{"2026"}},
	}},
	{"relative days and offsets", []dateCase{
		{"kemarin", fri, "Ia menyampaikan hal itu di Jakarta, [kemarin].", []string{"2025-08-14"}},
		{"besok lusa", fri, "Digelar [besok] atau [lusa].", []string{"2025-08-16", "2025-08-17"}},
		{"hari ini", fri, "Harga naik [hari ini].", []string{"2025-08-15"}},
		{"days ago", fri, "Ia menelepon [dua hari lalu].", []string{"2025-08-13"}},
		{"yang lalu", fri, "Dibuat [5 hari yang lalu].", []string{"2025-08-10"}},
		{"hours ago", fri, "Diperbarui [3 jam lalu].", []string{"2025-08-15T10+07:00"}},
		{"lagi", fri, "Tinggal [dua hari lagi] dan [tiga bulan lagi].", []string{"2025-08-17", "2025-11"}},
		{"se-", fri, "Ditemukan [sebulan lalu], berdiri [setahun lalu].", []string{"2025-07", "2024"}},
		{"compound number", fri, "Dibangun [dua puluh tahun lalu].", []string{"2005"}},
		{"teen number", fri, "Terjadi [lima belas tahun lalu].", []string{"2010"}},
		{"weeks ago", fri, "Dimulai [dua pekan lalu].", []string{"2025-W31"}},
		{"no reference", "", "Ia datang [kemarin].", []string{""}},
	}},
	{"weeks and parts", []dateCase{
		{"pekan depan", fri, "Dilanjutkan [pekan depan].", []string{"2025-W34"}},
		{"minggu lalu", fri, "Harga melonjak [minggu lalu].", []string{"2025-W32"}},
		{"weekend", fri, "Macet [akhir pekan ini].", []string{"2025-08-16/2025-08-17"}},
		{"start of week", fri, "Naik [awal pekan ini].", []string{"2025-W33"}},
		{"end of month", fri, "Diumumkan [akhir bulan ini].", []string{"2025-08"}},
		{"start of year", fri, "Beroperasi [awal 2026].", []string{"2026"}},
		{"middle of month", fri, "Panen [pertengahan Agustus].", []string{"2025-08"}},
		{"medio", fri, "Dimulai [medio Juli].", []string{"2025-07"}},
		{"end of year", fri, "Selesai [akhir tahun].", []string{"2025"}},
		{"end of last month name", fri, "Memanas sejak [akhir Juli lalu].", []string{"2025-07"}},
		{"middle of next year", fri, "Berfungsi [pertengahan tahun depan].", []string{"2026"}},
	}},
	{"periods", []dateCase{
		{"roman quarter", fri, "Tumbuh 5,12 persen pada [Kuartal II 2025].", []string{"2025-Q2"}},
		{"triwulan", fri, "Membaik pada [triwulan III 2025].", []string{"2025-Q3"}},
		{"Q", fri, "Penjualan [Q2 2025] melambat.", []string{"2025-Q2"}},
		{"semester", fri, "Pendapatan [semester I 2025] naik.", []string{"2025-01/2025-06"}},
		{"semester slash", fri, "Laba [semester I/2025] naik.", []string{"2025-01/2025-06"}},
		{"semester no year", fri, "Realisasi [semester I] melampaui target.", []string{"2025-01/2025-06"}},
		{"ordinal quarter", fri, "Pulih pada [kuartal ketiga].", []string{"2025-Q3"}},
		{"quarter of last year", fri, "Surplus pada [triwulan I tahun lalu].", []string{"2024-Q1"}},
		{"half", fri, "Laba [paruh kedua] diperkirakan naik.", []string{"2025-07/2025-12"}},
		{"H1", fri, "Laba [H1 2025] naik.", []string{"2025-01/2025-06"}},
		{"TW", fri, "Realisasi [TW II 2025] naik.", []string{"2025-Q2"}},
	}},
	{"ranges", []dateCase{
		{"days", fri, "Pameran digelar [1-3 Agustus] di JIExpo.", []string{"2025-08-01/2025-08-03"}},
		{"antara dan", fri, "Pameran digelar antara [1 dan 3 Agustus].", []string{"2025-08-01/2025-08-03"}},
		{"months antara dan", fri, "Data antara [Januari dan Maret 2025] naik.", []string{"2025-01/2025-03"}},
		{"days hingga", fri, "Pameran digelar [1 hingga 3 Agustus].", []string{"2025-08-01/2025-08-03"}},
		{"months", fri, "Ekspor periode [Januari-Juni 2025] naik.", []string{"2025-01/2025-06"}},
		{"years", fri, "Periode [2020-2024] tercatat 3,8 persen.", []string{"2020/2024"}},
		{"en dash", fri, "Konferensi [20–22 Agustus 2025] di Nusa Dua.", []string{"2025-08-20/2025-08-22"}},
		{"season", fri, "Juara Liga 1 musim [2025/2026].", []string{"2025/2026"}},
		{"clock times", fri, "Pemadaman [pukul 08.00-12.00 WIB].", []string{"2025-08-15T08:00+07:00/2025-08-15T12:00+07:00"}},
		{"weekdays and days in parentheses", fri, "Pameran digelar [Senin-Rabu (11-13/8/2025)].", []string{"2025-08-11/2025-08-13"}},
		{"days in parentheses", fri, "Pameran digelar [(11-13/8)].", []string{"2025-08-11/2025-08-13"}},
		{"across months", fri, "Digelar [30 Juli - 2 Agustus 2025].", []string{"2025-07-30/2025-08-02"}},
	}},
	{"clock times", []dateCase{
		{"WITA", fri, "Pesawat mendarat [pukul 14.30 WITA].", []string{"2025-08-15T14:30+08:00"}},
		{"WIT", fri, "Gempa mengguncang Jayapura [pukul 09.15 WIT].", []string{"2025-08-15T09:15+09:00"}},
		{"pagi", fri, "Warga antre sejak [pukul 7 pagi].", []string{"2025-08-15T07+07:00"}},
		{"siang", fri, "Hujan turun [pukul 2 siang].", []string{"2025-08-15T14+07:00"}},
		{"nanti malam", fri, "Disiarkan [nanti malam pukul 20.00 WIB].", []string{"2025-08-15T20:00+07:00"}},
		{"colon", fri, "Diperbarui [pukul 13:12 WIB].", []string{"2025-08-15T13:12+07:00"}},
		{"later in past narrative", fri, "Kebakaran terjadi [pukul 22.00 WIB].", []string{"2025-08-14T22:00+07:00"}},
		{"later but scheduled", fri, "Kapal dijadwalkan berangkat [pukul 21.45 WITA].", []string{"2025-08-15T21:45+08:00"}},
		{"after a date", fri, "Ia ditangkap [Senin (11/8/2025) sekitar pukul 21.00 WIB].", []string{"2025-08-11T21:00+07:00"}},
		{"on the day named before", fri, "Ia ditangkap [Senin (11/8/2025)] di rumahnya [pukul 21.00 WIB].", []string{"2025-08-11", "2025-08-11T21:00+07:00"}},
		{"day word after", fri, "Pengumuman [pukul 10.00 WIB besok].", []string{"2025-08-16T10:00+07:00"}},
		{"tadi malam after", fri, "Hujan turun [pukul 8 tadi malam].", []string{"2025-08-14T20+07:00"}},
		{"date after", fri, "Rapat digelar [pukul 10.00 WIB], [Senin (11/8/2025)].", []string{"2025-08-11T10:00+07:00", "2025-08-11"}},
		{"local time", fri, "Ledakan terjadi [pukul 16.30 waktu setempat].", []string{"2025-08-15T16:30"}},
	}},
	{"parts of day", []dateCase{
		{"dini hari tadi", fri, "Gempa terjadi [dini hari tadi].", []string{"2025-08-15"}},
		{"tadi malam", fri, "Hujan deras [tadi malam].", []string{"2025-08-14"}},
		{"semalam", fri, "Bekerja hingga larut [semalam].", []string{"2025-08-14"}},
		{"nanti malam", fri, "Disiarkan [nanti malam].", []string{"2025-08-15"}},
		{"pagi tadi", fri, "Ia tiba [pagi tadi].", []string{"2025-08-15"}},
		{"sore nanti", fri, "Hasil diumumkan [sore nanti].", []string{"2025-08-15"}},
	}},
	{"durations", []dateCase{
		{"more than", fri, "Perang berlangsung [lebih dari tiga tahun].", []string{"P3Y"}},
		{"last weeks", fri, "Harga naik dua kali lipat dalam [dua pekan terakhir].", []string{"P2W"}},
		{"tens of years", fri, "Berlangsung [puluhan tahun].", []string{"PXY"}},
		{"hours", fri, "Posko dibuka [24 jam].", []string{"PT24H"}},
		{"se-", fri, "Berjalan selama [setahun], lalu [sepekan].", []string{"P1Y", "P1W"}},
		{"and a half", fri, "Butuh [satu setengah tahun].", []string{"P18M"}},
		{"minutes", fri, "Laga berlangsung [90 menit].", []string{"PT90M"}},
		{"decimal half", fri, "Rapat berlangsung [1,5 jam].", []string{"PT90M"}},
		{"bertahun-tahun", fri, "Konflik [bertahun-tahun].", []string{"PXY"}},
	}},
	{"event-anchored", []dateCase{
		{"sebelumnya", fri, "Diteken [Senin (4/8/2025)]; [tiga hari sebelumnya] delegasi bertemu.", []string{"2025-08-04", "2025-08-01"}},
		{"keesokan harinya", fri, "Ditangkap [Rabu (6/8/2025)] dan [keesokan harinya] ditahan.", []string{"2025-08-06", "2025-08-07"}},
		{"hari yang sama", fri, "Banjir [Minggu (10/8/2025)]. Pada [hari yang sama], longsor terjadi.", []string{"2025-08-10", "2025-08-10"}},
		{"kemudian", fri, "Dirawat sejak [1 Agustus] dan [seminggu kemudian] sembuh.", []string{"2025-08-01", "2025-08-08"}},
		{"setelah itu", fri, "Ia tiba [Senin (4/8/2025)], [dua hari setelah itu] pulang.", []string{"2025-08-04", "2025-08-06"}},
	}},
	{"holidays", []dateCase{
		{"HUT RI", fri, "Menyambut [HUT RI ke-80].", []string{"2025-08-17"}},
		{"HUT Kemerdekaan", fri, "Menyambut [HUT ke-80 Kemerdekaan RI].", []string{"2025-08-17"}},
		{"Lebaran", fri, "Pemudik [Lebaran tahun ini] turun.", []string{"2025-03-31"}},
		{"Lebaran last year", fri, "Pemudik [Lebaran tahun lalu] naik.", []string{"2024-04-10"}},
		{"Tahun Baru", fri, "Jelang [Natal] dan [Tahun Baru].", []string{"2025-12-25", "2026-01-01"}},
		{"Idul Adha Hijri", fri, "Menjelang [Idul Adha 1446 H].", []string{"2025-06-06"}},
		{"Ramadan", fri, "Selama [Ramadan 1446 H].", []string{"2025-03-01/2025-03-30"}},
		{"Hari Pahlawan", fri, "Dianugerahkan pada [Hari Pahlawan].", []string{"2025-11-10"}},
		{"Nyepi", fri, "Bandara ditutup saat [Nyepi tahun ini].", []string{"2025-03-29"}},
		{"Tahun Baru Islam", fri, "[Tahun Baru Islam 1447 H] diperingati.", []string{"2025-06-27"}},
		{"1 Muharram", fri, "Pawai [1 Muharram 1447 H] digelar.", []string{"2025-06-27"}},
		{"Maulid", fri, "Peringatan [Maulid Nabi tahun ini].", []string{"2025-09-05"}},
		{"Jumat Agung", fri, "Libur [Jumat Agung 2025].", []string{"2025-04-18"}},
		{"Idul Fitri lalu", "2015-07-22T10:00:00+07:00", "Tragedi pada [Hari Raya Idul Fitri lalu].", []string{"2015-07-17"}},
		{"beyond the table", "2009-08-20T10:00:00+07:00", "Jelang [Lebaran], harga naik.", []string{""}},
		{"Natal lalu", fri, "Harga naik sejak [Natal lalu].", []string{"2024-12-25"}},
		{"New Year's Eve", fri, "Pesta [malam Tahun Baru 2026] digelar.", []string{"2025-12-31"}},
		{"Hijri year without H", fri, "Pawai [Tahun Baru Islam 1447] digelar.", []string{"2025-06-27"}},
		{"Hari Raya Kurban", fri, "Libur [Hari Raya Kurban tahun lalu].", []string{"2024-06-17"}},
		{"Mandailing Natal", fri, "Banjir di Kabupaten Mandailing Natal.", nil},
	}},
	{"not dates", []dateCase{
		{"regulation number", fri, "Diatur dalam Perpres Nomor 15/2025.", nil},
		{"law citation", fri, "Diatur dalam UU Nomor 1 Tahun 2025.", nil},
		{"version", fri, "Perbarui aplikasi ke versi 4.12.", nil},
		{"thousands", fri, "Lebih dari 10.000 tentara dan Rp15.000 per orang.", nil},
		{"count like a year", fri, "Sebanyak 2.025 peserta ikut.", nil},
		{"count without separator", fri, "Sebanyak 2025 peserta ikut, dan 1999 warga menonton.", nil},
		{"fraction", fri, "Stadion diisi 3/4 kapasitas.", nil},
		{"aircraft model", fri, "Boeing 737-800 itu tergelincir.", nil},
		{"score", fri, "Persib menang 2-1 atas Persija.", nil},
		{"memukul", fri, "Pasukan berhasil memukul mundur lawan.", nil},
		{"age", fri, "Korban diketahui berusia 45 tahun.", nil},
		{"age of a man", fri, "Seorang pria 52 tahun ditangkap.", nil},
		{"age of a mother", fri, "Seorang ibu 35 tahun melapor.", nil},
		{"constitution", fri, "Pasal 33 UUD 1945 mengatur kekayaan alam.", nil},
		{"constitution long name", fri, "Sesuai UUD Negara Republik Indonesia Tahun 1945 dan UUD NRI 1945.", nil},
		{"shirt number", fri, "Pemain bernomor punggung 17 mencetak gol.", nil},
		{"neighbourhood", fri, "Warga RT 05/RW 12 bergotong royong.", nil},
		{"Jam Gadang", fri, "Wisatawan memadati Jam Gadang.", nil},
		{"decimal", fri, "Sebanyak 1,5 juta pemudik melintas.", nil},
		{"article number", fri, "Pasal 15 ayat 2 mengatur sanksi.", nil},
		{"Mei in a name", fri, "Penyanyi Mei Lestari tampil memukau.", nil},
		{"KM marker", fri, "Kecelakaan terjadi di Tol Cipularang KM 92.", nil},
		{"money", fri, "Anggaran mencapai Rp2024 miliar.", nil},
	}},
}

// markedSpans removes the [brackets] from s and returns the text and the
// byte spans they marked.
func markedSpans(s string) (string, [][2]int) {
	var b strings.Builder
	var spans [][2]int
	start := -1
	for _, r := range s {
		switch r {
		case '[':
			start = b.Len()
		case ']':
			spans = append(spans, [2]int{start, b.Len()})
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans
}

func parseRef(t testing.TB, s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	ref, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

func TestDates(t *testing.T) {
	for _, cat := range dateCategories {
		t.Run(cat.category, func(t *testing.T) {
			for _, c := range cat.cases {
				t.Run(c.name, func(t *testing.T) {
					text, spans := markedSpans(c.in)
					a := &Article{Paragraphs: []Paragraph{{Text: text}}}
					findDates(a, parseRef(t, c.ref))
					if len(a.Dates) != len(spans) {
						t.Fatalf("%q: found %d dates %v, want %d", text, len(a.Dates), dateTexts(a.Dates), len(spans))
					}
					for k, d := range a.Dates {
						want := text[spans[k][0]:spans[k][1]]
						if err := checkSpan(a, d.At, d.Text); err != nil {
							t.Error(err)
						}
						if d.Text != want || d.At.Start != spans[k][0] || d.At.End != spans[k][1] {
							t.Errorf("date %d: %q at [%d,%d), want %q at [%d,%d)", k, d.Text, d.At.Start, d.At.End, want, spans[k][0], spans[k][1])
						}
						if d.Value != c.want[k] {
							t.Errorf("%q = %q, want %q", d.Text, d.Value, c.want[k])
						}
						checkInstants(t, d)
					}
				})
			}
		})
	}
}

// checkInstants checks that Start and End bound a resolved calendar value
// and are zero otherwise.
func checkInstants(t *testing.T, d Date) {
	t.Helper()
	calendar := d.Value != "" && d.Granularity != Duration
	if calendar != (!d.Start.IsZero() && d.End.After(d.Start)) {
		t.Errorf("%q = %q (%s): start %v, end %v", d.Text, d.Value, d.Granularity, d.Start, d.End)
	}
}

func dateTexts(ds []Date) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Text+"="+d.Value)
	}
	return out
}

func TestDateInstants(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{{Text: "Rapat digelar 15 Agustus 2025, Kuartal II 2025 dan pukul 14.30 WITA."}}}
	findDates(a, parseRef(t, fri))
	want := []struct{ start, end string }{
		{"2025-08-15T00:00:00+07:00", "2025-08-16T00:00:00+07:00"},
		{"2025-04-01T00:00:00+07:00", "2025-07-01T00:00:00+07:00"},
		{"2025-08-15T14:30:00+08:00", "2025-08-15T14:31:00+08:00"},
	}
	if len(a.Dates) != len(want) {
		t.Fatalf("found %v", dateTexts(a.Dates))
	}
	for k, w := range want {
		d := a.Dates[k]
		if got := d.Start.Format(time.RFC3339); got != w.start {
			t.Errorf("%q start %s, want %s", d.Text, got, w.start)
		}
		if got := d.End.Format(time.RFC3339); got != w.end {
			t.Errorf("%q end %s, want %s", d.Text, got, w.end)
		}
	}
}

// TestDatesAllFields checks that the title and captions are scanned and
// that spans name their field.
func TestDatesAllFields(t *testing.T) {
	a := &Article{
		Title:      "Banjir Melanda Bekasi Kemarin",
		Images:     []Image{{Caption: "Warga mengungsi, Kamis (14/8/2025)."}},
		Paragraphs: []Paragraph{{Text: "Hujan turun sejak pukul 04.00 WIB."}},
	}
	findDates(a, parseRef(t, fri))
	want := []Span{
		{FieldTitle, 0, 22, 29},
		{FieldCaption, 0, 17, 34},
		{FieldParagraph, 0, 18, 33},
	}
	if len(a.Dates) != len(want) {
		t.Fatalf("found %v", dateTexts(a.Dates))
	}
	for k, d := range a.Dates {
		if d.At != want[k] {
			t.Errorf("%q at %+v, want %+v", d.Text, d.At, want[k])
		}
	}
}

// TestDateCasesFile runs the shared case table, when it is next to the
// repository, and reports the share resolved; the bar is checked by
// ../shared/tools/datescore.
func TestDateCasesFile(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "shared", "dates", "cases.tsv"))
	if err != nil {
		t.Skip("../shared/dates/cases.tsv not present: shared case table not checked")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	var n, good int
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 6 {
			continue
		}
		sentence, expr, ref, want, gran := col[1], col[2], col[3], col[4], col[5]
		es := strings.Index(sentence, expr)
		if es < 0 {
			continue
		}
		a := &Article{Paragraphs: []Paragraph{{Text: sentence}}}
		findDates(a, parseRef(t, ref))
		var hit *Date
		for k := range a.Dates {
			d := &a.Dates[k]
			if d.At.Start < es+len(expr) && d.At.End > es && (hit == nil || d.Value == want) {
				hit = d
			}
		}
		n++
		ok := hit == nil
		if gran != "none" {
			ok = hit != nil && (want == "" || hit.Value == want)
		}
		if ok {
			good++
		} else {
			got := "nothing"
			if hit != nil {
				got = hit.Text + "=" + hit.Value
			}
			t.Logf("%s %q: want %q, got %s", col[0], expr, want, got)
		}
	}
	t.Logf("%d of %d cases right", good, n)
	if n > 0 && float64(good) < 0.95*float64(n) {
		t.Errorf("only %d of %d shared cases right, below 0.95", good, n)
	}
}

func FuzzDates(f *testing.F) {
	for _, cat := range dateCategories {
		for _, c := range cat.cases {
			text, _ := markedSpans(c.in)
			f.Add(text)
		}
	}
	f.Add("pukul 24:00 WIB (31/2/2025) 2025-02-30T25:61 Q9 kuartal V 29 Februari 2023 HUT RI ke-99999999999")
	f.Add("Jumat Jumat Jumat (((( 1/1/1/1/1 ---- 12.12.12.12 '99 '")
	ref := parseRef(f, fri)
	f.Fuzz(func(t *testing.T, text string) {
		// Parse hands the stages valid UTF-8 (see normalize)
		text = strings.ToValidUTF8(text, "\uFFFD")
		for _, r := range []time.Time{ref, {}} {
			a := &Article{Title: text, Paragraphs: []Paragraph{{Text: text}}}
			findDates(a, r)
			for _, d := range a.Dates {
				if err := checkSpan(a, d.At, d.Text); err != nil {
					t.Fatal(err)
				}
				if d.End.Before(d.Start) {
					t.Fatalf("%q: end %v before start %v", d.Text, d.End, d.Start)
				}
			}
		}
	})
}

// BenchmarkDates measures date extraction alone on the paragraphs of the
// test articles (and the shared corpus when present).
func BenchmarkDates(b *testing.B) {
	text, _ := benchInputs(b)
	var arts []*Article
	var n int64
	for _, in := range text {
		a := parseText(normalize(in.data), true)
		arts = append(arts, a)
		for _, p := range a.Paragraphs {
			n += int64(len(p.Text))
		}
	}
	ref := parseRef(b, fri)
	cpuLoop(b, n, func() {
		for _, a := range arts {
			findDates(a, ref)
		}
	})
}

// TestASCIIWord checks asciiWord, which reads eight bytes at a time,
// against a loop over the letters: the same end, and the same code for a
// word short enough to have one.
func TestASCIIWord(t *testing.T) {
	texts := []string{
		"a", "abcdefgh", "abcdefghi", "Abcdefghijkl", "abcdefghijklm", "abcdefghijklmnopqrstuvwxyz!",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ0", "aZ@[`{z", "abcdefgh é", "xyzXYZa\x80bc", "Jum'at, 15 Agustus 2025 pukul 10.00 WIB",
	}
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if !isASCIILetter(s[i]) {
				continue
			}
			end, code := i, uint64(0)
			for end < len(s) && isASCIILetter(s[end]) {
				code = code<<5 | letterCode(s[end])
				end++
			}
			gotEnd, gotCode := asciiWord(s, i)
			if gotEnd != end || end-i <= maxCodeLetters && gotCode != code {
				t.Errorf("asciiWord(%q, %d) = %d, %#x; want %d, %#x", s, i, gotEnd, gotCode, end, code)
			}
		}
	}
}

// TestAppendClockValue checks appendValue's clock times, which it writes
// digit by digit, against t.Format with the layouts it stands for, in
// zones with offsets of whole hours, of minutes, of seconds, negative
// ones, ones of 100 hours or more, and years outside 0 to 9999.
func TestAppendClockValue(t *testing.T) {
	zones := []*time.Location{
		time.UTC, zoneWIB, zoneWITA, time.FixedZone("", 5*3600+45*60), time.FixedZone("", -9*3600-30*60),
		time.FixedZone("", -1), time.FixedZone("", -61), time.FixedZone("", 123*3600+7), time.FixedZone("", -101*3600),
	}
	layouts := map[Granularity]string{Hour: "2006-01-02T15", Minute: "2006-01-02T15:04", Second: "2006-01-02T15:04:05"}
	for _, loc := range zones {
		for _, y := range []int{-12, 7, 1999, 2025, 9999, 10000} {
			tm := time.Date(y, time.August, 5, 9, 7, 3, 0, loc)
			for g, layout := range layouts {
				for _, noZone := range []bool{false, true} {
					want := tm.Format(layout + "-07:00")
					if noZone {
						want = tm.Format(layout)
					}
					if got := string(appendValue(nil, tm, g, noZone)); got != want {
						t.Errorf("appendValue(%v, %v, %v) = %q, want %q", tm, g, noZone, got, want)
					}
				}
			}
		}
	}
}

// TestContextWords checks that sc.isIn, which looks a word up by its
// code, answers as sc.is over the same list, for words of each kind:
// upper case, too long for a code, with letters outside ASCII (the Kelvin
// sign folds to k), with an apostrophe, and numbers and punctuation.
func TestContextWords(t *testing.T) {
	sets := map[string]*contextWords{
		"futureWords": futureWords(), "pastWords": pastWords(), "idWords": idWords(),
		"countNouns": countNouns(), "monthWords": monthWords(), "ageWords": ageWords(),
	}
	texts := []string{
		"Ia AKAN datang, kata Budi; dijadwalkannya DIJADWALKANNYA bulan-bulan Bulan pada 2025 orang",
		"\u212aM 5, \u212ailometer 7, ſudah, Jum'at, UU Nomor 1 Tahun 2025, berusia 45 tahun, Pasal 3",
		"mahasiswi pemudi nopol perwali menjelaskan sepanjang 17 Agustus 1945 (2)",
	}
	for _, text := range texts {
		sc := newDateScanner(time.Time{})
		sc.text = text
		sc.toks, sc.opens = tokenize(nil, nil, text, 0, len(text))
		for name, set := range sets {
			for k := -1; k <= len(sc.toks); k++ {
				if got, want := sc.isIn(k, set), sc.is(k, set.words...); got != want {
					t.Errorf("%s: token %d of %q: isIn = %v, is = %v", name, k, text, got, want)
				}
			}
		}
	}
}

// TestTokenizeLexicon checks that tokenize finds each word of the date
// lexicon, in lower, upper and title case, as lookupWord finds it, whether
// the tokenizer reads it by its bytes (a word ending within the eight
// bytes at its start, or at the end of the text), by its wordCode (a
// longer word whose first eight letters have a bit in longBits) or
// through the map; and that it finds nothing in words that only share a
// start or an end with one.
func TestTokenizeLexicon(t *testing.T) {
	lex := dateLexicon()
	var words []string
	for w := range lex.words {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"x", "x"+w, w[:len(w)-1])
	}
	for _, w := range words {
		// the word alone ends the text; before a long word it does not
		for _, text := range []string{w, w + " sebelumnya", "(" + w + ")", "jam " + w} {
			toks, _ := tokenize(nil, nil, text, 0, len(text))
			for _, tk := range toks {
				if tk.kind != tokWord {
					continue
				}
				word := text[tk.start:tk.end]
				if want := lookupWord(lex, word); tk.lx != want {
					t.Errorf("tokenize(%q): %q has %+v, lookupWord %+v", text, word, tk.lx, want)
				}
			}
		}
	}
}

// TestRuleWords checks that no rune of the words the rules compare tokens
// with folds to a shorter one (as the Kelvin sign folds to k), which sc.is
// counts on to pass over most of them with no call of strings.EqualFold:
// the string literals of the sc.is calls in dates.go, and the lists the
// rules hand it.
func TestRuleWords(t *testing.T) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "dates.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "is" {
			return true
		}
		for _, arg := range call.Args[1:] {
			if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				words = append(words, w)
			}
		}
		return true
	})
	if len(words) < 100 {
		t.Fatalf("found %d words in the sc.is calls of dates.go", len(words))
	}
	words = append(words, partsOfDay...)
	words = append(words, berUnits...)
	for _, set := range []*contextWords{futureWords(), pastWords(), idWords(), countNouns(), monthWords(), ageWords()} {
		words = append(words, set.words...)
	}
	for _, h := range holidays {
		words = append(words, h.words...)
	}
	for _, a := range anniversaries {
		words = append(words, a.org)
	}
	for _, w := range words {
		for _, r := range w {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if utf8.RuneLen(f) < utf8.RuneLen(r) {
					t.Errorf("%q: %q folds to the shorter %q", w, r, f)
				}
			}
		}
	}
}

// TestIs checks sc.is against strings.EqualFold over each word it is
// given, for words that fold to ASCII ones from outside it (the Kelvin
// sign to k, the long s to s), in either case, and shorter and longer.
func TestIs(t *testing.T) {
	text := "Kemarin kemarin KEMARIN kemari kemarinnya \u212aemarin ſudah SUDAH sudah' Jum'at Jumat jum Mi’raj mi'raj (15) ke-5 é"
	ws := [][]string{
		{"kemarin"}, {"kemari", "kemarin"}, {"sudah"}, {"telah", "sudah"}, {"jumat", "jum'at"},
		{"jum"}, {"mi’raj"}, {"ke"}, {"k"}, {"é"}, {"15"}, {""},
	}
	sc := newDateScanner(time.Time{})
	sc.text = text
	sc.toks, sc.opens = tokenize(nil, nil, text, 0, len(text))
	for k := -1; k <= len(sc.toks); k++ {
		for _, w := range ws {
			want := false
			if sc.ok(k) && sc.tok(k).kind == tokWord {
				for _, x := range w {
					want = want || strings.EqualFold(sc.word(k), x)
				}
			}
			if got := sc.is(k, w...); got != want {
				t.Errorf("token %d of %q, is(%q) = %v, want %v", k, text, w, got, want)
			}
		}
	}
}

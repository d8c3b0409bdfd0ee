package berita

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// In the inputs of these tests ⟦ and ⟧ mark where each expected quote's
// text starts and ends; they are removed before parsing. Paragraphs are
// separated by "\n". The expected quotes are listed in order, and each
// one's span is the next pair of markers.
const (
	markOpen  = "⟦"
	markClose = "⟧"
)

// stripMarks removes the markers from one paragraph and returns the
// paragraph and the [start, end) byte offsets they marked.
func stripMarks(t *testing.T, s string) (string, [][2]int) {
	t.Helper()
	var b strings.Builder
	var spans [][2]int
	start := -1
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, markOpen):
			start = b.Len()
			s = s[len(markOpen):]
		case strings.HasPrefix(s, markClose):
			if start < 0 {
				t.Fatalf("closing marker without an opening one")
			}
			spans = append(spans, [2]int{start, b.Len()})
			start = -1
			s = s[len(markClose):]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	return b.String(), spans
}

// testEntity is an entity of a test article; its mentions are every
// occurrence of its forms in the paragraphs.
type testEntity struct {
	name  string
	typ   EntityType
	forms []string // surface forms besides the name
}

// buildArticle makes an Article from marked paragraphs and entities, and
// returns the marked spans in order.
func buildArticle(t *testing.T, title string, paras []string, ents []testEntity) (*Article, []Span) {
	t.Helper()
	a := &Article{Title: title}
	var spans []Span
	for i, p := range paras {
		text, ss := stripMarks(t, p)
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: text})
		for _, s := range ss {
			spans = append(spans, Span{Field: FieldParagraph, Index: i, Start: s[0], End: s[1]})
		}
	}
	for _, te := range ents {
		e := Entity{Name: te.name, Type: te.typ, Aliases: te.forms}
		for _, form := range append([]string{te.name}, te.forms...) {
			for i, p := range a.Paragraphs {
				for off := 0; ; {
					j := strings.Index(p.Text[off:], form)
					if j < 0 {
						break
					}
					s := off + j
					e.Mentions = append(e.Mentions, Mention{Text: form, At: Span{Field: FieldParagraph, Index: i, Start: s, End: s + len(form)}})
					off = s + len(form)
				}
			}
		}
		a.Entities = append(a.Entities, e)
	}
	return a, spans
}

// wantQuote is an expected quote without its span, which comes from the
// markers.
type wantQuote struct {
	speaker, cue string
	kind         QuoteKind
}

var (
	putin   = testEntity{"Vladimir Putin", Person, []string{"Putin"}}
	kim     = testEntity{"Kim Jong Un", Person, []string{"Kim"}}
	volodin = testEntity{"Vyacheslav Volodin", Person, []string{"Volodin"}}
	kcna    = testEntity{"KCNA", Organization, nil}
	duma    = testEntity{"Duma", Organization, nil}
	rusia   = testEntity{"Rusia", Location, nil}
	korut   = testEntity{"Korea Utara", Location, []string{"Korut"}}
	badrod  = testEntity{"Badrodin Haiti", Person, []string{"Badrodin"}}
	polri   = testEntity{"Polri", Organization, nil}
	shin    = testEntity{"Shin Tae-yong", Person, []string{"Shin"}}
	timnasK = testEntity{"Korea Selatan", Location, nil}
	sri     = testEntity{"Sri Mulyani", Person, nil}
	bhima   = testEntity{"Bhima Yudhistira", Person, nil}
)

// quoteCase is one table case: a title and paragraphs with marked
// quotes, the entities of the article, and the quotes wanted in order.
type quoteCase struct {
	name  string
	title string
	paras []string
	ents  []testEntity
	want  []wantQuote
}

func TestFindQuotes(t *testing.T) {
	tests := []quoteCase{{
		name:  "cue after the quote",
		paras: []string{`"⟦Ikatan persahabatan kita tetap kokoh,⟧" kata Putin.`},
		ents:  []testEntity{putin},
		want:  []wantQuote{{"Vladimir Putin", "kata", Direct}},
	}, {
		name:  "a quote split by its cue",
		paras: []string{`"⟦Kami siap,⟧" kata Putin, "⟦untuk bekerja sama.⟧"`},
		ents:  []testEntity{putin},
		want:  []wantQuote{{"Vladimir Putin", "kata", Direct}, {"Vladimir Putin", "kata", Direct}},
	}, {
		name: "English cues",
		paras: []string{
			`"⟦We are ready to mediate,⟧" said Joko Widodo.`,
			`"⟦Many people think we have a problem,⟧" he said.`,
			`Widodo said: "⟦We must manage the peatlands.⟧"`,
		},
		ents: []testEntity{{"Joko Widodo", Person, []string{"Widodo"}}},
		want: []wantQuote{{"Joko Widodo", "said", Direct}, {"Joko Widodo", "said", Direct}, {"Joko Widodo", "said", Direct}},
	}, {
		name: "each bare cue after the quote",
		paras: []string{
			`"⟦Kami siap,⟧" ujar Putin.`, `"⟦Kami siap,⟧" ucap Putin.`, `"⟦Kami siap,⟧" tutur Putin.`,
			`"⟦Kami siap,⟧" ungkap Putin.`, `"⟦Kami siap,⟧" jelas Putin.`, `"⟦Kami siap,⟧" tegas Putin.`,
			`"⟦Kami siap,⟧" papar Putin.`, `"⟦Kami siap,⟧" imbuh Putin.`,
		},
		ents: []testEntity{putin},
		want: []wantQuote{
			{"Vladimir Putin", "ujar", Direct}, {"Vladimir Putin", "ucap", Direct}, {"Vladimir Putin", "tutur", Direct},
			{"Vladimir Putin", "ungkap", Direct}, {"Vladimir Putin", "jelas", Direct}, {"Vladimir Putin", "tegas", Direct},
			{"Vladimir Putin", "papar", Direct}, {"Vladimir Putin", "imbuh", Direct},
		},
	}, {
		name: "-nya points back to the last speaker",
		paras: []string{
			`"⟦Hubungan kami kokoh,⟧" kata Putin.`,
			`"⟦Ini dibuktikan tentara DPRK,⟧" tambahnya menyebut nama resmi Korut.`,
			`Kim Jong Un mengatakan bahwa ia senang. "⟦Kami berterima kasih,⟧" katanya.`,
			`"⟦Kami akan datang,⟧" bebernya.`,
		},
		ents: []testEntity{putin, kim, korut},
		want: []wantQuote{
			{"Vladimir Putin", "kata", Direct},
			{"Vladimir Putin", "tambahnya", Direct},
			{"Kim Jong Un", "katanya", Direct},
			{"Kim Jong Un", "bebernya", Direct},
		},
	}, {
		name: "a name after a noun or in a list is no subject: the quoted speaker stays",
		paras: []string{
			`"⟦Kami tidak jadi menerbitkan utang,⟧" ujar Thoriq.`,
			`Di mana, toko Celine dan Claudia memiliki nilai yang berbeda. Gerai ACC, Celine dan Claudia kini berjumlah 33.`,
			`"⟦Kami rencanakan penambahan pinjaman,⟧" ujarnya.`,
		},
		ents: []testEntity{{"Thoriq", Person, nil}, {"Celine", Person, nil}},
		want: []wantQuote{{"Thoriq", "ujar", Direct}, {"Thoriq", "ujarnya", Direct}},
	}, {
		name: "a later subject between two quotes takes -nya from a quoted speaker",
		paras: []string{
			`"⟦Sudah ada, nanti diumumkan,⟧" ujar Agus di Gedung KPK.`,
			`Wakil Ketua KPK Alexander Marwata juga hadir. "⟦Kalau tidak salah ada empat,⟧" seloroh Alex di Gedung KPK.`,
			`Meski demikian, Alex masih enggan membuka identitas para tersangka.`,
			`"⟦Saatnya nanti pasti kita umumkan,⟧" ujarnya.`,
			`Agus lalu meninggalkan ruangan. "⟦Itu saja,⟧" ungkapnya.`,
		},
		ents: []testEntity{
			{"Agus Rahardjo", Person, []string{"Agus"}},
			{"Alexander Marwata", Person, []string{"Alex"}},
			{"KPK", Organization, nil},
		},
		want: []wantQuote{
			{"Agus Rahardjo", "ujar", Direct},
			{"Alexander Marwata", "seloroh", Direct},
			{"Alexander Marwata", "ujarnya", Direct},
			{"Agus Rahardjo", "ungkapnya", Direct},
		},
	}, {
		name: "a subject that only stands in a cue-less paragraph before the quote",
		paras: []string{
			`"⟦Kami siap,⟧" kata Putin.`,
			`Kim Jong Un tersenyum mendengar jawaban itu.`,
			`"⟦Kami juga siap,⟧" katanya.`,
			`"⟦Kapan saja,⟧" tambahnya.`,
		},
		ents: []testEntity{putin, kim},
		want: []wantQuote{
			{"Vladimir Putin", "kata", Direct},
			{"Kim Jong Un", "katanya", Direct},
			{"Kim Jong Un", "tambahnya", Direct},
		},
	}, {
		name: "a person after a preposition does not take -nya",
		paras: []string{
			`"⟦Kami siap,⟧" kata Putin.`,
			`Surat itu dikirim kepada Kim Jong Un pekan lalu.`,
			`"⟦Kami menunggu jawaban,⟧" katanya.`,
		},
		ents: []testEntity{putin, kim},
		want: []wantQuote{{"Vladimir Putin", "kata", Direct}, {"Vladimir Putin", "katanya", Direct}},
	}, {
		name: "the last name of a list is no subject",
		paras: []string{
			`"⟦Kami siap,⟧" kata Putin.`,
			`Pasukan Rusia, Korut dan Kim Jong Un berlatih bersama.`,
			`"⟦Latihan berjalan baik,⟧" katanya.`,
		},
		ents: []testEntity{putin, kim, rusia, korut},
		want: []wantQuote{{"Vladimir Putin", "kata", Direct}, {"Vladimir Putin", "katanya", Direct}},
	}, {
		name: "a later subject that is a short form of the speaker keeps the full name",
		paras: []string{
			`"⟦Kami siap,⟧" kata Presiden Rusia Vladimir Putin.`,
			`Di sisi lain, Vladimir melihat peluang kerja sama.`,
			`"⟦Peluangnya besar,⟧" katanya.`,
		},
		ents: []testEntity{putin, {"Vladimir", Person, nil}},
		want: []wantQuote{{"Vladimir Putin", "kata", Direct}, {"Vladimir Putin", "katanya", Direct}},
	}, {
		name: "names in a list are not a sentence's subject",
		paras: []string{
			`Boy menjelaskan, dua tersangka ditangkap di Surabaya.`,
			`Sedangkan tersangka lain di Jakarta A alias IK, AI alias MR. "⟦Mereka terlibat perdagangan senjata,⟧" ujarnya.`,
		},
		ents: []testEntity{{"Boy Rafli Amar", Person, []string{"Boy"}}, {"AI", Person, nil}},
		want: []wantQuote{{"Boy Rafli Amar", "ujarnya", Direct}},
	}, {
		name: "-nya points back past a sentence that names another person",
		paras: []string{
			`Bhima Yudhistira menyarankan dialog terbuka dengan Sri Mulyani.`,
			`Sebelumnya, Sri Mulyani memperingati hari keterbukaan informasi.`,
			`"⟦Informasi bisa disalahgunakan,⟧" katanya.`,
		},
		ents: []testEntity{sri, bhima},
		want: []wantQuote{{"Sri Mulyani", "katanya", Direct}},
	}, {
		name:  "cue before the quote",
		paras: []string{`Putin mengatakan, "⟦Kami tidak akan pernah melupakan pasukan Korea Utara.⟧"`},
		ents:  []testEntity{putin, korut},
		want:  []wantQuote{{"Vladimir Putin", "mengatakan", Direct}},
	}, {
		name: "menurut before the quote with a pronoun",
		paras: []string{
			`Putin memuji pasukan Korut dalam suratnya.`,
			`Menurut dia, "⟦Persahabatan ini tetap kokoh.⟧"`,
		},
		ents: []testEntity{putin, korut},
		want: []wantQuote{{"Vladimir Putin", "Menurut", Direct}},
	}, {
		name: "pronouns ia, dia and beliau",
		paras: []string{
			`Presiden Rusia Vladimir Putin memuji pasukan Korea Utara. Dalam suratnya kepada Kim Jong Un, ia menyebut tentara itu "⟦heroik⟧".`,
			`Dia mengatakan, "⟦Rakyat Rusia akan selalu ingat.⟧"`,
			`Beliau menegaskan, "⟦Kerja sama akan diperluas.⟧"`,
		},
		ents: []testEntity{putin, kim, rusia, korut},
		want: []wantQuote{
			{"Vladimir Putin", "menyebut", Partial},
			{"Vladimir Putin", "mengatakan", Direct},
			{"Vladimir Putin", "menegaskan", Direct},
		},
	}, {
		name: "a quote paragraph with no cue continues the previous speaker",
		paras: []string{
			`"⟦Ikatan persahabatan tetap kokoh,⟧" kata Putin.`,
			`"⟦Rakyat Rusia akan selamanya menyimpan kenangan itu.⟧"`,
		},
		ents: []testEntity{putin, rusia},
		want: []wantQuote{{"Vladimir Putin", "kata", Direct}, {"Vladimir Putin", "", Direct}},
	}, {
		name: "a sentence after a bare quote that says who said it",
		paras: []string{
			`Harga beras naik di pasar.`,
			`"⟦Sekarang sudah Rp 13.500 per kilogram.⟧" Demikian disampaikan Budi Santoso di Jakarta.`,
			`"⟦Pasokan dari petani sudah lancar lagi.⟧"`,
			`Hal itu dikatakan oleh Kepala Dinas Pertanian Rahmat Hidayat.`,
		},
		ents: []testEntity{{"Budi Santoso", Person, nil}, {"Rahmat Hidayat", Person, nil}},
		want: []wantQuote{{"Budi Santoso", "disampaikan", Direct}, {"Rahmat Hidayat", "dikatakan", Direct}},
	}, {
		name: "a quote over several paragraphs",
		paras: []string{
			`"⟦Kami sudah menangkap dua belas orang. Mereka ditangkap di Jakarta dan Jawa Barat.⟧`,
			`"⟦Penyidikan masih terus berjalan,⟧" kata Kapolri Jenderal Badrodin Haiti.`,
		},
		ents: []testEntity{badrod},
		want: []wantQuote{{"Badrodin Haiti", "kata", Direct}, {"Badrodin Haiti", "kata", Direct}},
	}, {
		name: "a role resolved by apposition elsewhere",
		paras: []string{
			`Kapolri Jenderal Badrodin Haiti memimpin rapat di Mabes Polri.`,
			`Penangkapan dilakukan di Jawa Barat. "⟦Namanya tidak bisa saya sebutkan,⟧" kata Kapolri.`,
		},
		ents: []testEntity{badrod, polri, {"Kapolri", Person, nil}},
		want: []wantQuote{{"Badrodin Haiti", "kata", Direct}},
	}, {
		name: "a role whose holder is named in the next sentence",
		paras: []string{
			`Di mana Ketua Duma berterima kasih kepada Kim karena telah mengirimkan "⟦tentara yang luar biasa⟧" ke Ukraina.`,
			`Delegasi Vyacheslav Volodin tiba pada hari Kamis.`,
		},
		ents: []testEntity{kim, volodin, duma},
		want: []wantQuote{{"Vyacheslav Volodin", "berterima kasih", Partial}},
	}, {
		name: "the head of a one-word body is a role even when the body is taken for a person",
		paras: []string{
			`Ketua Duma berterima kasih kepada Kim karena mengirimkan "⟦tentara yang luar biasa⟧" ke Ukraina.`,
			`Delegasi Vyacheslav Volodin tiba pada hari Kamis.`,
		},
		ents: []testEntity{kim, volodin, {"Duma", Person, nil}},
		want: []wantQuote{{"Vyacheslav Volodin", "berterima kasih", Partial}},
	}, {
		name: "-nya points to the last subject, not to a name after a noun",
		paras: []string{
			`"⟦Presiden Jokowi membangun infrastruktur penting,⟧" ungkap Prabowo.`,
			`Kemudian Prabowo juga mengingat Jokowi. Indonesia katanya bisa pulih karena kebijakan Jokowi yang tepat.`,
			`"⟦Memimpin kita di saat kritis,⟧" bebernya.`,
		},
		ents: []testEntity{{"Prabowo Subianto", Person, []string{"Prabowo"}}, {"Joko Widodo", Person, []string{"Jokowi"}}},
		want: []wantQuote{{"Prabowo Subianto", "ungkap", Direct}, {"Prabowo Subianto", "bebernya", Direct}},
	}, {
		name: "partial quotes inside indirect speech",
		paras: []string{
			`Putin menambahkan bahwa kedua negara akan terus "⟦bertindak bersama dan secara efektif⟧". Termasuk "⟦memberikan kontribusi yang signifikan⟧".`,
		},
		ents: []testEntity{putin},
		want: []wantQuote{{"Vladimir Putin", "menambahkan", Partial}, {"Vladimir Putin", "", Partial}},
	}, {
		name: "a nested report: the speaker is the source",
		paras: []string{
			`"⟦Volodin berterima kasih kepada Kim karena telah mengirimkan tentara⟧", menurut KCNA.`,
		},
		ents: []testEntity{volodin, kim, kcna},
		want: []wantQuote{{"KCNA", "menurut", Direct}},
	}, {
		name: "curly marks, and single quotes inside double ones",
		paras: []string{
			`“⟦Peredaran berita ‘fitnah’ itu sengaja dilakukan,⟧” ujar Sri Mulyani.`,
			`Ia menilai kabar itu ‘hoaks’. “⟦Masyarakat harus hati-hati,⟧” pinta Sri Mulyani.`,
		},
		ents: []testEntity{sri},
		want: []wantQuote{{"Sri Mulyani", "ujar", Direct}, {"Sri Mulyani", "pinta", Direct}},
	}, {
		name:  "a headline's single quotes are not speech",
		title: "Rusia & Korut 'Bersatu', Putin Puja-puji Pasukan Kim Jong Un",
		paras: []string{`Rusia dan Korut 'bersatu' melawan Barat.`},
		ents:  []testEntity{putin, rusia, korut},
	}, {
		name: "titles, nicknames, terms and scare quotes are not speech",
		paras: []string{
			`Presiden Joko "Jokowi" Widodo meminta harga BBM dihitung ulang.`,
			`Dalam acara bertema "Tantangan Pengelolaan Informasi Publik di Era Digital", menurutnya informasi bisa disalahgunakan.`,
			`Asing mencatat jual bersih atau "net foreign sell" sebesar Rp607 miliar.`,
			`Saham itu mudah di "goreng" oleh bandar.`,
		},
	}, {
		name: "a role description after the cue points back",
		paras: []string{
			`"⟦Persiapannya memang sangat singkat,⟧" kata Shin dalam konferensi pers.`,
			`"⟦Tapi kami mempersiapkan laga dengan baik,⟧" tukas eks pelatih Timnas Korea Selatan itu.`,
		},
		ents: []testEntity{shin, timnasK},
		want: []wantQuote{{"Shin Tae-yong", "kata", Direct}, {"Shin Tae-yong", "tukas", Direct}},
	}, {
		name: "no entities: the surface name stripped of roles",
		paras: []string{
			`"⟦Sebanyak 12 orang ditangkap,⟧" kata Kapolri Jenderal Badrodin Haiti saat jumpa pers.`,
			`"⟦IHSG tertekan saham batu bara,⟧" kata Analis Henan Putihrai Sekuritas Jono Syafei di Jakarta.`,
			`"⟦Dia harus diganti,⟧" kata Mensesneg, Hatta Rajasa, kepada wartawan.`,
		},
		want: []wantQuote{{"Badrodin Haiti", "kata", Direct}, {"Jono Syafei", "kata", Direct}, {"Hatta Rajasa", "kata", Direct}},
	}, {
		name: "a passive report names the speaker the pronoun then points to",
		paras: []string{
			`Hal ini disampaikan oleh Juru Bicara KPK Ali Fikri dalam keterangan tertulisnya.`,
			`“⟦Dalam penyidikan ini, KPK telah menetapkan tersangka,⟧” kata dia.`,
		},
		want: []wantQuote{{"Ali Fikri", "kata", Direct}},
	}, {
		name: "descriptions after the cue: an aside in parentheses, an anonymous source",
		paras: []string{
			`"⟦Dia harus diganti,⟧" kata Amien Rais kepada wartawan.`,
			`"⟦Presiden wajib mengganti menteri itu,⟧" kata mantan Ketua Umum Partai Amanat Nasional (PAN) itu.`,
			`"⟦Rencana sore ada pisah sambut,⟧" ujar sumber tersebut.`,
		},
		want: []wantQuote{{"Amien Rais", "kata", Direct}, {"Amien Rais", "kata", Direct}, {"", "ujar", Direct}},
	}, {
		name: "a role with its holder set off by commas, and initials",
		paras: []string{
			`"⟦Pasar murah dibuka sepekan,⟧" kata Kepala Dinas Perdagangan Solo, Wahyu Kristina.`,
			`"⟦Genangan tinggal di 9 RT,⟧" kata Kepala Pusat Data BPBD DKI M. Insaf dalam keterangannya.`,
		},
		want: []wantQuote{{"Wahyu Kristina", "kata", Direct}, {"M. Insaf", "kata", Direct}},
	}, {
		name: "a title that a tagger took for a person is not the speaker",
		paras: []string{
			`"⟦Kami tambah empat perjalanan,⟧" ujar General Manager Corporate Secretary KCIC, Eva Chairunisa.`,
		},
		ents: []testEntity{{"Manager Corporate Secretary", Person, nil}, {"KCIC", Organization, nil}, {"Eva Chairunisa", Person, []string{"Eva"}}},
		want: []wantQuote{{"Eva Chairunisa", "ujar", Direct}},
	}, {
		name: "short fragments that only name a term are not speech",
		paras: []string{
			`Rudiyanto mengaku mendukung metode itu karena emiten jadi tidak gampang di "goreng".`,
			`Ibrahim mengatakan Perdana Menteri sedang menyiapkan "plan b".`,
		},
	}, {
		name:  "a fragment nobody is said to have said",
		paras: []string{`Volodin tiba pada hari Kamis. Ia diterima untuk kunjungan yang menandai "⟦peringatan 80 tahun pembebasan Korea⟧".`},
		ents:  []testEntity{volodin},
		want:  []wantQuote{{"", "", Partial}},
	}, {
		name:  "a headline quote with a speaker and a colon",
		title: `Sri Mulyani: "⟦Jangan Percaya Berita Fitnah⟧"`,
		want:  []wantQuote{{"Sri Mulyani", "", Direct}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuoteCase(t, tt) })
	}
}

// runQuoteCase finds the quotes of one case and compares them, spans
// included, with the wanted ones.
func runQuoteCase(t *testing.T, tt quoteCase) {
	t.Helper()
	title, tspans := stripMarks(t, tt.title)
	a, spans := buildArticle(t, title, tt.paras, tt.ents)
	for i := len(tspans) - 1; i >= 0; i-- {
		spans = append([]Span{{Field: FieldTitle, Start: tspans[i][0], End: tspans[i][1]}}, spans...)
	}
	if len(spans) != len(tt.want) {
		t.Fatalf("test has %d marked spans for %d wanted quotes", len(spans), len(tt.want))
	}
	var want []Quote
	for i, w := range tt.want {
		s := spans[i]
		want = append(want, Quote{
			Text:    fieldText(a, s.Field, s.Index)[s.Start:s.End],
			Speaker: w.speaker, Cue: w.cue, Kind: w.kind, At: s,
		})
	}
	findQuotes(a)
	if diff := cmp.Diff(want, a.Quotes); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	for _, q := range a.Quotes {
		if got := fieldText(a, q.At.Field, q.At.Index)[q.At.Start:q.At.End]; got != q.Text {
			t.Errorf("span %+v slices %q, want %q", q.At, got, q.Text)
		}
	}
}

// TestQuoteSplitAcrossQuote checks that the second half of a quote split
// by its cue is told by how many tokens stand between the halves, the
// words of a quote between them counted as well, though the tokenizer
// leaves those out (see tokensFrom): twelve tokens at most.
func TestQuoteSplitAcrossQuote(t *testing.T) {
	budi := testEntity{"Budi Santoso", Person, []string{"Budi"}}
	for _, tc := range []quoteCase{{
		name:  "twelve tokens apart",
		paras: []string{`"⟦Kami siap,⟧" kata Budi soal "⟦satu dua tiga empat lima⟧", "⟦Ini lanjutan.⟧"`},
		ents:  []testEntity{budi},
		want:  []wantQuote{{"Budi Santoso", "kata", Direct}, {"", "", Partial}, {"Budi Santoso", "kata", Direct}},
	}, {
		name:  "thirteen tokens apart",
		paras: []string{`"⟦Kami siap,⟧" kata Budi soal "⟦satu dua tiga empat lima enam⟧", "Ini lanjutan."`},
		ents:  []testEntity{budi},
		want:  []wantQuote{{"Budi Santoso", "kata", Direct}, {"", "", Partial}},
	}} {
		t.Run(tc.name, func(t *testing.T) { runQuoteCase(t, tc) })
	}
}

// TestQuotesManyMarks checks that a field full of quotation marks is read
// in one pass: 100,000 marks of each kind, paired and unpaired.
func TestQuotesManyMarks(t *testing.T) {
	for _, s := range []string{
		strings.Repeat(`"`, 100000),
		strings.Repeat("“", 100000),
		strings.Repeat(`"ya," kata Budi. `, 50000),
		strings.Repeat(`'a `, 100000),
		strings.Repeat(`Ketua X berkata "ya" `, 50000),
	} {
		a := &Article{Paragraphs: []Paragraph{{Text: s}, {Text: s}}}
		findQuotes(a)
		checkQuoteSpans(t, a)
	}
	// a quote running on over 50,000 paragraphs with no one to say it,
	// then 50,000 more where someone takes it up in each
	var ps []Paragraph
	for range 50000 {
		ps = append(ps, Paragraph{Text: `"Kami akan terus bekerja`})
	}
	for range 50000 {
		ps = append(ps, Paragraph{Text: `Budi berkata, "Kami akan terus bekerja`})
	}
	a := &Article{Paragraphs: ps}
	findQuotes(a)
	checkQuoteSpans(t, a)
}

// checkQuoteSpans fails the test when a quote's span does not slice out
// its text.
func checkQuoteSpans(t *testing.T, a *Article) {
	t.Helper()
	for _, q := range a.Quotes {
		if got := fieldText(a, q.At.Field, q.At.Index)[q.At.Start:q.At.End]; got != q.Text {
			t.Fatalf("span %+v slices %q, want %q", q.At, got, q.Text)
		}
	}
}

// BenchmarkQuotes times the quote stage alone on the seed article, with
// the paragraphs and entities the earlier stages find in it.
func BenchmarkQuotes(b *testing.B) {
	in, err := os.ReadFile("testdata/cnbc-putin-kim/input.txt")
	if err != nil {
		b.Fatal(err)
	}
	a, err := Parse(bytes.NewReader(in))
	if err != nil {
		b.Fatal(err)
	}
	n := len(a.Title)
	for _, im := range a.Images {
		n += len(im.Caption)
	}
	for _, p := range a.Paragraphs {
		n += len(p.Text)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		a.Quotes = nil
		findQuotes(a)
	}
}

// BenchmarkQuotesCorpus times the quote stage alone over the plain-text
// articles of testdata/ and the shared corpus, each with the fields and
// entities the earlier stages find in it. The seed article alone (see
// BenchmarkQuotes) holds too few quotes and speakers to show most changes
// to the stage.
func BenchmarkQuotesCorpus(b *testing.B) {
	if !haveCorpus() {
		b.Skip("../shared/corpus is absent: BenchmarkQuotes times the seed article alone")
	}
	text, _ := benchInputs(b)
	var arts []*Article
	var n int64
	for _, in := range text {
		a := parseText(normalize(in.data), false)
		a.Language = detectLanguage(a)
		findDates(a, a.Published)
		findEntities(a)
		arts = append(arts, a)
		n += int64(len(a.Title))
		for _, im := range a.Images {
			n += int64(len(im.Caption))
		}
		for _, p := range a.Paragraphs {
			n += int64(len(p.Text))
		}
	}
	cpuLoop(b, n, func() {
		for _, a := range arts {
			a.Quotes = nil
			findQuotes(a)
		}
	})
}

func TestLowerSet(t *testing.T) {
	set := newLowerSet([]string{"kapolri", "juru"})
	for w, want := range map[string]bool{"Kapolri": true, "KAPOLRI": true, "juru": true, "Juru,": false, "Budi": false, "": false, strings.Repeat("A", 40): false, "J\u00fcru": false} {
		if got := set.has(w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
	// a set of many words, some sharing a slot: each is found in any
	// case, and a word that differs from one by a letter is not
	roles := roleSet.get()
	for w := range roleWords {
		if !roles.has(w) || !roles.has(strings.ToUpper(w)) || roles.has(w+"x") || roles.has("x"+w) {
			t.Errorf("roleSet: has(%q) wrong: %v %v %v %v", w, roles.has(w), roles.has(strings.ToUpper(w)), roles.has(w+"x"), roles.has("x"+w))
		}
	}
	long := newLowerSet([]string{"mengatakan", strings.Repeat("a", 40), "b\u00e9"})
	for w, want := range map[string]bool{strings.Repeat("A", 40): true, strings.Repeat("a", 39): false, "B\u00c9": true, "b\u00e9x": false} {
		if got := long.has(w); got != want {
			t.Errorf("has(%q) = %v, want %v", w, got, want)
		}
	}
	// mayHave lets every word of a set through, in any case, with text
	// or none after it, as the tokenizer reads it
	for _, set := range []*lowerSet{reportWords.get(), roles, abbrevSet.get(), titleIntroSet.get(), long} {
		for _, w := range set.slots {
			if w == "" {
				continue
			}
			ascii := true
			for i := range len(w) {
				ascii = ascii && w[i] < utf8.RuneSelf
			}
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				for _, text := range []string{v, v + " dan lainnya", "ia " + v + "."} {
					i := strings.Index(text, v)
					if !set.mayHave(text, i, i+len(v), ascii) {
						t.Errorf("mayHave(%q in %q) = false, want true", v, text)
					}
				}
			}
		}
	}
	for run, want := range map[string]bool{"Kapolri": true, "Juru Kapolri": true, "Kapolri, Juru": true, "Kapolri Budi": false, "": false, " , ": false} {
		if got := onlyRoles(run); got != want {
			t.Errorf("onlyRoles(%q) = %v, want %v", run, got, want)
		}
	}
}

// TestLowerSetWords checks that the package's word sets hold lower-case
// words, which hasAt counts on to answer as has does, and that it does:
// for each word in three cases, and a letter longer, in a text.
func TestLowerSetWords(t *testing.T) {
	sets := map[string]*lazy[lowerSet]{
		"reportWords": reportWords, "roleSet": roleSet, "skipSet": skipSet, "subjectLeadSet": subjectLeadSet,
		"linkSet": linkSet, "speakerEndSet": speakerEndSet, "titleIntroSet": titleIntroSet,
		"reportVerbSet": reportVerbSet, "englishReportSet": englishReportSet, "abbrevSet": abbrevSet,
		"headRoleSet": headRoleSet,
	}
	for name, l := range sets {
		set := l.get()
		n := 0
		for _, w := range set.slots {
			if w == "" {
				continue
			}
			n++
			if w != strings.ToLower(w) {
				t.Errorf("%s holds %q, not in lower case", name, w)
			}
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "x"} {
				text := "ia " + v + " pun"
				if got, want := set.hasAt(text, 3, 3+len(v)), set.has(v); got != want {
					t.Errorf("%s: hasAt(%q) = %v, has = %v", name, v, got, want)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s holds no word", name)
		}
	}
}

// TestReportingVerbCues checks every bare reporting verb that stands after
// a quote, with a named speaker and with "-nya", and the meN-/ber- form
// of those that have one before a quote.
func TestReportingVerbCues(t *testing.T) {
	budi := testEntity{"Budi Santoso", Person, []string{"Budi"}}
	verbs := []struct{ bare, prefixed string }{
		{"seloroh", "berseloroh"}, {"kelakar", "berkelakar"}, {"canda", "bercanda"},
		{"sindir", "menyindir"}, {"keluh", "mengeluh"}, {"aku", "mengaku"},
		{"klaim", "mengklaim"}, {"pungkas", ""}, {"tandas", "menandaskan"},
		{"lanjut", "melanjutkan"}, {"sambung", ""}, {"terang", "menerangkan"},
		{"urai", "menguraikan"}, {"kisah", "berkisah"}, {"cerita", "bercerita"},
		{"jawab", "menjawab"}, {"tanya", "bertanya"}, {"pinta", "meminta"},
		{"harap", "berharap"}, {"imbau", "mengimbau"}, {"tulis", "menulis"},
		{"sebut", "menyebut"}, {"ungkap", "mengungkapkan"}, {"beber", "membeberkan"},
		{"papar", "memaparkan"}, {"tutur", "bertutur"}, {"ucap", "berucap"},
		{"ujar", "berujar"}, {"kata", "mengatakan"}, {"tambah", "menambahkan"},
		{"imbuh", "mengimbuhkan"}, {"jelas", "menjelaskan"}, {"tegas", "menegaskan"},
		{"nilai", "menilai"}, {"yakin", ""}, {"akui", "mengakui"}, {"bilang", ""},
		{"singgung", "menyinggung"}, {"timpal", "menimpali"}, {"sergah", "menyergah"},
		{"kilah", "berkilah"}, {"dalih", "berdalih"}, {"ingat", "mengingatkan"},
		{"pesan", "berpesan"}, {"seru", "berseru"}, {"teriak", "berteriak"},
		{"bisik", "berbisik"}, {"gumam", "bergumam"},
	}
	for _, v := range verbs {
		t.Run(v.bare, func(t *testing.T) {
			runQuoteCase(t, quoteCase{
				paras: []string{
					`"⟦Belum ada keputusan,⟧" ` + v.bare + ` Budi di Jakarta, Senin.`,
					`"⟦Kami masih menunggu,⟧" ` + v.bare + `nya.`,
				},
				ents: []testEntity{budi},
				want: []wantQuote{{"Budi Santoso", v.bare, Direct}, {"Budi Santoso", v.bare + "nya", Direct}},
			})
			if v.prefixed == "" {
				return
			}
			runQuoteCase(t, quoteCase{
				paras: []string{`Budi ` + v.prefixed + `, "⟦Belum ada keputusan.⟧"`},
				ents:  []testEntity{budi},
				want:  []wantQuote{{"Budi Santoso", v.prefixed, Direct}},
			})
		})
	}
}

// TestReportingVerbsAsWords checks that reporting verbs which are also
// ordinary words (cerita, pesan, harap) give no cue away from the cue
// position right after a closing mark.
func TestReportingVerbsAsWords(t *testing.T) {
	budi := testEntity{"Budi Santoso", Person, []string{"Budi"}}
	tests := []quoteCase{{
		name: "a noun after a quote that ends its sentence",
		paras: []string{
			`"⟦Kami siap.⟧" Cerita Budi tentang desa itu dimuat di koran.`,
		},
		ents: []testEntity{budi},
		want: []wantQuote{{"", "", Direct}},
	}, {
		name: "a noun after a quote that ends its sentence, with -nya",
		paras: []string{
			`"⟦Kami siap!⟧" Pesannya singkat, tetapi Budi belum puas.`,
		},
		ents: []testEntity{budi},
		want: []wantQuote{{"", "", Direct}},
	}, {
		name: "nouns before a fragment reported by a verb",
		paras: []string{
			`Dalam pesan dan cerita itu, Budi menyebut kabar tersebut "⟦tidak benar⟧".`,
		},
		ents: []testEntity{budi},
		want: []wantQuote{{"Budi Santoso", "menyebut", Partial}},
	}, {
		name:  "a capitalized cue after a comma",
		paras: []string{`"⟦Kami siap,⟧" Kata Budi di Jakarta.`},
		ents:  []testEntity{budi},
		want:  []wantQuote{{"Budi Santoso", "Kata", Direct}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runQuoteCase(t, tt) })
	}
}

// TestLeadFinder checks that the places of quotation-mark lead bytes are
// found one after another, whichever byte comes first, and that a field
// without any is passed over.
func TestLeadFinder(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []int
	}{
		{"none", "kata Budi, tanpa tanda kutip", nil},
		{"straight", `a "b" c'd`, []int{2, 4, 7}},
		{"curly", "x \u201cya\u201d \u00abno\u00bb", []int{2, 7, 11, 15}},
		{"mixed order", "\u2019'\"\u00ab", []int{0, 3, 4, 5}},
		{"dash and space", "a \u2014 b\u00a0c", []int{2, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newLeadFinder(tc.text)
			var got []int
			for i := f.from(0); i < len(tc.text); i = f.from(i + 1) {
				got = append(got, i)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("places (-want +got):\n%s", diff)
			}
		})
	}
}

// TestQuoteTokenEnds checks that the tokenizer lists the tokens a sentence
// may end after: stops outside quotes and closing marks, not commas, stops
// inside quotes or the full stops inside a number or a domain. It lists
// the opening marks and the reporting words outside quotes too, which a
// sentence is read from, and not a reporting word inside a quote or one
// with "-nya", which reportAt does not read.
func TestQuoteTokenEnds(t *testing.T) {
	text := "Harga naik 1.000 rupiah, kata Kompas.com. \u201cIni mahal, kata dia!\u201d ujarnya\u2026 Lalu Budi mengatakan?"
	toks, ends, marks := quoteTokens(text, markQuotes(nil, text, false), nil, nil, nil)
	words := func(ks []int) []string {
		var ws []string
		for _, k := range ks {
			ws = append(ws, text[toks[k].s:toks[k].e])
		}
		return ws
	}
	want := []string{".", "\u201d", "\u2026", "?"}
	if diff := cmp.Diff(want, words(ends)); diff != "" {
		t.Errorf("ends (-want +got):\n%s", diff)
	}
	want = []string{"kata", "\u201c", "mengatakan"}
	if diff := cmp.Diff(want, words(marks)); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

// TestCommonTokens checks that commonTokens reads the tokens quoteTokens
// would read one at a time (a word to its wordEnd, a rune of punctuation,
// no space), in and outside a quote, and stops where it cannot: the
// tokens it reads, with the one at each place it stops read one at a
// time, are those of the whole text.
func TestCommonTokens(t *testing.T) {
	texts := []string{
		"Harga naik 1.000 rupiah, kata Kompas.com. Lalu Budi mengatakan?",
		"Jum'at pagi, Presiden Jokowi (63) menyampaikan: rakyat & negara-negara; selesai!",
		"kata-kata   panjangsekalisampaimelewatidelapanbyte\tdan\nbaris café — akhir",
		"pendek",
		"x",
	}
	if haveCorpus() {
		text, _ := benchInputs(t)
		for _, in := range text {
			for _, p := range parseText(normalize(in.data), false).Paragraphs {
				texts = append(texts, p.Text)
			}
		}
	}
	cues := reportWords.get()
	for _, text := range texts {
		for _, in := range []int{-1, 0} {
			var want []qtok
			for i := 0; i < len(text); {
				r, n := utf8.DecodeRuneInString(text[i:])
				switch {
				case unicode.IsSpace(r):
				case isWordRune(r):
					n, _ = wordEnd(text, i, len(text))
					n -= i
					want = append(want, qtok{s: i, e: i + n, kind: tWord, q: in})
				default:
					want = append(want, qtok{s: i, e: i + n, kind: tPunct, q: in})
				}
				i += n
			}
			var got []qtok
			for i := 0; i < len(text); {
				buf := make([]qtok, 0, 5) // little room, so that it stops when full too
				i = commonTokens(text, i, len(text), in, &buf, cues)
				got = append(got, buf...)
				if len(got) >= len(want) {
					break
				}
				got = append(got, want[len(got)])
				i = got[len(got)-1].e
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(qtok{})); diff != "" {
				t.Fatalf("tokens of %q, in %d (-want +got):\n%s", text, in, diff)
			}
		}
	}
}

// TestHeadOfOne checks which runs headOfOne takes for a head role and
// one name, with words parted by any white space as strings.Fields parts
// them.
func TestHeadOfOne(t *testing.T) {
	for run, want := range map[string]bool{
		"Ketua Duma":               true,
		"Wakil Ketua KPK":          true,
		"ketua  duma":              true,
		"Ketua\u00a0Duma\t":        true,
		"Ketua":                    false,
		"Duma":                     false,
		"Ketua Duma Rusia":         false,
		"Juru Bicara":              false,
		"Ketua Duma, Budi":         false,
		"Kepala Badan (BNPB)":      false,
		"Presiden Jokowi":          false,
		"Direktur Utama Budi Sani": false,
		"":                         false,
	} {
		if got := headOfOne(run); got != want {
			t.Errorf("headOfOne(%q) = %v, want %v", run, got, want)
		}
	}
}

// TestFieldAt checks that fieldAt cuts words as strings.Fields does, with
// white space outside ASCII and bytes that are no UTF-8.
func TestFieldAt(t *testing.T) {
	for _, text := range []string{"", " ", "Budi", " Budi  Santoso ", "a\tb\nc\u00a0d\u2003e\u0085f", "\xffBudi \xe2\x80", "Jum'at, 12  Mei\u3000"} {
		var got []string
		for i := 0; ; {
			s, e := fieldAt(text, i)
			if s == len(text) {
				break
			}
			got = append(got, text[s:e])
			i = e
		}
		if want := strings.Fields(text); !slices.Equal(got, want) {
			t.Errorf("fieldAt(%q) words %q, want %q", text, got, want)
		}
	}
}

// TestNameOf checks the name nameOf finds at the end of a run, with the
// words of a name parted by one space or by more.
func TestNameOf(t *testing.T) {
	for run, want := range map[string]string{
		"Kapolri Jenderal Badrodin Haiti":   "Badrodin Haiti",
		"Kapolri Jenderal  Badrodin\tHaiti": "Badrodin Haiti",
		"Ketua KPPU Guntur Saragih":         "Guntur Saragih",
		"Mensesneg, Hatta Rajasa":           "Hatta Rajasa",
		"Juru Bicara":                       "",
		"Abdullah bin Umar":                 "Abdullah bin Umar",
		"Budi-pun":                          "Budi",
	} {
		if got := nameOf(run); got != want {
			t.Errorf("nameOf(%q) = %q, want %q", run, got, want)
		}
	}
}

// TestFormsAndWords checks formOf, where a person wins a form it shares
// with another entity, and byWords, which finds the one person whose name
// holds every word asked about, in any case.
func TestFormsAndWords(t *testing.T) {
	a := &Article{Entities: []Entity{
		{Name: "Budi Santoso", Type: Person, Aliases: []string{"Budi"}},
		{Name: "Budi Karya", Type: Person},
		{Name: "Santoso", Type: Organization},
		{Name: "Putri Santoso", Type: Person, Aliases: []string{"Santoso "}},
	}}
	st := newQuoteState(a)
	defer func() {
		sc := st.quoteScratch
		sc.state = quoteState{}
		spareQuoteScratch.Put(sc)
	}()
	for name, want := range map[string]int{"budi": 0, "BUDI SANTOSO": 0, "Budi Karya": 1, "santoso": 3, "Putri": -1, "": -1} {
		i, ok := st.formOf(name)
		if !ok {
			i = -1
		}
		if i != want {
			t.Errorf("formOf(%q) = %d, want %d", name, i, want)
		}
	}
	for name, want := range map[string]int{"Santoso Budi": 0, "karya": 1, "Putri": 3, "Budi": -1, "Santoso": -1, " ": -1, "Budi Joko": -1} {
		i, ok := st.byWords(name)
		if !ok {
			i = -1
		}
		if i != want {
			t.Errorf("byWords(%q) = %d, want %d", name, i, want)
		}
	}
}

// TestMayReport checks mayReport, which lets findQuotes leave a field
// uncut: the reporting words are ASCII letters only, as it assumes, and
// of every field of the test articles (and the shared corpus when
// present), and of some written here, one it says holds none of them
// gives quoteTokens no reporting word.
func TestMayReport(t *testing.T) {
	for _, w := range reportWords.get().slots {
		for i := range len(w) {
			if w[i] < 'a' || w[i] > 'z' {
				t.Errorf("reporting word %q is not ASCII lower-case letters only", w)
				break
			}
		}
	}
	fields := []string{
		"Harga beras naik 5 persen pekan lalu.", "Ia mengatakan harga naik.", "KATA dia, harga naik.",
		"Harga naik,kata dia.", "Harga naik (ujar-nya) 2kata x-kata", "Harga naik, \u212aata dia.",
		"Menurutnya harga naik.", "harga\tnaik\nlagi", "", " ",
	}
	text, _ := benchInputs(t)
	for _, in := range text {
		a := parseText(normalize(in.data), false)
		eachField(a, func(_ Field, _ int, s string) { fields = append(fields, s) })
	}
	skipped := 0
	for _, s := range fields {
		if len(markQuotes(nil, s, false)) > 0 || mayReport(s) {
			continue
		}
		skipped++
		if _, _, marks := quoteTokens(s, nil, nil, nil, nil); len(marks) > 0 {
			t.Errorf("mayReport(%q) = false, but quoteTokens finds a reporting word", s)
		}
	}
	if skipped == 0 {
		t.Error("mayReport said every field may report speech")
	}
}

// TestCueClasses checks that cueClasses puts each word in the classes of
// the lists that hold it, and in no other.
func TestCueClasses(t *testing.T) {
	for w, cls := range cueClasses() {
		want := cueClass(0)
		if reportVerbs[w] {
			want |= cueVerb
		}
		if englishReports[w] {
			want |= cueEnglish
		}
		if speechPhrases[w] != "" {
			want |= cuePhrase
		}
		if passiveReports[w] {
			want |= cuePassive
		}
		if cls != want {
			t.Errorf("cueClasses()[%q] = %b, want %b", w, cls, want)
		}
	}
	if n := len(cueClasses()); n < len(reportVerbs) {
		t.Errorf("cueClasses holds %d words, fewer than reportVerbs' %d", n, len(reportVerbs))
	}
}

// Package berita turns an Indonesian online news article into structured
// data: what the article is (title, section, authors, outlet, publish time,
// dateline, captions, tags), its clean body (paragraphs and subheadings,
// with the page furniture gone), who said what (direct and partial quotes
// with their speakers), who and where it is about (people, organizations and
// places, each once, with all its aliases) and when (every temporal
// expression, resolved against the publish time).
//
// It reads the plain text a scraper gets from a news page, boilerplate
// included, or the page's HTML. It knows the page forms of the major
// Indonesian outlets (CNBC Indonesia, Kompas, detik, Tempo, Antara, CNN
// Indonesia, Liputan6, Tribun, Okezone, Republika and more) through general
// rules for bylines, date lines, datelines and furniture, not per-site
// templates.
//
// # Getting Started
//
// [Parse] reads one article and returns an [Article]:
//
//	a, err := berita.Parse(strings.NewReader(page))
//	if err != nil {
//		// I/O failure, empty input or input over the size limit
//	}
//	fmt.Println(a.Title, a.Published)
//	for _, q := range a.Quotes {
//		fmt.Printf("%s: %q\n", q.Speaker, q.Text)
//	}
//
// A [Parser] holds options: a reference time for relative dates when the
// page has no publish time, body-only input, a size limit. Its zero value is
// what Parse uses, and one Parser may be shared by many goroutines.
//
// Given this page text:
//
//	Internasional
//
//	Putin Puji Pasukan Korut
//
//	sef, CNBC Indonesia
//	15 August 2025 13:12
//
//	Jakarta, CNBC Indonesia - Presiden Rusia Vladimir Putin memuji pasukan
//	Korea Utara (Korut), Jumat (15/8/2025).
//
//	"Rakyat Rusia akan selamanya menyimpan kenangan itu," kata Putin.
//
// Parse yields section "Internasional", the title, author "sef", outlet
// "CNBC Indonesia", published 2025-08-15T13:12:00+07:00, dateline "Jakarta",
// two paragraphs (the dateline lead-in removed), a direct quote whose
// speaker is "Vladimir Putin", the entities Vladimir Putin (alias "Putin"),
// Rusia, Korea Utara (alias "Korut"), CNBC Indonesia and Jakarta, and the
// date "Jumat (15/8/2025)" with value "2025-08-15".
//
// # Spans
//
// Everything found inside the text (a quote, an entity mention, a date)
// carries a [Span]: the field it is in (title, paragraph or caption), the
// index of that paragraph or caption, and byte offsets such that the field's
// text[Start:End] is exactly the item's text.
//
// # Dates
//
// Temporal expressions are resolved at their own precision and written in
// ISO 8601: "Jumat (15/8/2025)" is 2025-08-15, "bulan April" is 2025-04,
// "kuartal II 2025" is 2025-Q2, "pekan lalu" is 2025-W32, "pukul 10.00 WIB"
// is 2025-08-15T10:00+07:00, "1-3 Agustus" is 2025-08-01/2025-08-03,
// "semester I 2025" is 2025-01/2025-06, and a duration such as "lebih dari
// tiga tahun" is P3Y. Date.Start and Date.End bound the instants a value
// covers, so that dates can be filtered without parsing the value.
// Relative expressions ("kemarin", "dua hari lalu", "Kamis", "tahun lalu")
// resolve against Article.Published, or against Parser.Reference when the
// page has none; when neither is known they are still reported, with an
// empty Value. A bare weekday is the latest such day on or before the
// reference day, or the next one when the sentence speaks of the future
// ("akan", "dijadwalkan"); a clock time with no date that lies well after
// the reference time in a sentence about the past is the day before. A
// clock time without a zone is WIB (+07:00); WITA is +08:00 and WIT +09:00.
// Numbers that only look like dates are left alone: regulation numbers
// ("Nomor 15/2025"), scores, fractions, amounts ("10.000", "1,5"), ages
// ("berusia 45 tahun"), "UUD 1945". [Parser.Dates] tags the dates in a
// piece of plain text.
//
// # HTML pages
//
// Parse recognises an HTML document, or an article's inner HTML, and reads
// it with golang.org/x/net/html, the Go team's HTML5 parser. The metadata
// comes from JSON-LD (NewsArticle and the other Article types, inside an
// @graph or an array too), microdata, OpenGraph and other <meta> tags and
// <title>; the body from the element that holds most of the page's running
// text, found by text density with class and itemprop hints rather than
// per-site selectors. Scripts, styles, navigation, ads, share bars,
// "Baca juga" boxes and related lists are dropped (their titles go to
// Related); <h2>/<h3> become headings, <figure> and caption boxes images.
// The rules for plain text then apply to what the markup leaves: dateline
// lead-ins, bylines and publish lines printed on the page, editor codes.
// Pages in other character sets are decoded (a page that declares
// ISO-8859-1 but is valid UTF-8 is read as UTF-8). Parser.URL, when set,
// names the outlet and the publish date for a page that gives neither.
//
// Article.Language is detected from the text (Indonesian, English or
// Malay); the page's declared language decides only for very short text.
//
// # Not handled
//
// berita is built from rules, word lists and gazetteers, not from a large
// language model, and it says so where that shows:
//   - Entities it has never seen and that the text gives no cue for (no
//     title, no capitalized multi-word name) can be missed, and a rare name
//     can be typed wrongly.
//   - Coreference reaches surnames, given names, acronyms defined in the
//     text, well-known aliases, and pronouns and "-nya" pointing back to the
//     last person spoken of. A role ("Ketua Duma") resolves to its holder
//     when the article names one; other descriptions ("mantan menteri
//     itu") resolve only as a quote's speaker, to the last speaker.
//   - The named-entity tagger is an averaged perceptron trained on public
//     Indonesian NER sets (see data/README.md); on unseen outlets and topics
//     it finds fewer organizations than people and places.
//   - Quotes are found only between quotation marks; reported speech
//     without them is not a quote.
//   - Dates are resolved with the Gregorian calendar. Hijri years are read
//     only for the holidays in a table of official dates (Idul Fitri, Idul
//     Adha, 1 Muharram, Ramadan, Maulid, Isra Miraj, around 2015-2026); other
//     Hijri and Javanese dates ("5 Rajab 1447 H") are not recognised.
//   - Expressions anchored to an earlier event ("keesokan harinya", "tiga
//     hari sebelumnya") lean on the last day mentioned before them, which
//     is not always the event meant.
//   - Pages are read as given: nothing is fetched, so an article split over
//     several pages yields only the page at hand.
//   - Indonesian is the language the rules are written for. English and
//     Malay pages get structure, paragraphs, entities and quotes where the
//     rules apply; other languages get structure only.
package berita

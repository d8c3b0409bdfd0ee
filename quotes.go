package berita

// findQuotes fills a.Quotes with the quoted speech in the paragraphs,
// attributing each quote to an entity of a.Entities where the text says who
// spoke.
func findQuotes(a *Article) {}

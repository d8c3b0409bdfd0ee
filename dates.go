package berita

import "time"

// findDates fills a.Dates with the temporal expressions in the title,
// captions and paragraphs, resolved against ref (zero: unknown).
func findDates(a *Article, ref time.Time) {}

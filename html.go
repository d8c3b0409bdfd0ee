package berita

import "bytes"

// looksLikeHTML reports whether b is an HTML document rather than plain text.
func looksLikeHTML(b []byte) bool {
	head := bytes.TrimSpace(b[:min(len(b), 1024)])
	return len(head) > 0 && head[0] == '<' &&
		(bytes.Contains(bytes.ToLower(head), []byte("<html")) || bytes.Contains(bytes.ToLower(head), []byte("<!doctype")))
}

// parseHTML reads the article in an HTML page.
func parseHTML(b []byte) *Article {
	return parseText(normalize(b), false)
}

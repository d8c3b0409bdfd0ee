package berita

import "golang.org/x/text/language"

// detectLanguage tells the language of the article from its text.
func detectLanguage(a *Article) language.Tag {
	return language.Indonesian
}

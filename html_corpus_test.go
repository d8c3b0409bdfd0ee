package berita

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir is the shared evaluation corpus. Its articles are publishers'
// copyright: they are read from ../shared, never copied into the repository.
const corpusDir = "../shared/corpus"

func corpusFiles(t testing.TB, sub, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, sub, pattern))
	if len(files) == 0 {
		t.Skipf("no corpus at %s/%s (the shared corpus sits beside the repository in the team's checkout)", corpusDir, sub)
	}
	return files
}

// markupLeft reports signs of markup or script in extracted text.
func markupLeft(s string) string {
	for _, bad := range []string{"</", "<p", "<div", "<br", "<a ", "<img", "<script", "function(", "var ", "googletag", "document.", "&nbsp;", "&amp;", "&quot;", "{\"", "});"} {
		if strings.Contains(s, bad) {
			return bad
		}
	}
	return ""
}

// TestHTMLCorpus reads every page of the shared HTML corpus: each must give
// a title and body paragraphs with no markup or script left in them. It
// logs how many give title, publish time, authors and at least two
// paragraphs (go test -run HTMLCorpus -v).
func TestHTMLCorpus(t *testing.T) {
	files := corpusFiles(t, "html", "*.html")
	complete := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(strings.NewReader(string(b)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		base := filepath.Base(name)
		if a.Title == "" {
			t.Errorf("%s: no title", base)
		}
		if len(a.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", base)
		}
		for i, p := range a.Paragraphs {
			if bad := markupLeft(p.Text); bad != "" {
				t.Errorf("%s: paragraph %d holds %q: %.120s", base, i, bad, p.Text)
			}
		}
		ok := a.Title != "" && !a.Published.IsZero() && len(a.Authors) > 0 && len(a.Paragraphs) >= 2
		if ok {
			complete++
		}
		t.Logf("%-22s %-5v title=%q published=%s authors=%q paragraphs=%d images=%d lang=%s",
			base, ok, a.Title, a.Published.Format("2006-01-02T15:04Z07:00"), a.Authors, len(a.Paragraphs), len(a.Images), a.Language)
	}
	t.Logf("%d of %d pages give title, published, authors and >= 2 paragraphs", complete, len(files))
}

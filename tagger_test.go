package berita

import (
	"bytes"
	"path/filepath"
	"testing"
)

// BenchmarkTagger measures what the entity stage pays per field before
// it reads the tags: splitting into tokens, the gazetteer pass of the
// featurizer and the tagger, over the captions and paragraphs of the
// plain-text articles.
func BenchmarkTagger(b *testing.B) {
	var fields []string
	var n int64
	for _, in := range loadInputs(b, haveCorpus()) {
		if filepath.Ext(in.name) == ".html" || looksLikeHTML(in.data) {
			continue
		}
		a, err := Parse(bytes.NewReader(in.data))
		if err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		for _, im := range a.Images {
			fields = append(fields, im.Caption)
		}
		for _, p := range a.Paragraphs {
			fields = append(fields, p.Text)
		}
	}
	for _, f := range fields {
		n += int64(len(f))
	}
	m := loadModel()
	var fx featurizer
	var toks []token
	var tags []uint8
	cpuLoop(b, n, func() {
		for _, f := range fields {
			toks = splitTokens(f, toks)
			fx.reset(f, toks)
			tags = m.tag(&fx, tags)
		}
	})
}

package berita

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// textFields returns the captions and paragraphs that Parse finds in
// the plain-text articles of benchInputs: the fields the tagger reads.
func textFields(tb testing.TB) []string {
	return slices.Concat(articleFields(tb)...)
}

// articleFields returns the fields of textFields by article.
func articleFields(tb testing.TB) [][]string {
	tb.Helper()
	text, _ := benchInputs(tb)
	var articles [][]string
	for _, in := range text {
		a, err := Parse(bytes.NewReader(in.data))
		if err != nil {
			tb.Fatalf("%s: %v", in.name, err)
		}
		var fields []string
		for _, im := range a.Images {
			fields = append(fields, im.Caption)
		}
		for _, p := range a.Paragraphs {
			fields = append(fields, p.Text)
		}
		articles = append(articles, fields)
	}
	return articles
}

// BenchmarkTagger measures what the entity stage pays per field before
// it reads the tags: splitting into tokens, the gazetteer pass of the
// featurizer and the tagger, over the captions and paragraphs of the
// plain-text articles. The tagger's word cache passes from one pass to
// the next, so that all but the first pass meet only words it has met.
func BenchmarkTagger(b *testing.B) {
	benchmarkTagger(b, keepCache)
}

// BenchmarkTaggerNew is BenchmarkTagger with the word cache emptied
// before each pass, so that each article is new to it when met, as in a
// stream of new articles: what the cache gains here, it gains from the
// words that come again in other articles and within one.
func BenchmarkTaggerNew(b *testing.B) {
	benchmarkTagger(b, emptyPerPass)
}

// BenchmarkTaggerCold is BenchmarkTagger with the word cache emptied
// before each article, as if each were the first a Parser met.
func BenchmarkTaggerCold(b *testing.B) {
	benchmarkTagger(b, emptyPerArticle)
}

// cacheUse says when benchmarkTagger empties the word cache.
type cacheUse int

const (
	keepCache       cacheUse = iota
	emptyPerPass             // BenchmarkTaggerNew
	emptyPerArticle          // BenchmarkTaggerCold
)

func benchmarkTagger(b *testing.B, cache cacheUse) {
	articles := articleFields(b)
	var n int64
	for _, fields := range articles {
		for _, f := range fields {
			n += int64(len(f))
		}
	}
	m := loadModel()
	var fx featurizer
	var toks []token
	var tags []uint8
	cpuLoop(b, n, func() {
		if cache == emptyPerPass {
			fx.emptyWordCache()
		}
		for _, fields := range articles {
			if cache == emptyPerArticle {
				fx.emptyWordCache()
			}
			for _, f := range fields {
				toks = splitTokens(f, toks)
				fx.reset(f, toks)
				tags = m.tag(&fx, tags)
			}
		}
	})
}

// TestWordCache checks the scores the tagger sums with the word cache
// and the model's tagPairs against the weights of all the features of a
// token looked up plainly, with the cache empty and again with it full.
func TestWordCache(t *testing.T) {
	fields := textFields(t)
	m := loadModel()
	var fx featurizer
	var toks []token
	var tags []uint8
	var feats []uint32
	var rows []int32
	scored := 0
	for pass := range 2 {
		for _, f := range fields {
			toks = splitTokens(f, toks)
			fx.reset(f, toks)
			tags = m.tag(&fx, tags)
			for i := range toks {
				if !fx.info[i].haveScores {
					continue
				}
				scored++
				// under every tag before, as runType scores tokens again
				for prev := range uint8(numTags) {
					prev2 := uint8(tagO)
					if i > 1 {
						prev2 = tags[i-2]
					}
					feats = fx.features(i, prev, prev2, feats[:0])
					rows = slices.Grow(rows[:0], len(feats))[:len(feats)]
					m.findRows(feats, rows)
					var want [numTags]int32
					m.addRows(rows, &want)
					if got := m.scores(&fx, i, prev, prev2); got != want {
						t.Fatalf("pass %d, %q after tags %d %d: scores %v, want %v", pass, fx.word(i), prev2, prev, got, want)
					}
				}
			}
		}
	}
	if scored == 0 {
		t.Fatal("no token scored")
	}
}

// TestWordCacheBounded checks that the word cache stays within
// maxCachedWords words however many it meets, and that it keeps a word
// met many times in one text once.
func TestWordCacheBounded(t *testing.T) {
	var many, same strings.Builder
	for k := range maxCachedWords + 100 {
		fmt.Fprintf(&many, "Nama%d ", k)
		same.WriteString("Nama ")
	}
	m := loadModel()
	for _, text := range []string{many.String(), same.String()} {
		var fx featurizer
		toks := splitTokens(text, nil)
		fx.reset(text, toks)
		m.tag(&fx, nil)
		if n := len(fx.wordCache); n == 0 || n > maxCachedWords {
			t.Errorf("%.12q...: %d words in the cache, want 1 to %d", text, n, maxCachedWords)
		}
		if len(fx.afterTags) != len(fx.wordCache) {
			t.Errorf("%.12q...: %d words' tagSums for %d words", text, len(fx.afterTags), len(fx.wordCache))
		}
	}
}

// TestModelWeights checks the model's look-up against the weights file
// read plainly: every feature adds its own weights, and a hash
// the file lacks adds nothing.
func TestModelWeights(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(taggerWeights))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	raw = raw[len(modelMagic)+4:] // past the scale, which the tagger does not read
	n := int(binary.LittleEndian.Uint32(raw))
	raw = raw[4:]
	want := make(map[uint32][numTags]int32, n)
	var hashes []uint32
	for k := range n {
		h := binary.LittleEndian.Uint32(raw[k*4:])
		var w [numTags]int32
		for t := range w {
			w[t] = int32(int16(binary.LittleEndian.Uint16(raw[n*4+(k*numTags+t)*2:])))
		}
		want[h] = w
		hashes = append(hashes, h)
	}
	m := loadModel()
	// features in the model, and hashes next to them that are not
	var feats []uint32
	for _, h := range hashes {
		feats = append(feats, h)
		if _, ok := want[h+1]; !ok {
			feats = append(feats, h+1)
		}
	}
	for _, h := range feats {
		var got [numTags]int32
		rows := []int32{0}
		m.findRows([]uint32{h}, rows)
		m.addRows(rows, &got)
		if got != want[h] {
			t.Fatalf("feature %#x: weights %v, want %v", h, got, want[h])
		}
	}
	// many at once, past one pass of findRows, sum as one by one
	var got, sum [numTags]int32
	rows := make([]int32, len(feats))
	m.findRows(feats, rows)
	m.addRows(rows, &got)
	for _, h := range feats {
		w := want[h]
		for t := range sum {
			sum[t] += w[t]
		}
	}
	if got != sum {
		t.Errorf("%d features: scores %v, want %v", len(feats), got, sum)
	}
}

// TestTokInfoBounds checks that tokInfo gives the boundary markers'
// entries for the bounds tokens before and after a text, also after a
// longer text left filled entries where a shorter one's markers go.
func TestTokInfoBounds(t *testing.T) {
	var fx featurizer
	for _, text := range []string{"Presiden Joko Widodo tiba di Jakarta", "Di Bogor", ""} {
		toks := splitTokens(text, nil)
		fx.reset(text, toks)
		for i := range toks {
			fx.tokInfo(i)
		}
		for k := 1; k <= bounds; k++ {
			if got := string(fx.tokInfo(-k).lower); got != "<s>" {
				t.Errorf("%q: token %d is %q, want <s>", text, -k, got)
			}
			if got := string(fx.tokInfo(len(toks) - 1 + k).lower); got != "</s>" {
				t.Errorf("%q: token %d is %q, want </s>", text, len(toks)-1+k, got)
			}
		}
	}
}

// TestHashLower checks that hashLower hashes a token's word lower-cased
// as hashBytes hashes appendLower's, whether the token's entry is filled
// or not.
func TestHashLower(t *testing.T) {
	text := "Jakarta KPK iPhone Jum'at 13/9/2023 Café ÜNAL x\u00e9X , Presiden"
	toks := splitTokens(text, nil)
	for _, filled := range []bool{false, true} {
		var fx featurizer
		fx.reset(text, toks)
		for i := -1; i <= len(toks); i++ {
			if filled {
				fx.tokInfo(i)
			}
			want := hashBytes(fnvOffset, appendLower(nil, fx.word(i)))
			if got := fx.hashLower(fnvOffset, i); got != want {
				t.Errorf("filled %v: hashLower(%q) = %x, want %x", filled, fx.word(i), got, want)
			}
		}
	}
}

// TestFillASCII checks fill's one-pass path for ASCII words against
// appendLower, appendShapes and wordClass, which any word may take.
func TestFillASCII(t *testing.T) {
	words := []string{
		"a", "Z", "7", "-", "Jakarta", "KPK", "iPhone", "Jum'at", "Kompas.com",
		"13/9/2023", "10.000", "S.H", "Puja-puji", "AaAaAaAaAaAa", "aaaaaaaaaaaaaaa",
		"Xx1-Xx2-Xx3-Xx4", "ABCDEFGHIJKLM", "a1a1a1a1a1a1a1", "Café", "Ünal", "x\u00e9X",
	}
	for _, set := range []map[string]bool{personTitles, orgHeads, placeHeads} {
		for w := range set {
			words = append(words, w, capitalize(w), strings.ToUpper(w))
		}
	}
	for _, w := range words {
		var fx featurizer
		var got tokenInfo
		fx.fill(&got, w)
		lower := appendLower(nil, w)
		shapes, nf := appendShapes(nil, w)
		if string(got.lower) != string(lower) || string(got.shape) != string(shapes[:nf]) || string(got.short) != string(shapes[nf:]) {
			t.Errorf("fill(%q) = %q, %q, %q; want %q, %q, %q", w,
				got.lower, string(got.shape), string(got.short), lower, string(shapes[:nf]), string(shapes[nf:]))
		}
		if classNames[got.class] != wordClass(w) {
			t.Errorf("fill(%q): class %q, want %q", w, classNames[got.class], wordClass(w))
		}
	}
}

// TestWordClass checks wordClass against the lists it reads: a title
// before a head of an organization before one of a place, in any case,
// and no class for other words.
func TestWordClass(t *testing.T) {
	want := func(w string) string {
		switch {
		case personTitles[w]:
			return "title"
		case orgHeads[w]:
			return "orghead"
		case placeHeads[w]:
			return "placehead"
		}
		return ""
	}
	words := []string{"", "jakarta", "presidenx", "kot", "partaipartai", "jalan-jalan", "ketua umum"}
	for _, set := range []map[string]bool{personTitles, orgHeads, placeHeads} {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		for _, v := range []string{w, capitalize(w), strings.ToUpper(w)} {
			if got := wordClass(v); got != want(w) {
				t.Errorf("wordClass(%q) = %q, want %q", v, got, want(w))
			}
		}
	}
}

// scoredCase is a token of a text that the tagger should, or should
// not, score; afterName says that a name is tagged right before it.
type scoredCase struct {
	text, word        string
	scored, afterName bool
}

// checkScored tags the text of each case and checks that the first token
// of its word is scored or not as the case says, and tagged O when it is
// not.
func checkScored(t *testing.T, cases []scoredCase) {
	t.Helper()
	m := loadModel()
	for _, tc := range cases {
		var fx featurizer
		toks := splitTokens(tc.text, nil)
		fx.reset(tc.text, toks)
		tags := m.tag(&fx, nil)
		i := slices.IndexFunc(toks, func(tk token) bool { return tc.text[tk.start:tk.end] == tc.word })
		switch {
		case i < 0:
			t.Fatalf("%q: no token %q", tc.text, tc.word)
		case tc.afterName && (i == 0 || tags[i-1] == tagO):
			t.Fatalf("%q: the tagger found no name before %q", tc.text, tc.word)
		}
		if fx.info[i].haveScores != tc.scored {
			t.Errorf("%q: %q scored %v, want %v", tc.text, tc.word, fx.info[i].haveScores, tc.scored)
		}
		if !tc.scored && tags[i] != tagO {
			t.Errorf("%q: %q tagged %d, want O", tc.text, tc.word, tags[i])
		}
	}
}

// TestOpeningCommonWord checks that the tagger leaves unscored, and
// outside any name, a common word opening a sentence alone, and scores
// one followed by a capitalized word, or written in capitals, or
// inside a sentence.
func TestOpeningCommonWord(t *testing.T) {
	checkScored(t, []scoredCase{
		{text: "Namun harga beras naik lagi.", word: "Namun"},
		{text: "Harga naik. Menurut dia, pasokan kurang.", word: "Menurut"},
		{text: "Menurut Budi Santoso, pasokan kurang.", word: "Menurut", scored: true},
		{text: "NAMUN harga beras naik lagi.", word: "NAMUN", scored: true},
		{text: "Harga beras Namun naik.", word: "Namun", scored: true},
	})
}

// TestEndsName checks that a comma or a lower-case common word after a
// name ends it unscored, and that a connective after a name is scored.
func TestEndsName(t *testing.T) {
	checkScored(t, []scoredCase{
		{text: "Kemarin Budi Santoso mengatakan harga naik.", word: "mengatakan", afterName: true},
		{text: "Kemarin Budi Santoso, menteri itu, datang.", word: ",", afterName: true},
		{text: "Kemarin Joko Widodo dan Prabowo Subianto bertemu di Jakarta.", word: "dan", scored: true, afterName: true},
	})
}

// TestBestTag checks bestTag against its rule read plainly: the first
// of the highest-scoring tags, an I- tag only after a tag of its type,
// no B- tag on a punctuation mark.
func TestBestTag(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var scores [numTags]int32
		for k := range scores {
			scores[k] = rng.Int32N(5) - 2 // small, so that ties are common
		}
		prev := uint8(rng.IntN(numTags))
		kind := [...]tokenKind{wordToken, numberToken, punctToken}[rng.IntN(3)]
		want, wantScore := uint8(tagO), scores[tagO]
		for tag := uint8(1); tag < numTags; tag++ {
			if isInside(tag) && insideOf(prev) != tag || !isInside(tag) && kind == punctToken {
				continue
			}
			if scores[tag] > wantScore {
				want, wantScore = tag, scores[tag]
			}
		}
		if got := bestTag(&scores, prev, kind); got != want {
			t.Fatalf("scores %v after %d, kind %d: %d, want %d", scores, prev, kind, got, want)
		}
	}
}

// TestLoneCalendarWord checks that the tagger leaves unscored, and
// outside any name, a day or month with no capitalized word next to it,
// and scores one beside a capitalized word.
func TestLoneCalendarWord(t *testing.T) {
	checkScored(t, []scoredCase{
		{text: "Harga beras naik pada Senin (15/8) pagi.", word: "Senin"},
		{text: "Rapat digelar pada 17 Agustus lalu.", word: "Agustus"},
		{text: "Kemarin Jakarta Senin pagi hujan.", word: "Senin", scored: true},
	})
}

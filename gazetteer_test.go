package berita

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestGazetteerFirstWords checks that the filters let through the first
// word of every key, written in lower case, in capitals or capitalized,
// and every key and the keys that name entries, and that match finds the
// known names it should.
func TestGazetteerFirstWords(t *testing.T) {
	g := loadGazetteer()
	for _, k := range flagWords(&g.keys) {
		first, _, _ := strings.Cut(k, " ")
		for _, w := range []string{first, strings.ToUpper(first), capitalize(first)} {
			if !g.firsts.hasAnyCase(w) {
				t.Errorf("key %q: first word %q filtered out", k, w)
			}
		}
		var h uint64
		for w := range strings.SplitSeq(k, " ") {
			h = keyHash(h, headHash([]byte(w)))
		}
		if !g.starts.hasHead(h) {
			t.Errorf("key %q filtered out of starts", k)
		}
		if g.keys.slot([]byte(k)).value != 0 && !g.named.hasHead(h) {
			t.Errorf("key %q filtered out of named", k)
		}
	}
	for _, tc := range []struct {
		text  string
		at, n int
	}{
		{"Presiden Joko Widodo di Jakarta", 4, 1},
		{"Presiden Joko Widodo di Jakarta", 3, 0},
		{"warga Jakarta Selatan hadir", 1, 2},
		{"JAKARTA", 0, 1},
		{"Ibu kota", 1, 0},
		{"Kementerian Keuangan RI", 0, 2},
		{"kementerian yang", 0, 0},
	} {
		toks := splitTokens(tc.text, nil)
		if n, _, _ := g.match(tc.text, toks, tc.at, nil); n != tc.n {
			t.Errorf("match(%q, %d) = %d tokens, want %d", tc.text, tc.at, n, tc.n)
		}
	}
}

func capitalize(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// flagWords returns the words of f, put back together from their slots.
func flagWords(f *wordFlags) []string {
	var words []string
	for _, s := range f.slots {
		if s.n == 0 {
			continue
		}
		var b []byte
		for i := range min(int(s.n), 8) {
			b = append(b, byte(s.head>>(8*i)))
		}
		b = append(b, f.tails[s.tail:int(s.tail)+int(s.n)-len(b)]...)
		words = append(words, string(b))
	}
	return words
}

// TestASCIIHead checks asciiHead against headHash of the lower-cased word,
// for words of every length up to twelve bytes, at the end of the text and
// before more of it, with capitals, marks and non-ASCII letters.
func TestASCIIHead(t *testing.T) {
	const text = "AbC-dEf.Gh'Z@[`{09aé ÉxY"
	for start := range len(text) {
		for end := start + 1; end <= len(text) && end <= start+12; end++ {
			w := text[start:end]
			want := headHash(appendLower(nil, w))
			h, ok := asciiHead(text, start, end)
			if ascii := isASCII(w[:min(len(w), 8)]); ok != ascii || ok && h != want {
				t.Errorf("asciiHead(%q) = %#x, %v; want %#x, %v", w, h, ok, want, ascii)
			}
			if h, ok := asciiHead(w, 0, len(w)); ok && h != want {
				t.Errorf("asciiHead(%q) alone = %#x; want %#x", w, h, want)
			}
		}
	}
}

// BenchmarkGazetteerReset measures the featurizer's reset, which matches
// the gazetteer at every word, over the tokens of the fields of the
// benchmark articles.
func BenchmarkGazetteerReset(b *testing.B) {
	texts, n := benchFields(b)
	toks := make([][]token, len(texts))
	for i, text := range texts {
		toks[i] = splitTokens(text, nil)
	}
	var fx featurizer
	cpuLoop(b, n, func() {
		for i, text := range texts {
			fx.reset(text, toks[i])
		}
	})
}

// TestAppendLower checks appendLower, which reads eight or four bytes at
// a time, against lower-casing rune by rune, on words of every length up
// to 20 with capitals, digits, marks and non-ASCII letters anywhere,
// appended to buffers with room and without.
func TestAppendLower(t *testing.T) {
	byRunes := func(buf []byte, s string) []byte {
		for _, r := range s {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		return buf
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		s := randomText(rng, "aAzZmM09@[`{ .-'ÉéİẞΣ", 20)
		for _, buf := range [][]byte{nil, []byte("ab"), make([]byte, 3, 64)} {
			want := byRunes(slices.Clone(buf), s)
			if got := appendLower(slices.Clone(buf), s); string(got) != string(want) {
				t.Fatalf("appendLower(%q, %q) = %q, want %q", buf, s, got, want)
			}
			if got := appendLower(buf[:len(buf):len(buf)], s); string(got) != string(want) {
				t.Fatalf("appendLower(%q, %q) without room = %q, want %q", buf, s, got, want)
			}
		}
	}
}

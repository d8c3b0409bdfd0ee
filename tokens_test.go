package berita

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitTokensEdges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Jum’at\u00a0pagi", []string{"Jum’at", "pagi"}},
		{"Jose\u0301 Ramos-", []string{"Jose\u0301", "Ramos", "-"}},
		{"3,5 juta/hari", []string{"3,5", "juta", "/", "hari"}},
		{"a..b x' y", []string{"a", ".", ".", "b", "x", "'", "y"}},
		{"Kata\tJL.\nSudirman", []string{"Kata", "JL", ".", "Sudirman"}},
	} {
		var got []string
		for _, tk := range splitTokens(tc.text, nil) {
			got = append(got, tc.text[tk.start:tk.end])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("splitTokens(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// an abbreviation in capitals does not end the sentence
	toks := splitTokens("Ke JL. Sudirman. Lalu", nil)
	if toks[3].sentStart || !toks[5].sentStart {
		t.Errorf("sentence starts: %+v", toks)
	}
}

// TestAbbreviationsFitFullStopEnds checks that every abbreviation fits the
// buffer fullStopEnds lower-cases a word into.
func TestAbbreviationsFitFullStopEnds(t *testing.T) {
	for _, w := range abbreviationWords {
		if len(w) > 16 || w != strings.ToLower(w) {
			t.Errorf("abbreviation %q: longer than 16 bytes or not lower-case", w)
		}
	}
}

// TestAlnumRun checks the eight-bytes-at-once test of alnumRun against a
// byte-by-byte one, for every byte at every place of a run.
func TestAlnumRun(t *testing.T) {
	for b := range 256 {
		for at := range 12 {
			text := strings.Repeat("aZ09", 3)[:at] + string([]byte{byte(b)}) + "Qz7kLm0pXy"
			want := 0
			for want < len(text) && isAlnumASCII(text[want]) {
				want++
			}
			for _, i := range []int{0, 1} {
				if i > at {
					continue
				}
				if got := alnumRun(text, i); got != want-i {
					t.Fatalf("alnumRun(%q, %d) = %d, want %d", text, i, got, want-i)
				}
			}
		}
	}
}

// TestTokenUpper checks a token's upper flag against startsUpper of its
// text, for ASCII, Latin and other capitals, marks, spaces and bytes that
// are no UTF-8.
func TestTokenUpper(t *testing.T) {
	text := "Kata ÉLISE élise Ωmega ωmega 12 (AS) “Putin” ǅemal \u00a0Ärger \xffX İstanbul ß ẞ x-Y"
	for _, tk := range splitTokens(text, nil) {
		if want := startsUpper(text[tk.start:]); tk.upper != want {
			t.Errorf("token %q: upper %v, want %v", text[tk.start:tk.end], tk.upper, want)
		}
	}
}

// TestFirstToken checks firstToken against the first token of
// splitTokens.
func TestFirstToken(t *testing.T) {
	for _, text := range []string{"", " ", "\u00a0 \t", "Putin", "  Kim Jong Un", "(KPK)", "\u00a0Élise x", "12/9 hari",
		"Jum’at", "Jose\u0301 Ramos", "\xff\xfe x", "“Halo”", "Kompas.com/x", "x-", "-x", "é"} {
		start, end := firstToken(text)
		wantStart, wantEnd := 0, 0
		if toks := splitTokens(text, nil); len(toks) > 0 {
			wantStart, wantEnd = toks[0].start, toks[0].end
		}
		if start != wantStart || end != wantEnd {
			t.Errorf("firstToken(%q) = %d, %d; want %d, %d", text, start, end, wantStart, wantEnd)
		}
	}
}

func TestIsSeparatorASCII(t *testing.T) {
	for c := range utf8.RuneSelf {
		if got, want := isSeparatorASCII(byte(c)), strings.IndexByte("-'.,/:", byte(c)) >= 0; got != want {
			t.Errorf("isSeparatorASCII(%q) = %v, want %v", byte(c), got, want)
		}
	}
}

// benchFields returns the text of every field of the plain-text articles
// of benchInputs, parsed once, and their length in all: the input of the
// stages that read fields one by one.
func benchFields(b *testing.B) (texts []string, n int64) {
	text, _ := benchInputs(b)
	for _, in := range text {
		a, err := Parse(bytes.NewReader(in.data))
		if err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		eachField(a, func(_ Field, _ int, text string) {
			texts = append(texts, text)
			n += int64(len(text))
		})
	}
	return texts, n
}

// BenchmarkSplitTokens measures splitTokens alone over the fields of the
// benchmark articles.
func BenchmarkSplitTokens(b *testing.B) {
	texts, n := benchFields(b)
	var toks []token
	cpuLoop(b, n, func() {
		for _, text := range texts {
			toks = splitTokens(text, toks)
		}
	})
}

// TestAnyUpper checks each token's anyUpper against hasUpper of its
// text, on words with capitals at every place of an eight-byte read, past
// it and outside ASCII, and on random text.
func TestAnyUpper(t *testing.T) {
	texts := []string{
		"iPhone eKTP x-Men abcdefgH abcdefghI abcdefghijklmnopQ ABCDEFGHIJ kata biasa",
		"ábC Ábc çaÇ jum'At Kompas.com s.H 2024A 10.000 ẞtraße",
		"a@b A@b abcdefg[ abcdefgh` zzzzzzz{ zzzzzzzz{",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		texts = append(texts, randomText(rng, "aAzZmM09@[`{ .-'Éé", 39))
	}
	for _, text := range texts {
		for _, tk := range splitTokens(text, nil) {
			w := text[tk.start:tk.end]
			if want := tk.kind != punctToken && hasUpper(w) || tk.upper; tk.anyUpper != want {
				t.Fatalf("%q in %q: anyUpper %v, want %v", w, text, tk.anyUpper, want)
			}
		}
	}
}

// randomText returns up to maxRunes runes drawn from alphabet by rng,
// for tests that check a fast path against its definition.
func randomText(rng *rand.Rand, alphabet string, maxRunes int) string {
	runes := []rune(alphabet)
	var b strings.Builder
	for range rng.IntN(maxRunes + 1) {
		b.WriteRune(runes[rng.IntN(len(runes))])
	}
	return b.String()
}

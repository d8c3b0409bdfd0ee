package berita

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name string
		text string
		hint language.Tag // what the page declares, if anything
		want language.Tag
	}{
		{"indonesian", "Presiden mengatakan bahwa pemerintah akan menaikkan anggaran karena harga beras naik 5 persen.", language.Und, language.Indonesian},
		{"indonesian casual", "Gak nyangka banget, filmnya bisa tembus sejuta penonton dalam seminggu, kata dia.", language.Und, language.Indonesian},
		{"malay", "Kerajaan berkata bahawa wang itu akan digunakan kerana kos sara hidup meningkat sebanyak lima peratus.", language.Und, language.Malay},
		{"malay police report", "Ketua Polis berkata suspek ditahan semalam dan kes itu disiasat di bawah Seksyen 447.", language.Und, language.Malay},
		{"english", "The minister said the government would raise the budget because the price of rice has risen.", language.Und, language.English},
		{"english with indonesian names", "Jokowi told reporters at the State Palace in Jakarta that the Dewan Perwakilan Rakyat had approved the bill.", language.Und, language.English},
		{"indonesian page declaring english", "Polisi menyerahkan tersangka bersama senjata api jenis AK-56 ke kejaksaan pada Rabu.", language.English, language.Indonesian},
		{"indonesian court name", "KPK memeriksa pejabat Mahkamah Agung yang tertangkap tangan di Jakarta pada Selasa.", language.Und, language.Indonesian},
		{"too short: hint decides", "Datuk Seri", language.Malay, language.Malay},
		{"too short, no hint", "Jakarta", language.Und, language.Indonesian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Language: tt.hint, Paragraphs: []Paragraph{{Text: tt.text}}}
			if got := detectLanguage(a); got != tt.want {
				t.Errorf("detectLanguage(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLanguageCorpus checks the language of every file in the shared
// corpus: text/ is Indonesian; other/ files are named by language (en-*,
// ms-*).
func TestLanguageCorpus(t *testing.T) {
	files := corpusFiles(t, "text", "*")
	files = append(files, corpusFiles(t, "other", "*")...)
	files = append(files, corpusFiles(t, "html", "*")...)
	right := 0
	for _, name := range files {
		want := language.Indonesian
		switch base := filepath.Base(name); {
		case strings.HasPrefix(base, "en-"):
			want = language.English
		case strings.HasPrefix(base, "ms-"):
			want = language.Malay
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(strings.NewReader(string(b)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a.Language != want {
			t.Errorf("%s: language %v, want %v", name, a.Language, want)
			continue
		}
		right++
	}
	t.Logf("language right on %d of %d files", right, len(files))
}

// TestLangWeights checks that every word of langWords weighs from 1 to
// maxLangWeight, so that its weight counts and the packed scores of
// langScores cannot overflow into each other, and that a langTable holds
// them all.
func TestLangWeights(t *testing.T) {
	if n := len(langWords); n >= len(langTable{}.words) {
		t.Errorf("langWords has %d words, a langTable holds %d", n, len(langTable{}.words)-1)
	}
	for w, lw := range langWords {
		if lw.weight < 1 || lw.weight > maxLangWeight {
			t.Errorf("%q weighs %d, want 1 to %d", w, lw.weight, maxLangWeight)
		}
	}
}

func TestIsIndonesian(t *testing.T) {
	for _, tt := range []struct {
		tag  language.Tag
		want bool
	}{
		{language.Indonesian, true},
		{language.MustParse("id-ID"), true},
		{language.Und, true},
		{language.English, false},
		{language.Malay, false},
	} {
		if got := isIndonesian(tt.tag); got != tt.want {
			t.Errorf("isIndonesian(%v) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// TestReadWord checks readWord, which reads the letters of words eight at
// a time, against a byte at a time, at every place of a text with words of
// each length around eight, twelve and sixteen, capitals, bytes outside
// ASCII, punctuation and words of the table, long and short: the key it
// gives is the word's langKey, or 0 for a word the table does not hold.
func TestReadWord(t *testing.T) {
	text := "Ia bilang, \"Karena-nya\" uang ABCDEFGHIJKL pemerintahan PEMERINTAH " +
		"wakil-wakil Pancasila kendaraan yang ke-12 caf\u00e9 na\u00efve x; Kerajaan zzzzzzzzzzzz abcdefghijklmnopqrstuvwxyz. Tersebut"
	codes := langCodes()
	for i := range len(text) {
		j, ascii := i, true
		for j < len(text) && (isASCIILetter(text[j]) || text[j] >= utf8.RuneSelf) {
			ascii = ascii && text[j] < utf8.RuneSelf
			j++
		}
		if j == i {
			continue // no word starts here
		}
		n, ok, key := codes.readWord(text, i)
		if n != j-i || ok != ascii {
			t.Errorf("readWord(%q) = %d, %v; want %d, %v", text[i:], n, ok, j-i, ascii)
			continue
		}
		w := text[i:j]
		want, coded := langKey(strings.ToLower(w))
		switch {
		case !ascii || !coded:
			if key != 0 {
				t.Errorf("readWord(%q) key %x, want 0", w, key)
			}
		case key == 0:
			if codes.score(want) != 0 {
				t.Errorf("readWord(%q) key 0 for a word of the table", w)
			}
		case key != want:
			t.Errorf("readWord(%q) key %x, want langKey %x", w, key, want)
		}
	}
	for w := range langWords {
		if key, _ := langKey(w); codes.score(key) == 0 {
			t.Errorf("%q is not found by its langKey", w)
		}
	}
}

// BenchmarkLanguage measures language detection alone on the plain-text
// articles of the test data (and the shared corpus when present).
func BenchmarkLanguage(b *testing.B) {
	text, _ := benchInputs(b)
	var arts []*Article
	for _, in := range text {
		arts = append(arts, parseText(normalize(in.data), false))
	}
	cpuLoop(b, totalBytes(text), func() {
		for _, a := range arts {
			detectLanguage(a)
		}
	})
}

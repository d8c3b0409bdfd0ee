package berita

import (
	"slices"
	"strings"
	"testing"
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
	for w := range abbreviations {
		if len(w) > 16 || w != strings.ToLower(w) {
			t.Errorf("abbreviation %q: longer than 16 bytes or not lower-case", w)
		}
	}
}

package berita

import (
	"strings"
	"testing"
)

// TestWordFlags checks the table of wordFlags against a map over the
// common words: every word, and near misses of each (cut short, made
// longer, changed in its last byte), long words and short.
func TestWordFlags(t *testing.T) {
	want := map[string]uint8{}
	f := newWordFlags(4) // small, so that it grows
	add := func(w string, flags uint8) {
		want[w] |= flags
		f.add(w, flags)
	}
	for w := range strings.SplitSeq(commonWordsTxt, "\n") {
		if w != "" {
			add(w, listedCommon)
		}
	}
	for w := range discourseWords {
		add(w, listedDiscourse)
	}
	add("pertanggungjawabannya", 4)
	add("pertanggungjawaban", 8)
	if len(want) < 1000 {
		t.Fatalf("only %d common words", len(want))
	}
	check := func(w string) {
		t.Helper()
		if got := f.of([]byte(w)); got != want[w] {
			t.Fatalf("of(%q) = %d, want %d", w, got, want[w])
		}
	}
	for w := range want {
		check(w)
		check(w[:len(w)-1])
		check(w + "x")
		check(w + "nya")
		check(w[:len(w)-1] + string(w[len(w)-1]^1))
	}
	check("")
	check(strings.Repeat("a", 70))
}

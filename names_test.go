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
	values := map[string]uint16{}
	f := newWordFlags(4) // small, so that it grows
	add := func(w string, flags uint8) {
		want[w] |= flags
		if _, ok := values[w]; !ok {
			values[w] = uint16(len(values) + 1)
		}
		f.add(w, flags).value = values[w]
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
		if got := f.slot([]byte(w)).value; got != values[w] {
			t.Fatalf("slot(%q).value = %d, want %d", w, got, values[w])
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
	check(strings.Repeat("a", maxFlagWord+1))
	if got := len(flagWords(f)); got != len(want) {
		t.Errorf("%d words in the table, want %d", got, len(want))
	}
}

// TestHeadOf checks headOf's loads, and headHash made from them, against
// packing the bytes one by one, for words of every length up to and past
// eight bytes.
func TestHeadOf(t *testing.T) {
	w := []byte("abcdefghij\xc3\xa9")
	for n := range len(w) + 1 {
		word := w[:n]
		var head, hash uint64
		for i := min(n, 8) - 1; i >= 0; i-- {
			head = head<<8 | uint64(word[i])
		}
		hash = uint64(n)
		for _, c := range word[:min(n, 8)] {
			hash = hash<<8 | uint64(c)
		}
		if got := headOf(word); got != head {
			t.Errorf("headOf(%q) = %#x, want %#x", word, got, head)
		}
		if got := headHash(word); got != hash {
			t.Errorf("headHash(%q) = %#x, want %#x", word, got, hash)
		}
	}
}

// BenchmarkCommonWords measures isCommonLower, a look-up in a
// filteredFlags, over the words of the fields of the benchmark articles,
// lower-cased.
func BenchmarkCommonWords(b *testing.B) {
	texts, n := benchFields(b)
	var words [][]byte
	for _, text := range texts {
		for _, t := range splitTokens(text, nil) {
			if t.kind == wordToken && t.end-t.start <= maxCommonWord {
				words = append(words, appendLower(nil, text[t.start:t.end]))
			}
		}
	}
	common := 0
	cpuLoop(b, n, func() {
		for _, w := range words {
			if isCommonLower(w) {
				common++
			}
		}
	})
}

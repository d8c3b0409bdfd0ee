package berita

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Stages whose rules hold only for Indonesian (reporting verbs such as
// "ujarnya", Indonesian month and weekday names, dateline forms) read
// a.Language and check it with isIndonesian before applying them; Malay
// shares most of Indonesian's grammar words, English shares none.

// isIndonesian reports whether tag is Indonesian (or unknown, which the
// pipeline treats as Indonesian, the package's main language).
func isIndonesian(tag language.Tag) bool {
	base, _ := tag.Base()
	return tag == language.Und || base.String() == "id"
}

// A langWord is a word that speaks for one language, with its weight.
type langWord struct {
	lang   int8 // langID, langMS or langEN
	weight int8
}

const (
	langID = iota
	langMS
	langEN
	langShared // Indonesian and Malay grammar words
)

// langWords holds the words the detector counts, in lower case. English
// and the shared Indonesian-Malay set are common grammar words (their
// count tells English from the other two). The Indonesian and Malay sets
// are words where the two standard languages differ in spelling or usage,
// after the Dewan Bahasa dan Pustaka and KBBI forms (kerana/karena,
// bahawa/bahwa, sahaja/saja, wang/uang, kerajaan/pemerintah,
// bilion/miliar, mahkamah/pengadilan, peratus/persen, polis/polisi,
// syarikat/perusahaan, Ogos/Agustus) and on words one of them rarely
// uses (beliau and daripada are common in Malay news but also used in
// Indonesian, so they weigh little).
var langWords = map[string]langWord{
	// English grammar words
	"the": {langEN, 1}, "of": {langEN, 1}, "and": {langEN, 1}, "to": {langEN, 1},
	"in": {langEN, 1}, "is": {langEN, 1}, "that": {langEN, 1}, "for": {langEN, 1},
	"on": {langEN, 1}, "with": {langEN, 1}, "as": {langEN, 1}, "was": {langEN, 1},
	"said": {langEN, 1}, "by": {langEN, 1}, "at": {langEN, 1}, "from": {langEN, 1},
	"it": {langEN, 1}, "he": {langEN, 1}, "his": {langEN, 1}, "be": {langEN, 1},
	"are": {langEN, 1}, "have": {langEN, 1}, "has": {langEN, 1}, "which": {langEN, 1},
	"this": {langEN, 1}, "will": {langEN, 1}, "an": {langEN, 1}, "not": {langEN, 1},
	"were": {langEN, 1}, "would": {langEN, 1}, "they": {langEN, 1}, "their": {langEN, 1},
	"been": {langEN, 1}, "who": {langEN, 1}, "but": {langEN, 1}, "its": {langEN, 1},
	"had": {langEN, 1}, "or": {langEN, 1}, "we": {langEN, 1}, "also": {langEN, 1},

	// grammar words Indonesian and Malay share
	"yang": {langShared, 1}, "dan": {langShared, 1}, "di": {langShared, 1}, "ke": {langShared, 1},
	"dari": {langShared, 1}, "dengan": {langShared, 1}, "untuk": {langShared, 1}, "ini": {langShared, 1},
	"itu": {langShared, 1}, "pada": {langShared, 1}, "dalam": {langShared, 1}, "akan": {langShared, 1},
	"oleh": {langShared, 1}, "juga": {langShared, 1}, "tidak": {langShared, 1}, "ada": {langShared, 1},
	"telah": {langShared, 1}, "sudah": {langShared, 1}, "kepada": {langShared, 1}, "bagi": {langShared, 1},
	"atau": {langShared, 1}, "seorang": {langShared, 1}, "mereka": {langShared, 1}, "kami": {langShared, 1},
	"kita": {langShared, 1}, "saya": {langShared, 1}, "ia": {langShared, 1}, "dia": {langShared, 1},
	"para": {langShared, 1}, "sebagai": {langShared, 1}, "adalah": {langShared, 1}, "dapat": {langShared, 1},
	"lebih": {langShared, 1}, "hanya": {langShared, 1}, "masih": {langShared, 1}, "kata": {langShared, 1},
	"katanya": {langShared, 1}, "tersebut": {langShared, 1}, "serta": {langShared, 1}, "namun": {langShared, 1},

	// Indonesian where Malay differs
	"karena": {langID, 3}, "bahwa": {langID, 3}, "saja": {langID, 2}, "uang": {langID, 3},
	"pemerintah": {langID, 2}, "miliar": {langID, 3}, "pengadilan": {langID, 3}, "persen": {langID, 3},
	"perusahaan": {langID, 3}, "tentara": {langID, 3}, "polisi": {langID, 3}, "kasus": {langID, 3},
	"kemarin": {langID, 3}, "bisa": {langID, 2}, "nggak": {langID, 3}, "enggak": {langID, 3},
	"gak": {langID, 2}, "banget": {langID, 3}, "mau": {langID, 2}, "berbagai": {langID, 2},
	"kendaraan": {langID, 3}, "tersangka": {langID, 2}, "penyidik": {langID, 2}, "agustus": {langID, 2},
	"maret": {langID, 2}, "mobil": {langID, 2}, "kantor": {langID, 2}, "setelah": {langID, 1},
	"mengatakan": {langID, 1}, "sejumlah": {langID, 1}, "baru": {langID, 1}, "wib": {langID, 2},
	"pria": {langID, 1}, "kerja": {langID, 1}, "sangat": {langID, 1}, "rp": {langID, 2},

	// Malay where Indonesian differs
	"kerana": {langMS, 3}, "bahawa": {langMS, 3}, "sahaja": {langMS, 3}, "ialah": {langMS, 2},
	"iaitu": {langMS, 3}, "kerajaan": {langMS, 3}, "bilion": {langMS, 3}, "mahkamah": {langMS, 1},
	"wang": {langMS, 2}, "selepas": {langMS, 2}, "boleh": {langMS, 2}, "polis": {langMS, 2},
	"kes": {langMS, 2}, "kenyataan": {langMS, 2}, "semalam": {langMS, 2}, "baharu": {langMS, 2},
	"pelbagai": {langMS, 3}, "mahu": {langMS, 2}, "menerusi": {langMS, 2}, "peratus": {langMS, 3},
	"syarikat": {langMS, 3}, "tentera": {langMS, 3}, "kakitangan": {langMS, 3}, "ogos": {langMS, 3},
	"jabatan": {langMS, 2}, "setiausaha": {langMS, 3}, "sebarang": {langMS, 2}, "kenderaan": {langMS, 3},
	"siasatan": {langMS, 3}, "disiasat": {langMS, 3}, "suspek": {langMS, 2}, "tarikh": {langMS, 3},
	"sempena": {langMS, 2}, "berjumpa": {langMS, 2}, "bercakap": {langMS, 2}, "sertai": {langMS, 2},
	"beliau": {langMS, 1}, "daripada": {langMS, 1}, "lelaki": {langMS, 1}, "ramai": {langMS, 1},
	"kereta": {langMS, 1}, "hendak": {langMS, 1}, "ringgit": {langMS, 3}, "rm": {langMS, 2},
	"negeri": {langMS, 1}, "kebangsaan": {langMS, 1}, "sila": {langMS, 2}, "komen": {langMS, 2},
}

// langCodes holds langWords by the langKey of each word.
var langCodes = sync.OnceValue(func() *langTable {
	var keys []uint64
	var vals []langWord
	var longs []string // the words of eight letters or more
	for w, lw := range langWords {
		// the keys are lower case; one with no langKey is a word the
		// detector never reads
		if key, ok := langKey(w); ok && strings.ToLower(w) == w {
			keys, vals = append(keys, key), append(vals, lw)
			if len(w) >= 8 {
				longs = append(longs, w)
			}
		}
	}
	t := newLangTable(keys, vals)
	for _, w := range longs {
		t.longBits.addKey(load64(w, 0))
	}
	return t
})

// langKey returns the number a word of ASCII letters in lower case is
// found by in a langTable, when it has no more than maxCodeLetters. A
// word of up to seven letters is its own bytes (datetok.go's shortKey):
// what readWord has in hand once one load of eight bytes has shown where
// the word ends. A longer one is its wordCode with longKeyBit set, which
// no shortKey has.
func langKey(w string) (uint64, bool) {
	code, ok := wordCode(w)
	if !ok {
		return 0, false
	}
	if len(w) < 8 {
		return shortKey(w), true
	}
	return code | longKeyBit, true
}

// longKeyBit marks the langKey of a word of eight letters or more; a
// shortKey has seven bytes at most.
const longKeyBit = 1 << 63

// A langTable holds each word of langWords in a slot of its own, found by
// one multiplication: a look-up reads one slot, and a word not in the
// table reads a score of 0 there, so that adding it takes no branch.
//
// A slot holds only the index of its word in words, so that the table
// and the words take a few kilobytes: most words of a text are in no
// slot, and each looks in a slot of its own, so that a table of the
// words themselves would be read all over, and in Parse, where the
// stages before and after push it out of the cache, it would be read
// from memory.
type langTable struct {
	mul   uint64
	slots [1 << langTableBits]uint8
	// words holds the words by their index, from 1: words[0], where
	// the empty slots point, has key 0, which no word has. An index of
	// a byte reads it with no bounds check; langWords has fewer than
	// 256 words (TestLangWeights).
	words [256]langSlot
	// longBits holds a bit for the first eight letters of each word of
	// eight or more (see readWord)
	longBits hashSet
}

// A langSlot holds a word's key and its score side by side, so that a
// look-up reads one cache line.
type langSlot struct {
	key   uint64
	score langScores
}

// langScores holds a score for each of langID, langMS, langEN and
// langShared in 16 bits of its own, the first lowest, so that a word's
// weight is added to the article's scores by one addition in a register,
// where adding to an array of four would make each word wait for the
// last word's store to the same place.
type langScores uint64

const langScoreBits = 16

// maxLangWeight is the most a word of langWords may weigh
// (TestLangWeights): no score then overflows its bits, as the detector
// reads at most maxLangWords words.
const maxLangWeight = 16

var _ = [1<<langScoreBits - 1 - maxLangWeight*maxLangWords]struct{}{} // a negative length if one could

// of returns the score of lang.
func (s langScores) of(lang int) int {
	return int(s >> (langScoreBits * lang) & (1<<langScoreBits - 1))
}

// langTableBits sizes a langTable: 2048 slots for the 164 words, so that
// one multiplier in a few hundred gives each a slot of its own.
const langTableBits = 11

// newLangTable puts the keys, none 0, in a table with their values.
func newLangTable(keys []uint64, vals []langWord) *langTable {
	t := &langTable{}
	// odd multipliers are tried until one gives every key its own slot,
	// the slots taken kept as bits; for the words of langWords one of
	// the first few thousand does, which takes a fraction of a
	// millisecond once
	// (TestDetectLanguage would not end if none did)
	for t.mul = 0x9e3779b97f4a7c15; ; t.mul += 2 * 0x632be59bd9b4e019 {
		var taken [1 << langTableBits / 64]uint64
		ok := true
		for _, k := range keys {
			s := t.slot(k)
			if taken[s/64]&(1<<(s%64)) != 0 {
				ok = false
				break
			}
			taken[s/64] |= 1 << (s % 64)
		}
		if ok {
			break
		}
	}
	for i, k := range keys {
		t.slots[t.slot(k)] = uint8(1 + i)
		t.words[1+i] = langSlot{k, langScores(vals[i].weight) << (langScoreBits * int(vals[i].lang))}
	}
	return t
}

func (t *langTable) slot(key uint64) uint64 { return key * t.mul >> (64 - langTableBits) }

// score returns the score of the word of key, 0 for a word not in the
// table and for key 0, which no word has.
func (t *langTable) score(key uint64) langScores {
	sl := &t.words[t.slots[t.slot(key)]]
	v := sl.score
	if sl.key != key {
		v = 0
	}
	return v
}

// readWord reads the word at text[i:], a run of ASCII letters and bytes
// outside ASCII: its length n, whether it is ASCII letters only, and
// then, when n is at most maxCodeLetters, its langKey, or 0 when the
// word is surely not in t.
//
// The letters are read eight at a time, with no loop over their bytes,
// which would mispredict a branch at the end of nearly every word. A
// word that ends within the first eight bytes, as most do, has those
// bytes in lower case for its key, with no further work. A longer one
// is coded by datetok.go's asciiWord only when its first eight letters,
// in lower case, start a word of the table (longBits); most do not.
func (t *langTable) readWord(text string, i int) (n int, ascii bool, key uint64) {
	// fewer than eight bytes at the end of text are read by datetok.go's
	// loadTail, as its tokenizer reads them: the zeros past the end are
	// no letters, so the word there ends within them
	var x uint64
	if i+8 <= len(text) {
		x = load64(text, i)
	} else {
		x = loadTail(text, i)
	}
	var j int
	if m := leadingLetters(x); m < 8 {
		j, key = i+m, (x|0x20*ones)&(1<<(8*m)-1)
	} else if !t.longBits.hasKey(x | 0x20*ones) {
		j = asciiWordEnd(text, i+8)
	} else if j, key = asciiWord(text, i); j-i <= maxCodeLetters {
		key |= longKeyBit
	} else {
		key = 0
	}
	if j == len(text) || text[j] < utf8.RuneSelf {
		return j - i, true, key
	}
	// a byte outside ASCII: the word goes on, and has no key
	for j < len(text) && (text[j] >= utf8.RuneSelf || isASCIILetter(text[j])) {
		j++
	}
	return j - i, false, 0
}

// maxCodeLetters is the most letters a wordCode holds.
const maxCodeLetters = 12

// wordCode returns a number that stands for w, folded to lower case, when
// w is ASCII letters only and no longer than maxCodeLetters: five bits a
// letter, 'a' coded 1 to 'z' coded 26, so that no two such words share a
// code and no word has code 0.
func wordCode(w string) (uint64, bool) {
	if w == "" || len(w) > maxCodeLetters {
		return 0, false
	}
	var code uint64
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return 0, false
		}
		code = code<<5 | letterCode(w[i])
	}
	return code, true
}

// letterCode is the five bits that stand for the ASCII letter c in a
// wordCode.
func letterCode(c byte) uint64 { return uint64(c | 0x20 - 'a' + 1) }

// A codeTable maps word codes to values: an open addressing table at most
// a quarter full, which a look-up reads with a multiplication and a
// comparison or two, quicker than a map keyed by the words.
type codeTable[V any] struct {
	keys []uint64 // 0 for an empty slot
	vals []V
	mask int
}

func newCodeTable[V any](n int) *codeTable[V] {
	size := 64
	for size < 4*n {
		size *= 2
	}
	return &codeTable[V]{keys: make([]uint64, size), vals: make([]V, size), mask: size - 1}
}

func (t *codeTable[V]) slot(code uint64) int {
	return int((code*0x9e3779b97f4a7c15)>>32) & t.mask
}

// put adds code, which is not 0, with its value; the table must have been
// made for at least as many codes as are put.
func (t *codeTable[V]) put(code uint64, v V) {
	i := t.slot(code)
	for t.keys[i] != 0 && t.keys[i] != code {
		i = (i + 1) & t.mask
	}
	t.keys[i], t.vals[i] = code, v
}

func (t *codeTable[V]) get(code uint64) (V, bool) {
	for i := t.slot(code); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case code:
			return t.vals[i], true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// count adds the scores of the words of text to scores, and their number
// to words, until words reaches maxLangWords. A word is a run of ASCII
// letters and bytes outside ASCII; one with a byte outside ASCII counts
// for none. Each is looked up by its langKey; a key of 0 finds a score
// of 0.
//
// The text is read langBlock bytes at a time where it can be: the bytes
// of words are told for the whole block at once (wordBits), and its
// words are cut from the bits, so that finding where a word ends waits
// on no load of the text, as it does word by word. A word that runs on
// past the block, and the text at its end, are read word by word.
func (t *langTable) count(text string, scores langScores, words int) (langScores, int) {
scan:
	for i := 0; i < len(text) && words < maxLangWords; {
		// eight bytes past the block are read with the last word of it,
		// for its key
		if i+langBlock+8 <= len(text) {
			word, high := blockWordBits(text, i)
			for {
				if word == 0 {
					// every word of the block ends inside it, before
					// a byte of none
					i += langBlock
					continue scan
				}
				s := bits.TrailingZeros64(word)
				e := s + bits.TrailingZeros64(^(word >> s))
				if e == langBlock {
					i += s // the word may run on: it is read below
					break
				}
				if n := e - s; high>>s&(1<<n-1) == 0 && n <= maxWordBytes {
					// the word's key is taken with no branch on its
					// length, which would be mispredicted on many
					// words: the key of a word of eight letters or
					// more is first its eight bytes, where a shift by
					// 64 or more leaves a mask of all ones, and no
					// key of t is eight letters (a shortKey has seven
					// bytes at most, a longer word's key has
					// longKeyBit, which a letter has not); only such
					// a word whose first eight letters are those of a
					// word of t (longBits), which few are, is coded,
					// as readWord codes it
					x := load64(text, i+s) | 0x20*ones
					key := x & (1<<(8*uint(n)) - 1)
					if t.longBits.hasKey(x) && n >= 8 && n <= maxCodeLetters {
						key = longKey(text, i+s)
					}
					words++
					scores += t.score(key)
					if words == maxLangWords {
						return scores, words
					}
				}
				word &^= 1<<e - 1
			}
		}
		if c := text[i]; c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		n, ascii, key := t.readWord(text, i)
		if ascii && n <= maxWordBytes {
			words++
			scores += t.score(key)
		}
		i += n
		if i < len(text) && text[i] == ' ' {
			i++ // the space after a word, read without going round
		}
	}
	return scores, words
}

// langBlock is how many bytes count reads at a time: the bits of a uint64.
const langBlock = 64

// blockWordBits returns wordBits of the langBlock bytes at text[i:], the
// first byte's bits lowest.
func blockWordBits(text string, i int) (word, high uint64) {
	for k := 0; k < langBlock/8; k++ {
		w, h := wordBits(load64(text, i+8*k))
		word |= uint64(w) << (8 * k)
		high |= uint64(h) << (8 * k)
	}
	return word, high
}

// wordBits returns a bit for each of the eight bytes of x, the first
// lowest, that is a byte of a word as count reads one: an ASCII letter
// or a byte outside ASCII; and one for each outside ASCII.
func wordBits(x uint64) (word, high uint8) {
	// Setting the 0x20 bit makes a lower-case letter of an upper-case
	// one, and of no other byte. With the high bits cleared, adding
	// 0x80-'a' sets the high bit of the bytes from 'a' up, 0x80-'z'-1
	// of those past 'z', and no byte carries into the next: every byte
	// is told exactly, where leadingLetters (datetok.go) tells only the
	// bytes up to the first that is no letter.
	y := (x | 0x20*ones) &^ highs
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
	return gatherHighs(letters | x&highs), gatherHighs(x & highs)
}

// gatherHighs returns the top bits of the eight bytes of m, which has no
// other bits, as the eight bits of a byte, the first byte's lowest: the
// multiplication moves the bit of byte k to bit 56+k, and its sums carry
// into none of those bits.
func gatherHighs(m uint64) uint8 {
	return uint8((m >> 7) * 0x0102040810204080 >> 56)
}

// longKey returns the langKey of the word of eight to maxCodeLetters
// ASCII letters at text[i:].
func longKey(text string, i int) uint64 {
	_, code := asciiWord(text, i)
	return code | longKeyBit
}

// maxWordBytes is the longest word the detector counts.
const maxWordBytes = 24

// maxLangWords bounds how many words of an article the detector reads.
const maxLangWords = 4000

// detectLanguage tells the language of the article from the words of its
// title and paragraphs: Indonesian ("id"), English ("en") or Malay ("ms").
// The page's declared language, which the HTML reader leaves in
// a.Language, decides only when the text is too short to tell; pages
// often declare a language they are not written in.
func detectLanguage(a *Article) language.Tag {
	var scores langScores
	words := 0
	codes := langCodes()
	scores, words = codes.count(a.Title, scores, words)
	for _, p := range a.Paragraphs {
		if words >= maxLangWords {
			break
		}
		scores, words = codes.count(p.Text, scores, words)
	}
	score := [4]int{scores.of(langID), scores.of(langMS), scores.of(langEN), scores.of(langShared)}
	hint := a.Language
	switch {
	case score[langEN]+score[langShared]+score[langID]+score[langMS] < 4 && hint != language.Und:
		return hintBase(hint)
	case score[langEN] > score[langShared]:
		return language.English
	case score[langMS] >= 3 && score[langMS] > score[langID]:
		return language.Malay
	case score[langMS] < 3 && score[langID] < 3 && hint != language.Und && hintBase(hint) == language.Malay:
		return language.Malay
	}
	return language.Indonesian
}

// hintBase reduces a declared language to one of the detected ones, or
// Indonesian.
func hintBase(t language.Tag) language.Tag {
	base, _ := t.Base()
	switch base.String() {
	case "en":
		return language.English
	case "ms":
		return language.Malay
	}
	return language.Indonesian
}

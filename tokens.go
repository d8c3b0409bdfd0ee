package berita

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// A token is a word, a number or a punctuation mark of a field's text;
// start and end are byte offsets into that text.
type token struct {
	start, end int
	kind       tokenKind
	// sentStart marks the first word of a sentence, where a capital
	// letter says nothing about a name.
	sentStart bool
	// upper says the token starts with a capital letter (startsUpper):
	// the entity rules ask it of nearly every token, and a flag of the
	// token costs less than a read of the text's byte
	upper bool
	// anyUpper says it holds one anywhere ("iPhone"), which the tagger
	// asks of every token: splitTokens finds it in the word's bytes as it
	// reads them, at a fraction of what a second read cost
	anyUpper bool
}

type tokenKind uint8

const (
	wordToken   tokenKind = iota // letters, with digits, inner hyphens, apostrophes and dots
	numberToken                  // digits, with inner dots, commas, slashes and colons
	punctToken                   // any other single character
)

// splitTokens splits text into tokens in one pass. A word is a run of letters
// and digits, joined across a hyphen, apostrophe or dot that has a letter or
// digit on both sides ("Puja-puji", "Jum'at", "Kompas.com", "S.H"); a
// number is a run of digits joined across ".", ",", "/" or ":" between
// digits ("10.000", "13/9/2023"). Everything else is one token per
// character. White space separates tokens and is never part of one.
func splitTokens(text string, toks []token) []token {
	toks = toks[:0]
	if want := len(text)/5 + 4; cap(toks) < want {
		toks = make([]token, 0, want) // about one token per five bytes
	}
	sentStart := true
	for i := 0; i < len(text); {
		c := text[i]
		// most characters are ASCII, and most of those open a word or
		// are a space: no decoding and no tables for them
		var r rune
		size := 1
		var alnum, upper bool
		switch {
		case isAlnumASCII(c):
			r, alnum, upper = rune(c), true, isUpperASCII(c)
		case isSpaceASCII(c): // as unicode.IsSpace for ASCII
			i++
			continue
		case c < utf8.RuneSelf:
			r = rune(c)
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			alnum, upper = isAlnum(r), unicode.IsUpper(r)
		}
		if alnum {
			// most words are a run of ASCII letters that ends at a
			// space or a mark no word joins across: scanWord only for
			// the others, from where the run ends, as its own first
			// run would. Most runs end within their first eight bytes,
			// read here, inline: alnumRunUpper only for the others,
			// where its call cost as much as the reading
			var n int
			var anyUpper bool
			if i+8 <= len(text) {
				var ups uint64
				n, ups = alnumBlock(load64(text, i))
				anyUpper = ups != 0
			}
			if n == 8 || i+8 > len(text) {
				more, moreUpper := alnumRunUpper(text, i+n)
				n, anyUpper = n+more, anyUpper || moreUpper
			}
			j := i + n
			if j < len(text) && (text[j] >= utf8.RuneSelf || isSeparatorASCII(text[j]) && joinsAhead(text, j+1)) {
				j = scanWord(text, j)
				anyUpper = hasUpper(text[i:j])
			}
			kind := wordToken
			if '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
				if allDigitsOrSep(text[i:j]) {
					kind = numberToken
				}
			}
			toks = appendToken(toks, i, j, kind, sentStart && kind == wordToken, upper, anyUpper)
			if kind == wordToken {
				sentStart = false
			}
			// a space follows most words: it is passed here, where the
			// loop would take a turn for it
			if j < len(text) && text[j] == ' ' {
				j++
			}
			i = j
			continue
		}
		toks = appendToken(toks, i, i+size, punctToken, false, upper, upper)
		if (r == '.' || r == '!' || r == '?') && fullStopEnds(text, toks) {
			sentStart = true
		}
		i += size
	}
	return toks
}

// joinsAhead says whether the byte at i, after an ASCII separator, may
// go on with the word before it: a separator joins a letter or digit
// (see joins), and the comma or full stop that ends most words has a
// space after it, or nothing.
func joinsAhead(text string, i int) bool {
	return i < len(text) && (text[i] >= utf8.RuneSelf || isAlnumASCII(text[i]))
}

// firstToken returns where the first token that splitTokens finds in text
// starts and ends, without splitting the rest; 0, 0 when there is none.
func firstToken(text string) (start, end int) {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isAlnumASCII(c):
			return i, scanWord(text, i)
		case isSpaceASCII(c):
			i++
			continue
		case c < utf8.RuneSelf:
			return i, i + 1
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isAlnum(r):
			return i, scanWord(text, i)
		default:
			return i, i + size
		}
	}
	return 0, 0
}

// appendToken appends a token of the fields given. It writes them in
// place: append(toks, token{...}) builds the token on the stack a field
// at a time and copies it out with wider loads, which wait for the narrow
// stores just made, once per token.
func appendToken(toks []token, start, end int, kind tokenKind, sentStart, upper, anyUpper bool) []token {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.start, t.end, t.kind, t.sentStart, t.upper, t.anyUpper = start, end, kind, sentStart, upper, anyUpper
	return toks
}

// scanWord returns the end of the word or number that starts at i.
func scanWord(text string, i int) int {
	for i < len(text) {
		// most words are ASCII letters and end at an ASCII space: no
		// decoding, no tables
		i += alnumRun(text, i)
		if i == len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf && !isSeparatorASCII(c) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		// an ASCII r is a separator here: alnumRun took the letters
		if r >= utf8.RuneSelf && (isAlnum(r) || unicode.Is(unicode.Mn, r)) {
			i += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '/' || r == ':' {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size < len(text) && joins(r, prev, next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// alnumRun returns the number of ASCII letters and digits at text[i:].
// It tests eight bytes at once where it can: a test per byte mispredicts
// a branch at the end of nearly every word, and most words are shorter
// than eight bytes.
func alnumRun(text string, i int) int {
	n, _ := alnumRunUpper(text, i)
	return n
}

// alnumRunUpper is alnumRun that also says whether the run holds an
// upper-case letter.
func alnumRunUpper(text string, i int) (int, bool) {
	start := i
	var upper uint64 // the top bit of each upper-case byte of the run
	for ; i+8 <= len(text); i += 8 {
		n, u := alnumBlock(load64(text, i))
		upper |= u
		if n < 8 {
			return i - start + n, upper != 0
		}
	}
	for ; i < len(text) && isAlnumASCII(text[i]); i++ {
		if isUpperASCII(text[i]) {
			upper = 1
		}
	}
	return i - start, upper != 0
}

// alnumBlock returns the number of ASCII letters and digits that the eight
// bytes of x start with, 8 when all are, and the top bit of each
// upper-case byte among them.
func alnumBlock(x uint64) (n int, upper uint64) {
	n = bits.TrailingZeros64(notAlnum8(x)) / 8 // 64 / 8 when none is
	return n, upper8(x) & (1<<(8*n) - 1)       // (a shift by 64 leaves 0 in Go)
}

// upper8 returns the top bit of each byte of x from 'A' to 'Z', of the
// bytes below 0x80 (a byte above it is none, but may have a bit set
// here: the caller masks them out).
func upper8(x uint64) uint64 {
	v := x &^ highs
	return (v + (0x80-'A')*ones) &^ (v + (0x7f-'Z')*ones) & highs
}

// notAlnum8 returns the top bit of each of the eight bytes of x that is no
// ASCII letter or digit. A byte b below 0x80 is at least lo when
// b + 0x80 - lo has its top bit set, and above hi when b + 0x7f - hi has;
// neither sum carries into the next byte. (ones and highs are the
// constants of the eight-byte reads, with load64 in parse.go.)
func notAlnum8(x uint64) uint64 {
	v := x &^ highs
	digit := (v + (0x80-'0')*ones) &^ (v + (0x7f-'9')*ones)
	v |= 0x20 * ones // lower-cases the letters, and turns no other byte into one
	letter := (v + (0x80-'a')*ones) &^ (v + (0x7f-'z')*ones)
	return (^(digit | letter) | x) & highs
}

// joins says whether the separator sep between prev and next belongs to
// the token around it.
func joins(sep, prev, next rune) bool {
	switch sep {
	case '-', '\'', '’', '.':
		return isAlnum(prev) && isAlnum(next)
	default: // ",", "/", ":" only inside numbers
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumASCII(byte(r)) // most are; no tables for them
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSeparatorASCII says whether c is one of the ASCII characters that
// scanWord joins across.
func isSeparatorASCII(c byte) bool {
	// all of them are below 64: one test of a bit, where six compares
	// would each take a branch
	const separators uint64 = 1<<'-' | 1<<'\'' | 1<<'.' | 1<<',' | 1<<'/' | 1<<':'
	return c < 64 && separators>>c&1 != 0
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

func allDigitsOrSep(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' && r != '/' && r != ':' {
			return false
		}
	}
	return true
}

// fullStopEnds says whether the full stop that is the last of toks ends a
// sentence: it does not after an initial ("M.") or a common abbreviation
// ("Dr.", "Jl.", "No.").
func fullStopEnds(text string, toks []token) bool {
	n := len(toks)
	if n < 2 || text[toks[n-1].start] != '.' {
		return true
	}
	prev := toks[n-2]
	if prev.end != toks[n-1].start || prev.kind != wordToken {
		return true
	}
	w := text[prev.start:prev.end]
	if utf8.RuneCountInString(w) == 1 {
		return false
	}
	// every abbreviation is shorter than b: lower-case on the stack
	var b [16]byte
	if len(w) > len(b) {
		return true
	}
	for i := range len(w) {
		b[i] = lowerASCII(w[i])
	}
	// most words before a full stop are none: the filter says so before
	// the look-up
	return !abbreviations.filter.mayHave(w) || abbreviations.words.of(b[:len(w)]) == 0
}

// abbreviations are the abbreviationWords, looked up.
var abbreviations = listOf(abbreviationWords...)

// abbreviationWords are words that are commonly followed by a full stop
// without ending a sentence: titles and honorifics, street and unit words.
var abbreviationWords = []string{"dr", "drs", "dra", "prof", "ir", "hj", "h",
	"jl", "jln", "no", "kab", "kec", "kel", "tbk",
	"st", "sh", "se", "mm", "msi", "mh", "kh",
	"brigjen", "kombes", "ipda", "iptu", "akp", "kompol",
	"mr", "mrs", "ms", "jr", "sr", "dll", "dsb",
	"bpk", "ny", "sdr", "pol", "purn", "u", "s"}

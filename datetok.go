package berita

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file holds the token layer of the date scanner: the text of one
// field is cut once into words, numbers and punctuation, each word looked
// up once in the date lexicon. The rules in dates.go then work on tokens.

type dtokKind uint8

const (
	tokWord dtokKind = iota + 1
	tokNum
	tokPunct
)

// A dtoken is one word, digit run or punctuation rune of a field's text.
type dtoken struct {
	start, end int32 // byte offsets into the field's text
	kind       dtokKind
	// upper: a word that starts with an upper-case letter.
	upper bool
	// amount: a number that is part of an amount ("10.000", "1,5",
	// "Rp612"), never a day, month, year or clock time.
	amount bool
	ndig   uint8    // number of digits (capped)
	num    int32    // value of a number (capped)
	punct  rune     // a punctuation rune; dashes are folded to '-'
	sent   int32    // sentence number within the chunk
	lx     lexEntry // what the date lexicon knows of a word
}

// spareTokens holds the token buffers of date scans that are done: each
// Parse makes a new scanner, whose buffer would otherwise be fresh memory
// that every article fills again. A dtoken holds no pointers, so a spare
// buffer keeps no text alive.
var spareTokens sync.Pool

// A tokenBuf is the memory of a date scan's tokens, kept in spareTokens
// between scans.
type tokenBuf struct {
	toks  []dtoken
	opens []int32
	vals  []byte // see dateScanner.vals
	spans []valueSpan
}

// takeTokens returns a token buffer with room for at least n tokens,
// reusing a spare one when there is one.
func takeTokens(n int) *tokenBuf {
	b, ok := spareTokens.Get().(*tokenBuf)
	if !ok {
		b = new(tokenBuf)
	}
	if cap(b.toks) < n {
		b.toks = make([]dtoken, 0, n)
	}
	return b
}

// releaseTokens hands b on to the next scan; b may not be used after.
func releaseTokens(b *tokenBuf) {
	spareTokens.Put(b)
}

// A timeUnit is the unit of a count of time ("tiga hari", "sebulan").
type timeUnit uint8

const (
	noUnit timeUnit = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

// A lexEntry is what the date lexicon knows of a word. A word may have
// several roles: "minggu" is Sunday and a week, "setahun" is a count and a
// unit.
//
// It takes 8 bytes, its marks kept as bits of one byte (lexFlags), so
// that a token takes 32: the tokenizer writes one for every word of a
// text.
type lexEntry struct {
	month   int8 // 1-12
	weekday int8 // time.Weekday + 1
	zone    int8 // 1 WIB, 2 WITA, 3 WIT
	unit    timeUnit
	ord     int8 // ordinal word: pertama 1 ... keempat 4
	flags   lexFlags
	num     int16
}

// lexFlags are the marks of a lexEntry.
type lexFlags uint8

const (
	// lexAbbr marks a month or weekday form that is read only next to
	// a day or year ("Mar", "Sun", "may").
	lexAbbr lexFlags = 1 << iota
	// lexNum marks a number word ("dua", "sepuluh") or se- count
	// ("setahun").
	lexNum
	// lexVague marks words that stand for an unknown count
	// ("beberapa", "puluhan").
	lexVague
	// lexKey marks words that start or shape a date rule; words the
	// lexicon does not know at all are skipped by the scanner at once.
	lexKey
	// lexHoliday marks the first words of holiday names.
	lexHoliday
	// lexCount marks the words other than numbers, vague counts and
	// units that start a count: "setengah" and the ber- forms of
	// "bertahun-tahun". The scanner tries a count at a word only when
	// it has one of these marks, and a flag is cheaper to test than
	// the words.
	lexCount
)

func (e lexEntry) abbr() bool    { return e.flags&lexAbbr != 0 }
func (e lexEntry) isNum() bool   { return e.flags&lexNum != 0 }
func (e lexEntry) vague() bool   { return e.flags&lexVague != 0 }
func (e lexEntry) key() bool     { return e.flags&lexKey != 0 }
func (e lexEntry) holiday() bool { return e.flags&lexHoliday != 0 }
func (e lexEntry) count() bool   { return e.flags&lexCount != 0 }

// mark sets flag f when on holds, and clears it when not.
func (e *lexEntry) mark(f lexFlags, on bool) {
	if on {
		e.flags |= f
	} else {
		e.flags &^= f
	}
}

func (e lexEntry) known() bool { return e != lexEntry{} }

// dateWords are the words, other than month, weekday and number words,
// that start a date rule ("kemarin", "pukul", "akhir", "kuartal"). Words
// that only follow a start ("lalu", "ini", "yang") are not listed: the
// rules compare them in place. Source: KBBI and usage in Indonesian news.
var dateWords = []string{
	"kemarin", "besok", "lusa", "esok", "keesokan", "hari", "tadi", "nanti", "malam", "pagi",
	"siang", "sore", "petang", "subuh", "dini", "semalam", "pukul", "pkl", "pk", "jam", "sekitar",
	"sekira", "akhir", "awal", "pertengahan", "medio", "penghujung", "kuartal", "triwulan",
	"caturwulan", "semester", "paruh", "q", "tanggal", "tgl", "lebih", "kurang", "hampir", "hut",
	"tahun", "bulan", "pekan", "minggu", "setengah", "bertahun", "berbulan", "berhari", "berminggu",
	"berjam", "pengujung", "tw", "h",
}

var numberWords = map[string]int{
	"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
	"belas": -1, "puluh": -1, "ratus": -1, "ribu": -1,
}

var ordinalWords = map[string]int8{"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

var unitWords = map[string]timeUnit{
	"detik": unitSecond, "menit": unitMinute, "jam": unitHour, "hari": unitDay,
	"pekan": unitWeek, "minggu": unitWeek, "bulan": unitMonth, "tahun": unitYear,
	"dekade": unitDecade, "dasawarsa": unitDecade,
}

// seUnits are the se- forms that mean "one UNIT" ("setahun").
var seUnits = map[string]timeUnit{
	"sedetik": unitSecond, "semenit": unitMinute, "sejam": unitHour, "sehari": unitDay,
	"sepekan": unitWeek, "seminggu": unitWeek, "sebulan": unitMonth, "setahun": unitYear,
	"sedekade": unitDecade,
}

// berUnits are the ber- forms of units that open a duration with the
// unit repeated ("bertahun-tahun", "berjam-jam").
var berUnits = []string{"bertahun", "berbulan", "berhari", "berminggu", "berjam"}

var vagueWords = []string{"beberapa", "puluhan", "ratusan", "belasan", "ribuan"}

// fullMonths are the month names that stand alone; the other keys of
// monthNames are read only next to a day or year.
var fullMonths = []string{
	"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
	"september", "oktober", "november", "nopember", "desember",
	"january", "february", "march", "june", "july", "august", "october", "december",
}

// dateLexicon is built once from the shared name tables in lexicon.go and
// the word lists above.
var dateLexicon = sync.OnceValue(func() *lexicon {
	m := make(map[string]lexEntry, 256)
	set := func(w string, f func(*lexEntry)) {
		e := m[w]
		f(&e)
		m[w] = e
	}
	full := make(map[string]bool, len(fullMonths))
	for _, w := range fullMonths {
		full[w] = true
	}
	for w, mo := range monthNames {
		set(w, func(e *lexEntry) { e.month = int8(mo); e.mark(lexAbbr, !full[w]) })
	}
	for w, wd := range weekdayNames {
		set(w, func(e *lexEntry) { e.weekday = int8(wd) + 1; e.mark(lexAbbr, len(w) <= 3) })
	}
	for w, loc := range zoneNames {
		z := int8(1)
		switch loc {
		case zoneWITA:
			z = 2
		case zoneWIT:
			z = 3
		}
		set(w, func(e *lexEntry) { e.zone = z })
	}
	for w, n := range numberWords {
		set(w, func(e *lexEntry) { e.flags |= lexNum; e.num = int16(n) })
	}
	for w, o := range ordinalWords {
		set(w, func(e *lexEntry) { e.ord = o })
	}
	for w, u := range unitWords {
		set(w, func(e *lexEntry) { e.unit = u })
	}
	for w, u := range seUnits {
		set(w, func(e *lexEntry) { e.unit = u; e.flags |= lexNum; e.num = 1 })
	}
	for _, w := range vagueWords {
		set(w, func(e *lexEntry) { e.flags |= lexVague })
	}
	for _, w := range dateWords {
		set(w, func(e *lexEntry) { e.flags |= lexKey })
	}
	set("setengah", func(e *lexEntry) { e.flags |= lexCount })
	for _, w := range berUnits {
		set(w, func(e *lexEntry) { e.flags |= lexCount })
	}
	for _, h := range holidays {
		w := h.words[0]
		if w == "1" {
			w = h.words[1] // "1 Muharram": the month name marks it
		}
		set(w, func(e *lexEntry) { e.flags |= lexKey | lexHoliday })
	}
	lx := &lexicon{words: m, codes: newCodeTable[lexEntry](len(m)), shorts: newCodeTable[lexEntry](len(m))}
	for w, e := range m {
		lx.prefix.add(w)
		lx.hashes.add(wordHash(w))
		if code, ok := wordCode(w); ok && strings.ToLower(w) == w {
			lx.codes.put(code, e)
			lx.codeBits.addKey(code)
			if len(w) < 8 {
				key := shortKey(w)
				lx.shorts.put(key, e)
				lx.shortBits.addKey(key)
			}
		}
		if len(w) >= 8 {
			head := load64(w, 0)
			lx.longBits.addKey(head)
		}
	}
	return lx
})

// shortKey returns the bytes of w, a word of up to seven lower-case
// ASCII letters, as a little-endian number: what the tokenizer has in
// hand, with no further work, once it has read such a word and found it
// ends within the eight bytes it loaded: w as loadTail reads it.
func shortKey(w string) uint64 { return loadTail(w, 0) }

// A lexicon is the date words, with a filter that turns most other words
// away before the map is consulted.
type lexicon struct {
	words  map[string]lexEntry
	prefix wordFilter
	hashes hashSet // of the words, as lookupWord hashes them
	// codes holds the words of ASCII letters by their wordCode: the
	// tokenizer reads most words by code, with no map look-up. codeBits
	// holds a bit for each code, which turns most other words away
	// after a read of a small table that stays in the cache.
	codes    *codeTable[lexEntry]
	codeBits hashSet
	// shorts and shortBits are codes and codeBits for the words of up
	// to seven letters, by shortKey: a short word is looked up without
	// coding its letters.
	shorts    *codeTable[lexEntry]
	shortBits hashSet
	// longBits holds a bit for the first eight bytes of each word of
	// eight or more: a longer word of the text whose first eight
	// letters, in lower case, have no bit is none of the lexicon, and is
	// not coded at all.
	longBits hashSet
}

// A wordFilter knows the first two letters and the length of each word of
// a set: a word it does not know is not in the set. Entry i has bit n set
// when a word of n bytes starts with the letters of prefixIndex slot i.
type wordFilter [27 * 27]uint32

// add records w; words of 32 bytes or more are left out (mayHave turns
// them all away).
func (f *wordFilter) add(w string) {
	if len(w) < 32 {
		f[prefixIndex(w)] |= 1 << len(w)
	}
}

// mayHave reports whether w, folded to lower case, may be in the set.
func (f *wordFilter) mayHave(w string) bool {
	return len(w) < 32 && f[prefixIndex(w)]&(1<<len(w)) != 0
}

// prefixIndex maps the first two bytes of a word, folded to lower case,
// to an index into lexicon.prefix; bytes other than ASCII letters share
// one slot.
func prefixIndex(w string) int {
	s0, s1 := 26, 26
	if len(w) > 0 {
		s0 = letterSlot(w[0])
	}
	if len(w) > 1 {
		s1 = letterSlot(w[1])
	}
	return s0*27 + s1
}

// letterSlot is the slot of byte c in prefixIndex: its letter, or 26.
func letterSlot(c byte) int {
	if c |= 0x20; c-'a' < 26 { // bytes below 'a' wrap around
		return int(c - 'a')
	}
	return 26
}

// lookupWord finds w in the lexicon without allocating: it folds ASCII
// upper case into a small buffer.
func lookupWord(lex *lexicon, w string) lexEntry {
	var buf [24]byte
	if len(w) > len(buf) || !lex.prefix.mayHave(w) {
		return lexEntry{}
	}
	var h uint32
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = h*31 + uint32(c)
	}
	if !lex.hashes.has(h) {
		return lexEntry{}
	}
	return lex.words[string(buf[:len(w)])]
}

// A hashSet is a set of 32-bit hashes of words, kept as one bit of 4096:
// a hash not in it is that of no word of the set, and a word turned away
// by it needs no map look-up. The prefix filter lets through many common
// words that share their first letters and length with a date word
// (sebagai, setelah); few of them share a hash bit.
type hashSet [4096 / 64]uint64

func hashBit(h uint32) uint32 { return (h * 0x9e3779b1) >> 20 }

func (s *hashSet) add(h uint32) { b := hashBit(h); s[b/64] |= 1 << (b % 64) }

func (s *hashSet) has(h uint32) bool { b := hashBit(h); return s[b/64]&(1<<(b%64)) != 0 }

// addKey and hasKey are add and has for a 64-bit key, a word's code or
// its bytes, folded to 32 bits the same way on both sides.
func (s *hashSet) addKey(k uint64) { s.add(uint32(k ^ k>>32)) }

func (s *hashSet) hasKey(k uint64) bool { return s.has(uint32(k ^ k>>32)) }

// wordHash is the hash lookupWord takes of a lower-case word.
func wordHash(w string) uint32 {
	var h uint32
	for i := 0; i < len(w); i++ {
		h = h*31 + uint32(w[i])
	}
	return h
}

// A contextWords is a list of context words that sc.isIn finds a token in
// with one look-up by the token's wordCode, where sc.is compares the
// token with each word in turn. The lists are long (countNouns has 60
// words) and asked about for most numbers and for every token of the
// look-back before a weekday, so that the comparisons added up.
type contextWords struct {
	words []string // the list, lower-case ASCII
	// codes holds the words that have a wordCode: those of ASCII
	// letters only, of up to maxCodeLetters. No other word of the list
	// can equal a token that has a code.
	codes *codeTable[bool]
}

// newContextWords returns the set of words, made on first use.
func newContextWords(words ...string) func() *contextWords {
	return sync.OnceValue(func() *contextWords {
		set := &contextWords{words: words, codes: newCodeTable[bool](len(words))}
		for _, w := range words {
			if code, ok := wordCode(w); ok {
				set.codes.put(code, true)
			}
		}
		return set
	})
}

// codeOf returns the wordCode of token i, and false when it has none: a
// word with a letter outside ASCII or an apostrophe, a word longer than
// maxCodeLetters, or no word.
func (sc *dateScanner) codeOf(i int) (uint64, bool) {
	t := &sc.toks[i]
	if t.kind != tokWord || t.end-t.start > maxCodeLetters {
		return 0, false
	}
	end, code := asciiWord(sc.text, int(t.start))
	return code, end == int(t.end)
}

// isIn reports whether token i is a word of set, ignoring case, as
// sc.is(i, set.words...) does.
func (sc *dateScanner) isIn(i int, set *contextWords) bool {
	if !sc.ok(i) || sc.toks[i].kind != tokWord {
		return false
	}
	if code, ok := sc.codeOf(i); ok {
		_, found := set.codes.get(code)
		return found
	}
	// strings.EqualFold, which sc.is uses, folds some letters outside
	// ASCII to ASCII ones (the Kelvin sign to k): such words are compared
	// as sc.is compares them
	return sc.is(i, set.words...)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { c |= 0x20; return 'a' <= c && c <= 'z' }

// tokenize cuts text[from:to] into tokens, appending to toks[:0]. Token
// offsets are offsets into text. It lists in opens[:0] the indices of
// the tokens that may open a date, the only ones the rules start from:
// numbers, "(" and the words the lexicon knows. A scan then goes from one
// to the next, rather than testing every token, most of which are words
// the lexicon does not know.
func tokenize(toks []dtoken, opens []int32, text string, from, to int) ([]dtoken, []int32) {
	tz := tokenizer{toks: toks[:0], opens: opens[:0]}
	tz.run(text[:to], from)
	markAmounts(tz.toks, tz.opens, text)
	return tz.toks, tz.opens
}

// A tokenizer holds what tokenize builds.
type tokenizer struct {
	toks  []dtoken
	opens []int32
	sent  int32 // the sentence number within the chunk
}

// run cuts text[from:] into tokens.
//
// The common tokens are read by common, in a loop that calls nothing:
// run makes room for their tokens before it starts. Go keeps no value in
// a register across a call, so that a loop that might call growslice (or
// token) kept its variables on the stack and reloaded them each turn.
func (tz *tokenizer) run(text string, from int) {
	lex := dateLexicon()
	for i := from; i < len(text); {
		if cap(tz.toks)-len(tz.toks) < tokenRoom {
			tz.toks = slices.Grow(tz.toks, tokenRoom)
		}
		// each token takes at most one entry of opens
		if room := cap(tz.toks) - len(tz.toks); cap(tz.opens)-len(tz.opens) < room {
			tz.opens = slices.Grow(tz.opens, room)
		}
		i = tz.common(text, i, lex)
		if i < len(text) && len(tz.toks) < cap(tz.toks) {
			i = tz.token(text, i, lex)
		}
	}
}

// tokenRoom is the least room for tokens that run makes before each call
// of common.
const tokenRoom = 64

// common reads the common tokens of text from i on: an ASCII word that
// the eight bytes at its start hold, or whose first eight letters start no
// long word of the lexicon, followed by an ASCII byte other than an
// apostrophe; a number; ASCII punctuation; a space. It stops at the end of
// the text; at any other token (a letter outside ASCII, a word that may go
// on past an apostrophe, a longer word that may be in the lexicon), which
// token reads; or when tz.toks is full. It returns where it stopped.
//
// A space after a word, a number or punctuation, as most are, is passed
// over with it rather than in a turn of its own, whose test of the byte
// the processor could not guess.
//
// It appends to tz.toks and tz.opens within the room that run made, by
// reslicing. It keeps the token slice in a variable, which with so few
// cases the compiler holds in registers; the open list and the sentence
// count, less used, stay in tz.
//
// Each token is set zero and filled in place: a token is too large for
// the compiler to build in registers, and a literal built on the stack
// and then copied in costs more than the rest of the loop.
func (tz *tokenizer) common(text string, i int, lex *lexicon) int {
	toks := tz.toks
loop:
	for i < len(text) && len(toks) < cap(toks) {
		c := text[i]
		switch {
		case isASCIILetter(c):
			// A word that ends within the eight bytes at i, as most
			// do, is those bytes, in lower case (shortKey), read in
			// one load. A longer one whose first eight letters, in
			// lower case, start no word of the lexicon (longBits) is
			// none of it: only its end is sought.
			var x uint64
			if i+8 <= len(text) {
				x = load64(text, i)
			} else {
				x = loadTail(text, i)
			}
			n := leadingLetters(x)
			var j int
			var key uint64
			if n < 8 {
				j, key = i+n, (x|0x20*ones)&(1<<(8*n)-1)
			} else if !lex.longBits.hasKey(x | 0x20*ones) {
				// asciiWordEnd, written out: a call here would
				// cost the loop its registers
				for j = i + 8; j+8 <= len(text); {
					m := leadingLetters(load64(text, j))
					j += m
					if m < 8 {
						break
					}
				}
				// and at the end of the text, byte by byte
				for j+8 > len(text) && j < len(text) && isASCIILetter(text[j]) {
					j++
				}
			} else {
				break loop
			}
			var next byte
			if j < len(text) {
				next = text[j]
			}
			if next >= utf8.RuneSelf || next == '\'' {
				break loop // the word may go on (Jum'at)
			}
			k := len(toks)
			toks = toks[:k+1]
			t := &toks[k]
			*t = dtoken{}
			// a letter is upper case when its 0x20 bit is clear
			t.kind, t.start, t.end, t.sent, t.upper = tokWord, int32(i), int32(j), tz.sent, c&0x20 == 0
			// found is kept apart from lx.known(), which compares
			// each field of lx: most words are turned away by
			// shortBits, and have nothing to compare
			if n < 8 && lex.shortBits.hasKey(key) {
				if lx, found := lex.shorts.get(key); found {
					t.lx = lx
					tz.markOpen(k)
				}
			}
			i = j
			if next == ' ' {
				i++
			}
		case isDigit(c):
			j, n := i, 0
			for j < len(text) && isDigit(text[j]) {
				if n < 100000000 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			k := len(toks)
			tz.markOpen(k)
			toks = toks[:k+1]
			t := &toks[k]
			*t = dtoken{}
			t.kind, t.start, t.end, t.sent = tokNum, int32(i), int32(j), tz.sent
			t.ndig, t.num = uint8(min(j-i, 255)), int32(n)
			i = j
			if i < len(text) && text[i] == ' ' {
				i++
			}
		case ' ' < c && c < utf8.RuneSelf:
			// ASCII punctuation: the letters and digits are read above
			k := len(toks)
			if c == '(' {
				tz.markOpen(k)
			}
			toks = toks[:k+1]
			t := &toks[k]
			*t = dtoken{}
			t.kind, t.start, t.end, t.sent, t.punct = tokPunct, int32(i), int32(i+1), tz.sent, rune(c)
			i++
			if closesSentence(text, i) {
				tz.sent++
			}
			if i < len(text) && text[i] == ' ' {
				i++
			}
		case c == ' ':
			i++
		default:
			break loop
		}
	}
	tz.toks = toks
	return i
}

// markOpen lists token k among those that may open a date, in the room
// that run made for it.
func (tz *tokenizer) markOpen(k int) {
	tz.opens = tz.opens[:len(tz.opens)+1]
	tz.opens[len(tz.opens)-1] = int32(k)
}

// loadTail returns the bytes of s from i, fewer than eight, as load64
// would read them with zeros past the end: a zero is no letter, so that a
// word at the end of a text ends where the text does.
func loadTail(s string, i int) uint64 {
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// closesSentence reports whether the punctuation byte that ends at i ends
// a sentence: ".", "!", "?" or ";", but not a dot between digits ("08.00",
// "10.000").
func closesSentence(text string, i int) bool {
	switch text[i-1] {
	case '!', '?', ';':
		return true
	case '.':
		return !(i > 1 && isDigit(text[i-2]) && i < len(text) && isDigit(text[i]))
	}
	return false
}

// token reads the token at i, or the white space there, that run's loop
// leaves, and returns where it ends.
func (tz *tokenizer) token(text string, i int, lex *lexicon) int {
	c := text[i]
	if c == '\n' || c == '\t' {
		return i + 1
	}
	if isASCIILetter(c) {
		// run's loop leaves an ASCII word here only when it may go on
		// past a letter outside ASCII or an apostrophe, or when its
		// first eight letters, in lower case, start a long word of the
		// lexicon (longBits): the word is read and coded by asciiWord.
		j, code := asciiWord(text, i)
		var lx lexEntry
		switch {
		case j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '\''):
			// the word may go on past a letter outside ASCII or an
			// apostrophe (Jum'at)
			j = dateWordEnd(text, j)
			lx = lookupWord(lex, text[i:j])
		case j-i <= maxCodeLetters:
			if lex.codeBits.hasKey(code) {
				lx, _ = lex.codes.get(code)
			}
		default:
			lx = lookupWord(lex, text[i:j])
		}
		tz.add(dtoken{kind: tokWord, start: int32(i), end: int32(j), upper: 'A' <= c && c <= 'Z', lx: lx})
		return j
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if c >= utf8.RuneSelf && unicode.IsLetter(r) {
		j := dateWordEnd(text, i+size)
		tz.add(dtoken{kind: tokWord, start: int32(i), end: int32(j), upper: unicode.IsUpper(r), lx: lookupWord(lex, text[i:j])})
		return j
	}
	if unicode.IsSpace(r) {
		return i + size
	}
	p := r
	switch r {
	case '–', '—', '‒', '−':
		p = '-'
	}
	tz.add(dtoken{kind: tokPunct, start: int32(i), end: int32(i + size), punct: p})
	// no rune that ends a sentence is outside ASCII: run's loop reads
	// them all
	return i + size
}

// add appends t, in the current sentence, and lists it among the tokens
// that may open a date when it is a word the lexicon knows or "(". It is
// for the tokens token reads, which are few: run's loop fills its tokens
// in place.
func (tz *tokenizer) add(t dtoken) {
	t.sent = tz.sent
	if t.lx.known() || t.kind == tokPunct && t.punct == '(' {
		tz.opens = append(tz.opens, int32(len(tz.toks)))
	}
	tz.toks = append(tz.toks, t)
}

// asciiWord returns the end of the run of ASCII letters that starts at i
// and its wordCode, which is good for a run of up to maxCodeLetters.
//
// It reads eight bytes at a time: a word's end is found and its letters
// coded with no branch taken per letter, where a loop over the letters
// would guess wrong at the end of each word.
func asciiWord(text string, i int) (int, uint64) {
	j, code := i, uint64(0)
	for j+8 <= len(text) {
		x := load64(text, j)
		n := leadingLetters(x)
		code = code<<(5*n) | letterCodes(x, n)
		j += n
		if n < 8 {
			return j, code
		}
	}
	for j < len(text) && isASCIILetter(text[j]) {
		code = code<<5 | letterCode(text[j])
		j++
	}
	return j, code
}

// asciiWordEnd returns the end of the run of ASCII letters that starts
// at i, read as asciiWord reads it, without coding the letters.
func asciiWordEnd(text string, i int) int {
	for i+8 <= len(text) {
		n := leadingLetters(load64(text, i))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < len(text) && isASCIILetter(text[i]) {
		i++
	}
	return i
}

// leadingLetters returns how many of the eight bytes of x, read
// little-endian, are ASCII letters before the first that is not.
func leadingLetters(x uint64) int {
	// Setting the 0x20 bit makes a lower-case letter of an upper-case
	// one, and of no other byte: a letter is then a byte from 'a' to
	// 'z' whose high bit was clear. Adding 0x80-'a' sets the high bit
	// of a byte below 0x80 from 'a' up, 0x80-'z'-1 of one past 'z', so
	// that a byte that is no letter has its high bit set in the one
	// sum but not in the other, or in x. Only a byte from 0x80 up
	// carries into the next: that byte is no letter, and a carry
	// changes only the bytes after the first that is not.
	y := x | 0x20*ones
	others := (^(y + (0x80-'a')*ones) | (y + (0x80-'z'-1)*ones) | x) & highs
	return bits.TrailingZeros64(others) / 8
}

// letterCodes returns the wordCode of the first n (up to 8) bytes of x,
// ASCII letters read little-endian. A letter's code is its low five bits;
// the word's code puts the first letter's highest, so the bytes' codes are
// gathered in pairs, then fours, then all eight, the earlier byte above.
func letterCodes(x uint64, n int) uint64 {
	v := x & (0x1f * ones)
	if n < 8 {
		v &= 1<<(8*n) - 1
	}
	v = (v&0x00ff00ff00ff00ff)<<5 | (v>>8)&0x00ff00ff00ff00ff
	v = (v&0x0000ffff0000ffff)<<10 | (v>>16)&0x0000ffff0000ffff
	v = (v&0xffffffff)<<20 | v>>32
	return v >> (5 * (8 - n)) // the bytes past the n-th were zero
}

// dateWordEnd returns the end of the word whose first letter ends at j:
// letters, joined by an apostrophe before a letter (Jum'at).
func dateWordEnd(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if isASCIILetter(c) {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // no other ASCII byte is a letter or an apostrophe
		}
		r, s := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) {
			j += s
			continue
		}
		if r == '\'' || r == '’' {
			if r2, s2 := utf8.DecodeRuneInString(text[j+s:]); s2 > 0 && unicode.IsLetter(r2) {
				j += s
				continue
			}
		}
		break
	}
	return j
}

// mayOpenDate reports whether the first token of text, which starts with
// no white space, can open a date at all: a number, a parenthesis, or a
// word the date lexicon knows. Every rule of dateScanner.matchAt starts
// from one of these, so a text failing this test needs no tokens.
func mayOpenDate(text string) bool {
	if text == "" {
		return false
	}
	c := text[0]
	if isDigit(c) || c == '(' {
		return true
	}
	r, size := rune(c), 1
	if c >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(text)
	}
	if !isASCIILetter(c) && !(c >= utf8.RuneSelf && unicode.IsLetter(r)) {
		return false
	}
	return lookupWord(dateLexicon(), text[:dateWordEnd(text, size)]).known()
}

// markAmounts flags the numbers that belong to amounts: Indonesian
// thousands ("10.000", "2.025"), decimals ("1,5") and money ("Rp612",
// "Rp 15.000", "$5"). The numbers are among opens, in order.
func markAmounts(toks []dtoken, opens []int32, text string) {
	for _, k32 := range opens {
		k := int(k32)
		t := &toks[k]
		if t.kind != tokNum {
			continue
		}
		afterColon := k > 0 && toks[k-1].kind == tokPunct && toks[k-1].punct == ':' && adjacent(toks, k-1)
		if !afterColon && k+2 < len(toks) && adjacent(toks, k) && adjacent(toks, k+1) && toks[k+2].kind == tokNum {
			sep := toks[k+1].punct
			if (sep == '.' && toks[k+2].ndig == 3) || sep == ',' {
				t.amount = true
				toks[k+2].amount = true
			}
		}
		if k > 0 && t.amount == false {
			p := &toks[k-1]
			switch {
			case p.kind == tokWord && isRp(text, p):
				t.amount = true
			case p.kind == tokPunct && (p.punct == '$' || p.punct == '€' || p.punct == '£'):
				t.amount = true
			case p.kind == tokPunct && p.punct == '.' && k > 1 && isRp(text, &toks[k-2]):
				t.amount = true
			}
		}
		// an amount's later groups are amounts too ("1.201.000")
		if t.amount {
			for m := k; m+2 < len(toks) && adjacent(toks, m) && adjacent(toks, m+1) &&
				(toks[m+1].punct == '.' || toks[m+1].punct == ',') && toks[m+2].kind == tokNum; m += 2 {
				toks[m+2].amount = true
			}
		}
	}
}

// isRp reports whether t is "Rp" in any case, as strings.EqualFold
// finds it: no rune outside ASCII folds to "r" or "p", so that the token
// has two bytes, which most words before a number have not.
func isRp(text string, t *dtoken) bool {
	return t.end-t.start == 2 && strings.EqualFold(text[t.start:t.end], "rp")
}

// adjacent reports whether toks[k] and toks[k+1] touch (no space between).
func adjacent(toks []dtoken, k int) bool {
	return k+1 < len(toks) && toks[k].end == toks[k+1].start
}

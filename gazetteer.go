package berita

import (
	_ "embed"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// gazetteerTSV is the name list written by internal/gengaz: countries and
// regions (CLDR), Indonesian provinces, regencies and cities, political
// parties, news agencies, ministries and agencies, listed companies and
// long/short name pairs from NER training data. data/README.md records the
// sources and licences.
//
//go:embed data/gazetteer.tsv
var gazetteerTSV string

// A gazEntry is one known entity with all its forms.
type gazEntry struct {
	typ   EntityType
	name  string
	kind  string // country, region, province, city, regency, party, agency, body, company, ner, supranational
	forms []string
	en    string // the English name of a country or region
}

// A gazetteer finds known names in token sequences, case-insensitively.
type gazetteer struct {
	entries []gazEntry
	// keys holds the lower-cased forms, their tokens joined by single
	// spaces, and the starts of the longer ones, flagged gazPrefix; a
	// form's value is where the entries it names start in ids.
	// match looks a key up for about one word in six, between the
	// tagger's runs, which leave the keys out of the caches: a slot of
	// wordFlags holds a key's first bytes, length and flags in the one
	// cache line a look-up reads, where a map reads a control word, a
	// slot and the key's bytes, and takes half the time.
	keys wordFlags
	// ids holds the lists of entries the forms name, one after the
	// other, each after its length: one array of 50 KB, where a match
	// finds its list in the caches more often than in a slice of its own.
	ids []int32
	// firsts holds the first words of the keys: most words start no
	// known name, and the set says so at less cost than a look-up in
	// keys. The keys have fewer than 2,000 first words: a set of 4 KB.
	firsts wordSet
	// starts and named hold the keyHash of every key and of the keys
	// that name entries, so that match looks up only the keys that may
	// name some, and stops where no key goes on: most of the keys it
	// would look up otherwise are the start of a longer name only
	// ("kementerian") or none ("indonesia hari").
	starts, named wordSet
}

// keyHash returns the hash of a key whose words before the last hash to
// h (0 for none) and whose last word, lower-cased, has head hash word.
func keyHash(h, word uint64) uint64 {
	return bits.RotateLeft64(h*0xff51afd7ed558ccd, 31) ^ word
}

// A wordSet filters words: a word that is not in the set is surely not
// in the list the set was made of. It mixes only the length of a
// lower-cased word and its first eight bytes, which costs less than a
// hash over every byte.
//
// It is a blocked Bloom filter: a word sets three bits of one 64-bit
// block, so that a look-up reads one word of memory. It lets through as
// few other words as a set of one bit per word four times its size, or
// fewer: between the tagger's runs, which push the filters out of the
// nearest caches, a look-up then finds its block there more often.
type wordSet struct {
	blocks []uint64
	shift  uint // a hash's top bits index blocks: 64 - log2(len(blocks))
}

// newWordSet returns an empty wordSet for about n words: a block per
// five words or fewer, which lets through one or two in a hundred of
// the words not in the set (one bit per word in 16 KB let through two
// to six of the common words' and the gazetteer's).
func newWordSet(n int) wordSet {
	size, shift := 1, uint(64)
	for size*5 < n && size < 1<<16 { // the bits of a block are taken below the top 16 bits of a hash
		size, shift = 2*size, shift-1
	}
	return wordSet{blocks: make([]uint64, size), shift: shift}
}

// add adds the lower-cased word w.
func (s *wordSet) add(w []byte) {
	s.addHead(headHash(w))
}

// addHead adds a word of head hash h.
func (s *wordSet) addHead(h uint64) {
	block, bits := s.blockBits(h)
	s.blocks[block] |= bits
}

// has says whether the lower-cased word w may be in the set.
func (s *wordSet) has(w []byte) bool {
	return s.hasHead(headHash(w))
}

// hasHead says whether a word of head hash h may be in the set.
func (s *wordSet) hasHead(h uint64) bool {
	block, bits := s.blockBits(h)
	return s.blocks[block]&bits == bits
}

// hasAnyCase says whether word w, in any case, may be in the set.
func (s *wordSet) hasAnyCase(w string) bool {
	return s.hasAnyCaseAt(w, 0, len(w))
}

// hasAnyCaseAt is hasAnyCase for the word text[start:end]. A word whose
// head is ASCII is lower-cased only as far as headHash reads it, eight
// bytes at once where text has them.
func (s *wordSet) hasAnyCaseAt(text string, start, end int) bool {
	if h, ok := asciiHead(text, start, end); ok {
		return s.hasHead(h)
	}
	// lower-casing may change the length, which the head hash holds
	var buf [32]byte
	return s.has(appendLower(buf[:0], text[start:end]))
}

// asciiHead returns the head hash of the word text[start:end] lower-cased,
// and true, when the bytes headHash reads of it, its first eight or
// fewer, are ASCII: lower-casing keeps those bytes where they are, and the
// length counts only in a word shorter than eight bytes, all ASCII then.
// It reads the eight bytes at once where text has them, past end too,
// and else those to the end of text (loadTail in datetok.go).
func asciiHead(text string, start, end int) (uint64, bool) {
	var x uint64
	if start+8 <= len(text) {
		x = load64(text, start)
	} else {
		x = loadTail(text, start)
	}
	return asciiHeadOf(x, end-start)
}

// asciiHeadOf is asciiHead for a word of n bytes whose first eight bytes,
// and any after its end, are x. It inlines, where asciiHead does not: the
// featurizer asks the first-word filter of every word of a text.
func asciiHeadOf(x uint64, n int) (uint64, bool) {
	// s is the bits of the word's bytes that headHash reads; the shifts
	// below take no branch on the length, which three words in four are
	// shorter than eight bytes and the others not, in no order a
	// predictor learns (a shift by 64 leaves 0 in Go)
	s := uint(8 * min(n, 8))
	x &= 1<<s - 1
	if x&highs != 0 {
		return 0, false
	}
	return packHead(lowerASCII8(x), s, n), true
}

// lowerASCII8 lower-cases the eight ASCII bytes of x: the top bit of each
// capital, moved to its 0x20 bit (see notAlnum8).
func lowerASCII8(x uint64) uint64 {
	return x | ((x+(0x80-'A')*ones)&^(x+(0x7f-'Z')*ones)&highs)>>2
}

// packHead returns the head hash of a word of n bytes whose first eight or
// fewer, lower-cased, are x, s bits of it: the first byte highest, as
// headHash, and the length above a word shorter than eight bytes.
func packHead(x uint64, s uint, n int) uint64 {
	return bits.ReverseBytes64(x)>>(64-s) | uint64(n)<<s
}

// appendLowerHead appends text[start:end] lower-cased to buf, as
// appendLower, and returns the head hash of what it appended. A word of
// eight ASCII bytes or fewer, most words, it lowers and packs with one
// load of text and one store, where buf has room for eight bytes more.
func appendLowerHead(buf []byte, text string, start, end int) ([]byte, uint64) {
	n := len(buf)
	if end-start <= 8 && start+8 <= len(text) && cap(buf)-n >= 8 {
		s := uint(8 * (end - start))
		if x := load64(text, start) & (1<<s - 1); x&highs == 0 {
			x = lowerASCII8(x)
			binary.LittleEndian.PutUint64(buf[n:n+8], x)
			return buf[:n+end-start], packHead(x, s, end-start)
		}
	}
	buf = appendLower(buf, text[start:end])
	return buf, headHash(buf[n:])
}

// headHash packs the length of w and its first eight bytes, the first
// highest: headOf's, turned around by packHead.
func headHash(w []byte) uint64 {
	return packHead(headOf(w), uint(8*min(len(w), 8)), len(w))
}

// blockBits returns the block of s and the three bits in it that head
// hash h sets. The block is the top bits of a multiplicative hash, the
// bits come from the 18 below the top 16, which mix all of h.
func (s *wordSet) blockBits(h uint64) (int, uint64) {
	h *= 0x9e3779b97f4a7c15
	return int(h >> s.shift), 1<<(h>>30&63) | 1<<(h>>36&63) | 1<<(h>>42&63)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The flags of the gazetteer's keys.
const (
	gazPrefix uint8 = 1 << iota // the start of a longer key
	// gazMixed says a form with this key has lower-case letters; a key of
	// acronyms only ("UN", "AS") matches only text in capitals.
	gazMixed
)

// list returns the entries of the list that starts at ids[start], a
// key's value; none for 0.
func (g *gazetteer) list(start uint16) []int32 {
	if start == 0 {
		return nil
	}
	end := int(start) + int(g.ids[start-1])
	return g.ids[start:end:end]
}

// loadGazetteer parses the embedded list once, on first use.
var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{keys: *newWordFlags(8192)}
	var toks []token
	var buf []byte
	// the head hashes of the keys' first words and the key hashes, for
	// the filters, which are sized for them at the end
	var firsts, starts, named []uint64
	var lists [][]int32 // the entries each form names
	for line := range strings.SplitSeq(gazetteerTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			continue
		}
		e := gazEntry{name: cols[1], kind: cols[3]}
		if len(cols) > 4 {
			e.en = cols[4]
		}
		switch cols[0] {
		case "P":
			e.typ = Person
		case "O":
			e.typ = Organization
		default:
			e.typ = Location
		}
		e.forms = append(e.forms, cols[1])
		if cols[2] != "" {
			e.forms = append(e.forms, strings.Split(cols[2], ";")...)
		}
		id := int32(len(g.entries))
		g.entries = append(g.entries, e)
		for _, f := range e.forms {
			toks = splitTokens(f, toks)
			buf = buf[:0]
			var h uint64
			for i, t := range toks {
				if i > 0 {
					g.keys.add(string(buf), gazPrefix)
					buf = append(buf, ' ')
				}
				n := len(buf)
				buf = appendLower(buf, f[t.start:t.end])
				if i == 0 {
					firsts = append(firsts, headHash(buf))
				}
				h = keyHash(h, headHash(buf[n:]))
				starts = append(starts, h)
			}
			if len(buf) == 0 {
				continue
			}
			named = append(named, h)
			var flags uint8
			if !isAllUpper(f) {
				flags = gazMixed
			}
			// while the list is read, a form's value is 1 + the index
			// of its list in lists
			k := g.keys.add(string(buf), flags)
			if k.value == 0 {
				if len(lists) == math.MaxUint16 {
					continue // no room to say what the key names: far more keys than the list has
				}
				lists = append(lists, nil)
				k.value = uint16(len(lists))
			}
			if ids := &lists[k.value-1]; !containsID(*ids, id) {
				*ids = append(*ids, id)
			}
		}
	}
	g.flattenLists(lists)
	g.firsts, g.starts, g.named = setOfHashes(firsts), setOfHashes(starts), setOfHashes(named)
	return g
})

// flattenLists puts lists into g.ids, each after its length, and turns
// the keys' values from a list's number into where it starts. (A list that
// would start beyond what a value holds, far more than the gazetteer
// needs, is left out: its forms name nothing.)
func (g *gazetteer) flattenLists(lists [][]int32) {
	starts := make([]uint16, len(lists)+1)
	for n, l := range lists {
		if len(g.ids)+1 > math.MaxUint16 {
			break
		}
		g.ids = append(g.ids, int32(len(l)))
		g.ids = append(g.ids, l...)
		starts[n+1] = uint16(len(g.ids) - len(l))
	}
	for i := range g.keys.slots {
		if s := &g.keys.slots[i]; s.value != 0 {
			s.value = starts[s.value]
		}
	}
}

// setOfHashes returns a wordSet of the head hashes hs, sized for them.
func setOfHashes(hs []uint64) wordSet {
	slices.Sort(hs)
	hs = slices.Compact(hs)
	s := newWordSet(len(hs))
	for _, h := range hs {
		s.addHead(h)
	}
	return s
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// appendLower appends the lower-cased s to buf.
func appendLower(buf []byte, s string) []byte {
	// eight ASCII bytes at a time, with no branch per byte, and the rest
	// byte by byte
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&highs != 0 {
			break
		}
		buf = binary.LittleEndian.AppendUint64(buf, lowerASCII8(x))
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	return buf
}

// match returns the number of tokens of the longest known name that starts
// at toks[i], and the entries it names; n is 0 when none does. buf is
// scratch space, returned for reuse.
func (g *gazetteer) match(text string, toks []token, i int, buf []byte) (n int, ids []int32, _ []byte) {
	m, buf := g.matchAt(text, toks, i, buf)
	return int(m.n), g.list(m.list), buf
}

// A gazMatch is the longest known name at a token: n tokens that name
// the entries of list (see gazetteer.list); n is 0 for none. It takes
// four bytes where a count and a slice take 32: the featurizer and the
// entity rules keep one per token.
type gazMatch struct {
	list uint16
	n    uint8
}

// matchAt is match, with the entries' list as a key's value.
func (g *gazetteer) matchAt(text string, toks []token, i int, buf []byte) (gazMatch, []byte) {
	if i >= len(toks) || !g.firsts.hasAnyCaseAt(text, toks[i].start, toks[i].end) {
		return gazMatch{}, buf[:0]
	}
	return g.matchFirst(text, toks, i, buf)
}

// matchFirst is matchAt at a token the first-word filter let through:
// the featurizer asks the filter of every word itself, and calls this
// for the few it lets through, where matchAt would ask again.
func (g *gazetteer) matchFirst(text string, toks []token, i int, buf []byte) (m gazMatch, _ []byte) {
	buf = buf[:0]
	var h uint64
	for j := i; j < len(toks) && j-i < 12; j++ {
		if j > i {
			buf = append(buf, ' ')
		}
		var head uint64
		buf, head = appendLowerHead(buf, text, toks[j].start, toks[j].end)
		h = keyHash(h, head)
		// (a first word that firsts let through is almost always the
		// start of a key: starts is asked from the second word on)
		if j > i && !g.starts.hasHead(h) {
			break // no key is buf or starts with it
		}
		if !g.named.hasHead(h) {
			continue // buf names nothing; a longer key may
		}
		k := g.keys.slot(buf)
		if k.value != 0 && (k.flags&gazMixed != 0 || isAllUpper(text[toks[i].start:toks[j].end])) {
			m = gazMatch{list: k.value, n: uint8(j - i + 1)}
		}
		if k.flags&gazPrefix == 0 {
			break
		}
	}
	return m, buf
}

// lookup returns the entries a whole name (any case) is a form of.
func (g *gazetteer) lookup(name string) []int32 {
	// a name whose first word starts no key is none: most names are
	// unknown, and the filters say so at less cost than the table, and
	// before the name is split
	if start, end := firstToken(name); end == 0 || !g.firsts.hasAnyCaseAt(name, start, end) {
		return nil
	}
	// names are short: split and lower-case them on the stack
	var tokArr [32]token
	var bufArr [128]byte
	toks := splitTokens(name, tokArr[:0])
	buf := bufArr[:0]
	var h uint64
	for i, t := range toks {
		if i > 0 {
			buf = append(buf, ' ')
		}
		start := len(buf)
		buf = appendLower(buf, name[t.start:t.end])
		h = keyHash(h, headHash(buf[start:]))
	}
	if !g.named.hasHead(h) {
		return nil
	}
	k := g.keys.slot(buf)
	if k.flags&gazMixed == 0 && !isAllUpper(name) {
		return nil
	}
	return g.list(k.value)
}

package berita

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"html"
	"io"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DefaultMaxBytes is the input size limit when Parser.MaxBytes is 0.
const DefaultMaxBytes = 8 << 20

var (
	// ErrTooLarge is returned when the input is longer than the Parser's
	// MaxBytes.
	ErrTooLarge = errors.New("berita: input too large")
	// ErrEmpty is returned when the input holds nothing but white space.
	ErrEmpty = errors.New("berita: empty input")
)

// A Parser holds the options for parsing articles. Its zero value is ready
// to use, and a Parser is safe for concurrent use by several goroutines: it
// is never modified by Parse.
type Parser struct {
	// Reference anchors relative dates ("kemarin", "Kamis") when the article
	// gives no publish time. When both are missing, relative expressions are
	// still found but have no value.
	Reference time.Time
	// BodyOnly says the input is body text only: there is no title, byline
	// or page furniture to find, and every block of text is a paragraph.
	BodyOnly bool
	// MaxBytes limits the size of the input; 0 means DefaultMaxBytes.
	// Longer input returns an error matching ErrTooLarge.
	MaxBytes int64
	// URL is the address an HTML page was fetched from, when known
	// ("https://regional.kompas.com/read/2024/03/12/..."). It is never
	// fetched. When the page names no address of its own (a canonical
	// link or og:url), the HTML reader takes the outlet from its host
	// when the page does not name one, and the publish date from a
	// /2024/03/12/ path when the page prints none. Plain text ignores it.
	URL string
}

// Parse reads one news page from r and returns the Article in it.
// It is the same as (&Parser{}).Parse(r).
func Parse(r io.Reader) (*Article, error) {
	return (&Parser{}).Parse(r)
}

// Parse reads one news page from r, as plain text or HTML, and returns the
// Article in it. It returns an error only when r fails, when the input is
// empty, or when it is larger than the limit; anything the page lacks (a
// date, a byline) is simply left empty.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	var a *Article
	if s, ok := p.readString(r); ok {
		if strings.TrimSpace(s) == "" {
			return nil, ErrEmpty
		}
		a = parseText(normalizeString(s), p.BodyOnly)
	} else {
		buf := takeReadBuffer()
		defer releaseReadBuffer(buf)
		b, err := p.read(r, buf)
		if err != nil {
			return nil, err
		}
		if !p.BodyOnly && looksLikeHTML(b) {
			a = parseHTML(b, p)
		} else {
			a = parseText(normalize(b), p.BodyOnly)
		}
	}
	a.Language = detectLanguage(a)
	ref := a.Published
	if ref.IsZero() {
		ref = p.Reference
	}
	findDates(a, ref)
	findEntities(a)
	findQuotes(a)
	fillEmpty(a)
	return a, nil
}

// spareReads holds the input buffers of Parse calls that are done. No
// Article keeps the bytes read: normalize and the HTML parser copy what
// they keep into strings of their own, so that a buffer can serve the
// next call rather than be fresh memory each time.
var spareReads sync.Pool

// maxSpareRead bounds the buffers kept for reuse: an unusually large
// input's buffer is left to the collector.
const maxSpareRead = 1 << 20

func takeReadBuffer() *bytes.Buffer {
	if b, ok := spareReads.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

// releaseReadBuffer hands buf on to the next call; neither buf nor the
// bytes read into it may be used after.
func releaseReadBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxSpareRead {
		buf.Reset()
		spareReads.Put(buf)
	}
}

// headLooksLikeHTML is looksLikeHTML for the text left in r, a
// bytes.Reader or a strings.Reader. looksLikeHTML reads no more than the
// first 1024 bytes, and ReadAt reads them without moving r, which Parse
// then reads in full. ReadAt is called on each type itself: through an
// interface, the compiler cannot tell that the buffer stays here, and it
// was allocated anew for every call.
func headLooksLikeHTML(r io.Reader) bool {
	var buf [1024]byte
	n := 0
	switch r := r.(type) {
	case *bytes.Reader:
		n, _ = r.ReadAt(buf[:], r.Size()-int64(r.Len()))
	case *strings.Reader:
		n, _ = r.ReadAt(buf[:], r.Size()-int64(r.Len()))
	}
	return looksLikeHTML(buf[:n])
}

// maxBytes is the size limit in force.
func (p *Parser) maxBytes() int64 {
	if p.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return p.MaxBytes
}

// readString reads all of r into a string when r is a bytes.Reader or a
// strings.Reader within the size limit, and reports whether it did. The
// Len of those is exactly what is left to read, so that the limit is
// checked before reading, and their WriteTo copies it into the string's
// memory at once: read's buffer needs a second copy, normalize's, to
// become a string, where most texts need no change that would copy them.
func (p *Parser) readString(r io.Reader) (string, bool) {
	var lr interface {
		Len() int
		Size() int64
		io.ReaderAt
		io.WriterTo
	}
	switch r := r.(type) {
	case *bytes.Reader:
		lr = r
	case *strings.Reader:
		lr = r
	default:
		return "", false
	}
	if int64(lr.Len()) > p.maxBytes() {
		return "", false // left to read, which returns ErrTooLarge as for any reader
	}
	if !p.BodyOnly && headLooksLikeHTML(r) {
		// the HTML reader takes bytes and keeps none of them, so that
		// read's pooled buffer serves it without a copy
		return "", false
	}
	var sb strings.Builder
	sb.Grow(lr.Len())
	lr.WriteTo(&sb) // neither reader fails, and a Builder takes all it is given
	return sb.String(), true
}

// read reads all of r into buf, enforcing the size limit while reading.
func (p *Parser) read(r io.Reader, buf *bytes.Buffer) ([]byte, error) {
	limit := p.maxBytes()
	if l, ok := r.(interface{ Len() int }); ok && l.Len() > 0 {
		// a reader that knows its length (bytes.Reader, strings.Reader)
		// is read into one buffer of that size, with the room ReadFrom
		// asks for to see the end, rather than one doubled many times
		buf.Grow(int(min(int64(l.Len()), limit+1)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	b := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("berita: reading input: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	return b, nil
}

// normalize makes the input valid, NFC-normalized UTF-8 with "\n" line
// ends: it drops a byte-order mark and zero-width characters, replaces
// invalid bytes with U+FFFD, and turns non-breaking and other odd spaces
// into plain spaces.
func normalize(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var sb strings.Builder
	sb.Grow(len(b))
	standalone := nfcStandalone()
	normal := true // every rune written is NFC on its own and starts a segment
	for len(b) > 0 {
		// printable ASCII and newlines, most of the text, are kept as
		// they are: sixteen bytes at a time while they all are
		// printable, else up to the first byte that is not, found in the
		// eight that hold it; a newline there is passed by itself, so
		// that it costs no write of its own
		rest := b
		for {
			for len(rest) >= 16 && notPrintable8(binary.LittleEndian.Uint64(rest))|notPrintable8(binary.LittleEndian.Uint64(rest[8:])) == 0 {
				rest = rest[16:]
			}
			if len(rest) >= 8 {
				m := notPrintable8(binary.LittleEndian.Uint64(rest))
				if m == 0 {
					rest = rest[8:]
					continue
				}
				rest = rest[bits.TrailingZeros64(m)/8:]
			}
			if len(rest) == 0 || !(rest[0] >= ' ' && rest[0] < 0x7f || rest[0] == '\n') {
				break
			}
			rest = rest[1:]
		}
		n := len(b) - len(rest)
		if n > 0 {
			sb.Write(b[:n])
			b = b[n:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		switch {
		case r == '\r':
			if len(b) > 0 && b[0] == '\n' {
				continue
			}
			sb.WriteByte('\n')
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case carriesNoText(r):
			// dropped
		case r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		case unicode.IsControl(r):
			// other control characters are dropped
		default:
			sb.WriteRune(r) // utf8.RuneError for invalid bytes
			normal = normal && standalone.has(r)
		}
	}
	s := sb.String()
	if !normal && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// normalizeString is normalize for a string: text that needs no change,
// as most does, is returned as it is, without a copy.
func normalizeString(s string) string {
	if isNormal(s) {
		return s
	}
	return normalize([]byte(s))
}

// isNormal reports whether normalize would leave s as it is: printable
// ASCII, newlines, tabs, and runes that nfcStandalone holds and that are
// neither white space, control characters nor dropped.
func isNormal(s string) bool {
	standalone := nfcStandalone()
	for i := 0; i < len(s); {
		// Sixteen bytes at a time while all are printable ASCII; the
		// first byte that is not, a newline as a rule, is then found in
		// the eight that hold it, where trying the eight after each byte
		// up to it took a load and a test a byte.
		rest := s[i:]
		for len(rest) >= 16 && notPrintable8(load64(rest, 0))|notPrintable8(load64(rest, 8)) == 0 {
			rest = rest[16:]
		}
		for len(rest) >= 8 {
			if m := notPrintable8(load64(rest, 0)); m != 0 {
				rest = rest[bits.TrailingZeros64(m)/8:]
				break
			}
			rest = rest[8:]
		}
		if i = len(s) - len(rest); rest == "" {
			break
		}
		c := s[i]
		if c >= ' ' && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || !standalone.has(r) || unicode.IsSpace(r) || unicode.IsControl(r) || carriesNoText(r) {
			// (a rune of one byte here is an ASCII control character
			// or an invalid byte, which normalize drops or replaces)
			return false
		}
		i += size
	}
	return true
}

// carriesNoText reports whether normalize drops r as carrying no text: a
// zero-width character, a byte-order mark or a soft hyphen.
func carriesNoText(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// notPrintable8 marks with their high bits the bytes of x that are not
// printable ASCII, ' ' to '~', and is 0 when all eight are. A byte below
// ' ' borrows when ' ' is taken from it, and one above '~' has its high
// bit set or gets it when 1 is added. The lowest byte marked is exact:
// the bytes below the first such byte borrow and carry nothing, and only
// those above it may be marked wrongly.
func notPrintable8(x uint64) uint64 {
	return ((x - ' '*ones) | (x + ones) | x) & highs
}

// A runeSet is a set of runes below 0x3000, one bit each.
type runeSet [0x3000 / 64]uint64

func (rs *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x3000 && rs[r/64]&(1<<(r%64)) != 0
}

// nfcStandalone holds the runes of Latin text and its punctuation (Latin-1
// and Latin Extended, general punctuation, currency signs) that NFC leaves
// as they are and that combine with nothing before them: each starts a
// segment of its own. A text of ASCII and these runes is in NFC, which
// saves normalize checking the whole text: NFC normalizes each segment
// apart.
var nfcStandalone = sync.OnceValue(func() *runeSet {
	rs := new(runeSet)
	for _, rg := range [][2]rune{{0x80, 0x250}, {0x2000, 0x2070}, {0x20a0, 0x20d0}} {
		for r := rg[0]; r < rg[1]; r++ {
			s := string(r)
			if norm.NFC.PropertiesString(s).BoundaryBefore() && norm.NFC.IsNormalString(s) {
				rs[r/64] |= 1 << (r % 64)
			}
		}
	}
	return rs
})

// foldSpace trims s and folds each run of white space in it to one space.
// Text that needs neither, as most lines do, is returned as it is.
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	// most other lines only need trimming: the trimmed line is then a
	// part of s, and no copy is made
	t := strings.TrimSpace(s)
	if isFolded(t) {
		return t
	}
	// The rest is copied a stretch at a time: a stretch runs up to the
	// next white space other than one space between words, and one space
	// stands for the run of white space after it. Written word by word,
	// a stretch took a call for each of its words.
	var b strings.Builder
	b.Grow(len(t))
	from := 0
	for i := 0; i < len(t); {
		c := t[i]
		size := 1
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				i++
				continue
			}
			if c == ' ' && i+1 < len(t) && t[i+1] < utf8.RuneSelf && asciiSpace[t[i+1]] == 0 {
				i += 2 // one space before a word
				continue
			}
		} else {
			var r rune
			if r, size = utf8.DecodeRuneInString(t[i:]); !unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		// t is trimmed: white space has a word on either side
		b.WriteString(t[from:i])
		b.WriteByte(' ')
		for i += size; ; i += size {
			if c := t[i]; c < utf8.RuneSelf {
				if asciiSpace[c] == 0 {
					break
				}
				size = 1
			} else {
				var r rune
				if r, size = utf8.DecodeRuneInString(t[i:]); !unicode.IsSpace(r) {
					break
				}
			}
		}
		from = i
	}
	b.WriteString(t[from:])
	return b.String()
}

// asciiSpace marks the ASCII bytes that are white space to unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// isFolded reports whether s has no white space but single spaces between
// words.
func isFolded(s string) bool {
	// Eight bytes at a time while they are all printable ASCII or spaces,
	// as nearly all of a line is: a space is then a zero byte of x^spaces,
	// and two spaces in a row are two such bytes side by side (or the
	// last byte of one word and the first of the next). The other bytes
	// are read one rune at a time, and the eight-byte reads go on after.
	const (
		spaces = ' ' * ones
	)
	prevSpace := true // no space may lead
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); (x-spaces|x)&highs == 0 {
				// z marks each space with its byte's high bit: adding
				// 0x7f to a byte of y sets that bit unless the byte is
				// zero, and no byte carries into the next, none being
				// above 0x5f
				y := x ^ spaces
				z := ^(y + 0x7f*ones | y) & highs
				if z&(z<<8) != 0 || prevSpace && z&0x80 != 0 {
					return false
				}
				prevSpace = z>>63 != 0
				i += 8
				continue
			}
		}
		switch c := s[i]; {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			i++
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size
		default:
			if unicode.IsSpace(rune(c)) {
				return false
			}
			i++
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

// load64 returns the eight bytes of s at i as a little-endian number.
func load64(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check, and the compiler makes one load of the eight
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// load32 returns the four bytes of s at i as a little-endian number.
func load32(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// fillEmpty replaces nil slices with empty ones so that the JSON form of an
// Article always has the same shape.
func fillEmpty(a *Article) {
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Images == nil {
		a.Images = []Image{}
	}
	if a.Paragraphs == nil {
		a.Paragraphs = []Paragraph{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.Entities == nil {
		a.Entities = []Entity{}
	}
	if a.Dates == nil {
		a.Dates = []Date{}
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	if a.Related == nil {
		a.Related = []string{}
	}
}

// eachField calls fn with the text of every field that later stages scan:
// the title, then the captions, then the paragraphs.
func eachField(a *Article, fn func(f Field, index int, text string)) {
	if a.Title != "" {
		fn(FieldTitle, 0, a.Title)
	}
	for i, im := range a.Images {
		fn(FieldCaption, i, im.Caption)
	}
	for i, p := range a.Paragraphs {
		fn(FieldParagraph, i, p.Text)
	}
}

// fieldText returns the text a Span points into, or "" when it points nowhere.
func fieldText(a *Article, f Field, index int) string {
	switch f {
	case FieldTitle:
		return a.Title
	case FieldCaption:
		if index >= 0 && index < len(a.Images) {
			return a.Images[index].Caption
		}
	case FieldParagraph:
		if index >= 0 && index < len(a.Paragraphs) {
			return a.Paragraphs[index].Text
		}
	}
	return ""
}

// parseText finds the page structure of plain text, as normalize leaves
// it: the header (section, title, byline, publish line, captions), the
// body paragraphs with their subheadings, and the trailer (tags, related
// articles, footers). With bodyOnly, every line of text is a paragraph
// and nothing else is looked for.
func parseText(text string, bodyOnly bool) *Article {
	a := &Article{}
	if bodyOnly {
		lr := newLineReader(text, false)
		for {
			line, _, _, _, ok := lr.next()
			if !ok {
				break
			}
			if line != "" {
				a.Paragraphs = append(a.Paragraphs, Paragraph{Text: line})
			}
		}
		return a
	}
	unescaped := unescapeEntities(text)
	buf := takePageBuffers()
	defer buf.release()
	var lines []string
	if t := strings.TrimSpace(unescaped); !strings.Contains(t, "\n") {
		// A cleaned text with its newlines stripped: find the paragraph
		// breaks the source lost.
		lines = splitRunOn(buf.lines, t, unescaped != text)
	} else {
		// references unescaped may have brought white space of any kind
		lines = pageLines(buf.lines, unescaped, unescaped != text)
	}
	pg := &page{a: a, lines: lines, buf: buf, publishLines: buf.published[:0]}
	pg.parse()
	buf.lines, buf.published = pg.lines, pg.publishLines
	return a
}

// pageBuffers are the slices that parseText works in. The Article keeps
// the strings found in them but none of the slices, so that they serve
// the next call rather than be fresh memory each time.
type pageBuffers struct {
	lines, paras []string
	slots        []int32 // the paraIndex's table
	published    []publishLine
}

var sparePageBuffers sync.Pool

// maxSpareLines bounds the buffers kept for reuse: those of an unusually
// long page are left to the collector.
const maxSpareLines = 1 << 12

func takePageBuffers() *pageBuffers {
	if b, ok := sparePageBuffers.Get().(*pageBuffers); ok {
		return b
	}
	return new(pageBuffers)
}

// release hands b on to the next call. The strings are cleared, so that
// no spare buffer keeps a page's text from the collector.
func (b *pageBuffers) release() {
	if cap(b.lines) > maxSpareLines || cap(b.paras) > maxSpareLines {
		return
	}
	clear(b.lines)
	clear(b.paras)
	clear(b.published)
	b.lines, b.paras, b.published = b.lines[:0], b.paras[:0], b.published[:0]
	sparePageBuffers.Put(b)
}

// unescapeEntities decodes HTML character references in text that was
// scraped with its entities left in (sometimes escaped twice, as in
// "&amp;nbsp;"). Text without such references is returned as it is.
func unescapeEntities(s string) string {
	unescaped := false
	for range 2 {
		if !strings.Contains(s, "&") || !(strings.Contains(s, "&amp;") || strings.Contains(s, "&quot;") ||
			strings.Contains(s, "&nbsp;") || strings.Contains(s, "&#") || strings.Contains(s, "&ldquo;") ||
			strings.Contains(s, "&rdquo;")) {
			break
		}
		s = html.UnescapeString(s)
		unescaped = true
	}
	if !unescaped {
		return s // normalize turned every U+00A0 into a space already
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}

// untidyFrom looks, from the start of a line of text on, for white space
// that foldSpace would change: a tab, a space at either end of a line, or
// two spaces in a row (normalize leaves no white space but spaces, tabs
// and newlines). It returns -1 when there is none, which is so for most
// texts, and otherwise an offset at most eight bytes before the first
// such place (the tab, the second space, the newline after a space): the
// lines ending before that offset are all folded already.
//
// It reads eight bytes at a time, marking the spaces, newlines and tabs
// with their bytes' high bits (zeroBytes): a space must follow neither a
// space nor a newline, and a newline must not follow a space. The bytes
// past the end of the text read as zero, which is none of the three.
//
// In a text without tabs, as most are, the white space is the bytes below
// '!', and most blocks of eight have no two of those side by side: they
// are passed sixteen bytes at a time with one test (bytesBelow), and
// only the others are read closely. lastTab is the place of the text's
// last tab, or -1: the caller finds it once for all the calls on a text,
// where a search for a tab from each from on would read the rest of the
// text each time.
func untidyFrom(text string, from, lastTab int) int {
	const (
		spaces   = ' ' * ones
		newlines = '\n' * ones
		tabs     = '\t' * ones
	)
	noTabs := lastTab < from
	prevEdge := uint64(0x80) // the byte before is white space: from starts a line
	for i := from; i < len(text); i += 8 {
		if noTabs {
			rest := text[i:] // (read from its start, the loads need no bounds checks)
			for len(rest) >= 16 {
				lo, hi := bytesBelow(load64(rest, 0), '!'), bytesBelow(load64(rest, 8), '!')
				if lo&(lo<<8|prevEdge)|hi&(hi<<8|lo>>56) != 0 {
					break
				}
				prevEdge = hi >> 56
				rest = rest[16:]
			}
			i = len(text) - len(rest)
		}
		if i >= len(text) {
			break
		}
		var x uint64
		if i+8 <= len(text) {
			x = load64(text, i)
		} else {
			x = loadTail(text, i)
		}
		prevSpace := uint64(0) // the byte before is a space
		if i > from && text[i-1] == ' ' {
			prevSpace = 0x80
		}
		sp, nl := zeroBytes(x^spaces), zeroBytes(x^newlines)
		edge := sp | nl
		if zeroBytes(x^tabs) != 0 || sp&(edge<<8|prevEdge) != 0 || nl&(sp<<8|prevSpace) != 0 {
			return i
		}
		prevEdge = edge >> 56
	}
	// a space at the very end ends the last line
	if from < len(text) && text[len(text)-1] == ' ' {
		return len(text) - 1
	}
	return -1
}

// bytesBelow marks the bytes of x below c, which is at most 0x80, with
// their high bits. (With each high bit set, taking c from a byte below
// 0x80 clears that bit when the byte is below c; no byte borrows.)
func bytesBelow(x uint64, c byte) uint64 {
	return ^((x | highs) - uint64(c)*ones) &^ x & highs
}

// A lineReader hands out the lines of a text one at a time with their
// white space folded, as foldSpace folds it. Most lines need no folding,
// and only those that untidyFrom points to are read for it.
type lineReader struct {
	text    string
	start   int  // where the next line starts, past len(text) after the last
	untidy  int  // untidyFrom(text, some line start before start, lastTab)
	lastTab int  // the place of the text's last tab, or -1
	all     bool // fold every line: text may hold white space of any kind
}

// newLineReader reads the lines of text, which is as normalize leaves it
// unless foldAll says it may hold other white space.
func newLineReader(text string, foldAll bool) lineReader {
	lr := lineReader{text: text, untidy: -1, all: foldAll}
	if !foldAll {
		// strings.LastIndexByte reads a byte at a time from the end,
		// where IndexByte reads many at once: most texts hold no tab,
		// and the one search reads them quickly through
		lr.lastTab = -1
		if strings.IndexByte(text, '\t') >= 0 {
			lr.lastTab = strings.LastIndexByte(text, '\t')
		}
		lr.untidy = untidyFrom(text, 0, lr.lastTab)
	}
	return lr
}

// next returns the next line, folded, whether it is text[start:end] as
// it stands, and false when there is none.
func (lr *lineReader) next() (line string, start, end int, asIs, ok bool) {
	start = lr.start
	if start > len(lr.text) {
		return "", 0, 0, false, false
	}
	end = indexByteFrom(lr.text, '\n', start)
	lr.start = end + 1
	line = lr.text[start:end]
	switch {
	case lr.all:
		line = foldSpace(line)
	case lr.untidy >= 0 && lr.untidy <= end:
		line = foldSpace(line)
		if lr.start <= len(lr.text) {
			lr.untidy = untidyFrom(lr.text, lr.start, lr.lastTab)
		}
	}
	return line, start, end, line == lr.text[start:end], true
}

// pageLines splits text into lines with their white space folded, dropping
// empty lines; foldAll says that text may hold white space other than
// spaces, tabs and newlines. A publish line glued to the next line ("11:20
// WIBJAKARTA, KOMPAS.TV - ...") is split after its zone. The lines are
// appended to out[:0].
func pageLines(out []string, text string, foldAll bool) []string {
	out = slices.Grow(out[:0], strings.Count(text, "\n")+1)
	lr := newLineReader(text, foldAll)
	// a glued zone starts with "WI", which few lines hold: one search
	// over the text goes from one to the next, rather than one search
	// in each line
	zones := seeker{text, "WI", -1}
	for {
		line, start, end, asIs, ok := lr.next()
		if !ok {
			break
		}
		if asIs && zones.from(start) >= end {
			if line != "" {
				out = append(out, line)
			}
			continue
		}
		for line != "" {
			i := gluedZone(line)
			if i < 0 {
				out = append(out, line)
				break
			}
			out = append(out, line[:i])
			line = line[i:]
		}
	}
	return out
}

// gluedZone returns the end of a time zone abbreviation ("WIB", "WITA",
// "WIT") that runs straight into a capitalized word, or -1.
func gluedZone(s string) int {
	if !strings.Contains(s, "WI") {
		return -1 // the common case, in one pass (a capital W is rare)
	}
	for _, z := range []string{" WIB", " WITA", " WIT"} {
		for off := 0; ; {
			i := strings.Index(s[off:], z)
			if i < 0 {
				break
			}
			end := off + i + len(z)
			if off+i > 0 && isDigitASCII(s[off+i-1]) && end < len(s) && isUpperASCII(s[end]) && !(z == " WIT" && s[end] == 'A') {
				return end
			}
			off = end
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if isUpperASCII(c) {
		return c + 'a' - 'A'
	}
	return c
}

// isUpperString reports whether strings.ToUpper(s) == s, without making
// the upper-case copy: no rune of s has an upper case of its own, and s
// is valid UTF-8 (ToUpper writes U+FFFD for an invalid byte).
func isUpperString(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if isLowerASCII(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

func upperASCII(c byte) byte {
	if isLowerASCII(c) {
		return c - 'a' + 'A'
	}
	return c
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }

// splitRunOn splits one line of cleaned text, whose source dropped the
// newlines between paragraphs, into paragraphs. The breaks it finds are the
// traces the lost newlines left: two or more spaces after the end of a
// sentence ("... Nasional.  \"Kita ..."), a sentence end glued to the next
// sentence ("menengah.Ketua"), and "Baca juga: ..." links dropped in between.
// The paragraphs are put in out[:0]. s is trimmed, and foldAll says that
// it may hold white space other than spaces and tabs.
func splitRunOn(out []string, s string, foldAll bool) []string {
	out = out[:0]
	// Without tabs and other white space, a paragraph needs folding only
	// where it holds two spaces in a row: the loop below stops at every
	// such place, and marks it, so that the paragraphs without one are
	// not read again by foldSpace. None starts or ends with a space: s is
	// trimmed, and each break leaves its spaces out of both paragraphs.
	foldAll = foldAll || strings.IndexByte(s, '\t') >= 0
	doubleSpace := false // s[start:i] holds two spaces in a row
	emit := func(p string) {
		if foldAll || doubleSpace {
			p = foldSpace(p)
		}
		if p != "" {
			out = append(out, p)
		}
		doubleSpace = false
	}
	start := 0
	// Only a double space and the three sentence marks can break the
	// text: the loop goes from one to the next.
	for i := 0; i < len(s); i++ {
		i = nextBreak(s, i)
		if i >= len(s) {
			break
		}
		c := s[i]
		switch {
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && i > start && (endsSentence(s[start:i]) || startsWithFold(s[start:i], "baca juga")) && startsSentence(s[j:]) {
				emit(s[start:i])
				start = j
			} else {
				doubleSpace = true
			}
			i = j - 1
		case (c == '.' || c == '!' || c == '?') && i+2 < len(s) && isUpperASCII(s[i+1]) && isLowerASCII(s[i+2]) && gluedEnd(s[:i]):
			emit(s[start : i+1])
			start = i + 1
		case (c == '.' || c == '!' || c == '?') && gluedEnd(s[:i]):
			// a quotation mark between the sentences: "terealisasi."Yang
			// opens the next paragraph when no quotation is open, and
			// closes this one when one is
			q, size := utf8.DecodeRuneInString(s[i+1:])
			j := i + 1 + size
			if j+1 >= len(s) || !isUpperASCII(s[j]) || !isLowerASCII(s[j+1]) {
				break
			}
			switch {
			case q == '“' || q == '"' && strings.Count(s[start:i], "\"")%2 == 0:
				emit(s[start : i+1])
				start = i + 1
			case q == '”' || q == '"':
				emit(s[start:j])
				start = j
			}
		}
	}
	emit(s[start:])
	// A "Baca juga: TITLE" link inside a paragraph: cut it out. The
	// paragraphs that result are appended to out after those it holds,
	// then moved to its front.
	n := len(out)
	var pieces [4]string
	for i := range n {
		for _, q := range cutReadAlso(pieces[:0], out[i]) {
			out = cutInlineTrailer(out, q)
		}
	}
	return append(out[:0], out[n:]...)
}

// nextBreak returns the first place at or after i in s of a sentence mark
// ('.', '!', '?') or of a space followed by another, or len(s). Sentence
// marks come every few words and spaces every few bytes, so that searching
// for each mark, and for a double space from one space to the next, took
// a call every few bytes: it reads eight bytes at a time, marking the
// bytes wanted with their high bits (firstZeroByte). Only the first byte
// marked counts, so a mark may be wrong above it.
func nextBreak(s string, i int) int {
	for ; i+8 < len(s); i += 8 {
		x := load64(s, i)
		// y is zero at a space, and pairs at a space followed by
		// another, the last byte's by the byte after the eight
		y := x ^ ' '*ones
		pairs := y | y>>8 | uint64(s[i+8]^' ')<<56
		if m := firstZeroByte(x^'.'*ones) | firstZeroByte(x^'!'*ones) | firstZeroByte(x^'?'*ones) | firstZeroByte(pairs); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return i
		}
	}
	return len(s)
}

// firstZeroByte marks the first zero byte of x, the lowest, with its high
// bit; the bytes above it may be marked too, where zeroBytes marks each
// zero byte and no other. (Taking 1 from each byte sets the high bit of
// a zero byte and, through its borrow, maybe of the byte above; the
// bytes below the first zero byte neither borrow nor get a high bit
// they did not have.)
func firstZeroByte(x uint64) uint64 {
	return (x - ones) &^ x & highs
}

// A seeker finds the places of sub in s in order.
type seeker struct {
	s, sub string
	at     int // the place found last, len(s) for none; -1 before the first search
}

// from returns the first place of sub in s at or after i, or len(s).
func (k *seeker) from(i int) int {
	if k.at < i {
		k.at = len(k.s)
		if j := strings.Index(k.s[i:], k.sub); j >= 0 {
			k.at = i + j
		}
	}
	return k.at
}

// inlineTrailers start the promotional footers that cleaned texts glue to
// the last paragraph.
var inlineTrailers = []string{
	"Dapatkan update berita", "Berita ini telah tayang", "Artikel ini telah tayang", "Simak breaking news",
}

// cutInlineTrailer splits a paragraph before a footer glued to its end,
// and appends the pieces to out.
func cutInlineTrailer(out []string, p string) []string {
	for _, t := range inlineTrailers {
		if i := strings.Index(p, t); i > 0 && endsSentence(p[:i]) {
			return append(out, strings.TrimSpace(p[:i]), p[i:])
		}
	}
	return append(out, p)
}

// gluedEnd reports whether s ends like a sentence that a lost newline glued
// to the next one: a word of two or more lower-case letters, a number, a
// closing parenthesis or a percent sign (not an initial such as "M.H.").
func gluedEnd(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[n-1]
	if c == ')' || c == '%' || c == '"' || isDigitASCII(c) {
		return true
	}
	return n >= 2 && isLowerASCII(c) && isLowerASCII(s[n-2])
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by a closing quotation mark or parenthesis.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', ':', '…':
			return true
		case '"', '”', '\'', '’', ')':
			s = s[:len(s)-size]
			continue
		}
		return false
	}
	return false
}

// startsSentence reports whether s starts like a new sentence: with an
// upper-case letter, a digit or an opening quotation mark.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘'
}

// cutReadAlso removes "Baca juga: TITLE" links from a paragraph of run-on
// text and appends the pieces around them to out. The title is taken to
// end where the next sentence starts: at a capitalized word followed by
// two lower-case words that are not the small words a Title Case headline
// leaves in lower case. p comes with its white space folded.
func cutReadAlso(out []string, p string) []string {
	cut := false
	for {
		i := indexFold(p, "baca juga:")
		if i < 0 {
			break
		}
		cut = true
		if before := foldSpace(p[:i]); before != "" {
			out = append(out, before)
		}
		rest := p[i+len("baca juga:"):]
		end := readAlsoEnd(rest)
		p = rest[end:]
	}
	if cut {
		// only the cuts leave white space to trim
		p = foldSpace(p)
	}
	if p != "" {
		out = append(out, p)
	}
	return out
}

func readAlsoEnd(s string) int {
	// The words are read as the test needs them, each with the next two,
	// rather than all listed first: the title is short, and the text after
	// it may be long and hold more links.
	i := 0
	next := func() ([2]int, bool) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		start := i
		for i < len(s) && s[i] != ' ' {
			i++
		}
		return [2]int{start, i}, start < i
	}
	if _, ok := next(); !ok {
		return len(s) // the first word is the title's
	}
	var words [3][2]int // a word and the two after it
	for k := range words {
		w, ok := next()
		if !ok {
			return len(s)
		}
		words[k] = w
	}
	for {
		w := s[words[0][0]:words[0][1]]
		w1 := s[words[1][0]:words[1][1]]
		w2 := s[words[2][0]:words[2][1]]
		r, _ := utf8.DecodeRuneInString(w)
		if r == '"' || r == '“' {
			return words[0][0] // a quotation opens the next paragraph
		}
		if unicode.IsUpper(r) && isLowerWord(w1) && isLowerWord(w2) && !titleSmallWords[w1] {
			return words[0][0]
		}
		w3, ok := next()
		if !ok {
			return len(s)
		}
		words[0], words[1], words[2] = words[1], words[2], w3
	}
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// titleSmallWords are the words an Indonesian Title Case headline keeps in
// lower case.
var titleSmallWords = map[string]bool{
	"di": true, "ke": true, "dari": true, "dan": true, "yang": true, "untuk": true, "dengan": true,
	"atau": true, "vs": true, "pada": true, "dalam": true, "oleh": true, "soal": true,
	"karena": true, "tapi": true, "tetapi": true, "bagi": true, "per": true, "hingga": true, "sampai": true,
}

// wordsUpTo counts the space-separated words of s up to limit+1, which
// is enough to tell whether s has more than limit words: a caller that
// asks about a small number need not read a long line to its end.
//
// It reads eight bytes at a time, marking the separators (' ', '\t',
// '\n') with their bytes' high bits: a word starts at each other byte
// whose previous byte is a separator.
func wordsUpTo(s string, limit int) int {
	n := 0
	prevSep := uint64(0x80) // the start of s counts as one
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		// eight bytes with no control byte, as nearly all are, have
		// spaces for their only separators, the bytes below '!'
		sep := bytesBelow(x, '!')
		if bytesBelow(x, ' ') != 0 {
			sep = zeroBytes(x^(' '*ones)) | zeroBytes(x^('\t'*ones)) | zeroBytes(x^('\n'*ones))
		}
		n += bits.OnesCount64(^sep & highs & (sep<<8 | prevSep))
		if n > limit {
			return limit + 1
		}
		prevSep = sep >> 56
	}
	in := prevSep == 0
	for ; i < len(s) && n <= limit; i++ {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// ones has a 1 in each byte, c*ones repeats byte c eight times, and highs
// is the high bit of each byte: the constants of the eight-byte reads.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// zeroBytes returns x with the high bit of each zero byte set and all
// other bits clear. (Adding 0x7f to the low seven bits of a byte sets its
// high bit unless they are zero, and carries into no other byte.)
func zeroBytes(x uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	return ^((x&lows + lows) | x | lows)
}

// countFields returns len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// fieldsUpTo is countFields up to limit+1, enough to tell whether s has
// more than limit fields.
//
// It reads eight bytes at a time while they are ASCII, whose white space
// is ' ' and '\t' to '\r', marking those bytes with their high bits: a
// field starts at each other byte whose previous byte is white space.
// Other bytes are read a rune at a time, as strings.Fields reads them.
func fieldsUpTo(s string, limit int) int {
	n := 0
	prevSpace := uint64(0x80) // the start of s counts as white space
	for i := 0; i < len(s) && n <= limit; {
		if i+8 <= len(s) {
			if x := load64(s, i); x&highs == 0 {
				tabToCR := bytesBelow(x, '\r'+1) &^ bytesBelow(x, '\t')
				space := zeroBytes(x^' '*ones) | tabToCR
				n += bits.OnesCount64(^space & highs & (space<<8 | prevSpace))
				prevSpace = space >> 56
				i += 8
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			prevSpace = 0x80
		} else {
			if prevSpace != 0 {
				n++
			}
			prevSpace = 0
		}
		i += size
	}
	return min(n, limit+1)
}

// indexFold is strings.Index, ignoring ASCII case.
func indexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	if c := sub[n-1]; c < utf8.RuneSelf && !isLetterByte(c) && c != ' ' && isASCII(sub) {
		return indexFoldLast(s, sub)
	}
	if n >= 8 && isASCII(sub[:8]) {
		return indexFoldLong(s, sub)
	}
	// The places where sub may start are found with IndexByte, once
	// for each case of its first byte; each search is redone only when
	// the place it found has been passed.
	lo, up := lowerASCII(sub[0]), upperASCII(sub[0])
	nextLo, nextUp := -1, -1
	for i := 0; i+n <= len(s); i++ {
		if nextLo < i {
			nextLo = indexByteFrom(s, lo, i)
		}
		if nextUp < i {
			nextUp = indexByteFrom(s, up, i)
		}
		i = min(nextLo, nextUp)
		if i+n > len(s) {
			break
		}
		if mayStartFold(s[i:], sub) && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// indexFoldLast is indexFold for an ASCII sub that ends in a byte other
// than a letter or a space, such as the colon of "baca juga:". That byte
// matches only itself and is rare in text, so the search goes from one
// of its places to the next and compares what ends there. (A match of an
// ASCII sub ignoring case holds only ASCII: a rune outside ASCII that
// folds to an ASCII letter is longer than it.)
func indexFoldLast(s, sub string) int {
	n := len(sub)
	for off := n - 1; off < len(s); {
		j := strings.IndexByte(s[off:], sub[n-1])
		if j < 0 {
			return -1
		}
		end := off + j + 1
		if strings.EqualFold(s[end-n:end], sub) {
			return end - n
		}
		off = end
	}
	return -1
}

// indexFoldLong is indexFold for a sub whose first eight bytes are ASCII.
// It reads the eight bytes at each offset as one number with each byte's
// 0x20 bit set (which makes a lower-case letter of an upper-case one and
// of no other byte) and compares it with those of sub, the same way: a
// load and a comparison a byte, with no branch taken on ordinary text,
// where searching for the first letter stops at each of its places. A
// match of sub ignoring case holds only ASCII (a rune outside ASCII that
// folds to an ASCII letter is longer than it), so it passes the test,
// and the offsets that pass are then compared in full.
func indexFoldLong(s, sub string) int {
	const folded = 0x20 * ones
	head := load64(sub, 0) | folded
	for i := 0; i+len(sub) <= len(s); i++ {
		if load64(s, i)|folded == head && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// indexByteFrom returns the index of the first c in s at or after i, or
// len(s).
func indexByteFrom(s string, c byte, i int) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return len(s)
}

// mayStartFold reports whether s may begin with prefix, ignoring case, by
// their first two bytes alone: an ASCII byte folds only to its other
// ASCII case. It is a quick test before startsWithFold.
func mayStartFold(s, prefix string) bool {
	if s == "" || prefix == "" || s[0] >= utf8.RuneSelf || prefix[0] >= utf8.RuneSelf {
		return true
	}
	if lowerASCII(s[0]) != lowerASCII(prefix[0]) {
		return false
	}
	return len(s) < 2 || len(prefix) < 2 || s[1] >= utf8.RuneSelf || prefix[1] >= utf8.RuneSelf ||
		lowerASCII(s[1]) == lowerASCII(prefix[1])
}

// startsWithFold reports whether s begins with prefix, ignoring case.
func startsWithFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Page furniture, as outlets print it. A marker of one word ("Tags",
// "ADVERTISEMENT") must be the whole line (but for trailing ":" or "...");
// other markers are matched at the start of a line, ignoring case, and
// must be followed by the end of the line, a space or punctuation.
// Sources: the page text of the outlets in the evaluation corpus (CNBC
// Indonesia, Kompas, detik, Tempo, Antara, Liputan6, Republika, Kontan,
// Tribun, CNN Indonesia, IDN Times, jpnn, Okezone, Suara, Media Indonesia,
// Katadata, VOI, Monitor, Riau Pos, Merdeka, VIVA, Sindonews).

// skipMarkers start lines that are dropped wherever they appear: prompts,
// ads, embeds, photo and source credits and links to other articles.
var skipMarkers = []string{
	"baca juga", "baca:", "baca selengkapnya", "baca berita", "baca artikel",
	"scroll to continue", "scroll untuk melanjutkan", "advertisement", "- advertisement", "iklan",
	"[gambas", "saksikan juga", "saksikan video", "simak juga", "simak video", "tonton juga",
	"tonton video", "lihat video", "video:", "gabung di", "tutup", "headline", "fokus", "spinner loading",
	"font:", "ukuran font", "foto:", "foto :", "loading", "date ", "categories:", "kategori:", "ilustrasi:",
	"sumber:", "sumber :", "source:", "source :", "ads", "halaman", "selanjutnya", "sebelumnya", "tonton", "lanjut baca",
	"klik di sini", "klik disini", "infografis", "dengarkan artikel", "artikel ini telah diperbarui",
	"lihat foto", "lihat video", "video rekomendasi", "jangan lewatkan",
}

// trailerMarkers start the page's trailer: once the body has begun, a line
// starting with one of these ends it.
var trailerMarkers = []string{
	"tags", "tags:", "tag:", "tag :", "topik:", "topik", "related articles", "recommendation",
	"most popular", "berita terkait", "terpopuler", "berita lainnya", "berita terkini",
	"rekomendasi artikel", "rekomendasi", "artikel terkait", "recent posts", "next article",
	"artikel selanjutnya", "baca artikel lainnya", "lihat juga", "pilihan editor", "komentar",
	"ikuti kami", "share", "bagikan", "published by", "pewarta:", "pewarta :", "editor:", "editor :",
	"redaktur:", "redaktur :", "redaktur &", "copyright ", "copyright©", "©", "all right reserved",
	"all rights reserved", "penulis:", "penulis :", "reporter:", "reporter :", "video editor",
	"halaman:", "cek berita dan artikel", "silakan baca konten", "simak breaking news",
	"gabung ke channel", "dapatkan update berita", "dapatkan akses cepat", "berita ini telah tayang",
	"artikel ini telah tayang", "yuk ngaji", "yuk koleksi", "lainnya di", "video pilihan", "features",
	"ikuti berita", "ikuti whatsapp", "download aplikasi", "unduh aplikasi", "berita detik",
	"populer", "terkini", "trending", "newsletter", "kirim komentar", "editor", "pilihan untukmu",
	"pilihan redaksi", "artikel menarik", "berita rekomendasi", "baca lainnya", "follow berita",
	"follow us", "ikuti juga", "dapatkan informasi", "dapatkan berita", "cnbc indonesia research",
}

// promoPhrases mark an outlet's invitation to follow it elsewhere,
// wherever in the line they stand: "Simak berita lainnya di Google News",
// "Gabung ke Channel WhatsApp ...".
var promoPhrases = []string{
	"google news", "whatsapp channel", "channel whatsapp", "saluran whatsapp", "whatsapp anda",
	"grup telegram", "channel telegram", "kanal telegram",
}

// isPromo reports whether a short line invites the reader to follow the
// outlet on Google News, WhatsApp or Telegram.
func isPromo(line string) bool {
	if len(line) > 300 || !hasPromoWord(line) {
		return false
	}
	low := strings.ToLower(line)
	for _, p := range promoPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// promoWords are words one of which every promo phrase holds. None has
// an "i" or a "k", the only ASCII letters that strings.ToLower makes of
// other runes (U+0130, U+212A), so a line whose lower-case form holds a
// phrase holds one of these, ignoring ASCII case.
// Each is eight bytes or longer, for hasPromoWord.
var promoWords = [3]string{"google news", "whatsapp", "telegram"}

// hasPromoWord reports whether line holds one of promoWords, ignoring
// ASCII case: a test without a lower-case copy that most lines fail.
//
// A place where a word starts is one where the eight bytes there, read
// as one number with each byte's 0x20 bit set (which makes a lower-case
// letter of an upper-case one, and of no other byte), equal the word's
// first eight. Those eight bytes hold a whole block of four that starts
// at a multiple of four, equal, with the same bits set, to the four
// bytes of the word at 0, 1, 2 or 3: only blocks whose hash is that of
// one of those twelve, which hardly any of ordinary text is, are looked
// at further. That is a hash for every four bytes and a load for every
// eight, where a comparison of the eight bytes at each offset took a load
// and three comparisons for every byte.
func hasPromoWord(line string) bool {
	const folded = 0x20 * ones
	grams := promoGrams()
	q := 0
	for ; q+8 <= len(line); q += 8 {
		// the blocks at q and q+4 in one load: most pairs hold neither
		x := load64(line, q) | folded
		if (grams.has(uint32(x)) || grams.has(uint32(x>>32))) && promoWordNear(line, q) {
			return true
		}
	}
	return q+4 <= len(line) && grams.has(load32(line, q)|uint32(folded&0xffffffff)) && promoWordNear(line, q)
}

// promoWordNear reports whether one of promoWords starts, ignoring ASCII
// case, at a place of line whose first eight bytes hold the block of four
// at q or the one at q+4.
func promoWordNear(line string, q int) bool {
	const folded = 0x20 * ones
	for i := max(q-3, 0); i <= q+4 && i+8 <= len(line); i++ {
		x := load64(line, i) | folded
		if x != load64(promoWords[0], 0) && x != load64(promoWords[1], 0) && x != load64(promoWords[2], 0) {
			continue
		}
		for _, w := range promoWords {
			if startsWithFold(line[i:], w) {
				return true
			}
		}
	}
	return false
}

// promoGrams holds the hashes of the four bytes at 0, 1, 2 and 3 of each
// of promoWords, for hasPromoWord.
var promoGrams = sync.OnceValue(func() *hashSet {
	s := new(hashSet)
	for _, w := range promoWords {
		for d := range 4 {
			s.add(load32(w, d))
		}
	}
	return s
})

// relatedMarkers are the trailer markers whose following lines are titles
// of related or next articles.
var relatedMarkers = []string{
	"related articles", "berita terkait", "artikel terkait", "next article", "artikel selanjutnya",
	"baca artikel lainnya", "lihat juga", "pilihan editor",
}

// hasMarker reports whether line starts with one of markers (or is one,
// for a marker of one word), and which.
func hasMarker(line string, markers []string) (string, bool) {
	for _, m := range markers {
		if mayStartFold(line, m) && startsWithMarker(line, m) {
			return m, true
		}
	}
	return "", false
}

// startsWithMarker reports whether line starts with marker m as
// hasMarker means it.
func startsWithMarker(line, m string) bool {
	if !startsWithFold(line, m) {
		return false
	}
	rest := line[len(m):]
	if isWord(m) {
		return strings.Trim(rest, " :.…") == ""
	}
	last := m[len(m)-1]
	if rest == "" || !isLetterByte(last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// A markerSet is a list of markers, also kept by the first byte they
// start with, so that a line is compared only with the markers it may
// start with.
type markerSet struct {
	markers []string
	byFirst [256][]markerHead // by lowerASCII of the first byte, in list order
	// notASCII holds the markers with a byte outside ASCII, in list
	// order: the only ones that a line starting with such a byte, as one
	// opening with a quotation mark does, may start with. (Ignoring case,
	// a line's first len(m) bytes match an ASCII marker m only when they
	// are len(m) runes, all ASCII.)
	notASCII []string
	// second holds, by the first byte as in byFirst, the set of the
	// second bytes (by lowerASCII) of the markers starting with it: most
	// lines start with a pair no marker does, and are told so with one
	// look-up, not a comparison with each marker of the first byte.
	second [128][2]uint64
}

// A markerHead is a marker with the test of a line's first eight bytes
// that it passes when the line starts with the marker: with the 0x20 bit
// of each byte set, which folds an ASCII letter to lower case, they equal
// head under mask. Ignoring case, a line starts with an ASCII marker only
// when the bytes it starts with are ASCII, equal to the marker's but for
// a letter's case. A marker with other bytes has an empty mask: every
// line passes, and is compared in full.
type markerHead struct {
	m          string
	head, mask uint64
}

func newMarkerHead(m string) markerHead {
	h := markerHead{m: m}
	if isASCII(m) {
		n := min(len(m), 8)
		h.mask = ^uint64(0) >> (64 - 8*n)
		h.head = (wordBytes(m, 0) | 0x20*ones) & h.mask
	}
	return h
}

func newMarkerSet(markers []string) *markerSet {
	ms := &markerSet{markers: markers}
	for _, m := range markers {
		if m != "" {
			c := lowerASCII(m[0])
			ms.byFirst[c] = append(ms.byFirst[c], newMarkerHead(m))
			if c < utf8.RuneSelf {
				if len(m) < 2 || m[1] >= utf8.RuneSelf {
					// a marker match would not read the pair
					ms.second[c] = [2]uint64{^uint64(0), ^uint64(0)}
				} else {
					c1 := lowerASCII(m[1])
					ms.second[c][c1/64] |= 1 << (c1 % 64)
				}
			}
		}
		if !isASCII(m) {
			ms.notASCII = append(ms.notASCII, m)
		}
	}
	return ms
}

// match is hasMarker(line, ms.markers). An ASCII first byte folds only to
// its other ASCII case, so a line starting with one can match only the
// markers starting with it, and so for an ASCII second byte. (A second
// byte outside ASCII, as rare as it is, leaves each marker to compare.)
func (ms *markerSet) match(line string) (string, bool) {
	if line != "" && line[0] < utf8.RuneSelf {
		c := lowerASCII(line[0])
		if len(line) >= 2 && line[1] < utf8.RuneSelf {
			if c1 := lowerASCII(line[1]); ms.second[c][c1/64]&(1<<(c1%64)) == 0 {
				return "", false
			}
		}
		// most lines left share their first two letters with a marker
		// or two ("Pe", "Se"), and are told from them by the test of
		// eight bytes, without a comparison that folds case
		x := wordBytes(line, 0) | 0x20*ones // (wordBytes in quotes.go)
		for _, h := range ms.byFirst[c] {
			if x&h.mask == h.head && startsWithMarker(line, h.m) {
				return h.m, true
			}
		}
		return "", false
	}
	return hasMarker(line, ms.notASCII)
}

var (
	skipMarkerSet    = sync.OnceValue(func() *markerSet { return newMarkerSet(skipMarkers) })
	trailerMarkerSet = sync.OnceValue(func() *markerSet { return newMarkerSet(trailerMarkers) })
)

// isWord reports whether s is one word of ASCII letters.
func isWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetterByte(s[i]) {
			return false
		}
	}
	return s != ""
}

func isLetterByte(c byte) bool { return isLowerASCII(c) || isUpperASCII(c) }

// outletNames maps the forms outlets print in datelines and bylines, upper
// case, to the name the outlet uses for itself in prose.
var outletNames = map[string]string{
	"ANTARA": "ANTARA", "ANTARA NEWS": "ANTARA", "ANTARANEWS": "ANTARA", "ANTARANEWS.COM": "ANTARA",
	"KOMPAS.COM": "Kompas.com", "KOMPAS": "Kompas", "KOMPAS.TV": "Kompas TV", "KOMPAS TV": "Kompas TV",
	"KOMPASTV": "Kompas TV", "KOMPAS.ID": "Kompas.id",
	"TEMPO.CO": "Tempo", "TEMPO": "Tempo", "TEMPO INTERAKTIF": "Tempo", "TEMPOINTERAKTIF.COM": "Tempo",
	"LIPUTAN6.COM": "Liputan6.com", "LIPUTAN6": "Liputan6.com",
	"REPUBLIKA.CO.ID": "Republika", "REPUBLIKA": "Republika", "REPUBLIKA ONLINE": "Republika",
	"KONTAN.CO.ID": "Kontan.co.id", "KONTAN": "Kontan",
	"BISNIS.COM": "Bisnis.com", "BISNIS": "Bisnis.com", "KABAR24.COM": "Kabar24.com",
	"TRIBUNNEWS.COM": "Tribunnews.com", "TRIBUNNEWS": "Tribunnews.com",
	"JPNN.COM": "jpnn.com", "JPNN": "jpnn.com",
	"CNBC INDONESIA": "CNBC Indonesia", "CNN INDONESIA": "CNN Indonesia", "CNNINDONESIA.COM": "CNN Indonesia",
	"IDN TIMES": "IDN Times", "MONITOR": "Monitor", "SUARA.COM": "Suara.com",
	"VIVANEWS": "VIVAnews", "VIVA.CO.ID": "VIVA.co.id", "VIVA": "VIVA",
	"DETIKCOM": "detikcom", "DETIK.COM": "detikcom", "DETIKNEWS": "detikcom", "DETIKFINANCE": "detikcom",
	"OKEZONE": "Okezone", "OKEZONE.COM": "Okezone", "MERDEKA.COM": "Merdeka.com",
	"SINDONEWS": "SINDOnews", "SINDONEWS.COM": "SINDOnews", "KORAN SINDO": "Koran Sindo",
	"RIAUPOS.CO": "Riaupos.co", "RIAU POS": "Riau Pos", "JAWAPOS.COM": "JawaPos.com", "JPNN.COM NETWORK": "jpnn.com",
	"MEDIA INDONESIA": "Media Indonesia", "MEDIAINDONESIA.COM": "Media Indonesia",
	"KATADATA.CO.ID": "Katadata.co.id", "KATADATA": "Katadata.co.id", "VOI": "VOI", "VOI.ID": "VOI",
	"BERITASATU.COM": "BeritaSatu.com", "INILAH.COM": "Inilah.com", "TAGAR": "Tagar",
	"SUMUTPOS": "Sumut Pos", "SUMUT POS": "Sumut Pos", "PIKIRAN RAKYAT": "Pikiran Rakyat",
	"KAPANLAGI.COM": "KapanLagi.com", "BERITAMANADO.COM": "BeritaManado.com", "INEWS.ID": "iNews.id",
}

// outletName returns the prose name of an outlet printed as s, and whether
// s names an outlet at all: a known name, a Tribun network site, or a web
// address ("Kabar24.com").
func outletName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	// Only a known name, which is short, a name of up to three words
	// ("Antara Bali") or one with no space (a desk, a channel, a web
	// address) names an outlet: a longer line of more words, as most
	// that callers try are, needs no upper-case copy. (Upper case takes
	// at least half the bytes of its source; a third is allowed.)
	if len(s) > 3*longestOutlet() && strings.Contains(s, " ") && wordsUpTo(s, 3) > 3 {
		return "", false
	}
	// the upper case is written into a buffer on the stack when s is
	// ASCII, as nearly every name is, rather than into a new string
	var buf [64]byte
	up := appendUpperASCII(buf[:0], s)
	if up == nil {
		up = []byte(strings.ToUpper(s))
	}
	if n, ok := outletNames[string(up)]; ok {
		return n, true
	}
	if o, ok := deskOutlet(s); ok {
		return o, true
	}
	// ANTARA's regional desks: "Antara Bali", "ANTARA Jatim"
	if bytes.HasPrefix(up, []byte("ANTARA ")) && wordsUpTo(s, 3) <= 3 {
		return "ANTARA", true
	}
	// detik's channels sign as detikNews, detikFinance, detikSport...
	if strings.HasPrefix(s, "detik") && len(s) > len("detik") && !strings.Contains(s, " ") {
		return "detikcom", true
	}
	// Tribun's regional sites print TRIBUNJABAR.CO.ID and call
	// themselves TribunJabar.co.id.
	if bytes.HasPrefix(up, []byte("TRIBUN")) && len(up) > len("TRIBUN") && bytes.IndexByte(up, ' ') < 0 {
		host, dom, _ := strings.Cut(s[len("TRIBUN"):], ".")
		name := "Tribun" + titleWord(host)
		if dom != "" {
			name += "." + strings.ToLower(dom)
		}
		return name, true
	}
	for _, tld := range []string{".COM", ".CO.ID", ".ID", ".CO", ".NET", ".TV", ".OR.ID"} {
		if bytes.HasSuffix(up, []byte(tld)) && !strings.Contains(s, " ") && len(s) > len(tld)+1 {
			if s != string(up) {
				return s, true // printed in its own case: keep it
			}
			host, dom, _ := strings.Cut(s, ".")
			return titleWord(host) + "." + strings.ToLower(dom), true
		}
	}
	return "", false
}

// appendUpperASCII appends s in upper case to b when s is all ASCII, and
// returns nil when it is not.
func appendUpperASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nil
		}
		b = append(b, upperASCII(s[i]))
	}
	return b
}

// deskOutlet reads an outlet's name glued to the name of one of its desks,
// "KompasOtomotif", "KompasTekno": a known outlet, then a capitalized word
// in lower case. Desks belong to the outlet's website, so the site's name
// is preferred ("Kompas.com").
func deskOutlet(s string) (string, bool) {
	k := 1
	for k < len(s) && !(isUpperASCII(s[k]) && isLowerASCII(s[k-1])) {
		if !isLetterByte(s[k]) {
			return "", false
		}
		k++
	}
	desk := s[k:]
	if k < 3 || len(desk) < 3 || !isLetterByte(s[0]) {
		return "", false
	}
	for i := 1; i < len(desk); i++ {
		if !isLowerASCII(desk[i]) {
			return "", false
		}
	}
	up := strings.ToUpper(s[:k])
	for _, form := range []string{up + ".COM", up + ".CO.ID", up} {
		if n, ok := outletNames[form]; ok {
			return n, true
		}
	}
	return "", false
}

// titleWord writes an upper-case word with only its first letter capital.
func titleWord(w string) string {
	if w == "" {
		return w
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
}

// placeAcronyms are the administrative acronyms that prose keeps upper
// case inside a place name: Daerah Khusus Ibukota, Daerah Istimewa
// (Yogyakarta), Nusa Tenggara Barat and Timur, Nanggroe Aceh Darussalam,
// Ibu Kota Nusantara, and the District of Columbia.
var placeAcronyms = map[string]bool{
	"DKI": true, "DIY": true, "DI": true, "NTB": true, "NTT": true, "NAD": true, "IKN": true, "DC": true,
}

// cityName writes a dateline city the way prose does: "JAKARTA" is
// "Jakarta", "BANDA ACEH" is "Banda Aceh", "DKI JAKARTA" is "DKI Jakarta";
// a city already in mixed case is kept.
func cityName(s string) string {
	if !isUpperString(s) {
		return s
	}
	// the words are written into one string, rather than each into one
	// of its own and then joined
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if placeAcronyms[w] {
			b.WriteString(w)
			continue
		}
		// titleWord(w), the rest lowered on the stack
		r, size := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		var low [32]byte
		b.Write(appendLower(low[:0], w[size:]))
	}
	return b.String()
}

// A leadIn is the dateline that opens an article's first paragraph:
// "Jakarta, CNBC Indonesia - ", "JAKARTA, KOMPAS.com - ", "Jakarta
// (ANTARA) - ", "KONTAN.CO.ID - JAKARTA. ", "jpnn.com - JAKARTA -- ",
// "JAKARTA - ".
type leadIn struct {
	n      int    // length in bytes, up to the start of the body text
	city   string // as printed
	outlet string // the outlet's prose name, or ""
	// strong is true when the lead-in names an outlet or an upper-case
	// city, which body text never starts with by chance.
	strong bool
}

// isDash reports whether r is a hyphen or a dash that outlets put after a
// dateline.
func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '―'
}

// parseLeadIn reads the dateline lead-in at the start of s.
func parseLeadIn(s string) (leadIn, bool) {
	limit := min(len(s), 72)
	for i := 0; i < limit; {
		if i+8 <= limit {
			// the letters, digits and spaces of most of a line are
			// passed eight at a time, up to the first byte of the
			// others
			stops := leadInStops(load64(s, i))
			if stops == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(stops) / 8
		}
		if c := s[i]; c < utf8.RuneSelf && c != '-' && c != ':' && c != '"' && c != '?' && c != '!' && c != '|' {
			i++ // passed without decoding a rune
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDash(r) {
			if r == ':' && i+1 < len(s) && s[i+1] == ' ' {
				// the older "Liputan6.com, Jakarta: ..." needs its outlet
				if li, ok := leadInParts(s, strings.TrimSpace(s[:i]), i+2); ok && li.outlet != "" {
					return li, true
				}
				// Malaysian and English papers print "KUALA LUMPUR: ..."
				if li, ok := colonDateline(s, i); ok {
					return li, true
				}
			}
			if r == '"' || r == '“' || r == ':' || r == '?' || r == '!' || r == '|' {
				return leadIn{}, false
			}
			i += size
			continue
		}
		if i == 0 {
			return leadIn{}, false
		}
		j := i
		dashes := 0
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if !isDash(r2) {
				break
			}
			dashes++
			j += size2
		}
		spaceBefore := i > 0 && s[i-1] == ' '
		spaceAfter := j < len(s) && s[j] == ' '
		if r == '-' && dashes == 1 && !spaceBefore && !spaceAfter {
			// a hyphen inside a word, unless it glues an upper-case city
			// to the text: "PROBOLINGGO-Dermaga baru ..."
			head := s[:i]
			if !(len(head) >= 4 && isUpperString(head) && isCity(head) && j < len(s) && isUpperASCII(s[j])) {
				i = j
				continue
			}
		}
		head := strings.TrimSpace(s[:i])
		body := j
		for body < len(s) && s[body] == ' ' {
			body++
		}
		return leadInParts(s, head, body)
	}
	return cityStop(s)
}

// leadInStops marks, with the high bit of its byte, the first byte of x
// that parseLeadIn stops at: a hyphen, a colon, a quotation mark, a
// question or exclamation mark, a bar, or a byte of a rune outside ASCII
// (which may be a dash). It is 0 when there is none; bytes after the
// first may be marked whether they are stops or not (firstZeroByte).
func leadInStops(x uint64) uint64 {
	return firstZeroByte(x^'-'*ones) | firstZeroByte(x^':'*ones) | firstZeroByte(x^'"'*ones) |
		firstZeroByte(x^'?'*ones) | firstZeroByte(x^'!'*ones) | firstZeroByte(x^'|'*ones) | x&highs
}

// colonLabels are upper-case labels that open a line with a colon the way
// a "KUALA LUMPUR:" dateline does, but name no place.
var colonLabels = map[string]bool{
	"VIDEO": true, "FOTO": true, "FOTO VIDEO": true, "UPDATE": true, "BREAKING": true,
	"BREAKING NEWS": true, "EKSKLUSIF": true, "EXCLUSIVE": true, "INFOGRAFIS": true,
	"CATATAN": true, "KETERANGAN": true, "SUMBER": true, "LIVE": true, "OPINI": true,
	"KOLOM": true, "TERKINI": true, "HOAKS": true, "HOAX": true, "CEK FAKTA": true,
	"FAKTA": true, "KESIMPULAN": true, "PENJELASAN": true, "DISCLAIMER": true,
	"PERHATIAN": true, "INFO": true, "SIMAK": true, "TONTON": true, "ADVERTORIAL": true,
	"PROMO": true, "KLARIFIKASI": true, "RALAT": true, "PENGUMUMAN": true, "NOTE": true,
	"EDITOR'S NOTE": true, "WATCH": true, "READ": true, "ALSO READ": true,
}

// colonDateline reads the dateline that Malaysian and English papers
// print with a colon, "KUALA LUMPUR: Dua suspek ...", where i is the
// colon's offset. The city must be upper case and the text after it a
// sentence of some length, so that a title such as "VIDEO: Banjir di
// Jakarta" is not taken for one.
func colonDateline(s string, i int) (leadIn, bool) {
	city := strings.TrimSpace(s[:i])
	if len(city) < 3 || !isUpperString(city) || !isCity(city) || wordsUpTo(city, 3) > 3 || colonLabels[city] {
		return leadIn{}, false
	}
	body := i + 1
	for body < len(s) && s[body] == ' ' {
		body++
	}
	if body >= len(s) || !isUpperASCII(s[body]) || wordsUpTo(s[body:], 7) < 8 {
		return leadIn{}, false
	}
	return leadIn{n: body, city: city, strong: true}, true
}

// cityStop reads the older dateline without a dash, "Jakarta. Teka teki
// ...": a city of one or two words and a full stop. Body text can start
// the same way, so the caller treats it as weak.
func cityStop(s string) (leadIn, bool) {
	// a city's stop ends by byte 32: the rest of a long line is not read
	i := strings.Index(s[:min(len(s), 32)], ". ")
	if i < 4 || i > 30 {
		return leadIn{}, false
	}
	city := s[:i]
	if !isCity(city) || wordsUpTo(city, 2) > 2 || strings.Contains(city, ".") {
		return leadIn{}, false
	}
	body := i + 2
	if body >= len(s) || !isUpperASCII(s[body]) {
		return leadIn{}, false
	}
	return leadIn{n: body, city: city}, true
}

// leadInParts makes sense of the text before the lead-in's dash.
func leadInParts(s, head string, body int) (leadIn, bool) {
	if head == "" || wordsUpTo(head, 6) > 6 || body >= len(s) {
		return leadIn{}, false
	}
	li := leadIn{n: body}
	switch {
	case strings.HasSuffix(head, ")") && strings.Contains(head, "("):
		open := strings.LastIndexByte(head, '(')
		city := strings.TrimRight(head[:open], " ,")
		if c, _, ok := strings.Cut(city, ","); ok {
			city = c // "Jakarta, Feb 24 (ANTARA) -"
		}
		name := head[open+1 : len(head)-1]
		o, ok := outletName(name)
		if !ok && strings.Contains(name, "/") {
			// a press release carried by the outlet: "(Antara/PRNewswire)"
			for part := range strings.SplitSeq(name, "/") {
				if o, ok = outletName(part); ok {
					break
				}
			}
		}
		if !ok {
			// an outlet we do not know: "Jakarta (Beritasatu) -"
			if !isCity(name) || wordsUpTo(name, 3) > 3 {
				return leadIn{}, false
			}
			o = name
		}
		if !isCity(city) {
			return leadIn{}, false
		}
		li.city, li.outlet = city, o
	case strings.Contains(head, ","):
		x, y, _ := strings.Cut(head, ",")
		x, y = strings.TrimSpace(x), strings.TrimSpace(y)
		if ox, ok := outletName(x); ok {
			if !isCity(y) {
				return leadIn{}, false
			}
			li.city, li.outlet = y, ox
		} else if oy, ok := outletName(y); ok {
			if !isCity(x) {
				return leadIn{}, false
			}
			li.city, li.outlet = x, oy
		} else if isCity(x) && isCity(y) && isUpperString(x) && !isUpperString(y) {
			// "JAKARTA, Outlet Name -" with an outlet we do not know
			li.city, li.outlet = x, y
		} else if isCity(x) && !isUpperString(x) && len(y) >= 2 && len(y) <= 5 && isUpperString(y) && isCity(y) {
			// "Jakarta, IO -": an outlet's initials
			li.city, li.outlet = x, y
		} else {
			return leadIn{}, false
		}
	default:
		if o, ok := outletName(head); ok {
			li.outlet = o
			// "KONTAN.CO.ID - JAKARTA. ", "jpnn.com - JAKARTA -- "
			if city, n, ok := cityAfterOutlet(s[body:]); ok {
				li.city = city
				li.n = body + n
			}
		} else if isCity(head) {
			li.city = head
		} else {
			return leadIn{}, false
		}
	}
	li.strong = li.outlet != "" || (isUpperString(li.city) && len(li.city) >= 3)
	if li.n >= len(s) {
		return leadIn{}, false
	}
	return li, true
}

// cityAfterOutlet reads the upper-case city that follows the outlet in
// "KONTAN.CO.ID - JAKARTA. " and "jpnn.com - JAKARTA -- ": it returns the
// city and the length up to the text after it.
func cityAfterOutlet(s string) (string, int, bool) {
	i := 0
	for i < len(s) && (isUpperASCII(s[i]) || s[i] == ' ') {
		i++
	}
	city := strings.TrimSpace(s[:i])
	if len(city) < 3 || !isCity(city) || i >= len(s) {
		return "", 0, false
	}
	j := len(strings.TrimRight(s[:i], " "))
	if s[j] == ' ' {
		j = i
	}
	switch {
	case s[j] == '.' || s[j] == ',':
		j++
	default:
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !isDash(r) {
			return "", 0, false
		}
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isDash(r) {
				break
			}
			j += size
		}
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return city, j, j < len(s)
}

// isCity reports whether s can be a dateline city: one to four words, each
// starting with an upper-case letter and made of letters.
func isCity(s string) bool {
	if len(s) > 80 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 {
			return false
		}
		for k, r := range w {
			switch {
			case k == 0 && !unicode.IsUpper(r):
				return false
			case !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’':
				return false
			}
		}
	}
	return n > 0
}

// findPublished finds a publish line that may carry something before the
// date: "Kompas.com - 31/10/2019, 10:48 WIB", "Kompas bisnis | 18 Februari
// 2020, 11:20 WIB", "Andika Rachmansyah , Jurnalis-Senin, 18 November 2024
// |21:00 WIB". It returns the time and that prefix, trimmed of separators.
func findPublished(line string) (time.Time, string, bool) {
	// The date of a publish line carries digits (its day and year): a line,
	// or the rest of one, without a digit holds none. Checking first saves
	// trying each separator of every header line.
	if len(line) > 160 {
		return time.Time{}, "", false
	}
	lastDigit := lastDigitIndex(line)
	if lastDigit < 0 {
		return time.Time{}, "", false
	}
	// Kontan separates the date from the time with a slash: "Senin, 04
	// Maret 2024 / 14:05 WIB" (a search for the slash, which few lines
	// hold, is quicker than one for a space and a slash)
	if strings.IndexByte(line, '/') >= 0 {
		line = strings.ReplaceAll(line, " / ", " | ")
	}
	if t, ok := parsePublished(line); ok {
		return t, "", true
	}
	// "13 Mar 2024 10:30 WIB | Diperbarui 13 Mar 2024 11:00 WIB": the
	// publish time, then the update time
	for _, sep := range []string{" | ", " - ", " – ", ", "} {
		if strings.IndexByte(line, sep[1]) < 0 {
			continue // as most lines: the byte after the space is rarer than it
		}
		head, tail, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		for _, w := range publishWords {
			if startsWithFold(tail, w) {
				if t, ok := parsePublished(head); ok {
					return t, "", true
				}
			}
		}
	}
	// parsePublished turns away a text with a parenthesis, and after a
	// plain space only a rest with a colon counts (see below): such rests
	// are not parsed at all
	lastParen := strings.LastIndexByte(line, '(')
	lastColon := strings.LastIndexByte(line, ':')
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf && c != '|' && c != ',' && c != '-' && c != ' ' {
			// no other byte of ASCII ends a separator or a space, and
			// most are letters: they are passed without decoding a
			// rune
			if i++; i > lastDigit {
				break
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		if i > lastDigit {
			break
		}
		sep := r == '|' || r == ',' || isDash(r)
		if !sep && r != ' ' || i <= lastParen || !sep && i > lastColon {
			continue
		}
		t, ok := parsePublished(line[i:])
		if !ok || !sep && !strings.ContainsAny(line[i:], ":") {
			// after a plain space only a date with its clock time counts:
			// "Oleh Ani pada 12 Mar 2024, 14:05 WIB", not a headline
			// ending in a date
			continue
		}
		prefix := strings.TrimRightFunc(line[:i-size], func(r rune) bool {
			return r == ' ' || r == ',' || r == '|' || isDash(r)
		})
		for _, w := range []string{" pada", " on", " at", " -"} {
			prefix = strings.TrimSuffix(prefix, w)
		}
		return t, prefix, true
	}
	return time.Time{}, "", false
}

// lastDigitIndex returns the index of the last ASCII digit in s, or -1.
// It reads eight bytes at a time from the end, where a line without a
// digit, as most that findPublished is asked about are, took a test a
// byte back to its start.
func lastDigitIndex(s string) int {
	i := len(s)
	for ; i >= 8; i -= 8 {
		x := load64(s, i-8)
		if d := bytesBelow(x, '9'+1) &^ bytesBelow(x, '0'); d != 0 {
			return i - 8 + (63-bits.LeadingZeros64(d))/8
		}
	}
	for i--; i >= 0; i-- {
		if isDigitASCII(s[i]) {
			return i
		}
	}
	return -1
}

// bylineLabels are the role labels of bylines and footers, lower case,
// with whether the person named after them is an author. Editors,
// photographers and sources are not.
var bylineLabels = map[string]bool{
	"reporter": true, "penulis": true, "pewarta": true, "wartawan": true, "rep": true, "oleh": true,
	"author": true, "writer": true, "kontributor": true, "jurnalis": true, "by": true, "teks": true,
	"editor": false, "red": false, "redaktur": false, "penyunting": false, "fotografer": false,
	"foto": false, "sumber": false, "editor bahasa": false, "video editor": false, "grafis": false,
	"desain": false, "produser": false, "videografer": false, "translator": false, "penerjemah": false,
}

// teamNames are byline entries that name a desk, not a writer; so does
// any entry starting with "Tim" ("Tim Riset", "Tim Redaksi").
var teamNames = map[string]bool{
	"tim redaksi": true, "redaksi": true, "tim": true, "admin": true, "-": true,
}

// bylineNames splits a list of names written "A, B dan C" or "A & B".
func bylineNames(s string) []string {
	var out []string
	for part := range strings.SplitSeq(s, ",") {
		for _, sep := range []string{" dan ", " & ", " and "} {
			part = strings.ReplaceAll(part, sep, ",")
		}
		for n := range strings.SplitSeq(part, ",") {
			n = strings.Trim(strings.TrimSpace(n), ",;")
			var low [48]byte // a name is lowered on the stack, not into a new string
			if n != "" && !teamNames[string(appendLower(low[:0], n))] && !startsWithFold(n, "tim ") {
				out = append(out, n)
			}
		}
	}
	return out
}

// A byline is what a byline line says.
type byline struct {
	authors []string
	outlet  string
	section string
}

// parseByline reads the byline forms outlets print: "sef, CNBC Indonesia",
// "Tech - Yuni astutik, CNBC Indonesia", "Reporter: X | Editor: Y", "Rep:
// X/ Red: Y", "Penulis: X", "Laporan Wartawan Tribun Jabar, X", "Oleh: X".
// It reports false for a line that is none of these.
func parseByline(line string) (byline, bool) {
	var b byline
	if wordsUpTo(line, 20) > 20 {
		return b, false
	}
	// "Laporan Wartawan Tribun Jabar, Name", "Laporan Reporter Tribunnews.com, Name"
	// (the word they share is tested first, which nearly every line fails)
	if startsWithFold(line, "laporan ") {
		rest := line[len("laporan "):]
		for _, role := range []string{"wartawan", "reporter", "jurnalis", "kontributor"} {
			if startsWithFold(rest, role) {
				if _, name, ok := strings.Cut(line, ","); ok {
					b.authors = bylineNames(name)
				}
				return b, true
			}
		}
	}
	if startsWithFold(line, "oleh ") && !strings.Contains(line, ":") && wordsUpTo(line, 6) <= 6 {
		b.authors = bylineNames(line[len("oleh "):])
		return b, true
	}
	found := false
	var segs []string // only "Label: names" segments count
	if strings.Contains(line, ":") {
		var room [8]string
		segs = bylineSegments(room[:0], line)
	}
	for _, seg := range segs {
		label, names, ok := strings.Cut(seg, ":")
		if !ok {
			continue
		}
		isAuthor, known := roleLabel(label)
		if !known {
			continue
		}
		found = true
		if isAuthor {
			b.authors = append(b.authors, bylineNames(names)...)
		}
	}
	if found {
		return b, true
	}
	// "Penulis Ani Lestari | Editor Budi Santoso": labels without colons,
	// known only when every part of the line starts with one
	if strings.Contains(line, "|") {
		var authors []string
		for seg := range strings.SplitSeq(line, "|") {
			label, names, _ := strings.Cut(strings.TrimSpace(seg), " ")
			isAuthor, known := roleLabel(label)
			if !known {
				return byline{}, false
			}
			if isAuthor {
				authors = append(authors, bylineNames(names)...)
			}
		}
		return byline{authors: authors}, true
	}
	// "Name - detikFinance": the writer, then the outlet's channel
	if names, o, ok := cutLast(line, " - "); ok && wordsUpTo(names, 6) <= 6 {
		if name, isOutlet := outletName(o); isOutlet {
			b.authors, b.outlet = bylineNames(names), name
			return b, len(b.authors) > 0
		}
	}
	// "names, Outlet" with an optional "Section - " before the names
	if i := strings.LastIndexByte(line, ','); i > 0 {
		if o, ok := outletName(line[i+1:]); ok && strings.Contains(line[i+1:], " ") || ok && !strings.Contains(line[:i], " ") {
			names := line[:i]
			if sec, rest, ok := strings.Cut(names, " - "); ok {
				b.section, names = strings.TrimSpace(sec), rest
			}
			b.authors = bylineNames(names)
			b.outlet = o
			// "Tim Redaksi, CNBC Indonesia" names no writer but is a byline
			return b, wordsUpTo(names, 8) <= 8
		}
	}
	return b, false
}

// roleLabel looks up a byline role label ("Reporter", "Redaktur &
// Reporter"): whether it names an author, and whether it is a label.
func roleLabel(label string) (author, known bool) {
	// bylines try this on most words after a colon: each part is
	// lowered into a buffer on the stack rather than into a new string
	// (one that holds the longest part looked up)
	var buf [64]byte
	for part := range strings.SplitSeq(label, "&") {
		part = strings.TrimSpace(part)
		if len(part) > 3*longestLabel() {
			// no label: lower case takes at least a third of the
			// bytes of its source (the Kelvin sign, three bytes,
			// lowers to "k"), and a longer part is not worth lowering
			continue
		}
		a, ok := bylineLabels[string(appendLower(buf[:0], part))]
		if ok {
			known = true
			author = author || a
		}
	}
	return author, known
}

// longestKey returns the byte length of the longest key of m.
func longestKey[V any](m map[string]V) int {
	n := 0
	for k := range m {
		n = max(n, len(k))
	}
	return n
}

// longestLabel and longestOutlet are the longest keys of bylineLabels
// and outletNames, which bound what a look-up can match.
var (
	longestLabel  = sync.OnceValue(func() int { return longestKey(bylineLabels) })
	longestOutlet = sync.OnceValue(func() int { return longestKey(outletNames) })
)

// bylineSegments cuts a byline at "|" and at a "/" that is followed by a
// role label ("Rep: X/ Red: Y"), and appends the segments to out.
func bylineSegments(out []string, line string) []string {
	for seg := range strings.SplitSeq(line, "|") {
		for {
			cut := -1
			// A cut has a colon before it, that of its segment's label,
			// and one after it, that of the next label: the places are
			// tried from the first colon on, and the colon after each is
			// found once for all the places before it.
			next := -1 // the first colon at or after i+1, once looked for
			for i := max(strings.IndexByte(seg, ':')+1, 1); i < len(seg); i++ {
				if seg[i] != '/' && seg[i] != ' ' && seg[i] != ',' {
					continue
				}
				if next < i+1 {
					next = indexByteFrom(seg, ':', i+1)
				}
				if next == len(seg) {
					break // no label follows this place or any after it
				}
				if _, known := roleLabel(seg[i+1 : next]); known {
					cut = i
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, seg[:cut])
			seg = seg[cut+1:]
		}
		out = append(out, seg)
	}
	return out
}

// isProse reports whether a line reads as running text rather than a
// title, a name or a label: it ends a sentence with a full stop, or it is
// long.
func isProse(line string) bool {
	n := wordsUpTo(line, 16)
	if n >= 16 { // longer than headlines run
		return true
	}
	if n < 4 {
		return false
	}
	s := strings.TrimRight(line, "\"”’' )")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…")
}

// photoCreditWords start the parenthesized credit after a caption when it
// has no "/": "(Dok. Istimewa)", "(Foto: Okezone)", "(Ilustrasi)".
var photoCreditWords = []string{
	"foto", "dok", "ilustrasi", "istimewa", "ist", "tangkapan layar", "screenshot", "sumber", "photo",
	"antara", "reuters", "afp", "ap", "getty", "shutterstock", "instagram", "youtube", "twitter", "repro",
}

// trailingParen returns the text of a parenthesized group that ends s
// (ignoring a trailing "|"), and the text before it.
func trailingParen(s string) (before, inside string, ok bool) {
	// strings.TrimRight(s, " |"), without building the set of the two
	// bytes at each call: callers ask about nearly every line, and most
	// end in neither
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '|') {
		s = s[:len(s)-1]
	}
	if !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return strings.TrimSpace(s[:i]), s[i+1 : len(s)-1], true
			}
		}
	}
	return "", "", false
}

// isPhotoCredit reports whether the text of a parenthesized group is a
// photo credit: "Sputnik/Mikhail Metzel/Kremlin via REUTERS", "Dok.
// Istimewa", "Foto: MPI/Aldhi Chandra Setiawan"; not a date "13/9/2023".
func isPhotoCredit(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || len(s) > 120 {
		return false
	}
	if strings.Contains(s, "/") {
		return true
	}
	var buf [128]byte // s lowered on the stack, not into a new string
	low := appendLower(buf[:0], s)
	for _, w := range photoCreditWords {
		if len(low) >= len(w) && string(low[:len(w)]) == w {
			rest := low[len(w):]
			if len(rest) == 0 || !isLowerASCII(rest[0]) {
				return true
			}
		}
	}
	return false
}

// parseCaption reads a caption line that ends with its photo credit in
// parentheses. Source credits of the body ("(KOMPAS.com/Name)") and editor
// codes are not photo credits.
func parseCaption(line string) (Image, bool) {
	before, inside, ok := trailingParen(line)
	if !ok || !isPhotoCredit(inside) || isEditorCode(inside) || sourceCredit(inside) != "" && sentenceCount(before) > 1 {
		return Image{}, false
	}
	if n := wordsUpTo(before, 45); n > 45 || sentenceCount(before) > 2 {
		return Image{}, false
	}
	credit := strings.TrimSpace(inside)
	for _, p := range []string{"foto:", "foto :", "photo:"} {
		if startsWithFold(credit, p) {
			credit = strings.TrimSpace(credit[len(p):])
		}
	}
	return Image{Caption: before, Credit: credit}, true
}

// sentenceCount counts the sentence ends in s that are followed by a new
// sentence, plus one.
func sentenceCount(s string) int {
	n := 1
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && (isUpperASCII(s[i+2]) || s[i+2] == '"') {
			n++
		}
	}
	return n
}

// sourceCredit returns the writer named in a source credit that closes a
// body taken from another outlet, "KOMPAS.com/Fabian Januarius Kuwado", or
// "".
func sourceCredit(inside string) string {
	o, name, ok := strings.Cut(inside, "/")
	if !ok {
		return ""
	}
	if _, isOutlet := outletName(o); !isOutlet {
		return ""
	}
	name = strings.TrimSpace(name)
	if n := wordsUpTo(name, 5); n < 2 || n > 5 || !isCity(name) {
		return ""
	}
	return name
}

// isCreditLine reports whether a whole line is a photo credit:
// "TRIBUNNEWS.COM/IRWAN RISMAWAN", "Antara Foto/Rivan Awal Lingga".
func isCreditLine(line string) bool {
	if strings.IndexByte(line, '/') < 0 {
		return false // the common case, told before trimming
	}
	line = strings.TrimLeft(line, "•·- ")
	src, name, ok := strings.Cut(line, "/")
	if !ok || endsSentence(line) || strings.ContainsAny(line, "()") {
		return false
	}
	ns, nn := wordsUpTo(src, 4), wordsUpTo(name, 5)
	if ns == 0 || ns > 4 || nn == 0 || nn > 5 {
		return false
	}
	for _, r := range line {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isEditorCode reports whether the text of a parenthesized group is an
// editor's or writer's code: "sef/sef", "boy/jpnn", "esy", "*", "OL-2".
func isEditorCode(s string) bool {
	if s == "*" || s == "**" {
		return true
	}
	if s == "" || len(s) > 24 {
		return false
	}
	lower, upper := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLowerASCII(c):
			lower++
		case isUpperASCII(c):
			upper++
		case isDigitASCII(c) || c == '/' || c == '-' || c == ' ' || c == '.':
		default:
			return false
		}
	}
	if upper == 0 && lower >= 2 && !strings.Contains(s, " ") {
		return true // sef/sef, esy, net/jpnn, tribunjabar.id/nanda
	}
	if strings.Contains(s, "/") && lower+upper > 0 {
		// VOI/Ndy/AHM: initials of the desk, writer and editor
		short := true
		for p := range strings.SplitSeq(s, "/") {
			short = short && len(p) >= 1 && len(p) <= 5 && !strings.ContainsAny(p, " .")
		}
		if short {
			return true
		}
	}
	// OL-2, R-09
	i := 0
	for i < len(s) && isUpperASCII(s[i]) {
		i++
	}
	if i == 0 || i > 4 || lower > 0 {
		return false
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	j := i
	for j < len(s) && isDigitASCII(s[j]) {
		j++
	}
	return j > i && j == len(s)
}

// isCodeLine reports whether a whole line is an editor code or a writer's
// initials in parentheses: "(sef/sef)", "(*)", "(Awaludin)".
func isCodeLine(line string) bool {
	before, inside, ok := trailingParen(line)
	if !ok || before != "" {
		return false
	}
	return isEditorCode(inside) || (isCity(inside) && wordsUpTo(inside, 3) <= 3)
}

// page holds the state of one parseText call.
type page struct {
	a     *Article
	lines []string
	// notPublished and notByline mark the first 64 lines that
	// findPublished and parseByline have found to be neither: findLeadIn,
	// bodyStart and header all ask about the same lines, most of which
	// are neither, and each such line is read once.
	notPublished, notByline uint64
	// publishLines holds the few publish lines found, whose reading
	// (a date scan) is dearer still.
	publishLines []publishLine
	// bylineOutlet is the outlet a byline names; the lead-in's outlet wins.
	bylineOutlet string
	buf          *pageBuffers
}

// A publishLine is what findPublished made of line k of a page.
type publishLine struct {
	k      int
	t      time.Time
	prefix string
}

// published is findPublished(pg.lines[k]).
func (pg *page) published(k int) (time.Time, string, bool) {
	if k < 64 && pg.notPublished&(1<<k) != 0 {
		return time.Time{}, "", false
	}
	for _, p := range pg.publishLines {
		if p.k == k {
			return p.t, p.prefix, true
		}
	}
	t, prefix, ok := findPublished(pg.lines[k])
	switch {
	case ok:
		pg.publishLines = append(pg.publishLines, publishLine{k, t, prefix})
	case k < 64:
		pg.notPublished |= 1 << k
	}
	return t, prefix, ok
}

// byline is parseByline(pg.lines[k]).
func (pg *page) byline(k int) (byline, bool) {
	if k < 64 && pg.notByline&(1<<k) != 0 {
		return byline{}, false
	}
	b, ok := parseByline(pg.lines[k])
	if !ok && k < 64 {
		pg.notByline |= 1 << k
	}
	return b, ok
}

// forgetFrom drops what is known of lines k and after, which have
// changed.
func (pg *page) forgetFrom(k int) {
	if k < 64 {
		pg.notPublished &= 1<<k - 1
		pg.notByline &= 1<<k - 1
	}
	pg.publishLines = slices.DeleteFunc(pg.publishLines, func(p publishLine) bool { return p.k >= k })
}

// parse splits the page into header, body and trailer. The body starts at
// the dateline lead-in when there is one; otherwise after the header's
// publish line or byline, or at the first line of running text.
func (pg *page) parse() {
	start, li, hasLead := pg.findLeadIn()
	if !hasLead {
		start = pg.bodyStart()
	}
	pg.header(start)
	if hasLead {
		if li.outlet != "" {
			pg.a.Outlet = li.outlet
		}
		pg.a.Dateline = cityName(li.city)
	}
	pg.body(pg.lines[start:], li, hasLead)
	if pg.a.Outlet == "" {
		pg.a.Outlet = pg.bylineOutlet
	}
	// a credit whose caption never came is no photo we can describe
	pg.a.Images = slices.DeleteFunc(pg.a.Images, func(im Image) bool { return im.Caption == "" })
}

// findLeadIn returns the index of the first line that opens with a
// dateline lead-in, skipping furniture, publish lines and bylines.
func (pg *page) findLeadIn() (int, leadIn, bool) {
	seenProse := false
	// skipped reports whether line k is furniture, a publish line or a
	// byline, which opens no lead-in.
	skipped := func(k int) bool {
		if _, ok := skipMarkerSet().match(pg.lines[k]); ok {
			return true
		}
		if _, _, ok := pg.published(k); ok {
			return true
		}
		_, ok := pg.byline(k)
		return ok
	}
	// (pg.lines may lose a line on the way, as a lead-in joins the next)
	for k := 0; k < len(pg.lines) && k <= 60; k++ {
		line := pg.lines[k]
		checked := false
		if k+1 < len(pg.lines) && endsWithDash(line) {
			if skipped(k) {
				continue
			}
			checked = true
			// a lead-in printed on a line of its own ("Jakarta -"): it
			// opens the next line
			if li, ok := parseLeadIn(line + " " + pg.lines[k+1]); ok && li.n > len(line) {
				pg.lines[k+1] = line + " " + pg.lines[k+1]
				pg.lines = slices.Delete(pg.lines, k, k+1)
				pg.forgetFrom(k)
				line = pg.lines[k]
			}
		}
		li, ok := parseLeadIn(line)
		opens := ok && (li.strong || len(line)-li.n >= 80 && !seenProse)
		// A line that opens no lead-in can change only seenProse, and
		// only while it is false: the costlier test of whether the line
		// is skipped is left for the lines where it decides something.
		if !opens && (seenProse || !isProse(line)) {
			continue
		}
		if !checked && skipped(k) {
			continue
		}
		if opens {
			return k, li, true
		}
		// a weak lead-in ("Jakarta - ") only opens the first running text
		seenProse = true
	}
	return 0, leadIn{}, false
}

// endsWithDash reports whether s ends with a dash, as a lead-in does.
func endsWithDash(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isDash(r)
}

// bodyStart finds where the body starts on a page without a dateline
// lead-in: after the last publish line, byline or author marker of the
// header, past captions, photo credits and a repeated title; or, when the
// page has no header to speak of, at the first line of running text.
func (pg *page) bodyStart() int {
	anchor := -1
	for k, line := range pg.lines {
		if k > 25 || wordsUpTo(line, 30) >= 30 {
			break
		}
		if _, _, ok := pg.published(k); ok {
			anchor = k
		} else if _, ok := pg.byline(k); ok {
			anchor = k
		} else if _, ok := bareRole(line); ok {
			anchor = k
		}
	}
	k := anchor + 1
	afterCredit := false
	for ; k < len(pg.lines); k++ {
		line := pg.lines[k]
		if _, ok := skipMarkerSet().match(line); ok {
			continue
		}
		if isCreditLine(line) {
			afterCredit = true
			continue
		}
		if afterCredit && wordsUpTo(line, 30) <= 30 {
			afterCredit = false
			continue
		}
		if _, ok := parseCaption(line); ok {
			continue
		}
		if !isProse(line) && k+1 < len(pg.lines) && wordsUpTo(line, 20) <= 20 {
			continue // a title or a kicker
		}
		if k > 0 && k+1 < len(pg.lines) && !endsSentence(line) && wordsUpTo(line, 40) <= 40 && startsSentence(pg.lines[k+1]) && isProse(pg.lines[k+1]) {
			continue // the page's summary of the article, which ends no sentence
		}
		break
	}
	if k >= len(pg.lines) {
		return max(anchor+1, 0)
	}
	return k
}

// bareRole returns the role of a line that is a byline label with no name
// ("Reporter", "Editor:"), whose name the page prints on a line of its own.
func bareRole(line string) (author, ok bool) {
	label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), ":"))
	if strings.EqualFold(label, "Tim Redaksi") {
		return true, true
	}
	return roleLabel(label)
}

// setByline records what a byline says, keeping what was found first.
func (pg *page) setByline(b byline) {
	if len(b.authors) > 0 && len(pg.a.Authors) == 0 {
		pg.a.Authors = b.authors
	}
	if b.outlet != "" && pg.bylineOutlet == "" {
		pg.bylineOutlet = b.outlet
	}
	if b.section != "" && pg.a.Section == "" {
		pg.a.Section = b.section
	}
}

// header reads the lines above the body, pg.lines[:end]: section, title,
// byline, publish line and captions. The title is the longest line of the
// first run of title-like lines (a section or kicker may come before it, a
// subtitle after it); the line just before it in that run is the section.
func (pg *page) header(end int) {
	a := pg.a
	// The runs of title-like lines: only the first two are read, and
	// their lines are kept in an array on the stack while they are few,
	// as they are. A closed run keeps its part of the array, and the
	// next run is appended after it.
	var groups [2][]string
	ngroups := 0
	var lineRoom [16]string
	group := lineRoom[:0]
	closeGroup := func() {
		if len(group) > 0 {
			if ngroups < len(groups) {
				groups[ngroups] = group
			}
			ngroups++
			group = group[len(group):]
		}
	}
	afterCredit := false
	dated := false                      // a publish line or byline came before
	pending, hasPending := false, false // a bare role label awaits its name
	for k, line := range pg.lines[:end] {
		if m, ok := skipMarkerSet().match(line); ok {
			if m == "foto:" {
				pg.photoLine(strings.TrimSpace(line[len(m):]))
				afterCredit = true
			}
			continue
		}
		if isPromo(line) {
			continue
		}
		if t, prefix, ok := pg.published(k); ok {
			if a.Published.IsZero() {
				a.Published = t
			}
			switch {
			case prefix != "" && !a.Published.IsZero() && !a.Published.Equal(t):
				// a second time on the page: when it was updated
			case prefix != "":
				pg.publishPrefix(prefix)
			case len(group) >= 2 && isName(group[len(group)-1]):
				// "Name" on the line above a bare date line is the writer
				pg.setByline(byline{authors: bylineNames(group[len(group)-1])})
				group = group[:len(group)-1]
			}
			closeGroup()
			dated = true
			continue
		}
		if author, ok := bareRole(line); ok {
			if author && dated && len(group) > 0 {
				// Kompas lists its writers under the publish line and
				// above "Penulis" or "Tim Redaksi"
				var names []string
				for _, n := range group {
					names = append(names, bylineNames(n)...)
				}
				pg.setByline(byline{authors: names})
				group = group[:0]
			} else {
				// Tempo prints "Reporter" and "Editor" above the names
				closeGroup()
				pending, hasPending = author, true
			}
			continue
		}
		if hasPending && isName(line) {
			if pending {
				pg.setByline(byline{authors: bylineNames(line)})
			}
			hasPending = false
			continue
		}
		if b, ok := pg.byline(k); ok {
			pg.setByline(b)
			closeGroup()
			dated = true
			continue
		}
		if im, ok := parseCaption(line); ok {
			pg.addImage(im)
			closeGroup()
			continue
		}
		if isCreditLine(line) {
			pg.photoLine(strings.TrimLeft(line, "•·- "))
			afterCredit = true
			closeGroup()
			continue
		}
		if afterCredit {
			afterCredit = false
			if len(a.Images) > 0 && a.Images[len(a.Images)-1].Caption == "" {
				a.Images[len(a.Images)-1].Caption = line
			} else {
				pg.addImage(Image{Caption: line})
			}
			continue
		}
		if o, ok := outletName(line); ok {
			// the outlet or its channel on a line of its own ("detikNews")
			if pg.bylineOutlet == "" {
				pg.bylineOutlet = o
			}
			closeGroup()
			continue
		}
		if isProse(line) || strings.HasSuffix(line, ":") || isCodeLine(line) || isBreadcrumb(line) {
			closeGroup()
			continue
		}
		group = append(group, line)
	}
	closeGroup()
	if ngroups == 0 {
		return
	}
	// A first run of one short line ("Nasional" above the outlet and date
	// lines) is the section, and the title follows.
	first := groups[0]
	if ngroups > 1 && len(first) == 1 && wordsUpTo(first[0], 3) <= 3 && wordsUpTo(groups[1][0], 3) >= 4 {
		if a.Section == "" {
			a.Section = first[0]
		}
		first = groups[1]
	}
	// the longest line, preferring Title Case: a headline is written in
	// it, a summary or subtitle under it is not
	best, bestTC := 0, titleCaseShare(first[0]) >= 0.6
	for i, s := range first[1:] {
		if tc := titleCaseShare(s) >= 0.6; tc && !bestTC || tc == bestTC && len(s) > len(first[best]) {
			best, bestTC = i+1, tc
		}
	}
	if a.Title == "" {
		a.Title = first[best]
	}
	if best > 0 && a.Section == "" && wordsUpTo(first[best-1], 5) <= 5 {
		a.Section = first[best-1]
	}
}

// isName reports whether a line is a person's name alone: two to five
// words of letters.
func isName(s string) bool {
	s = strings.TrimRight(s, ", ")
	n := wordsUpTo(s, 5)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '\'' && r != '-' {
			return false
		}
	}
	return true
}

// isBreadcrumb reports whether a line is a site's navigation path in upper
// case ("HOME BOLA SEPAKBOLA DUNIA").
func isBreadcrumb(s string) bool {
	return startsWithFold(s, "home ") && isUpperString(s)
}

// publishPrefix makes sense of what stands before the date on a publish
// line: the outlet ("Kompas.com"), the writer ("Name , Jurnalis") or the
// section ("Kompas bisnis").
func (pg *page) publishPrefix(prefix string) {
	label := strings.TrimRight(prefix, ": ,")
	for _, words := range [...][]string{publishWords, weekdayAbbrevs} {
		for _, w := range words {
			if strings.EqualFold(label, w) {
				return
			}
		}
	}
	if o, ok := outletName(prefix); ok {
		if pg.bylineOutlet == "" {
			pg.bylineOutlet = o
		}
		return
	}
	if b, ok := parseByline(prefix); ok {
		pg.setByline(b)
		return
	}
	if name, role, ok := cutLast(prefix, ","); ok {
		if _, known := roleLabel(role); known {
			pg.setByline(byline{authors: bylineNames(name)})
			return
		}
	}
	if wordsUpTo(prefix, 4) <= 4 && pg.a.Section == "" {
		pg.a.Section = prefix
	}
}

// publishWords are the labels printed before a publish or update time.
var publishWords = []string{
	"diperbarui", "dipublikasikan", "diterbitkan", "terbit", "update", "updated", "published",
	"dibuat", "posted", "tanggal", "waktu", "last updated", "pembaruan terakhir", "diunggah",
}

// weekdayAbbrevs are the three-letter Indonesian weekdays some outlets
// print before the date ("Sen, 12 Mar 2024"); the date scanner does not
// read them, so they are left before the date and must not be taken for a
// section.
var weekdayAbbrevs = []string{"sen", "sel", "rab", "kam", "jum", "sab", "min"}

// cutLast is strings.Cut at the last sep.
func cutLast(s, sep string) (before, after string, ok bool) {
	i := lastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):]), true
}

// lastIndex is strings.LastIndex. That hashes every byte of s on its way
// back, where a byline's " - " is found here from one hyphen to the one
// before it, which most lines have none of.
func lastIndex(s, sep string) int {
	if len(sep) < 2 {
		return strings.LastIndex(s, sep)
	}
	m := len(sep) / 2 // the middle byte, not a space of " - "
	for end := len(s); ; {
		i := strings.LastIndexByte(s[:end], sep[m])
		if i < 0 {
			return -1
		}
		if j := i - m; j >= 0 && j+len(sep) <= len(s) && s[j:j+len(sep)] == sep {
			return j
		}
		end = i
	}
}

// addImage adds a photo, unless it repeats the caption of the last one
// (pages print a caption twice: under the photo and in its "Foto:" line).
func (pg *page) addImage(im Image) {
	a := pg.a
	if im.Caption == "" {
		return
	}
	for _, old := range a.Images {
		if old.Caption == "" {
			continue
		}
		if old.Caption == im.Caption || strings.HasPrefix(old.Caption, im.Caption) || strings.HasPrefix(im.Caption, old.Caption) {
			return
		}
	}
	a.Images = append(a.Images, im)
}

// photoLine handles a "Foto: ..." line or a credit line: a bare credit
// completes the last photo; a caption with its credit is a photo of its own
// unless it repeats the last one.
func (pg *page) photoLine(s string) {
	a := pg.a
	if im, ok := parseCaption(s); ok {
		if len(a.Images) == 0 {
			pg.addImage(im)
		}
		return
	}
	if s == "" {
		return
	}
	if n := len(a.Images); n > 0 && (a.Images[n-1].Credit == "" || a.Images[n-1].Credit == s) {
		a.Images[n-1].Credit = s
		return
	}
	if wordsUpTo(s, 6) <= 6 {
		// a credit printed before its caption
		a.Images = append(a.Images, Image{Credit: s})
		return
	}
	pg.addImage(Image{Caption: s})
}

// body reads the article body: paragraphs, subheadings and in-body
// captions, up to the trailer. The first line is always a paragraph (it
// carries the lead-in when hasLead).
func (pg *page) body(lines []string, li leadIn, hasLead bool) {
	a := pg.a
	// the paragraphs as printed, lead-in included, for spotting repeats
	paras := slices.Grow(pg.buf.paras[:0], len(lines))
	seen := paraIndex{room: len(lines), spare: pg.buf.slots}
	defer func() {
		pg.buf.paras = paras
		if cap(seen.slots) > cap(pg.buf.slots) {
			pg.buf.slots = seen.slots
		}
	}()
	afterCredit := false // the last line was a photo credit
	for k := 0; k < len(lines); k++ {
		line := lines[k]
		if k > 0 {
			if afterCredit {
				afterCredit = false
				// the caption under a credit line ("TRIBUNNEWS.COM/NAME")
				if r, _ := utf8.DecodeRuneInString(line); r != '"' && r != '“' && wordsUpTo(line, 40) <= 40 && sentenceCount(line) <= 2 {
					if n := len(a.Images); n > 0 && a.Images[n-1].Caption == "" {
						a.Images[n-1].Caption = line
					} else {
						pg.addImage(Image{Caption: line})
					}
					continue
				}
			}
			if _, ok := trailerMarkerSet().match(line); ok {
				pg.trailer(lines[k:])
				break
			}
			if m, ok := skipMarkerSet().match(line); ok {
				pg.skipped(m, line)
				continue
			}
			if isPromo(line) || isCodeLine(line) || isBreadcrumb(line) || onlyRunesOf(line, "-•·.… ") {
				continue
			}
			if item, ok := strings.CutPrefix(line, "• "); ok {
				// a bulleted link to another article
				a.Related = append(a.Related, item)
				continue
			}
			if im, ok := parseCaption(line); ok {
				pg.addImage(im)
				continue
			}
			if isCreditLine(line) {
				pg.photoLine(line)
				afterCredit = true
				continue
			}
			if isHeadlineLink(line) {
				// another article's headline dropped between paragraphs
				a.Related = append(a.Related, line)
				continue
			}
			if dup := seen.repeats(paras, line); dup >= 0 {
				// a teaser or the title's block repeated below the body:
				// a title-like line just before a repeat of the first
				// paragraph is the title
				last := len(paras) - 1
				if dup == 0 && last > 0 && a.Title == "" && !isProse(paras[last]) {
					a.Title = paras[last]
					paras = paras[:last]
				}
				continue
			}
			if last := len(paras) - 1; last >= 0 && continues(paras[last], line, last == 0 && hasLead) {
				paras[last] += " " + line
				continue
			}
		}
		paras = append(paras, line)
	}
	if len(paras) == 0 {
		return
	}
	if hasLead {
		paras[0] = strings.TrimSpace(paras[0][li.n:])
	}
	pg.cleanLast(paras)
	pg.cutRelatedParens(paras)
	a.Paragraphs = slices.Grow(a.Paragraphs, len(paras))
	heading := ""
	for i, p := range paras {
		if p == "" {
			continue
		}
		if i > 0 && i+1 < len(paras) && isHeading(p) && !isHeading(paras[i+1]) {
			prev := paras[i-1]
			if endsSentence(prev) && !strings.HasSuffix(prev, ":") {
				heading = p
				continue
			}
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: p, Heading: heading})
	}
}

// onlyRunesOf reports whether every rune of s is in set, as
// strings.Trim(s, set) == "" does, but stops at the first that is not.
func onlyRunesOf(s, set string) bool {
	for _, r := range s {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return true
}

// isHeadlineLink reports whether a body line is the headline of another
// article that the page put between paragraphs: eight words or more in
// Title Case that end no sentence (or end in a question mark, as
// headlines do). Subheadings are shorter; sentences are not Title Case.
func isHeadlineLink(line string) bool {
	if len(line) > 300 {
		return false
	}
	// the tests that look at the ends of the line first: most lines of
	// a body fail one
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	trimmed := line // strings.TrimRight(line, " ?!"), without building the cut set
	for trimmed != "" && strings.IndexByte(" ?!", trimmed[len(trimmed)-1]) >= 0 {
		trimmed = trimmed[:len(trimmed)-1]
	}
	if endsSentence(trimmed) || strings.HasSuffix(trimmed, ",") {
		return false
	}
	if n := fieldsUpTo(line, 25); n < 8 || n > 25 || holdsQuoteOrColon(line) {
		return false
	}
	return titleCaseShare(line) >= 0.8
}

// holdsQuoteOrColon is strings.ContainsAny(s, "\"“”:;"). That reads s a
// rune at a time and looks each up in the set, which holds runes outside
// ASCII; here the ASCII marks are looked for byte by byte, and the
// quotation marks with a search for their first byte.
func holdsQuoteOrColon(s string) bool {
	return strings.IndexAny(s, "\":;") >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// titleCaseShare returns the share of the words of s, leaving out the
// small words a headline keeps in lower case, that start with a capital
// or a digit.
func titleCaseShare(s string) float64 {
	caps, counted := 0, 0
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			// no small word starts so: a headline's word is not looked up
			caps++
			counted++
			continue
		}
		if !titleSmallWords[w] {
			counted++
		}
	}
	if counted == 0 {
		return 0
	}
	return float64(caps) / float64(counted)
}

// A paraIndex finds the paragraph a line repeats without comparing the
// line with every paragraph, which would make a page of many lines cost
// the square of their number. A line that repeats a paragraph, whole or
// cut short to 40 bytes or more, shares the paragraph's first 40 bytes, so
// paragraphs are kept by those.
//
// It is a table of slots, open addressing by the hash of those bytes with
// linear probing: a page's first index structure is made with one
// allocation, where a map takes several. Paragraphs sharing a key lie
// along the probe from the key's slot in the order they were added, the
// order repeats needs.
type paraIndex struct {
	slots []int32 // a paragraph's index + 1, 0 for an empty slot
	used  int     // slots that are not empty
	n     int     // paras[:n] are kept
	room  int     // the most paragraphs there will be
	spare []int32 // memory the table may be made in
}

// maxRepeatCandidates bounds the paragraphs sharing a key that repeats
// compares with a line, so that thousands of lines starting alike stay
// linear: further ones are not even kept.
const maxRepeatCandidates = 16

func repeatKey(s string) string { return s[:min(len(s), 40)] }

// repeatSeed seeds the hash of the keys; only the speed of a look-up
// depends on it, never its answer.
var repeatSeed = maphash.MakeSeed()

// repeats returns the index of the first paragraph of paras that line
// repeats (whole, or cut short as a teaser is), or -1. The last paragraph
// may still grow, so it is compared directly and kept only once the next
// one starts.
func (x *paraIndex) repeats(paras []string, line string) int {
	last := len(paras) - 1
	x.n = min(x.n, max(last, 0)) // paras may have lost their last paragraph
	for ; x.n < last; x.n++ {
		if x.slots == nil {
			// room for all the page's paragraphs at once, the table
			// never more than half full
			size := max(16, 1<<bits.Len(uint(2*x.room)))
			if cap(x.spare) >= size {
				x.slots = x.spare[:size]
				clear(x.slots)
			} else {
				x.slots = make([]int32, size)
			}
		}
		x.add(paras, x.n)
	}
	found := -1
	if x.slots != nil {
		key := repeatKey(line)
		mask := len(x.slots) - 1
		seen := 0
		for h := int(maphash.String(repeatSeed, key)) & mask; x.slots[h] != 0 && seen < maxRepeatCandidates; h = (h + 1) & mask {
			i := int(x.slots[h]) - 1
			if repeatKey(paras[i]) != key {
				continue
			}
			seen++
			if i < last && (found < 0 || i < found) && repeatsPara(paras[i], line) {
				found = i
			}
		}
	}
	if found < 0 && last >= 0 && repeatsPara(paras[last], line) {
		found = last
	}
	return found
}

// add keeps paras[i], unless maxRepeatCandidates paragraphs of its key
// are kept already. The table is made for x.room paragraphs, more
// than are ever added; a table gone full would take no more rather than
// probe for an empty slot forever.
func (x *paraIndex) add(paras []string, i int) {
	if x.used+1 >= len(x.slots) {
		return
	}
	key := repeatKey(paras[i])
	mask := len(x.slots) - 1
	seen := 0
	h := int(maphash.String(repeatSeed, key)) & mask
	for ; x.slots[h] != 0; h = (h + 1) & mask {
		if repeatKey(paras[x.slots[h]-1]) == key {
			if seen++; seen == maxRepeatCandidates {
				return
			}
		}
	}
	x.slots[h] = int32(i + 1)
	x.used++
}

// repeatsPara reports whether line repeats the paragraph p, whole or cut
// short to 40 bytes or more.
func repeatsPara(p, line string) bool {
	return p == line || (len(line) >= 40 && strings.HasPrefix(p, line))
}

// continues reports whether line continues the paragraph prev, which the
// page text broke in the middle of a sentence: prev does not end a
// sentence and line starts in lower case, or prev is long enough that the
// break can only be a wrap. A lead-in line that does not end a sentence
// always continues.
func continues(prev, line string, leadLine bool) bool {
	if endsSentence(prev) {
		return false
	}
	if leadLine && len(prev) < 100 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	if (unicode.IsLower(r) || unicode.IsDigit(r) || r == '(') && len(prev) >= 60 {
		return true
	}
	// a last word wrapped onto a line of its own: "Indonesia."
	return len(prev) >= 150 && wordsUpTo(line, 2) <= 2 && endsSentence(line)
}

// isHeading reports whether a body line looks like a subheading: a short
// line that ends no sentence, starts with a capital (or a number "1. "),
// and is no list item.
func isHeading(s string) bool {
	if len(s) > 100 {
		return false
	}
	// the runes at the ends first: most short paragraphs end a sentence,
	// which a test of one rune tells before the words are counted
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,!?\"”’')…-", last) {
		return false
	}
	n := fieldsUpTo(s, 12) // exact up to 12, which is all that is used
	if n == 0 || n > 12 {
		return false
	}
	if unicode.IsDigit(r) {
		// "1. KPK belum umumkan ..."
		w := ""
		for w = range strings.FieldsSeq(s) {
			break
		}
		if n < 2 || !strings.HasSuffix(w, ".") || strings.Trim(w, "0123456789.") != "" {
			return false
		}
	}
	if strings.ContainsAny(s, ":;|") { // list items and table rows
		return false
	}
	if _, _, ok := findPublished(s); ok {
		return false // a place and date line, as under a statement
	}
	if !unicode.IsDigit(r) && n > 5 {
		// a longer subheading is written in Title Case; a longer line in
		// sentence case is a sentence that lost its full stop
		caps := 0
		for w := range strings.FieldsSeq(s) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		}
		if 2*caps < n {
			return false
		}
	}
	return true
}

// cleanLast removes what ends a body: an editor code "(sef/sef)", "(*)",
// "(OL-2)" and a source credit "(KOMPAS.com/Name)", whose writer becomes
// the author when the page names none.
// relatedParen splits off the headline of another article that an outlet
// (Republika) prints in parentheses after a paragraph's last sentence:
// "... katanya. (Haedar: Media Perekat Umat yang Majemuk)." It is page
// furniture like "Baca juga". To leave real parenthetical remarks alone,
// the text before must end a sentence, and the parenthetical must be a
// Title Case headline of four words or more with no sentence-final
// punctuation inside and no photo credit's slash.
func relatedParen(p string) (before, title string, ok bool) {
	s := strings.TrimRight(p, " ")
	if strings.HasSuffix(s, ").") {
		s = s[:len(s)-1] // the full stop after the parenthesis
	}
	before, inside, ok := trailingParen(s)
	if !ok || !endsSentenceStrict(before) {
		return "", "", false
	}
	inside = strings.TrimSpace(inside)
	words := wordsUpTo(inside, 25)
	if words < 4 || words > 25 || !startsSentence(inside) || isPhotoCredit(inside) || isEditorCode(inside) {
		return "", "", false
	}
	for i := 0; i < len(inside); i++ {
		switch inside[i] {
		case '!', '?', '/', '(', ')', '"':
			return "", "", false
		case '.':
			// a decimal or a thousands point ("Rp 2.000") ends no sentence
			if i == 0 || i+1 >= len(inside) || !isDigitASCII(inside[i-1]) || !isDigitASCII(inside[i+1]) {
				return "", "", false
			}
		}
	}
	if titleCaseShare(inside) < 0.8 {
		return "", "", false
	}
	return before, inside, true
}

// endsSentenceStrict reports whether s ends with a full stop, a question
// or exclamation mark or an ellipsis, possibly inside closing quotation
// marks: unlike endsSentence, a colon or a parenthesis does not count.
func endsSentenceStrict(s string) bool {
	s = strings.TrimRight(s, "\"”'’ ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// cutRelatedParens moves the headlines that relatedParen finds at the end
// of paragraphs to Related.
func (pg *page) cutRelatedParens(paras []string) {
	for i, p := range paras {
		if before, title, ok := relatedParen(p); ok {
			paras[i] = before
			pg.a.Related = append(pg.a.Related, title)
		}
	}
}

func (pg *page) cleanLast(paras []string) {
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-2; i-- {
		p := strings.TrimSpace(strings.TrimSuffix(paras[i], "[]"))
		for {
			before, inside, ok := trailingParen(p)
			if !ok {
				break
			}
			if name := sourceCredit(inside); name != "" {
				if len(pg.a.Authors) == 0 {
					pg.a.Authors = []string{name}
				}
			} else if !isEditorCode(inside) {
				break
			}
			p = before
		}
		paras[i] = p
	}
}

// skipped handles a furniture line inside the body: a "Baca juga: TITLE"
// link gives a related title.
func (pg *page) skipped(marker, line string) {
	if !strings.HasPrefix(marker, "baca") {
		return
	}
	rest := strings.TrimSpace(line[len(marker):])
	rest = strings.TrimSpace(strings.TrimLeft(rest, ":"))
	if wordsUpTo(rest, 2) >= 3 {
		pg.a.Related = append(pg.a.Related, rest)
	}
}

// trailer reads the lines after the body: tags, related and next-article
// titles, and footers with the writer's name.
func (pg *page) trailer(lines []string) {
	a := pg.a
	mode := ""
	for _, line := range lines {
		if m, ok := trailerMarkerSet().match(line); ok {
			rest := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line[len(m):]), ":"))
			mode = "skip"
			switch {
			case slices.Contains(relatedMarkers, m):
				mode = "related"
				if wordsUpTo(rest, 2) >= 3 {
					a.Related = append(a.Related, rest)
				}
			case m == "tags" || strings.HasPrefix(m, "tag") || m == "topik:":
				mode = "tags"
				for _, t := range strings.Split(rest, ",") {
					if t = strings.TrimSpace(t); t != "" {
						a.Tags = append(a.Tags, t)
					}
				}
			default:
				if b, ok := parseByline(line); ok && len(a.Authors) == 0 {
					a.Authors = b.authors
				}
			}
			continue
		}
		if m, ok := skipMarkerSet().match(line); ok {
			pg.skipped(m, line)
			continue
		}
		if isCodeLine(line) {
			continue
		}
		item := strings.TrimSpace(strings.TrimLeft(line, "-•·"))
		switch mode {
		case "related":
			if wordsUpTo(item, 2) >= 3 {
				a.Related = append(a.Related, item)
			}
		case "tags":
			if n := wordsUpTo(item, 5); n > 0 && n <= 5 {
				a.Tags = append(a.Tags, item)
			}
		}
	}
}

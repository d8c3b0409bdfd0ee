package berita

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
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
	b, err := p.read(r)
	if err != nil {
		return nil, err
	}
	var a *Article
	if !p.BodyOnly && looksLikeHTML(b) {
		a = parseHTML(b, p)
	} else {
		a = parseText(normalize(b), p.BodyOnly)
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

// read reads all of r, enforcing the size limit while reading.
func (p *Parser) read(r io.Reader) ([]byte, error) {
	limit := p.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
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
	for len(b) > 0 {
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
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width characters and soft hyphens carry no text
		case r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		case unicode.IsControl(r):
			// other control characters are dropped
		default:
			sb.WriteRune(r) // utf8.RuneError for invalid bytes
		}
	}
	s := sb.String()
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// parseText splits plain text into the page's parts. With bodyOnly, every
// block of text is a paragraph.
func parseText(text string, bodyOnly bool) *Article {
	a := &Article{}
	for _, line := range strings.Split(text, "\n") {
		line = foldSpace(line)
		if line != "" {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: line})
		}
	}
	return a
}

// foldSpace trims s and folds each run of white space in it to one space.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
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

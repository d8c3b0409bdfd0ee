package berita

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// findDates fills a.Dates with the temporal expressions in the title,
// captions and paragraphs, resolved against ref (zero: unknown).
func findDates(a *Article, ref time.Time) {
	sc := newDateScanner(ref)
	// about one token per five bytes of the longest field (a chunk at most)
	longest := len(a.Title)
	for _, p := range a.Paragraphs {
		longest = max(longest, len(p.Text))
	}
	for _, im := range a.Images {
		longest = max(longest, len(im.Caption))
	}
	sc.takeTokens(min(longest, chunkMax)/5 + 16)
	buf := takeDates()
	sc.out = *buf
	eachField(a, func(f Field, index int, text string) {
		sc.scan(f, index, text)
	})
	sc.values()
	sc.releaseTokens()
	if len(sc.out) > 0 {
		a.Dates = slices.Clone(sc.out)
	}
	*buf = sc.out
	releaseDates(buf)
}

// spareDates holds the date buffers of findDates calls that are done: an
// article's dates are gathered in one and copied out once at their final
// number, rather than into a slice grown from nothing in steps.
var spareDates sync.Pool

// takeDates returns an empty date buffer, a spare one when there is one.
// A buffer goes in and out of the pool in the same box: a slice put in a
// new one each time cost an allocation per article.
func takeDates() *[]Date {
	if b, ok := spareDates.Get().(*[]Date); ok {
		*b = (*b)[:0]
		return b
	}
	return new([]Date)
}

// releaseDates hands b on to the next call, cleared so that it keeps no
// article's text alive; b may not be used after.
func releaseDates(b *[]Date) {
	if cap(*b) == 0 {
		return
	}
	clear(*b)
	spareDates.Put(b)
}

// Dates finds the temporal expressions in text, as Parse would in the body
// of an article with that one paragraph and no publish time: relative
// expressions are resolved against p.Reference (when it is zero they are
// found but have no value), and every Span has Field FieldParagraph,
// Index 0 and byte offsets into text. Use it to tag dates in text that is
// not a news page, or in a sentence at a time.
func (p *Parser) Dates(text string) []Date {
	sc := newDateScanner(p.Reference)
	sc.takeTokens(min(len(text), chunkMax)/5 + 16)
	sc.scan(FieldParagraph, 0, text)
	sc.values()
	sc.releaseTokens()
	return sc.out
}

// parsePublished reads a publish line with the date scanner: an optional
// weekday, a date, an optional clock time and zone, with the separators
// outlets print between them. It accepts, among others:
//
//	15 August 2025 13:12
//	Senin, 17 Maret 2025 |03:05 WIB
//	Selasa 17 Apr 2012 22:29 WIB
//	Senin, 21 Februari 2011 – 18:27 WIB
//	31/10/2019, 10:48 WIB
//	Selasa, 19 Maret, 2024
//	August 15, 2025, 1:12 PM
//	2025-08-15 13:12
//	2025-08-15T13:12:00+07:00
//
// A time without a zone is WIB; a date without a time is midnight WIB.
// The whole line must be one date of a day or finer, with nothing but
// closing punctuation left over.
func parsePublished(line string) (time.Time, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 || !mayOpenDate(line) || strings.IndexByte(line, '(') >= 0 {
		// callers try many a line and the rest of it after each
		// separator: most fail here before any scanner is made (a
		// parenthesis is always a token of its own, turned away below)
		return time.Time{}, false
	}
	sc := &dateScanner{loc: zoneWIB, text: line} // newDateScanner with no reference
	sc.takeTokens(16)
	defer sc.releaseTokens()
	sc.toks, sc.opens = tokenize(sc.toks, sc.opens, line, 0, len(line))
	// "Jumat (15/8/2025)" is how prose and captions date things, never a
	// publish line
	for k := range sc.toks {
		if sc.isPunct(k, '(') {
			return time.Time{}, false
		}
	}
	j := sc.matchAt(0)
	if j == 0 || len(sc.out) != 1 {
		return time.Time{}, false
	}
	for sc.isPunct(j, '.') || sc.isPunct(j, '|') || sc.isPunct(j, ')') {
		j++
	}
	d := sc.out[0]
	if j != len(sc.toks) || sc.spans[0].empty() || !finerThanWeek(d.Granularity) {
		return time.Time{}, false
	}
	return d.Start, true
}

// A dateScanner finds temporal expressions in the fields of one article.
// It is made per call; it keeps the last day it resolved so that "keesokan
// harinya" and "tiga hari sebelumnya" can lean on it.
type dateScanner struct {
	ref    time.Time // the reference instant; zero when unknown
	hasRef bool
	loc    *time.Location // zone of dates given without one
	today  time.Time      // midnight of the reference day in loc

	text  string
	toks  []dtoken
	opens []int32 // the tokens that may open a date (see tokenize)
	buf   *tokenBuf
	field Field
	index int
	out   []Date
	// vals holds the values of the dates in out, one after another,
	// and spans where each is in it: values makes their strings at the
	// end, all out of one, rather than one allocation a date.
	vals  []byte
	spans []valueSpan

	// wdHint is the weekday (+1) printed before a date being read, or 0.
	wdHint int

	// anchor is the last resolved day; anchorSent says where it was found.
	anchor     time.Time
	hasAnchor  bool
	anchorSent sentRef
}

type sentRef struct {
	field Field
	index int
	sent  int32
}

// newDateScanner returns a scanner for ref. It returns the scanner itself,
// not a pointer: a caller's scanner then lives on its stack, not on the
// heap.
func newDateScanner(ref time.Time) dateScanner {
	sc := dateScanner{ref: ref, hasRef: !ref.IsZero(), loc: zoneWIB}
	if sc.hasRef {
		if _, off := ref.Zone(); off != 0 {
			sc.loc = ref.Location()
		}
		r := ref.In(sc.loc)
		y, m, d := r.Date()
		sc.today = time.Date(y, m, d, 0, 0, 0, 0, sc.loc)
	}
	return sc
}

// scan finds the dates in one field's text.
func (sc *dateScanner) scan(f Field, index int, text string) {
	sc.text, sc.field, sc.index = text, f, index
	for from := 0; from < len(text); {
		to := chunkEnd(text, from)
		sc.toks, sc.opens = tokenize(sc.toks, sc.opens, text, from, to)
		// Only the tokens that may open a date start a rule (see
		// matchAt); those inside an expression found are passed over.
		i := 0
		for _, k := range sc.opens {
			if int(k) < i {
				continue
			}
			if j := sc.matchAt(int(k)); j > int(k) {
				i = j
			}
		}
		from = to
	}
}

// takeTokens gives sc a token buffer with room for at least n tokens.
func (sc *dateScanner) takeTokens(n int) {
	sc.buf = takeTokens(n)
	sc.toks, sc.opens = sc.buf.toks, sc.buf.opens
	sc.vals, sc.spans = sc.buf.vals[:0], sc.buf.spans[:0]
}

// releaseTokens hands sc's token buffer, grown as it may have been, on
// to the next scan.
func (sc *dateScanner) releaseTokens() {
	sc.buf.toks, sc.buf.opens = sc.toks, sc.opens
	sc.buf.vals, sc.buf.spans = sc.vals, sc.spans
	releaseTokens(sc.buf)
	sc.buf, sc.toks, sc.opens, sc.vals, sc.spans = nil, nil, nil, nil, nil
}

// A valueSpan is where a date's value is in dateScanner.vals.
type valueSpan struct{ start, end int32 }

func (v valueSpan) empty() bool { return v.start == v.end }

// values gives each date in out its value: a piece of one string made
// of vals.
func (sc *dateScanner) values() {
	all := string(sc.vals)
	for k, v := range sc.spans {
		sc.out[k].Value = all[v.start:v.end]
	}
}

// Long fields are scanned in chunks cut after a sentence, so that the
// token buffer stays small however long a paragraph is.
const (
	chunkMin = 16 << 10
	chunkMax = 64 << 10
)

// chunkEnd returns where the chunk of text starting at from ends: the end
// of the text, or after the first ". " past chunkMin bytes, or at a space,
// or at chunkMax bytes (on a rune boundary).
func chunkEnd(text string, from int) int {
	if len(text)-from <= chunkMax {
		return len(text)
	}
	lo, hi := from+chunkMin, from+chunkMax
	if k := strings.Index(text[lo:hi], ". "); k >= 0 {
		return lo + k + 2
	}
	if k := strings.LastIndexByte(text[lo:hi], ' '); k >= 0 {
		return lo + k + 1
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// A dval is a resolved (or unresolvable) value before it is formatted.
type dval struct {
	g      Granularity // precision of each end
	a, b   time.Time   // first and last point; equal for a single point
	iv     bool        // an interval from a to b
	dur    string      // a duration value ("P3Y"); other fields unused
	noZone bool        // a clock time in an unnamed foreign zone
	unres  bool        // found, but with no value
}

func point(g Granularity, t time.Time) dval    { return dval{g: g, a: t, b: t} }
func span2(g Granularity, a, b time.Time) dval { return dval{g: g, a: a, b: b, iv: true} }
func unresolved(g Granularity) dval            { return dval{g: g, unres: true} }
func durationVal(s string) dval                { return dval{g: Duration, dur: s} }
func (sc *dateScanner) tok(i int) *dtoken      { return &sc.toks[i] }
func (sc *dateScanner) word(i int) string      { t := &sc.toks[i]; return sc.text[t.start:t.end] }
func (sc *dateScanner) ok(i int) bool          { return i >= 0 && i < len(sc.toks) }
func (sc *dateScanner) adj(i int) bool         { return adjacent(sc.toks, i) }
func (sc *dateScanner) isPunct(i int, p rune) bool {
	return sc.ok(i) && sc.toks[i].kind == tokPunct && sc.toks[i].punct == p
}

// is reports whether token i is a word equal to one of ws, ignoring case.
//
// No rune of the words the rules compare with folds to a shorter one
// (TestRuleWords; they are ASCII but for the curly apostrophe of
// "mi’raj"). A word that equals one of them, folded, is then no shorter;
// and when it starts with an ASCII letter, the other word starts with that
// letter in one case or the other. Most of ws is told apart by those two
// tests alone, without a call of strings.EqualFold.
func (sc *dateScanner) is(i int, ws ...string) bool {
	if !sc.ok(i) || sc.toks[i].kind != tokWord {
		return false
	}
	w := sc.word(i)
	if w[0] >= utf8.RuneSelf {
		for _, x := range ws {
			if strings.EqualFold(w, x) {
				return true
			}
		}
		return false
	}
	// a word's first byte here is an ASCII letter: setting its 0x20 bit
	// lowers it, and makes it of no other byte than the letter in either
	// case
	c := w[0] | 0x20
	for _, x := range ws {
		if len(x) <= len(w) && len(x) > 0 && x[0]|0x20 == c && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// emit records the expression of tokens [i, j) with value v and returns j.
func (sc *dateScanner) emit(i, j int, v dval) int {
	s, e := int(sc.toks[i].start), int(sc.toks[j-1].end)
	d := Date{Text: sc.text[s:e], Granularity: v.g, At: Span{Field: sc.field, Index: sc.index, Start: s, End: e}}
	if v.iv {
		d.Granularity = Interval
	}
	from := len(sc.vals)
	switch {
	case v.dur != "":
		sc.vals = append(sc.vals, v.dur...)
	case v.unres:
	default:
		// A single point finer than a week anchors later expressions
		// to its day. Its calendar date is worked out from the instant
		// once, here: for a day, the most common value, the value text
		// and the end need it as well.
		single := !v.iv && finerThanWeek(v.g)
		var y, day int
		var m time.Month
		if single {
			y, m, day = v.a.Date()
		}
		if single && v.g == Day {
			sc.vals = appendYMD(sc.vals, v.a, y, m, day, true)
			// the next day as v.a.AddDate(0, 0, 1) gives it, from
			// the same date and clock
			hour, minute, sec := v.a.Clock()
			d.Start, d.End = v.a, time.Date(y, m, day+1, hour, minute, sec, v.a.Nanosecond(), v.a.Location())
		} else {
			sc.vals = appendValue(sc.vals, v.a, v.g, v.noZone)
			if v.iv {
				sc.vals = appendValue(append(sc.vals, '/'), v.b, v.g, v.noZone)
			}
			d.Start, d.End = v.a, addGran(v.b, v.g)
		}
		if single {
			sc.anchor = time.Date(y, m, day, 0, 0, 0, 0, sc.loc)
			sc.hasAnchor = true
			sc.anchorSent = sentRef{sc.field, sc.index, sc.toks[i].sent}
		}
	}
	sc.out = append(sc.out, d)
	sc.spans = append(sc.spans, valueSpan{int32(from), int32(len(sc.vals))})
	return j
}

func finerThanWeek(g Granularity) bool {
	return g == Day || g == Hour || g == Minute || g == Second
}

// appendValue appends t in ISO 8601 at granularity g.
func appendValue(b []byte, t time.Time, g Granularity, noZone bool) []byte {
	switch g {
	case Second, Minute, Hour:
		return appendClockValue(b, t, g, noZone)
	case Day:
		return appendISODate(b, t, true)
	case Week:
		y, w := t.ISOWeek()
		return fmt.Appendf(b, "%04d-W%02d", y, w)
	case Month:
		return appendISODate(b, t, false)
	case Quarter:
		return fmt.Appendf(b, "%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case Year:
		if y := t.Year(); 0 <= y && y <= 9999 {
			return appendDigits(b, y, 4)
		}
		return fmt.Appendf(b, "%04d", t.Year())
	}
	return b
}

// appendClockValue appends t at granularity g, Hour, Minute or Second,
// as t.AppendFormat does with the layout "2006-01-02T15:04:05-07:00" cut
// to g, and without the zone when noZone is set. It writes the digits
// itself rather than reading a layout: publish lines and "pukul 10.00
// WIB" make clock times the most common values after days.
func appendClockValue(b []byte, t time.Time, g Granularity, noZone bool) []byte {
	b = appendISODate(b, t, true)
	hour, minute, sec := t.Clock()
	b = appendDigits(append(b, 'T'), hour, 2)
	if g != Hour {
		b = appendDigits(append(b, ':'), minute, 2)
	}
	if g == Second {
		b = appendDigits(append(b, ':'), sec, 2)
	}
	if noZone {
		return b
	}
	// the layout's "-07:00": the offset in whole minutes, the seconds
	// dropped toward zero, and the hours in two digits or more
	_, offset := t.Zone()
	zone := offset / 60
	if zone < 0 {
		b, zone = append(b, '-'), -zone
	} else {
		b = append(b, '+')
	}
	if zone < 10*60 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(zone/60), 10)
	return appendDigits(append(b, ':'), zone%60, 2)
}

// appendISODate appends t as "2006-01-02", or as "2006-01" without
// withDay, as t.AppendFormat does but without reading a layout: most
// dates found are days.
func appendISODate(b []byte, t time.Time, withDay bool) []byte {
	y, m, d := t.Date()
	return appendYMD(b, t, y, m, d, withDay)
}

// appendYMD is appendISODate for a caller that already has the date y-m-d
// of t.
func appendYMD(b []byte, t time.Time, y int, m time.Month, d int, withDay bool) []byte {
	if y < 0 || y > 9999 {
		if withDay {
			return t.AppendFormat(b, "2006-01-02")
		}
		return t.AppendFormat(b, "2006-01")
	}
	b = append(appendDigits(b, y, 4), '-')
	b = appendDigits(b, int(m), 2)
	if withDay {
		b = appendDigits(append(b, '-'), d, 2)
	}
	return b
}

// appendDigits appends the last n decimal digits of v, which is not
// negative, with leading zeros.
func appendDigits(b []byte, v, n int) []byte {
	b = append(b, "0000"[:n]...)
	for i := len(b) - 1; i >= len(b)-n; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return b
}

// addGran returns the start of the unit after the one t starts.
func addGran(t time.Time, g Granularity) time.Time {
	switch g {
	case Second:
		return t.Add(time.Second)
	case Minute:
		return t.Add(time.Minute)
	case Hour:
		return t.Add(time.Hour)
	case Day:
		return t.AddDate(0, 0, 1)
	case Week:
		return t.AddDate(0, 0, 7)
	case Month:
		return t.AddDate(0, 1, 0)
	case Quarter:
		return t.AddDate(0, 3, 0)
	case Year:
		return t.AddDate(1, 0, 0)
	}
	return t
}

// date returns midnight of y-m-d in the scanner's zone, and false when
// there is no such day.
func (sc *dateScanner) date(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, sc.loc)
	return t, t.Day() == d
}

func (sc *dateScanner) monthStart(y, m int) time.Time {
	return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, sc.loc)
}

func (sc *dateScanner) yearStart(y int) time.Time {
	return time.Date(y, 1, 1, 0, 0, 0, 0, sc.loc)
}

// weekStart returns the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return t.AddDate(0, 0, -wd)
}

// ----- the rules -----

// matchAt tries the rules at token i and returns the index after the
// expression found there, or i when there is none.
func (sc *dateScanner) matchAt(i int) int {
	t := sc.tok(i)
	switch t.kind {
	case tokNum:
		if t.amount {
			if sc.isPunct(i+1, ',') && sc.adj(i) {
				return sc.countAt(i, i) // "1,5 jam"
			}
			return i
		}
		if j := sc.numericAt(i); j > i {
			return j
		}
		if t.num == 1 && sc.ok(i+1) && sc.tok(i+1).lx.holiday() {
			if j := sc.holidayAt(i); j > i {
				return j
			}
		}
		if j := sc.countAt(i, i); j > i {
			return j
		}
		return sc.bareClockAt(i)
	case tokPunct:
		if t.punct == '(' {
			return sc.parenDateAt(i, i)
		}
		return i
	}
	lx := t.lx
	if !lx.known() {
		return i
	}
	if lx.holiday() {
		if j := sc.holidayAt(i); j > i {
			return j
		}
	}
	if lx.weekday != 0 {
		if j := sc.weekdayAt(i); j > i {
			return j
		}
	}
	if lx.month != 0 {
		if j := sc.monthLedAt(i, i); j > i {
			return j
		}
	}
	if lx.isNum() || lx.vague() || lx.unit != noUnit || lx.count() {
		if j := sc.countAt(i, i); j > i {
			return j
		}
	}
	if lx.key() {
		return sc.keywordAt(i)
	}
	return i
}

// ----- numbers -----

// plainNum reports the value of token i when it is a number that is not
// part of an amount.
func (sc *dateScanner) plainNum(i int) (int, bool) {
	if !sc.ok(i) {
		return 0, false
	}
	t := sc.tok(i)
	if t.kind != tokNum || t.amount {
		return 0, false
	}
	return int(t.num), true
}

// numAt reports the value of token i when it is a number, amount or not.
func (sc *dateScanner) numAt(i int) (int, bool) {
	if !sc.ok(i) || sc.tok(i).kind != tokNum {
		return 0, false
	}
	return int(sc.tok(i).num), true
}

func (sc *dateScanner) dayNum(i int) (int, bool) {
	n, ok := sc.plainNum(i)
	return n, ok && sc.tok(i).ndig <= 2 && n >= 1 && n <= 31
}

// yearNum reads a four-digit year.
func (sc *dateScanner) yearNum(i int) (int, bool) {
	n, ok := sc.plainNum(i)
	return n, ok && sc.tok(i).ndig == 4 && n >= 1000 && n <= 2999
}

// pivot turns a two-digit year into a full one: 20yy when yy is at most
// ten years past the reference year, else 19yy.
func (sc *dateScanner) pivot(yy int) int {
	limit := 50
	if sc.hasRef {
		limit = sc.ref.Year()%100 + 10
	}
	if yy <= limit {
		return 2000 + yy
	}
	return 1900 + yy
}

// numberAt reads a count written in digits or Indonesian number words
// ("dua", "dua puluh lima", "sebelas", "tiga belas", "seratus").
func (sc *dateScanner) numberAt(i int) (n, j int, ok bool) {
	if v, isNum := sc.plainNum(i); isNum {
		return v, i + 1, true
	}
	if !sc.ok(i) || !sc.tok(i).lx.isNum() || sc.tok(i).lx.num < 0 || sc.tok(i).lx.unit != noUnit {
		return 0, i, false
	}
	total, cur := 0, 0
	j = i
	for sc.ok(j) && sc.tok(j).lx.isNum() && sc.tok(j).lx.unit == noUnit {
		v := int(sc.tok(j).lx.num)
		switch {
		case v >= 0:
			if cur != 0 && cur%10 != 0 || (cur != 0 && v >= 10) {
				return total + cur, j, true
			}
			cur += v
		case sc.is(j, "belas"):
			cur += 10
		case sc.is(j, "puluh"):
			cur *= 10
		case sc.is(j, "ratus"):
			total += cur * 100
			cur = 0
		case sc.is(j, "ribu"):
			total = (total + cur) * 1000
			cur = 0
		}
		j++
	}
	return total + cur, j, true
}

// ----- clock times -----

type clock struct {
	h, m, s int
	g       Granularity // Hour, Minute or Second
	colon   bool        // written with ':' rather than '.'
}

// clockAt reads H.MM, H:MM or H:MM:SS at i, or a bare hour when
// bareHour is set.
func (sc *dateScanner) clockAt(i int, bareHour bool) (c clock, j int, ok bool) {
	h, isNum := sc.plainNum(i)
	if !isNum || sc.tok(i).ndig > 2 || h > 24 {
		return c, i, false
	}
	c.h, c.g = h, Hour
	if sc.adj(i) && sc.ok(i+2) && sc.adj(i+1) && (sc.isPunct(i+1, ':') || sc.isPunct(i+1, '.')) {
		if m, isNum := sc.plainNum(i + 2); isNum && sc.tok(i+2).ndig == 2 && m < 60 {
			c.m, c.g, c.colon = m, Minute, sc.isPunct(i+1, ':')
			j = i + 3
			if sc.adj(j-1) && sc.adj(j) && (sc.isPunct(j, ':') || sc.isPunct(j, '.')) {
				if s, isNum := sc.plainNum(j + 1); isNum && sc.tok(j+1).ndig == 2 && s < 60 {
					c.s, c.g = s, Second
					j += 2
				}
			}
			if h == 24 && (c.m != 0 || c.s != 0) {
				return c, i, false
			}
			if sc.adj(j-1) && (sc.isPunct(j, '.') || sc.isPunct(j, ':') || sc.isPunct(j, ',')) && sc.adj(j) && sc.ok(j+1) && sc.tok(j+1).kind == tokNum {
				if c.g != Second || !c.colon {
					return c, i, false // "4.12.2025" is a date, not a clock time
				}
				j += 2 // fractions of a second: "13:12:00.000"
			}
			return c, j, true
		}
	}
	if !bareHour || (sc.adj(i) && sc.ok(i+1) && (sc.isPunct(i+1, '.') || sc.isPunct(i+1, ',')) && sc.adj(i+1) && sc.ok(i+2) && sc.tok(i+2).kind == tokNum) {
		return c, i, false
	}
	return c, i + 1, true
}

// zoneAt reads a zone after a clock time: WIB, WITA, WIT, "waktu
// setempat" (a foreign local time: no offset) or "waktu Indonesia barat".
func (sc *dateScanner) zoneAt(i int) (loc *time.Location, noZone bool, j int) {
	if !sc.ok(i) || sc.tok(i).kind != tokWord {
		return nil, false, i
	}
	switch sc.tok(i).lx.zone {
	case 1:
		return zoneWIB, false, i + 1
	case 2:
		return zoneWITA, false, i + 1
	case 3:
		return zoneWIT, false, i + 1
	}
	if sc.is(i, "waktu") {
		if sc.is(i+1, "setempat") {
			return nil, true, i + 2
		}
		if sc.is(i+1, "indonesia") {
			switch {
			case sc.is(i+2, "barat"):
				return zoneWIB, false, i + 3
			case sc.is(i+2, "tengah"):
				return zoneWITA, false, i + 3
			case sc.is(i+2, "timur"):
				return zoneWIT, false, i + 3
			}
		}
	}
	if sc.is(i, "utc", "gmt") {
		// "GMT+7", "UTC+07:00"
		if (sc.isPunct(i+1, '+') || sc.isPunct(i+1, '-')) && sc.adj(i) && sc.adj(i+1) {
			if h, ok := sc.plainNum(i + 2); ok && h <= 14 {
				sign, m, e := 1, 0, i+3
				if sc.isPunct(i+1, '-') {
					sign = -1
				}
				if sc.tok(i+2).ndig == 4 {
					h, m = h/100, h%100
				} else if sc.isPunct(e, ':') && sc.adj(e-1) && sc.adj(e) {
					if v, ok := sc.plainNum(e + 1); ok && v < 60 {
						m, e = v, e+2
					}
				}
				if h <= 14 && m < 60 {
					return time.FixedZone("", sign*(h*3600+m*60)), false, e
				}
			}
		}
		return time.UTC, false, i + 1
	}
	return nil, false, i
}

// partOfDayAt reads pagi, siang, sore, malam or "dini hari" after a clock
// time and returns the hour it makes of h.
func (sc *dateScanner) partOfDayAt(i, h int) (int, int) {
	switch {
	case sc.is(i, "pagi"):
		if h == 12 {
			h = 0
		}
		return h, i + 1
	case sc.is(i, "dini") && sc.is(i+1, "hari"):
		return h, i + 2
	case sc.is(i, "siang"):
		if h < 11 {
			h += 12
		}
		return h, i + 1
	case sc.is(i, "sore", "petang"):
		if h < 12 {
			h += 12
		}
		return h, i + 1
	case sc.is(i, "pm") && sc.tok(i).kind == tokWord:
		if h < 12 {
			h += 12
		}
		return h, i + 1
	case sc.is(i, "am"):
		if h == 12 {
			h = 0
		}
		return h, i + 1
	case sc.is(i, "malam"):
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0
		}
		return h, i + 1
	}
	return h, i
}

// A timeOfDay is a clock time, or a range of two, with its zone.
type timeOfDay struct {
	a, b   clock
	rng    bool
	loc    *time.Location
	noZone bool
	zoned  bool
}

// timeTailAt reads a clock time after "pukul" or "jam" (when lead is
// set) or a clock time that needs no lead (H:MM, or H.MM followed by a
// zone). It reads a range ("08.00-12.00") and a zone or part of day.
func (sc *dateScanner) timeTailAt(i int, lead bool) (td timeOfDay, j int, ok bool) {
	a, j, ok := sc.clockAt(i, lead)
	if !ok {
		return td, i, false
	}
	td.a = a
	// a range: "08.00-12.00", "08.00 hingga 12.00"
	k := j
	switch {
	case sc.isPunct(k, '-') || sc.isPunct(k, '/'):
		k++
	case sc.is(k, "hingga", "sampai"):
		k++
		if sc.is(k, "pukul") {
			k++
		}
	case sc.is(k, "s") && sc.isPunct(k+1, '/') && sc.is(k+2, "d"):
		k += 3
	default:
		k = -1
	}
	if k > 0 {
		if b, k2, ok := sc.clockAt(k, lead); ok && b.g == a.g {
			td.b, td.rng, j = b, true, k2
		}
	}
	loc, noZone, j2 := sc.zoneAt(j)
	if loc != nil || noZone {
		td.loc, td.noZone, td.zoned, j = loc, noZone, true, j2
	}
	if !lead && !td.zoned && !a.colon {
		return td, i, false
	}
	if !td.zoned || a.g == Hour {
		h, j2 := sc.partOfDayAt(j, td.a.h)
		if j2 > j {
			hb, _ := sc.partOfDayAt(j, td.b.h)
			td.a.h, td.b.h, j = h, hb, j2
		}
	}
	if td.loc == nil {
		td.loc = sc.loc
	}
	return td, j, true
}

// atDay places a time of day on the day day (midnight in sc.loc).
func (sc *dateScanner) atDay(day time.Time, td timeOfDay) dval {
	mk := func(c clock) time.Time {
		y, m, d := day.Date()
		return time.Date(y, m, d, c.h, c.m, c.s, 0, td.loc)
	}
	v := point(td.a.g, mk(td.a))
	if td.rng {
		b := mk(td.b)
		if b.Before(v.a) {
			b = b.AddDate(0, 0, 1) // "pukul 22.00-02.00" runs past midnight
		}
		v = span2(td.a.g, v.a, b)
	}
	v.noZone = td.noZone
	return v
}

// timeLeadAt reads "pukul", "pkl", "jam" (with an optional "sekitar")
// and returns the index of the clock after it.
func (sc *dateScanner) timeLeadAt(i int) (int, bool) {
	j := i
	if sc.is(j, "sekitar", "sekira") {
		j++
	}
	if sc.is(j, "pukul", "pkl", "pk", "jam") {
		j++
		if sc.isPunct(j, '.') {
			j++
		}
		if _, ok := sc.plainNum(j); ok {
			return j, true
		}
	}
	return i, false
}

// clockExprAt reads "pukul 10.00 WIB" or a bare "13:12" and places it on
// the day before the reference day when it lies well after the
// reference time in a sentence about the past.
func (sc *dateScanner) clockExprAt(i int) int {
	k, lead := sc.timeLeadAt(i)
	if !lead {
		return i
	}
	td, j, ok := sc.timeTailAt(k, true)
	if !ok {
		return i
	}
	return sc.emitTime(i, j, td)
}

func (sc *dateScanner) bareClockAt(i int) int {
	td, j, ok := sc.timeTailAt(i, false)
	if !ok {
		return i
	}
	if sc.is(i-1, "skor", "rasio", "perbandingan", "nisbah") {
		return i
	}
	return sc.emitTime(i, j, td)
}

// emitTime places a clock time without a date of its own on a day: the
// day named earlier in the same sentence, or the reference day, or the
// day before it when the time lies more than an hour after the reference
// time and the sentence does not speak of the future.
func (sc *dateScanner) emitTime(i, j int, td timeOfDay) int {
	g := td.a.g
	if td.rng {
		g = Interval
	}
	// a day word after the clock: "pukul 10.00 WIB besok", "pukul 20.00
	// tadi malam"
	if n, pod, e, ok := sc.dayWordAt(j); ok {
		if !sc.hasRef {
			return sc.emit(i, e, unresolved(g))
		}
		if pod != "" && !td.zoned || pod != "" && td.a.g == Hour {
			td.a.h, _ = sc.partOfDayForWord(pod, td.a.h)
			td.b.h, _ = sc.partOfDayForWord(pod, td.b.h)
		}
		return sc.emit(i, e, sc.atDay(sc.today.AddDate(0, 0, n), td))
	}
	// a date after the clock: "pukul 10.00 WIB, Senin (11/8/2025)"
	k := j
	if sc.isPunct(k, ',') || sc.is(k, "pada") {
		k++
	}
	if sc.is(k, "hari") {
		k++
	}
	dateNext := sc.ok(k) && sc.tok(k).lx.weekday != 0
	if _, ok := sc.dayNum(k); ok && sc.ok(k+1) {
		dateNext = sc.tok(k+1).lx.month != 0 || sc.adj(k) && (sc.isPunct(k+1, '/') || sc.isPunct(k+1, '-'))
	}
	if dateNext {
		n := len(sc.out)
		if e := sc.matchAt(k); e > k && len(sc.out) == n+1 {
			d, v := sc.out[n], sc.spans[n]
			if d.Granularity == Day && !v.empty() {
				sc.out, sc.spans = sc.out[:n], sc.spans[:n]
				sc.emit(i, j, sc.atDay(d.Start, td))
				sc.out, sc.spans = append(sc.out, d), append(sc.spans, v)
				return e
			}
			// not a day: read it again on its own
			sc.out, sc.spans, sc.vals = sc.out[:n], sc.spans[:n], sc.vals[:v.start]
		}
	}
	if sc.hasAnchor && sc.anchorSent == (sentRef{sc.field, sc.index, sc.tok(i).sent}) {
		return sc.emit(i, j, sc.atDay(sc.anchor, td))
	}
	if !sc.hasRef {
		return sc.emit(i, j, unresolved(g))
	}
	v := sc.atDay(sc.today, td)
	if !td.noZone && v.a.After(sc.ref.Add(time.Hour)) && !sc.futureContext(i) {
		v = sc.atDay(sc.today.AddDate(0, 0, -1), td)
	}
	return sc.emit(i, j, v)
}

// dayWordAt reads a word naming a day right after a clock time and
// returns its offset from the reference day and the part of day it names:
// "besok" (+1), "kemarin" (-1), "hari ini", "tadi malam" (-1, malam),
// "nanti malam", "pagi ini".
func (sc *dateScanner) dayWordAt(j int) (n int, pod string, e int, ok bool) {
	switch {
	case sc.is(j, "hari") && sc.is(j+1, "ini"):
		return 0, "", j + 2, true
	case sc.is(j, "kemarin", "besok", "lusa"):
		switch {
		case sc.is(j, "kemarin"):
			n = -1
		case sc.is(j, "besok"):
			n = 1
		default:
			n = 2
		}
		if sc.is(j+1, partsOfDay...) {
			return n, strings.ToLower(sc.word(j + 1)), j + 2, true
		}
		return n, "", j + 1, true
	case sc.is(j, "tadi", "nanti") && sc.is(j+1, partsOfDay...):
		pod = strings.ToLower(sc.word(j + 1))
		if sc.is(j, "tadi") && pod == "malam" {
			n = -1
		}
		return n, pod, j + 2, true
	case sc.is(j, partsOfDay...) && sc.is(j+1, "ini", "tadi", "nanti"):
		pod = strings.ToLower(sc.word(j))
		if pod == "malam" && sc.is(j+1, "tadi") {
			n = -1
		}
		return n, pod, j + 2, true
	}
	return 0, "", j, false
}

// futureWords and pastWords mark the tense of a sentence; the nearest one
// before an expression wins.
var futureWords = newContextWords("akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "hendak",
	"nanti", "mendatang", "depan", "segera", "diagendakan", "berencana", "dijadwalkannya")
var pastWords = newContextWords("telah", "sudah", "sempat", "pernah", "tadi", "lalu", "kemarin", "kata",
	"ujar", "mengatakan", "menyebut", "menyatakan", "menjelaskan", "ungkap", "tutur")

// maxLookBack bounds how far back the tense of a sentence is sought.
const maxLookBack = 40

// futureContext reports whether the nearest tense marker before token i in
// its sentence speaks of the future.
func (sc *dateScanner) futureContext(i int) bool {
	sent := sc.tok(i).sent
	future, past := futureWords(), pastWords()
	for k := i - 1; k >= 0 && k >= i-maxLookBack && sc.tok(k).sent == sent; k-- {
		if sc.tok(k).kind != tokWord {
			continue
		}
		// sc.isIn with both sets, the word coded once
		if code, ok := sc.codeOf(k); ok {
			if _, found := future.codes.get(code); found {
				return true
			}
			if _, found := past.codes.get(code); found {
				return false
			}
			continue
		}
		if sc.is(k, future.words...) {
			return true
		}
		if sc.is(k, past.words...) {
			return false
		}
	}
	return false
}

// ----- absolute dates -----

// yearAfter reads the year that may follow a day and month: ", 2025",
// "2025", "'24" or a two-digit year after a slash.
func (sc *dateScanner) yearAfter(j int) (y, k int, ok bool) {
	k = j
	if sc.isPunct(k, ',') || sc.isPunct(k, '.') {
		k++
	}
	if y, ok := sc.yearNum(k); ok {
		return y, k + 1, true
	}
	if (sc.isPunct(j, '\'') || sc.isPunct(j, '’')) && sc.adj(j) {
		if yy, ok := sc.plainNum(j + 1); ok && sc.tok(j+1).ndig == 2 {
			return sc.pivot(yy), j + 2, true
		}
	}
	return 0, j, false
}

// dayTailAt reads what may follow a date: a clock time, after an optional
// ",", "-", "|", "pukul" or "sekitar pukul".
func (sc *dateScanner) dayTailAt(j int) (td timeOfDay, k int, ok bool) {
	k = j
	if sc.isPunct(k, ',') || sc.isPunct(k, '-') || sc.isPunct(k, '|') || sc.isPunct(k, '•') || sc.isPunct(k, '·') {
		k++
	}
	if sc.is(k, "at") {
		k++
	}
	// "Senin (11/8/2025) malam pukul 21.00 WIB": a part of day between
	pod := ""
	if sc.is(k, partsOfDay...) {
		if _, lead := sc.timeLeadAt(k + 1); lead {
			pod, k = strings.ToLower(sc.word(k)), k+1
		}
	} else if sc.is(k, "dini") && sc.is(k+1, "hari") {
		if _, lead := sc.timeLeadAt(k + 2); lead {
			k += 2
		}
	}
	if l, lead := sc.timeLeadAt(k); lead {
		if td, k2, ok := sc.timeTailAt(l, true); ok {
			if pod != "" {
				td.a.h, _ = sc.partOfDayForWord(pod, td.a.h)
				if td.rng {
					td.b.h, _ = sc.partOfDayForWord(pod, td.b.h)
				}
			}
			return td, k2, true
		}
		return td, j, false
	}
	if sc.ok(k) && sc.tok(k).kind == tokNum {
		if td, k2, ok := sc.timeTailAt(k, false); ok {
			return td, k2, true
		}
		// "15 Agustus 2025 13.12": a dotted clock right after a date
		if c, k2, ok := sc.clockAt(k, false); ok && c.g != Hour {
			td = timeOfDay{a: c, loc: sc.loc}
			return td, k2, true
		}
	}
	return td, j, false
}

// emitDay records a day at tokens [i, j), with the clock time that may
// follow it.
func (sc *dateScanner) emitDay(i, j int, day time.Time, resolved bool) int {
	if td, k, ok := sc.dayTailAt(j); ok {
		if !resolved {
			return sc.emit(i, k, unresolved(td.a.g))
		}
		return sc.emit(i, k, sc.atDay(day, td))
	}
	if !resolved {
		return sc.emit(i, j, unresolved(Day))
	}
	return sc.emit(i, j, point(Day, day))
}

// nearestYear picks the year for a month and day given without one: the
// occurrence nearest the reference day (ties go to the past); with past
// set the latest on or before it, with future the earliest on or after.
func (sc *dateScanner) nearestYear(m, d int, past, future bool) (time.Time, bool) {
	if !sc.hasRef {
		return time.Time{}, false
	}
	y := sc.today.Year()
	best, found, bestWd := time.Time{}, false, false
	var bestDist time.Duration
	for _, cy := range []int{y - 1, y, y + 1} {
		t, ok := sc.date(cy, m, d)
		if !ok {
			continue
		}
		if past && t.After(sc.today) || future && t.Before(sc.today) {
			continue
		}
		dist := t.Sub(sc.today)
		if dist < 0 {
			dist = -dist
		}
		// a weekday printed with the date picks the year it fits
		wdOK := sc.wdHint != 0 && int(t.Weekday())+1 == sc.wdHint
		switch {
		case !found, wdOK && !bestWd,
			wdOK == bestWd && (dist < bestDist || dist == bestDist && t.Before(best)):
			best, bestDist, found, bestWd = t, dist, true, wdOK
		}
	}
	return best, found
}

// nearestMonth picks the year of a month given without one: with past the
// latest strictly before the reference month, with future the earliest
// strictly after it, and otherwise the reference year unless the month
// lies well ahead of the reference month.
func (sc *dateScanner) nearestMonth(m int, past, future bool) (time.Time, bool) {
	if !sc.hasRef {
		return time.Time{}, false
	}
	y, rm := sc.today.Year(), int(sc.today.Month())
	switch {
	case past:
		if m >= rm {
			y--
		}
		return sc.monthStart(y, m), true
	case future:
		if m <= rm {
			y++
		}
		return sc.monthStart(y, m), true
	}
	// A month earlier in the year is this year's ("Februari" in August);
	// one more than five months ahead is last year's ("Desember" in
	// January).
	if m-rm > 5 {
		y--
	}
	return sc.monthStart(y, m), true
}

// relMarkerAt reads "lalu", "yang lalu", "kemarin", "mendatang", "depan",
// "nanti" or "ini" after a date and says which way it points.
func (sc *dateScanner) relMarkerAt(j int) (past, future, this bool, k int) {
	switch {
	case sc.is(j, "lalu", "kemarin", "silam"):
		return true, false, false, j + 1
	case sc.is(j, "yang") && sc.is(j+1, "lalu"):
		return true, false, false, j + 2
	case sc.is(j, "mendatang", "depan", "nanti"):
		return false, true, false, j + 1
	case sc.is(j, "ini"):
		return false, false, true, j + 1
	}
	return false, false, false, j
}

// dayMonthAt reads DAY MONTH [YEAR] at i ("15 Agustus 2025", "15 Agt
// 2025", "17 Agustus", "13 Agustus lalu") and day ranges ("1-3 Agustus",
// "1 hingga 3 Agustus 2025", "30 Juli - 2 Agustus"). start is where the
// expression begins (a weekday or "tanggal" before the day).
func (sc *dateScanner) dayMonthAt(start, i int) int {
	d1, ok := sc.dayNum(i)
	if !ok {
		return start
	}
	j := sc.afterOrdinal(i)
	// a day range sharing the month: "1-3 Agustus", "1 hingga 3 Agustus"
	if k, ok := sc.rangeSepAfter(i, j); ok {
		if d2, ok := sc.dayNum(k); ok && sc.ok(k+1) && sc.tok(k+1).lx.month != 0 && d2 > d1 {
			m := int(sc.tok(k + 1).lx.month)
			y, e, hasY := sc.yearAfter(k + 2)
			if !hasY {
				e = k + 2
			}
			a, b, ok := sc.resolveDayRange(y, m, d1, y, m, d2, hasY, e)
			if !ok {
				return sc.emit(start, e, unresolved(Day))
			}
			return sc.emit(start, e, span2(Day, a, b))
		}
	}
	if !sc.ok(j) || sc.tok(j).lx.month == 0 {
		return start
	}
	m := int(sc.tok(j).lx.month)
	j++
	if sc.isPunct(j, '.') && sc.tok(j-1).lx.abbr() && sc.adj(j-1) {
		j++ // "15 Agu. 2025"
	}
	y, e, hasY := sc.yearAfter(j)
	if !hasY {
		e = j
	}
	// a range across months: "30 Juli - 2 Agustus 2025"
	if k, ok := sc.rangeSepAfter(i, e); ok {
		if d2, ok := sc.dayNum(k); ok && sc.ok(k+1) && sc.tok(k+1).lx.month != 0 {
			m2 := int(sc.tok(k + 1).lx.month)
			y2, e2, hasY2 := sc.yearAfter(k + 2)
			if !hasY2 {
				e2 = k + 2
			}
			if !hasY && hasY2 {
				y = y2
				if m2 < m {
					y = y2 - 1
				}
			}
			if hasY && !hasY2 {
				y2 = y
				if m2 < m {
					y2 = y + 1
				}
			}
			a, b, ok := sc.resolveDayRange(y, m, d1, y2, m2, d2, hasY || hasY2, e2)
			if !ok {
				return sc.emit(start, e2, unresolved(Day))
			}
			if b.After(a) {
				return sc.emit(start, e2, span2(Day, a, b))
			}
		}
	}
	if hasY {
		day, ok := sc.date(y, m, d1)
		if !ok {
			return start
		}
		return sc.emitDay(start, e, day, true)
	}
	past, future, _, k := sc.relMarkerAt(e)
	day, ok := sc.nearestYear(m, d1, past, future)
	if _, valid := sc.date(2024, m, d1); !valid {
		return start
	}
	return sc.emitDay(start, k, day, ok)
}

// resolveDayRange resolves the two ends of a day range; without a year
// the start is the nearest occurrence and the end follows it.
func (sc *dateScanner) resolveDayRange(y1, m1, d1, y2, m2, d2 int, hasY bool, e int) (a, b time.Time, ok bool) {
	if !hasY {
		past, future, _, _ := sc.relMarkerAt(e)
		if a, ok = sc.nearestYear(m1, d1, past, future); !ok {
			return a, b, false
		}
		y1 = a.Year()
		y2 = y1
		if m2 < m1 {
			y2++
		}
	}
	a, ok1 := sc.date(y1, m1, d1)
	b, ok2 := sc.date(y2, m2, d2)
	return a, b, ok1 && ok2 && !b.Before(a)
}

// rangeSepAt reads the joint of a range: "-", "–", "hingga", "sampai",
// "s.d.", "s/d" or "sd".
func (sc *dateScanner) rangeSepAt(j int) (int, bool) {
	switch {
	case sc.isPunct(j, '-'):
		return j + 1, true
	case sc.is(j, "hingga", "sampai", "sd"):
		if sc.is(j, "sampai") && sc.is(j+1, "dengan") {
			return j + 2, true
		}
		return j + 1, true
	case sc.is(j, "s") && (sc.isPunct(j+1, '/') || sc.isPunct(j+1, '.')) && sc.is(j+2, "d"):
		if sc.isPunct(j+3, '.') {
			return j + 4, true
		}
		return j + 3, true
	}
	return j, false
}

// rangeSepAfter is rangeSepAt for a range whose first end starts at i:
// after "antara" ("antara 1 dan 3 Agustus") "dan" joins the ends too.
func (sc *dateScanner) rangeSepAfter(i, j int) (int, bool) {
	if sc.is(j, "dan") && sc.is(i-1, "antara") {
		return j + 1, true
	}
	return sc.rangeSepAt(j)
}

// monthDayAt reads the English order MONTH DAY, YEAR ("August 14, 2025").
func (sc *dateScanner) monthDayAt(start, i int) int {
	if !sc.ok(i) || sc.tok(i).lx.month == 0 {
		return start
	}
	d, ok := sc.dayNum(i + 1)
	if !ok {
		return start
	}
	k := sc.afterOrdinal(i + 1)
	if sc.isPunct(k, ',') {
		k++
	}
	y, ok := sc.yearNum(k)
	if !ok {
		return start
	}
	day, ok := sc.date(y, int(sc.tok(i).lx.month), d)
	if !ok {
		return start
	}
	return sc.emitDay(start, k+1, day, true)
}

// afterOrdinal returns the index after the day at i and an English
// ordinal suffix glued to it ("15th").
func (sc *dateScanner) afterOrdinal(i int) int {
	if sc.adj(i) && sc.is(i+1, "th", "st", "nd", "rd") {
		return i + 2
	}
	return i + 1
}

// numericAt reads numeric dates: ISO "2025-08-15[T13:12:00+07:00]",
// d/m/y "15/08/2025", "15-08-2025", "17-8-45", "15.08.2025", and year
// forms: "2021", "2020-2024", "2025/2026", "1930-an".
func (sc *dateScanner) numericAt(i int) int {
	if j := sc.isoAt(i); j > i {
		return j
	}
	if j := sc.dmyAt(i, i); j > i {
		return j
	}
	if j := sc.dayMonthAt(i, i); j > i {
		return j
	}
	return sc.yearAt(i, i)
}

// isoAt reads an ISO 8601 date or RFC 3339 timestamp.
func (sc *dateScanner) isoAt(i int) int {
	y, ok := sc.yearNum(i)
	if !ok || !sc.adj(i) || !sc.isPunct(i+1, '-') || !sc.adj(i+1) || !sc.adj(i+2) || !sc.isPunct(i+3, '-') || !sc.adj(i+3) {
		return i
	}
	m, ok1 := sc.plainNum(i + 2)
	d, ok2 := sc.plainNum(i + 4)
	if !ok1 || !ok2 || sc.tok(i+2).ndig != 2 || sc.tok(i+4).ndig != 2 {
		return i
	}
	day, ok := sc.date(y, m, d)
	if !ok {
		return i
	}
	j := i + 5
	// "T13:12:00+07:00", "T13:12Z", or " 13:12:00"
	k := j
	if sc.adj(j-1) && sc.ok(j) && sc.tok(j).kind == tokWord && (sc.word(j) == "T" || sc.word(j) == "t") && sc.adj(j) {
		k = j + 1
	} else if sc.ok(j) && sc.tok(j).kind == tokWord && len(sc.word(j)) > 1 && (sc.word(j)[0] == 'T') {
		return i
	}
	c, k2, ok := sc.clockAt(k, false)
	if !ok || !c.colon {
		if k != j {
			return i
		}
		return sc.emit(i, j, point(Day, day))
	}
	loc := sc.loc
	switch {
	case sc.is(k2, "z") && sc.adj(k2-1):
		loc, k2 = time.UTC, k2+1
	case (sc.isPunct(k2, '+') || sc.isPunct(k2, '-')) && sc.adj(k2-1) && sc.adj(k2):
		if oh, ok := sc.plainNum(k2 + 1); ok {
			sign := 1
			if sc.isPunct(k2, '-') {
				sign = -1
			}
			om, e := 0, k2+2
			switch {
			case sc.tok(k2+1).ndig == 4:
				oh, om = oh/100, oh%100
			case sc.isPunct(e, ':') && sc.adj(e-1) && sc.adj(e):
				if v, ok := sc.plainNum(e + 1); ok {
					om, e = v, e+2
				}
			}
			// real offsets run from -12:00 to +14:00; a larger one is
			// not an offset (and could not be written as RFC 3339)
			if oh <= 14 && om < 60 {
				loc, k2 = time.FixedZone("", sign*(oh*3600+om*60)), e
			}
		}
	default:
		if zl, _, e := sc.zoneAt(k2); zl != nil {
			loc, k2 = zl, e
		}
	}
	t := time.Date(y, time.Month(m), d, c.h, c.m, c.s, 0, loc)
	return sc.emit(i, k2, point(c.g, t))
}

// dmyAt reads a numeric day/month/year with one separator throughout.
func (sc *dateScanner) dmyAt(start, i int) int {
	d, ok := sc.dayNum(i)
	if !ok || !sc.adj(i) || !sc.adj(i+1) || !sc.adj(i+2) || !sc.adj(i+3) {
		return start
	}
	sep := sc.tok(i + 1)
	if sep.kind != tokPunct || (sep.punct != '/' && sep.punct != '-' && sep.punct != '.') || !sc.isPunct(i+3, sep.punct) {
		return start
	}
	m, ok := sc.plainNum(i + 2)
	if !ok || sc.tok(i+2).ndig > 2 {
		return start
	}
	y, ok := sc.plainNum(i + 4)
	if !ok {
		return start
	}
	switch sc.tok(i + 4).ndig {
	case 2:
		if sep.punct == '.' {
			return start
		}
		y = sc.pivot(y)
	case 4:
	default:
		return start
	}
	// part of a longer code ("1/2/2025/PMK", "SE-12-2025-1")
	if sc.adj(i+4) && sc.ok(i+5) && sc.tok(i+5).kind == tokPunct && sc.tok(i+5).punct != ',' && sc.tok(i+5).punct != ')' && sc.tok(i+5).punct != '.' {
		return start
	}
	if i > 0 && sc.adj(i-1) && sc.toks[i-1].kind != tokPunct {
		return start
	}
	if i > 0 && sc.adj(i-1) && (sc.isPunct(i-1, '/') || sc.isPunct(i-1, '-') || sc.isPunct(i-1, '.')) {
		return start
	}
	if sc.idContext(i - 1) {
		return start
	}
	day, ok := sc.date(y, m, d)
	if !ok {
		return start
	}
	return sc.emitDay(start, i+5, day, true)
}

// idContext reports whether token k (just before a number) makes the
// number part of an identifier: a regulation, article or version number,
// a neighbourhood unit or a road marker.
func (sc *dateScanner) idContext(k int) bool {
	if sc.isPunct(k, '.') {
		k--
	}
	return sc.isIn(k, idWords())
}

// idWords name the identifiers that idContext finds before a number.
var idWords = newContextWords("nomor", "no", "nomer", "uu", "uud", "perpres", "pp", "perppu", "permen", "perda",
	"keppres", "kepres", "inpres", "pmk", "pojk", "pasal", "ayat", "versi", "seri", "tipe", "kode",
	"km", "kilometer", "rt", "rw", "nopol", "sk", "se", "kepmen", "perkap", "perpol", "perma", "pergub", "perwali", "perbup")

// countNouns follow a number that counts things, not a year ("2025 orang").
var countNouns = newContextWords("orang", "unit", "peserta", "buah", "ekor", "kali", "persen", "warga",
	"jiwa", "kg", "ton", "km", "meter", "rumah", "kendaraan", "personel", "pasien", "siswa", "suara",
	"lembar", "paket", "kasus", "titik", "hektare", "hektar", "ha", "pemudik", "penumpang", "tentara",
	"keluarga", "kk", "mdpl", "kilometer", "kilogram", "gram", "liter", "cm", "mm", "batang", "butir",
	"sekolah", "desa", "dosis", "perusahaan", "poin", "kursi", "tps", "pekerja", "karyawan", "anggota",
	"mahasiswa", "murid", "guru", "polisi", "prajurit", "korban", "pengunjung", "rupiah", "dolar")

// yearAt reads a year at i: "2021", "2020-2024", "2025/2026", "1930-an".
func (sc *dateScanner) yearAt(start, i int) int {
	y, ok := sc.yearNum(i)
	if !ok || y < 1500 || y > 2200 {
		return start
	}
	if i > 0 && sc.adj(i-1) && sc.toks[i-1].kind != tokWord && !sc.isPunct(i-1, '(') && !sc.isPunct(i-1, '"') && !sc.isPunct(i-1, '\'') {
		return start // "15/2025", "SE-2025"
	}
	if i > 0 && sc.adj(i-1) && sc.toks[i-1].kind == tokWord {
		return start // "APBN2025", "Rp2025"
	}
	if sc.idContext(i-1) || sc.lawYear(i) || sc.inTitleOfLaw(i) {
		return start
	}
	j := i + 1
	if sc.adj(i) && sc.ok(j) {
		// "1930-an", "1990an"
		if sc.isPunct(j, '-') && sc.adj(j) && sc.is(j+1, "an") {
			return sc.decade(start, j+2, y)
		}
		if sc.is(j, "an") {
			return sc.decade(start, j+1, y)
		}
		// "2020-2024", "2025/2026"
		if (sc.isPunct(j, '-') || sc.isPunct(j, '/')) && sc.adj(j) {
			y2, ok := sc.yearNum(j + 1)
			if ok && y2 > y && y2-y <= 100 && !(sc.adj(j+1) && sc.ok(j+2) && sc.tok(j+2).kind != tokWord && !sc.isPunct(j+2, ',') && !sc.isPunct(j+2, '.') && !sc.isPunct(j+2, ')')) {
				return sc.emit(start, j+2, span2(Year, sc.yearStart(y), sc.yearStart(y2)))
			}
			if sc.ok(j+1) && sc.tok(j+1).kind == tokNum {
				return start
			}
		}
		if (sc.isPunct(j, '.') || sc.isPunct(j, ',')) && sc.adj(j) && sc.ok(j+1) && sc.tok(j+1).kind == tokNum {
			return start
		}
	}
	if sc.isIn(j, countNouns()) || sc.is(i-1, "sebanyak", "jumlah", "berjumlah", "total") {
		return start
	}
	e := j
	if sc.is(j, "lalu") || (sc.is(j, "yang") && sc.is(j+1, "lalu")) {
		_, _, _, e = sc.relMarkerAt(j)
	}
	if sc.is(j, "h", "hijriah", "hijriyah", "m", "masehi", "sm", "bc", "ad", "saka") {
		return start
	}
	return sc.emit(start, e, point(Year, sc.yearStart(y)))
}

// inTitleOfLaw reports whether the year at i ends the name of a
// constitution: "UUD 1945", "UUD NRI 1945", "Undang-Undang Dasar Negara
// Republik Indonesia Tahun 1945". The name is a run of capitalized words
// back to "UUD" or "Dasar".
func (sc *dateScanner) inTitleOfLaw(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := sc.tok(k)
		if t.kind != tokWord || !t.upper {
			return false
		}
		if sc.is(k, "uud", "dasar", "konstitusi") {
			return true
		}
	}
	return false
}

// decade records "1930-an" as the interval 1930/1939.
func (sc *dateScanner) decade(start, j, y int) int {
	if y%10 != 0 {
		return start
	}
	return sc.emit(start, j, span2(Year, sc.yearStart(y), sc.yearStart(y+9)))
}

// lawYear reports whether the year at i closes a law citation: "UU Nomor
// 1 Tahun 2025", "PP No. 5/2025".
func (sc *dateScanner) lawYear(i int) bool {
	k := i - 1
	if sc.is(k, "tahun") {
		k--
	}
	if _, ok := sc.plainNum(k); !ok {
		return false
	}
	return sc.idContext(k - 1)
}

// parenDateAt reads "(15/8/2025)" or "(15/8)" at the "(" at i; start is
// where the expression begins (a weekday before the parenthesis).
func (sc *dateScanner) parenDateAt(start, i int) int {
	if !sc.isPunct(i, '(') {
		return start
	}
	d, ok := sc.dayNum(i + 1)
	if !ok {
		return start
	}
	// a day range: "(11-13/8)", "(11-13/8/2025)"
	d2, k := d, i+2
	if sc.isPunct(k, '-') {
		if v, ok := sc.dayNum(k + 1); ok && v > d {
			d2, k = v, k+2
		}
	}
	if !sc.isPunct(k, '/') {
		return start
	}
	m, ok := sc.plainNum(k + 1)
	if !ok || m < 1 || m > 12 || sc.tok(k+1).ndig > 2 {
		return start
	}
	j := k + 2
	y, hasY := 0, false
	if sc.isPunct(j, '/') {
		v, ok := sc.plainNum(j + 1)
		if !ok {
			return start
		}
		switch sc.tok(j + 1).ndig {
		case 4:
			y = v
		case 2:
			y = sc.pivot(v)
		default:
			return start
		}
		hasY = true
		j += 2
	}
	if !sc.isPunct(j, ')') {
		return start
	}
	j++
	if !hasY {
		if _, valid := sc.date(2024, m, d2); !valid {
			return start
		}
		first, ok := sc.nearestYear(m, d, false, false)
		if !ok {
			if d2 != d {
				return sc.emit(start, j, dval{g: Day, iv: true, unres: true})
			}
			return sc.emitDay(start, j, first, false)
		}
		y = first.Year()
	}
	day, ok := sc.date(y, m, d)
	last, ok2 := sc.date(y, m, d2)
	if !ok || !ok2 {
		return start
	}
	if d2 != d {
		return sc.emit(start, j, span2(Day, day, last))
	}
	return sc.emitDay(start, j, day, true)
}

// ----- weekdays -----

// weekdayAt reads a weekday and what follows it: a date ("Jumat, 15
// Agustus 2025", "Jumat (15/8/2025)", "Senin kemarin (17/02/2020)",
// "Thursday, August 14, 2025"), a relative marker ("Jumat lalu", "Kamis
// pekan lalu", "Rabu depan") or nothing ("Kamis").
func (sc *dateScanner) weekdayAt(i int) int {
	return sc.weekdayFrom(i, i)
}

// weekdayFrom is weekdayAt for a weekday at i inside an expression that
// starts at start ("hari Kamis").
func (sc *dateScanner) weekdayFrom(start, i int) int {
	wd := time.Weekday(sc.tok(i).lx.weekday - 1)
	j := i + 1
	k := j
	if sc.isPunct(k, ',') {
		k++
	}
	// a weekday followed by a date: the date's numbers win, and the
	// weekday only picks the year of a date printed without one
	sc.wdHint = int(wd) + 1
	defer func() { sc.wdHint = 0 }()
	if e := sc.dayMonthAt(start, k); e > start {
		return e
	}
	if e := sc.dmyAt(start, k); e > start {
		return e
	}
	if e := sc.monthDayAt(start, k); e > start {
		return e
	}
	if e := sc.isoAt(k); e > k {
		return e
	}
	k = j
	if (sc.is(k, "kemarin", "lalu", "ini") || sc.isPunct(k, ',')) && sc.isPunct(k+1, '(') {
		k++
	}
	// a range of weekdays before a range of days: "Senin-Rabu (11-13/8)"
	if sc.isPunct(k, '-') && sc.ok(k+1) && sc.tok(k+1).lx.weekday != 0 && sc.isPunct(k+2, '(') {
		k += 2
	}
	if e := sc.parenDateAt(start, k); e > start {
		return e
	}
	t := sc.tok(i)
	if t.lx.abbr() || !t.upper {
		return start
	}
	if t.lx.weekday == int8(time.Sunday)+1 && sc.is(i, "minggu") && sc.tok(i).sent != sc.sentOf(i-1) {
		// "Minggu lalu, ..." opening a sentence is a week
		if sc.is(j, "lalu", "depan", "ini", "kemarin") {
			return start
		}
	}
	rel, e := sc.weekdayRelAt(j)
	if !sc.hasRef {
		return sc.emit(start, e, unresolved(Day))
	}
	day := sc.today
	diff := (int(wd) - int(day.Weekday()) + 7) % 7 // days forward to wd
	switch rel {
	case relPastStrict:
		back := (7 - diff) % 7
		if back == 0 {
			back = 7
		}
		day = day.AddDate(0, 0, -back)
	case relNextStrict:
		if diff == 0 {
			diff = 7
		}
		day = day.AddDate(0, 0, diff)
	case relThisWeek:
		day = weekStart(day).AddDate(0, 0, (int(wd)+6)%7)
	case relLastWeek:
		day = weekStart(day).AddDate(0, 0, (int(wd)+6)%7-7)
	case relNextWeek:
		day = weekStart(day).AddDate(0, 0, (int(wd)+6)%7+7)
	default:
		if sc.futureContext(start) {
			day = day.AddDate(0, 0, diff)
		} else {
			day = day.AddDate(0, 0, -((7 - diff) % 7))
		}
	}
	return sc.emitDay(start, e, day, true)
}

func (sc *dateScanner) sentOf(k int) int32 {
	if !sc.ok(k) {
		return -1
	}
	return sc.tok(k).sent
}

type weekRel uint8

const (
	relNone weekRel = iota
	relPastStrict
	relNextStrict
	relThisWeek
	relLastWeek
	relNextWeek
)

// weekdayRelAt reads the marker after a weekday.
func (sc *dateScanner) weekdayRelAt(j int) (weekRel, int) {
	switch {
	case sc.is(j, "pekan", "minggu") && sc.is(j+1, "lalu", "kemarin"):
		return relLastWeek, j + 2
	case sc.is(j, "pekan", "minggu") && sc.is(j+1, "depan"):
		return relNextWeek, j + 2
	case sc.is(j, "pekan", "minggu") && sc.is(j+1, "ini"):
		return relThisWeek, j + 2
	case sc.is(j, "lalu", "kemarin"):
		return relPastStrict, j + 1
	case sc.is(j, "yang") && sc.is(j+1, "lalu"):
		return relPastStrict, j + 2
	case sc.is(j, "depan", "mendatang", "besok"):
		return relNextStrict, j + 1
	case sc.is(j, "ini"):
		return relThisWeek, j + 1
	}
	return relNone, j
}

// ----- months -----

// monthLedAt reads expressions that start with a month name: "Juli 2025",
// "Des '24", "April lalu", "September mendatang", "Januari-Juni 2025",
// "August 14, 2025" and a bare "Februari" where the context makes it a
// month. start is where the expression begins ("bulan", "awal").
func (sc *dateScanner) monthLedAt(start, i int) int {
	if e := sc.monthDayAt(start, i); e > start {
		return e
	}
	t := sc.tok(i)
	m := int(t.lx.month)
	j := i + 1
	if sc.isPunct(j, '.') && t.lx.abbr() && sc.adj(i) {
		if _, _, ok := sc.yearAfter(j + 1); ok {
			j++
		}
	}
	y, e, hasY := sc.yearAfter(j)
	if hasY && sc.isPunct(j, ',') {
		hasY = false
	}
	// a month range: "Januari-Juni 2025", "Januari hingga Juni 2025"
	rEnd := e
	if !hasY {
		rEnd = j
	}
	if k, ok := sc.rangeSepAfter(i, rEnd); ok && sc.ok(k) && sc.tok(k).lx.month != 0 && !sc.tok(k).lx.abbr() || ok && sc.ok(k) && sc.tok(k).lx.month != 0 && sc.yearFollows(k+1) {
		m2 := int(sc.tok(k).lx.month)
		y2, e2, hasY2 := sc.yearAfter(k + 1)
		if !hasY2 {
			e2 = k + 1
		}
		switch {
		case hasY && hasY2:
		case hasY2:
			y = y2
			if m2 < m {
				y--
			}
		case hasY:
			y2 = y
			if m2 < m {
				y2++
			}
		default:
			if !sc.hasRef || t.lx.abbr() {
				if t.lx.abbr() {
					return start
				}
				return sc.emit(start, e2, unresolved(Month))
			}
			a, _ := sc.nearestMonth(m, false, false)
			y, y2 = a.Year(), a.Year()
			if m2 < m {
				y2++
			}
		}
		a, b := sc.monthStart(y, m), sc.monthStart(y2, m2)
		if b.After(a) {
			return sc.emit(start, e2, span2(Month, a, b))
		}
	}
	if hasY {
		if sc.lawYear(e - 1) {
			return start
		}
		return sc.emit(start, e, point(Month, sc.monthStart(y, m)))
	}
	if t.lx.abbr() || !t.upper && start == i {
		return start
	}
	past, future, this, k := sc.relMarkerAt(j)
	if k == j && start == i && !sc.monthContext(i) {
		return start
	}
	if this {
		if !sc.hasRef {
			return sc.emit(start, k, unresolved(Month))
		}
		return sc.emit(start, k, point(Month, sc.monthStart(sc.today.Year(), m)))
	}
	if !past && !future && k == j && sc.futureContext(start) {
		future = int(t.lx.month) < int(sc.today.Month())
	}
	a, ok := sc.nearestMonth(m, past, future)
	if !ok {
		return sc.emit(start, k, unresolved(Month))
	}
	return sc.emit(start, k, point(Month, a))
}

func (sc *dateScanner) yearFollows(k int) bool {
	_, _, ok := sc.yearAfter(k)
	return ok
}

// monthWords make a following bare month name a month ("pada Februari",
// "sejak Maret"). Without one, a bare name may be a person's ("Mei").
var monthWords = newContextWords("pada", "sejak", "hingga", "sampai", "mulai", "per", "selama", "sepanjang",
	"jelang", "menjelang", "bulan", "awal", "akhir", "pertengahan", "medio", "penghujung", "di",
	"dalam", "sebelum", "setelah", "sesudah", "usai", "tiap", "setiap", "antara", "dan", "atau", "bulan-bulan")

// monthContext reports whether a bare month name at i reads as a month:
// after a temporal preposition, or standing apart from other capitalized
// words (and never "Mei", which is also a given name, without one).
func (sc *dateScanner) monthContext(i int) bool {
	if sc.isIn(i-1, monthWords()) {
		return true
	}
	if sc.is(i, "mei", "may", "juni", "juli", "april") {
		return false
	}
	prevName := i > 0 && sc.tok(i-1).kind == tokWord && sc.tok(i-1).upper && sc.tok(i-1).sent == sc.tok(i).sent
	nextName := sc.ok(i+1) && sc.tok(i+1).kind == tokWord && sc.tok(i+1).upper
	return !prevName && !nextName
}

// ----- words that start an expression -----

// keywordAt tries the rules that start with a keyword at i.
func (sc *dateScanner) keywordAt(i int) int {
	// The word is folded once and switched on, rather than compared with
	// each list in turn (sc.is). Only a word the lexicon knows comes
	// here; one outside ASCII is none of these, and folds to nothing.
	var buf [24]byte
	w, _ := foldASCII(buf[:0], sc.word(i))
	switch string(w) {
	case "pukul", "pkl", "pk", "jam", "sekitar", "sekira":
		return sc.clockExprAt(i)
	case "hari":
		return sc.hariAt(i)
	case "pekan", "minggu":
		return sc.pekanAt(i, i)
	case "bulan":
		return sc.bulanAt(i, i)
	case "tahun":
		return sc.tahunAt(i, i)
	case "awal", "akhir", "pertengahan", "medio", "penghujung", "pengujung":
		return sc.fuzzyAt(i)
	case "kuartal", "triwulan", "q", "tw", "semester", "paruh", "caturwulan", "h":
		return sc.periodAt(i, i)
	case "tanggal", "tgl":
		return sc.tanggalAt(i)
	case "lebih", "kurang":
		if sc.is(i+1, "dari") {
			return sc.countAt(i, i+2)
		}
	case "hampir":
		return sc.countAt(i, i+1)
	case "hut":
		return sc.anniversaryAt(i)
	}
	return sc.deicticAt(i)
}

// dayOffset records a day n days from the reference day, with the clock
// time that may follow ("nanti malam pukul 20.00 WIB"). pod is the part
// of day the words named ("malam"), used to read "pukul 8" as 20:00.
func (sc *dateScanner) dayOffset(i, j, n int, pod string) int {
	if !sc.hasRef {
		if td, k, ok := sc.dayTailAt(j); ok {
			return sc.emit(i, k, unresolved(td.a.g))
		}
		return sc.emit(i, j, unresolved(Day))
	}
	day := sc.today.AddDate(0, 0, n)
	if k, lead := sc.timeLeadAt(j); lead {
		if td, k2, ok := sc.timeTailAt(k, true); ok {
			if pod != "" && k2 > 0 {
				if h, e := sc.partOfDayForWord(pod, td.a.h); e {
					td.a.h = h
					if td.rng {
						td.b.h, _ = sc.partOfDayForWord(pod, td.b.h)
					}
				}
			}
			return sc.emit(i, k2, sc.atDay(day, td))
		}
	}
	return sc.emit(i, j, point(Day, day))
}

// partOfDayForWord applies a part of day named before a clock time.
func (sc *dateScanner) partOfDayForWord(pod string, h int) (int, bool) {
	switch pod {
	case "siang":
		if h < 11 {
			return h + 12, true
		}
	case "sore", "malam":
		if h >= 1 && h < 12 {
			return h + 12, true
		}
	}
	return h, false
}

// anchorOffset records a day n days from the last day mentioned
// ("keesokan harinya", "hari yang sama").
func (sc *dateScanner) anchorOffset(i, j, n int) int {
	if !sc.hasAnchor {
		return sc.emit(i, j, unresolved(Day))
	}
	return sc.emit(i, j, point(Day, sc.anchor.AddDate(0, 0, n)))
}

var partsOfDay = []string{"pagi", "siang", "sore", "malam", "petang", "subuh"}

// deicticAt reads the words that point at a day: "kemarin", "besok",
// "lusa", "tadi malam", "semalam", "dini hari tadi", "nanti malam",
// "malam ini", "keesokan harinya".
func (sc *dateScanner) deicticAt(i int) int {
	switch {
	case sc.is(i, "kemarin"):
		if sc.is(i+1, "lusa") {
			return sc.dayOffset(i, i+2, -2, "")
		}
		if sc.is(i+1, partsOfDay...) {
			return sc.dayOffset(i, i+2, -1, strings.ToLower(sc.word(i+1)))
		}
		return sc.dayOffset(i, i+1, -1, "")
	case sc.is(i, "besok"):
		if sc.is(i+1, "lusa") {
			return sc.dayOffset(i, i+2, 2, "")
		}
		if sc.is(i+1, partsOfDay...) {
			return sc.dayOffset(i, i+2, 1, strings.ToLower(sc.word(i+1)))
		}
		return sc.dayOffset(i, i+1, 1, "")
	case sc.is(i, "lusa"):
		return sc.dayOffset(i, i+1, 2, "")
	case sc.is(i, "esok"):
		if sc.is(i+1, "harinya") {
			return sc.anchorOffset(i, i+2, 1)
		}
		if sc.is(i+1, "hari") {
			return sc.dayOffset(i, i+2, 1, "")
		}
		if sc.is(i+1, partsOfDay...) {
			return sc.dayOffset(i, i+2, 1, strings.ToLower(sc.word(i+1)))
		}
		return sc.dayOffset(i, i+1, 1, "")
	case sc.is(i, "keesokan"):
		if sc.is(i+1, "harinya", "hari", "paginya", "siangnya", "sorenya", "malamnya") {
			return sc.anchorOffset(i, i+2, 1)
		}
	case sc.is(i, "semalam"):
		if sc.is(i-1, "selama") {
			return sc.emit(i, i+1, durationVal("P1D"))
		}
		return sc.dayOffset(i, i+1, -1, "malam")
	case sc.is(i, "tadi"):
		if sc.is(i+1, "malam") {
			return sc.dayOffset(i, i+2, -1, "malam")
		}
		if sc.is(i+1, "pagi", "siang", "sore", "petang", "subuh") {
			return sc.dayOffset(i, i+2, 0, strings.ToLower(sc.word(i+1)))
		}
	case sc.is(i, "nanti"):
		if sc.is(i+1, partsOfDay...) {
			return sc.dayOffset(i, i+2, 0, strings.ToLower(sc.word(i+1)))
		}
	case sc.is(i, "dini"):
		if sc.is(i+1, "hari") && sc.is(i+2, "tadi", "ini") {
			return sc.dayOffset(i, i+3, 0, "")
		}
	case sc.is(i, partsOfDay...):
		pod := strings.ToLower(sc.word(i))
		switch {
		case sc.is(i+1, "ini", "nanti"):
			return sc.dayOffset(i, i+2, 0, pod)
		case sc.is(i+1, "tadi"):
			if pod == "malam" {
				return sc.dayOffset(i, i+2, -1, pod)
			}
			return sc.dayOffset(i, i+2, 0, pod)
		case sc.is(i+1, "harinya"):
			return sc.anchorOffset(i, i+2, 0)
		}
	}
	return i
}

// hariAt reads expressions that start with "hari": "hari ini", "hari
// Kamis", "hari yang sama", "hari berikutnya".
func (sc *dateScanner) hariAt(i int) int {
	switch {
	case sc.is(i+1, "ini"):
		return sc.dayOffset(i, i+2, 0, "")
	case sc.ok(i+1) && sc.tok(i+1).lx.weekday != 0 && !sc.tok(i+1).lx.abbr():
		return sc.weekdayFrom(i, i+1)
	case sc.is(i+1, "yang") && sc.is(i+2, "sama"):
		return sc.anchorOffset(i, i+3, 0)
	case sc.is(i+1, "itu") && sc.is(i+2, "juga"):
		return sc.anchorOffset(i, i+3, 0)
	case sc.is(i+1, "itu") && sc.hasAnchor:
		return sc.anchorOffset(i, i+2, 0)
	case sc.is(i+1, "berikutnya", "setelahnya", "sesudahnya"):
		return sc.anchorOffset(i, i+2, 1)
	case sc.is(i+1, "sebelumnya"):
		return sc.anchorOffset(i, i+2, -1)
	}
	return i
}

// relOffsetAt reads "ini", "lalu", "kemarin", "depan", "mendatang" after
// "pekan", "bulan" or "tahun" and returns the offset in units.
func (sc *dateScanner) relOffsetAt(j int) (n, k int, ok bool) {
	switch {
	case sc.is(j, "ini"):
		return 0, j + 1, true
	case sc.is(j, "lalu", "kemarin", "silam"):
		return -1, j + 1, true
	case sc.is(j, "yang") && sc.is(j+1, "lalu"):
		return -1, j + 2, true
	case sc.is(j, "depan", "mendatang"):
		return 1, j + 1, true
	}
	return 0, j, false
}

// pekanAt reads "pekan ini", "minggu lalu", "pekan depan"; inside "awal
// pekan" (start < i) a bare "pekan" is this week.
func (sc *dateScanner) pekanAt(start, i int) int {
	n, k, ok := sc.relOffsetAt(i + 1)
	if !ok {
		if start == i {
			return start
		}
		k = i + 1
	}
	if !sc.hasRef {
		return sc.emit(start, k, unresolved(Week))
	}
	return sc.emit(start, k, point(Week, weekStart(sc.today).AddDate(0, 0, 7*n)))
}

// weekendAt reads "akhir pekan [ini|lalu|depan]" as Saturday-Sunday.
func (sc *dateScanner) weekendAt(start, i int) int {
	n, k, ok := sc.relOffsetAt(i + 1)
	if !sc.hasRef {
		return sc.emit(start, k, dval{g: Day, iv: true, unres: true})
	}
	if !ok {
		k = i + 1
		switch sc.today.Weekday() {
		case time.Friday, time.Saturday, time.Sunday:
		default:
			if !sc.futureContext(start) {
				n = -1
			}
		}
	}
	sat := weekStart(sc.today).AddDate(0, 0, 5+7*n)
	return sc.emit(start, k, span2(Day, sat, sat.AddDate(0, 0, 1)))
}

// bulanAt reads "bulan ini", "bulan depan", "bulan April", "bulan
// Ramadan"; inside "akhir bulan" a bare "bulan" is this month.
func (sc *dateScanner) bulanAt(start, i int) int {
	if sc.ok(i+1) && sc.tok(i+1).lx.month != 0 && !sc.tok(i+1).lx.abbr() {
		return sc.monthLedAt(start, i+1)
	}
	n, k, ok := sc.relOffsetAt(i + 1)
	if !ok {
		if start == i {
			return start
		}
		k = i + 1
	}
	if !sc.hasRef {
		return sc.emit(start, k, unresolved(Month))
	}
	return sc.emit(start, k, point(Month, sc.monthStart(sc.today.Year(), int(sc.today.Month())+n)))
}

// tahunAt reads "tahun ini", "tahun lalu", "tahun 2024 [lalu]", "tahun
// 90-an"; inside "akhir tahun" a bare "tahun" is this year.
func (sc *dateScanner) tahunAt(start, i int) int {
	if _, ok := sc.yearNum(i + 1); ok {
		return sc.yearAt(start, i+1)
	}
	if (sc.isPunct(i+1, '\'') || sc.isPunct(i+1, '’')) && sc.adj(i+1) {
		// "tahun '98"
		if yy, ok := sc.plainNum(i + 2); ok && sc.tok(i+2).ndig == 2 && !sc.adj(i+2) {
			return sc.emit(start, i+3, point(Year, sc.yearStart(sc.pivot(yy))))
		}
	}
	if yy, ok := sc.plainNum(i + 1); ok && sc.tok(i+1).ndig == 2 && yy%10 == 0 && sc.adj(i+1) {
		if sc.isPunct(i+2, '-') && sc.is(i+3, "an") {
			return sc.decade(start, i+4, 1900+yy)
		}
		if sc.is(i+2, "an") {
			return sc.decade(start, i+3, 1900+yy)
		}
	}
	n, k, ok := sc.relOffsetAt(i + 1)
	if !ok {
		if start == i {
			return start
		}
		k = i + 1
	}
	if !sc.hasRef {
		return sc.emit(start, k, unresolved(Year))
	}
	return sc.emit(start, k, point(Year, sc.yearStart(sc.today.Year()+n)))
}

// fuzzyAt reads "awal 2026", "akhir tahun ini", "pertengahan Agustus",
// "medio Juli", "awal pekan ini", "akhir bulan", and "akhir pekan" (the
// weekend). The value is that of the period the word narrows.
func (sc *dateScanner) fuzzyAt(i int) int {
	k := i + 1
	switch {
	case sc.is(i, "akhir") && sc.is(k, "pekan", "minggu") && !sc.tok(k).upper:
		return sc.weekendAt(i, k)
	case sc.is(k, "pekan", "minggu"):
		return sc.pekanAt(i, k)
	case sc.is(k, "bulan"):
		return sc.bulanAt(i, k)
	case sc.is(k, "tahun"):
		return sc.tahunAt(i, k)
	case sc.is(k, "kuartal", "triwulan", "semester", "q"):
		return sc.periodAt(i, k)
	case sc.ok(k) && sc.tok(k).lx.month != 0:
		return sc.monthLedAt(i, k)
	}
	if _, ok := sc.yearNum(k); ok {
		return sc.yearAt(i, k)
	}
	return i
}

// ordinalAt reads I-IV, 1-4, pertama-keempat or "ke-2" at j.
func (sc *dateScanner) ordinalAt(j int) (n, k int, ok bool) {
	if !sc.ok(j) {
		return 0, j, false
	}
	t := sc.tok(j)
	if t.kind == tokWord {
		switch sc.word(j) {
		case "I", "i":
			return 1, j + 1, true
		case "II", "ii":
			return 2, j + 1, true
		case "III", "iii":
			return 3, j + 1, true
		case "IV", "iv":
			return 4, j + 1, true
		}
		if t.lx.ord != 0 {
			return int(t.lx.ord), j + 1, true
		}
		if sc.is(j, "ke") && sc.isPunct(j+1, '-') {
			if v, ok := sc.plainNum(j + 2); ok && v >= 1 && v <= 4 {
				return v, j + 3, true
			}
		}
		return 0, j, false
	}
	if v, ok := sc.plainNum(j); ok && t.ndig == 1 && v >= 1 && v <= 4 {
		return v, j + 1, true
	}
	return 0, j, false
}

// yearSpecAt reads the year a period belongs to: "2025", "/2025",
// "-2025", "'25", "tahun 2025", "tahun ini", "tahun lalu". Without one
// the period is in the reference year (rel 0, explicit false).
func (sc *dateScanner) yearSpecAt(j int) (y int, k int, explicit bool, rel int) {
	if (sc.isPunct(j, '/') || sc.isPunct(j, '-')) && sc.adj(j) {
		if v, ok := sc.yearNum(j + 1); ok {
			return v, j + 2, true, 0
		}
		if v, ok := sc.plainNum(j + 1); ok && sc.tok(j+1).ndig == 2 {
			return sc.pivot(v), j + 2, true, 0
		}
	}
	if v, ok := sc.yearNum(j); ok {
		return v, j + 1, true, 0
	}
	if v, e, ok := sc.yearAfter(j); ok && !sc.isPunct(j, ',') && !sc.isPunct(j, '.') {
		return v, e, true, 0
	}
	if sc.is(j, "tahun") {
		if v, ok := sc.yearNum(j + 1); ok {
			return v, j + 2, true, 0
		}
		if n, e, ok := sc.relOffsetAt(j + 1); ok {
			return 0, e, false, n
		}
	}
	return 0, j, false, 0
}

// periodAt reads quarters and half-years: "kuartal II 2025", "triwulan I
// tahun lalu", "Q2 2025", "kuartal ketiga", "semester I/2025", "paruh
// pertama", "kuartal lalu".
func (sc *dateScanner) periodAt(start, i int) int {
	half := sc.is(i, "semester", "paruh", "h")
	cawu := sc.is(i, "caturwulan")
	j := i + 1
	var n int
	var ok bool
	if sc.is(i, "q", "h") {
		if !sc.adj(i) || sc.tok(i).start > 0 && sc.tok(i).start == sc.prevEnd(i) || !sc.tok(i).upper {
			return start
		}
		n, ok = sc.plainNum(j)
		if !ok || n < 1 || n > 4 || sc.tok(j).ndig != 1 {
			return start
		}
		j++
	} else {
		n, j, ok = sc.ordinalAt(j)
		if sc.is(i, "paruh") && (!ok || sc.tok(i+1).kind != tokWord || sc.tok(i+1).lx.ord == 0) {
			return start
		}
		if !ok {
			// "kuartal lalu", "kuartal ini", "semester depan"
			off, e, rok := sc.relOffsetAt(i + 1)
			if !rok || cawu {
				return start
			}
			if !sc.hasRef {
				return sc.emit(start, e, unresolved(Quarter))
			}
			if half {
				h := (int(sc.today.Month())-1)/6 + off
				a := sc.monthStart(sc.today.Year(), 6*h+1)
				return sc.emit(start, e, span2(Month, a, a.AddDate(0, 5, 0)))
			}
			q := (int(sc.today.Month())-1)/3 + off
			return sc.emit(start, e, point(Quarter, sc.monthStart(sc.today.Year(), 3*q+1)))
		}
	}
	if half && n > 2 || cawu && n > 3 {
		return start
	}
	y, e, explicit, rel := sc.yearSpecAt(j)
	if !explicit && e == j && sc.is(i, "h", "tw") {
		return start // "H1" and "TW II" only with a year
	}
	if !explicit {
		// "semester 5" of a student is no half-year: digits need a year
		if sc.tok(j-1).kind == tokNum && !sc.is(i, "q") {
			return start
		}
		if !sc.hasRef {
			return sc.emit(start, e, unresolved(Quarter))
		}
		y = sc.today.Year() + rel
	}
	switch {
	case half:
		a := sc.monthStart(y, 6*(n-1)+1)
		return sc.emit(start, e, span2(Month, a, a.AddDate(0, 5, 0)))
	case cawu:
		a := sc.monthStart(y, 4*(n-1)+1)
		return sc.emit(start, e, span2(Month, a, a.AddDate(0, 3, 0)))
	}
	return sc.emit(start, e, point(Quarter, sc.monthStart(y, 3*(n-1)+1)))
}

func (sc *dateScanner) prevEnd(i int) int32 {
	if i == 0 {
		return -1
	}
	return sc.tok(i - 1).end
}

// tanggalAt reads "tanggal 17 Agustus", "tgl. 01/09/25", "tanggal 1 bulan
// depan" and "tanggal 17" (a day of the reference month).
func (sc *dateScanner) tanggalAt(i int) int {
	k := i + 1
	if sc.isPunct(k, '.') {
		k++
	}
	if e := sc.dmyAt(k, k); e > k {
		return e
	}
	if e := sc.dayMonthAt(i, k); e > i {
		return e
	}
	d, ok := sc.dayNum(k)
	if !ok {
		return i
	}
	e := k + 1
	n := 0
	if sc.is(e, "bulan") {
		if off, e2, ok := sc.relOffsetAt(e + 1); ok {
			n, e = off, e2
		}
	}
	if !sc.hasRef {
		return sc.emit(i, e, unresolved(Day))
	}
	first := sc.monthStart(sc.today.Year(), int(sc.today.Month())+n)
	day, ok := sc.date(first.Year(), int(first.Month()), d)
	if !ok {
		return i
	}
	return sc.emitDay(i, e, day, true)
}

// ----- counts of time: "dua hari lalu", "tiga bulan lagi", "90 menit" -----

// ageWords before a count of years make it an age, which is not a point
// or period on the news timeline ("berusia 45 tahun").
var ageWords = newContextWords("berusia", "usia", "usianya", "umur", "umurnya", "berumur", "pria", "wanita",
	"perempuan", "bocah", "balita", "bayi", "remaja", "kakek", "nenek", "lansia", "gadis", "pemuda",
	"lelaki", "laki", "anak", "seusia", "sepuh", "janda", "duda", "ibu", "ayah", "bapak", "pelajar",
	"siswa", "siswi", "mahasiswa", "mahasiswi", "pemudi", "bujang", "kakak", "adik", "putra", "putri")

// countAt reads a count of a unit of time at i and what follows it:
// "lalu" (a point in the past), "lagi" or "mendatang" (in the future),
// "sebelumnya" or "kemudian" (from the last day mentioned), "terakhir" (a
// duration up to now), or nothing (a duration). start is where the
// expression begins ("lebih dari").
func (sc *dateScanner) countAt(start, i int) int {
	if !sc.ok(i) {
		return start
	}
	t := sc.tok(i)
	n, half, vague := 0, false, false
	u := noUnit
	j := i
	// The word cases test the kind before sc.is, which would find out
	// the same after its call: most counts start with a number.
	switch {
	case t.kind == tokWord && t.lx.isNum() && t.lx.unit != noUnit:
		n, u, j = 1, t.lx.unit, i+1
	case t.kind == tokWord && sc.is(i, "setengah"):
		half, j = true, i+1
	case t.kind == tokWord && t.lx.vague():
		vague, j = true, i+1
	case t.kind == tokWord && sc.is(i, berUnits...):
		// "bertahun-tahun"
		if !sc.isPunct(i+1, '-') || !sc.ok(i+2) || sc.tok(i+2).lx.unit == noUnit {
			return start
		}
		return sc.emit(start, i+3, durationVal(durationString(sc.tok(i+2).lx.unit, 0, false, true)))
	case t.kind == tokNum && t.amount:
		// only "N,5 UNIT"
		if v, ok := sc.numAt(i + 2); !ok || v != 5 || sc.tok(i+2).ndig != 1 || !sc.isPunct(i+1, ',') {
			return start
		}
		n, half, j = int(t.num), true, i+3
	default:
		var ok bool
		n, j, ok = sc.numberAt(i)
		if !ok {
			return start
		}
		if t.kind == tokNum && (t.ndig > 4 || sc.adj(i) && sc.ok(i+1) && sc.tok(i+1).kind == tokPunct && sc.tok(i+1).punct != ',' && sc.tok(i+1).punct != '.') {
			return start
		}
		if sc.is(j, "setengah") {
			half, j = true, j+1
		}
	}
	if u == noUnit {
		if !sc.ok(j) || sc.tok(j).lx.unit == noUnit || sc.tok(j).lx.isNum() {
			return start
		}
		// "Jam Gadang", "Minggu (10/8)": a capitalized unit word that
		// starts a name or is a weekday
		if sc.tok(j).upper && sc.is(j, "minggu") {
			return start
		}
		u = sc.tok(j).lx.unit
		j++
	}
	if sc.idContext(i - 1) {
		return start // "UU Nomor 1 Tahun 2025"
	}
	if _, ok := sc.yearNum(j); ok && u == unitYear {
		return start // "1 Tahun 2025" is no count of years
	}
	if i > 0 && sc.isPunct(i-1, '-') && sc.adj(i-1) && sc.is(i-2, "ke") {
		return start // "ke-80 tahun"
	}
	// what follows the count
	dir := 0 // -1 past, +1 future, 0 duration
	anchored := false
	e := j
	switch {
	case sc.is(j, "lalu", "silam"):
		dir, e = -1, j+1
	case sc.is(j, "yang") && sc.is(j+1, "lalu"):
		dir, e = -1, j+2
	case sc.is(j, "lagi", "mendatang"):
		dir, e = 1, j+1
	case sc.is(j, "sebelumnya"):
		dir, anchored, e = -1, true, j+1
	case sc.is(j, "sebelum") && sc.is(j+1, "itu", "nya"):
		dir, anchored, e = -1, true, j+2
	case sc.is(j, "setelah", "sesudah") && sc.is(j+1, "itu"):
		dir, anchored, e = 1, true, j+2
	case sc.is(j, "kemudian", "setelahnya", "sesudahnya", "berikutnya"):
		dir, anchored, e = 1, true, j+1
	case sc.is(j, "terakhir", "belakangan"):
		e = j + 1
	case sc.is(j, "ke") && sc.is(j+1, "depan", "belakang"):
		e = j + 2
	}
	if dir == 0 {
		if sc.ageContext(i, e) {
			return start
		}
		return sc.emit(start, e, durationVal(durationString(u, n, half, vague)))
	}
	g := unitGran(u)
	if vague || half || n > 5000 {
		return sc.emit(start, e, unresolved(g))
	}
	if anchored {
		if !sc.hasAnchor {
			return sc.emit(start, e, unresolved(g))
		}
		return sc.emit(start, e, sc.offsetFrom(sc.anchor, u, dir*n, true))
	}
	if !sc.hasRef {
		return sc.emit(start, e, unresolved(g))
	}
	return sc.emit(start, e, sc.offsetFrom(sc.ref.In(sc.loc), u, dir*n, false))
}

// ageContext reports whether a count of time at [i, e) is someone's age.
func (sc *dateScanner) ageContext(i, e int) bool {
	sent := sc.tok(i).sent
	for k := i - 1; k >= 0 && k >= i-3 && sc.tok(k).sent == sent; k-- {
		if sc.isIn(k, ageWords()) {
			return true
		}
	}
	if sc.isPunct(i-1, '(') && sc.isPunct(e, ')') {
		return true
	}
	return sc.is(e, "ke") && sc.is(e+1, "atas", "bawah")
}

func unitGran(u timeUnit) Granularity {
	switch u {
	case unitSecond:
		return Second
	case unitMinute:
		return Minute
	case unitHour:
		return Hour
	case unitDay:
		return Day
	case unitWeek:
		return Week
	case unitMonth:
		return Month
	}
	return Year
}

// offsetFrom moves from t by n units and returns the point at the unit's
// granularity. From an anchor day, weeks count as seven days.
func (sc *dateScanner) offsetFrom(t time.Time, u timeUnit, n int, fromDay bool) dval {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, sc.loc)
	switch u {
	case unitSecond:
		return point(Second, t.Truncate(time.Second).Add(time.Duration(n)*time.Second))
	case unitMinute:
		return point(Minute, t.Truncate(time.Minute).Add(time.Duration(n)*time.Minute))
	case unitHour:
		if fromDay {
			return point(Day, day)
		}
		h := time.Date(y, m, d, t.Hour(), 0, 0, 0, t.Location())
		return point(Hour, h.Add(time.Duration(n)*time.Hour))
	case unitDay:
		return point(Day, day.AddDate(0, 0, n))
	case unitWeek:
		if fromDay {
			return point(Day, day.AddDate(0, 0, 7*n))
		}
		return point(Week, weekStart(day).AddDate(0, 0, 7*n))
	case unitMonth:
		return point(Month, sc.monthStart(t.Year(), int(t.Month())+n))
	case unitDecade:
		return point(Year, sc.yearStart(t.Year()+10*n))
	}
	return point(Year, sc.yearStart(t.Year()+n))
}

// durationString writes a count of units as an ISO 8601 duration: "P3Y",
// "PT90M", "P18M" for a year and a half, "PXY" for a vague count.
func durationString(u timeUnit, n int, half, vague bool) string {
	letter, timePart := "", false
	switch u {
	case unitSecond:
		letter, timePart = "S", true
	case unitMinute:
		letter, timePart = "M", true
	case unitHour:
		letter, timePart = "H", true
	case unitDay:
		letter = "D"
	case unitWeek:
		letter = "W"
	case unitMonth:
		letter = "M"
	case unitYear:
		letter = "Y"
	case unitDecade:
		letter, n = "Y", n*10
	}
	p := "P"
	if timePart {
		p = "PT"
	}
	if vague {
		return p + "X" + letter
	}
	if half {
		switch u {
		case unitYear:
			return "P" + strconv.Itoa(n*12+6) + "M"
		case unitDecade:
			return "P" + strconv.Itoa(n+5) + "Y"
		case unitDay:
			return "PT" + strconv.Itoa(n*24+12) + "H"
		case unitHour:
			return "PT" + strconv.Itoa(n*60+30) + "M"
		case unitMinute:
			return "PT" + strconv.Itoa(n*60+30) + "S"
		}
		return p + strconv.Itoa(n) + ".5" + letter
	}
	return p + strconv.Itoa(n) + letter
}

// ----- holidays -----

// holidayAt reads a holiday name and the year that may follow it:
// "Hari Pahlawan", "Lebaran tahun ini", "Idul Adha 1446 H", "Ramadan 1446
// H", "Tahun Baru", "Natal".
func (sc *dateScanner) holidayAt(i int) int {
	if !sc.tok(i).lx.holiday() && !(sc.tok(i).kind == tokNum && sc.tok(i).num == 1) {
		return i
	}
	// The first word rules out nearly every holiday: it is folded once
	// and only the holidays it starts are tried. A word outside ASCII
	// (none starts a holiday) is left to sc.is.
	var buf [24]byte
	first, folded := append(buf[:0], '1'), true
	if sc.tok(i).kind == tokWord {
		first, folded = foldASCII(buf[:0], sc.word(i))
	}
	// The second word, folded the same way, rules out most of those
	// left: "hari" and "tahun" start many holidays, and are common.
	var buf2 [24]byte
	second, folded2 := []byte(nil), false
	if sc.ok(i+1) && sc.tok(i+1).kind == tokWord {
		second, folded2 = foldASCII(buf2[:0], sc.word(i+1))
	}
	for _, hi := range holidaysStartingWith(first, folded) {
		h := &holidays[hi]
		if folded2 && len(h.words) > 1 && h.words[1] != string(second) {
			continue
		}
		j := i
		for _, w := range h.words {
			if w == "1" {
				if n, ok := sc.plainNum(j); !ok || n != 1 {
					j = -1
					break
				}
			} else if !sc.is(j, w) {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		if len(h.words) == 1 && !sc.tok(i).upper && sc.tok(i).kind == tokWord {
			continue
		}
		if sc.is(i-1, "mandailing") {
			return i // Mandailing Natal is a regency
		}
		return sc.emitHoliday(i, j, h)
	}
	return i
}

// holidaysByFirst lists the indices of holidays by their first word, in
// the order of holidays. "hari" and "tahun" are common words that start
// holidays: holidayAt, reading one, tries the 20-odd holidays they start
// rather than comparing its word with each of the 58.
var holidaysByFirst = sync.OnceValue(func() map[string][]int {
	m := make(map[string][]int)
	for hi, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], hi)
	}
	return m
})

// everyHoliday is the indices of all holidays, in order.
var everyHoliday = sync.OnceValue(func() []int {
	all := make([]int, len(holidays))
	for hi := range all {
		all[hi] = hi
	}
	return all
})

// holidaysStartingWith returns the indices of the holidays whose first
// word may be first: those whose first word it is when it is folded (see
// foldASCII), and every holiday when it is not, whose words only
// sc.is compares.
func holidaysStartingWith(first []byte, folded bool) []int {
	if !folded {
		return everyHoliday()
	}
	return holidaysByFirst()[string(first)]
}

// foldASCII returns w in lower case, written into buf when it fits, and
// whether w is all ASCII (so that the lower-case form equals, byte for
// byte, every lower-case word that strings.EqualFold finds equal to w).
func foldASCII(buf []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return nil, false
		}
		buf = append(buf, lowerASCII(w[i]))
	}
	return buf, true
}

func (sc *dateScanner) emitHoliday(i, j int, h *holiday) int {
	e := j
	y, hijri, rel, hasRel := 0, 0, 0, false
	if v, ok := sc.plainNum(j); ok && sc.is(j+1, "h", "hijriah", "hijriyah") && v >= 1300 && v <= 1600 {
		hijri, e = v, j+2
	} else if v, ok := sc.yearNum(j); ok && h.table != nil && v >= 1300 && v <= 1600 {
		hijri, e = v, j+1 // "Tahun Baru Islam 1447"
	} else if v, ok := sc.yearNum(j); ok {
		y, e = v, j+1
	} else if sc.is(j, "tahun") {
		if n, k, ok := sc.relOffsetAt(j + 1); ok {
			rel, hasRel, e = n, true, k
		}
	}
	// "Lebaran lalu", "Natal mendatang": the latest on or before the
	// reference day, or the next after it
	past, future := false, false
	if e == j {
		past, future, _, e = sc.relMarkerAt(j)
	}
	var dates []holidayDate
	switch {
	case h.table != nil:
		dates = *h.table
	default:
		if hijri != 0 {
			return i
		}
	}
	// the year asked for
	switch {
	case hasRel:
		if !sc.hasRef {
			return sc.emit(i, e, unresolved(Day))
		}
		y = sc.today.Year() + rel
	case y == 0 && hijri == 0 && !sc.hasRef:
		return sc.emit(i, e, unresolved(Day))
	}
	if h.table == nil {
		var day time.Time
		if y != 0 {
			if h.eve {
				y--
			}
			day, _ = sc.date(y, h.month, h.day)
		} else {
			day, _ = sc.nearestYear(h.month, h.day, past, future)
		}
		return sc.emit(i, e, point(Day, day))
	}
	var best *holidayDate
	var bestDist time.Duration
	for k := range dates {
		hd := &dates[k]
		switch {
		case hijri != 0:
			if hd.hijri == hijri {
				best = hd
			}
		case y != 0:
			if hd.y == y {
				best = hd
			}
		default:
			t, _ := sc.date(hd.y, hd.m, hd.d)
			if past && t.After(sc.today) || future && t.Before(sc.today) {
				continue
			}
			dist := t.Sub(sc.today)
			if dist < 0 {
				dist = -dist
			}
			// beyond the table's years the nearest entry is not the one
			if dist < 200*24*time.Hour && (best == nil || dist < bestDist) {
				best, bestDist = hd, dist
			}
		}
	}
	if best == nil {
		return sc.emit(i, e, unresolved(Day))
	}
	a, _ := sc.date(best.y, best.m, best.d)
	if h.endTable != nil {
		for _, end := range *h.endTable {
			if end.hijri == best.hijri && best.hijri != 0 {
				b, _ := sc.date(end.y, end.m, end.d)
				return sc.emit(i, e, span2(Day, a, b.AddDate(0, 0, -1)))
			}
		}
		return sc.emit(i, e, unresolved(Day))
	}
	return sc.emit(i, e, point(Day, a))
}

// anniversaryAt reads "HUT RI ke-80", "HUT ke-80 Kemerdekaan RI", "HUT
// TNI ke-80": the founding date of a known body plus the count.
func (sc *dateScanner) anniversaryAt(i int) int {
	var base *anniversary
	n := 0
	j := i + 1
	for steps := 0; steps < 6 && sc.ok(j); steps++ {
		switch {
		case sc.is(j, "ke") && sc.isPunct(j+1, '-') && sc.adj(j) && sc.ok(j+2) && sc.tok(j+2).kind == tokNum:
			n = int(sc.tok(j + 2).num)
			j += 3
			continue
		case sc.tok(j).kind == tokWord && sc.tok(j).upper:
			found := false
			for k := range anniversaries {
				if sc.is(j, anniversaries[k].org) {
					if base == nil {
						base = &anniversaries[k]
					}
					found = true
				}
			}
			if found {
				j++
				continue
			}
		}
		break
	}
	if base == nil || n == 0 {
		return i
	}
	day, ok := sc.date(base.y+n, base.m, base.d)
	if !ok {
		return i
	}
	return sc.emit(i, j, point(Day, day))
}

package berita

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A form is one name form of the article, folded for case ("Kim Jong Un"
// and "Kim jong Un" are one form with two spellings).
type form struct {
	key     string   // lower-cased, words joined by single spaces
	words   []string // the words of key
	spelled []string // the spellings seen, in order
	votes   typeVotes[float64]
	tagged  typeVotes[int] // the tagger's votes alone
	gaz     []int32        // gazetteer entries it is a form of
	// midSentence counts candidates not at a sentence start
	midSentence int
	body        int // mentions in paragraphs
	first       int // index of the first candidate
	parent      *form
	cluster     *cluster // of a root form, once buildClusters has run
	outlet      bool     // the article's outlet
	// claimed says unionPartNames joined the form to a fuller one
	claimed  bool
	dateline bool
	// defined says the form stands without a mention of its own: an
	// acronym defined in parentheses, a credit, the outlet or dateline.
	defined bool
}

func (f *form) root() *form {
	for f.parent != nil {
		if f.parent.parent != nil {
			f.parent = f.parent.parent
		}
		f = f.parent
	}
	return f
}

func union(a, b *form) {
	ra, rb := a.root(), b.root()
	if ra == rb {
		return
	}
	// the earlier form stays the root, so clusters keep first-mention order
	if rb.first < ra.first {
		ra, rb = rb, ra
	}
	rb.parent = ra
}

// typeVotes holds a weight per entity type. An array indexed by type,
// not a map: every form carries two, and forms are made per candidate.
type typeVotes[N int | float64] [3]N

// voteTypes are the types of typeVotes, in the order typeOf prefers them
// on a tie.
var voteTypes = [3]EntityType{Person, Organization, Location}

func (v *typeVotes[N]) add(t EntityType, w N) {
	switch t {
	case Person:
		v[0] += w
	case Organization:
		v[1] += w
	case Location:
		v[2] += w
	}
}

func (v *typeVotes[N]) of(t EntityType) N {
	switch t {
	case Person:
		return v[0]
	case Organization:
		return v[1]
	case Location:
		return v[2]
	}
	return 0
}

// A cluster is one entity: all the forms of one referent.
type cluster struct {
	forms    []*form
	typ      EntityType
	name     string
	mentions []Mention
	gaz      *gazEntry
	// n counts forms or mentions while their lists are carved from one
	// array
	n int
}

// lowerToKey writes name lower-cased to key, of its length, and says
// whether that is the name's key: whether name is ASCII without
// apostrophes or white space other than single spaces between words. It
// tests every byte appendFoldKey takes for white space, '\t' to '\r',
// where isFoldKey tests tab and new line only. When it says no, key is
// written only in part.
func lowerToKey(key []byte, name string) bool {
	key = key[:len(name)]
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf || c == '\'' || c == '`' || '\t' <= c && c <= '\r':
			return false
		case c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return false
		}
		key[i] = lowerASCII(c)
	}
	return true
}

// foldKey lower-cases s, drops apostrophes ("Ma'ruf" and "Maruf" are
// one spelling) and joins its words with single spaces.
func foldKey(s string) string {
	if isFoldKey(s) {
		return s
	}
	return string(appendFoldKey(nil, s))
}

// isFoldKey says whether s is its own key: ASCII without capitals,
// apostrophes, tabs, new lines or doubled, leading or trailing spaces.
func isFoldKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\'' || c == '`' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// appendFoldKey appends the key of s (see foldKey) to buf, so that a
// look-up by key needs no string of its own.
func appendFoldKey(buf []byte, s string) []byte {
	if isFoldKey(s) {
		return append(buf, s...)
	}
	// most names are ASCII, and their capitals all that differs from
	// their key: it is written lower-cased as it is checked
	start := len(buf)
	buf = slices.Grow(buf, len(s))[:start+len(s)]
	if lowerToKey(buf[start:], s) {
		return buf
	}
	buf, space := buf[:start], false
	if isASCII(s) {
		// the same, a byte at a time: unicode.IsSpace holds for these
		// bytes only, and unicode.ToLower is lowerASCII on them
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c == '\'' || c == '`':
			case isSpaceASCII(c):
				space = len(buf) > start
			default:
				if space {
					buf = append(buf, ' ')
					space = false
				}
				buf = append(buf, lowerASCII(c))
			}
		}
		return buf
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '`' || r == '’' || r == '‘':
			continue
		case unicode.IsSpace(r):
			space = len(buf) > start
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// formOf returns the form of s, making it when new.
func (x *entityFinder) formOf(s string, cand int) *form {
	x.key = appendFoldKey(x.key[:0], s)
	f := x.forms[string(x.key)]
	if f == nil {
		k := s
		if !isFoldKey(s) {
			k = x.keyString(x.key)
		}
		f = x.newForm(k)
		f.first = cand
		f.gaz = x.gaz.lookup(s)
		x.forms[k] = f
		x.order = append(x.order, f)
	}
	if !slices.Contains(f.spelled, s) {
		f.spelled = append(f.spelled, s)
	}
	return f
}

// keyString returns key as a string carved from x.keys: an article
// makes a key per form, and one buffer holds them all. A Builder never
// changes what it has written, so the strings stay as they are.
func (x *entityFinder) keyString(key []byte) string {
	if x.keys.Cap()-x.keys.Len() < len(key) {
		x.keys.Reset()
		x.keys.Grow(max(1024, len(key)))
	}
	start := x.keys.Len()
	x.keys.Write(key)
	return x.keys.String()[start:]
}

// newForm makes a form of key k. Forms and their words are carved from
// chunks: an article makes dozens of each. group sizes the first chunk.
func (x *entityFinder) newForm(k string) *form {
	if len(x.formChunk) == cap(x.formChunk) {
		x.formChunk = make([]form, 0, 16)
	}
	x.formChunk = append(x.formChunk, form{key: k})
	f := &x.formChunk[len(x.formChunk)-1]
	if cap(x.wordChunk)-len(x.wordChunk) < 16 {
		x.wordChunk = make([]string, 0, 128)
	}
	// a key holds no space but ASCII ones (foldKey drops the others):
	// its words are split a byte at a time, with no decoding
	start := len(x.wordChunk)
	for i := 0; i < len(k); {
		for i < len(k) && isSpaceASCII(k[i]) {
			i++
		}
		j := i
		for j < len(k) && !isSpaceASCII(k[j]) {
			j++
		}
		if j > i {
			x.wordChunk = append(x.wordChunk, k[i:j])
		}
		i = j
	}
	f.words = x.wordChunk[start:len(x.wordChunk):len(x.wordChunk)]
	// and room for the first spelling: most forms have one
	if len(x.wordChunk) == cap(x.wordChunk) {
		x.wordChunk = make([]string, 0, 128)
	}
	n := len(x.wordChunk)
	f.spelled = x.wordChunk[n : n : n+1]
	x.wordChunk = x.wordChunk[:n+1]
	return f
}

// isSpaceASCII says whether c is an ASCII space, as unicode.IsSpace would.
func isSpaceASCII(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// group sorts the candidates' forms into clusters.
func (x *entityFinder) group() {
	x.forms = reuseMap(x.forms, &x.formsMade, len(x.cands))
	// a form per candidate at most, but for short forms; the chunk is
	// handed on to articles of a like size
	want := len(x.cands) + 4
	x.formChunk = reuse(x.spareForms, want)
	x.spareForms = x.formChunk
	// and so are their words and first spellings, a few per form
	x.wordChunk = reuse(x.spareWords, 4*want)
	x.spareWords = x.wordChunk
	x.order = reuse(x.spareOrder, want)
	x.spareOrder = x.order
	if x.a.Outlet != "" {
		f := x.formOf(x.a.Outlet, -2)
		f.votes.add(Organization, 3)
		f.outlet, f.defined = true, true
	}
	if x.a.Dateline != "" {
		f := x.formOf(x.a.Dateline, -1)
		f.votes.add(Location, 3)
		f.dateline, f.defined = true, true
	}
	for i := range x.cands {
		c := &x.cands[i]
		f := x.formOf(c.form, i)
		c.f = f
		f.defined = f.defined || c.noAt
		if c.typ != "" {
			f.votes.add(c.typ, 1)
			f.tagged.add(c.typ, 1)
		}
		if !c.sentStart {
			f.midSentence++
		}
		if c.titled {
			f.votes.add(Person, 2)
			f.tagged.add(Person, 1)
		}
		if c.at.Field == FieldParagraph && !c.noAt {
			f.body++
		}
		if c.short != "" {
			s := x.formOf(c.short, i)
			s.defined = true
			if c.typ != "" {
				s.votes.add(c.typ, 0.5)
			}
			union(f, s)
		}
	}
	for _, f := range x.order {
		for _, id := range f.gaz {
			e := &x.gaz.entries[id]
			w := 2.0
			if e.kind == "ner" || e.kind == "company" {
				w = 1
			}
			f.votes.add(e.typ, w)
		}
	}
	x.unionGazetteer()
	x.unionNicknames()
	x.unionPartNames()
	x.unionShortGivenNames()
	x.unionMisspellings()
	x.buildClusters()
}

// unionGazetteer joins forms that the gazetteer lists for one entity:
// "AS" and "Amerika Serikat", "Korut" and "Korea Utara".
func (x *entityFinder) unionGazetteer() {
	x.byID = reuseMap(x.byID, &x.byIDMade, len(x.order))
	byID := x.byID
	for _, f := range x.order {
		for _, id := range f.gaz {
			if g := byID[id]; g != nil {
				union(g, f)
			} else {
				byID[id] = f
			}
		}
	}
}

// unionNicknames joins the names of "Suryana alias Yayan alias Gepeng":
// two candidates of one field with only "alias" between them.
func (x *entityFinder) unionNicknames() {
	for i := 1; i < len(x.cands); i++ {
		a, b := &x.cands[i-1], &x.cands[i]
		if a.noAt || b.noAt || a.at.Field != b.at.Field || a.at.Index != b.at.Index || b.at.Start < a.at.End {
			continue
		}
		text := fieldText(x.a, a.at.Field, a.at.Index)
		between := strings.TrimSpace(text[a.at.End:b.at.Start])
		if between == "alias" || between == ", alias" {
			union(a.f, b.f)
		}
		// Joko "Jokowi" Widodo: a nickname in quotes inside a name
		if i+1 < len(x.cands) && isOpenQuote(between) && a.typ == Person {
			c := &x.cands[i+1]
			if c.noAt || c.at.Field != b.at.Field || c.at.Index != b.at.Index || c.at.Start < b.at.End {
				continue
			}
			if isCloseQuote(strings.TrimSpace(text[b.at.End:c.at.Start])) && !strings.Contains(a.form, " ") && startsUpper(c.form) {
				full := x.formOf(a.form+" "+c.form, i-1)
				full.defined = true
				full.votes.add(Person, 2)
				full.tagged.add(Person, 1)
				for _, f := range []*form{a.f, b.f, c.f} {
					union(full, f)
				}
			}
		}
	}
}

func isOpenQuote(s string) bool  { return s == "\"" || s == "“" || s == "'" || s == "‘" }
func isCloseQuote(s string) bool { return s == "\"" || s == "”" || s == "'" || s == "’" }

// typeOf is the type a form's votes give.
func typeOf(votes typeVotes[float64]) EntityType {
	best, bestV := EntityType(""), 0.0
	for i, t := range voteTypes {
		if v := votes[i]; v > bestV {
			best, bestV = t, v
		}
	}
	return best
}

// unionPartNames joins a short form to the fuller form it is part of: a
// person's surname or given name ("Putin", "Vladimir Putin"), a name
// without its head word ("Demokrat", "Partai Demokrat"; "Pertamina",
// "PT Pertamina"), and an acronym of a name's initials.
func (x *entityFinder) unionPartNames() {
	// the forms of two words or more, the fullest first; a form of one
	// word has no part to join
	long := reuse(x.spareLong, len(x.order))
	for _, f := range x.order {
		if len(f.words) >= 2 {
			long = append(long, f)
		}
	}
	x.spareLong = long
	slices.SortStableFunc(long, func(a, b *form) int { return cmp.Compare(len(b.words), len(a.words)) })
	// keys are built in x.key, so that a look-up allocates nothing
	try := func(f *form, key []byte, want EntityType) {
		g := x.forms[string(key)]
		if g == nil || g == f || g.claimed || isTitleKey(g.key) {
			return
		}
		// a surname may be a place name too ("Badrodin Haiti"): then the
		// tagger's reading of the short form decides
		personRead := want == Person && g.tagged.of(Person) > g.tagged.of(Location)+g.tagged.of(Organization)
		if gt := typeOf(g.votes); gt != want && gt != "" && (want != Person || len(g.gaz) > 0) && !personRead {
			return
		}
		if len(g.gaz) > 0 && len(f.gaz) > 0 && !sharesID(f.gaz, g.gaz) && !personRead {
			return
		}
		g.claimed = true
		union(f, g)
	}
	for _, f := range long {
		switch t := typeOf(f.votes); t {
		case Person:
			// "Putin", "Vladimir": the first or last words
			for n := len(f.words) - 1; n >= 1; n-- {
				x.key = appendWords(x.key[:0], f.words[:n])
				try(f, x.key, t)
				x.key = appendWords(x.key[:0], f.words[len(f.words)-n:])
				try(f, x.key, t)
			}
		case Organization, Location:
			heads := orgHeads
			if t == Location {
				heads = placeHeads
			}
			if i, j := withoutHead(f.words, heads); i < j {
				x.key = appendWords(x.key[:0], f.words[i:j])
				try(f, x.key, t)
			}
			// "Jalan Thamrin" for "Jalan M.H. Thamrin": the same first
			// and last word with words left out between
			if len(f.words) > 2 {
				for n := 2; n < len(f.words); n++ {
					x.key = appendWords(append(x.key[:0], f.words[0]...), f.words[len(f.words)-n+1:])
					try(f, x.key, t)
				}
			}
			if t == Organization {
				x.key = appendInitials(x.key[:0], f.spelled[0])
				try(f, x.key, t)
			}
		}
	}
}

// appendWords appends words to buf, each after a space when buf is not
// empty: the key of a run of a form's words.
func appendWords(buf []byte, words []string) []byte {
	for _, w := range words {
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// unionShortGivenNames joins a one-word short form of a person's given
// name to the person ("Alex", "Alexander Marwata") when the article names
// one person only whose given name it opens and it is no known name of
// its own.
func (x *entityFinder) unionShortGivenNames() {
	// the persons of two words or more, once: votes stay as they are here
	var persons []*form
	for _, f := range x.order {
		if len(f.words) >= 2 && typeOf(f.votes) == Person {
			persons = append(persons, f)
		}
	}
	if len(persons) == 0 {
		return
	}
	for _, g := range x.order {
		if len(g.words) != 1 || g.root() != g || len(g.gaz) > 0 || isTitleKey(g.key) || utf8.RuneCountInString(g.key) < 3 ||
			typeOf(g.votes) != Person && typeOf(g.votes) != "" {
			continue
		}
		var person *form
		n := 0
		for _, f := range persons {
			if len(f.words[0]) <= len(g.key) || !strings.HasPrefix(f.words[0], g.key) {
				continue
			}
			if person == nil || f.root() != person.root() {
				n++
			}
			person = f
		}
		if n == 1 && person.root() != g {
			union(person, g)
		}
	}
}

func isTitleKey(k string) bool { return personTitles[k] }

func sharesID(a, b []int32) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// withoutHead returns the words long[i:j] that remain of long without its
// leading head words (heads) and a company's "PT", "Tbk" and
// "(Persero)"; i == j when there are none to drop or nothing is left. It
// returns a range, not a key: the key is built only to be looked up.
func withoutHead(long []string, heads map[string]bool) (i, j int) {
	i, j = 0, len(long)
	for i < j && (heads[long[i]] || long[i] == "pt") {
		i++
	}
	for j > i && (long[j-1] == "tbk" || long[j-1] == "(persero)" || long[j-1] == "persero") {
		j--
	}
	if i == 0 && j == len(long) {
		return 0, 0
	}
	return i, j
}

// appendInitials appends to buf, lower-cased, the capitals that start the
// words of name: "kpk" for "Komisi Pemberantasan Korupsi"; it appends
// nothing when there are fewer than two.
func appendInitials(buf []byte, name string) []byte {
	start, n := len(buf), 0
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			n++
		}
	}
	if n < 2 {
		return buf[:start]
	}
	return buf
}

// unionMisspellings joins forms of the same number of words that differ
// by one edit (two in long names), unless the gazetteer knows both as
// different entities: "Valdimir Putin" and "Vladimir Putin".
func (x *entityFinder) unionMisspellings() {
	if len(x.order) > 500 {
		return // no quadratic work on pathological input
	}
	sketches := reuse(x.spareSketches, len(x.order))[:len(x.order)]
	x.spareSketches = sketches
	for i, f := range x.order {
		sk := &sketches[i]
		sk.runes, sk.words, sk.first = int32(utf8.RuneCountInString(f.key)), int16(min(len(f.words), 1<<15-1)), 0
		if f.key != "" {
			sk.first = f.key[0]
		}
	}
	// a misspelling keeps the first letter: each form is linked to the
	// next one of its first byte, so that the loop below visits only
	// those pairs, in the order of all pairs, where it tried every pair
	var latest [256]int32 // 1 + the first form of each first byte from i on
	for i := len(sketches) - 1; i >= 0; i-- {
		sk := &sketches[i]
		sk.next = latest[sk.first] - 1
		latest[sk.first] = int32(i) + 1
	}
	for i, f := range x.order {
		a := sketches[i]
		n := int(a.runes)
		if n < 5 {
			continue
		}
		for j := int(a.next); j >= 0; j = int(sketches[j].next) {
			b := sketches[j]
			m := int(b.runes)
			if b.words != a.words || m < 5 || abs(m-n) > 2 {
				continue
			}
			g := x.order[j]
			if len(g.words) != len(f.words) || f.root() == g.root() {
				continue
			}
			if len(f.gaz) > 0 && len(g.gaz) > 0 {
				continue
			}
			limit := 1
			if min(n, m) >= 10 {
				limit = 2
			}
			// every word but one must match, so that "Jawa Barat" and
			// "Jawa Timur" stay apart
			if len(f.words) > 1 && diffWords(f.words, g.words) > 1 {
				continue
			}
			if osaDistance(f.key, g.key, limit) <= limit {
				union(f, g)
			}
		}
	}
}

// formSketch is what tells most pairs of forms apart in
// unionMisspellings, side by side: the loop over the pairs reads no form
// for them.
type formSketch struct {
	runes int32
	next  int32 // the next form of the same first byte, or -1
	words int16
	first byte
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func diffWords(a, b []string) int {
	d := 0
	for i := range a {
		if a[i] != b[i] {
			d++
		}
	}
	return d
}

// osaDistance is the optimal string alignment distance of a and b (edits,
// counting a swap of neighbours as one), or limit+1 once it exceeds limit.
func osaDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > limit {
		return limit + 1
	}
	// three rows; a name's fit on the stack
	var arr [3 * 32]int
	n := len(rb) + 1
	rows := arr[:]
	if 3*n > len(arr) {
		rows = make([]int, 3*n)
	}
	prev2, prev, cur := rows[:n:n], rows[n:2*n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// buildClusters makes one cluster per root form and gives it a type and a
// name.
func (x *entityFinder) buildClusters() {
	// the clusters, and the lists of their forms, are carved from one
	// array each
	roots := 0
	for _, f := range x.order {
		if f.parent == nil {
			roots++
		}
	}
	chunk := reuse(x.spareClusters, roots)
	x.spareClusters = chunk
	x.clusters = reuse(x.spareRoots, roots+4) // rescan may add a few
	x.spareRoots = x.clusters
	for _, f := range x.order {
		r := f.root()
		if r.cluster == nil {
			if len(chunk) == cap(chunk) {
				chunk = make([]cluster, 0, 8) // not to move the clusters made
			}
			chunk = append(chunk, cluster{})
			r.cluster = &chunk[len(chunk)-1]
			x.clusters = append(x.clusters, r.cluster)
		}
		r.cluster.n++
	}
	all := reuse(x.spareFormPtrs, len(x.order))[:len(x.order)]
	x.spareFormPtrs = all
	for _, c := range x.clusters {
		c.forms, all = all[:0:c.n], all[c.n:]
	}
	for _, f := range x.order {
		c := f.root().cluster
		c.forms = append(c.forms, f)
	}
	for _, c := range x.clusters {
		var votes typeVotes[float64]
		for _, f := range c.forms {
			for t, v := range f.votes {
				votes[t] += v
			}
			if c.gaz == nil && len(f.gaz) > 0 {
				c.gaz = &x.gaz.entries[f.gaz[0]]
			}
		}
		c.typ = typeOf(votes)
		if c.onlySentenceStart() {
			c.typ = "" // a capitalized word opening one sentence, never seen again
		}
		c.name = x.chooseName(c)
	}
}

// onlySentenceStart says whether the cluster is one word that opens
// sentences only and is a common word or the head of a longer name
// ("Ikatan", "Badan"), which no list knows as a name on its own.
func (c *cluster) onlySentenceStart() bool {
	if len(c.forms) != 1 {
		return false
	}
	f := c.forms[0]
	w := f.spelled[0]
	return len(f.words) == 1 && f.midSentence == 0 && len(f.gaz) == 0 && !f.defined && !isAllUpper(w) &&
		(isCommonWord(w) || wordClass(w) != "")
}

// chooseName picks the fullest form of a cluster: a written-out name over
// an acronym, proper capitals over other spellings, more words over fewer,
// the spelling the body uses most over a misspelling in a caption.
func (x *entityFinder) chooseName(c *cluster) string {
	type choice struct {
		s      string
		f      *form
		spellI int
	}
	if len(c.forms) == 1 && len(c.forms[0].spelled) == 1 {
		return finishName(c, c.forms[0].spelled[0]) // nothing to choose from
	}
	rank := func(ch choice) [5]int {
		r := [5]int{}
		if !isAllUpper(ch.s) {
			r[0] = 1
		}
		if properCase(ch.s) {
			r[1] = 1
		}
		r[2] = len(ch.f.words)
		r[3] = ch.f.body
		r[4] = -ch.spellI
		return r
	}
	// the first spelling unless a later one ranks higher
	var best choice
	var bestRank [5]int
	for _, f := range c.forms {
		for i, s := range f.spelled {
			ch := choice{s, f, i}
			if r := rank(ch); best.f == nil || slices.Compare(r[:], bestRank[:]) > 0 {
				best, bestRank = ch, r
			}
		}
	}
	return finishName(c, best.s)
}

// finishName writes name, the chosen spelling of c, as the gazetteer or
// c's type says: a known place's full name, a known spelling, a person's
// name out of capitals.
func finishName(c *cluster, name string) string {
	if g := c.gaz; g != nil {
		switch {
		case (g.kind == "country" || g.kind == "region" || g.kind == "province") && isAbbreviation(name, g):
			name = g.name // "AS" is "Amerika Serikat", "Korsel" "Korea Selatan"
		default:
			for _, s := range g.forms {
				if strings.EqualFold(s, name) && !isAllUpper(s) {
					name = s // "REUTERS" is "Reuters"
					break
				}
			}
		}
	}
	if c.typ == Person && isAllUpper(name) && strings.Contains(name, " ") {
		name = titleCaseName(name)
	}
	return name
}

// isAbbreviation says whether name is a short form of g's name: in
// capitals ("AS") or one short word where g's name has several ("Korsel",
// "Jabar").
func isAbbreviation(name string, g *gazEntry) bool {
	if isAllUpper(name) {
		return true
	}
	return !strings.Contains(name, " ") && utf8.RuneCountInString(name) <= 6 && strings.Contains(g.name, " ") &&
		!strings.EqualFold(name, g.en)
}

// properCase says whether every word of s starts with a capital and is not
// all capitals beyond an acronym's length.
func properCase(s string) bool {
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !connective[w] {
			return false
		}
	}
	return true
}

// connective are the lower-case words allowed inside a proper name.
var connective = setOf("dan", "untuk", "dari", "di", "ke", "of", "and", "for", "the", "de", "van", "der", "bin", "binti", "al", "el", "la", "le", "da", "dos", "von", "y")

// titleCaseName writes "IRWAN RISMAWAN" as "Irwan Rismawan".
func titleCaseName(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}

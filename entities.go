package berita

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// findEntities fills a.Entities with the people, organizations and places
// named in the title, captions and paragraphs, one Entity per real-world
// referent, in the order of first mention.
//
// It works in three steps. The tagger (tagger.go) and the gazetteer find
// candidate names in the captions and paragraphs; credit lines are split at
// their slashes. The candidates' forms are then grouped into entities: an
// acronym defined in parentheses, a surname or given name of a fuller
// person name, a case variant, a one-letter misspelling or a known alias
// (gazetteer) joins the entity of the fuller form. Last, the title and the
// rest of the text are scanned again for forms already known, which finds
// names in headlines (where every word is capitalized) and names the
// tagger missed.
func findEntities(a *Article) {
	x := newEntityFinder(a)
	defer x.release()
	x.splitFields()
	// news prose holds about one name per 75 bytes: room for most
	// articles' candidates at once
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Text)
	}
	want := n/64 + 16
	x.cands = reuse(x.spareCands, want)
	for i, im := range a.Images {
		// a caption written like a headline is read like the title,
		// in rescan: its capitals say nothing
		if !headlineCased(im.Caption) {
			x.scanField(FieldCaption, i, im.Caption)
		}
	}
	for i, p := range a.Paragraphs {
		x.scanField(FieldParagraph, i, p.Text)
	}
	for _, im := range a.Images {
		x.scanCredit(im.Credit)
	}
	x.group()
	x.rescan()
	a.Entities = x.entities()
}

// A candidate is one mention of a name found in the text.
type candidate struct {
	at   Span
	noAt bool // found outside the fields (a credit line): no span
	// credit says a credit line gave the candidate
	credit bool
	form   string // the name as written, without a defined acronym or clitic
	// short is an acronym or short form defined in parentheses right after
	// the name ("Korea Utara (Korut)").
	short string
	typ   EntityType // as the tagger or a rule says; "" when unsure
	// titled says a person's title or role came right before the name.
	titled bool
	// f is the form of the name, once group has run
	f *form
	// sentStart says the name opens a sentence, where a capital proves
	// nothing.
	sentStart bool
}

type entityFinder struct {
	a     *Article
	gaz   *gazetteer
	model *model
	fx    featurizer
	cands []candidate
	entityBuffers
	// the tokens of each field, split once: scanField and rescan both
	// read them
	titleToks []token
	capToks   [][]token
	paraToks  [][]token
	// the field scanField reads
	text string
	toks []token

	// the result of group: forms in order (x.forms has them by folded
	// key), and clusters of forms
	order    []*form
	clusters []*cluster
	// what newForm carves forms and their words from
	formChunk []form
	wordChunk []string
	keys      strings.Builder // what keyString carves keys from
}

// entityBuffers are the buffers of an entityFinder, which findEntities
// hands on from one article to the next (see spareFinders).
type entityBuffers struct {
	// what the word lists say of the tokens of the field scanField reads
	// (see fact)
	words []wordFacts
	// scratch of scanField and rescan
	covered []bool
	taken   []int
	tags    []uint8
	buf     []byte
	key     []byte // for form keys
	// sortMentions' copy of a run of mentions, cleared when handed on:
	// they point into the text
	mentionBuf []Mention
	// what splitFields carves the fields' tokens from
	arena []token
	// the arrays of the candidates and of group's first forms and words, cleared
	// when handed on: they point into the text
	spareCands []candidate
	spareForms []form
	spareWords []string
	// and group's lists of forms and clusters, cleared when handed on,
	// and rescan's lists of spans
	spareClusters []cluster
	spareFormPtrs []*form
	spareOrder    []*form
	spareLong     []*form
	spareRoots    []*cluster
	spareSketches []formSketch
	spareSpans    []Span
	spareCovered  [][]Span
	spareCounts   []int
	spareFound    []foundMention
	// entities' indices of the clusters, by first mention
	byMention []int32
	// group's and rescan's maps, cleared when handed on; made says for
	// how many entries each was made (see reuseMap)
	forms                map[string]*form
	known                map[string]known
	byID                 map[int32]*form
	formsMade, knownMade int
	byIDMade             int
}

// spareFinders holds entityFinders that are done. A Parse needs one for
// each article, and a new one would make its buffers, and its
// featurizer's, again to the size of the article, a dozen arrays: most
// of what the stage allocates besides the entities it returns.
var spareFinders sync.Pool

// newEntityFinder returns an entityFinder for a: one that is done, if
// there is one.
func newEntityFinder(a *Article) *entityFinder {
	x, ok := spareFinders.Get().(*entityFinder)
	if !ok {
		x = &entityFinder{gaz: loadGazetteer(), model: loadModel()}
	}
	x.a = a
	return x
}

// release hands x on; x may not be used after. What points into the
// article is let go or cleared: the buffers keep no candidate, form or
// mention, and wordFacts point into the word lists only. (The
// featurizer's entries, which reset clears as it hands them out, still
// point into the text until the next article resets them; the pool
// drops what it holds within two garbage collections.)
//
// A buffer may hold four times what an article uses and a thousand
// elements more (see keepBuffer), all of them zero when handed on: only
// what this article wrote is cleared, the first elements of each array.
func (x *entityFinder) release() {
	// scanField clears the candidates it drops, and an array that
	// append grew is zero past its length
	x.spareCands = x.cands
	clear(x.spareCands)
	clear(x.spareForms[:usedOf(x.spareForms, x.formChunk)])
	clear(x.spareWords[:usedOf(x.spareWords, x.wordChunk)])
	// a cluster is carved for each of the first clusters at most
	clear(x.spareClusters[:min(cap(x.spareClusters), len(x.clusters))])
	// these are the lists themselves, of the length written
	clear(x.spareFormPtrs)
	clear(x.spareLong)
	clear(x.spareFound)
	clear(x.spareOrder[:usedOf(x.spareOrder, x.order)])
	clear(x.spareRoots[:usedOf(x.spareRoots, x.clusters)])
	clear(x.byID)
	clear(x.mentionBuf[:cap(x.mentionBuf)])
	clear(x.forms)
	clear(x.known)
	x.a, x.text, x.toks, x.cands, x.titleToks = nil, "", nil, nil, nil
	x.fx.text, x.fx.toks = "", nil
	// the lists that may have outgrown the buffers above
	x.order, x.clusters, x.formChunk, x.wordChunk = nil, nil, nil, nil
	spareFinders.Put(x)
}

// scanField finds the candidates in one field.
func (x *entityFinder) scanField(f Field, index int, text string) {
	if text == "" {
		return
	}
	first := len(x.cands)
	toks := x.tokens(f, index)
	x.text, x.toks = text, toks
	x.words = slices.Grow(x.words[:0], len(toks))[:len(toks)]
	clear(x.words)
	x.fx.reset(text, toks)
	x.tags = x.model.tag(&x.fx, x.tags)
	tags := x.tags
	// a capitalized word right after a person's name goes on with it:
	// "Kim Jong Un"
	for i := nextTagged(tags, 0) + 1; i < len(toks); i = nextTagged(tags, i) + 1 {
		if (tags[i-1] == tagBPer || tags[i-1] == tagIPer) && tags[i] != tagBPer && !isInside(tags[i]) && toks[i].kind == wordToken &&
			(i+1 == len(toks) || !isInside(tags[i+1])) && !isAllUpper(text[toks[i].start:toks[i].end]) &&
			toks[i-1].end < toks[i].start && toks[i].upper {
			tags[i] = tagIPer
		}
	}
	// and a capitalized word right before one opens it, when it is no
	// title, common word, day or known place, nor the body an office
	// heads ("Ketua Baznas Hasan Basri"): "(BI) Perry Warjiyo"
	for i := prevTagged(tags, len(toks)-1); i > 0; i = prevTagged(tags, i-1) {
		if tags[i] != tagBPer || tags[i-1] != tagO || toks[i-1].end >= toks[i].start || !capWord(toks[i-1]) ||
			i > 1 && x.listed(i-2, inBodyRoles) {
			continue
		}
		w := text[toks[i-1].start:toks[i-1].end]
		if isAllUpper(w) || x.titleWord(i-1, i+1) || x.common(i-1) || x.calendar(i-1) || len(x.gaz.lookup(w)) > 0 {
			continue
		}
		tags[i-1], tags[i] = tagBPer, tagIPer
	}
	officeBeforeBody(text, toks, tags)
	x.preferGazetteer(text, toks, tags)
	x.keepCountryInBody(text, toks, tags)
	bridgeNames(text, toks, tags)
	joinDefinitions(text, toks, tags)
	x.covered = slices.Grow(x.covered[:0], len(toks))[:len(toks)]
	clear(x.covered)
	covered := x.covered
	for i := nextTagged(tags, 0); i < len(toks); i = nextTagged(tags, i+1) {
		j := i + 1
		for j < len(toks) && isInside(tags[j]) && tags[j] == insideOf(tags[i]) {
			j++
		}
		if x.addSpan(f, index, text, toks, i, j, tagTypes[tags[i]]) {
			for k := i; k < j; k++ {
				covered[k] = true
			}
		}
		i = j - 1
	}
	// names in the gazetteer that the tagger missed; the featurizer's
	// array is held as a slice of toks' length, so that the loop loads
	// neither it nor its bounds for every token
	gaz := x.fx.gaz[:len(toks)]
	for i := 0; i < len(toks); i++ {
		// a word outside the featurizer's known names starts none (see
		// match), and most words are such: told first, from its array
		if gaz[i] == 0 || covered[i] || toks[i].kind != wordToken {
			continue
		}
		lower := !toks[i].upper
		if lower && toks[i].end-toks[i].start < 6 {
			continue // short words are no safe lower-case names
		}
		n, ids := x.match(i)
		if n == 0 || slices.Contains(covered[i:i+n], true) || lower && strings.EqualFold(text[toks[i].start:toks[i].end], "inggris") {
			continue // nor is "bahasa inggris"
		}
		e := &x.gaz.entries[ids[0]]
		if !gazTrusted(e.kind) || (n == 1 && toks[i].sentStart && isAllLower(e.forms[0])) {
			continue
		}
		// a known name inside a longer run of capitalized words is left
		// to the run: "Kabinet Indonesia Maju", "Divisi Humas Polri"
		if !lower && (i > 0 && !covered[i-1] && capWord(toks[i-1]) && toks[i-1].end < toks[i].start && !x.calendar(i-1) ||
			i+n < len(toks) && !covered[i+n] && capWord(toks[i+n]) && !x.calendar(i+n)) {
			continue
		}
		// "bursa saham malaysia": a country written in lower case is
		// still the country, when the word is its full name
		if lower && (e.kind != "country" || !strings.EqualFold(text[toks[i].start:toks[i+n-1].end], e.name) && !strings.EqualFold(text[toks[i].start:toks[i+n-1].end], e.en)) {
			continue
		}
		if x.addSpan(f, index, text, toks, i, i+n, e.typ) {
			for k := i; k < i+n; k++ {
				covered[k] = true
			}
		}
		i += n - 1
	}
	// runs of capitalized words inside a sentence that the tagger left out
	for i := 0; i < len(toks); i++ {
		if !capWord(toks[i]) || covered[i] {
			continue
		}
		j := i + 1
		for j < len(toks) && !covered[j] {
			if capWord(toks[j]) {
				j++
			} else if j+1 < len(toks) && !covered[j+1] && capWord(toks[j+1]) && isBridge(text, toks, i, j) {
				j += 2
			} else {
				break
			}
		}
		x.addRun(f, index, text, toks, i, j)
		i = j - 1
	}
	x.scanCreditsIn(f, index, text, toks, first)
	x.joinDefinedCandidates(f, index, text, first)
}

// splitFields splits every field into tokens, once for scanField and
// rescan, carving them out of one array, and sizes the per-field scratch
// for the longest.
func (x *entityFinder) splitFields() {
	n := 0
	eachField(x.a, func(_ Field, _ int, text string) { n += len(text)/5 + 4 }) // splitTokens' estimate
	// the array is handed on from article to article, but made anew
	// when it is too small or far too large, so that a small article
	// after a large one keeps no large array
	arena := reuse(x.arena, n)
	x.arena = arena
	x.capToks = reuse(x.capToks, len(x.a.Images))[:len(x.a.Images)]
	x.paraToks = reuse(x.paraToks, len(x.a.Paragraphs))[:len(x.a.Paragraphs)]
	most := 0
	eachField(x.a, func(f Field, index int, text string) {
		toks := splitTokens(text, arena[len(arena):])
		if cap(toks) == cap(arena)-len(arena) {
			arena = arena[:len(arena)+len(toks)] // split in place
		}
		toks = toks[:len(toks):len(toks)] // no append runs into the next field
		switch f {
		case FieldTitle:
			x.titleToks = toks
		case FieldCaption:
			x.capToks[index] = toks
		case FieldParagraph:
			x.paraToks[index] = toks
		}
		most = max(most, len(toks))
	})
	x.words = slices.Grow(x.words[:0], most)
	x.covered = slices.Grow(x.covered[:0], most)
	x.taken = slices.Grow(x.taken[:0], most)
}

// tokens returns the tokens of field f.
func (x *entityFinder) tokens(f Field, index int) []token {
	switch f {
	case FieldTitle:
		return x.titleToks
	case FieldCaption:
		return x.capToks[index]
	case FieldParagraph:
		return x.paraToks[index]
	}
	return nil
}

// joinDefinedCandidates merges a candidate for an organization or place
// with the candidate right after it in parentheses, its acronym or short
// form, into one mention ("Komisi Pemberantasan Korupsi (KPK)"), as
// joinDefinitions does for the tagger's tags.
func (x *entityFinder) joinDefinedCandidates(f Field, index int, text string, first int) {
	cs := x.cands[first:]
	// mostly in order already; sorting moves nothing then, as no two
	// start together. (A candidate is a hundred bytes: the test reads
	// the starts in place, where a comparison function is handed copies.)
	sorted := true
	for i := 1; i < len(cs) && sorted; i++ {
		sorted = cs[i-1].at.Start < cs[i].at.Start
	}
	if !sorted {
		slices.SortFunc(cs, func(a, b candidate) int { return cmp.Compare(a.at.Start, b.at.Start) })
	}
	// the kept candidates move down in place, where copies of each were
	// made and appended
	out := 0
	for i := 0; i < len(cs); i++ {
		c := &cs[i]
		if out != i {
			cs[out] = *c
			c = &cs[out]
		}
		out++
		if i+1 < len(cs) && c.typ != Person && c.short == "" {
			d := &cs[i+1]
			between := ""
			if d.at.Start >= c.at.End {
				between = text[c.at.End:d.at.Start]
			}
			if (between == " (" || between == "(") && strings.HasPrefix(text[d.at.End:], ")") &&
				(d.typ == c.typ || isAllUpper(d.form)) && d.short == "" {
				c.short = d.form
				c.at.End = d.at.End + 1
				i++
			}
		}
	}
	// the candidates dropped are cleared, so that release need clear
	// no more than the candidates kept
	clear(x.cands[first+out:])
	x.cands = x.cands[:first+out]
}

// isStrictlySorted says whether s is in increasing order by cmp, with no
// two equal: then any sort leaves it as it is.
func isStrictlySorted[E any](s []E, cmp func(a, b E) int) bool {
	for i := 1; i < len(s); i++ {
		if cmp(s[i-1], s[i]) >= 0 {
			return false
		}
	}
	return true
}

// preferGazetteer lets a known name of two or more words that the
// gazetteer trusts win over the tagger's cut: "Kementerian Badan Usaha
// Milik Negara" is one name, not two. An organization the tagger starts
// just before it takes it in ("Timnas Korea Selatan").
func (x *entityFinder) preferGazetteer(text string, toks []token, tags []uint8) {
	gaz := x.fx.gaz[:len(toks)] // held, as in scanField
	for i := 0; i < len(toks); i++ {
		// a word outside the featurizer's known names starts none (see
		// match): told first, from its array
		if gaz[i] == 0 || toks[i].kind != wordToken || !toks[i].upper {
			continue
		}
		n, ids := x.match(i)
		if n < 2 || !gazTrusted(x.gaz.entries[ids[0]].kind) {
			continue
		}
		end := i + n
		if isInside(tags[i]) && i > 0 && tagTypes[tags[i-1]] == Organization {
			// inside a longer organization already: keep it, and take
			// in the rest of the known name
			for k := i; k < end; k++ {
				tags[k] = tagIOrg
			}
		} else if i > 0 && tags[i] == tagO && tagTypes[tags[i-1]] == Organization && wordClass(text[toks[i-1].start:toks[i-1].end]) == "orghead" {
			for k := i; k < end; k++ {
				tags[k] = tagIOrg
			}
		} else {
			b := uint8(tagBLoc)
			switch x.gaz.entries[ids[0]].typ {
			case Person:
				b = tagBPer
			case Organization:
				b = tagBOrg
			}
			tags[i] = b
			for k := i + 1; k < end; k++ {
				tags[k] = b + 1
			}
		}
		if end < len(tags) && isInside(tags[end]) {
			tags[end] = tags[end] - 1 // what follows starts a name of its own
			if tagTypes[tags[end]] != tagTypes[tags[end-1]] {
				tags[end] = insideOf(tags[end]) - 1
			}
		}
		i = end - 1
	}
}

// bridgeNames carries an organization or place name over what the tagger
// cut it at: a number or a Roman numeral ("Detasemen Khusus 88 Anti
// Teror", "Jl Balai Rakyat VIII"), an English connective ("Institute for
// Development of Economics & Finance"), "dan" after a head word
// ("Departemen Energi dan Sumber Daya Mineral"), the full stop of an
// initial ("Jalan M.H. Thamrin"), and a capitalized common word
// ("Detasemen Khusus").
func bridgeNames(text string, toks []token, tags []uint8) {
	// a body's head word takes in the name after it: "Kabinet Indonesia
	// Maju", "Timnas Jepang"; and a body's name runs on into the acronym
	// of the body above it: "Divisi Humas Polri"
	for i := nextTagged(tags, 1); i < len(toks); i = nextTagged(tags, i+1) {
		if isInside(tags[i]) || toks[i-1].end == toks[i].start {
			continue
		}
		prevWord := text[toks[i-1].start:toks[i-1].end]
		switch {
		case tags[i-1] == tagO && capWord(toks[i-1]) && bodyHeads.has(prevWord) && tagTypes[tags[i]] != Person:
			tags[i-1] = tagBOrg
		case tags[i-1] != tagO && tagTypes[tags[i-1]] == Organization && tags[i] == tagBOrg && startsBody(text, toks, tags, i-1):
		default:
			continue
		}
		k := i
		for ; k < len(toks) && (k == i || isInside(tags[k]) || tags[k] == tagO && capWord(toks[k])); k++ {
			tags[k] = tagIOrg
		}
		i = k - 1
	}
	headStart := -1
	for i := nextTagged(tags, 0) + 1; i < len(toks); i = nextTagged(tags, i) + 1 {
		prev := tags[i-1]
		if !isInside(prev) {
			headStart = i - 1
		}
		typ := tagTypes[prev]
		if tags[i] != tagO || typ == Person && text[toks[i].start] != '.' {
			continue
		}
		w := text[toks[i].start:toks[i].end]
		nextCap := i+1 < len(toks) && capWord(toks[i+1]) && toks[i+1].start > toks[i].end-1
		ok := false
		switch {
		case isRoman(w) && toks[i].start > toks[i-1].end:
			ok = true
		case toks[i].kind == numberToken && len(w) <= 4 && nextCap && !strings.ContainsAny(w, "./,:"):
			ok = true
		case englishConnective.has(w) && nextCap:
			ok = true
		case capWord(toks[i]) && typ != Person && englishConnective.has(text[toks[i-1].start:toks[i-1].end]):
			ok = true // the tagger kept the connective but stopped after it
		case w == "dan" && nextCap && headStart >= 0 && wordClass(text[toks[headStart].start:toks[headStart].end]) == "orghead":
			ok = true
		case w == "." && nextCap && toks[i].start == toks[i-1].end && isInitial(text[toks[i-1].start:toks[i-1].end]):
			ok = true
		case capWord(toks[i]) && typ != Person && isCommonWord(w) && !toks[i].sentStart && toks[i].start > toks[i-1].end:
			ok = true
		}
		if !ok {
			continue
		}
		in := insideOf(prev)
		tags[i] = in
		if capWord(toks[i]) {
			continue // a capitalized common word bridges only itself
		}
		// the capitalized words after the bridge join the name, and so
		// does a name the tagger started there
		for k := i + 1; k < len(toks) && capWord(toks[k]); k++ {
			tags[k] = in
			i = k
		}
	}
}

// isBridge says whether token j, inside a run of capitalized words that
// started at i, carries the name on: a number, a Roman numeral, an English
// connective, "dan" after a head word, the full stop of an initial.
func isBridge(text string, toks []token, i, j int) bool {
	w := text[toks[j].start:toks[j].end]
	switch {
	case toks[j].kind == numberToken:
		return len(w) <= 4 && !strings.ContainsAny(w, "./,:") && wordClass(text[toks[i].start:toks[i].end]) != ""
	case englishConnective.has(w):
		return true
	case w == "dan":
		return wordClass(text[toks[i].start:toks[i].end]) == "orghead"
	case w == ".":
		return j > i && toks[j].start == toks[j-1].end && isInitial(text[toks[j-1].start:toks[j-1].end])
	}
	return false
}

// startsBody says whether the name whose tag ends at token i opens with
// one of bodyHeads.
func startsBody(text string, toks []token, tags []uint8, i int) bool {
	for i > 0 && isInside(tags[i]) {
		i--
	}
	return bodyHeads.has(text[toks[i].start:toks[i].end])
}

// bodyHeads are the head words of organizations that are named after
// what they serve or belong to ("Bank Indonesia", "Divisi Humas Polri").
var bodyHeads = listOf("partai", "kementerian", "kemenko", "departemen", "badan", "komisi", "lembaga", "dewan",
	"majelis", "mahkamah", "pengadilan", "kejaksaan", "kepolisian", "bank", "universitas", "institut", "yayasan",
	"asosiasi", "persatuan", "ikatan", "serikat", "federasi", "organisasi", "kabinet", "timnas", "detasemen",
	"direktorat", "dinas", "divisi", "biro", "satuan", "kedutaan", "konsulat")

var englishConnective = listOf("of", "for", "and", "&", "the", "de", "on", "in")

// isRoman says whether w is a Roman numeral up to 39 ("VIII", "XII").
func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// isInitial says whether w is an initial or dotted initials ("M", "M.H").
func isInitial(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return startsUpper(w)
	}
	for p := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(p) != 1 || !startsUpper(p) {
			return false
		}
	}
	return true
}

// joinDefinitions makes an organization or place and the acronym defined
// in parentheses right after it one name, as the NER sets write it:
// "Komisi Pemberantasan Korupsi (KPK)". The acronym is one to three
// capitalized words.
func joinDefinitions(text string, toks []token, tags []uint8) {
	for i := nextTagged(tags, 0) + 1; i+2 < len(toks); i = nextTagged(tags, i) + 1 {
		prev := tags[i-1]
		if tagTypes[prev] == Person || text[toks[i].start] != '(' {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 4 && toks[j].kind == wordToken && toks[j].upper {
			j++
		}
		if j == i+1 || j >= len(toks) || text[toks[j].start] != ')' {
			continue
		}
		inner := tags[i+1]
		if inner != tagO && tagTypes[inner] != tagTypes[prev] && !isAllUpper(text[toks[i+1].start:toks[j-1].end]) {
			continue
		}
		for k := i; k <= j; k++ {
			tags[k] = insideOf(prev)
		}
		i = j
	}
}

// commonPhrase says whether tokens [i, j) are only common words, the
// first no head of an organization or place name: "Ledakan", "Harga Saham
// Gabungan" are no names, "Bank Dunia" is. Acronyms and words the
// gazetteer knows are never common.
func (x *entityFinder) commonPhrase(i, j int) bool {
	text, toks := x.text, x.toks
	if j-i > 1 && x.class(i) != "" {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind == wordToken && (!x.common(k) || isAllUpper(x.word(k))) {
			return false
		}
	}
	return len(x.gaz.lookup(text[toks[i].start:toks[j-1].end])) == 0
}

// isCalendarWord says whether w names a day or a month.
func isCalendarWord(w string) bool {
	return calendarWords.get().has(w)
}

// calendarWords are the keys of monthNames and weekdayNames in one list:
// one look-up per word.
var calendarWords = newLazy(func() *wordList {
	var words []string
	for w := range monthNames {
		words = append(words, w)
	}
	for w := range weekdayNames {
		words = append(words, w)
	}
	return listOf(words...)
})

// nextTagged returns the index of the first token from i on whose tag is
// not O, or len(tags). Nine tokens in ten are tagged O, and the rules'
// passes over the tags, which look at the others only, skip them eight at
// a time: tagO is 0.
func nextTagged(tags []uint8, i int) int {
	for i+8 <= len(tags) && binary.LittleEndian.Uint64(tags[i:]) == 0 {
		i += 8
	}
	for i < len(tags) && tags[i] == tagO {
		i++
	}
	return i
}

// prevTagged returns the index of the last token up to i whose tag is not
// O, or -1: nextTagged going back.
func prevTagged(tags []uint8, i int) int {
	for i >= 7 && binary.LittleEndian.Uint64(tags[i-7:]) == 0 {
		i -= 8
	}
	for i >= 0 && tags[i] == tagO {
		i--
	}
	return i
}

// tagO is 0, which nextTagged and prevTagged read eight tags at a time for.
var _ = [1]struct{}{}[tagO]

// capWord says whether t is a word that starts with a capital letter.
func capWord(t token) bool {
	return t.kind == wordToken && t.upper
}

// addRun takes a run of capitalized words [i, j) that the tagger did not
// tag as a candidate when, without titles and a capitalized common word
// opening a sentence, something name-like is left; the tagger's scores
// give its type.
func (x *entityFinder) addRun(f Field, index int, text string, toks []token, i, j int) {
	if j == i+1 && toks[i].sentStart && x.common(i) {
		return // a lone common word opening a sentence (what follows drops it too)
	}
	// titles, days and months at the end are no part of the name:
	// "Divisi Humas Polri Irjen Pol", "Jepang Senin"
	for j > i && (x.titleWord(j-1, j) || x.calendar(j-1)) {
		j--
	}
	stripped := false
	for i < j {
		if x.titleWord(i, j) {
			stripped = true
		} else if !toks[i].sentStart || !x.common(i) {
			break
		}
		i++
	}
	// the portfolio after an office: "Direktur Pelaksana Bank Dunia"
	for stripped && j-i > 1 && x.common(i) && x.class(i) == "" {
		i++
	}
	for j-i == 1 && x.common(j-1) {
		j--
	}
	if i >= j || stopNames.has(text[toks[i].start:toks[j-1].end]) {
		return
	}
	allCommon := true
	for k := i; k < j && allCommon; k++ {
		allCommon = x.common(k)
	}
	if allCommon && x.class(i) == "" {
		return
	}
	// a head word says the type better than the tagger's guess, which
	// is then not asked for
	typ := byScores
	switch x.class(i) {
	case "orghead":
		typ = Organization
	case "placehead":
		typ = Location
	}
	x.addSpan(f, index, text, toks, i, j, typ)
}

// byScores, given to addSpan as the type, has it type the span by the
// tagger's scores over the tokens it was given (model.runType), once it
// keeps the span: a quarter of the runs addRun hands on are no name, and
// the scores are the dearest of addSpan's tests.
const byScores EntityType = "(scores)"

// isCountry says whether one of the gazetteer entries ids is a country.
func isCountry(g *gazetteer, ids []int32) bool {
	for _, id := range ids {
		if g.entries[id].kind == "country" {
			return true
		}
	}
	return false
}

// gazTrusted says which gazetteer lists are safe to take on their own,
// without the tagger: their names rarely double as common words.
func gazTrusted(kind string) bool {
	switch kind {
	case "country", "region", "province", "city", "party", "agency", "body", "supranational":
		return true
	}
	return false
}

// addSpan turns tokens [i, j) of text into a candidate after trimming
// titles, clitics and a defined acronym; it reports whether it kept one.
// typ is the candidate's type, or byScores.
func (x *entityFinder) addSpan(f Field, index int, text string, toks []token, i, j int, typ EntityType) bool {
	ri, rj := i, j // the tokens byScores reads
	typeOf := func() EntityType {
		if typ == byScores {
			typ = x.model.runType(&x.fx, ri, rj)
		}
		return typ
	}
	titled := false
	// leading titles and roles ("Presiden", "Irjen Pol") are not the name
	stripped := false
	headRole := i > 0 && x.listed(i-1, inBodyRoles)
	for i < j && toks[i].kind == wordToken && x.titleWord(i, j) {
		titled = x.listed(i, inHonorifics)
		headRole = x.listed(i, inBodyRoles)
		i++
		stripped = true
	}
	// and the portfolio after an office: "Menteri Keuangan RI Sri Mulyani",
	// "Direktur Pelaksana Bank Dunia" (a head word such as "Bank" stays)
	for stripped && j-i > 1 && toks[i].kind == wordToken && x.common(i) && x.class(i) == "" {
		i++
	}
	// lower-case words at the edges are no part of a name ("Amur timur
	// jauh", "antara Putin"), unless the name is one such word ("detikcom")
	for j-i > 1 && (toks[i].kind == punctToken || !toks[i].upper && toks[i].kind == wordToken) {
		i++
	}
	for j-i > 1 && (toks[j-1].kind == punctToken && text[toks[j-1].start] != ')' || toks[j-1].kind == wordToken && !toks[j-1].upper) {
		j--
	}
	if i >= j || toks[i].kind == punctToken {
		return false
	}
	// a country opening a longer span is a name of its own when what
	// follows is a person or an acronym: "Rusia Vladimir Putin", "Korut
	// KCNA"; a country closing a place is one too: "Kursk Rusia"
	if j-i > 1 {
		n, ids := x.match(i)
		whole := n
		if n > 0 && n < j-i && whole < j-i && isCountry(x.gaz, ids) && capWord(toks[i+n]) {
			x.addSpan(f, index, text, toks, i, i+n, Location)
			return x.addSpan(f, index, text, toks, i+n, j, byScores)
		}
		for k := i + 1; k < j && whole < j-i && k == i+1 && !isAllUpper(text[toks[i].start:toks[i].end]); k++ {
			n, ids := x.match(k)
			if n == j-k && isCountry(x.gaz, ids) && x.class(i) == "" && typeOf() != Person {
				x.addSpan(f, index, text, toks, i, k, Location)
				return x.addSpan(f, index, text, toks, k, j, Location)
			}
		}
	}
	if i > 0 && toks[i-1].kind == wordToken && x.listed(i-1, inHonorifics) {
		titled = true
	}
	// "kata Haiti": who speaks is a person
	if i > 0 && toks[i-1].kind == wordToken && x.listed(i-1, inSpeechVerbs) && j-i <= 3 {
		titled = true
	}
	// a passive verb ends a name: "Senen Ditangkap Polisi"
	for k := i + 1; k < j; k++ {
		if toks[k].kind == wordToken && isPassiveVerb(text[toks[k].start:toks[k].end]) {
			j = k
			break
		}
	}
	start, end := toks[i].start, toks[j-1].end
	formEnd := end
	short := ""
	// "Komisi Pemberantasan Korupsi (KPK)": the acronym is a second form
	if j-i >= 4 && text[toks[j-1].start] == ')' {
		k := j - 2
		for k > i && text[toks[k].start] != '(' {
			k--
		}
		if k > i && k < j-2 {
			short = text[toks[k+1].start:toks[j-2].end]
			formEnd = toks[k-1].end
		}
	} else if text[toks[j-1].start] == ')' {
		end = toks[j-2].end
		formEnd = end
	}
	// clitics glued with a hyphen: "Putin-pun", "Jokowi-lah"
	if trimmed := trimClitic(text[start:formEnd]); len(trimmed) < formEnd-start {
		formEnd = start + len(trimmed)
		if short == "" {
			end = formEnd
		}
	}
	form := text[start:formEnd]
	if !nameLike(form) || x.commonPhrase(i, j) || (j-i == 1 || short == "") && notAName(x.gaz, form) {
		return false
	}
	// "DPRK-Rusia": two known names joined by a hyphen are two mentions
	if j-i == 1 && short == "" && strings.Count(form, "-") == 1 {
		l, r, _ := strings.Cut(form, "-")
		if startsUpper(l) && startsUpper(r) && len(x.gaz.lookup(l)) > 0 && len(x.gaz.lookup(r)) > 0 {
			x.addCandidate(f, index, text, start, start+len(l), l, "", "", false)
			x.addCandidate(f, index, text, start+len(l)+1, formEnd, r, "", "", false)
			return true
		}
	}
	if x.listed(i, inNonNameHeads) {
		return false
	}
	// a head word says the type: "Tentara Merah Soviet", "Gedung DPR";
	// so does the office before one word: "Ketua Duma"
	switch {
	case j-i >= 2 && x.class(i) == "orghead":
		typ = Organization
	case j-i >= 2 && x.class(i) == "placehead":
		typ = Location
	case j-i == 1 && headRole && !titled && len(x.gaz.lookup(form)) == 0:
		typ = Organization
	}
	// an office over a police unit is no one: "Kasat Samapta"
	if typeOf() == Person && x.listed(j-1, inPoliceUnits) {
		return false
	}
	x.addCandidate(f, index, text, start, end, form, short, typ, titled)
	x.cands[len(x.cands)-1].sentStart = toks[i].sentStart
	return true
}

func (x *entityFinder) addCandidate(f Field, index int, text string, start, end int, form, short string, typ EntityType, titled bool) {
	x.cands = append(x.cands, candidate{
		at:   Span{Field: f, Index: index, Start: start, End: end},
		form: form, short: short, typ: typ, titled: titled,
	})
}

// wordFacts caches what the word lists say of one token of the field
// scanField reads: the rules ask about the same words again and again.
//
// It holds no pointer and takes 8 bytes: the facts of every token of a
// field are cleared before the rules read it.
type wordFacts struct {
	known uint8 // the facts looked up
	is    uint8 // of those, the ones that hold
	class uint8 // the index of the word's class in classNames
	lists uint8 // the wordLists it is in
	// the gazetteer's longest name from the token: gazetteer.match
	gaz gazMatch
}

const (
	factCommon   uint8 = 1 << iota // isCommonWord
	factCalendar                   // isCalendarWord
	factClass                      // class holds wordClass
	factGaz                        // gaz holds the match
	factLists                      // lists holds the wordLists
)

// wordLists flags the words of the small lists that addSpan asks about a
// token, so that one look-up answers for all.
var wordLists = newLazy(func() *filteredFlags {
	lists := map[uint8]map[string]bool{inBodyRoles: bodyRoles, inHonorifics: honorifics,
		inSpeechVerbs: speechVerbs, inNonNameHeads: nonNameHeads, inPoliceUnits: policeUnits}
	n := len(monthNames) + len(weekdayNames)
	for _, set := range lists {
		n += len(set)
	}
	// most words asked about are names, in no list: a filter of a few
	// cache lines turns them away before the table
	s := newFilteredFlags(n)
	for list, set := range lists {
		for w := range set {
			s.add(w, list)
		}
	}
	// the calendar words too, which fact looks up with the lists
	for w := range monthNames {
		s.add(w, inCalendar)
	}
	for w := range weekdayNames {
		s.add(w, inCalendar)
	}
	return s
})

const (
	inBodyRoles uint8 = 1 << iota
	inHonorifics
	inSpeechVerbs
	inNonNameHeads
	inPoliceUnits
	inCalendar // isCalendarWord
)

// listed says whether token i of x.toks, lower-cased, is in list, one of
// the wordLists.
func (x *entityFinder) listed(i int, list uint8) bool {
	return x.fact(i, factLists).lists&list != 0
}

// fact returns the facts of token i of x.toks, with fact looked up.
func (x *entityFinder) fact(i int, fact uint8) *wordFacts {
	wf := &x.words[i]
	if wf.known&fact == 0 {
		w := x.word(i)
		// the featurizer, reset on x.toks, has the word lower-cased and
		// its class at hand when the tagger read the token: the
		// capitalized words the rules ask about mostly
		in := &x.fx.info[i]
		switch fact {
		case factCommon:
			if in.done && len(w) <= maxCommonWord && isCommonLower(in.lower) || !in.done && isCommonWord(w) {
				wf.is |= factCommon
			}
		case factClass:
			if in.done {
				wf.class = in.class // wordClass(w), see fill
			} else {
				wf.class = wordClassIndex(w)
			}
		case factLists, factCalendar:
			// one look-up answers both
			lower := in.lower
			if !in.done {
				var b [64]byte
				lower = appendLower(b[:0], w)
			}
			wf.lists = wordLists.get().of(lower)
			if wf.lists&inCalendar != 0 {
				wf.is |= factCalendar
			}
			fact = factLists | factCalendar
		}
		wf.known |= fact
	}
	return wf
}

// match is gazetteer.match at token i of x.toks.
func (x *entityFinder) match(i int) (n int, ids []int32) {
	// the featurizer, reset on x.toks, matched the gazetteer at every
	// word outside a known name: a word it left out of one starts none,
	// and most words are such; at the start of one it kept the match
	// (see featurizer.reset)
	if x.toks[i].kind != punctToken {
		switch g := x.fx.gaz[i]; {
		case g == 0:
			return 0, nil
		case g < 0:
			m := x.fx.names[i]
			return int(m.n), x.gaz.list(m.list)
		}
	}
	// a word inside a known name, or a mark
	wf := &x.words[i]
	if wf.known&factGaz == 0 {
		wf.gaz, x.buf = x.gaz.matchAt(x.text, x.toks, i, x.buf)
		wf.known |= factGaz
	}
	return int(wf.gaz.n), x.gaz.list(wf.gaz.list)
}

func (x *entityFinder) word(i int) string { return x.text[x.toks[i].start:x.toks[i].end] }

func (x *entityFinder) common(i int) bool   { return x.fact(i, factCommon).is&factCommon != 0 }
func (x *entityFinder) calendar(i int) bool { return x.fact(i, factCalendar).is&factCalendar != 0 }
func (x *entityFinder) class(i int) string  { return classNames[x.fact(i, factClass).class] }

// titleWord is isTitleWord for token i of x.toks. wordClass says "title"
// exactly for the personTitles, of words as long as isTitleWord reads:
// the class, at hand, stands for its look-up.
func (x *entityFinder) titleWord(i, j int) bool {
	return x.class(i) == "title" && !ibuKota(x.text, x.toks, i, j)
}

// isTitleWord says whether token i, inside a name that runs to j, is a
// title or role rather than part of the name. "Ibu" in "Ibu Kota" is not.
func isTitleWord(text string, toks []token, i, j int) bool {
	w := text[toks[i].start:toks[i].end]
	var b [32]byte
	if len(w) > len(b) {
		return false
	}
	return personTitles[string(appendLower(b[:0], w))] && !ibuKota(text, toks, i, j)
}

// ibuKota says whether token i, inside a name that runs to j, is the
// "Ibu" of "Ibu Kota", a capital and no mother.
func ibuKota(text string, toks []token, i, j int) bool {
	if i+1 >= j || !strings.EqualFold(text[toks[i+1].start:toks[i+1].end], "kota") {
		return false
	}
	w := text[toks[i].start:toks[i].end]
	var b [8]byte
	return len(w) <= len(b) && string(appendLower(b[:0], w)) == "ibu"
}

var clitics = [...]string{"-pun", "-nya", "-lah", "-kah", "-ku", "-mu"}

func trimClitic(s string) string {
	if strings.IndexByte(s, '-') < 0 {
		return s // every clitic starts with a hyphen, which no other rune folds to
	}
	for _, c := range clitics {
		if len(s) > len(c)+1 && strings.EqualFold(s[len(s)-len(c):], c) {
			return s[:len(s)-len(c)]
		}
	}
	return s
}

// nameLike says whether s can be a name: it holds a capital letter or a
// digit-free mixed form such as "detikcom", and is not only day and month
// names or a lone title.
func nameLike(s string) bool {
	if len(s) <= utf8.UTFMax && utf8.RuneCountInString(s) < 2 {
		return false
	}
	capital := false
	allCalendar := true
	for w := range strings.FieldsSeq(s) {
		if !capital && hasUpper(w) {
			capital = true
		}
		if allCalendar && !isCalendarWord(trimDotsCommas(w)) {
			allCalendar = false
		}
		if capital && !allCalendar {
			break // settled
		}
	}
	return capital && !allCalendar
}

// trimDotsCommas is strings.Trim(w, ".,") without building a set of the
// two bytes for every word.
func trimDotsCommas(w string) string {
	for w != "" && (w[0] == '.' || w[0] == ',') {
		w = w[1:]
	}
	for w != "" && (w[len(w)-1] == '.' || w[len(w)-1] == ',') {
		w = w[:len(w)-1]
	}
	return w
}

// A credit line names the photo's source agencies and photographer:
// "Sputnik/Mikhail Metzel/Kremlin via REUTERS", "ANTARA FOTO/Aprillio Akbar".
// scanCredit takes one from Image.Credit (no span: it is no field).
func (x *entityFinder) scanCredit(s string) {
	if s == "" {
		return
	}
	toks := splitTokens(s, nil)
	x.creditParts(FieldCaption, -1, s, toks, 0, len(toks), true)
}

// scanCreditsIn finds a credit line in parentheses inside a caption: a
// parenthesized group with a slash or "via" in it.
func (x *entityFinder) scanCreditsIn(f Field, index int, text string, toks []token, first int) {
	// the tagger's candidates inside a credit line give way to its parts
	var credits [][2]int
	defer func() {
		if len(credits) == 0 {
			return
		}
		kept := slices.DeleteFunc(x.cands[first:], func(c candidate) bool {
			k, _ := slices.BinarySearchFunc(credits, c.at.End, func(r [2]int, end int) int { return cmp.Compare(r[1], end) })
			return k < len(credits) && credits[k][0] <= c.at.Start && !c.credit
		})
		x.cands = x.cands[:first+len(kept)]
	}()
	for i := 0; i < len(toks); i++ {
		// a parenthesis is a mark of its own: the kind, at hand, tells
		// the words from it without a read of the text
		if toks[i].kind != punctToken || text[toks[i].start] != '(' {
			continue
		}
		j := i + 1
		credit := false
		for j < len(toks) && j-i < 40 && text[toks[j].start] != ')' {
			w := text[toks[j].start:toks[j].end]
			if w == "/" || w == "via" {
				credit = true
			}
			j++
		}
		if !credit || j >= len(toks) || text[toks[j].start] != ')' {
			continue
		}
		credits = append(credits, [2]int{toks[i].end, toks[j].start})
		x.creditParts(f, index, text, toks, i+1, j, false)
		i = j
	}
}

// creditParts splits tokens [i, j) of a credit line at "/" and "via" and
// makes each part a candidate: a known agency or an all-capital word is an
// organization, two or more capitalized words a person (the photographer),
// a single other capitalized word an organization (a source such as
// "Kremlin" or "Dok. Istimewa" is skipped).
func (x *entityFinder) creditParts(f Field, index int, text string, toks []token, i, j int, noAt bool) {
	for i < j {
		k := i
		for k < j {
			w := text[toks[k].start:toks[k].end]
			if w == "/" || w == "via" || w == "|" || w == ";" || w == "," {
				break
			}
			k++
		}
		x.creditPart(f, index, text, toks, i, k, noAt)
		i = k + 1
	}
}

func (x *entityFinder) creditPart(f Field, index int, text string, toks []token, i, k int, noAt bool) {
	for i < k && (toks[i].kind != wordToken || creditNoise.has(text[toks[i].start:toks[i].end])) {
		i++
	}
	for k > i && toks[k-1].kind == punctToken {
		k--
	}
	if i >= k {
		return
	}
	for t := i; t < k; t++ {
		if toks[t].kind != wordToken || !toks[t].upper {
			return
		}
	}
	form := text[toks[i].start:toks[k-1].end]
	typ := Organization
	if ids := x.gaz.lookup(form); len(ids) > 0 {
		typ = x.gaz.entries[ids[0]].typ
	} else if k-i >= 2 && !isAllUpper(form) {
		typ = Person
	}
	c := candidate{at: Span{Field: f, Index: index, Start: toks[i].start, End: toks[k-1].end}, form: form, typ: typ, noAt: noAt, credit: true}
	x.cands = append(x.cands, c)
}

// creditNoise are words of credit lines that name no one.
var creditNoise = listOf("foto", "photo", "dok", "dokumentasi", "istimewa", "ist", "handout", "file", "tangkapan",
	"layar", "screenshot", "courtesy", "sumber", "source", "ilustrasi", "via", "getty", "images", "pool")

// startsUpper says whether s starts with a capital letter. The rules ask
// it of nearly every token, and most start in ASCII: those are told
// inline, with no decoding and no table.
func startsUpper(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf {
		return startsUpperRune(s)
	}
	return isUpperASCII(s[0])
}

func startsUpperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func isAllLower(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// rescan looks for the forms of the clusters again in every field, the
// title included: a headline capitalizes every word, so the title takes
// only names the rest of the article or the gazetteer vouches for; in the
// other fields it finds mentions the tagger missed ("Putin" opening a
// sentence). A person is also found by the first or last word of the name.
func (x *entityFinder) rescan() {
	// idx holds the known keys and the words that start one, so that one
	// look-up per word says both
	x.known = reuseMap(x.known, &x.knownMade, 2*len(x.order))
	idx := x.known
	// firsts has a bit set for the first word of each key: most words
	// start none, and the bit says so before a look-up in idx
	var firsts fewWords
	// and lowerFirsts for the keys of clusters that a word in lower case
	// may name (see lowercaseOK): most words are in lower case, and most
	// articles have few such keys or none
	var lowerFirsts fewWords
	anyLower := false
	addKey := func(k string, c *cluster) {
		first, _, _ := strings.Cut(k, " ")
		firsts.add(first)
		if lowercaseKind(c) {
			lowerFirsts.add(first)
			anyLower = true
		}
		old := idx[k]
		if old.ok && old.c != c {
			idx[k] = known{prefix: old.prefix, ok: true} // ambiguous
			return
		}
		idx[k] = known{c: c, ok: true, prefix: old.prefix}
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				if p := idx[k[:i]]; !p.prefix {
					p.prefix = true
					idx[k[:i]] = p
				}
			}
		}
	}
	for _, c := range x.clusters {
		for _, f := range c.forms {
			addKey(f.key, c)
		}
	}
	for _, c := range x.clusters {
		if c.typ != Person {
			continue
		}
		var first, last string
		n := 0
		for w := range strings.FieldsSeq(c.name) {
			if n == 0 {
				first = w
			}
			last = w
			n++
		}
		if n < 2 {
			continue
		}
		// lower-cased in x.key: a string is made only for a new key
		for _, w := range [...]string{first, last} {
			x.key = appendLower(x.key[:0], w)
			if !idx[string(x.key)].ok && utf8.RuneCount(x.key) > 2 && !personTitles[string(x.key)] {
				addKey(x.keyString(x.key), c)
			}
		}
	}
	// the spans of the mentions found so far, the candidates', by field
	var coveredTitle []Span
	lists := reuse(x.spareCovered, len(x.a.Images)+len(x.a.Paragraphs))[:len(x.a.Images)+len(x.a.Paragraphs)]
	clear(lists)
	x.spareCovered = lists
	coveredCaps, coveredParas := lists[:len(x.a.Images)], lists[len(x.a.Images):]
	coveredIn := func(f Field, index int) *[]Span {
		switch {
		case f == FieldTitle:
			return &coveredTitle
		case f == FieldCaption && index >= 0 && index < len(coveredCaps):
			return &coveredCaps[index]
		case f == FieldParagraph && index >= 0 && index < len(coveredParas):
			return &coveredParas[index]
		}
		return nil
	}
	// the lists are carved from one array: count them first
	counts := reuse(x.spareCounts, 1+len(lists))[:1+len(lists)]
	clear(counts)
	x.spareCounts = counts
	countOf := func(f Field, index int) *int {
		switch {
		case f == FieldTitle:
			return &counts[0]
		case f == FieldCaption && index >= 0 && index < len(coveredCaps):
			return &counts[1+index]
		case f == FieldParagraph && index >= 0 && index < len(coveredParas):
			return &counts[1+len(coveredCaps)+index]
		}
		return nil
	}
	total := 0
	for i := range x.cands {
		if cd := &x.cands[i]; !cd.noAt && cd.f != nil {
			if n := countOf(cd.at.Field, cd.at.Index); n != nil {
				*n++
				total++
			}
		}
	}
	all := reuse(x.spareSpans, total)[:total]
	x.spareSpans = all
	eachField(x.a, func(f Field, index int, _ string) {
		if n := countOf(f, index); n != nil {
			*coveredIn(f, index), all = all[:0:*n], all[*n:]
		}
	})
	for i := range x.cands {
		if cd := &x.cands[i]; !cd.noAt && cd.f != nil {
			if at := coveredIn(cd.at.Field, cd.at.Index); at != nil {
				*at = append(*at, cd.at)
			}
		}
	}
	// what the scan finds is kept aside, so that the lists of mentions
	// are made once, of the right size
	found := x.spareFound[:0]
	buf := x.buf[:0] // free: match, its other user, is done
	var dropped []Span
	scan := func(f Field, index int, text string) {
		if text == "" {
			return
		}
		toks := x.tokens(f, index)
		// taken[k] is the end of the mention over token k, or 0
		x.taken = slices.Grow(x.taken[:0], len(toks))[:len(toks)]
		clear(x.taken)
		taken := x.taken
		// the spans of a field come in text order (see
		// joinDefinedCandidates): the first token of each, the first
		// that ends after its start, is looked for from the last one's on
		k := 0
		for _, at := range *coveredIn(f, index) {
			if k > 0 && toks[k-1].end > at.Start {
				k, _ = slices.BinarySearchFunc(toks, at.Start, func(t token, start int) int { return cmp.Compare(t.end, start+1) })
			}
			for k < len(toks) && toks[k].end <= at.Start {
				k++
			}
			for t := k; t < len(toks) && toks[t].start < at.End; t++ {
				taken[t] = max(taken[t], at.End)
			}
		}
		for i := 0; i < len(toks); i++ {
			if toks[i].kind != wordToken || (taken[i] != 0 && (i == 0 || taken[i-1] == taken[i])) {
				continue
			}
			// a word in lower case names only a cluster lowercaseOK lets
			if !toks[i].upper && !anyLower {
				continue
			}
			first := &firsts
			if !toks[i].upper {
				first = &lowerFirsts
			}
			// most words start no key, which the filter says before a
			// look-up; a capitalized word of the title may still start
			// a known name (below)
			w := text[toks[i].start:toks[i].end]
			startsKey, ascii := first.mayHaveASCII(w)
			if !ascii {
				startsKey = first.mayHaveLowered(w)
			}
			if !startsKey && (f != FieldTitle || !toks[i].upper) {
				continue
			}
			n, c := 0, (*cluster)(nil)
			buf = buf[:0]
			for j := i; startsKey && j < len(toks) && j-i < 12; j++ {
				w := text[toks[j].start:toks[j].end]
				if j > i {
					buf = append(buf, ' ')
				}
				buf = appendLower(buf, w)
				// a longer known form may take the place of the mentions
				// inside it ("Kim" and "Un" in "Kim jong Un"), never cut one
				k := idx[string(buf)]
				if k.c != nil && (j+1 == len(toks) || taken[j] == 0 || taken[j+1] != taken[j]) {
					n, c = j-i+1, k.c
				}
				if !k.prefix {
					break
				}
			}
			if n == 0 && f == FieldTitle && toks[i].upper {
				// a known place or body the article names only in its title
				var ids []int32
				n, ids, buf = x.gaz.match(text, toks, i, buf)
				if n > 0 && gazTrusted(x.gaz.entries[ids[0]].kind) {
					s := text[toks[i].start:toks[i+n-1].end]
					e := &x.gaz.entries[ids[0]]
					f := x.formOf(s, len(x.cands))
					f.votes.add(e.typ, 2)
					f.gaz = ids
					c = &cluster{forms: []*form{f}, typ: e.typ, gaz: e}
					c.name = x.chooseName(c)
					x.clusters = append(x.clusters, c)
					addKey(f.key, c)
				} else {
					n = 0
				}
			}
			if n == 0 {
				continue
			}
			s := text[toks[i].start:toks[i+n-1].end]
			if !toks[i].upper && !lowercaseOK(c, s) {
				continue
			}
			if taken[i] != 0 || taken[i+n-1] != 0 {
				if !slices.Contains(taken[i:i+n], 0) {
					i += n - 1
					continue // nothing new
				}
				dropped = append(dropped, Span{Field: f, Index: index, Start: toks[i].start, End: toks[i+n-1].end})
			}
			found = append(found, foundMention{c, Mention{Text: s, At: Span{Field: f, Index: index, Start: toks[i].start, End: toks[i+n-1].end}}})
			x.addSpelling(c, s)
			i += n - 1
		}
	}
	eachField(x.a, scan)
	x.buf, x.spareFound = buf, found
	x.mentionsByCluster(found)
	x.dropMentions(dropped)
}

// known is what rescan knows of a key.
type known struct {
	c      *cluster // nil when ambiguous
	ok     bool     // a form's key
	prefix bool     // the start of a longer key
}

// reuseMap returns m, handed on from another article and cleared, when
// it was made for about n entries (made says for how many) and not far
// more (see keepBuffer), else a new map for n.
func reuseMap[K comparable, V any](m map[K]V, made *int, n int) map[K]V {
	if m != nil && keepBuffer(*made, n) {
		return m
	}
	*made = n
	return make(map[K]V, n)
}

// reuse returns s emptied when it has room for n elements and not far
// more (see keepBuffer), else a new slice with room for n.
func reuse[E any](s []E, n int) []E {
	if keepBuffer(cap(s), n) {
		return s[:0]
	}
	return make([]E, 0, n)
}

// usedOf returns how many elements of the array of spare an article
// wrote: as many as cur holds when cur, which only appends, still uses that
// array, and all of them when it outgrew it.
func usedOf[E any](spare, cur []E) int {
	if cap(spare) == 0 {
		return 0
	}
	if cap(cur) == cap(spare) && &cur[:1][0] == &spare[:1][0] {
		return len(cur)
	}
	return cap(spare)
}

// keepBuffer says whether a buffer with room for c elements, handed on
// from another article, serves one that needs n: it has room enough, and
// not so much more that a short article after a long one would keep the
// long one's array. Articles differ in length tenfold and more: with a
// bound of four times n alone, a short one would drop the arrays that the
// next long one makes again, so a buffer may also hold spareSlack
// elements beyond it.
func keepBuffer(c, n int) bool {
	return c >= n && c <= 4*n+spareSlack
}

// spareSlack is how many elements a handed-on buffer may hold beyond
// four times what an article needs (see keepBuffer). A thousand forms,
// the largest elements kept, are 200 KB.
const spareSlack = 1024

// fewWords is a small Bloom filter for a few dozen lower-cased words, one
// bit per word from its first, second and last bytes: 2,048 bits let few
// other words through, and reading three bytes costs less than a hash of
// the word.
type fewWords [32]uint64

// fewWordsBit returns the word and the bit of a fewWords for a word whose
// first, second (0 for a one-byte word) and last bytes key packs, in its
// low three bytes. It reads each with its 0x20 bit set, all that
// lower-casing changes in an ASCII byte: the bytes of an ASCII word need
// not be lowered for it.
func fewWordsBit(key uint64) (int, uint64) {
	h := (key | 0x202020) * 0x9e3779b97f4a7c15
	return int(h >> 59), 1 << (h >> 53 & 63)
}

// fewWordsKey packs the three bytes fewWordsBit reads of w, lower-cased
// already.
func fewWordsKey(w []byte) uint64 {
	var second byte
	if len(w) > 1 {
		second = w[1]
	}
	return uint64(w[0])<<16 | uint64(second)<<8 | uint64(w[len(w)-1])
}

// add adds w, lower-cased already.
func (s *fewWords) add(w string) {
	if w == "" {
		return
	}
	i, bit := fewWordsBit(fewWordsKey([]byte(w)))
	s[i] |= bit
}

// mayHave says whether w, in any case, may be one of the words added;
// false is sure. Lower-casing keeps ASCII bytes where they are, and
// fewWordsBit reads them in either case, so a word whose first two and
// last bytes are ASCII (most) is not lowered for it, nor given the buffer
// that lowering takes (mayHaveLowered).
func (s *fewWords) mayHave(w string) bool {
	if may, ascii := s.mayHaveASCII(w); ascii {
		return may
	}
	return s.mayHaveLowered(w)
}

// mayHaveASCII is mayHave for a word whose first two and last bytes are
// ASCII, which ascii says; may means nothing for another word. It is
// small enough to be inlined in rescan, which asks it of nearly every
// word of some articles, and where a call cost as much as the test.
func (s *fewWords) mayHaveASCII(w string) (may, ascii bool) {
	if len(w) < 2 {
		return false, false
	}
	key := uint64(w[0])<<16 | uint64(w[1])<<8 | uint64(w[len(w)-1])
	i, bit := fewWordsBit(key)
	return s[i]&bit != 0, key&0x808080 == 0
}

// mayHaveLowered is mayHave for any w, which it lowers.
func (s *fewWords) mayHaveLowered(w string) bool {
	if w == "" {
		return false
	}
	var b [64]byte
	i, bit := fewWordsBit(fewWordsKey(appendLower(b[:0], w)))
	return s[i]&bit != 0
}

// A wordList is a set of lower-cased words or phrases, with a filter
// that turns most other words away before a look-up.
type wordList struct {
	// words flags the words with 1: a look-up reads a slot where a map
	// hashes the whole word and reads a control word, a slot and the
	// key's bytes
	words  *wordFlags
	filter fewWords
}

func listOf(words ...string) *wordList {
	l := &wordList{words: newWordFlags(len(words))}
	for _, w := range words {
		l.words.add(w, 1)
		l.filter.add(w)
	}
	return l
}

// has says whether the list holds w lower-cased, as lowerInSet.
func (l *wordList) has(w string) bool {
	if !l.filter.mayHave(w) {
		return false
	}
	var b [64]byte
	return l.words.of(appendLower(b[:0], w)) != 0
}

// dropMentions removes the mentions that lie inside one of the spans,
// which a longer mention of a known form replaced; spans are in text order.
func (x *entityFinder) dropMentions(spans []Span) {
	if len(spans) == 0 {
		return
	}
	for _, c := range x.clusters {
		c.mentions = slices.DeleteFunc(c.mentions, func(m Mention) bool {
			i, _ := slices.BinarySearchFunc(spans, m.At, func(s, at Span) int {
				return cmp.Or(cmp.Compare(fieldOrder(s.Field), fieldOrder(at.Field)), cmp.Compare(s.Index, at.Index), cmp.Compare(s.End, at.End))
			})
			if i < len(spans) {
				s := spans[i]
				if s.Field == m.At.Field && s.Index == m.At.Index && s.Start <= m.At.Start && m.At.End <= s.End && s != m.At {
					return true
				}
			}
			return false
		})
	}
}

// lowercaseOK says whether a lower-case spelling s of a cluster's name is
// still a mention: only for the gazetteer's country and province short
// forms ("korut"), which are no common words.
func lowercaseOK(c *cluster, s string) bool {
	if !lowercaseKind(c) || utf8.RuneCountInString(s) < 4 {
		return false
	}
	for _, f := range c.gaz.forms {
		if strings.EqualFold(f, s) {
			return true
		}
	}
	return false
}

// lowercaseKind says whether c is of the kinds lowercaseOK lets a
// spelling in lower case name: a country or a province.
func lowercaseKind(c *cluster) bool {
	return c.gaz != nil && (c.gaz.kind == "country" || c.gaz.kind == "province")
}

// addSpelling records s as a spelling of one of c's forms.
func (x *entityFinder) addSpelling(c *cluster, s string) {
	// the key is built in x.key, and made a string only for a new form
	x.key = appendFoldKey(x.key[:0], s)
	for _, f := range c.forms {
		if f.key == string(x.key) {
			if !slices.Contains(f.spelled, s) {
				f.spelled = append(f.spelled, s)
			}
			return
		}
	}
	k := s
	if !isFoldKey(s) {
		k = x.keyString(x.key)
	}
	f := x.newForm(k)
	f.spelled = append(f.spelled, s)
	c.forms = append(c.forms, f)
}

// mentionsByCluster gives each cluster the mentions of its candidates
// and then those rescan found.
func (x *entityFinder) mentionsByCluster(found []foundMention) {
	// the lists are carved from one array
	for _, c := range x.clusters {
		c.n = 0
	}
	total := len(found)
	for i := range x.cands {
		if cd := &x.cands[i]; !cd.noAt && cd.f != nil {
			cd.f.root().cluster.n++
			total++
		}
	}
	for _, fm := range found {
		fm.c.n++
	}
	all := make([]Mention, total)
	for _, c := range x.clusters {
		c.mentions, all = all[:0:c.n], all[c.n:]
	}
	for i := range x.cands {
		cd := &x.cands[i]
		if cd.noAt || cd.f == nil {
			continue
		}
		c := cd.f.root().cluster
		text := fieldText(x.a, cd.at.Field, cd.at.Index)
		c.mentions = append(c.mentions, Mention{Text: text[cd.at.Start:cd.at.End], At: cd.at})
	}
	for _, fm := range found {
		fm.c.mentions = append(fm.c.mentions, fm.m)
	}
}

// A foundMention is a mention rescan found, and its cluster.
type foundMention struct {
	c *cluster
	m Mention
}

// entities returns the clusters as Entities, in the order of their first
// mention; an entity with no mention (the outlet, a credit) comes last.
func (x *entityFinder) entities() []Entity {
	out := make([]Entity, 0, len(x.clusters))
	// the lists of aliases are carved from one array, each with room
	// for every spelling of its forms and the English name
	room := func(c *cluster) int {
		n := 1
		for _, f := range c.forms {
			n += len(f.spelled)
		}
		return n
	}
	// the clusters with a type, by first mention, one with none last;
	// entities are few, but sorting their indices moves a twentieth of
	// what sorting the entities does
	order := x.byMention[:0]
	total := 0
	for k, c := range x.clusters {
		if c.typ != "" {
			x.sortMentions(c.mentions)
			order = append(order, int32(k))
			total += room(c)
		}
	}
	x.byMention = order
	slices.SortStableFunc(order, func(a, b int32) int {
		ma, mb := x.clusters[a].mentions, x.clusters[b].mentions
		switch {
		case len(ma) == 0 && len(mb) == 0:
			return 0
		case len(ma) == 0:
			return 1
		case len(mb) == 0:
			return -1
		}
		return compareSpans(ma[0].At, mb[0].At)
	})
	aliases := make([]string, total)
	for _, k := range order {
		c := x.clusters[k]
		n := room(c)
		e := Entity{Name: c.name, Type: c.typ, Aliases: aliases[:0:n], Mentions: c.mentions}
		aliases = aliases[n:]
		if e.Mentions == nil {
			e.Mentions = []Mention{}
		}
		for _, f := range c.forms {
			for _, s := range f.spelled {
				// a form whose every mention went to a longer one is gone
				used := f.defined || slices.ContainsFunc(c.mentions, func(m Mention) bool { return strings.HasPrefix(m.Text, s) })
				if used && s != e.Name && !slices.Contains(e.Aliases, s) {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		if c.gaz != nil && c.gaz.en != "" && c.gaz.en != e.Name && !slices.Contains(e.Aliases, c.gaz.en) && c.typ == Location {
			e.Aliases = append(e.Aliases, c.gaz.en)
		}
		out = append(out, e)
	}
	return out
}

// sortMentions sorts ms by span. They come as two runs in text order,
// the candidates' and then what rescan found: merging the two costs less
// than a sort. Two mentions with one span are equal in all, so any sort
// gives the same list.
func (x *entityFinder) sortMentions(ms []Mention) {
	byAt := func(a, b Mention) int { return compareSpans(a.At, b.At) }
	k := 1
	for k < len(ms) && byAt(ms[k-1], ms[k]) < 0 {
		k++
	}
	if k >= len(ms) {
		return
	}
	if !isStrictlySorted(ms[k:], byAt) {
		slices.SortFunc(ms, byAt)
		return
	}
	// merge a copy of the first run with the second, in place
	first := append(x.mentionBuf[:0], ms[:k]...)
	x.mentionBuf = first
	i, j, out := 0, k, 0
	for i < len(first) && j < len(ms) {
		if byAt(ms[j], first[i]) < 0 {
			ms[out] = ms[j]
			j++
		} else {
			ms[out] = first[i]
			i++
		}
		out++
	}
	copy(ms[out:], first[i:]) // what is left of the second run is in place
}

// fieldOrder is the order of the fields in an article: title, captions,
// paragraphs.
func fieldOrder(f Field) int {
	switch f {
	case FieldTitle:
		return 0
	case FieldCaption:
		return 1
	case FieldParagraph:
		return 2
	}
	return 0
}

// compareSpans orders spans as they come in the article. It stops at the
// first difference: it sorts every entity's mentions.
func compareSpans(a, b Span) int {
	if a.Field != b.Field {
		if c := cmp.Compare(fieldOrder(a.Field), fieldOrder(b.Field)); c != 0 {
			return c
		}
	}
	if a.Index != b.Index {
		return cmp.Compare(a.Index, b.Index)
	}
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(a.End, b.End)
}

// isPassiveVerb says whether w is a passive verb, a common word made of
// di- and a common stem ("Ditangkap", "Diperiksa"), which no name holds;
// a head word such as "Divisi" or "Dinas" is none.
func isPassiveVerb(w string) bool {
	return len(w) >= 6 && (w[0] == 'D' || w[0] == 'd') && (w[1] == 'i' || w[1] == 'I') &&
		isCommonWord(w) && isCommonWord(w[2:]) && wordClass(w) == "" // "Divisi" is no verb
}

// notAName says whether form, a whole candidate, names nothing although
// it is capitalized: a document or budget acronym ("KTP", "APBNP", "PPh"),
// a lone academic suffix ("ST"), a currency amount ("Rp2,3"), a word with
// the clitic -nya ("Sprindiknya") or a reduplicated common noun
// ("Kondisi-kondisi").
func notAName(g *gazetteer, form string) bool {
	// lower-cased on the stack when short, and looked up without a
	// string of its own
	var b [64]byte
	l := appendLower(b[:0], form)
	if len(form) > 1 && 'A' <= form[1] && form[1] <= 'Z' && adminAcronyms[string(l)] {
		return true
	}
	if len(l) <= 4 && (isAllUpper(form) || strings.Contains(form, ".")) && nameSuffixes[string(l)] &&
		string(l) != "ma" && string(l) != "sp" && string(l) != "ii" && string(l) != "iii" {
		return true
	}
	// a currency amount; every currency here starts with one of "ruis"
	if len(l) > 0 && strings.IndexByte("ruis", l[0]) >= 0 {
		for _, cur := range [...]string{"rp", "us$", "usd", "idr", "s$", "rm"} {
			if len(l) >= len(cur) && string(l[:len(cur)]) == cur {
				rest := l[len(cur):]
				for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '.') {
					rest = rest[1:]
				}
				if len(rest) > 0 && '0' <= rest[0] && rest[0] <= '9' {
					return true
				}
			}
		}
	}
	if strings.ContainsRune(form, ' ') {
		return false
	}
	if n := len(l); n >= 7 && string(l[n-3:]) == "nya" && utf8.RuneCount(l) >= 7 && len(g.lookup(form)) == 0 {
		return true
	}
	if left, right, ok := strings.Cut(form, "-"); ok && right != "" && !startsUpper(right) &&
		(strings.EqualFold(left, right) || strings.HasPrefix(strings.ToLower(right), strings.ToLower(left)) || isCommonWord(left)) {
		return true
	}
	return false
}

// keepCountryInBody keeps a country that closes an organization's name
// opened by a head word inside it: "Majelis Ulama Indonesia" is one
// organization, not "Majelis Ulama" and the place "Indonesia".
func (x *entityFinder) keepCountryInBody(text string, toks []token, tags []uint8) {
	for i := nextTagged(tags, 1); i < len(toks); i = nextTagged(tags, i+1) {
		if tags[i] != tagBLoc {
			continue
		}
		n, ids := x.match(i)
		if n == 0 || !isCountry(x.gaz, ids) || i+n < len(toks) && tags[i+n] == tagILoc {
			continue
		}
		// the nearest head word before it, over capitalized words
		h := i - 1
		for h >= 0 && capWord(toks[h]) && (tags[h] == tagO || tags[h] == tagBOrg || tags[h] == tagIOrg) &&
			!isTitleWord(text, toks, h, i) && wordClass(text[toks[h].start:toks[h].end]) != "orghead" {
			h--
		}
		if h < 0 || !capWord(toks[h]) || isTitleWord(text, toks, h, i) || wordClass(text[toks[h].start:toks[h].end]) != "orghead" ||
			tagTypes[tags[h]] == Person || tagTypes[tags[h]] == Location {
			continue
		}
		if tags[h] == tagO {
			tags[h] = tagBOrg
		}
		for k := h + 1; k < i+n; k++ {
			tags[k] = tagIOrg
		}
		i += n - 1
	}
}

// headlineCased says whether s capitalizes its words like a headline
// ("Remaja Ditangkap Gegara Konvoi Bawa Bendera"): four or more words of
// four letters or more, nearly all capitalized.
func headlineCased(s string) bool {
	words, upper := 0, 0
	for w := range strings.FieldsSeq(s) {
		w = trimQuotesPunct(w)
		if len(w) < 4 || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		words++
		if startsUpper(w) {
			upper++
		}
	}
	return words >= 4 && upper*10 >= words*9
}

// trimQuotesPunct is strings.Trim(w, "\"'“”‘’()[],.:;!?"), which decodes
// every rune at the ends of w and looks it up in the cut set: here the
// ASCII marks are told by their byte, the curly quotes by their three.
func trimQuotesPunct(w string) string {
	for w != "" {
		if isQuotePunctASCII(w[0]) {
			w = w[1:]
		} else if isCurlyQuote(w) {
			w = w[3:]
		} else {
			break
		}
	}
	for n := len(w); n > 0; n = len(w) {
		if isQuotePunctASCII(w[n-1]) {
			w = w[:n-1]
		} else if n >= 3 && isCurlyQuote(w[n-3:]) {
			w = w[:n-3]
		} else {
			break
		}
	}
	return w
}

func isQuotePunctASCII(c byte) bool {
	switch c {
	case '"', '\'', '(', ')', '[', ']', ',', '.', ':', ';', '!', '?':
		return true
	}
	return false
}

// isCurlyQuote says whether s starts with “, ”, ‘ or ’ (U+201C, U+201D,
// U+2018, U+2019), whose UTF-8 differs in the last byte only.
func isCurlyQuote(s string) bool {
	if len(s) < 3 || s[0] != 0xe2 || s[1] != 0x80 {
		return false
	}
	switch s[2] {
	case 0x98, 0x99, 0x9c, 0x9d:
		return true
	}
	return false
}

// policeUnits name the units of a police command; an office over one
// ("Kasat Samapta", "Kanit Reskrim") is no person's name.
var policeUnits = setOf("samapta", "sabhara", "reskrim", "satreskrim", "lantas", "satlantas", "narkoba",
	"satnarkoba", "intelkam", "binmas", "propam", "krimum", "krimsus", "resnarkoba", "polair", "tahti")

// officeBeforeBody untags a person's name that is an office over a police
// unit or runs into a body's head word: in "Kasat Samapta Polres Metro
// Jakarta Pusat" the office is no one and "Polres ..." is the body.
func officeBeforeBody(text string, toks []token, tags []uint8) {
	for i := nextTagged(tags, 0); i < len(toks); i = nextTagged(tags, i+1) {
		if tags[i] != tagBPer {
			continue
		}
		j := i + 1
		for j < len(toks) && tags[j] == tagIPer {
			j++
		}
		unit, head := -1, -1
		for k := i; k < j; k++ {
			w := text[toks[k].start:toks[k].end]
			if lowerInSet(policeUnits, w) {
				unit = k
			}
			if k > i && head < 0 && wordClass(w) == "orghead" {
				head = k
			}
		}
		if unit < 0 && head < 0 {
			i = j - 1
			continue
		}
		end := j
		if head >= 0 {
			end = head
		}
		if unit >= 0 {
			for k := i; k < end; k++ {
				tags[k] = tagO
			}
		}
		if head >= 0 {
			tags[head] = tagBOrg
			for k := head + 1; k < len(toks) && (k < j || tagTypes[tags[k]] == Organization && isInside(tags[k]) || tags[k] == tagBOrg && k == j); k++ {
				tags[k] = tagIOrg
			}
		}
		i = j - 1
	}
}

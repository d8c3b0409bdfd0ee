package berita

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The tagger is an averaged perceptron that labels tokens with BIO tags
// for person, organization and location names, decoding greedily left to
// right. Its weights are trained by TestTrainTagger (run with -train) on
// the train and dev splits of cased Indonesian NER sets; data/README.md
// records the sets and their licences.
//
//go:embed data/tagger.bin.gz
var taggerWeights []byte

// The BIO tags, in the order of a weight row.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBOrg
	tagIOrg
	tagBLoc
	tagILoc
	numTags
)

var tagTypes = [numTags]EntityType{"", Person, Person, Organization, Organization, Location, Location}

// isInside says whether tag t is an I- tag; insideOf gives the I- tag of
// t's type.
func isInside(t uint8) bool { return t == tagIPer || t == tagIOrg || t == tagILoc }
func insideOf(t uint8) uint8 {
	if t == tagO || isInside(t) {
		return t
	}
	return t + 1
}

// A model holds the weights of the features. A token's features are
// looked up some thirty at a time, and most of them are in the model, so
// what a look-up costs is the cache misses it takes. A feature's row of
// 16 bytes holds its weights as the file quantizes them and the low half
// of its hash; the high half picks a bucket of four rows, one cache line,
// so that a look-up reads one line. Rows a bucket has no room for are
// spilled to a small table of their own; it holds 3% of them. All of it takes 4 MB, where a
// hash table of float rows took 8.
type model struct {
	// rows[b*bucketRows:][:bucketRows] is bucket b, its unused rows zero;
	// the spilled rows follow the buckets. (An allocation of megabytes
	// starts on a page, so that each bucket is one cache line.)
	rows []modelRow
	// spilled has the bit of each bucket that spilled, and spill gives
	// the index in rows of each spilled feature's row (see spillRow)
	spilled [1 << 16 / 64]uint64
	spill   []spillEntry
	// tagPairs holds the sums of the weights of the features of the
	// two tags before a token alone, by the tag two before and the tag
	// before (see tagFeatures): the scorer adds them without a look-up.
	tagPairs [numTags][numTags][numTags]int32
	// tagPairsPlain adds to tagPairs the feature of the tag before and
	// of the token outside the gazetteer's names, and marks holds the
	// sums of markFeatures of a token away from the gazetteer's names,
	// by the word classes of the words before and after it: the scorer
	// adds them without a look-up.
	tagPairsPlain [numTags][numTags][numTags]int32
	marks         [len(classNames)][len(classNames)][numTags]int32
	// Near the gazetteer's names, the scorer adds the sums of markFeatures
	// from gazMarks, by the value of the gazetteer feature (see gazValue)
	// of the token before, after and at the token, and from classMarks,
	// by the word class of the token before and after; and those of the
	// feature of the tag before and the gazetteer from gazTags, by the
	// value and the tag.
	gazMarks   [][3][numTags]int32
	classMarks [2][len(classNames)][numTags]int32
	gazTags    [][numTags][numTags]int32
	// none is a row of zeros, the row of the features the model does
	// not know: adding it changes no score, and addRows needs no
	// branch, which would be mispredicted for one feature in eight.
	none int32
}

// spill is an open-addressed hash table, at most half full: feature h
// is in the first slot from spillSlot(h) on that holds h or is empty. A
// map took twice as long, and spilled buckets hold the commonest features.
type spillEntry struct {
	h   uint32
	row int32 // 0 in an empty slot: the spilled rows follow the buckets
}

func (m *model) spillSlot(h uint32) uint32 {
	return h * 0x9e3779b1 >> 16 & uint32(len(m.spill)-1)
}

// spillRow returns the row of spilled feature h, or -1.
func (m *model) spillRow(h uint32) int32 {
	if len(m.spill) == 0 {
		return -1
	}
	for i := m.spillSlot(h); ; i = (i + 1) & uint32(len(m.spill)-1) {
		switch e := m.spill[i]; {
		case e.row == 0:
			return -1
		case e.h == h:
			return e.row
		}
	}
}

const bucketRows = 4 // 64 bytes: a cache line

// A modelRow holds the weights of one feature, quantized (see
// encodeModel), and the low half of its hash, in 16-bit lanes from the
// low bits up: weights 0 to 3 in lo, 4 to 6 and the hash in hi, so that
// addRows reads them four at a time. An unused row is zero: adding its
// weights changes no score.
type modelRow struct {
	lo, hi uint64
}

// newModelRow lays out weights w and low, the low half of the feature's
// hash, as a modelRow.
func newModelRow(w *[numTags]int16, low uint16) modelRow {
	var r modelRow
	for t, x := range w[:4] {
		r.lo |= uint64(uint16(x)) << (16 * t)
	}
	for t, x := range w[4:] {
		r.hi |= uint64(uint16(x)) << (16 * t)
	}
	r.hi |= uint64(low) << 48
	return r
}

// low returns the low half of the row's feature hash.
func (r *modelRow) low() uint16 { return uint16(r.hi >> 48) }

// A row holds seven weights: addRows reads them as they are laid out.
var _ = [1]int{}[numTags-7]

const modelMagic = "BNER1"

// loadModel decodes the embedded weights once, on first use. A damaged
// file gives an empty model, which tags nothing.
var loadModel = sync.OnceValue(func() *model {
	m, err := decodeModel(taggerWeights)
	if err != nil {
		return &model{rows: make([]modelRow, 1)} // none is row 0
	}
	return m
})

// decodeModel reads the format written by encodeModel: the magic string,
// a float32 scale and a uint32 count, then count uint32 feature hashes in
// increasing order and count*numTags int16 weights, all little-endian and
// gzip-compressed.
func decodeModel(b []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if len(raw) < len(modelMagic)+8 || string(raw[:len(modelMagic)]) != modelMagic {
		return nil, io.ErrUnexpectedEOF
	}
	// the scale, raw[:4], is the weights' unit, which the tagger does not
	// need: it only compares sums of weights, and any positive unit
	// compares them alike
	raw = raw[len(modelMagic):]
	n := int(binary.LittleEndian.Uint32(raw[4:]))
	raw = raw[8:]
	if len(raw) != n*4+n*numTags*2 {
		return nil, io.ErrUnexpectedEOF
	}
	hashes, weights := raw[:n*4], raw[n*4:]
	// count the features of each bucket first, to size the spill
	var used [1 << 16]uint8
	spilled := 0
	for k := range n {
		b := binary.LittleEndian.Uint32(hashes[k*4:]) >> 16
		if used[b] == bucketRows {
			spilled++
		} else {
			used[b]++
		}
	}
	clear(used[:])
	size := 1 // a power of two, at least twice the spilled rows
	for size < 2*spilled {
		size *= 2
	}
	m := &model{
		rows:  make([]modelRow, bucketRows<<16, bucketRows<<16+spilled+1),
		spill: make([]spillEntry, size),
	}
	for k := range n {
		h := binary.LittleEndian.Uint32(hashes[k*4:])
		if k > 0 && h <= binary.LittleEndian.Uint32(hashes[k*4-4:]) {
			return nil, errUnsortedModel
		}
		var w [numTags]int16
		for t := range w {
			w[t] = int16(binary.LittleEndian.Uint16(weights[(k*numTags+t)*2:]))
		}
		r := newModelRow(&w, uint16(h))
		if b := h >> 16; used[b] < bucketRows {
			m.rows[b*bucketRows+uint32(used[b])] = r
			used[b]++
		} else {
			m.spilled[b/64] |= 1 << (b % 64)
			i := m.spillSlot(h)
			for m.spill[i].row != 0 {
				i = (i + 1) & uint32(len(m.spill)-1)
			}
			m.spill[i] = spillEntry{h, int32(len(m.rows))}
			m.rows = append(m.rows, r)
		}
	}
	m.none = int32(len(m.rows))
	m.rows = append(m.rows, modelRow{})
	m.sumFewValued()
	return m, nil
}

// sumFewValued sums the features that take few values, of the tags and
// the marks of a token: it fills m.tagPairs, m.gazMarks, m.classMarks
// and m.gazTags, and from them m.tagPairsPlain and m.marks.
func (m *model) sumFewValued() {
	sd := seeds.get()
	rows := make([]int32, 3)
	for prev2 := range numTags {
		for prev := range numTags {
			m.findRows([]uint32{sd.t1[prev], sd.t2t1[prev2][prev]}, rows)
			m.addRows(rows[:2], &m.tagPairs[prev2][prev])
		}
	}
	for c, class := range classNames {
		m.findRows([]uint32{hashString(sd.nc[1], class), hashString(sd.nc[3], class)}, rows)
		m.addRows(rows[:1], &m.classMarks[0][c])
		m.addRows(rows[1:2], &m.classMarks[1][c])
	}
	gv := gazValues.get()
	m.gazMarks = make([][3][numTags]int32, len(gv.names))
	m.gazTags = make([][numTags][numTags]int32, len(gv.names))
	for v := range gv.names {
		hs := []uint32{gv.hash(sd.ng[1], v), gv.hash(sd.ng[3], v), gv.hash(sd.g, v)}
		m.findRows(hs, rows)
		for k := range hs {
			m.addRows(rows[k:k+1], &m.gazMarks[v][k])
		}
		for prev := range numTags {
			m.findRows([]uint32{gv.hash(sd.t1g[prev], v)}, rows)
			m.addRows(rows[:1], &m.gazTags[v][prev])
		}
	}
	// away from the gazetteer's names, the value of its feature is 0
	for prev2 := range numTags {
		for prev := range numTags {
			m.tagPairsPlain[prev2][prev] = m.tagPairs[prev2][prev]
			addScores(&m.tagPairsPlain[prev2][prev], &m.gazTags[0][prev])
		}
	}
	for before := range classNames {
		for after := range classNames {
			sum := &m.marks[before][after]
			for k := range m.gazMarks[0] {
				addScores(sum, &m.gazMarks[0][k])
			}
			addScores(sum, &m.classMarks[0][before])
			addScores(sum, &m.classMarks[1][after])
		}
	}
}

var errUnsortedModel = errors.New("berita: tagger weights not sorted by hash")

// encodeModel writes weights (numTags per feature hash) in the format
// decodeModel reads, quantized to int16.
func encodeModel(w io.Writer, weights map[uint32]*[numTags]float64) error {
	hashes := make([]uint32, 0, len(weights))
	var maxAbs float64
	for h, ws := range weights {
		hashes = append(hashes, h)
		for _, x := range ws {
			maxAbs = max(maxAbs, math.Abs(x))
		}
	}
	slices.Sort(hashes)
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	buf.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(scale)))
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(hashes))))
	for _, h := range hashes {
		buf.Write(binary.LittleEndian.AppendUint32(nil, h))
	}
	for _, h := range hashes {
		for _, x := range weights[h] {
			q := int16(math.Round(x / float64(scale)))
			buf.Write(binary.LittleEndian.AppendUint16(nil, uint16(q)))
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// findRows sets rows[k] to the row of feature hs[k], or to a row of
// zeros when the model does not know it (m.none, or an unused row when
// the low half of hs[k] is 0).
func (m *model) findRows(hs []uint32, rows []int32) {
	if len(m.rows) < bucketRows<<16 { // an empty model
		for k := range rows {
			rows[k] = m.none
		}
		return
	}
	rows = rows[:len(hs)]
	first := (*[bucketRows << 16]modelRow)(m.rows) // the buckets
	// A first pass reads a row of every feature's bucket and does
	// nothing else, so that all the cache misses are under way at once;
	// the loop that compares takes more instructions per feature than
	// the processor looks ahead over. (What it stores is overwritten.)
	for k, h := range hs {
		rows[k] = int32(first[h>>16*bucketRows].low())
	}
	// Which row of a bucket holds a feature is as good as random, so a
	// loop that stopped at it mispredicted a branch about once per
	// look-up: all four rows are compared, and conditional moves keep the
	// first that matches. One in eight features is unknown, and one in
	// two hundred is unknown and in a bucket that spilled: one branch
	// asks both, and is rarely taken, where a branch on either was
	// mispredicted for one feature in ten.
	for k, h := range hs {
		j := h >> 16 * bucketRows
		low := uint16(h)
		r := m.none
		if first[j+3].low() == low {
			r = int32(j + 3)
		}
		if first[j+2].low() == low {
			r = int32(j + 2)
		}
		if first[j+1].low() == low {
			r = int32(j + 1)
		}
		if first[j].low() == low {
			r = int32(j)
		}
		unknown := uint64(0)
		if r == m.none {
			unknown = 1
		}
		if b := h >> 16; m.spilled[b/64]>>(b%64)&unknown != 0 {
			if sr := m.spillRow(h); sr >= 0 {
				r = sr
			}
		}
		rows[k] = r
	}
}

// addRows adds the weights of rows to scores. The sums are of integers,
// which take less time than floats and come out the same in any order,
// and they are taken four weights at a time (see sumRows).
func (m *model) addRows(rows []int32, scores *[numTags]int32) {
	for len(rows) > 0 {
		n := min(len(rows), 1<<16-1) // a token has some forty
		s02, s13, s46, s5 := sumRows(m.rows, rows[:n])
		// each lane's sum, less the offsets, is the sum of the weights
		offsets := uint32(n) << 15
		lane := func(s uint64, upper int) int32 { return int32(uint32(s>>(32*upper)) - offsets) }
		scores[0] += lane(s02, 0)
		scores[1] += lane(s13, 0)
		scores[2] += lane(s02, 1)
		scores[3] += lane(s13, 1)
		scores[4] += lane(s46, 0)
		scores[5] += lane(s5, 0)
		scores[6] += lane(s46, 1)
		rows = rows[n:]
	}
}

// sumRows sums the weights of rows of table, at most 65535 of them, in
// 32-bit lanes: s02 holds the sums of weights 0 and 2, from the low bits
// up, and so on. A row's int16 lanes, offset by 32768 to be unsigned, are
// split into the even and the odd ones, each of which is then a 32-bit
// lane that 65535 rows cannot carry out of. (Summed one by one, the seven
// sums and the loop's state took more registers than the processor has,
// and the loop spilled them; inlined into addRows, it spills the state
// of addRows.)
//
//go:noinline
func sumRows(table []modelRow, rows []int32) (s02, s13, s46, s5 uint64) {
	const (
		offset = 0x8000_8000_8000_8000 // flips each lane's sign bit: w becomes w + 32768
		even   = 0x0000_ffff_0000_ffff
	)
	for _, j := range rows {
		lo, hi := table[j].lo^offset, table[j].hi^offset
		s02 += lo & even
		s13 += lo >> 16 & even
		s46 += hi & even
		s5 += hi >> 16 & even // and the hashes, in the upper lane
	}
	return s02, s13, s46, s5
}

// tag labels each token of text with a BIO tag; tags is reused. Names
// in edited Indonesian text start with a capital, so a token is scored
// only when it holds an upper-case letter or may continue the name
// before it ("bin", "2024", "-"); any other token is outside a name.
// Scoring the tokens next to a capital as well gave the same output on
// the corpus at nearly twice the cost. Some of those are left out too,
// whose tag the entity rules never use (opensWithCommonWord,
// loneCalendarWord) or that end the name before them (endsName).
func (m *model) tag(fx *featurizer, tags []uint8) []uint8 {
	if len(fx.wordCache) >= maxCachedWords {
		fx.emptyWordCache()
	}
	m.sumWords(fx)
	// every tag is O until a token is scored: most tokens are passed over
	// with one test
	n := len(fx.toks)
	tags = slices.Grow(tags[:0], n)[:n]
	clear(tags)
	for i := range tags {
		var prev, prev2 uint8
		if i > 0 {
			prev = tags[i-1]
		}
		// sumWords has summed the word features of the tokens with an
		// upper-case letter, and of no other
		if prev == tagO && !fx.info[i].haveScores || prev != tagO && fx.endsName(i) {
			continue
		}
		if i > 1 {
			prev2 = tags[i-2]
		}
		scores := m.scores(fx, i, prev, prev2)
		tags[i] = bestTag(&scores, prev, fx.toks[i].kind)
	}
	return tags
}

// scores returns the score of each tag for token i given the tags of the
// two tokens before it.
func (m *model) scores(fx *featurizer, i int, prev, prev2 uint8) [numTags]int32 {
	in := fx.tokInfo(i)
	if !in.haveScores {
		m.sumWord(fx, i, in)
	}
	scores := in.wordScores
	// The features of the two tags before alone are summed in the model,
	// and so is that of the tag before and the gazetteer; those of the
	// word and the tag O before it, which most of the tokens scored
	// follow, with the token.
	if v := fx.gazValue(i); v == 0 {
		addScores(&scores, &m.tagPairsPlain[prev2][prev])
	} else {
		addScores(&scores, &m.tagPairs[prev2][prev])
		addScores(&scores, &m.gazTags[v][prev])
	}
	if prev == tagO {
		addScores(&scores, &in.afterO)
	} else {
		addScores(&scores, m.afterTag(fx, in, prev))
	}
	return scores
}

// afterTag returns the sums of the wordTagFeatures of token entry in,
// whose scores are summed, after tag prev, other than O: from the word
// cache when they are there, and they are kept there when the word is.
func (m *model) afterTag(fx *featurizer, in *tokenInfo, prev uint8) *[numTags]int32 {
	sums := &fx.uncachedAfterTag
	if in.tagSumsAt >= 0 {
		cached := &fx.afterTags[in.tagSumsAt]
		if cached.have>>prev&1 != 0 {
			return &cached.sums[prev-1]
		}
		cached.have |= 1 << prev
		sums = &cached.sums[prev-1]
	}
	feats := fx.wordTagFeatures(in, prev, fx.feats[:0])
	fx.feats = feats
	rows := slices.Grow(fx.rows[:0], len(feats))[:len(feats)]
	fx.rows = rows
	m.findRows(feats, rows)
	*sums = [numTags]int32{}
	m.addRows(rows, sums)
	return sums
}

// sumWord sums the weights of the features of token i that do not depend
// on the tags before it into in.wordScores, which runType reads again,
// and those of the word and the tag O before it into in.afterO.
func (m *model) sumWord(fx *featurizer, i int, in *tokenInfo) {
	fx.pending = append(fx.pending[:0], fx.lookUpWord(i, in))
	fx.feats = fx.pendWord(&fx.pending[0], in, fx.feats[:0])
	m.sumPending(fx)
}

// sumWords does what sumWord does for every token that tag scores
// whatever the tags before it: the words with an upper-case letter, but
// for those opensWithCommonWord and loneCalendarWord leave out. It
// looks all their words up in the word cache first, and then the rows
// of all their features at once, so that the cache misses of one
// token's look-ups overlap with those of the others, where a token at a
// time waited on its misses once per token.
func (m *model) sumWords(fx *featurizer) {
	fx.pending = fx.pending[:0]
	for i := range fx.toks {
		if fx.toks[i].kind == punctToken || !fx.toks[i].anyUpper || fx.opensWithCommonWord(i) || fx.loneCalendarWord(i) {
			continue
		}
		fx.pending = append(fx.pending, fx.lookUpWord(i, &fx.info[i]))
	}
	if len(fx.pending) == 0 {
		return
	}
	feats := fx.feats[:0]
	for k := range fx.pending {
		p := &fx.pending[k]
		feats = fx.pendWord(p, fx.tokInfo(p.tok), feats)
	}
	fx.feats = feats
	m.sumPending(fx)
}

// opensWithCommonWord says whether token i is a common word that opens
// a sentence with a capital ("Namun", "Menurut") and stands alone, the
// word after it holding no upper-case letter. The tagger leaves it
// unscored, and so tags it O: the entity rules take no lone common word
// for a name (commonPhrase), and one in six of the tokens the tagger
// scored were such words. It had tagged 19 of the 7,730 of them in the NER sets
// and the corpus as part of a name; leaving them out changed the output
// of one sentence ("Kementerian luar negeri Mesir Sabtu" was taken for
// an organization, and is now Mesir, a place) and no score but NER-UGM's
// test set, which rose by 0.001.
func (fx *featurizer) opensWithCommonWord(i int) bool {
	if !fx.toks[i].sentStart || i+1 < len(fx.toks) && fx.toks[i+1].anyUpper {
		return false
	}
	w := fx.word(i)
	return isCommonWord(w) && !isAllUpper(w)
}

// loneCalendarWord says whether token i names a day or a month ("Senin",
// "Januari") with no capitalized word next to it. The tagger leaves it
// unscored, and so tags it O: the entity rules take no name made only of
// days and months (nameLike). Of the 1,640 such words inside a sentence
// in the NER sets and the corpus, the tagger had tagged 14 as a name;
// leaving them unscored changed no output of the snapshot and no score.
func (fx *featurizer) loneCalendarWord(i int) bool {
	if i > 0 && fx.toks[i-1].anyUpper || i+1 < len(fx.toks) && fx.toks[i+1].anyUpper {
		return false
	}
	return isCalendarWord(fx.word(i))
}

// endsName says whether token i, after a name, ends it unscored: a
// mark that ends a clause or a quotation (",", ".", "?", a quotation
// mark), or a lower-case common word other than the connectives names
// hold ("dan", "bin", "of"). After a name the tagger scored every token,
// one at a time, for its features depend on the tag before: of those it
// scored on the corpus, 831 were commas and full stops, which it never
// tagged as part of a name there or in the NER sets (7,547 of them), and
// 848 such words, of which it tagged 5. Leaving them unscored changed
// nothing in the output on the corpus and the NER sample of the
// snapshot, and no score but idner-news-2k's overlap, which rose by
// 0.001.
func (fx *featurizer) endsName(i int) bool {
	w := fx.word(i)
	if fx.toks[i].kind == punctToken {
		switch w {
		case ",", ".", ":", ";", "?", "!", "\"", "“", "”":
			return true
		}
		return false
	}
	if fx.toks[i].kind != wordToken || fx.toks[i].anyUpper {
		return false
	}
	return !connective[w] && isCommonWord(w)
}

// A pendingWord is a token whose features pendWord has hashed into
// fx.feats and sumPending has yet to sum: feats[self:afterO] are those
// of its word alone, feats[afterO:context] those of its word and the tag
// O before it, both empty when the word cache knows the word, and
// feats[context:end] are the others.
type pendingWord struct {
	tok                        int
	self, afterO, context, end int
	known                      bool
}

// lookUpWord looks the word of token i up in the word cache: when the
// cache knows it, its sums go to in.wordScores and in.afterO, and the
// token is known.
func (fx *featurizer) lookUpWord(i int, in *tokenInfo) pendingWord {
	// the key is the token's text, which in.word holds once in is
	// filled
	sums, known := fx.wordCache[fx.word(i)]
	if known {
		in.wordScores, in.afterO, in.tagSumsAt = sums.self, sums.afterO, sums.tagSumsAt
	}
	return pendingWord{tok: i, known: known}
}

// pendWord appends to feats the hashes of the features of token p.tok,
// whose entry is in, that do not depend on the tags before it, less
// those of its word when the word cache knows the word, and records
// where they are in p.
func (fx *featurizer) pendWord(p *pendingWord, in *tokenInfo, feats []uint32) []uint32 {
	p.self = len(feats)
	p.afterO = p.self
	if !p.known {
		feats = fx.selfFeatures(in, feats)
		p.afterO = len(feats)
		feats = fx.wordTagFeatures(in, tagO, feats)
	}
	p.context = len(feats)
	feats = fx.contextFeatures(p.tok, feats)
	p.end = len(feats)
	return feats
}

// sumPending sums the features of fx.pending, whose hashes are in
// fx.feats.
func (m *model) sumPending(fx *featurizer) {
	// all the rows are looked up at once, so that their misses overlap
	rows := slices.Grow(fx.rows[:0], len(fx.feats))[:len(fx.feats)]
	fx.rows = rows
	m.findRows(fx.feats, rows)
	for _, p := range fx.pending {
		i := p.tok
		in := &fx.info[i]
		if !p.known {
			var sums wordSums
			m.addRows(rows[p.self:p.afterO], &sums.self)
			m.addRows(rows[p.afterO:p.context], &sums.afterO)
			in.tagSumsAt = fx.cacheWordSums(in.word, &sums)
			in.wordScores, in.afterO = sums.self, sums.afterO
		}
		// the features of the gazetteer and of the word classes around the
		// token take few values, and their sums are kept in the model, away
		// from the gazetteer's names all in one (see model.marks)
		before, after := fx.tokInfo(i-1).class, fx.tokInfo(i+1).class
		if vb, v, va := fx.gazValue(i-1), fx.gazValue(i), fx.gazValue(i+1); vb == 0 && v == 0 && va == 0 {
			addScores(&in.wordScores, &m.marks[before][after])
		} else {
			addScores(&in.wordScores, &m.gazMarks[vb][0])
			addScores(&in.wordScores, &m.gazMarks[va][1])
			addScores(&in.wordScores, &m.gazMarks[v][2])
			addScores(&in.wordScores, &m.classMarks[0][before])
			addScores(&in.wordScores, &m.classMarks[1][after])
		}
		m.addRows(rows[p.context:p.end], &in.wordScores)
		in.haveScores = true
	}
}

// addScores adds the scores of src to dst.
func addScores(dst, src *[numTags]int32) {
	for t := range dst {
		dst[t] += src[t]
	}
}

// bestTag picks the highest-scoring tag that may follow prev (see
// allowedTags); of tags that score alike, the first.
func bestTag(scores *[numTags]int32, prev uint8, kind tokenKind) uint8 {
	allowed := allowedTags[0][prev]
	if kind == punctToken {
		allowed = allowedTags[1][prev]
	}
	best, bestScore := uint8(tagO), scores[tagO]
	for t := uint8(1); t < numTags; t++ {
		if allowed>>t&1 != 0 && scores[t] > bestScore {
			best, bestScore = t, scores[t]
		}
	}
	return best
}

// allowedTags holds, by whether the token is a punctuation mark and by
// the tag before it, a bit for each tag the token may take: O always; an
// I- tag only after a tag of its own type; a B- tag, on no punctuation
// mark.
var allowedTags = func() (allowed [2][numTags]uint8) {
	for punct := range 2 {
		for prev := range uint8(numTags) {
			for t := range uint8(numTags) {
				if isInside(t) && insideOf(prev) != t || t != tagO && !isInside(t) && punct == 1 {
					continue
				}
				allowed[punct][prev] |= 1 << t
			}
		}
	}
	return allowed
}()

// A featurizer computes the features of the tokens of one text. Its
// buffers are reused by reset from one text to the next, and from one
// Parse to the next with the entityFinder that holds it (see spareFinders
// in entities.go).
type featurizer struct {
	text string
	toks []token
	// gaz holds, per token, 1 + the gazetteer entry of the name it is part
	// of (0 for none), negated on the name's first token.
	gaz []int32
	// names holds the match at the first token of each of those names,
	// which the entity rules ask for again (see entityFinder.match).
	names []gazMatch
	buf   []byte
	// info caches, per token, what its features hash, filled on first use
	// (tokens far from any capital are never featurized); lower and
	// shapes back the slices the entries hold. entries holds info with
	// copies of the boundary markers' entries around it, bounds of them
	// before the first token and after the last (see tokInfo).
	info    []tokenInfo
	entries []tokenInfo
	lower   []byte
	shapes  []rune
	// feats and rows are scratch space for feature hashes and their
	// rows in the model.
	feats []uint32
	rows  []int32
	// pending holds the tokens whose features are in feats, not yet
	// summed (see sumWords).
	pending []pendingWord
	// wordCache holds, per word, the sums of the weights of the
	// features of the word alone, and afterTags those after tags other
	// than O; cacheKeys is what its keys are carved from.
	wordCache map[string]wordSums
	afterTags []tagSums
	cacheKeys *strings.Builder
	// uncachedAfterTag holds what model.afterTag returns for a word the
	// word cache does not keep.
	uncachedAfterTag [numTags]int32
}

// wordSums are the sums of the weights of the features of a token that
// read its word alone: its selfFeatures, and its wordTagFeatures after
// the tag O, which most of the words scored follow; and the index of the
// word's tagSums in fx.afterTags.
type wordSums struct {
	self, afterO [numTags]int32
	tagSumsAt    int32
}

// tagSums are the sums of a word's wordTagFeatures after each tag other
// than O, once the word is scored after it (sums[t-1], once have has bit
// t): the words after a name, and those runType scores again under each
// type. They are kept apart from wordSums, which the map holds in its
// slots and every look-up reads: with them the slots were four times as
// large and the look-ups slower.
type tagSums struct {
	have uint8
	sums [numTags - 1][numTags]int32
}

// A word's selfFeatures and wordTagFeatures are a third of the features
// of a token, and a word met before has their sums in the word cache,
// which saves hashing them and looking them up: the sums are of integers,
// the same in any order. A Parse has a featurizer of its own, in the
// entityFinder it takes from spareFinders, so the cache is never shared;
// it passes from one Parse to the next with the entityFinder, for the
// names in the news come again and again. It holds no text (its keys
// are copies). It holds at most maxCachedWords words, some 4 MB, and
// once full it is emptied before the next text is tagged: a token's
// entry keeps the index of its word's sums, which stays good for the
// text (see tokenInfo.tagSumsAt).
const maxCachedWords = 1 << 14

// emptyWordCache empties the word cache.
func (fx *featurizer) emptyWordCache() {
	fx.wordCache = make(map[string]wordSums)
	fx.afterTags = fx.afterTags[:0]
	// the tokens summed hold indexes into the old tagSums: they are summed
	// again when scored (tag empties the cache before it sums any)
	for i := range fx.info {
		fx.info[i].haveScores = false
	}
	fx.cacheKeys = nil // the old keys are the old map's
}

// cacheWordSums keeps the sums of word w and returns the index of its
// tagSums, or -1 when the cache is full.
func (fx *featurizer) cacheWordSums(w string, sums *wordSums) int32 {
	if fx.wordCache == nil {
		fx.emptyWordCache()
	}
	// a word twice in one text may be summed twice before it is kept
	if old, ok := fx.wordCache[w]; ok {
		return old.tagSumsAt
	}
	if len(fx.wordCache) >= maxCachedWords {
		return -1
	}
	// the keys are carved from chunks of a kilobyte or more, where a key
	// each cost an allocation; the Builder is a pointer, for a Builder
	// may not be copied, and a featurizer may be
	if fx.cacheKeys == nil || fx.cacheKeys.Cap()-fx.cacheKeys.Len() < len(w) {
		fx.cacheKeys = new(strings.Builder)
		fx.cacheKeys.Grow(max(1024, len(w)))
	}
	start := fx.cacheKeys.Len()
	fx.cacheKeys.WriteString(w)
	sums.tagSumsAt = int32(len(fx.afterTags))
	fx.wordCache[fx.cacheKeys.String()[start:]] = *sums
	fx.afterTags = append(fx.afterTags, tagSums{})
	return sums.tagSumsAt
}

// tokenInfo is what the features of a token and of its neighbours read:
// the word lower-cased, its full and short shapes (see appendShapes) and its
// word class, kept as its index in classNames, which the scorer and the
// entity rules index by.
type tokenInfo struct {
	done         bool
	haveScores   bool
	class        uint8
	wordScores   [numTags]int32 // of wordFeatures, once haveScores
	afterO       [numTags]int32 // of wordTagFeatures after tag O, likewise
	tagSumsAt    int32          // the index of the word's tagSums in the word cache, or -1; likewise
	word         string
	lower        []byte
	shape, short []rune
}

// reset prepares fx for text and its tokens.
func (fx *featurizer) reset(text string, toks []token) {
	fx.text, fx.toks = text, toks
	fx.gaz = slices.Grow(fx.gaz[:0], len(toks))[:len(toks)]
	clear(fx.gaz)
	fx.names = slices.Grow(fx.names[:0], len(toks))[:len(toks)]
	clear(fx.names)
	n := len(toks)
	fx.entries = slices.Grow(fx.entries[:0], n+2*bounds)[:n+2*bounds]
	sd := seeds.get()
	for k := range bounds {
		fx.entries[k], fx.entries[n+bounds+k] = *sd.start, *sd.end
	}
	fx.info = fx.entries[bounds : n+bounds : n+bounds]
	// an entry is read only once done, and its scores once haveScores,
	// and fill and sumPending write the rest; clearing the two flags
	// alone spares writing the whole of each entry, some 180 bytes
	for i := range fx.info {
		in := &fx.info[i]
		in.done, in.haveScores = false, false
	}
	fx.lower, fx.shapes = fx.lower[:0], fx.shapes[:0]
	g := loadGazetteer()
	for i := 0; i < len(toks); {
		if toks[i].kind == punctToken {
			i++
			continue
		}
		// most words start no known name, and the first-word filter
		// says so here at less cost than a call of matchAt; the head it
		// reads is made here, inline, where eight bytes of text follow
		// the word's start (all words but the last few), which spares
		// every word the calls of hasAnyCaseAt
		start, end := toks[i].start, toks[i].end
		var head uint64
		ascii := false
		if start+8 <= len(text) {
			head, ascii = asciiHeadOf(load64(text, start), end-start)
		}
		if ascii && !g.firsts.hasHead(head) || !ascii && !g.firsts.hasAnyCaseAt(text, start, end) {
			i++
			continue
		}
		var m gazMatch
		m, fx.buf = g.matchFirst(text, toks, i, fx.buf)
		if m.n == 0 {
			i++
			continue
		}
		id := g.list(m.list)[0] + 1
		for j := i; j < i+int(m.n); j++ {
			fx.gaz[j] = id
		}
		fx.gaz[i] = -id
		fx.names[i] = m
		i += int(m.n)
	}
}

func newTokenInfo(w string) *tokenInfo {
	var fx featurizer
	in := &tokenInfo{}
	fx.fill(in, w)
	return in
}

// tokInfo returns the entry of token i, or a boundary marker's for the
// bounds tokens before and after the text. It inlines, where the tests of
// the bounds and the look-ups of the markers did not: the scorer asks for
// an entry about four times for each time one is filled.
func (fx *featurizer) tokInfo(i int) *tokenInfo {
	in := &fx.entries[bounds+i]
	if !in.done {
		fx.fillToken(i)
	}
	return in
}

// bounds is how far before the first token and after the last the
// features read: two tokens (contextFeatures and hashLower).
const bounds = 2

// fillToken fills the entry of token i. It is kept out of tokInfo, which
// inlines only without it.
//
//go:noinline
func (fx *featurizer) fillToken(i int) {
	fx.fill(&fx.info[i], fx.text[fx.toks[i].start:fx.toks[i].end])
}

// fill computes in for word w.
func (fx *featurizer) fill(in *tokenInfo, w string) {
	in.done, in.word = true, w
	if fx.fillASCII(in, w) {
		return
	}
	start := len(fx.lower)
	fx.lower = appendLower(fx.lower, w)
	in.lower = fx.lower[start:len(fx.lower):len(fx.lower)]
	start = len(fx.shapes)
	var nf int
	fx.shapes, nf = appendShapes(fx.shapes, w)
	in.shape = fx.shapes[start : start+nf : start+nf]
	in.short = fx.shapes[start+nf : len(fx.shapes) : len(fx.shapes)]
	in.class = noClass
	if len(w) <= 32 { // as wordClass, from the word lower-cased above
		in.class = wordClasses.get().of(in.lower)
	}
}

// fillASCII fills in as fill does, in one pass over w and without
// decoding, when w is ASCII (most words are); it reports whether w was.
// The pass lower-cases the word, makes its shapes and the head hash that
// wordClasses looks up.
func (fx *featurizer) fillASCII(in *tokenInfo, w string) bool {
	start := len(fx.lower)
	fx.lower = append(fx.lower, w...)
	lower := fx.lower[start:len(fx.lower):len(fx.lower)]
	var full, short [9]rune
	nf, ns := 0, 0
	head := uint64(len(w))
	for k, c := range lower {
		sc := rune(c)
		switch {
		case c >= utf8.RuneSelf:
			fx.lower = fx.lower[:start]
			return false
		case 'A' <= c && c <= 'Z':
			lower[k] = c + 'a' - 'A'
			sc = 'X'
		case 'a' <= c && c <= 'z':
			sc = 'x'
		case '0' <= c && c <= '9':
			sc = 'd'
		}
		if k < 8 {
			head = head<<8 | uint64(lower[k])
		}
		if nf < len(full) {
			full[nf] = sc
			nf++
		}
		// the short shape takes a character unlike the one before, up
		// to 9; appendShapes stops reading there
		if ns == 0 || short[ns-1] != sc && ns < len(short) {
			short[ns] = sc
			ns++
		}
	}
	in.lower = lower
	start = len(fx.shapes)
	fx.shapes = append(append(fx.shapes, full[:nf]...), short[:ns]...)
	in.shape = fx.shapes[start : start+nf : start+nf]
	in.short = fx.shapes[start+nf : len(fx.shapes) : len(fx.shapes)]
	// (as wordClass; most words are turned away by the filter here,
	// inline, before the calls of ofHead)
	in.class = noClass
	if classes := wordClasses.get(); len(w) <= 32 && classes.mayHave(head) {
		in.class = classes.ofHead(head, lower)
	}
	return true
}

// hasUpper says whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

// hash4 hashes s, a word's bytes or a shape's runes, on each of the four
// hashes of hs, as hashBytes and hashRunes hash it on one. The four
// chains of multiplies are independent, so the processor runs them side
// by side, where four loops, one after another, each waited on its chain
// and mispredicted its end.
func hash4[C byte | rune](hs *[4]uint32, s []C) {
	h0, h1, h2, h3 := hs[0], hs[1], hs[2], hs[3]
	for _, c := range s {
		x := uint32(c)
		h0 = (h0 ^ x) * fnvPrime
		h1 = (h1 ^ x) * fnvPrime
		h2 = (h2 ^ x) * fnvPrime
		h3 = (h3 ^ x) * fnvPrime
	}
	*hs = [4]uint32{h0, h1, h2, h3}
}

// hashRunes hashes a shape as appendShapes gives it.
func hashRunes(h uint32, rs []rune) uint32 {
	for _, c := range rs {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

// appendShapes appends the full and then the short shape of s, reading s
// once, and returns the length of the full one. A shape has X for an
// upper-case letter, x for a lower-case one, d for a digit, the character
// itself otherwise; in the short one, runs of the same class count once
// ("Xx", "X", "d/d/d"). Each holds at most 9 characters.
func appendShapes(out []rune, s string) ([]rune, int) {
	var full, short [9]rune
	nf, ns := 0, 0
	// the full shape is never shorter than the short one: it is done
	// when the short one is
	for i := 0; i < len(s) && ns < len(short); {
		c, size := shapeChar(s, i)
		i += size
		if nf < len(full) {
			full[nf] = c
			nf++
		}
		if ns == 0 || short[ns-1] != c {
			short[ns] = c
			ns++
		}
	}
	out = append(out, full[:nf]...)
	return append(out, short[:ns]...), nf
}

// shapeChar returns the shape character of the rune at s[i:] and the
// rune's size.
func shapeChar(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			return 'X', 1
		case 'a' <= c && c <= 'z':
			return 'x', 1
		case '0' <= c && c <= '9':
			return 'd', 1
		}
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsUpper(r):
		return 'X', size
	case unicode.IsLower(r):
		return 'x', size
	case unicode.IsDigit(r):
		return 'd', size
	}
	return r, size
}

// word returns the text of token i, or a boundary marker outside the text.
func (fx *featurizer) word(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(fx.toks) {
		return "</s>"
	}
	return fx.text[fx.toks[i].start:fx.toks[i].end]
}

// gazAt returns fx.gaz[i], or 0 outside the text.
func (fx *featurizer) gazAt(i int) int32 {
	if i < 0 || i >= len(fx.gaz) {
		return 0
	}
	return fx.gaz[i]
}

// gazFeature hashes into h the gazetteer feature of token i: "-" outside
// a known name, else B or I, the type's initial and the list's kind.
func (fx *featurizer) gazFeature(h uint32, i int) uint32 {
	return gazValues.get().hash(h, fx.gazValue(i))
}

// gazValue returns the value of the gazetteer feature of token i, as
// gazValues numbers them: 0 outside a known name.
func (fx *featurizer) gazValue(i int) int {
	id := fx.gazAt(i)
	switch {
	case id < 0:
		return gazValues.get().first[-id-1]
	case id > 0:
		return gazValues.get().first[id-1] + 1
	}
	return 0
}

// gazFeatureValues numbers the values of the gazetteer feature, which
// are few: "-", and B and I of each type and kind of name the gazetteer
// lists.
type gazFeatureValues struct {
	// names holds each value's string, and first the value of B of each
	// gazetteer entry's type and kind; that of I is one more.
	names []string
	first []int
}

var gazValues = newLazy(func() *gazFeatureValues {
	gv := &gazFeatureValues{names: []string{"-"}}
	entries := loadGazetteer().entries
	gv.first = make([]int, len(entries))
	index := map[string]int{}
	for k, e := range entries {
		kind := string(e.typ[0]) + e.kind
		v, ok := index[kind]
		if !ok {
			v = len(gv.names)
			index[kind] = v
			gv.names = append(gv.names, "B"+kind, "I"+kind)
		}
		gv.first[k] = v
	}
	return gv
})

// hash hashes value v of the gazetteer feature into h.
func (gv *gazFeatureValues) hash(h uint32, v int) uint32 {
	return hashString(h, gv.names[v])
}

// wordClass names the small word lists a token belongs to: person titles
// and roles, heads of organization and place names.
func wordClass(w string) string {
	return classNames[wordClassIndex(w)]
}

// wordClassIndex is wordClass as the class's index in classNames.
func wordClassIndex(w string) uint8 {
	var b [32]byte
	if len(w) > len(b) {
		return noClass
	}
	return wordClasses.get().of(appendLower(b[:0], w))
}

// wordClassSet maps the words of the lists wordClass reads to their
// class, a title before a head of an organization before one of a place.
type wordClassSet struct {
	// classes flags each word with the lists it is in (classTitle...)
	classes *filteredFlags
}

const (
	classTitle uint8 = 1 << iota
	classOrgHead
	classPlaceHead
)

// of returns the class of lower, a word lower-cased, as its index in
// classNames.
func (c *wordClassSet) of(lower []byte) uint8 {
	return classOf(c.classes.of(lower))
}

// mayHave says whether a word of head hash head may have a class: the
// filter of the lists' words, which turns most words away, and inlines.
func (c *wordClassSet) mayHave(head uint64) bool {
	return c.classes.words.hasHead(head)
}

// ofHead is of, given the head hash of lower.
func (c *wordClassSet) ofHead(head uint64, lower []byte) uint8 {
	return classOf(c.classes.ofHead(head, lower))
}

// The word classes by their index in classNames, which the scorer's
// tables and a token's entry hold.
const (
	noClass uint8 = iota
	titleClass
	orgHeadClass
	placeHeadClass
)

// classNames are the word classes, no class first.
var classNames = [...]string{noClass: "", titleClass: "title", orgHeadClass: "orghead", placeHeadClass: "placehead"}

// classOf returns the index in classNames of the first class of flags,
// in the order of precedence.
func classOf(flags uint8) uint8 {
	switch {
	case flags&classTitle != 0:
		return titleClass
	case flags&classOrgHead != 0:
		return orgHeadClass
	case flags&classPlaceHead != 0:
		return placeHeadClass
	}
	return noClass
}

var wordClasses = newLazy(func() *wordClassSet {
	c := &wordClassSet{classes: newFilteredFlags(len(personTitles) + len(orgHeads) + len(placeHeads))}
	for class, set := range map[uint8]map[string]bool{classTitle: personTitles, classOrgHead: orgHeads, classPlaceHead: placeHeads} {
		for w := range set {
			c.classes.add(w, class)
		}
	}
	return c
})

// featureSeeds holds the hash of each feature template's name, the state
// its value is hashed on from; templates that name a neighbour or a tag
// have one seed per neighbour or tag.
type featureSeeds struct {
	bias, w, W, s, ss, first, firstSS uint32
	p, x                              [5]uint32 // by affix length
	nw                                [5]uint32 // by offset + 2
	nss, ng, nc, nwss                 [5]uint32
	ww1, w1w, g, gss, c               uint32
	t1, t1ss, t1w, t1g                [numTags]uint32
	t2t1                              [numTags][numTags]uint32
	// start and end stand for the tokens before the first and after the
	// last.
	start, end *tokenInfo
}

// seeds are the template hashes, computed once: the same strings the
// features were trained with.
var seeds = newLazy(func() *featureSeeds {
	f := func(name string) uint32 { return hashString(fnvOffset, name) }
	s := &featureSeeds{
		bias: f("bias"), w: f("w="), W: f("W="), s: f("s="), ss: f("ss="),
		first: f("first"), firstSS: f("first,ss="),
		ww1: f("w-1w="), w1w: f("ww+1="), g: f("g="), gss: f("gss="), c: f("c="),
		start: newTokenInfo("<s>"), end: newTokenInfo("</s>"),
	}
	for k := 1; k <= 4; k++ {
		s.p[k] = hashString(f("p="), string(rune('0'+k)))
		s.x[k] = hashString(f("x="), string(rune('0'+k)))
	}
	for _, d := range [...]int{-2, -1, 1, 2} {
		tag := string(rune('2' + d))
		s.nw[d+2] = hashString(f("w"), tag)
		s.nss[d+2] = hashString(f("ss"), tag)
		s.ng[d+2] = hashString(f("g"), tag)
		s.nc[d+2] = hashString(f("c"), tag)
		s.nwss[d+2] = hashString(f("wss"), tag)
	}
	for t := range numTags {
		pt := string(rune('0' + t))
		s.t1[t] = hashString(f("t-1="), pt)
		s.t1ss[t] = hashString(f("t-1ss="), pt)
		s.t1w[t] = hashString(f("t-1w="), pt)
		s.t1g[t] = hashString(f("t-1g="), pt)
		for t2 := range numTags {
			s.t2t1[t2][t] = hashString(hashString(f("t-2t-1="), string(rune('0'+t2))), pt)
		}
	}
	return s
})

// features appends the feature hashes of token i, given the tags of the
// two tokens before it.
func (fx *featurizer) features(i int, prev, prev2 uint8, out []uint32) []uint32 {
	return fx.tagFeatures(i, prev, prev2, fx.wordFeatures(i, out))
}

// wordFeatures appends the hashes of the features of token i that do not
// depend on the tags before it: those that read the word alone, and
// those of its context.
func (fx *featurizer) wordFeatures(i int, out []uint32) []uint32 {
	return fx.markFeatures(i, fx.contextFeatures(i, fx.selfFeatures(fx.tokInfo(i), out)))
}

// selfFeatures appends the hashes of the features of a token that read
// no more than its word.
func (fx *featurizer) selfFeatures(in *tokenInfo, out []uint32) []uint32 {
	sd := seeds.get()
	out = append(out,
		sd.bias,
		hashBytes(sd.w, in.lower),
		hashString(sd.W, in.word),
		hashRunes(sd.s, in.shape),
		hashRunes(sd.ss, in.short),
		hashString(sd.c, classNames[in.class]))
	// affixes of the lower-cased word; a character is a byte when the
	// word is ASCII
	n := utf8.RuneCount(in.lower)
	ascii := n == len(in.lower)
	for k := 1; k <= 4 && k < n; k++ {
		p, x := in.lower[:k], in.lower[n-k:]
		if !ascii {
			p, x = prefixBytes(in.lower, k), suffixBytes(in.lower, k)
		}
		out = append(out, hashBytes(sd.p[k], p), hashBytes(sd.x[k], x))
	}
	return out
}

// contextFeatures appends the hashes of the features of token i that
// read its neighbours or where it stands. Where features hash the same
// string on different seeds, one pass hashes it on all of them (see
// hash4).
func (fx *featurizer) contextFeatures(i int, out []uint32) []uint32 {
	sd := seeds.get()
	in, prev, next := fx.tokInfo(i), fx.tokInfo(i-1), fx.tokInfo(i+1)
	// The short shape, on which the word before and the word after are
	// hashed next, and on the gazetteer feature.
	short := [4]uint32{sd.nwss[1], sd.nwss[3], fx.gazFeature(sd.gss, i)}
	hash4(&short, in.short)
	// The word before alone, on the short shape, and then the word on it.
	before := [4]uint32{sd.nw[1], short[0], sd.ww1}
	hash4(&before, prev.lower)
	// The word on the word before, and then the word after on it.
	word := [4]uint32{before[2], sd.w1w}
	hash4(&word, in.lower)
	// The word after alone, on the short shape and on the word.
	after := [4]uint32{sd.nw[3], short[1], word[1]}
	hash4(&after, next.lower)
	if fx.toks[i].sentStart {
		out = append(out, sd.first, hashRunes(sd.firstSS, in.short))
	}
	return append(out,
		fx.hashLower(sd.nw[0], i-2),
		before[0],
		hashRunes(sd.nss[1], prev.short),
		before[1],
		after[0],
		hashRunes(sd.nss[3], next.short),
		after[1],
		fx.hashLower(sd.nw[4], i+2),
		word[0],
		after[2],
		short[2])
}

// hashLower hashes into h the word of token i lower-cased, as hashBytes
// hashes tokInfo(i).lower. The features of a token read no more of the
// words two before and after it, and a word in ASCII is lower-cased as
// it is hashed, where filling its entry would also shape it and look up
// its class: of the words the tagger reads, one in five is read as no
// more than that.
func (fx *featurizer) hashLower(h uint32, i int) uint32 {
	if in := &fx.entries[bounds+i]; in.done { // as the boundary markers' are
		return hashBytes(h, in.lower)
	}
	lh := h
	for _, c := range []byte(fx.word(i)) {
		if c >= utf8.RuneSelf {
			return hashBytes(h, fx.tokInfo(i).lower)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lh = (lh ^ uint32(c)) * fnvPrime
	}
	return lh
}

// markFeatures appends the hashes of the features of token i that read
// the marks of the words around it, of the gazetteer and of the word
// classes.
func (fx *featurizer) markFeatures(i int, out []uint32) []uint32 {
	sd := seeds.get()
	return append(out,
		fx.gazFeature(sd.ng[1], i-1),
		fx.gazFeature(sd.ng[3], i+1),
		fx.gazFeature(sd.g, i),
		hashString(sd.nc[1], classNames[fx.tokInfo(i-1).class]),
		hashString(sd.nc[3], classNames[fx.tokInfo(i+1).class]))
}

// tagFeatures appends the hashes of the features of token i that depend
// on the tags of the two tokens before it; they come after wordFeatures.
func (fx *featurizer) tagFeatures(i int, prev, prev2 uint8, out []uint32) []uint32 {
	sd := seeds.get()
	out = append(out, sd.t1[prev], sd.t2t1[prev2][prev])
	out = fx.wordTagFeatures(fx.tokInfo(i), prev, out)
	return append(out, fx.gazFeature(sd.t1g[prev], i))
}

// wordTagFeatures appends the hashes of the features of a token that
// read its word and the tag before it.
func (fx *featurizer) wordTagFeatures(in *tokenInfo, prev uint8, out []uint32) []uint32 {
	sd := seeds.get()
	return append(out,
		hashRunes(sd.t1ss[prev], in.short),
		hashBytes(sd.t1w[prev], in.lower))
}

// prefixBytes and suffixBytes return the first and the last k characters
// of s.
func prefixBytes(s []byte, k int) []byte {
	for i := 0; i < len(s); {
		if k == 0 {
			return s[:i]
		}
		k--
		_, size := utf8.DecodeRune(s[i:])
		i += size
	}
	return s
}

func suffixBytes(s []byte, k int) []byte {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRune(s[:i])
		i -= size
	}
	return s[i:]
}

// runType returns the type whose B- and I- tags score highest over tokens
// [i, j) read as one name, for a run of capitalized words the tagger left
// outside any name.
func (m *model) runType(fx *featurizer, i, j int) EntityType {
	// the totals are of int64, which no run is long enough to overflow;
	// the first type wins a tie
	best, bestScore := EntityType(""), int64(math.MinInt64)
	for _, b := range [...]uint8{tagBPer, tagBOrg, tagBLoc} {
		var total int64
		prev, prev2 := uint8(tagO), uint8(tagO)
		for k := i; k < j; k++ {
			scores := m.scores(fx, k, prev, prev2)
			t := b
			if k > i {
				t = b + 1
			}
			total += int64(scores[t] - scores[tagO])
			prev2, prev = prev, t
		}
		if total > bestScore {
			best, bestScore = tagTypes[b], total
		}
	}
	return best
}

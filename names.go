package berita

import (
	_ "embed"
	"encoding/binary"
	"strings"
)

// Word lists for names, lower case. Sources: the usual forms of address
// and titles in Indonesian news (KBBI entries for the honorifics, the
// Polri and TNI rank lists, Indonesian academic degree abbreviations), and
// the head words that open organization and place names in the gazetteer.

// honorifics are the forms of address, academic titles and ranks in
// personTitles: unlike an office ("Ketua", "Menteri"), which may be
// followed by the body it heads, they are always followed by a person.
var honorifics = setOf("pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "sdr", "saudara", "saudari",
	"tuan", "nyonya", "ny", "nona", "h", "hj", "haji", "hajjah", "kh", "k.h", "kiai", "kyai", "ustaz", "ustadz", "habib",
	"gus", "romo", "dr", "drs", "dra", "ir", "prof", "mr", "mrs", "ms", "sir", "syekh", "raden", "jenderal",
	"letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten", "komjen", "irjen", "kombes", "akbp",
	"kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "bharada",
	"almarhum", "alm", "almh", "sang", "si")

// personTitles are honorifics, ranks and roles that stand before a
// person's name and are not part of it ("Presiden", "Pak", "Irjen").
var personTitles = setOf(
	// forms of address and honorifics
	"pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "sdr", "saudara", "saudari", "tuan", "nyonya", "ny",
	"nona", "h", "hj", "haji", "hajjah", "kh", "k.h", "kiai", "kyai", "ustaz", "ustadz", "habib", "gus", "romo", "pastor",
	"pendeta", "dr", "drs", "dra", "ir", "prof", "profesor", "mr", "mrs", "ms", "sir", "syekh", "raden", "rm",
	// police and military ranks
	"jenderal", "jend", "jendral", "letjen", "mayjen", "brigjen", "kolonel", "kol", "letkol", "mayor", "kapten",
	"lettu", "letda", "serma", "sertu", "serda", "kopral", "prajurit", "laksamana", "laksdya", "laksda", "laksma",
	"marsekal", "marsdya", "marsda", "marsma", "komjen", "irjen", "kombes", "kombespol", "akbp", "kompol", "akp",
	"iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "bharada", "pol", "purn",
	"kapolri", "wakapolri", "kapolda", "wakapolda", "kapolres", "kapolresta", "kapolsek", "kabareskrim",
	"kadiv", "karopenmas", "kabid", "kasat", "kasatreskrim", "kanit", "panglima", "kasad", "kasal", "kasau", "pangdam",
	"danrem", "dandim", "danramil", "kapuspen", "kapuspenkum", "kabag",
	// offices and roles
	"presiden", "wapres", "wakil", "menteri", "mendagri", "menlu", "menkeu", "menhan", "menkes", "mensesneg",
	"menko", "menkopolhukam", "menpora", "mendikbud", "menag", "menkumham", "menaker", "menhub", "mentan",
	"menperin", "mendag", "menparekraf", "menpan", "men", "sekjen", "sesmen", "dirjen", "direktur", "dirut",
	"direksi", "komisaris", "gubernur", "wagub", "bupati", "wabup", "wali", "walikota", "wawali", "camat", "lurah",
	"kades", "ketua", "ketum", "waketum", "wakil ketua", "anggota", "kepala", "kabag", "juru", "jubir", "sekretaris",
	"bendahara", "hakim", "jaksa", "pengacara", "kuasa", "advokat", "penyidik", "pimpinan", "pemimpin", "raja",
	"ratu", "pangeran", "putri", "paus", "perdana", "pm", "kanselir", "senator", "kapten", "pelatih", "manajer",
	"striker", "kiper", "bek", "gelandang", "penyerang", "pemain", "ceo", "cfo", "coo", "founder", "pendiri",
	"chairman", "presdir", "kadis", "kadin", "rektor", "dekan", "dosen", "peneliti", "pengamat", "ekonom",
	"analis", "kepala", "kapolrestabes", "plt", "pj", "pjs", "sekda", "kajati", "kajari", "kajagung", "jaksa agung",
	"mantan", "eks", "almarhum", "alm", "almh", "calon", "capres", "cawapres", "cagub", "cawagub", "caleg",
	"president", "minister", "governor", "mayor", "chief", "secretary", "director", "general",
	"dubes", "duta", "konjen", "atase", "komandan", "danjen", "kasum", "irwasum", "kababinkam", "kakorlantas",
	"tersangka", "terdakwa", "terpidana", "saksi", "korban", "pelaku",
	"sang", "si",
)

// nameSuffixes are academic degrees and similar tails written after a
// name and not part of it ("Budi Santoso, S.H., M.Si").
var nameSuffixes = setOf(
	"sh", "s.h", "mh", "m.h", "msi", "m.si", "si", "s.si", "st", "s.t", "mt", "m.t", "se", "s.e", "mm", "m.m",
	"mba", "m.b.a", "phd", "ph.d", "spd", "s.pd", "mpd", "m.pd", "skom", "s.kom", "mkom", "m.kom", "sip", "s.ip",
	"sos", "s.sos", "msc", "m.sc", "ma", "m.a", "sag", "s.ag", "mag", "m.ag", "ked", "s.ked", "spog", "sp.og",
	"mkes", "m.kes", "skm", "s.k.m", "mars", "m.ars", "llm", "ll.m", "cpa", "ak", "msm", "sp", "mhum", "m.hum",
	"shi", "s.h.i", "jr", "sr", "ii", "iii",
)

// orgHeads open organization names ("Partai ...", "Kementerian ...").
var orgHeads = setOf(
	"partai", "kementerian", "kemenko", "departemen", "badan", "komisi", "lembaga", "dewan", "majelis", "mahkamah",
	"pengadilan", "kejaksaan", "kepolisian", "polda", "polres", "polsek", "kodam", "korem", "kodim", "pt", "cv",
	"perum", "persero", "bank", "universitas", "institut", "sekolah", "akademi", "politeknik", "yayasan",
	"asosiasi", "perhimpunan", "persatuan", "ikatan", "serikat", "himpunan", "gabungan", "koperasi",
	"direktorat", "dinas", "biro", "pusat", "divisi", "detasemen", "satuan", "satgas", "tim", "timnas", "klub",
	"fraksi", "densus", "brigade", "batalyon", "kodim", "lanud", "lantamal", "armada", "otoritas", "bursa", "federasi", "organisasi", "forum", "koalisi", "front", "gerakan",
	"kelompok", "komite", "konsorsium", "grup", "group", "tentara", "angkatan", "pasukan", "laskar", "brigade", "inc", "corp", "ltd", "company", "association",
	"agency", "council", "ministry", "department", "university", "institute", "bank", "tbk", "pemerintah",
	"pemprov", "pemkot", "pemkab", "dprd", "kpud", "kpu", "bawaslu", "rs", "rsud", "rumah sakit",
)

// placeHeads open place names ("Jalan ...", "Kabupaten ...").
var placeHeads = setOf(
	"jalan", "jl", "jln", "gang", "gg", "kota", "kabupaten", "kab", "provinsi", "kecamatan", "kec", "kelurahan",
	"kel", "desa", "dusun", "kampung", "pulau", "kepulauan", "gunung", "sungai", "danau", "selat", "teluk",
	"laut", "samudra", "samudera", "tanjung", "bandara", "bandar", "pelabuhan", "stasiun", "terminal", "gedung",
	"wisma", "menara", "istana", "masjid", "gereja", "pura", "candi", "vihara", "klenteng", "taman", "lapangan",
	"stadion", "alun-alun", "pasar", "mal", "mall", "plaza", "hotel", "kompleks", "komplek", "perumahan",
	"kawasan", "wilayah", "daerah", "negara", "negeri", "benua", "lembah", "jembatan", "tol", "simpang", "kantor",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lowerInSet says whether set holds w lower-cased as strings.ToLower
// would (quotes.go's inLower lowers ASCII only). It lower-cases into a
// buffer on the stack: the look-up allocates nothing.
func lowerInSet(set map[string]bool, w string) bool {
	var b [64]byte
	return set[string(appendLower(b[:0], w))]
}

// stopNames are capitalized words and phrases that name no person,
// organization or place: currencies, time zones, feasts, laws, elections.
var stopNames = listOf("rp", "us$", "usd", "wib", "wita", "wit", "idr", "lebaran", "idul fitri", "idul adha",
	"ramadan", "ramadhan", "natal", "imlek", "nyepi", "waisak", "tuhan", "allah", "uu", "perppu", "perpres",
	"pp", "permen", "pilkada", "pemilu", "pilpres", "pileg", "covid-19", "covid", "corona", "baca juga", "baca",
	"foto", "video", "advertisement", "scroll", "tags", "tag", "editor", "reporter", "penulis", "pewarta",
	"next article", "related articles", "recommendation", "most popular", "lihat juga", "simak",
	// religions are no organizations: "umat Islam", "corak Islam"
	"islam", "kristen", "katolik", "protestan", "hindu", "buddha", "budha", "konghucu", "khonghucu")

// adminAcronyms are Indonesian acronyms of documents, budgets, taxes,
// statistics and kinds of people, written in capitals like an
// organization's acronym but naming none: "KTP", "APBN", "PNS".
// General knowledge, not taken from any article.
var adminAcronyms = setOf(
	// neighbourhood units and identity documents
	"rt", "rw", "kk", "ktp", "e-ktp", "sim", "stnk", "bpkb", "nik", "npwp", "akta", "skck",
	// budgets, taxes, prices and statistics
	"apbn", "apbd", "apbnp", "apbn-p", "rapbn", "rapbd", "pdb", "gdp", "pdrb", "bbm", "ppn", "pph", "ppnbm",
	"umr", "ump", "umk", "thr", "icp", "ihsg", "ipo", "sbn", "dpk", "npl", "cpo", "lpg", "ron", "kwh",
	"yoy", "mtm", "qtq", "ytd", "ptsl",
	// kinds of people and businesses
	"pns", "asn", "pppk", "tki", "wna", "wni", "umkm", "ukm", "ott", "dpo", "odgj", "abk",
	// letters and procedures
	"sprindik", "sp3", "spdp", "bap", "lhkpn", "sk", "mou", "sop", "rdp", "rdpu", "pkwt")

// bodyRoles are offices whose next word names the body they head
// ("Ketua Duma", "Kepala BNPB", "Direktur Pertamina").
var bodyRoles = setOf("ketua", "kepala", "direktur", "dirut", "sekretaris", "komisaris", "deputi", "sekjen",
	"pimpinan", "pemimpin", "komandan", "panglima", "jubir", "ketum", "anggota", "kapolri", "rektor", "dekan")

// speechVerbs report speech; the name right after one is a person's
// ("kata Haiti", "ujar Budi").
var speechVerbs = setOf("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "tambah", "sebut",
	"katanya", "ujarnya")

// nonNameHeads open capitalized phrases that name no entity of ours:
// stock indices, prices, laws and their articles, tournament groups.
var nonNameHeads = setOf("indeks", "harga", "grup", "pasal", "uu", "undang-undang", "perpres", "perppu", "permen",
	"pp", "nomor", "no", "bab", "ayat", "program", "operasi", "hari", "tahun", "bulan", "pekan", "piala")

// commonWordsTxt lists words that the NER training splits write in lower
// case and almost never tag as (part of) a name; a
// capitalized one opening a sentence or a headline is no name on its own.
// TestTrainTagger writes it with -write.
//
//go:embed data/common.txt
var commonWordsTxt string

// wordFlags maps words, lower-cased, to bit flags saying which lists
// they are in, so that one look-up answers for all the lists; a word may
// also carry a small value of its table's user (the gazetteer keeps the
// index of a key's entries there).
//
// It is a hash table laid out for look-ups whose memory is out of the
// caches, as the entity rules' are between the tagger's: a word's first
// eight bytes, its length and its flags share one 16-byte slot, found from
// a hash of those, so that a look-up of a listed word mostly reads one
// slot where a map reads a control word, a key and the key's bytes. A
// word in no list is told so by the slots it probes, which cost about
// what a filter in front of a map costs.
type wordFlags struct {
	slots []flagSlot // a power of two in number, at most three quarters full
	shift uint       // a hash's top bits index slots: 64 - log2(len(slots))
	used  int
	tails []byte // the bytes after the eighth of the longer words
}

type flagSlot struct {
	head  uint64 // the word's first eight bytes, zero-padded
	tail  uint32 // where the rest of the word starts in tails
	n     uint8  // the word's length; 0 for an empty slot
	flags uint8
	value uint16 // what the table's user keeps with the word
}

// newWordFlags returns an empty wordFlags with room for about n words.
func newWordFlags(n int) *wordFlags {
	f := &wordFlags{}
	f.resize(max(8, n))
	return f
}

// resize makes room for n words or more, and puts the words back. The
// slots are at most three quarters full: more would make probes long,
// fewer spread the words over more cache lines, which look-ups find in
// the caches less often (most probes stay in the line of their first
// slot, which holds four).
func (f *wordFlags) resize(n int) {
	size, shift := 2, uint(63)
	for 3*size < 4*n {
		size, shift = 2*size, shift-1
	}
	old := f.slots
	f.slots, f.shift = make([]flagSlot, size), shift
	for _, s := range old {
		if s.n != 0 {
			f.slots[f.find(s.head, int(s.n), f.tails[s.tail:int(s.tail)+max(0, int(s.n)-8)])] = s
		}
	}
}

// headOf packs the first eight bytes of w, zero-padded. A shorter word
// is read in two loads that overlap, or three bytes, where a loop over
// its bytes would take a turn for each.
func headOf(w []byte) uint64 {
	switch n := len(w); {
	case n >= 8:
		return binary.LittleEndian.Uint64(w)
	case n >= 4:
		return uint64(binary.LittleEndian.Uint32(w)) | uint64(binary.LittleEndian.Uint32(w[n-4:]))<<(8*(n-4))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return 0
}

// find returns the slot of the word whose head, length n and bytes after
// the eighth (tail) are given, or the empty slot where it goes.
func (f *wordFlags) find(head uint64, n int, tail []byte) int {
	mask := len(f.slots) - 1
	i := int(((head ^ uint64(n)*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15) >> f.shift)
	for ; ; i = (i + 1) & mask {
		s := &f.slots[i]
		// (a word of eight bytes or fewer has no tail to compare)
		if s.n == 0 || s.head == head && int(s.n) == n && (n <= 8 || string(f.tails[s.tail:int(s.tail)+len(tail)]) == string(tail)) {
			return i
		}
	}
}

// maxFlagWord is the length of the longest word a wordFlags holds: a
// longer one is no word of a list, nor a key of the gazetteer.
const maxFlagWord = 1<<8 - 1

// add puts w in the lists flags says, and returns its slot, where the
// caller may keep a value with it until the next add. A word longer than
// maxFlagWord is left out: add returns a slot of no table then.
func (f *wordFlags) add(w string, flags uint8) *flagSlot {
	b := []byte(w)
	if len(b) == 0 || len(b) > maxFlagWord {
		return new(flagSlot)
	}
	if 4*(f.used+1) > 3*len(f.slots) {
		f.resize(f.used + 1)
	}
	tail := b[min(len(b), 8):]
	s := &f.slots[f.find(headOf(b), len(b), tail)]
	if s.n == 0 {
		*s = flagSlot{head: headOf(b), tail: uint32(len(f.tails)), n: uint8(len(b))}
		f.tails = append(f.tails, tail...)
		f.used++
	}
	s.flags |= flags
	return s
}

// of returns the flags of lower, a word lower-cased; 0 when it is in no
// list.
func (f *wordFlags) of(lower []byte) uint8 {
	return f.slot(lower).flags
}

// slot returns the slot of lower, a word lower-cased; an empty one, with
// no flags and value 0, when the word is in no list.
func (f *wordFlags) slot(lower []byte) flagSlot {
	if len(lower) == 0 || len(lower) > maxFlagWord {
		return flagSlot{}
	}
	return f.slots[f.find(headOf(lower), len(lower), lower[min(len(lower), 8):])]
}

// loadCommonWords flags the common words listedCommon and the
// discourseWords listedDiscourse (or both), so that isCommonWord needs one
// look-up for a word.
var loadCommonWords = newLazy(func() *filteredFlags {
	c := newFilteredFlags(strings.Count(commonWordsTxt, "\n") + len(discourseWords))
	for w := range strings.SplitSeq(commonWordsTxt, "\n") {
		if w != "" {
			c.add(w, listedCommon)
		}
	}
	for w := range discourseWords {
		c.add(w, listedDiscourse)
	}
	return c
})

// filteredFlags is a wordFlags behind a wordSet, for lists that most of
// the words looked up are not in: the tagger's and the entity rules' look-
// ups of names. Between the tagger's look-ups a table is out of the
// caches (the common words' takes a quarter of a megabyte), and the
// filter turns a name away at less cost than a probe of the table.
type filteredFlags struct {
	flags *wordFlags
	words wordSet
}

// newFilteredFlags returns an empty filteredFlags with room for about n
// words.
func newFilteredFlags(n int) *filteredFlags {
	return &filteredFlags{flags: newWordFlags(n), words: newWordSet(n)}
}

// add puts w, lower-cased, in the lists flags says.
func (f *filteredFlags) add(w string, flags uint8) {
	f.flags.add(w, flags)
	f.words.add([]byte(w))
}

// of returns the flags of lower, a word lower-cased.
func (f *filteredFlags) of(lower []byte) uint8 {
	return f.ofHead(headHash(lower), lower)
}

// ofHead is of, given the head hash of lower.
func (f *filteredFlags) ofHead(head uint64, lower []byte) uint8 {
	if !f.words.hasHead(head) {
		return 0
	}
	return f.flags.of(lower)
}

const (
	listedCommon uint8 = 1 << iota
	listedDiscourse
)

// isCommonWord says whether w, in any case, is a common word.
func isCommonWord(w string) bool {
	var b [maxCommonWord]byte
	if len(w) > len(b) {
		return false
	}
	return isCommonLower(appendLower(b[:0], w))
}

// maxCommonWord is the length of the longest word isCommonWord looks up;
// a longer one is no common word.
const maxCommonWord = 48

// isCommonLower is isCommonWord for l, a word of at most maxCommonWord
// bytes lower-cased.
func isCommonLower(l []byte) bool {
	words := loadCommonWords.get()
	if words.of(l) != 0 {
		return true
	}
	// "Pasalnya", "Hasilnya": a common word with the clitic -nya
	if n := len(l); n > 5 && string(l[n-3:]) == "nya" {
		return words.of(l[:n-3])&listedCommon != 0
	}
	return false
}

// discourseWords open sentences in news prose and are capitalized there.
var discourseWords = setOf("adapun", "nah", "pasalnya", "sementara", "sedangkan", "namun", "kemudian", "selain",
	"menurut", "meski", "meskipun", "walaupun", "sebelumnya", "selanjutnya", "sebagaimana", "terkait", "soal",
	"hingga", "bahkan", "apalagi", "padahal", "akibatnya", "alhasil", "intinya", "rencananya", "sayangnya",
	"sebab", "karena", "sehingga", "lalu", "tak", "tidak", "belum", "sudah", "kini", "saat", "usai", "seusai")

package berita

import (
	"bytes"
	"cmp"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Quotes are found in two passes over each field, both linear in its
// length: the first pairs the quotation marks, the second cuts the field
// into word and punctuation tokens that know which quote they belong to,
// which are then read one sentence at a time. Sentences end only outside
// quotes, and each quote takes
// its cue and speaker from its own sentence: a reporting verb right after
// the closing mark ("…," kata Putin), a reporting clause before the opening
// mark (Putin mengatakan, "…"), or a reporting verb earlier in the sentence
// for a fragment (menyebut … sebagai "heroik"). A quote with none of these
// continues the speaker of the quote before it.
//
// Speakers are first found as surface text (a name, a role, a pronoun or a
// "-nya" clitic) and then mapped to the entities of the article; when no
// entity matches, the surface name itself is the speaker.

// afterCues are the bare reporting verbs that follow a quote in Indonesian
// news ("…," kata Putin; "…," ujarnya). Each also takes the clitic "-nya"
// (katanya, tambahnya), which points back to the last person spoken of.
// Source: the verbs of the issue and gold README, and those seen in the
// corpus of outlets the project is measured on.
var afterCues = map[string]bool{
	"kata": true, "ujar": true, "ucap": true, "tutur": true, "ungkap": true,
	"jelas": true, "tegas": true, "papar": true, "imbuh": true, "tambah": true,
	"beber": true, "lanjut": true, "sambung": true, "tukas": true, "pungkas": true,
	"tandas": true, "terang": true, "sebut": true, "pinta": true, "seru": true,
	"kilah": true, "tulis": true, "cetus": true, "sergah": true, "timpal": true,
	"urai": true, "kenang": true, "harap": true, "klaim": true, "jawab": true,
	"bilang": true, "sahut": true, "aku": true, "akui": true, "ajak": true,
	"imbau": true, "simpul": true, "nilai": true, "katakan": true, "tanya": true,
	"ingat": true, "tekan": true, "yakin": true, "terangkan": true,
	"bongkar": true, "kisah": true, "curhat": true, "canda": true, "tutup": true,
	"ulas": true, "sindir": true, "keluh": true, "pesan": true, "minta": true,
	"desak": true, "tolak": true, "bantah": true, "tepis": true, "sanggah": true,
	"kritik": true, "puji": true, "tuding": true, "tambahkan": true,
	// light or spoken-manner verbs ("…," seloroh Alex; "…," bisiknya)
	"seloroh": true, "kelakar": true, "cerita": true, "singgung": true,
	"dalih": true, "teriak": true, "bisik": true, "gumam": true,
}

// reportVerbs are the reporting verbs that stand after their subject
// (Putin mengatakan, …; ia menyebut … sebagai "heroik"). Source: KBBI's
// meN- and ber- forms of the verbs of saying, and the forms seen in news.
var reportVerbs = map[string]bool{
	"mengatakan": true, "berkata": true, "menyatakan": true, "menjelaskan": true,
	"menambahkan": true, "menegaskan": true, "mengungkapkan": true, "menuturkan": true,
	"memaparkan": true, "menyampaikan": true, "menyebut": true, "menyebutkan": true,
	"mengakui": true, "menerangkan": true, "menilai": true, "memastikan": true,
	"mengimbau": true, "meminta": true, "mengklaim": true, "membantah": true,
	"mengaku": true, "menekankan": true, "mengingatkan": true, "mencontohkan": true,
	"merinci": true, "menuding": true, "menuduh": true, "melanjutkan": true,
	"menandaskan": true, "mengemukakan": true, "mengutarakan": true, "berpendapat": true,
	"berharap": true, "mengharapkan": true, "menyarankan": true, "mendesak": true,
	"mengusulkan": true, "memuji": true, "mengecam": true, "mengkritik": true,
	"bercerita": true, "menceritakan": true, "menulis": true, "menuliskan": true,
	"mengumumkan": true, "memperingatkan": true, "berjanji": true, "menjanjikan": true,
	"menduga": true, "memperkirakan": true, "memprediksi": true, "menganggap": true,
	"menyinggung": true, "menyoroti": true, "mengungkap": true, "menguraikan": true,
	"berujar": true, "bertanya": true, "menanyakan": true, "menjawab": true,
	"mengajak": true, "menginstruksikan": true, "memerintahkan": true, "menyerukan": true,
	"mengulangi": true, "menggarisbawahi": true, "menukas": true, "menimpali": true,
	"melaporkan": true, "mengutip": true, "menanggapi": true, "membeberkan": true,
	"menyebutnya": true, "mengatakannya": true, "mengeluhkan": true, "menyayangkan": true,
	"mengapresiasi": true, "menyambut": true, "mengeklaim": true, "menampik": true,
	"menyangkal": true, "menolak": true, "mengimbuhkan": true, "mengingatkannya": true,
	"bersumpah": true, "menyerukannya": true, "berpesan": true, "menuturkannya": true,
	"memproyeksikan": true, "mengkhawatirkan": true, "menggambarkan": true,
	"berseloroh": true, "berkelakar": true, "bercanda": true, "menyindir": true,
	"mengeluh": true, "berkisah": true, "mengisahkan": true, "berdalih": true,
	"berkilah": true, "berteriak": true, "berbisik": true, "bergumam": true,
	"berseru": true, "berucap": true, "bertutur": true, "menyergah": true,
	"mengucap": true,
}

// englishReports are the reporting verbs of English pages, which stand
// after a quote with their speaker on either side ("…," said Jokowi;
// "…," Jokowi said) or before it (Jokowi said: "…").
var englishReports = map[string]bool{
	"said": true, "says": true, "added": true, "told": true, "stated": true,
	"explained": true, "noted": true, "asked": true, "wrote": true, "stressed": true,
	"continued": true, "remarked": true, "insisted": true, "argued": true,
}

// passiveReports are reporting verbs in the passive, whose speaker
// follows ("Hal ini disampaikan oleh Juru Bicara KPK Ali Fikri").
var passiveReports = map[string]bool{
	"disampaikan": true, "diungkapkan": true, "dikatakan": true, "dijelaskan": true,
	"ditegaskan": true, "disebutkan": true, "dibenarkan": true, "diakui": true,
	"dinyatakan": true, "diutarakan": true, "dikemukakan": true, "dituturkan": true,
	"dipaparkan": true, "diterangkan": true, "ditambahkan": true, "diumumkan": true,
}

// speechPhrases are two-word reporting verbs: the first word is the key,
// the second its value (berterima kasih: thanking is reported speech).
var speechPhrases = map[string]string{
	"berterima":   "kasih",
	"mengucapkan": "terima",
}

// personPronouns point back to the last person spoken of.
var personPronouns = map[string]bool{
	"ia": true, "dia": true, "beliau": true,
	// English pages
	"he": true, "she": true,
}

// anonymousHeads start descriptions of speakers the text does not name
// ("ujar sumber tersebut", "kata seorang warga").
var anonymousHeads = map[string]bool{
	"sumber": true, "seorang": true, "salah": true, "warga": true, "beberapa": true,
	"para": true, "sejumlah": true, "banyak": true,
}

// otherPronouns are subjects that name no single entity: the speaker is
// then left empty.
var otherPronouns = map[string]bool{
	"mereka": true, "kami": true, "kita": true, "saya": true, "aku": true,
	"anda": true, "kamu": true, "engkau": true,
	"they": true, "we": true, "i": true, "you": true, "it": true,
}

// subjectSkips are the adverbs and particles that may stand between a
// subject and its verb (Putin juga mengatakan; ia pun menyebut).
var subjectSkips = map[string]bool{
	"juga": true, "pun": true, "telah": true, "sudah": true, "akan": true,
	"kembali": true, "lalu": true, "kemudian": true, "sempat": true, "pernah": true,
	"tak": true, "tidak": true, "hanya": true, "bahkan": true, "pula": true,
	"justru": true, "lantas": true, "masih": true, "sendiri": true, "langsung": true,
	"turut": true, "ikut": true, "sebelumnya": true, "kini": true,
	"sekaligus": true, "lebih": true, "terus": true, "selalu": true, "belum": true,
}

// roleWords are titles, ranks and job names that stand before a person's
// name and are not part of it ("Presiden Rusia Vladimir Putin", "Kapolri
// Jenderal Badrodin Haiti"). Keys are lower case. Source: the ranks of the
// Indonesian police and armed forces, government and corporate titles as
// printed in news bylines and ledes.
var roleWords = map[string]bool{
	"presiden": true, "wakil": true, "wapres": true, "menteri": true, "menko": true,
	"ketua": true, "ketum": true, "kepala": true, "direktur": true, "dirut": true,
	"gubernur": true, "wagub": true, "bupati": true, "wali": true, "walikota": true,
	"kapolri": true, "wakapolri": true, "kapolda": true, "kapolres": true, "kapolsek": true,
	"kadiv": true, "kabid": true, "kabag": true, "kasubdit": true, "kasat": true,
	"kapuspen": true, "panglima": true, "jenderal": true, "jend": true, "pol": true,
	"irjen": true, "brigjen": true, "komjen": true, "kombes": true, "akbp": true,
	"akp": true, "kompol": true, "iptu": true, "ipda": true, "aiptu": true, "bripka": true,
	"mayjen": true, "letjen": true, "kolonel": true, "letkol": true, "mayor": true,
	"kapten": true, "letnan": true, "laksamana": true, "marsekal": true, "sersan": true,
	"jaksa": true, "hakim": true, "juru": true, "bicara": true, "jubir": true,
	"sekretaris": true, "sekjen": true, "sekda": true, "komisaris": true,
	"analis": true, "analyst": true, "ekonom": true, "pengamat": true, "peneliti": true,
	"deputi": true, "komisioner": true, "anggota": true, "pemimpin": true, "pimpinan": true,
	"perdana": true, "raja": true, "ratu": true, "pangeran": true, "kanselir": true,
	"senator": true, "dr": true, "prof": true, "ir": true, "h": true, "hj": true,
	"kh": true, "ustaz": true, "ustadz": true, "pelatih": true, "ceo": true, "cfo": true,
	"chief": true, "officer": true, "head": true, "manager": true, "manajer": true,
	"koordinator": true, "mensesneg": true, "menkeu": true, "menkes": true, "menlu": true,
	"mendag": true, "menhan": true, "mendagri": true, "menkominfo": true, "menpan": true,
	"pj": true, "plt": true, "plh": true, "eks": true, "mantan": true, "delegasi": true,
	"duta": true, "besar": true, "dubes": true, "camat": true, "lurah": true, "kades": true,
	"rektor": true, "dekan": true, "pendiri": true, "founder": true, "pemilik": true,
	"staf": true, "ahli": true, "khusus": true, "guru": true, "dosen": true,
	"research": true, "equity": true, "senior": true, "associate": true, "vice": true,
	"president": true, "director": true, "managing": true, "executive": true,
	"general": true, "corporate": true, "secretary": true, "communication": true,
	"public": true, "relations": true, "vp": true, "svp": true, "evp": true, "gm": true,
	"strategist": true, "economist": true, "humas": true,
	"divisi": true, "bidang": true, "bagian": true, "komandan": true, "dandim": true,
	"danrem": true, "pangdam": true, "kasad": true, "kasal": true, "kasau": true,
	"tersangka": true, "terdakwa": true, "saksi": true, "korban": true, "warga": true,
	"pakar": true, "dirjen": true, "direktorat": true, "sekretariat": true,
	"kepolisian": true, "kabareskrim": true, "kapuspenkum": true, "kajati": true,
	"kajari": true, "kapusdatin": true, "pelaksana": true, "harian": true,
	"komut": true, "presdir": true, "wamen": true, "legislator": true,
	"politikus": true, "politisi": true, "aktivis": true, "advokat": true,
	"pengacara": true, "kuasa": true, "hukum": true, "tim": true, "penasihat": true,
}

// nameStops are capitalized words that end a name when a name is read
// backward from its end: organization heads and ministry portfolios that
// stand between a role and a name ("Menteri Keuangan Sri Mulyani",
// "Henan Putihrai Sekuritas Jono Syafei"), and words that open a sentence.
var nameStops = map[string]bool{
	"keuangan": true, "perdagangan": true, "kesehatan": true, "pertahanan": true,
	"luar": true, "negeri": true, "dalam": true, "agama": true, "pendidikan": true,
	"sosial": true, "hukum": true, "ham": true, "bumn": true, "perhubungan": true,
	"perindustrian": true, "pertanian": true, "perekonomian": true, "politik": true,
	"keamanan": true, "kebudayaan": true, "pariwisata": true, "ketenagakerjaan": true,
	"energi": true, "esdm": true, "riset": true, "sekuritas": true, "bank": true,
	"pt": true, "tbk": true, "badan": true, "kementerian": true, "dinas": true,
	"polri": true, "polda": true, "polres": true, "tni": true, "dpr": true, "ri": true,
	"mpr": true, "kpk": true, "ojk": true, "bi": true, "bei": true, "persero": true,
	"namun": true, "tapi": true, "tetapi": true, "sementara": true, "selain": true,
	"adapun": true, "kemudian": true, "lalu": true, "sedangkan": true, "bahkan": true,
	"menurut": true, "sebelumnya": true, "sehingga": true, "karena": true, "jika": true,
	"saat": true, "ketika": true, "di": true, "dan": true, "itu": true,
	"nah": true, "meski": true, "meskipun": true, "walau": true, "oleh": true,
	"kabinet": true, "negara": true, "umum": true, "daerah": true, "provinsi": true,
	"kota": true, "kabupaten": true, "pusat": true, "nasional": true,
	// English words that open a sentence
	"the": true, "in": true, "on": true, "at": true, "as": true, "for": true,
	"but": true, "this": true, "that": true, "an": true, "while": true,
}

// speakerOrgHeads open the name of an organization ("Dinas Perdagangan Solo",
// "Badan Geologi").
var speakerOrgHeads = map[string]bool{
	"dinas": true, "badan": true, "kementerian": true, "bank": true, "pt": true,
	"pusat": true, "direktorat": true, "komisi": true, "lembaga": true, "partai": true,
	"universitas": true, "kantor": true, "balai": true, "biro": true, "bagian": true,
	"dewan": true, "majelis": true, "mahkamah": true, "pengadilan": true, "kejaksaan": true,
	"kepolisian": true, "polda": true, "polres": true, "pemerintah": true, "pemkot": true,
	"pemkab": true, "pemprov": true, "asosiasi": true, "himpunan": true, "ikatan": true,
	"yayasan": true, "perusahaan": true, "sekolah": true, "rumah": true, "stasiun": true,
}

// nameLinks are lower-case words that may stand inside a person's name.
var nameLinks = map[string]bool{
	"bin": true, "binti": true, "van": true, "von": true, "de": true, "der": true,
	"da": true, "al": true, "el": true, "dos": true,
}

// speakerEnds are the words after which a speaker phrase read forward
// from a cue ends ("kata Ali dalam keterangan", "ujar Budi saat rapat").
var speakerEnds = map[string]bool{
	"saat": true, "di": true, "dalam": true, "ketika": true, "kepada": true,
	"pada": true, "seperti": true, "usai": true, "seusai": true, "melalui": true,
	"lewat": true, "dengan": true, "yang": true, "sebagaimana": true, "via": true,
	"sembari": true, "sambil": true, "selepas": true, "setelah": true, "sebelum": true,
	"menjawab": true, "menanggapi": true, "menyebut": true, "menambahkan": true,
	"dikutip": true, "seraya": true, "sesuai": true, "terkait": true, "soal": true,
	"mengenai": true, "tentang": true, "atas": true, "untuk": true, "kemarin": true,
	"hari": true, "pekan": true, "sebagai": true, "selaku": true, "dari": true,
	"ke": true, "bersama": true, "kala": true, "tatkala": true,
}

// titleIntros introduce a name in quotation marks that nobody said: an
// event's theme, a programme, a book, a hashtag, a term.
var titleIntros = map[string]bool{
	"bertema": true, "bertajuk": true, "berjudul": true, "tajuk": true, "judul": true,
	"tema": true, "program": true, "acara": true, "film": true, "lagu": true,
	"buku": true, "album": true, "novel": true, "tagar": true, "hashtag": true,
	"slogan": true, "jargon": true, "semboyan": true, "istilah": true, "julukan": true,
	"dijuluki": true, "bernama": true, "berlabel": true, "label": true,
	"kampanye": true, "gerakan": true, "operasi": true, "aplikasi": true,
	"fitur": true, "rubrik": true, "kolom": true, "sinetron": true, "serial": true,
	"kategori": true, "penghargaan": true, "festival": true, "merek": true,
	"nama": true, "disebut": true, "sebutan": true, "motto": true, "moto": true,
	"atau": true, "alias": true, "istilahnya": true, "film-film": true, "tayangan": true,
	"acaranya": true, "bertitel": true, "titel": true, "sandi": true,
}

// sentenceAbbrevs end with a full stop that does not end a sentence.
var sentenceAbbrevs = map[string]bool{
	"jl": true, "jln": true, "no": true, "dr": true, "prof": true, "ir": true,
	"h": true, "hj": true, "st": true, "sdr": true, "drs": true, "mr": true,
	"mrs": true, "ms": true, "kh": true, "pt": true, "cv": true, "dll": true,
	"dsb": true, "dkk": true, "vs": true, "yth": true, "bpk": true, "ny": true,
	"tn": true, "kol": true, "jend": true, "s.h": true, "m.si": true, "sh": true,
	"se": true, "mm": true, "skm": true, "spd": true, "dra": true, "hlm": true,
}

// maxNameSharers is the most people one word of a name is looked up
// among; a word shared by more names is no clue to any of them.
const maxNameSharers = 8

// maxEntityScan is the most entities isPersonName reads one by one before
// it takes the index of their forms, so that many speakers among many
// entities stay linear.
const maxEntityScan = 32

// maxRoleLookups bounds the article-wide searches for the holder of a
// role, so that an input full of role-named speakers stays linear.
const maxRoleLookups = 16

// A qspan is one quoted stretch of a field.
type qspan struct {
	open, close int // byte offsets of the marks; close == len(text) when the quote runs on
	ts, te      int // the quote's text, trimmed
	single      bool
	runsOn      bool // no closing mark before the end of the field
}

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tOpen
	tClose
)

// A qtok is one token of a field: a word, a punctuation mark, or the
// opening or closing mark of a quote.
type qtok struct {
	s, e int
	kind tokKind
	q    int // the quote a mark or a word inside a quote belongs to; -1 outside
}

// A surface is a stretch of text that names a speaker: a name, a role, or
// a pronoun that points back.
type surface struct {
	s, e int
	back bool // a pronoun or "-nya": the last person spoken of
	ok   bool
}

// A report is a reporting verb outside quotes with its speaker.
type report struct {
	tok     int
	cue     string
	speaker string
	person  bool
}

// A mentionRef is one entity mention in one field.
type mentionRef struct {
	s, e int
	ent  int
	// person tells a mention that names a person: its entity is one,
	// and the mention is not only a title ("General Manager Corporate
	// Secretary") that a tagger took for a name
	person bool
}

type fieldKey struct {
	f   Field
	idx int
}

// quoteState is the per-call scratch state of findQuotes.
type quoteState struct {
	a *Article
	*quoteScratch
	formsMade bool              // whether formSlots holds this article's forms; see formIndex
	roles     map[string]string // made on first use; see roleHolder
	namesMade bool              // whether nameWords holds this article's people; see nameIndex
	lookups   int

	para         int    // index of the paragraph being read
	lastSpk      string // the last person who said something
	lastSpkPara  int
	lastQuoteSpk string // the speaker of the last quote
	lastQuotePar int
	focus        string // the first person named in the last sentence
	seq          int    // counts the sentences read, to tell which of lastSpk and focus is newer
	lastSpkSeq   int
	focusSeq     int
	bareQuote    int // a direct quote with no cue that ended the last sentence, or -1
}

// An unreadPara is a paragraph that quotes no one and reports no one's
// speech but names a person, left unread until a pronoun asks who was
// spoken of last (see readUnread): read, it would only make someone the
// focus, and a later sentence mostly does so before any pronoun asks.
// seq is its place in the count of sentences, st.seq, which only tells
// whether a focus is newer than the last speaker.
type unreadPara struct {
	idx, seq int
}

// fieldPos orders places in the article: title, captions, paragraphs.
type fieldPos struct {
	rank, idx, off int
}

func (p fieldPos) less(q fieldPos) bool {
	if p.rank != q.rank {
		return p.rank < q.rank
	}
	if p.idx != q.idx {
		return p.idx < q.idx
	}
	return p.off < q.off
}

func quoteFieldRank(f Field) int {
	switch f {
	case FieldTitle:
		return 0
	case FieldCaption:
		return 1
	}
	return 2
}

// findQuotes fills a.Quotes with the quoted speech in the paragraphs, and
// in the title and captions where a cue says someone spoke, attributing
// each quote to an entity of a.Entities where the text says who spoke.
func findQuotes(a *Article) {
	st := newQuoteState(a)
	if a.Title != "" {
		st.field(FieldTitle, 0, a.Title, true)
	}
	for i, im := range a.Images {
		st.field(FieldCaption, i, im.Caption, true)
	}
	st.lastSpk, st.lastQuoteSpk, st.focus = "", "", ""
	st.lastSpkPara, st.lastQuotePar = -10, -10
	for i, p := range a.Paragraphs {
		st.para = i
		st.field(FieldParagraph, i, p.Text, false)
	}
	// the quotes are copied to an array of their number: most articles
	// hold a few, and an array grown for them would mostly stand empty
	if len(st.quotes) > 0 {
		a.Quotes = append(a.Quotes, st.quotes...)
	}
	// the quotes' and reports' strings point into the article
	clear(st.quotes)
	clear(st.reps[:cap(st.reps)])
	st.quotes = st.quotes[:0]
	sc := st.quoteScratch
	sc.state = quoteState{} // st, which points into the article too
	spareQuoteScratch.Put(sc)
}

// quoteScratch is the memory of a quote scan that the next scan can use
// again, so that each Parse need not make and grow its own. Only its
// state, quotes and reports point into an article, and they are cleared
// before the scratch is spared, so that a spare one keeps no text alive.
type quoteScratch struct {
	state  quoteState // the state of the scan, kept here so that a scan allocates none
	quotes []Quote    // the quotes found, in order; findQuotes copies them to the article
	qs     []qspan    // the quotes of the field being read
	buf    []qtok     // its tokens
	ends   []int      // where in buf a sentence may end
	marks  []int      // the reporting words and opening marks of buf
	inner  []qtok     // the tokens inside a quote, while tokensFrom counts them
	// unread are the paragraphs since the last focus that are left
	// unread, in order; unreadToks and unreadEnds are the tokens and
	// sentence ends of the one readUnread reads
	unread     []unreadPara
	unreadToks []qtok
	unreadEnds []int
	// reps are the reporting verbs of the sentence being read; their
	// strings point into the article, like quotes'
	reps       []report
	openQuotes []int  // quotes of a quote running over paragraphs
	low        []byte // scratch for lowered text (see roleByApposition)
	// formSlots and formKeys are the table of the entities' surface
	// forms, lower case, that formOf looks names up in (see formIndex)
	formSlots []keyedText
	formKeys  []byte
	// nameWords are the words of each person's name, lower case, in
	// nameText: those of entity i are nameWords[nameStart[i]:nameStart[i+1]].
	// wordIndex holds them by their hash (see byWords).
	nameText  []byte
	nameWords []keyedText
	nameStart []int32
	wordIndex []keyedText
	// mentions holds each field's mentions in text order: the title's
	// first, then the captions', then the paragraphs' (see slot)
	mentions [][]mentionRef
	refs     []mentionRef // the array the lists of mentions are cut from
	first    []fieldPos   // first mention of each entity; see firstMention
	counts   []int        // mentions per field, while mentions is made
	slots    []int        // the field of each mention, in the entities' order; -1 for one outside its field
}

// spareQuoteScratch holds the scratch of quote scans that are done.
var spareQuoteScratch = sync.Pool{New: func() any { return new(quoteScratch) }}

// cleared returns s with length n and every element zero, reusing its
// array when it is large enough.
func cleared[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func newQuoteState(a *Article) *quoteState {
	sc := spareQuoteScratch.Get().(*quoteScratch)
	st := &sc.state
	*st = quoteState{
		a:            a,
		quoteScratch: sc,
		lastSpkPara:  -10,
		lastQuotePar: -10,
		bareQuote:    -1,
	}
	st.openQuotes = st.openQuotes[:0] // a spare scratch's may be left over from its last scan
	st.unread = st.unread[:0]         // so may its unread paragraphs
	st.mentions = cleared(st.mentions, 1+len(a.Images)+len(a.Paragraphs))
	st.first = st.first[:0] // made on first use; see firstMention
	// each field's mentions are counted first, so that their lists are
	// cut from one array rather than grown one at a time; the field of
	// each mention is kept in slots, in the order they are read, for the
	// second pass
	counts := cleared(st.counts, len(st.mentions))
	st.counts = counts
	slots := st.slots[:0]
	for i := range a.Entities {
		for j := range a.Entities[i].Mentions {
			k, ok := st.mentionSlot(&a.Entities[i].Mentions[j])
			if !ok {
				k = -1
			} else {
				counts[k]++
			}
			slots = append(slots, k)
		}
	}
	st.slots = slots
	st.refs = cleared(st.refs, len(slots))
	all := st.refs
	for k, n := range counts {
		st.mentions[k], all = all[:0:n], all[n:]
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		// an entity's mentions mostly repeat one text: the last one read
		// tells whether the next names a person
		lastText, lastRoles := "", false
		for j := range e.Mentions {
			k := slots[j]
			if k < 0 {
				continue
			}
			m := &e.Mentions[j]
			person := false
			if e.Type == Person {
				if text := st.slotText(k)[m.At.Start:m.At.End]; text != lastText {
					lastText, lastRoles = text, onlyRoles(text)
				}
				person = !lastRoles
			}
			st.mentions[k] = append(st.mentions[k], mentionRef{m.At.Start, m.At.End, i, person})
		}
		slots = slots[len(e.Mentions):]
	}
	for _, ms := range st.mentions {
		if !inOrder(ms) {
			sortMentionRefs(ms)
		}
	}
	return st
}

// sortMentionRefs sorts ms by their start. A field holds few mentions:
// up to a dozen are sorted by insertion here, with no call to compare
// two, as slices.SortFunc would sort them (the same moves, so that
// mentions that start together stay in the same order); more by
// slices.SortFunc.
func sortMentionRefs(ms []mentionRef) {
	if len(ms) > 12 {
		slices.SortFunc(ms, func(x, y mentionRef) int { return cmp.Compare(x.s, y.s) })
		return
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].s < ms[j-1].s; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// mentionSlot returns the index in st.mentions of the field m is in, and
// false when its span lies outside the field's text.
func (st *quoteState) mentionSlot(m *Mention) (int, bool) {
	text := fieldText(st.a, m.At.Field, m.At.Index)
	if m.At.Start < 0 || m.At.End > len(text) || m.At.Start >= m.At.End {
		return 0, false
	}
	return st.slot(fieldKey{m.At.Field, m.At.Index}), true
}

// slotText returns the text of the field at index k of st.mentions, the
// inverse of slot.
func (st *quoteState) slotText(k int) string {
	a := st.a
	switch {
	case k == 0:
		return a.Title
	case k <= len(a.Images):
		return a.Images[k-1].Caption
	}
	return a.Paragraphs[k-1-len(a.Images)].Text
}

// slot returns the index in st.mentions of a field that has text.
func (st *quoteState) slot(k fieldKey) int {
	switch k.f {
	case FieldTitle:
		return 0
	case FieldCaption:
		return 1 + k.idx
	}
	return 1 + len(st.a.Images) + k.idx
}

// inOrder reports whether ms start strictly one after another, when
// sorting them would leave them as they are.
func inOrder(ms []mentionRef) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i-1].s >= ms[i].s {
			return false
		}
	}
	return true
}

// A keyedText is a stretch of lower-case text that names an entity: its
// formHash, the entity, and where the text stands in the buffer that
// holds it. The form table's slots are keyedTexts over formKeys, one per
// surface form (ent is -1 for an empty slot); nameWords are keyedTexts
// over nameText, one per word of a person's name.
type keyedText struct {
	hash     uint32
	ent      int32
	off, end int32
}

// formIndex makes the form table on first use: an article that reports
// no one's speech never needs it. The table is open addressing, at most
// half full, in the pooled scratch with the forms' text, so that making
// it allocates nothing once the scratch has grown, where a map would
// allocate itself and a string for each form.
func (st *quoteState) formIndex() {
	if st.formsMade {
		return
	}
	st.formsMade = true
	n := 0
	for _, e := range st.a.Entities {
		n += 1 + len(e.Aliases) + len(e.Mentions)
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	st.formSlots = slices.Grow(st.formSlots[:0], size)[:size]
	for i := range st.formSlots {
		st.formSlots[i].ent = -1
	}
	st.formKeys = st.formKeys[:0]
	// an entity's mentions mostly repeat a few forms: adding a form
	// again for the same entity changes nothing, so the forms added for
	// the entity at hand are remembered (a few) and skipped
	var added [8]string
	for i, e := range st.a.Entities {
		n := 0
		add := func(form string) {
			if slices.Contains(added[:n], form) {
				return
			}
			st.addForm(form, i)
			if n < len(added) {
				added[n] = form
				n++
			}
		}
		add(e.Name)
		for _, al := range e.Aliases {
			add(al)
		}
		for _, m := range e.Mentions {
			add(m.Text)
		}
	}
}

// formHash is the hash of a lower-case form in the form table (FNV-1a).
func formHash(key []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range key {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// findForm returns the slot of the form table that holds key, whose
// formHash is h, or the empty slot where it would go.
func (st *quoteState) findForm(key []byte, h uint32) *keyedText {
	mask := uint32(len(st.formSlots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &st.formSlots[i]
		if sl.ent < 0 || sl.hash == h && string(st.formKeys[sl.off:sl.end]) == string(key) {
			return sl
		}
	}
}

// formOf returns the entity whose surface form name is, in any case. The
// name is lowered on the stack: the look-up needs no copy of it.
func (st *quoteState) formOf(name string) (int, bool) {
	st.formIndex()
	var buf [64]byte
	key := appendLower(buf[:0], name)
	sl := st.findForm(key, formHash(key))
	return int(sl.ent), sl.ent >= 0
}

// addForm records a surface form of entity i; a person wins over another
// type for a form both share.
func (st *quoteState) addForm(form string, i int) {
	// the key is lowered at the end of formKeys and looked up from
	// there: most forms repeat one already added, and only a new one
	// keeps its bytes
	off := len(st.formKeys)
	st.formKeys = appendLower(st.formKeys, strings.TrimSpace(form))
	key := st.formKeys[off:]
	if len(key) == 0 {
		return
	}
	h := formHash(key)
	sl := st.findForm(key, h)
	if j := sl.ent; j >= 0 {
		st.formKeys = st.formKeys[:off]
		if st.a.Entities[j].Type != Person && st.a.Entities[i].Type == Person {
			sl.ent = int32(i)
		}
		return
	}
	*sl = keyedText{hash: h, ent: int32(i), off: int32(off), end: int32(len(st.formKeys))}
}

// field finds the quotes of one field. In the title and captions only a
// quote with a cue of its own counts as speech.
func (st *quoteState) field(f Field, idx int, text string, needCue bool) {
	carry := !needCue && len(st.openQuotes) > 0
	qs := markQuotes(st.qs[:0], text, carry)
	if carry && (len(qs) == 0 || qs[0].open != 0 || qs[0].single) {
		st.openQuotes = st.openQuotes[:0]
	}
	mentions := st.mentions[st.slot(fieldKey{f, idx})]
	if len(qs) == 0 && !mayReport(text) {
		// a field that quotes no one and reports no one's speech, as
		// many do, is not cut into tokens here: read sentence by
		// sentence, it would only end a bare quote's wait for the
		// sentence that reports it (see sentence) and, in a paragraph,
		// make a person it names the focus, which readUnread works out
		// when it is asked for
		if strings.IndexFunc(text, notSpace) >= 0 {
			st.bareQuote = -1
		}
		if !needCue && namesPerson(mentions) {
			st.unread = append(st.unread, unreadPara{idx, st.seq})
			st.seq++
		}
		st.qs = qs[:0]
		return
	}
	fq := quoteFieldCtx{st: st, f: f, idx: idx, text: text, qs: qs, mentions: mentions}
	toks, ends, marks := quoteTokens(text, qs, st.buf[:0], st.ends[:0], st.marks[:0])
	prevSpk, prevHad := "", false
	// each sentence is read as a field of its own, its marks those of
	// marks from m on that are before its end
	m := 0
	eachSentence(text, qs, toks, ends, func(start, end int) {
		fq.toks, fq.base = toks[start:end], start
		n := m
		for n < len(marks) && marks[n] < end {
			n++
		}
		fq.marks, m = marks[m:n], n
		prevSpk, prevHad = fq.sentence(0, end-start, needCue, prevSpk, prevHad)
	})
	st.buf, st.ends, st.marks, st.qs = toks[:0], ends[:0], marks[:0], qs[:0]
}

// eachSentence calls read with the bounds of each sentence of a field's
// tokens toks in turn, the sentence being toks[start:end]. Only after the
// tokens in ends may one end.
func eachSentence(text string, qs []qspan, toks []qtok, ends []int, read func(start, end int)) {
	start := 0
	for _, k := range ends {
		i := k + 1
		if i == len(toks) {
			break
		}
		if quoteSentenceEnds(text, toks[start:i], qs, toks[i]) {
			read(start, i)
			start = i
		}
	}
	if start < len(toks) {
		read(start, len(toks))
	}
}

// readUnread reads the paragraphs left unread since the last focus, the
// last first, until one makes someone the focus: the paragraphs read in
// order would have left that one's focus, and the count of sentences it
// stood at.
func (st *quoteState) readUnread() {
	for len(st.unread) > 0 {
		u := st.unread[len(st.unread)-1]
		st.unread = st.unread[:len(st.unread)-1]
		if p := st.lastFocus(u.idx); p != "" {
			st.focus, st.focusSeq = p, u.seq
			st.unread = st.unread[:0]
		}
	}
}

// lastFocus returns the first person named in the last sentence of
// paragraph i that names one as its subject (see firstPerson), or "", for
// a paragraph that holds no quote and no reporting word.
func (st *quoteState) lastFocus(i int) string {
	text := st.a.Paragraphs[i].Text
	fq := quoteFieldCtx{st: st, f: FieldParagraph, idx: i, text: text, mentions: st.mentions[st.slot(fieldKey{FieldParagraph, i})]}
	toks, ends, _ := quoteTokens(text, nil, st.unreadToks[:0], st.unreadEnds[:0], nil)
	focus := ""
	eachSentence(text, nil, toks, ends, func(start, end int) {
		fq.toks = toks[start:end]
		if p := fq.firstPerson(0, end-start); p != "" {
			focus = p
		}
	})
	st.unreadToks, st.unreadEnds = toks[:0], ends[:0]
	return focus
}

// notSpace reports whether r is not white space.
func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// namesPerson reports whether one of ms names a person.
func namesPerson(ms []mentionRef) bool {
	for _, m := range ms {
		if m.person {
			return true
		}
	}
	return false
}

// mayReport reports whether quoteTokens may find a word of reportWords
// in text, a field with no quotes. Those are words of ASCII letters
// only, and such a token of quoteTokens is a whole run of ASCII letters
// between bytes that are none: so a text of ASCII bytes whose runs of
// letters are none of reportWords holds none. A text with a byte
// outside ASCII, which lowering may turn into an ASCII letter, may.
//
// The text is read langBlock bytes at a time, as lang.go's count reads
// it: the runs of letters of a block are cut from its wordBits, so that
// finding where a word ends waits on no load of the text. A run that may
// go on past the block, and the text at its end, are read word by word.
func mayReport(text string) bool {
	cues := reportWords.get()
scan:
	for i := 0; i < len(text); {
		// eight bytes past the block are read with its last word, for
		// its key
		if i+langBlock+8 <= len(text) {
			word, high := blockWordBits(text, i)
			if high != 0 {
				return true // as the reading word by word would at that byte
			}
			for word != 0 {
				s := bits.TrailingZeros64(word)
				e := s + bits.TrailingZeros64(^(word >> s))
				if e == langBlock {
					i += s // the word may run on: it is read below
					break
				}
				if x := load64(text, i+s); cues.mayHaveASCII(x, e-s) && cues.hasASCII(x, text[i+s:i+e]) {
					return true
				}
				word &^= 1<<e - 1
			}
			if word == 0 {
				i += langBlock
				continue scan
			}
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if !isASCIILetter(c) {
			i++
			continue
		}
		// the word's first eight bytes are read once, to find where
		// it ends and to key it in cues
		x := wordBytes(text, i)
		j := i + leadingLetters(x)
		if j == i+8 {
			j = asciiWordEnd(text, j)
		}
		if w := text[i:j]; cues.mayHaveASCII(x, j-i) && cues.hasASCII(x, w) {
			return true
		}
		i = j
	}
	return false
}

// quoteFieldCtx holds one field while its sentences are read.
type quoteFieldCtx struct {
	st   *quoteState
	f    Field
	idx  int
	text string
	toks []qtok
	qs   []qspan
	// marks are the reporting words and opening marks of the sentence
	// being read, as indexes into the field's tokens; the sentence's
	// first token is the field's token base
	marks []int
	base  int
	// mentions are the field's mentions from the sentence being read on
	// (and maybe a few before it): the sentences are read in order, so
	// that firstPerson finds a sentence's first mention by going on from
	// the last sentence's
	mentions []mentionRef
	// sentEnd is the end of the sentence being read
	sentEnd int
	// cued is the last quote of the sentence that took a cue after its
	// closing mark, with the token of that mark; cuedTok is -1 when none
	cued    Quote
	cuedTok int
}

// markQuotes pairs the quotation marks of text. Double marks (straight or
// curly) open and close in turn; a mark followed by a space that could open
// nothing is a stray closer and is skipped. Single marks count only outside
// double ones and only where they cannot be an apostrophe. With carry, a
// quote from the previous paragraph is still open; the paragraph then
// starts with its repeated opening mark. The quotes are appended to qs.
func markQuotes(qs []qspan, text string, carry bool) []qspan {
	inside := false
	var cur qspan
	sOpen := -1
	leads := newLeadFinder(text)
	for i := 0; i < len(text); {
		if i = leads.from(i); i == len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isDoubleMark(r) && !isSingleMark(r) {
			i += n
			continue
		}
		// the rune before a mark, read back only at a mark: a continuation
		// byte never starts a rune, so reading back finds the rune that
		// reading forward from the start of text does
		prev := rune(-1)
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		next := rune(-1)
		if i+n < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+n:])
		}
		switch {
		case isDoubleMark(r):
			if !inside {
				if next == -1 || (unicode.IsSpace(next) && prev != -1 && !unicode.IsSpace(prev)) {
					break // a closer with no opener
				}
				cur = qspan{open: i, ts: i + n}
				inside = true
				sOpen = -1
			} else {
				cur.close, cur.te = i, i
				qs = appendQuote(qs, text, cur)
				inside = false
			}
		case isSingleMark(r) && !inside:
			switch {
			case isWordRune(prev) && isWordRune(next):
				// an apostrophe inside a word (Jum'at)
			case sOpen >= 0 && prev != -1 && !unicode.IsSpace(prev) && !isWordRune(next):
				qs = appendQuote(qs, text, qspan{open: sOpen, ts: sOpen + markLen(text, sOpen), close: i, te: i, single: true})
				sOpen = -1
			case (prev == -1 || unicode.IsSpace(prev) || prev == '(') && isWordRune(next):
				sOpen = i
			}
		}
		i += n
	}
	if inside {
		cur.close, cur.te, cur.runsOn = len(text), len(text), true
		qs = appendQuote(qs, text, cur)
	}
	return qs
}

// markLeads are the bytes that may start a quotation mark: the ASCII
// marks, and the lead bytes of the UTF-8 forms of U+00AB and U+00BB (0xC2)
// and of U+2018 to U+201E (0xE2). Other bytes are passed over without
// decoding.
const markLeads = "\"'\xc2\xe2"

// A leadFinder finds the bytes of markLeads in text, one place after
// another: each is looked for with strings.IndexByte, which is much
// faster than a loop over the bytes, once per place it stands. It keeps
// parse.go's seeker's rule for each byte, but calls IndexByte itself,
// where strings.Index would first tell that its string is one byte long:
// most fields are short, and each is searched for all four bytes.
type leadFinder struct {
	text string
	// at holds the place of each byte found last, len(text) for none;
	// -1 before the first search
	at [len(markLeads)]int
}

func newLeadFinder(text string) leadFinder {
	return leadFinder{text: text, at: [len(markLeads)]int{-1, -1, -1, -1}}
}

// from returns the first place at or after i of a byte of markLeads, or
// len(text). Each call must pass an i no smaller than the last.
func (f *leadFinder) from(i int) int {
	first := len(f.text)
	for k := range f.at {
		if f.at[k] < i {
			f.at[k] = len(f.text)
			if j := strings.IndexByte(f.text[i:], markLeads[k]); j >= 0 {
				f.at[k] = i + j
			}
		}
		first = min(first, f.at[k])
	}
	return first
}

func markLen(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	return n
}

// appendQuote trims the quote's text and keeps it when it is not empty.
func appendQuote(qs []qspan, text string, q qspan) []qspan {
	for q.ts < q.te && text[q.ts] == ' ' {
		q.ts++
	}
	for q.te > q.ts && text[q.te-1] == ' ' {
		q.te--
	}
	if q.te <= q.ts {
		return qs
	}
	return append(qs, q)
}

func isDoubleMark(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb'
}

func isSingleMark(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isAlnumASCII(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// quoteTokens cuts a field into words and punctuation, appending them to
// toks, marking the quote marks of qs and the quote each token lies in.
// The text between the marks of a quote that closes is left out: what is
// said is not read word by word, only what is said around it. It
// appends to ends the index of each token after which a sentence may end
// (see mayEndSentence), and to marks that of each opening mark and each
// reporting word outside quotes (see reportWords): the tokens a sentence
// is read from, which are few, so that reading it need not go over all
// its tokens.
func quoteTokens(text string, qs []qspan, toks []qtok, ends, marks []int) ([]qtok, []int, []int) {
	// qi is the first quote that does not close before i; stop is the
	// next quote mark, where a word must end, and in the quote before
	// it that i lies in, or -1. Both hold from one mark to the next, so
	// they are found again only at a mark (stop -1 asks for it).
	qi, stop, in := 0, -1, -1
	// a word is checked against the reporting words while its bytes are
	// at hand
	cues := reportWords.get()
	for i := 0; i < len(text); {
		if i >= stop {
			for qi < len(qs) && qs[qi].close < i {
				qi++
			}
			stop, in = len(text), -1
			if qi < len(qs) {
				switch q := &qs[qi]; {
				case i < q.open:
					stop = q.open
				case i == q.open:
					n := markLen(text, i)
					marks = append(marks, len(toks))
					toks = append(toks, qtok{s: i, e: i + n, kind: tOpen, q: qi})
					i += n
					if !q.runsOn {
						// the words inside a quote are read from its
						// text, never as tokens: the closing mark
						// follows the opening one (see tokensFrom)
						i = q.close
					}
					stop = -1
					continue
				case q.runsOn:
					in = qi
				case i == q.close:
					n := markLen(text, i)
					toks = append(toks, qtok{s: i, e: i + n, kind: tClose, q: qi})
					ends = append(ends, len(toks)-1)
					i += n
					qi++
					stop = -1
					continue
				default:
					stop, in = q.close, qi
				}
			}
		}
		if cap(toks)-len(toks) < tokenRoom {
			toks = slices.Grow(toks, tokenRoom)
		}
		if i = commonTokens(text, i, stop, in, &toks, cues); i >= stop {
			continue
		}
		if c := text[i]; c < utf8.RuneSelf {
			// most bytes are ASCII: they need no decoding, and most
			// words end at an ASCII byte that joins nothing
			switch {
			case alnumASCII[c]:
				// the letters and digits are found eight at a time, the
				// first eight by the load that then keys the word in
				// cues: most words end within them. A quote mark, where
				// the word must end at stop, is none of them.
				x := wordBytes(text, i)
				j := i + 8
				if m := notAlnum8(x); m != 0 {
					j = i + bits.TrailingZeros64(m)/8
				} else {
					j += alnumRun(text[:stop], j)
				}
				e, ascii := j, true
				// a space, the most common end, is told first
				if j < stop && text[j] != ' ' && (text[j] >= utf8.RuneSelf || joinsASCII(text[j]) && !endsAt(text, j, stop)) {
					e, ascii = wordEnd(text, i, stop)
				}
				if in < 0 && (ascii && cues.mayHaveASCII(x, e-i) && cues.hasASCII(x, text[i:e]) ||
					!ascii && cues.mayHave(text, i, e, false) && cues.has(text[i:e])) {
					marks = append(marks, len(toks))
				}
				toks = append(toks, qtok{s: i, e: e, kind: tWord, q: in})
				i = e
				if i < stop && text[i] == ' ' {
					i++ // the space after a word, read without going round
				}
			case isSpaceASCII(c):
				i++
			default:
				toks = append(toks, qtok{s: i, e: i + 1, kind: tPunct, q: in})
				if mayEndSentence(text, toks[len(toks)-1]) {
					ends = append(ends, len(toks)-1)
				}
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			e, ascii := wordEnd(text, i, stop)
			if in < 0 && cues.mayHave(text, i, e, ascii) && cues.has(text[i:e]) {
				marks = append(marks, len(toks))
			}
			toks = append(toks, qtok{s: i, e: e, kind: tWord, q: in})
			i = e
		default:
			toks = append(toks, qtok{s: i, e: i + n, kind: tPunct, q: in})
			if mayEndSentence(text, toks[len(toks)-1]) {
				ends = append(ends, len(toks)-1)
			}
			i += n
		}
	}
	return toks, ends, marks
}

// commonTokens reads the common tokens of text from i up to stop, the
// next quote mark, for quoteTokens, whose loop holds too many variables
// for the registers: an ASCII word held by the eight bytes at its start or
// read on eight at a time, that ends at a space or at an ASCII byte that
// joins nothing (see wordEnd) and that cues turns away (see mayHaveASCII);
// a space; and ASCII punctuation that ends no sentence (see
// mayEndSentence). in is the quote the tokens lie in, or -1, as in
// quoteTokens. It stops at any other token, which quoteTokens reads, or
// when *toks is full, and returns where it stopped.
//
// The tokens are appended within the room quoteTokens made, by
// reslicing, so that no call of growslice costs the loop its registers.
func commonTokens(text string, i, stop, in int, toks *[]qtok, cues *lowerSet) int {
	ts := *toks
loop:
	for i < stop && len(ts) < cap(ts) {
		c := text[i]
		switch {
		case alnumASCII[c]:
			if i+8 > len(text) {
				break loop // the word's bytes are read at the end of text by wordBytes
			}
			x := load64(text, i)
			j := i + 8
			if m := notAlnum8(x); m != 0 {
				j = i + bits.TrailingZeros64(m)/8
			} else {
				// alnumRun, written out: a call here would cost the
				// loop its registers
				for j+8 <= stop {
					m := notAlnum8(load64(text, j))
					if m != 0 {
						j += bits.TrailingZeros64(m) / 8
						break
					}
					j += 8
				}
				for j+8 > stop && j < stop && alnumASCII[text[j]] {
					j++
				}
			}
			if j < stop && text[j] != ' ' && (text[j] >= utf8.RuneSelf || joinsASCII(text[j]) && !endsAt(text, j, stop)) {
				break loop // the word may go on
			}
			if in < 0 && cues.mayHaveASCII(x, j-i) {
				break loop // it may be a reporting word
			}
			k := len(ts)
			ts = ts[:k+1]
			ts[k] = qtok{s: i, e: j, kind: tWord, q: in}
			i = j
			if i < stop && text[i] == ' ' {
				i++
			}
		case isSpaceASCII(c):
			i++
		case c >= utf8.RuneSelf || in < 0 && (c == '.' || c == '!' || c == '?'):
			break loop
		default:
			k := len(ts)
			ts = ts[:k+1]
			ts[k] = qtok{s: i, e: i + 1, kind: tPunct, q: in}
			i++
		}
	}
	*toks = ts
	return i
}

// alnumASCII tells the ASCII letters and digits.
var alnumASCII = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnumASCII(byte(c))
	}
	return t
}()

// endsAt reports whether a word surely ends at the ASCII joining mark at
// j, before stop: when the mark is last, or followed by an ASCII byte that
// is neither a letter nor a digit, it joins nothing (see wordEnd).
func endsAt(text string, j, stop int) bool {
	return j+1 >= stop || text[j+1] < utf8.RuneSelf && !alnumASCII[text[j+1]]
}

// joinsASCII reports whether the ASCII byte c may join two parts of a
// word (see wordEnd).
func joinsASCII(c byte) bool {
	return c == '-' || c == '\'' || c == '&' || c == '.' || c == ','
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by a hyphen, an apostrophe, or a full stop between digits or
// before a lower-case letter (1.000, Kompas.com). It stops at stop, the
// next quote mark. It also tells whether the word is ASCII only.
func wordEnd(text string, i, stop int) (int, bool) {
	prev := rune(-1)
	j := i
	ascii := true
	for j < stop {
		if c := text[j]; c < utf8.RuneSelf && isAlnumASCII(c) {
			prev = rune(c)
			j++
			continue
		} else if c < utf8.RuneSelf && !joinsASCII(c) {
			break // joins no word to the next
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			prev = r
			j += n
			ascii = ascii && n == 1 && r < utf8.RuneSelf
			continue
		}
		if j+n >= stop {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+n:])
		joins := false
		switch r {
		case '-', '\'', '\u2019', '&':
			joins = isWordRune(next)
		case '.', ',':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next) || r == '.' && unicode.IsLower(next)
		}
		if !joins {
			break
		}
		j += n
		ascii = ascii && r < utf8.RuneSelf
	}
	return j, ascii
}

// quoteSentenceEnds reports whether the sentence ends after the last token of
// toks, given the token that follows. A quote never spans two sentences: a
// sentence ends at a full stop, question or exclamation mark outside
// quotes that is followed by a capital, a digit or an opening mark, or at
// a closing mark whose quote ends a sentence and is followed by another
// quote or a capital.
func quoteSentenceEnds(text string, toks []qtok, qs []qspan, next qtok) bool {
	k := len(toks) - 1
	t := toks[k]
	switch {
	case t.kind == tPunct && t.q < 0 && isStop(text[t.s:t.e]):
		return next.kind == tOpen || opensSentence(text, next) && !abbrevBefore(text, toks, k)
	case t.kind == tClose:
		q := qs[t.q]
		last := text[q.te-1]
		return (last == '.' || last == '!' || last == '?') &&
			(next.kind == tOpen || next.kind == tWord && isUpperWord(text[next.s:next.e]) && !capitalCue(text[next.s:next.e]))
	}
	return false
}

// mayEndSentence reports whether a sentence may end after t: only a stop
// outside quotes (see isStop; an ellipsis starts with 0xE2) or a closing
// mark can end one.
func mayEndSentence(text string, t qtok) bool {
	switch t.kind {
	case tPunct:
		c := text[t.s]
		return t.q < 0 && (c == '.' || c == '!' || c == '?' || c == 0xe2)
	case tClose:
		return true
	}
	return false
}

func isStop(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "\u2026"
}

func opensSentence(text string, t qtok) bool {
	if t.kind == tOpen {
		return true
	}
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.s:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// abbrevBefore reports whether the full stop at token k closes an
// abbreviation or an initial rather than a sentence.
func abbrevBefore(text string, toks []qtok, k int) bool {
	if k == 0 || toks[k-1].kind != tWord || toks[k-1].e != toks[k].s {
		return false
	}
	w := text[toks[k-1].s:toks[k-1].e]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbrevSet.get().has(w)
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// wordCues are the bare reporting verbs that are also everyday nouns or
// other words ("Cerita itu …", "Pesan tersebut …", "Jelas bahwa …").
var wordCues = map[string]bool{
	"cerita": true, "kisah": true, "pesan": true, "harap": true, "ingat": true,
	"nilai": true, "jawab": true, "tanya": true, "tulis": true, "aku": true,
	"yakin": true, "lanjut": true, "terang": true, "jelas": true, "tegas": true,
	"seru": true, "canda": true, "kelakar": true, "keluh": true, "sindir": true,
	"klaim": true, "kritik": true, "puji": true, "tutup": true, "ulas": true,
	"minta": true, "tekan": true, "simpul": true, "teriak": true, "bisik": true,
	"dalih": true, "curhat": true, "ajak": true, "tolak": true,
}

// capitalCue reports whether a capitalized word right after a quote that
// ends with a full stop is its cue ("Kata Budi"), rather than the start of
// the next sentence ("Cerita itu dimuat …", "Ceritanya …"): a verb that is
// also an everyday word starts a sentence there.
func capitalCue(w string) bool {
	if !isCueWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	if b, ok := strings.CutSuffix(lw, "nya"); ok && !afterCues[lw] {
		lw = b
	}
	return !wordCues[lw]
}

// isCueWord reports whether w is a bare reporting verb that may follow a
// quote, with or without "-nya".
func isCueWord(w string) bool {
	lw := strings.ToLower(w)
	if afterCues[lw] || lw == "menurut" || lw == "menurutnya" {
		return true
	}
	if b, ok := strings.CutSuffix(lw, "nya"); ok {
		return afterCues[b]
	}
	return false
}

func (fq *quoteFieldCtx) word(k int) string {
	t := fq.toks[k]
	return fq.text[t.s:t.e]
}

func (fq *quoteFieldCtx) lower(k int) string {
	return strings.ToLower(fq.word(k))
}

// lowerTo returns word k lower-cased in buf, for a word that is often a
// name: strings.ToLower would copy a capitalized word to the heap, while
// buf and a string made of what lowerTo returns stay on the stack of a
// caller that only compares the word or looks it up.
func (fq *quoteFieldCtx) lowerTo(buf *[32]byte, k int) []byte {
	return appendLower(buf[:0], fq.word(k))
}

// in reports whether the lower-case form of word k is in set.
func (fq *quoteFieldCtx) in(set *lowerSet, k int) bool {
	t := fq.toks[k]
	return set.hasAt(fq.text, t.s, t.e)
}

func (fq *quoteFieldCtx) isWordOut(k int) bool {
	return k >= 0 && k < len(fq.toks) && fq.toks[k].kind == tWord && fq.toks[k].q < 0
}

func (fq *quoteFieldCtx) punctIs(k int, s string) bool {
	return k >= 0 && k < len(fq.toks) && fq.toks[k].kind == tPunct && fq.word(k) == s
}

// sentence reads the sentence of tokens [a, b): its reporting verbs first,
// then its quotes. prevSpk and prevHad tell the speaker of the sentence
// before in the same field and whether it quoted or reported anyone. It
// returns the same for this sentence.
func (fq *quoteFieldCtx) sentence(a, b int, needCue bool, prevSpk string, prevHad bool) (string, bool) {
	st := fq.st
	fq.sentEnd = fq.toks[b-1].e
	fq.cuedTok = -1
	reps := st.reps[:0]
	defer func() { st.reps = reps[:0] }()
	// the pronouns of this sentence point back past it, so the state is
	// only updated once the sentence is read
	for _, m := range fq.marks {
		if k := m - fq.base; fq.toks[k].kind == tWord {
			if r, ok := fq.reportAt(k, a, b); ok {
				reps = append(reps, r)
			}
		}
	}
	spk, had := "", false
	for _, r := range reps {
		if r.speaker != "" {
			spk, had = r.speaker, true
		}
	}
	// "…." Demikian disampaikan Budi. / Hal itu dikatakan Budi …: a
	// sentence that reports the bare quote just before it
	if p := st.bareQuote; p >= 0 && !needCue && len(reps) > 0 && reps[0].speaker != "" && fq.reportsBack(a, b) {
		st.quotes[p].Speaker, st.quotes[p].Cue = reps[0].speaker, reps[0].cue
	}
	st.bareQuote = -1
	for _, m := range fq.marks {
		k := m - fq.base
		if fq.toks[k].kind != tOpen {
			continue
		}
		qi := fq.toks[k].q
		ck := fq.closeTok(k, b)
		q, ok := fq.quote(qi, k, ck, a, b, reps, needCue, prevSpk, prevHad)
		if !ok {
			continue
		}
		st.quotes = append(st.quotes, q)
		n := len(st.quotes) - 1
		if q.Speaker != "" {
			spk, had = q.Speaker, true
			// a quote running over paragraphs is said by whoever closes it
			for _, j := range st.openQuotes {
				if st.quotes[j].Speaker == "" {
					st.quotes[j].Speaker = q.Speaker
					st.quotes[j].Cue = q.Cue
				}
			}
			if len(st.openQuotes) > 1 {
				// all have a speaker now; the first is kept for the
				// paragraphs that still continue the quote
				st.openQuotes = st.openQuotes[:1]
			}
		}
		if !needCue && q.Kind == Direct && q.Cue == "" && ck == b-1 {
			st.bareQuote = n
		}
		if fq.qs[qi].runsOn && !needCue {
			if len(st.openQuotes) == 0 || q.Speaker == "" {
				st.openQuotes = append(st.openQuotes, n)
			}
		} else {
			st.openQuotes = st.openQuotes[:0]
		}
		if !needCue {
			st.lastQuoteSpk, st.lastQuotePar = q.Speaker, st.para
			if q.Speaker != "" && st.isPersonName(q.Speaker) {
				st.lastSpk, st.lastSpkPara, st.lastSpkSeq = q.Speaker, st.para, st.seq
			}
		}
	}
	if needCue {
		return spk, had
	}
	for _, r := range reps {
		if r.speaker != "" && r.person {
			st.lastSpk, st.lastSpkPara, st.lastSpkSeq = r.speaker, st.para, st.seq
		}
	}
	if p := fq.firstPerson(a, b); p != "" {
		st.focus, st.focusSeq = p, st.seq
		st.unread = st.unread[:0] // the paragraphs left unread are behind this focus
	}
	st.seq++
	return spk, had
}

// reportsBack reports whether the sentence [a, b) opens by pointing back
// at what was just quoted: "Demikian …", "Hal itu/ini/tersebut …".
func (fq *quoteFieldCtx) reportsBack(a, b int) bool {
	if !fq.isWordOut(a) {
		return false
	}
	switch fq.lower(a) {
	case "demikian":
		return true
	case "hal", "pernyataan", "penjelasan", "keterangan":
		if a+1 < b && fq.isWordOut(a+1) {
			switch fq.lower(a + 1) {
			case "itu", "ini", "tersebut":
				return true
			}
		}
	}
	return false
}

// closeTok returns the index of the closing mark of the quote opened at
// token k, or the last token of the sentence when the quote runs on.
func (fq *quoteFieldCtx) closeTok(k, b int) int {
	for j := k + 1; j < b; j++ {
		if fq.toks[j].kind == tClose && fq.toks[j].q == fq.toks[k].q {
			return j
		}
	}
	return -1
}

// reportAt reads a reporting verb at token k, if there is one, with its
// speaker: "Putin mengatakan", "ia menyebut", "Ketua Duma berterima kasih",
// "menurut KCNA", "kata Badrodin,". The caller passes only words of
// reportWords.
func (fq *quoteFieldCtx) reportAt(k, a, b int) (report, bool) {
	cue := fq.word(k)
	var buf [32]byte
	lw := string(fq.lowerTo(&buf, k))
	// the lists lw is in, found by one look-up where each list took one
	cls := cueClasses()[lw]
	switch {
	case cls&cueVerb != 0 || cls&cueEnglish != 0 && k > a && fq.toks[k-1].kind != tClose:
	case cls&cuePhrase != 0 && fq.isWordOut(k+1) && fq.lower(k+1) == speechPhrases[lw]:
		cue = fq.text[fq.toks[k].s:fq.toks[k+1].e]
	case lw == "menurut":
		sf := fq.forwardSpeaker(k+1, b)
		if !sf.ok {
			return report{}, false
		}
		name, person := fq.st.resolve(fq, sf, fq.toks[k].s)
		return report{tok: k, cue: cue, speaker: name, person: person}, true
	case cls&cuePassive != 0:
		j := k + 1
		if j < b && fq.isWordOut(j) && fq.lower(j) == "oleh" {
			j++
		}
		sf := fq.forwardSpeaker(j, b)
		if !sf.ok {
			return report{}, false
		}
		name, person := fq.st.resolve(fq, sf, fq.toks[k].s)
		return report{tok: k, cue: cue, speaker: name, person: person}, true
	case lw == "menurutnya":
		name := fq.st.backRef()
		return report{tok: k, cue: "menurut", speaker: name, person: name != ""}, true
	case (lw == "kata" || lw == "ujar") && k+1 < b && fq.isWordOut(k+1) && (k == a || fq.toks[k-1].kind != tClose):
		// a reported clause: "…, kata Badrodin, ada indikasi …"
		sf := fq.forwardSpeaker(k+1, b)
		if !sf.ok || (!sf.back && !isUpperWord(fq.text[sf.s:sf.e])) {
			return report{}, false
		}
		name, person := fq.st.resolve(fq, sf, fq.toks[k].s)
		return report{tok: k, cue: cue, speaker: name, person: person}, true
	default:
		return report{}, false
	}
	sf := fq.subjectBefore(k, a)
	if !sf.ok {
		return report{tok: k, cue: cue}, true
	}
	name, person := fq.st.resolve(fq, sf, fq.toks[k].s)
	return report{tok: k, cue: cue, speaker: name, person: person}, true
}

// A cueClass tells which lists of reporting words a word is in.
type cueClass uint8

const (
	cueVerb    cueClass = 1 << iota // reportVerbs
	cueEnglish                      // englishReports
	cuePhrase                       // the first words of speechPhrases
	cuePassive                      // passiveReports
)

// cueClasses maps each word of the lists reportAt reads to its cueClass.
var cueClasses = sync.OnceValue(func() map[string]cueClass {
	m := map[string]cueClass{}
	for _, l := range []struct {
		words map[string]bool
		cls   cueClass
	}{{reportVerbs, cueVerb}, {englishReports, cueEnglish}, {passiveReports, cuePassive}} {
		for w := range l.words {
			m[w] |= l.cls
		}
	}
	for w := range speechPhrases {
		m[w] |= cuePhrase
	}
	return m
})

// reportWords holds every word reportAt reads a report from, so that the
// words of a sentence are turned away at once.
var reportWords = newLazy(func() *lowerSet {
	ws := []string{"menurut", "menurutnya", "kata", "ujar"}
	for _, set := range []map[string]bool{reportVerbs, englishReports, passiveReports} {
		for w := range set {
			ws = append(ws, w)
		}
	}
	for w := range speechPhrases {
		ws = append(ws, w)
	}
	return newLowerSet(ws)
})

// The word lists that are looked up one word of a sentence at a time, as
// lowerSets: most words looked up are in none of them, and a lowerSet
// turns those away without a map look-up.
var (
	roleSet          = lowerSetOf(roleWords)
	skipSet          = lowerSetOf(subjectSkips)
	subjectLeadSet   = lowerSetOf(subjectLeads)
	linkSet          = lowerSetOf(nameLinks)
	speakerEndSet    = lowerSetOf(speakerEnds)
	titleIntroSet    = lowerSetOf(titleIntros)
	reportVerbSet    = lowerSetOf(reportVerbs)
	englishReportSet = lowerSetOf(englishReports)
	abbrevSet        = lowerSetOf(sentenceAbbrevs)
	headRoleSet      = lowerSetOf(headRoles)
)

// lowerSetOf returns the lazy lowerSet of the keys of m.
func lowerSetOf(m map[string]bool) *lazy[lowerSet] {
	return newLazy(func() *lowerSet { return newLowerSet(slices.Collect(maps.Keys(m))) })
}

// A lowerSet is a set of lower-case ASCII words, with filters of their
// bytes (see mayHave) and of their hashes (see has) that turn most other
// words away before they are looked up.
type lowerSet struct {
	// slots holds the words by their wordHash, in open addressing: a
	// word is looked up by the hash has takes anyway while it lowers
	// the word, where a map would hash the word a second time
	slots  []string // "" for an empty slot
	mask   uint32
	hashes hashSet
	// shorts holds the words of eight bytes or fewer by their lowerKey,
	// in open addressing with slots' mask: an ASCII word that short,
	// whose bytes its caller has read in one load, is looked up by them
	// with no lowering byte by byte, hashing or comparing of strings
	shorts []shortWord // a zero key for an empty slot
	// keys holds a bit for the key of each word (see byteKey)
	keys           hashSet
	firsts         [256]bool // the first bytes of the words, in either case
	minLen, maxLen int       // the lengths of the shortest and longest words
}

func newLowerSet(ws []string) *lowerSet {
	size := 16
	for size < 4*len(ws) {
		size *= 2
	}
	s := &lowerSet{slots: make([]string, size), shorts: make([]shortWord, size), mask: uint32(size - 1), minLen: len(ws[0])}
	for _, w := range ws {
		if len(w) <= 8 {
			k := lowerKey(wordBytes(w, 0), len(w))
			i := s.shortSlot(k)
			for s.shorts[i].key != 0 && s.shorts[i] != (shortWord{k, len(w)}) {
				i = (i + 1) & s.mask
			}
			s.shorts[i] = shortWord{k, len(w)}
		}
		s.minLen, s.maxLen = min(s.minLen, len(w)), max(s.maxLen, len(w))
		i := s.slot(wordHash(w))
		for s.slots[i] != "" && s.slots[i] != w {
			i = (i + 1) & s.mask
		}
		s.slots[i] = w
		// the bytes of a word of the set are as lowering keeps them
		// (see byteKey), read as the text's are
		s.keys.addKey(byteKey(w+"        ", 0, len(w)))
		s.hashes.add(wordHash(w))
		s.firsts[w[0]] = true
		s.firsts[upperASCII(w[0])] = true
	}
	return s
}

// slot returns the first slot a word of hash h is looked for in.
func (s *lowerSet) slot(h uint32) uint32 { return h * 0x85ebca6b >> 16 & s.mask }

// A shortWord is a word of a lowerSet of eight bytes or fewer: its
// lowerKey and its length, which tells a word from one with zero bytes
// after it.
type shortWord struct {
	key uint64
	n   int
}

// lowerKey returns the wordBytes x of an ASCII word of n bytes, eight or
// fewer, lowered as strings.ToLower lowers them, with the bytes past the
// word zero.
func lowerKey(x uint64, n int) uint64 {
	if n < 8 {
		x &= 1<<(8*n) - 1
	}
	return lowerASCII8(x)
}

// shortSlot returns the first slot of shorts a word of lowerKey k is
// looked for in.
func (s *lowerSet) shortSlot(k uint64) uint32 {
	return uint32(k^k>>32) * 0x85ebca6b >> 16 & s.mask
}

// hasShort reports whether the ASCII word of n bytes, eight or fewer,
// whose wordBytes are x is in the set, as has would.
func (s *lowerSet) hasShort(x uint64, n int) bool {
	k := lowerKey(x, n)
	for i := s.shortSlot(k); s.shorts[i].key != 0; i = (i + 1) & s.mask {
		if s.shorts[i] == (shortWord{k, n}) {
			return true
		}
	}
	return false
}

// hasASCII is has(w) for an ASCII word w whose wordBytes are x, which
// its caller has read: a word of eight bytes or fewer is looked up by
// them (hasShort).
func (s *lowerSet) hasASCII(x uint64, w string) bool {
	if len(w) <= 8 {
		return s.hasShort(x, len(w))
	}
	return s.has(w)
}

// has reports whether strings.ToLower(w) is in the set. A caller that
// asks about most words of a text turns most away with mayHave first.
// An ASCII word is lowered into a buffer on the stack and hashed on the
// way, and its hash is looked for in the set's hashes before its slots;
// other words take strings.ToLower.
func (s *lowerSet) has(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return s.hasLower(strings.ToLower(w))
	}
	var h uint32
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.hasLower(strings.ToLower(w))
		}
		buf[i] = lowerASCII(c)
		h = h*31 + uint32(buf[i])
	}
	return s.hashes.has(h) && holds(s, h, buf[:len(w)])
}

// hasAt is has(text[i:e]) for a word that is most often in no set: one
// of eight ASCII bytes or fewer, read in one load, is first tested as
// mayHave tests it, which turns most away before they are lowered, and
// then looked up by its bytes (hasShort). That gives has's answer only
// while the set's words are in lower case, as has keeps them
// (TestLowerSetWords checks the package's sets).
func (s *lowerSet) hasAt(text string, i, e int) bool {
	if n := e - i; n <= 8 {
		x := wordBytes(text, i)
		if n < 8 {
			x &= 1<<(8*n) - 1
		}
		if x&highs == 0 {
			return s.mayHaveASCII(x, n) && s.hasShort(x, n)
		}
	}
	return s.has(text[i:e])
}

// hasLower reports whether lw, in lower case, is in the set.
func (s *lowerSet) hasLower(lw string) bool {
	return holds(s, wordHash(lw), lw)
}

// holds reports whether the slots of s hold lw, a word in lower case
// whose wordHash is h: a string, or the bytes has lowered a word into,
// which are compared without being made a string.
func holds[S string | []byte](s *lowerSet, h uint32, lw S) bool {
	for i := s.slot(h); s.slots[i] != ""; i = (i + 1) & s.mask {
		if s.slots[i] == string(lw) {
			return true
		}
	}
	return false
}

// mayHave is a quick test before has: false when the word text[i:e] is
// surely not in the set. An ASCII word is tested by its length and its
// byteKey, with one bit of keys; another only by its first byte, which
// lowering keeps when it is ASCII. The test is small enough to be made
// inline in the loops that ask it of every word.
func (s *lowerSet) mayHave(text string, i, e int, ascii bool) bool {
	if !ascii {
		return i < e && s.firsts[text[i]]
	}
	return s.mayHaveASCII(wordBytes(text, i), e-i)
}

// mayHaveASCII is mayHave for an ASCII word of n bytes whose wordBytes
// are x, for a loop that has read them to find where the word ends: it
// is made inline there, where mayHave, which reads them, is not.
func (s *lowerSet) mayHaveASCII(x uint64, n int) bool {
	// lowering keeps an ASCII word's length
	return n >= s.minLen && n <= s.maxLen && s.keys.hasKey(keyOf(x, n))
}

// byteKey returns the key of the ASCII word text[i:e] in a lowerSet's
// keys: for a word of up to seven bytes, its bytes, little-endian (as
// datetok.go's shortKey), and for a longer one its first eight bytes with
// its length. Each byte is taken with its 0x20 bit set, which lowers an
// ASCII letter as strings.ToLower does and turns no other byte into a
// byte of a word of the set (a lower-case letter, a digit, '.' or '-',
// all of which have it). The eight bytes at i are read in one load, or
// by datetok.go's loadTail at the end of text, where a word has fewer
// than eight bytes and those past the text are masked off.
func byteKey(text string, i, e int) uint64 {
	return keyOf(wordBytes(text, i), e-i)
}

// wordBytes returns the eight bytes of text at i, little-endian, with
// zeros for those past its end.
func wordBytes(text string, i int) uint64 {
	if i+8 <= len(text) {
		return load64(text, i)
	}
	return loadTail(text, i)
}

// keyOf returns the byteKey of an ASCII word of n bytes whose wordBytes
// are x.
func keyOf(x uint64, n int) uint64 {
	x |= 0x20 * ones
	if n < 8 {
		return x & (1<<(8*n) - 1)
	}
	return x ^ uint64(n)<<32
}

// subjectBefore finds the subject of the verb at token k, reading back to
// the start a of the sentence.
func (fq *quoteFieldCtx) subjectBefore(k, a int) surface {
	j := k - 1
	for j >= a && fq.isWordOut(j) && fq.in(skipSet.get(), j) {
		j--
	}
	if j < a || !fq.isWordOut(j) {
		return surface{}
	}
	var buf [32]byte
	w := string(fq.lowerTo(&buf, j))
	if personPronouns[w] {
		return surface{s: fq.toks[j].s, e: fq.toks[j].e, back: true, ok: true}
	}
	if otherPronouns[w] {
		return surface{}
	}
	if !isUpperWord(fq.word(j)) {
		// "pria itu mengatakan": a described person already spoken of
		if w == "itu" || w == "tersebut" {
			return surface{back: true, ok: true}
		}
		return surface{}
	}
	end := fq.toks[j].e
	i := j
	for i-1 >= a && fq.isWordOut(i-1) && (isUpperWord(fq.word(i-1)) || fq.in(linkSet.get(), i-1) && i-2 >= a && fq.isWordOut(i-2) && isUpperWord(fq.word(i-2))) {
		i--
	}
	// "Mensesneg, Hatta Rajasa, mengatakan"
	return surface{s: fq.toks[i].s, e: end, ok: true}
}

// forwardSpeaker reads the speaker named after a cue, starting at token j:
// a pronoun, a name with its role ("Kapolri Jenderal Badrodin Haiti"), a
// role with a name in apposition ("Mensesneg, Hatta Rajasa,"), or a
// description that points back ("eks pelatih Timnas Korea Selatan itu").
func (fq *quoteFieldCtx) forwardSpeaker(j, b int) surface {
	if j >= b || !fq.isWordOut(j) {
		return surface{}
	}
	var buf [32]byte
	w := string(fq.lowerTo(&buf, j))
	switch {
	case personPronouns[w]:
		return surface{s: fq.toks[j].s, e: fq.toks[j].e, back: true, ok: true}
	case otherPronouns[w] || anonymousHeads[w]:
		return surface{}
	case w == "sang":
		return surface{back: true, ok: true}
	}
	k := fq.descEnd(j, b)
	// "eks pelatih Timnas Korea Selatan itu": a description that points back
	if last := string(fq.lowerTo(&buf, k-1)); fq.isWordOut(k-1) && (last == "itu" || last == "ini" || last == "tersebut") && fq.lowerWords(j, k) <= 4 {
		return surface{back: true, ok: true}
	}
	if isUpperWord(fq.word(j)) {
		return fq.nameRun(j, b)
	}
	// a lower-case description ("juru bicara KPK Ali Fikri", "manajemen
	// BEI"): the entities in it tell who spoke
	if len(fq.st.a.Entities) > 0 {
		if _, ok := fq.st.entityIn(fq, fq.toks[j].s, fq.toks[k-1].e); ok {
			return surface{s: fq.toks[j].s, e: fq.toks[k-1].e, ok: true}
		}
		return surface{}
	}
	// with no entities, the last name in it ("juru bicara Polda Metro
	// Jaya, Komisaris Besar Argo Yuwono")
	var last surface
	for i := j; i < k; {
		if !fq.isWordOut(i) || !isUpperWord(fq.word(i)) {
			i++
			continue
		}
		run := fq.nameRun(i, k)
		if fq.runHasName(run) {
			last = run
		}
		for i < k && fq.toks[i].s < run.e {
			i++
		}
	}
	return last
}

// lowerWords counts the lower-case words of tokens [j, k).
func (fq *quoteFieldCtx) lowerWords(j, k int) int {
	n := 0
	for i := j; i < k; i++ {
		if fq.isWordOut(i) && !isUpperWord(fq.word(i)) {
			n++
		}
	}
	return n
}

// descEnd returns the end of the description of a speaker that starts at
// token j: its words up to a preposition or a clause ("saat", "di",
// "dalam"), with asides in parentheses, initials ("M. Insaf") and a name
// set off by a comma.
func (fq *quoteFieldCtx) descEnd(j, b int) int {
	k := j
	for k < b && k < j+20 {
		switch {
		case fq.isWordOut(k):
			if k > j && fq.in(speakerEndSet.get(), k) {
				return k
			}
			k++
			continue
		case fq.punctIs(k, "("):
			if e := fq.parenEnd(k, b); e > 0 {
				k = e
				continue
			}
		case fq.initialDot(k, b):
			k++
			continue
		case fq.punctIs(k, ",") && k+1 < b && fq.isWordOut(k+1) && isUpperWord(fq.word(k+1)) && !isCalendarWord(fq.word(k+1)):
			// the description goes on past a comma and a capital, but not a
			// weekday or a month, which may follow it ("kata Budi, Sabtu")
			k++
			continue
		}
		break
	}
	return k
}

// parenEnd returns the token after the ")" closing the "(" at token k, or
// -1 when there is none close by.
func (fq *quoteFieldCtx) parenEnd(k, b int) int {
	for e := k + 1; e < b && e <= k+8; e++ {
		if fq.punctIs(e, ")") {
			return e + 1
		}
		if !fq.isWordOut(e) {
			return -1
		}
	}
	return -1
}

// initialDot reports whether token k is the full stop of an initial inside
// a name ("M. Insaf").
func (fq *quoteFieldCtx) initialDot(k, b int) bool {
	if !fq.punctIs(k, ".") || k == 0 || k+1 >= b || !fq.isWordOut(k-1) || !fq.isWordOut(k+1) {
		return false
	}
	w := fq.word(k - 1)
	return fq.toks[k-1].e == fq.toks[k].s && utf8.RuneCountInString(w) == 1 && isUpperWord(w) && isUpperWord(fq.word(k+1))
}

// nameRun reads a run of capitalized words from token j: a role and a name
// with lower-case links inside names (bin, van) and a name set off by
// commas after a role.
func (fq *quoteFieldCtx) nameRun(j, b int) surface {
	s := fq.toks[j].s
	k := j
	allRole, comma := true, false
	for k < b {
		switch {
		case fq.isWordOut(k) && isUpperWord(fq.word(k)):
			if !fq.in(roleSet.get(), k) {
				allRole = false
			}
			k++
			continue
		case fq.isWordOut(k) && fq.in(linkSet.get(), k) && k+1 < b && fq.isWordOut(k+1) && isUpperWord(fq.word(k+1)):
			k++
			continue
		case fq.initialDot(k, b):
			k++
			continue
		case fq.punctIs(k, "(") && k > j:
			// "Badan Penanggulangan Bencana Daerah (BPBD) Provinsi DKI"
			if e := fq.parenEnd(k, b); e > 0 && e < b && fq.isWordOut(e) && isUpperWord(fq.word(e)) {
				k = e
				continue
			}
		case fq.isWordOut(k) && fq.lower(k) == "dan" && !allRole && k+1 < b && fq.isWordOut(k+1) && isUpperWord(fq.word(k+1)) && fq.roleBefore(j, k):
			// "Deputi Komisioner Edukasi dan Perlindungan Konsumen OJK, Sarjito"
			k++
			continue
		case fq.punctIs(k, ",") && !comma && k > j && k+1 < b && fq.isWordOut(k+1) && isUpperWord(fq.word(k+1)) &&
			!isCalendarWord(fq.word(k+1)) && fq.roleBefore(j, k) && !fq.hasPerson(s, fq.toks[k-1].e):
			// a role, then its holder set off by commas
			comma = true
			k++
			continue
		}
		break
	}
	if k == j {
		return surface{}
	}
	e := fq.toks[k-1].e
	sf := surface{s: s, e: e, ok: true}
	return sf
}

// hasPerson reports whether [s, e) names a person: a person entity when
// there are entities, else a word that can be part of a name.
func (fq *quoteFieldCtx) hasPerson(s, e int) bool {
	if len(fq.st.a.Entities) > 0 {
		return fq.st.personIn(fq, s, e) != ""
	}
	run := fq.text[s:e]
	n := nameOf(run)
	if n == "" || isUpperString(n) {
		return false
	}
	// "Kepala Dinas Perdagangan Solo": the words after an organization's
	// head word name the organization
	words := strings.Fields(run)
	for i := len(words) - 1; i >= 0; i-- {
		lw := strings.ToLower(words[i])
		if speakerOrgHeads[lw] {
			return false
		}
		if roleWords[lw] {
			break
		}
	}
	return true
}

// roleBefore reports whether the tokens [j, k) start with a role word.
func (fq *quoteFieldCtx) roleBefore(j, k int) bool {
	return j < k && fq.isWordOut(j) && fq.in(roleSet.get(), j)
}

// runHasName reports whether a surface holds a word that is neither a role
// nor a word that cannot be part of a person's name.
func (fq *quoteFieldCtx) runHasName(sf surface) bool {
	return nameOf(fq.text[sf.s:sf.e]) != ""
}

// nameOf strips role words, organization words and commas from a
// capitalized run and returns the name at its end ("Kapolri Jenderal
// Badrodin Haiti" -> "Badrodin Haiti"), or "" when nothing is left.
func nameOf(run string) string {
	if i := strings.LastIndexByte(run, ','); i >= 0 {
		if n := nameOf(run[i+1:]); n != "" {
			return n
		}
		return nameOf(run[:i])
	}
	// the bounds of the words of run, as strings.Fields cuts them, kept
	// on the stack
	bounds := make([][2]int, 0, 16)
	for j := 0; ; {
		s, e := fieldAt(run, j)
		if s == len(run) {
			break
		}
		bounds = append(bounds, [2]int{s, e})
		j = e
	}
	word := func(k int) string { return run[bounds[k][0]:bounds[k][1]] }
	i := len(bounds)
	for i > 0 {
		w := word(i - 1)
		var buf [32]byte // the lower-case word stays on the stack
		lw := string(appendLower(buf[:0], w))
		if roleWords[lw] || nameStops[lw] || !isUpperWord(w) && !nameLinks[lw] {
			break
		}
		// "Direktur Utama"; and an acronym before a name is the
		// organization, not part of the name ("Ketua KPPU Guntur Saragih")
		if lw == "utama" && i >= 2 && roleSet.get().has(word(i-2)) ||
			i < len(bounds) && len(w) > 1 && isUpperString(w) && !strings.HasSuffix(w, ".") {
			break
		}
		i--
	}
	for i < len(bounds) && linkSet.get().has(word(i)) {
		i++
	}
	if i == len(bounds) {
		return ""
	}
	// the words from i on joined by spaces: the run itself from the
	// first to the last when one space parts each, as it mostly does
	name := run[bounds[i][0]:bounds[len(bounds)-1][1]]
	for k := i + 1; k < len(bounds); k++ {
		if bounds[k][0] != bounds[k-1][1]+1 || run[bounds[k-1][1]] != ' ' {
			words := make([]string, 0, len(bounds)-i)
			for k := i; k < len(bounds); k++ {
				words = append(words, word(k))
			}
			name = strings.Join(words, " ")
			break
		}
	}
	return strings.TrimSuffix(name, "-pun")
}

// quote builds the Quote opened at token k (closed at token ck, -1 when it
// runs on) in the sentence [a, b).
func (fq *quoteFieldCtx) quote(qi, k, ck, a, b int, reps []report, needCue bool, prevSpk string, prevHad bool) (Quote, bool) {
	st := fq.st
	qs := fq.qs[qi]
	q := Quote{
		Text: fq.text[qs.ts:qs.te],
		At:   Span{Field: fq.f, Index: fq.idx, Start: qs.ts, End: qs.te},
		Kind: Partial,
	}
	startsSent := k == a || fq.punctIs(k-1, ":") || fq.punctIs(k-1, ",") && fq.reportBefore(reps, k) >= 0
	if startsSent {
		q.Kind = Direct
	}
	cont := qs.open == 0 && fq.f == FieldParagraph && len(st.openQuotes) > 0 && fq.idx == st.para
	if !startsSent && fq.notSpeech(qi, k) {
		return q, false
	}
	// the second half of a quote split by its cue: "…," kata Budi, "…"
	if fq.cuedTok >= 0 && fq.punctIs(k-1, ",") && fq.tokensFrom(fq.cuedTok, k, 12) <= 12 {
		q.Kind, q.Cue, q.Speaker = fq.cued.Kind, fq.cued.Cue, fq.cued.Speaker
		return q, true
	}
	// a cue after the closing mark
	if ck >= 0 {
		if cue, sf, ok := fq.afterCue(ck, b); ok {
			q.Cue = cue
			if sf.ok {
				q.Speaker, _ = st.resolve(fq, sf, qs.open)
			}
			fq.cued, fq.cuedTok = q, ck
			if q.Speaker == "" && cont && len(st.openQuotes) > 0 {
				q.Speaker = st.quotes[st.openQuotes[0]].Speaker
			}
			return q, true
		}
	}
	// "Name: "…"" in a title or caption, or a lede
	if fq.punctIs(k-1, ":") && k-2 >= a && fq.isWordOut(k-2) && isUpperWord(fq.word(k-2)) {
		if sf := fq.subjectBefore(k-1, a); sf.ok && !sf.back {
			q.Speaker, _ = st.resolve(fq, sf, qs.open)
			q.Kind = Direct
			return q, true
		}
	}
	// a reporting verb earlier in the sentence
	if ri := fq.reportBefore(reps, k); ri >= 0 {
		r := reps[ri]
		if qs.single && !startsSent {
			return q, false
		}
		if !startsSent && countWords(q.Text) <= 2 && !fq.namesQuote(k) {
			return q, false
		}
		q.Cue, q.Speaker = r.cue, r.speaker
		return q, true
	}
	if needCue || qs.single {
		return q, false
	}
	if cont {
		q.Kind = Direct
		q.Speaker = st.quotes[st.openQuotes[0]].Speaker
		return q, true
	}
	if startsSent && ck >= 0 && fq.isWordOut(ck+1) && (titleCased(q.Text) || countWords(q.Text) <= 3) {
		// a name in quotation marks that the sentence goes on about
		// (""Mercy and Justice" International Short Film")
		return q, false
	}
	if startsSent {
		// a quote standing alone continues the last speaker
		if st.para-st.lastQuotePar <= 2 {
			q.Speaker = st.lastQuoteSpk
		} else if st.para-st.lastSpkPara <= 1 {
			q.Speaker = st.lastSpk
		}
		return q, true
	}
	if prevHad {
		// "… akan terus "bertindak …". Termasuk "memberikan …"."
		q.Speaker = prevSpk
		return q, true
	}
	// a fragment with no one to say it: keep it only when it is long
	// enough not to be a scare quote or a term
	if countWords(q.Text) < 4 || titleCased(q.Text) {
		return q, false
	}
	return q, true
}

// tokensFrom returns how many tokens token k is after token i, with the
// words and punctuation inside the quotes between them that quoteTokens
// leaves out counted too, or a number past limit when it is. Those are
// only counted here, by cutting the quotes' text into tokens, which is
// rarely needed: most quotes split by a cue have none between their
// halves.
func (fq *quoteFieldCtx) tokensFrom(i, k, limit int) int {
	n := k - i
	for j := i + 1; j < k && n <= limit; j++ {
		if t := fq.toks[j]; t.kind == tOpen && !fq.qs[t.q].runsOn {
			q := fq.qs[t.q]
			inner, _, _ := quoteTokens(fq.text[t.e:q.close], nil, fq.st.inner[:0], nil, nil)
			n += len(inner)
			fq.st.inner = inner[:0]
		}
	}
	return n
}

// namesQuote reports whether the short fragment opened at token k is
// introduced as what someone called something: after "sebagai", "adalah"
// or a reporting verb ("menyebut tentara itu sebagai "heroik"").
func (fq *quoteFieldCtx) namesQuote(k int) bool {
	if !fq.isWordOut(k - 1) {
		return false
	}
	w := fq.lower(k - 1)
	if w == "sebagai" || w == "adalah" || w == "yakni" || w == "yaitu" || w == "menjadi" || w == "disebut" {
		return true
	}
	// "menyebut tentara itu "heroik"": a reporting verb a few words back
	for j := k - 1; j >= 0 && j >= k-4 && fq.isWordOut(j); j-- {
		if w := fq.lower(j); reportVerbs[w] || passiveReports[w] {
			return true
		}
	}
	return false
}

// reportBefore returns the index in reps of the last reporting verb before
// token k, or -1.
func (fq *quoteFieldCtx) reportBefore(reps []report, k int) int {
	// reps are in token order
	return sort.Search(len(reps), func(i int) bool { return reps[i].tok >= k }) - 1
}

// notSpeech reports whether the fragment quoted at token k names something
// rather than reports speech: a title after bertema/berjudul, a nickname
// inside a name (Joko "Jokowi" Widodo), a single-word scare quote with
// capitals.
func (fq *quoteFieldCtx) notSpeech(qi, k int) bool {
	qs := fq.qs[qi]
	text := fq.text[qs.ts:qs.te]
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if fq.isWordOut(j) && fq.in(titleIntroSet.get(), j) {
			return true
		}
		if !fq.isWordOut(j) {
			break
		}
	}
	if k > 0 && fq.isWordOut(k-1) && isUpperWord(fq.word(k-1)) && isUpperWord(text) && countWords(text) <= 2 {
		return true
	}
	return titleCased(text) && countWords(text) >= 2
}

// afterCue reads the cue after the closing mark at token ck: a bare verb
// with a speaker or "-nya" ("kata Putin", "tambahnya"), "menurut KCNA", or a
// subject and a verb ("Putin menambahkan").
func (fq *quoteFieldCtx) afterCue(ck, b int) (string, surface, bool) {
	j := ck + 1
	for j < b && j < ck+3 && fq.toks[j].kind == tPunct && (fq.punctIs(j, ",") || fq.punctIs(j, "-") || fq.punctIs(j, "\u2013") || fq.punctIs(j, "\u2014")) {
		j++
	}
	if j >= b || !fq.isWordOut(j) {
		return "", surface{}, false
	}
	lw := fq.lower(j)
	if lw == "demikian" && j+1 < b && fq.isWordOut(j+1) {
		if isCueWord(fq.word(j + 1)) {
			j++
			lw = fq.lower(j)
		} else {
			return fq.word(j), fq.forwardSpeaker(j+1, b), true
		}
	}
	cue := fq.word(j)
	switch {
	case lw == "menurut" || afterCues[lw] || englishReports[lw]:
		return cue, fq.forwardSpeaker(j+1, b), true
	case lw == "menurutnya":
		return "menurut", surface{back: true, ok: true}, true
	}
	if base, ok := strings.CutSuffix(lw, "nya"); ok && afterCues[base] {
		return cue, surface{back: true, ok: true}, true
	}
	if reportVerbs[lw] {
		// "…," menurut laporan; an object-first report with no subject
		return cue, surface{}, true
	}
	// "…," Putin menambahkan: only after a comma or a stop, so that a
	// nickname (Joko "Jokowi" Widodo meminta) is not taken for a quote
	if !strings.ContainsAny(fq.text[fq.qs[fq.toks[ck].q].te-1:fq.toks[j].s], ",.!?") {
		return "", surface{}, false
	}
	if personPronouns[lw] && j+1 < b && fq.isWordOut(j+1) && (fq.in(reportVerbSet.get(), j+1) || fq.in(englishReportSet.get(), j+1)) {
		return fq.word(j + 1), surface{s: fq.toks[j].s, e: fq.toks[j].e, back: true, ok: true}, true
	}
	if isUpperWord(cue) {
		run := fq.nameRun(j, b)
		k := j
		for k < b && fq.toks[k].s < run.e {
			k++
		}
		for k < b && fq.isWordOut(k) && fq.in(skipSet.get(), k) {
			k++
		}
		if run.ok && k < b && fq.isWordOut(k) && (fq.in(reportVerbSet.get(), k) || fq.in(englishReportSet.get(), k)) {
			return fq.word(k), run, true
		}
	}
	return "", surface{}, false
}

// firstPerson returns the first person named outside quotes in the
// sentence [a, b), or "".
func (fq *quoteFieldCtx) firstPerson(a, b int) string {
	if a >= b {
		return ""
	}
	s, e := fq.toks[a].s, fq.toks[b-1].e
	for len(fq.mentions) > 0 && fq.mentions[0].s < s {
		fq.mentions = fq.mentions[1:]
	}
	k := a
	for _, m := range fq.mentions {
		if m.s >= e {
			break
		}
		if !m.person || fq.inQuote(m.s) {
			continue
		}
		for k < b && fq.toks[k].e <= m.s {
			k++
		}
		n := k
		for n < b && fq.toks[n].s < m.e {
			n++
		}
		if k == a && n == k+1 && fq.punctIs(n, ",") {
			// one word opening the sentence with a comma is an
			// adverb a tagger took for a name (Therefore, …; Namun, …)
			continue
		}
		if fq.subjectPlace(k, a) && fq.predicateNext(n, b) {
			return fq.st.a.Entities[m.ent].Name
		}
	}
	return ""
}

// predicateNext reports whether the token at n can follow a subject: a
// lower-case word that does not join the name to another ("alias", "dan"),
// or a comma before an apposition.
func (fq *quoteFieldCtx) predicateNext(n, b int) bool {
	if n >= b {
		return false
	}
	if fq.punctIs(n, ",") {
		return true
	}
	if !fq.isWordOut(n) || isUpperWord(fq.word(n)) {
		return false
	}
	switch fq.lower(n) {
	case "alias", "dan", "atau", "serta", "dengan", "bin", "binti":
		return false
	}
	return true
}

// subjectLeads are the lower-case words after which a name may still be a
// sentence's subject ("Kemudian Prabowo", "bahwa Putin", "Sementara itu, Kim").
var subjectLeads = map[string]bool{
	"bahwa": true, "kemudian": true, "lalu": true, "namun": true, "tetapi": true,
	"tapi": true, "sedangkan": true, "itu": true, "juga": true, "pun": true,
	"dan": true, "ketika": true, "saat": true, "sementara": true, "kini": true,
}

// subjectPlace reports whether a name starting at token k stands where a
// subject does: at the start of the sentence, after a comma, after a
// title or a capitalized opener, or after a conjunction; not after a noun
// or a preposition ("kebijakan Jokowi", "dari Jokowi").
func (fq *quoteFieldCtx) subjectPlace(k, a int) bool {
	if k <= a {
		return true
	}
	j := k - 1
	// a title or an organization before the name (Wakil Ketua KPK
	// Alexander Marwata) stands where the name would: look before it, so
	// that a name inside a longer name (kebun Raya Megawati) is no subject
	for j >= a && fq.isWordOut(j) && isUpperWord(fq.word(j)) {
		j--
	}
	if j < a {
		return true
	}
	if !fq.isWordOut(j) {
		return fq.toks[j].kind == tPunct || fq.toks[j].kind == tClose
	}
	if lw := fq.lower(j); (lw == "dan" || lw == "serta") && fq.isWordOut(j-1) && isUpperWord(fq.word(j-1)) {
		// the last of a list of names (ACC, Celine dan Claudia memiliki):
		// no one of them is the subject alone
		return false
	}
	return fq.in(subjectLeadSet.get(), j)
}

// inQuote reports whether byte offset off lies inside a quote.
func (fq *quoteFieldCtx) inQuote(off int) bool {
	i := sort.Search(len(fq.qs), func(i int) bool { return fq.qs[i].close >= off })
	return i < len(fq.qs) && fq.qs[i].open <= off
}

// backRef returns the person a pronoun or "-nya" points back to: the last
// person who said something, when recent, unless a later sentence made
// someone else its subject: the reporter has moved on to that person,
// whether the last speaker was quoted or only reported ("…," seloroh
// Alex; Budi lalu meninggalkan ruangan; "…," ujarnya: Budi). A name after
// a noun or a preposition, or inside a list, is not a subject (see
// firstPerson), so it does not take the clitic.
func (st *quoteState) backRef() string {
	st.readUnread()
	if st.lastSpk == "" || st.para-st.lastSpkPara > 3 {
		return st.focus
	}
	if st.focus != "" && st.focusSeq > st.lastSpkSeq && !st.samePerson(st.focus, st.lastSpk) {
		return st.focus
	}
	return st.lastSpk
}

// samePerson reports whether short names the person long does, every word
// of it standing in long ("Nafan" and "Muhammad Nafan Aji Gusta Utama"):
// the fuller name is then kept.
func (st *quoteState) samePerson(short, long string) bool {
	if len(short) >= len(long) {
		return false
	}
	have := strings.Fields(strings.ToLower(long))
	for _, w := range strings.Fields(strings.ToLower(short)) {
		if !containsWord(have, w) {
			return false
		}
	}
	return true
}

// resolve maps a speaker surface to a speaker name, and tells whether the
// speaker is a person. off is where the speaking is reported.
func (st *quoteState) resolve(fq *quoteFieldCtx, sf surface, off int) (string, bool) {
	if !sf.ok {
		return "", false
	}
	if sf.back {
		n := st.backRef()
		return n, n != ""
	}
	run := fq.text[sf.s:sf.e]
	if onlyRoles(run) || headOfOne(run) {
		// "Ketua Duma": the head of a body named in one word, whoever
		// the entities say that word is
		if n := st.roleHolder(fq, run, off); n != "" {
			return n, true
		}
		return "", false
	}
	if p := st.personIn(fq, sf.s, sf.e); p != "" {
		return p, true
	}
	if role := roleSet.get().has(firstWord(run)); role && nameOf(run) == "" || role && len(st.a.Entities) > 0 && st.orgOnly(fq, sf) {
		if n := st.roleHolder(fq, run, off); n != "" {
			return n, true
		}
		return "", false
	}
	if i, ok := st.entityIn(fq, sf.s, sf.e); ok {
		e := st.a.Entities[i]
		return e.Name, e.Type == Person
	}
	name := nameOf(run)
	if name == "" {
		return "", false
	}
	if i, ok := st.formOf(name); ok {
		e := st.a.Entities[i]
		return e.Name, e.Type == Person
	}
	if i, ok := st.byWords(name); ok {
		return st.a.Entities[i].Name, true
	}
	// an all-capital name with no entity is most likely an organization
	return name, len(st.a.Entities) == 0 && !isUpperString(name)
}

// headRoles are the roles whose next word names a body, not a person
// ("Ketua Duma", "Kepala BNPB", "Direktur Pertamina").
var headRoles = map[string]bool{
	"ketua": true, "kepala": true, "direktur": true, "dirut": true, "sekretaris": true,
	"komisaris": true, "deputi": true, "sekjen": true, "pimpinan": true, "pemimpin": true,
	"komandan": true, "panglima": true, "jubir": true, "ketum": true, "anggota": true,
}

// onlyRoles reports whether every word of run is a role word ("Kapolri",
// "Juru Bicara"), whatever the entities make of it.
func onlyRoles(run string) bool {
	roles := roleSet.get()
	n := 0
	// the words are cut at spaces and commas by a byte loop: they are
	// short, and strings.IndexAny would first build a set of the two
	for i := 0; i < len(run); {
		e := i
		for e < len(run) && run[e] != ' ' && run[e] != ',' {
			e++
		}
		if e > i {
			if !roles.hasAt(run, i, e) {
				return false
			}
			n++
		}
		i = e + 1
	}
	return n > 0
}

// headOfOne reports whether run is a head role followed by one name
// ("Ketua Duma", "Wakil Ketua KPK").
func headOfOne(run string) bool {
	// two searches for a byte, where strings.ContainsAny would first
	// build a set of the two
	if strings.IndexByte(run, ',') >= 0 || strings.IndexByte(run, '(') >= 0 {
		return false
	}
	// the words are read one at a time, as strings.Fields cuts them,
	// keeping the bounds of the last two: every word but the last is a
	// role
	roles := roleSet.get()
	n := 0
	var prevS, prevE, lastS, lastE int
	for i := 0; ; {
		s, e := fieldAt(run, i)
		if s == len(run) {
			break
		}
		if n > 0 && !roles.hasAt(run, lastS, lastE) {
			return false
		}
		prevS, prevE, lastS, lastE = lastS, lastE, s, e
		n++
		i = e
	}
	return n >= 2 && headRoleSet.get().hasAt(run, prevS, prevE) && !roles.hasAt(run, lastS, lastE)
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		return s[:i]
	}
	return s
}

// mentionsFrom returns the mentions of field k that start at or after s,
// found by binary search so that a long field costs no quadratic scan.
func (st *quoteState) mentionsFrom(k fieldKey, s int) []mentionRef {
	ms := st.mentions[st.slot(k)]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].s >= s })
	return ms[i:]
}

// personIn returns the Name of the last person mentioned inside [s, e) of
// the field, or "".
func (st *quoteState) personIn(fq *quoteFieldCtx, s, e int) string {
	name := ""
	for _, m := range st.mentionsFrom(fieldKey{fq.f, fq.idx}, s) {
		if m.s >= e {
			break
		}
		if m.e <= e && m.person {
			name = st.a.Entities[m.ent].Name
		}
	}
	return name
}

// entityIn returns the last entity mentioned inside [s, e) of the field.
func (st *quoteState) entityIn(fq *quoteFieldCtx, s, e int) (int, bool) {
	found, ok := 0, false
	for _, m := range st.mentionsFrom(fieldKey{fq.f, fq.idx}, s) {
		if m.s >= e {
			break
		}
		if m.e <= e {
			found, ok = m.ent, true
		}
	}
	return found, ok
}

// orgOnly reports whether the entities mentioned inside a role run are
// all organizations or places ("Ketua Duma", "Kepala BPBD DKI").
func (st *quoteState) orgOnly(fq *quoteFieldCtx, sf surface) bool {
	_, any := st.entityIn(fq, sf.s, sf.e)
	return any && st.personIn(fq, sf.s, sf.e) == ""
}

// byWords finds the one person entity whose name holds every word of
// name ("Badrodin" in "Badrodin Haiti"). The name is lowered on the stack
// and its words read in place, as strings.Fields would cut them.
func (st *quoteState) byWords(name string) (int, bool) {
	var buf [64]byte
	low := appendLower(buf[:0], name)
	s0, e0 := fieldAt(low, 0)
	if s0 == len(low) {
		return 0, false
	}
	st.nameIndex()
	first := low[s0:e0]
	h := formHash(first)
	idx := st.wordIndex
	k := sort.Search(len(idx), func(k int) bool { return idx[k].hash >= h })
	// the people whose name holds the first word, in the order of the
	// entities; a word shared by more than maxNameSharers is no clue
	found, n, sharers, last := 0, 0, 0, int32(-1)
	for ; k < len(idx) && idx[k].hash == h; k++ {
		w := idx[k]
		if w.ent == last || string(st.nameText[w.off:w.end]) != string(first) {
			continue
		}
		last = w.ent
		if sharers++; sharers > maxNameSharers {
			return 0, false
		}
		if st.nameHoldsRest(int(w.ent), low, e0) {
			found, n = int(w.ent), n+1
		}
	}
	return found, n == 1
}

// nameIndex lists the words of the people's names on first use, in the
// pooled scratch: few articles need it, and once the scratch has grown,
// making it allocates nothing.
func (st *quoteState) nameIndex() {
	if st.namesMade {
		return
	}
	st.namesMade = true
	st.nameText, st.nameWords = st.nameText[:0], st.nameWords[:0]
	st.nameStart = slices.Grow(st.nameStart[:0], len(st.a.Entities)+1)[:len(st.a.Entities)+1]
	for i, e := range st.a.Entities {
		st.nameStart[i] = int32(len(st.nameWords))
		if e.Type != Person {
			continue
		}
		off := len(st.nameText)
		st.nameText = appendLower(st.nameText, e.Name)
		low := st.nameText[off:]
		for j := 0; ; {
			s, e := fieldAt(low, j)
			if s == len(low) {
				break
			}
			st.nameWords = append(st.nameWords, keyedText{formHash(low[s:e]), int32(i), int32(off + s), int32(off + e)})
			j = e
		}
	}
	st.nameStart[len(st.a.Entities)] = int32(len(st.nameWords))
	st.wordIndex = append(st.wordIndex[:0], st.nameWords...)
	slices.SortFunc(st.wordIndex, func(x, y keyedText) int {
		return cmp.Or(cmp.Compare(x.hash, y.hash), cmp.Compare(x.ent, y.ent))
	})
}

// nameHoldsRest reports whether the name of person i holds every word of
// low from byte from on.
func (st *quoteState) nameHoldsRest(i int, low []byte, from int) bool {
	words := st.nameWords[st.nameStart[i]:st.nameStart[i+1]]
	for j := from; ; {
		s, e := fieldAt(low, j)
		if s == len(low) {
			return true
		}
		held := false
		for _, w := range words {
			if string(st.nameText[w.off:w.end]) == string(low[s:e]) {
				held = true
				break
			}
		}
		if !held {
			return false
		}
		j = e
	}
}

// fieldAt returns the bounds of the first word of b at or after i, cut as
// strings.Fields cuts: between runs of white space. s is len(b) when
// there is none.
func fieldAt[T string | []byte](b T, i int) (s, e int) {
	// an ASCII byte is told by isSpaceASCII in the loops themselves, with
	// no call: most words and the spaces between them are ASCII
	for i < len(b) {
		if c := b[i]; c < utf8.RuneSelf {
			if !isSpaceASCII(c) {
				break
			}
			i++
			continue
		}
		sp, n := spaceAt(b, i)
		if !sp {
			break
		}
		i += n
	}
	s = i
	for i < len(b) {
		if c := b[i]; c < utf8.RuneSelf {
			if isSpaceASCII(c) {
				break
			}
			i++
			continue
		}
		sp, n := spaceAt(b, i)
		if sp {
			break
		}
		i += n
	}
	return s, i
}

// spaceAt reports whether the rune at b[i], which starts with a byte
// outside ASCII, is white space, and its length.
func spaceAt[T string | []byte](b T, i int) (bool, int) {
	r, n := utf8.DecodeRuneInString(string(b[i:min(i+utf8.UTFMax, len(b))]))
	return unicode.IsSpace(r), n
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// isPersonName reports whether name is a person as far as the entities
// tell; with no entities every speaker is taken for a person unless it is
// written in capitals.
func (st *quoteState) isPersonName(name string) bool {
	// most speakers are the name of a person entity as it stands, and a
	// person's form wins over any other entity's (see addForm): a short
	// list of entities is read faster than the index of all forms is made
	if !st.formsMade && len(st.a.Entities) <= maxEntityScan && strings.TrimSpace(name) == name {
		for _, e := range st.a.Entities {
			if e.Type == Person && e.Name == name {
				return true
			}
		}
	}
	if i, ok := st.formOf(name); ok {
		return st.a.Entities[i].Type == Person
	}
	return !isUpperString(name)
}

// roleHolder finds the person a role names in this article: someone the
// article names right after the same role elsewhere ("Ketua Duma
// Vyacheslav Volodin"), or else the first new person named in the next
// sentences.
func (st *quoteState) roleHolder(fq *quoteFieldCtx, role string, off int) string {
	key := strings.ToLower(role)
	if n, ok := st.roles[key]; ok {
		return n
	}
	if st.lookups >= maxRoleLookups {
		return ""
	}
	st.lookups++
	name := st.roleByApposition(key)
	if name == "" {
		name = st.roleByCataphora(fq, off)
	}
	if st.roles == nil {
		st.roles = map[string]string{}
	}
	st.roles[key] = name
	return name
}

// roleByApposition looks for the role right before a person's name.
func (st *quoteState) roleByApposition(role string) string {
	name := ""
	// the text before each name is lowered into one scratch buffer
	roleBytes := []byte(role)
	eachField(st.a, func(f Field, idx int, text string) {
		if name != "" {
			return
		}
		for _, m := range st.mentions[st.slot(fieldKey{f, idx})] {
			if st.a.Entities[m.ent].Type != Person {
				continue
			}
			from := max(0, m.s-len(role)-40)
			st.low = appendLower(st.low[:0], text[from:m.s])
			before := st.low
			i := bytes.LastIndex(before, roleBytes)
			if i < 0 || i > 0 && isWordRune(rune(before[i-1])) {
				// not there, or inside a longer word (Wakapolri)
				continue
			}
			if onlyRoleGap(string(before[i+len(role):])) {
				name = st.a.Entities[m.ent].Name
				return
			}
		}
	})
	return name
}

// onlyRoleGap reports whether the text between a role and a name holds
// only spaces, commas and role words (ranks).
func onlyRoleGap(gap string) bool {
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' }) {
		if !roleWords[w] {
			return false
		}
	}
	return true
}

// roleByCataphora returns the first person named after the sentence at
// off, in this paragraph or the next two, who has not been named before: a
// role is often introduced before the name of its holder. People named in
// the same sentence are the role holder's audience, not the holder.
func (st *quoteState) roleByCataphora(fq *quoteFieldCtx, off int) string {
	if fq.f != FieldParagraph {
		return ""
	}
	at := fieldPos{2, fq.idx, off}
	for p := fq.idx; p <= fq.idx+2 && p < len(st.a.Paragraphs); p++ {
		from := 0
		if p == fq.idx {
			from = fq.sentEnd
		}
		for _, m := range st.mentionsFrom(fieldKey{FieldParagraph, p}, from) {
			e := st.a.Entities[m.ent]
			if e.Type == Person && !st.firstMention(m.ent).less(at) {
				return e.Name
			}
		}
	}
	return ""
}

// firstMention returns the place of the first mention of entity i. The
// places of all are found on first use: few articles ask for one.
func (st *quoteState) firstMention(i int) fieldPos {
	if len(st.first) == 0 {
		st.first = cleared(st.first, len(st.a.Entities))
		// st.slots tells, mention by mention, which newQuoteState kept
		slots := st.slots
		for i, e := range st.a.Entities {
			st.first[i] = fieldPos{rank: 99}
			for j := range e.Mentions {
				if slots[j] < 0 {
					continue
				}
				m := &e.Mentions[j]
				if p := (fieldPos{quoteFieldRank(m.At.Field), m.At.Index, m.At.Start}); p.less(st.first[i]) {
					st.first[i] = p
				}
			}
			slots = slots[len(e.Mentions):]
		}
	}
	return st.first[i]
}

func countWords(s string) int {
	return countFields(s)
}

// titleCased reports whether every word of s of more than three letters
// starts with a capital, as a title or a name does.
func titleCased(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n > 0
}

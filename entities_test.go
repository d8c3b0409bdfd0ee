package berita

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
)

// markedText removes the marks from a test input and returns the text and
// the marked spans. A mention is written "{text#id}": id names the entity
// the mention belongs to; the marks are not part of the text.
func markedText(t *testing.T, s string) (string, map[string][][2]int) {
	t.Helper()
	var b strings.Builder
	spans := map[string][][2]int{}
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			t.Fatalf("unclosed mark in %q", s)
		}
		body := s[i+1 : i+j]
		text, id, ok := strings.Cut(body, "#")
		if !ok {
			t.Fatalf("mark %q has no #id", body)
		}
		start := b.Len()
		b.WriteString(text)
		spans[id] = append(spans[id], [2]int{start, b.Len()})
		s = s[i+j+1:]
	}
	return b.String(), spans
}

// wantEntity is what a test expects of one entity.
type wantEntity struct {
	id      string // the id of its marks
	name    string
	typ     EntityType
	aliases []string // must be among its aliases
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		// paragraphs, with marks; the first line may be "title: ..."
		in   []string
		want []wantEntity
		// absent lists forms that must not be any entity's name or alias
		absent []string
	}{
		{
			name: "title and surname",
			in: []string{
				"Presiden Rusia {Vladimir Putin#p} memuji pasukan {Korea Utara#k}.",
				"Dalam suratnya, {Putin#p} mengenang perang di {Ukraina#u}.",
			},
			want: []wantEntity{
				{id: "p", name: "Vladimir Putin", typ: Person, aliases: []string{"Putin"}},
				{id: "k", name: "Korea Utara", typ: Location},
				{id: "u", name: "Ukraina", typ: Location},
			},
			absent: []string{"Presiden", "Presiden Rusia Vladimir Putin"},
		},
		{
			name: "well-known aliases join the full name",
			in: []string{
				"Pemimpin {Korea Utara#k} bertemu Presiden {AS#a} di {Singapura#s}.",
				"Hubungan {Korut#k} dan {Amerika Serikat#a} membaik, kata pejabat {Korsel#r}.",
			},
			want: []wantEntity{
				{id: "k", name: "Korea Utara", typ: Location, aliases: []string{"Korut"}},
				{id: "a", name: "Amerika Serikat", typ: Location, aliases: []string{"AS"}},
				{id: "s", name: "Singapura", typ: Location},
				{id: "r", name: "Korea Selatan", typ: Location, aliases: []string{"Korsel"}},
			},
		},
		{
			name: "case variant and misspelling",
			in: []string{
				"Pemimpin {Kim Jong Un#k} menerima surat dari Presiden {Vladimir Putin#p} di Pyongyang.",
				"Foto {Valdimir Putin#p} dan {Kim jong Un#k} beredar luas.",
			},
			want: []wantEntity{
				{id: "k", name: "Kim Jong Un", typ: Person, aliases: []string{"Kim jong Un"}},
				{id: "p", name: "Vladimir Putin", typ: Person, aliases: []string{"Valdimir Putin"}},
			},
		},
		{
			name: "a team's epithet joins the team",
			in: []string{
				"Pelatih {Timnas Indonesia#t} memuji {Skuad Garuda#t} usai laga di {Surabaya#s}.",
				"Suporter {Persib Bandung#p} atau {Maung Bandung#p} memenuhi stadion.",
			},
			want: []wantEntity{
				{id: "t", name: "Timnas Indonesia", typ: Organization, aliases: []string{"Skuad Garuda"}},
				{id: "s", name: "Surabaya", typ: Location},
				{id: "p", name: "Persib Bandung", typ: Organization, aliases: []string{"Maung Bandung"}},
			},
			absent: []string{"Skuad", "Garuda"},
		},
		{
			name: "acronym defined in parentheses",
			in: []string{
				"Penyidik {Komisi Pemberantasan Korupsi (KPK)#k} memeriksa saksi di {Jakarta#j}.",
				"Juru bicara {KPK#k} mengatakan pemeriksaan berlanjut.",
			},
			want: []wantEntity{
				{id: "k", name: "Komisi Pemberantasan Korupsi", typ: Organization, aliases: []string{"KPK"}},
				{id: "j", name: "Jakarta", typ: Location},
			},
		},
		{
			name: "credit line",
			in: []string{
				"Presiden {Joko Widodo#j} meninjau pasar di {Bandung#b}. ({Antara#a}/{Raisan Al Farisi#r})",
			},
			want: []wantEntity{
				{id: "j", name: "Joko Widodo", typ: Person},
				{id: "b", name: "Bandung", typ: Location},
				{id: "a", name: "Antara", typ: Organization},
				{id: "r", name: "Raisan Al Farisi", typ: Person},
			},
		},
		{
			name: "nicknames",
			in: []string{
				`Presiden {Joko#j} "{Jokowi#j}" {Widodo#j} meresmikan jalan tol di {Semarang#s}.`,
				"Polisi menangkap {Suryana#y} alias {Yayan#y} di {Bekasi#b}.",
			},
			want: []wantEntity{
				{id: "j", name: "Joko Widodo", typ: Person, aliases: []string{"Jokowi"}},
				{id: "s", name: "Semarang", typ: Location},
				{id: "y", name: "Suryana", typ: Person, aliases: []string{"Yayan"}},
				{id: "b", name: "Bekasi", typ: Location},
			},
		},
		{
			name: "days and months are no names",
			in: []string{
				"Menteri Keuangan {Sri Mulyani#s} berbicara pada Senin (12/8/2024) di {Jakarta#j}.",
				"Ia akan kembali pada Agustus.",
			},
			want: []wantEntity{
				{id: "s", name: "Sri Mulyani", typ: Person},
				{id: "j", name: "Jakarta", typ: Location},
			},
			absent: []string{"Senin", "Agustus"},
		},
		{
			name: "document and budget acronyms are no organizations",
			in: []string{
				"Warga {Bandung#b} mengurus KTP, KK dan NPWP di kantor RT setempat.",
				"Pemerintah merevisi APBNP karena harga ICP dan BBM naik, kata {Budi Santoso#p}.",
			},
			want: []wantEntity{
				{id: "b", name: "Bandung", typ: Location},
				{id: "p", name: "Budi Santoso", typ: Person},
			},
			absent: []string{"KTP", "KK", "NPWP", "RT", "APBNP", "ICP", "BBM"},
		},
		{
			name: "amounts, clitics, religions and reduplicated nouns are no names",
			in: []string{
				"Kerugian negara mencapai Rp2,3 triliun, kata {Agus Salim#a} di {Surabaya#s}.",
				`"Suratnya sudah saya teken," ujar {Agus#a}. Umat Islam diminta tenang.`,
				"Perkembangan-perkembangan itu dipantau {Bank Indonesia#b}.",
			},
			want: []wantEntity{
				{id: "a", name: "Agus Salim", typ: Person},
				{id: "s", name: "Surabaya", typ: Location},
				{id: "b", name: "Bank Indonesia", typ: Organization},
			},
			absent: []string{"Rp2,3", "Suratnya", "Islam", "Perkembangan-perkembangan"},
		},
		{
			name: "a passive verb ends a name; titles and suffixes are no persons",
			in: []string{
				"Pemuda dari {Kebayoran Lama#t} Ditangkap Polisi Saat Berkonvoi.",
				"Hadir pula K.H. {Hasyim Asyari#h} dan {Rina Wati#r}, ST.",
			},
			want: []wantEntity{
				{id: "t", name: "Kebayoran Lama", typ: Location},
				{id: "h", name: "Hasyim Asyari", typ: Person},
				{id: "r", name: "Rina Wati", typ: Person},
			},
			absent: []string{"Kebayoran Lama Ditangkap", "K.H", "ST"},
		},
		{
			name: "apostrophe variants, a country closing a body, a given name before a surname",
			in: []string{
				"Ketua {Dewan Pers Indonesia#d} {Abdul Qur'an#q} hadir bersama Gubernur {Bank Sentral#b} {Sutrisno Wiyono#w}.",
				"{Quran#q} berharap media tetap berimbang, ujar {Abdul Quran#q}.",
			},
			want: []wantEntity{
				{id: "d", name: "Dewan Pers Indonesia", typ: Organization},
				{id: "q", name: "Abdul Qur'an", typ: Person, aliases: []string{"Abdul Quran"}},
				{id: "w", name: "Sutrisno Wiyono", typ: Person},
			},
			absent: []string{"Dewan Pers", "Sutrisno", "Wiyono"},
		},
		{
			name: "a short form opening one person's given name",
			in: []string{
				"Wakil Ketua {Komisi Yudisial#k} {Fransiskus Hartono#f} menjawab pertanyaan wartawan.",
				`"Kami terus bekerja," kata {Frans#f} di {Jakarta#j}.`,
			},
			want: []wantEntity{
				{id: "f", name: "Fransiskus Hartono", typ: Person, aliases: []string{"Frans"}},
				{id: "k", name: "Komisi Yudisial", typ: Organization},
				{id: "j", name: "Jakarta", typ: Location},
			},
		},
		{
			name: "an office over a police unit is no person",
			in: []string{
				"Sementara itu, Kasat Samapta Polres Metro Jakarta Barat, Kompol {Hendra Gunawan#h} menjelaskan kronologinya.",
			},
			want: []wantEntity{
				{id: "h", name: "Hendra Gunawan", typ: Person},
			},
			absent: []string{"Kasat Samapta", "Samapta", "Kasat Samapta Polres"},
		},
		{
			name: "a short form opening two persons' given names stays apart",
			in: []string{
				"{Fransiskus Hartono#f} dan {Fransisca Dewi#d} menjawab pertanyaan wartawan.",
				`"Kami terus bekerja," kata Frans di {Jakarta#j}.`,
			},
			want: []wantEntity{
				{id: "f", name: "Fransiskus Hartono", typ: Person},
				{id: "d", name: "Fransisca Dewi", typ: Person},
				{id: "j", name: "Jakarta", typ: Location},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Article{}
			marks := map[string][][2]int{}
			for i, p := range tc.in {
				text, spans := markedText(t, p)
				a.Paragraphs = append(a.Paragraphs, Paragraph{Text: text})
				for id, ss := range spans {
					for _, s := range ss {
						marks[id] = append(marks[id], [2]int{i<<20 | s[0], i<<20 | s[1]})
					}
				}
			}
			findEntities(a)
			checkSpans(t, a)
			byName := map[string]*Entity{}
			for i := range a.Entities {
				byName[a.Entities[i].Name] = &a.Entities[i]
			}
			for _, w := range tc.want {
				e := byName[w.name]
				if e == nil {
					t.Errorf("no entity %q in %v", w.name, names(a.Entities))
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%s: type %s, want %s", w.name, e.Type, w.typ)
				}
				for _, al := range w.aliases {
					if !slices.Contains(e.Aliases, al) {
						t.Errorf("%s: aliases %q lack %q", w.name, e.Aliases, al)
					}
				}
				var got [][2]int
				for _, m := range e.Mentions {
					if m.At.Field == FieldParagraph {
						got = append(got, [2]int{m.At.Index<<20 | m.At.Start, m.At.Index<<20 | m.At.End})
					}
				}
				if !slices.Equal(got, marks[w.id]) {
					t.Errorf("%s: mentions at %v, want %v (%v)", w.name, got, marks[w.id], e.Mentions)
				}
			}
			for _, s := range tc.absent {
				for _, e := range a.Entities {
					if e.Name == s || slices.Contains(e.Aliases, s) {
						t.Errorf("%q is a form of entity %q", s, e.Name)
					}
				}
			}
		})
	}
}

func names(es []Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name+"/"+string(e.Type))
	}
	return out
}

// checkSpans checks that every mention's span points at its text.
func checkSpans(t *testing.T, a *Article) {
	t.Helper()
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			text := fieldText(a, m.At.Field, m.At.Index)
			if m.At.Start < 0 || m.At.End > len(text) || m.At.Start >= m.At.End || text[m.At.Start:m.At.End] != m.Text {
				t.Errorf("%s: mention %q at %+v does not match the text", e.Name, m.Text, m.At)
			}
		}
	}
}

// TestEntitiesTitleAndOutlet checks that a headline's capitals make no
// names, that names the body knows are found in it, and that the outlet
// and dateline are entities.
func TestEntitiesTitleAndOutlet(t *testing.T) {
	a := &Article{
		Title:      "Rusia & Korut 'Bersatu', Putin Puja-puji Pasukan Kim Jong Un",
		Outlet:     "CNBC Indonesia",
		Dateline:   "Jakarta",
		Paragraphs: []Paragraph{{Text: "Presiden Rusia Vladimir Putin memuji pasukan Korea Utara (Korut) dan pemimpinnya, Kim Jong Un."}},
	}
	findEntities(a)
	checkSpans(t, a)
	inTitle := map[string]string{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.At.Field == FieldTitle {
				inTitle[m.Text] = e.Name
			}
		}
	}
	want := map[string]string{"Rusia": "Rusia", "Korut": "Korea Utara", "Putin": "Vladimir Putin", "Kim Jong Un": "Kim Jong Un"}
	for text, name := range want {
		if inTitle[text] != name {
			t.Errorf("title mention %q: entity %q, want %q", text, inTitle[text], name)
		}
	}
	for text := range inTitle {
		if _, ok := want[text]; !ok {
			t.Errorf("title mention %q is no name", text)
		}
	}
	found := map[string]EntityType{}
	for _, e := range a.Entities {
		found[e.Name] = e.Type
	}
	if found["CNBC Indonesia"] != Organization || found["Jakarta"] != Location {
		t.Errorf("outlet and dateline: got %v", names(a.Entities))
	}
}

func TestTokenize(t *testing.T) {
	text := `Putin-pun memuji Kompas.com, 10.000 tentara (13/9/2023): "Jum'at" S.H.`
	var got []string
	for _, tk := range splitTokens(text, nil) {
		got = append(got, text[tk.start:tk.end])
	}
	want := []string{"Putin-pun", "memuji", "Kompas.com", ",", "10.000", "tentara", "(", "13/9/2023", ")", ":", `"`, "Jum'at", `"`, "S.H", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize:\n got %q\nwant %q", got, want)
	}
}

func TestOSADistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"vladimir putin", "valdimir putin", 1},
		{"instagram", "instragram", 1},
		{"jawa barat", "jawa timur", 3},
		{"kim", "kim", 0},
	} {
		if got := osaDistance(tc.a, tc.b, 2); got != min(tc.want, 3) {
			t.Errorf("osaDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestEntitiesSeed runs the whole parser on the seed article and checks
// the entities the issue names as hard.
func TestEntitiesSeed(t *testing.T) {
	f, err := os.Open("testdata/cnbc-putin-kim/input.txt")
	if err != nil {
		t.Skip("seed article not in testdata")
	}
	defer f.Close()
	a, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	byName := map[string]Entity{}
	for _, e := range a.Entities {
		byName[e.Name] = e
	}
	for name, typ := range map[string]EntityType{
		"Vladimir Putin": Person, "Kim Jong Un": Person, "Donald Trump": Person, "Korea Utara": Location,
		"Amerika Serikat": Location, "Reuters": Organization, "Mikhail Metzel": Person,
	} {
		if e, ok := byName[name]; !ok || e.Type != typ {
			t.Errorf("entity %s/%s: got %+v", name, typ, names(a.Entities))
		}
	}
	for _, e := range a.Entities {
		if e.Name == "Ketua Duma" || e.Name == "Puja-puji Pasukan" || e.Name == "Jumat" {
			t.Errorf("%q is no entity", e.Name)
		}
	}
}

func BenchmarkEntities(b *testing.B) {
	raw, err := os.ReadFile("testdata/cnbc-putin-kim/input.txt")
	if err != nil {
		b.Skip("seed article not in testdata")
	}
	a, err := Parse(strings.NewReader(string(raw)))
	if err != nil {
		b.Fatal(err)
	}
	n := len(a.Title)
	for _, p := range a.Paragraphs {
		n += len(p.Text)
	}
	for _, im := range a.Images {
		n += len(im.Caption)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		findEntities(a)
	}
}

func TestFoldKeyApostrophe(t *testing.T) {
	for _, tc := range [][2]string{{"Abdul Qur'an", "abdul quran"}, {"Qur’an", "Quran"}, {"D`Arc", "darc"}} {
		if a, b := foldKey(tc[0]), foldKey(tc[1]); a != b {
			t.Errorf("foldKey(%q) = %q, foldKey(%q) = %q: want one key", tc[0], a, tc[1], b)
		}
	}
}

// TestEntitiesHeadlineCaption checks that a caption capitalized like a
// headline yields no names of its own, only names the article knows.
func TestEntitiesHeadlineCaption(t *testing.T) {
	a := &Article{
		Images:     []Image{{Caption: "Warga Bekasi Ditangkap Gegara Bawa Senjata Tajam dan Tenteng Miras"}},
		Paragraphs: []Paragraph{{Text: "Polisi menangkap dua warga Bekasi pada malam hari."}},
	}
	findEntities(a)
	checkSpans(t, a)
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Name)
	}
	if !slices.Equal(got, []string{"Bekasi"}) {
		t.Errorf("entities %q, want only Bekasi", got)
	}
	if len(a.Entities) == 1 && (len(a.Entities[0].Mentions) != 2 || a.Entities[0].Mentions[0].At.Field != FieldCaption) {
		t.Errorf("Bekasi mentions %v, want one in the caption and one in the paragraph", a.Entities[0].Mentions)
	}
}

// TestOfficeBeforeBody checks the retagging of a person's run that is an
// office over a police unit running into its command.
func TestOfficeBeforeBody(t *testing.T) {
	text := "Kasat Samapta Polres Metro Bekasi hadir"
	toks := splitTokens(text, nil)
	tags := []uint8{tagBPer, tagIPer, tagIPer, tagBOrg, tagIOrg, tagO}
	officeBeforeBody(text, toks, tags)
	want := []uint8{tagO, tagO, tagBOrg, tagIOrg, tagIOrg, tagO}
	if !slices.Equal(tags, want) {
		t.Errorf("tags %v, want %v", tags, want)
	}
}

// TestFoldKeyDefinition checks foldKey, which lower-cases in one pass,
// against its definition: drop apostrophes, lower-case, join the fields.
func TestFoldKeyDefinition(t *testing.T) {
	slow := func(s string) string {
		s = strings.Map(func(r rune) rune {
			if r == '\'' || r == '`' || r == '’' || r == '‘' {
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	for _, s := range []string{"", "kim jong un", "Kim  Jong\tUn ", " Ma'ruf Amin", "Qur’an", "' ' A", "İstanbul", "ÉLYSÉE", "a\xffB", "K\u00a0J", "kpk", "O'Brien \v`X`\r\n", "\f A\tB ",
		"Joko Widodo", "KOMISI PEMBERANTASAN KORUPSI (KPK)", "Joko Widodo ", "Joko  Widodo", "Joko\rWidodo", "M.H. Thamrin-Jaya"} {
		if got, want := foldKey(s), slow(s); got != want && !isFoldKey(s) {
			t.Errorf("foldKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSortMentions checks that sortMentions, which merges two runs in
// order, sorts as a sort does: two runs of every length, and lists that
// are no two runs.
func TestSortMentions(t *testing.T) {
	byAt := func(a, b Mention) int { return compareSpans(a.At, b.At) }
	fields := []Field{FieldTitle, FieldCaption, FieldParagraph}
	x := &entityFinder{}
	for n := range 2000 {
		var ms []Mention
		for i := range n % 17 {
			ms = append(ms, Mention{At: Span{Field: fields[(n*7+i*3)%3], Index: (n + i*5) % 4, Start: (n*i + 3*i) % 11, End: 20}})
		}
		if n%5 != 0 && len(ms) > 0 { // else as made
			cut := n % len(ms)
			slices.SortFunc(ms[:cut], byAt)
			slices.SortFunc(ms[cut:], byAt)
		}
		want := slices.Clone(ms)
		slices.SortFunc(want, byAt)
		x.sortMentions(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("list %d: got %v, want %v", n, ms, want)
		}
	}
}

// TestFewWords checks that the filter of rescan and the wordLists turns
// no word away that it holds in some case, whatever lower-casing does to
// the word's bytes.
func TestFewWords(t *testing.T) {
	words := []string{"Putin", "a", "AS", "Jum'at", "İstanbul", "Ωmega", "\u212Aelvin", "ÉCOLE", "école", "Ⱥx", "xȺ", "Ꮳ", "Kim Jong Un", "x\u0130"}
	for w := range strings.SplitSeq(commonWordsTxt, "\n") {
		if len(words) < 500 && w != "" {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	var s fewWords
	for _, w := range words {
		s.add(strings.ToLower(w))
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w)} {
			if strings.ToLower(v) == strings.ToLower(w) && !s.mayHave(v) {
				t.Errorf("mayHave(%q) = false, want true", v)
			}
		}
	}
}

// TestCalendarInWordLists checks that the wordLists flag the calendar
// words, which fact reads in place of isCalendarWord, and only those.
func TestCalendarInWordLists(t *testing.T) {
	words := []string{"jakarta", "ketua", "kata", "senin-selasa", "jan.", "mei"}
	for w := range monthNames {
		words = append(words, w)
	}
	for w := range weekdayNames {
		words = append(words, w)
	}
	for _, w := range words {
		for _, v := range []string{w, capitalize(w), strings.ToUpper(w)} {
			got := wordLists.get().of(appendLower(nil, v))&inCalendar != 0
			if want := isCalendarWord(v); got != want {
				t.Errorf("wordLists flag %q calendar: %v, want %v", v, got, want)
			}
		}
	}
}

// BenchmarkEntitiesCorpus measures the entity stage alone over the
// plain-text articles of benchInputs, parsed once: BenchmarkEntities
// reads one article, which leaves the per-article costs and the caches'
// misses between articles out.
func BenchmarkEntitiesCorpus(b *testing.B) {
	text, _ := benchInputs(b)
	var as []*Article
	var n int64
	for _, in := range text {
		a, err := Parse(bytes.NewReader(in.data))
		if err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		as = append(as, a)
		n += int64(len(in.data))
	}
	cpuLoop(b, n, func() {
		for _, a := range as {
			findEntities(a)
		}
	})
}

// TestTrimQuotesPunct checks headlineCased's trim against the
// strings.Trim it stands for, on words with marks, curly quotes and cut
// UTF-8 at either end.
func TestTrimQuotesPunct(t *testing.T) {
	const cutset = "\"'“”‘’()[],.:;!?"
	words := []string{"", "x", "Halo", "a“b", "é", "\xe2\x80", "\x80\x9d", "\xe2\x80\x9e", "‚", "Kompas.com"}
	ends := []string{"", "\"", "“", "”", "‘", "’", "(", ")", "[", "]", ",", ".", ":", ";", "!", "?", "\xe2", "\x9d", "\xe2\x80", "“(", ".”"}
	for _, w := range words {
		for _, pre := range ends {
			for _, suf := range ends {
				s := pre + w + suf
				if got, want := trimQuotesPunct(s), strings.Trim(s, cutset); got != want {
					t.Errorf("trimQuotesPunct(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

package berita

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"
)

// An ldArticle holds what the page's JSON-LD says about the article. A
// NewsArticle (or another *Article / BlogPosting type) wins over a WebPage,
// which only fills what no article object gave.
type ldArticle struct {
	headline  string
	published string
	modified  string
	section   string
	publisher string
	lang      string
	authors   []string
	keywords  []string
	rank      int // 2: an article object was read, 1: a web page, 0: none
}

// read decodes one JSON-LD script and takes the article fields from it.
// Broken JSON, common in pages' hand-built scripts, is retried once with
// raw control characters (unescaped newlines in strings) replaced by spaces.
func (ld *ldArticle) read(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		fixed := strings.Map(func(r rune) rune {
			if r < ' ' {
				return ' '
			}
			return r
		}, src)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	ld.walk(v, 0)
}

// walk looks for article objects in v: the top object, arrays of objects
// and the members of an @graph.
func (ld *ldArticle) walk(v any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			ld.walk(e, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			ld.walk(g, depth+1)
		}
		rank := ldRank(v["@type"])
		if rank == 0 || rank < ld.rank {
			return
		}
		if rank > ld.rank {
			*ld = ldArticle{rank: rank}
		}
		setFirst(&ld.headline, ldString(v["headline"]))
		setFirst(&ld.headline, ldString(v["name"]))
		setFirst(&ld.published, ldString(v["datePublished"]))
		setFirst(&ld.published, ldString(v["dateCreated"]))
		setFirst(&ld.modified, ldString(v["dateModified"]))
		setFirst(&ld.section, firstOf(ldStrings(v["articleSection"])))
		setFirst(&ld.lang, ldString(v["inLanguage"]))
		if pub, ok := v["publisher"].(map[string]any); ok {
			setFirst(&ld.publisher, ldString(pub["name"]))
		}
		if ld.authors == nil {
			ld.authors = ldPeople(v["author"])
		}
		if ld.keywords == nil {
			ld.keywords = ldStrings(v["keywords"])
		}
	}
}

// ldRank ranks a JSON-LD @type: 2 for article types, 1 for a web page.
func ldRank(t any) int {
	best := 0
	for _, s := range ldStrings(t) {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "http://schema.org/"), "https://schema.org/")
		switch {
		case strings.HasSuffix(s, "Article"), s == "BlogPosting", s == "Report", s == "LiveBlogPosting":
			best = 2
		case s == "WebPage" && best < 1:
			best = 1
		}
	}
	return best
}

// ldString returns v as a string: a string itself, or the @value, name or
// @id of an object.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		for _, k := range []string{"@value", "name"} {
			if s, ok := v[k].(string); ok {
				return strings.TrimSpace(s)
			}
		}
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	}
	return ""
}

// ldStrings returns v as a list: the items of an array, or a string split
// at commas.
func ldStrings(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		for _, s := range strings.Split(v, ",") {
			if s = cleanText(s); s != "" {
				out = append(out, s)
			}
		}
	case []any:
		for _, e := range v {
			if s := cleanText(ldString(e)); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// ldPeople returns the names of the people in a JSON-LD author value,
// leaving out organizations.
func ldPeople(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = append(out, splitNames(v)...)
	case map[string]any:
		for _, t := range ldStrings(v["@type"]) {
			if t == "Organization" || t == "NewsMediaOrganization" {
				return nil
			}
		}
		out = append(out, splitNames(ldString(v["name"]))...)
	case []any:
		for _, e := range v {
			out = append(out, ldPeople(e)...)
		}
	}
	return out
}

// splitNames splits a list of names written in one string ("A, B dan C").
func splitNames(s string) []string {
	s = cleanText(s)
	if s == "" {
		return nil
	}
	s = strings.ReplaceAll(s, " dan ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	s = strings.ReplaceAll(s, " & ", ", ")
	var out []string
	for _, name := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if name = strings.TrimSpace(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

func setFirst(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func firstOf(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}

// metaValue returns the first non-empty <meta> content among keys.
func (pg *htmlPage) metaValue(keys ...string) string {
	for _, k := range keys {
		if v := cleanText(pg.meta[k]); v != "" {
			return v
		}
	}
	return ""
}

// microText returns the value of the first element with itemprop prop: its
// content, datetime or text.
func (pg *htmlPage) microText(prop string) string {
	n := pg.micro[prop]
	if n == nil {
		return ""
	}
	for _, k := range []string{"content", "datetime"} {
		if v := attr(n, k); v != "" {
			return cleanText(v)
		}
	}
	if name := findProp(n, "name", 0); name != nil {
		n = name
	}
	return cleanText(nodeText(n))
}

// findProp finds the first element below n with itemprop prop.
func findProp(n *html.Node, prop string, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(attr(c, "itemprop"))) {
			if f == prop {
				return c
			}
		}
		if m := findProp(c, prop, depth+1); m != nil {
			return m
		}
	}
	return nil
}

// outlet returns the publication's name as the page gives it.
func (pg *htmlPage) outlet() string {
	v := pg.metaValue("og:site_name", "application-name", "al:android:app_name")
	if v == "" {
		v = cleanText(pg.ld.publisher)
	}
	// "BeritaManado.com: Berita Terkini Manado" names the site, then
	// describes it
	for _, sep := range []string{": ", " | ", " - ", " – "} {
		if i := strings.Index(v, sep); i > 0 {
			v = v[:i]
		}
	}
	return v
}

// findTitle returns the headline. The printed headline (an <h1>, or on
// older pages an <h2>) is preferred when the metadata titles confirm it;
// otherwise the metadata title without the site's name.
func (pg *htmlPage) findTitle(outlet string) string {
	metas := []string{
		cleanText(pg.ld.headline),
		pg.metaValue("og:title", "twitter:title", "headline"),
		pg.microText("headline"),
		pg.title,
	}
	for i, m := range metas {
		metas[i] = stripSiteName(m, outlet)
	}
	for _, tag := range []atom.Atom{atom.H1, atom.H2} {
		var found *html.Node
		eachElement(pg.root, func(n *html.Node) bool {
			if found != nil {
				return false
			}
			if n.DataAtom == tag {
				if t := cleanText(nodeText(n)); len(t) >= 10 {
					for _, m := range metas {
						if confirmsTitle(m, t) {
							found = n
							break
						}
					}
				}
				return false
			}
			return !skipTag(n)
		})
		if found != nil {
			pg.headline = found
			return cleanText(nodeText(found))
		}
	}
	for _, m := range metas {
		if m != "" {
			return m
		}
	}
	return ""
}

// confirmsTitle reports whether the metadata title meta confirms that the
// heading text h is the headline: h is meta, or most of it.
func confirmsTitle(meta, h string) bool {
	if meta == "" {
		return false
	}
	if strings.EqualFold(meta, h) {
		return true
	}
	return 2*len(h) >= len(meta) && strings.Contains(strings.ToLower(meta), strings.ToLower(h))
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// stripSiteName removes a trailing " - Site" or " | Site" from a title
// when that part names the outlet or a web domain.
func stripSiteName(title, outlet string) string {
	for _, sep := range []string{": ", " - ", " | "} {
		i := strings.Index(title, sep)
		if i <= 0 {
			continue
		}
		if head := strings.ToLower(title[:i]); outlet != "" && strings.EqualFold(head, outlet) || strings.HasSuffix(head, ".com") || strings.HasSuffix(head, ".co.id") {
			title = strings.TrimSpace(title[i+len(sep):])
			break
		}
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.ToLower(title[i+len(sep):])
		if (outlet != "" && strings.Contains(tail, strings.ToLower(outlet))) ||
			(outlet != "" && strings.Contains(strings.ToLower(outlet), tail)) ||
			strings.Contains(tail, ".com") || strings.Contains(tail, ".co.id") || strings.Contains(tail, ".id") {
			return stripSiteName(strings.TrimSpace(title[:i]), outlet)
		}
	}
	return title
}

// section returns the rubric: the metadata's section, else the last
// breadcrumb entry.
func (pg *htmlPage) section() string {
	for _, s := range []string{pg.metaValue("article:section"), cleanText(pg.ld.section), pg.microText("articlesection")} {
		// a host name or path is not a rubric
		if s != "" && !strings.ContainsAny(s, "./:") && len(s) < 60 {
			return s
		}
	}
	return ""
}

// published returns the publish time the metadata gives.
func (pg *htmlPage) published() time.Time {
	cands := []string{
		pg.ld.published,
		pg.metaValue("article:published_time", "og:published_time", "datepublished",
			"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
			"dc.date", "dcterms.created", "content_publisheddate", "parsely-pub-date", "sailthru.date"),
		pg.microText("datepublished"),
	}
	for _, c := range cands {
		if t, ok := parseMetaTime(c); ok {
			return t
		}
	}
	for _, c := range pg.times {
		if t, ok := parseMetaTime(c); ok {
			return t
		}
	}
	return time.Time{}
}

// metaTimeLayouts are the machine-readable time forms pages use in
// metadata; those without a zone are read as WIB.
var metaTimeLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05 -0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006-01-02",
}

// parseMetaTime reads a machine-readable time from a page's metadata.
func parseMetaTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false
	}
	for _, layout := range metaTimeLayouts {
		if t, err := time.ParseInLocation(layout, s, zoneWIB); err == nil {
			if t.Year() < 1990 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// authors returns the writers the metadata names, leaving out the outlet
// and organizations.
func (pg *htmlPage) authors(outlet string) []string {
	var names []string
	if len(pg.ld.authors) > 0 {
		names = pg.ld.authors
	} else if n := pg.micro["author"]; n != nil {
		names = splitNames(pg.microText("author"))
	} else {
		names = splitNames(pg.metaValue("author", "article:author", "dc.creator", "parsely-author", "byl"))
	}
	var out []string
	for _, name := range names {
		name = trimRole(name)
		if name == "" || !looksLikePerson(name, outlet, pg.ld.publisher) {
			continue
		}
		out = append(out, name)
	}
	return out
}

// trimRole removes a role label before a name ("Penulis: ", "Oleh ").
func trimRole(s string) string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, role := range []string{"penulis", "reporter", "pewarta", "wartawan", "oleh", "by", "author", "kontributor"} {
		if strings.HasPrefix(lower, role) {
			rest := strings.TrimLeft(s[len(role):], " :")
			if len(rest) < len(s)-len(role) || strings.HasPrefix(s[len(role):], " ") {
				return strings.TrimSpace(rest)
			}
		}
	}
	return s
}

// looksLikePerson reports whether an author value names a person rather
// than a web address, the outlet, or an organization.
func looksLikePerson(name, outlet, publisher string) bool {
	lower := strings.ToLower(name)
	if strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") || strings.Contains(lower, "@") {
		return false
	}
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	n := squash(name)
	for _, o := range []string{outlet, publisher} {
		if o = squash(o); o != "" && (strings.Contains(n, o) || strings.Contains(o, n)) {
			return false
		}
	}
	for _, w := range strings.Fields(lower) {
		switch strings.Trim(w, ".,") {
		case "media", "redaksi", "tim", "team", "admin", "newsroom", "network", "group", "online", "news", "cyber", "pt":
			return false
		}
		if strings.Contains(w, ".com") || strings.Contains(w, ".co") {
			return false
		}
	}
	return utf8Len(name) >= 2
}

func utf8Len(s string) int { return len([]rune(s)) }

// tags returns the page's keywords.
func (pg *htmlPage) tags(title string) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(title): true}
	add := func(list []string) {
		if looksLikeSentence(list) {
			return
		}
		for _, t := range list {
			k := strings.ToLower(t)
			// "Editor:Iskandar", "Tekno:Telko" are labels, not tags;
			// "berita terkini", "portal Indonesia" describe the site
			if strings.Contains(t, ":") || strings.HasPrefix(k, "berita ") || strings.HasPrefix(k, "portal ") {
				continue
			}
			if t != "" && !seen[k] {
				seen[k] = true
				out = append(out, t)
			}
		}
	}
	add(pg.ld.keywords)
	if len(out) == 0 {
		add(ldStrings(pg.metaValue("news_keywords", "keywords")))
	}
	if len(out) == 0 {
		add(ldStrings(pg.microText("keywords")))
	}
	return out
}

// looksLikeSentence reports whether a keyword list is a sentence cut at
// every word, as some pages fill their keywords.
func looksLikeSentence(list []string) bool {
	if len(list) < 6 {
		return false
	}
	single := 0
	for _, t := range list {
		if !strings.Contains(t, " ") {
			single++
		}
	}
	return single*5 >= len(list)*4
}

// langHint returns the language the page declares: JSON-LD inLanguage,
// og:locale, Content-Language or <html lang>.
func (pg *htmlPage) langHint() string {
	for _, v := range []string{pg.ld.lang, pg.microText("inlanguage"), pg.metaValue("og:locale", "content-language", "language"), pg.lang} {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// parseLangHint turns a declared language ("id-ID", "en_US") into a tag.
func parseLangHint(s string) language.Tag {
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return language.Und
	}
	return t
}

// eachElement calls fn on every element below n in document order; when fn
// returns false the element's children are not visited.
func eachElement(n *html.Node, fn func(*html.Node) bool) {
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && fn(c) {
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
}

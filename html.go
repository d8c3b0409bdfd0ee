package berita

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"
)

// looksLikeHTML reports whether b is HTML rather than plain text: a
// document (a doctype, <html>, <head> or <meta> near the start) or a
// fragment that opens with a block element, as scrapers store an
// article's inner HTML ("<div class=...><p>...").
func looksLikeHTML(b []byte) bool {
	head := bytes.TrimSpace(b[:min(len(b), 1024)])
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(head) < 2 || head[0] != '<' {
		return false
	}
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<html", "<!doctype html", "<head", "<meta", "<?xml"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	for _, tag := range []string{"<p", "<div", "<article", "<section", "<main", "<body", "<h1", "<h2", "<figure", "<table", "<ul", "<header"} {
		if bytes.HasPrefix(lower, []byte(tag)) && len(lower) > len(tag) && (lower[len(tag)] == '>' || lower[len(tag)] == ' ') {
			return true
		}
	}
	return false
}

// maxDepth bounds how deep the HTML reader descends into nested elements;
// text nested deeper than any real page nests it is ignored.
const maxDepth = 256

// parseHTML reads the article in an HTML page: the metadata from JSON-LD,
// microdata and <meta> tags, and the body from the element that holds the
// article's text. Nothing the page links to is fetched.
func parseHTML(b []byte, p *Parser) *Article {
	root, err := html.Parse(bytes.NewReader(decodeHTML(b)))
	if err != nil {
		// html.Parse fails only when its reader does; bytes.Reader does not.
		return parseText(normalize(b), false)
	}
	pg := newHTMLPage(root, p)
	return pg.article()
}

// decodeHTML returns the page as UTF-8. A page whose bytes are already
// valid UTF-8 is taken as UTF-8 whatever it declares, since pages that
// declare ISO-8859-1 but are saved as UTF-8 are common and the reverse
// almost never passes as valid UTF-8. Other pages are decoded from the
// charset their BOM, Content-Type <meta> or content suggests.
func decodeHTML(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return b
	}
	enc, name, _ := charset.DetermineEncoding(b, "")
	if name == "utf-8" {
		return b // invalid bytes become U+FFFD later
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}

// An htmlPage is the per-call state of the HTML reader.
type htmlPage struct {
	root *html.Node
	p    *Parser
	// meta holds <meta> contents by lower-cased name, property or
	// itemprop; the first non-empty value of each wins.
	meta     map[string]string
	title    string // <title>
	lang     string // <html lang>
	ld       ldArticle
	headline *html.Node // the element that prints the title
	headText string     // the title
	// micro holds the first element carrying each itemprop (lower case).
	micro map[string]*html.Node
	// times holds <time> elements' datetime attributes, in page order.
	times []string
	// stats holds each element's text length and link text length, for
	// scoring.
	stats map[*html.Node]textStats
	// canonical is the page's <link rel="canonical"> address.
	canonical string
	// kids, when set, holds the children of the body container that hold
	// the body; its other children are left out.
	kids map[*html.Node]bool
	// dateOnly is set when the metadata's publish time is a date alone.
	dateOnly bool
	// bodyJunk holds the elements inside the body container that extract
	// left out as furniture; their text may hold the byline.
	bodyJunk []*html.Node
}

type textStats struct {
	text, links int
	score       float64
	order       int // the element's place in document order
}

func newHTMLPage(root *html.Node, p *Parser) *htmlPage {
	pg := &htmlPage{
		root:  root,
		p:     p,
		meta:  make(map[string]string),
		micro: make(map[string]*html.Node),
		stats: make(map[*html.Node]textStats),
	}
	pg.scan(root, 0)
	return pg
}

// scan collects the page's metadata in one walk over the document.
func (pg *htmlPage) scan(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		pg.stats[n] = textStats{order: len(pg.stats)}
		switch n.DataAtom {
		case atom.Html:
			if v := attr(n, "lang"); v != "" && pg.lang == "" {
				pg.lang = v
			} else if v := attr(n, "xml:lang"); v != "" && pg.lang == "" {
				pg.lang = v
			}
		case atom.Title:
			if pg.title == "" {
				pg.title = cleanText(nodeText(n))
			}
		case atom.Meta:
			content := attr(n, "content")
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
					if _, ok := pg.meta[key]; !ok {
						pg.meta[key] = content
					}
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				pg.ld.read(nodeText(n))
			}
			return
		case atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && pg.canonical == "" {
				pg.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Time:
			if v := attr(n, "datetime"); v != "" {
				pg.times = append(pg.times, v)
			}
		}
		if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
			for _, f := range strings.Fields(ip) {
				if _, ok := pg.micro[f]; !ok {
					pg.micro[f] = n
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pg.scan(c, depth+1)
	}
}

// article builds the Article from the page.
func (pg *htmlPage) article() *Article {
	a := &Article{}
	siteName := pg.outlet()
	a.Title = pg.findTitle(siteName)
	pg.headText = a.Title
	a.Section = pg.section()
	a.Published = pg.published()
	a.Authors = pg.authors(siteName)
	a.Tags = pg.tags(a.Title)
	if hint := pg.langHint(); hint != "" {
		a.Language = parseLangHint(hint)
	}
	body := pg.container()
	pg.extract(a, body)
	pg.pageText(a, body)
	pg.urlPublished(a)
	pg.finishBody(a)
	a.Related = appendUnique(a.Related, pg.related(a.Title)...)
	if a.Outlet == "" {
		if name, ok := outletName(siteName); ok {
			a.Outlet = name
		} else {
			a.Outlet = siteName
		}
	}
	if len(a.Paragraphs) == 0 {
		// a photo or video page has no prose of its own; its description
		// is the one paragraph it gives
		if d := pg.metaValue("og:description", "description", "twitter:description"); d != "" {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: d})
		}
	}
	return a
}

// appendUnique appends the items of add that list does not hold yet.
func appendUnique(list []string, add ...string) []string {
	for _, s := range add {
		if s != "" && !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if at.Key == key {
			return at.Val
		}
	}
	return ""
}

// nodeText returns all the text inside n, unfolded.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Script:
				if depth > 0 {
					return // only a script asked for itself (JSON-LD) is read
				}
			default:
				if depth > 0 && isHidden(n) {
					return
				}
			case atom.Br, atom.P, atom.Div, atom.Li:
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// cleanText makes text taken from a page fit for the Article: valid NFC
// UTF-8 without zero-width characters, with each run of white space
// (including no-break spaces from &nbsp;) folded to one space.
func cleanText(s string) string {
	ascii, folded := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			ascii = false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				folded = false
			}
		case c < ' ' || c == 0x7f:
			folded = false
		}
	}
	switch {
	case ascii && folded:
		return s // the common case: nothing to do
	case ascii:
		return foldSpace(strings.Map(func(r rune) rune {
			if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
				return -1
			}
			return r
		}, s))
	}
	return foldSpace(normalize([]byte(s)))
}

// A textRun is a stretch of inline text between two block boundaries (a
// block element's start or end, or a <br>).
type textRun struct {
	owner *html.Node // the nearest block element holding the text
	text  string     // folded
	links int        // bytes of the text that sit inside links
}

// A flattener turns a tree of elements into text runs.
type flattener struct {
	sb    strings.Builder
	links int
	// visit is called on each element before it is entered; when it
	// returns false the element is skipped (and, if it is a block, still
	// ends the current run).
	visit func(n *html.Node) bool
	emit  func(r textRun)
	// rows makes a table row one run, its cells separated by spaces.
	rows bool
}

func (f *flattener) flush(owner *html.Node) {
	if f.sb.Len() == 0 {
		return
	}
	text := cleanText(f.sb.String())
	links := f.links
	f.sb.Reset()
	f.links = 0
	if text != "" {
		f.emit(textRun{owner: owner, text: text, links: min(links, len(text))})
	}
}

func (f *flattener) walk(n, owner *html.Node, inLink bool, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			f.sb.WriteString(c.Data)
			if inLink {
				f.links += len(strings.TrimSpace(c.Data))
			}
		case html.ElementNode:
			inline := isInline(c) && !(f.rows && isMetaInline(c)) || f.rows && (c.DataAtom == atom.Td || c.DataAtom == atom.Th)
			if inline && !isInline(c) {
				f.sb.WriteByte(' ')
			}
			if !f.visit(c) {
				if !inline {
					f.flush(owner)
				}
				continue
			}
			switch {
			case c.DataAtom == atom.Br:
				f.flush(owner)
			case inline:
				f.walk(c, owner, inLink || c.DataAtom == atom.A, depth+1)
			default:
				f.flush(owner)
				f.walk(c, c, inLink, depth+1)
				f.flush(c)
			}
		}
	}
}

// isMetaInline reports whether n is an inline element that holds a
// byline or a date of its own ("<span class="byline">", "<time>"): page
// text read for bylines and dates keeps it apart from its neighbours.
func isMetaInline(n *html.Node) bool {
	if n.DataAtom == atom.Time {
		return true
	}
	for _, t := range classTokens(n) {
		switch t {
		case "byline", "author", "date", "time", "posted", "datetime", "reporter", "editor", "penulis", "tanggal",
			"tags", "tag", "cat", "category", "categories", "kategori":
			return true
		}
	}
	return false
}

// isInline reports whether n is an inline element whose text runs on with
// the text around it.
func isInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.B, atom.Strong, atom.Em, atom.I, atom.U, atom.Span, atom.Font,
		atom.Small, atom.Big, atom.Sup, atom.Sub, atom.Abbr, atom.Acronym, atom.Cite,
		atom.Q, atom.Mark, atom.Time, atom.Code, atom.S, atom.Strike, atom.Label,
		atom.Bdi, atom.Bdo, atom.Data, atom.Var, atom.Dfn, atom.Kbd, atom.Samp, atom.Tt,
		atom.Del, atom.Ins, atom.Wbr, atom.Nobr:
		return true
	}
	return false
}

// skipTag reports whether n never holds article text: scripts, styles,
// forms, navigation, embedded objects and hidden elements.
func skipTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea,
		atom.Nav, atom.Aside, atom.Svg, atom.Math, atom.Canvas, atom.Video, atom.Audio,
		atom.Map, atom.Head, atom.Link, atom.Meta, atom.Footer, atom.Dialog, atom.Menu:
		return true
	}
	if n.Data == "amp-ad" || n.Data == "amp-embed" || n.Data == "amp-analytics" {
		return true
	}
	return isHidden(n)
}

// isHidden reports whether n is hidden from readers: the hidden attribute,
// aria-hidden, or an inline display:none or visibility:hidden style.
func isHidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(attr(n, "style"))
	if strings.Contains(style, "display:none") || strings.Contains(style, "display: none") ||
		strings.Contains(style, "visibility:hidden") || strings.Contains(style, "visibility: hidden") {
		return true
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, at := range n.Attr {
		if at.Key == key {
			return at.Val, true
		}
	}
	return "", false
}

// classTokens returns the lower-cased words of n's class and id, split at
// anything that is not a letter or digit ("kcm-read-terkait" gives kcm,
// read, terkait).
func classTokens(n *html.Node) []string {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// junkWords are class and id words of page furniture around an article:
// share bars, ads, related and "Baca juga" boxes, comments, navigation,
// bylines and date lines (read separately), tags and footers.
var junkWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "sosmed": true, "socmed": true,
	"related": true, "terkait": true, "baca": true, "bacajuga": true, "readalso": true,
	"comment": true, "comments": true, "komentar": true, "sidebar": true, "widget": true,
	"banner": true, "ad": true, "ads": true, "adv": true, "advert": true,
	"advertisement": true, "iklan": true, "gpt": true, "promo": true, "newsletter": true,
	"subscribe": true, "popular": true, "populer": true, "terpopuler": true,
	"breadcrumb": true, "breadcrumbs": true, "tags": true, "tag": true, "topik": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true,
	"pagination": true, "paging": true, "rekomendasi": true, "recommendation": true,
	"lainnya": true, "copyright": true, "byline": true, "author": true, "editor": true,
	"date": true, "datetime": true, "disclaimer": true, "outbrain": true,
	"taboola": true, "dable": true, "mgid": true, "hidden": true, "print": true,
	"whatsapp": true, "telegram": true, "twitter": true, "facebook": true, "fb": true,
	"embed": true, "video": true, "instagram": true, "tiktok": true, "tweet": true, "youtube": true, "polling": true, "rating": true, "reaction": true,
	"headline": true, "title": true,
}

// junkParts are furniture words also matched inside longer class words
// ("relatedpost", "bacajugabox", "shareButtons").
var junkParts = []string{"related", "terkait", "bacajuga", "baca-juga", "share", "sosmed",
	"komentar", "comment", "advert", "iklan", "populer", "popular", "rekomendasi",
	"recommend", "newsletter", "breadcrumb", "readalso", "read-also"}

// isJunk reports whether n's class or id marks it as page furniture.
func isJunk(n *html.Node) bool {
	for _, t := range classTokens(n) {
		if junkWords[t] {
			return true
		}
	}
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, p := range junkParts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// contentWords are class and id words of elements that hold an article's
// text.
var contentWords = map[string]bool{
	"content": true, "article": true, "body": true, "text": true, "detail": true,
	"isi": true, "entry": true, "post": true, "story": true, "read": true,
	"berita": true, "news": true, "main": true, "artikel": true, "txt": true,
}

// container finds the element that holds the article's text. Every run of
// sentence-like text scores for the block that holds it and, less, for
// that block's parent and grandparent, as in readability's scoring; the
// scores are weighed by link density and class hints, and the best element
// wins. Elements marked itemprop="articleBody" are preferred.
func (pg *htmlPage) container() *html.Node {
	body := pg.root
	eachElement(pg.root, func(n *html.Node) bool {
		if n.DataAtom == atom.Body {
			body = n
		}
		return n.DataAtom == atom.Html
	})
	f := &flattener{
		visit: func(n *html.Node) bool { return !skipTag(n) },
	}
	var heads []*html.Node
	f.emit = func(r textRun) {
		if pg.headline == nil && pg.headText != "" && strings.EqualFold(r.text, pg.headText) {
			heads = append(heads, r.owner)
		}
		// every ancestor counts the text, for link density
		depth := 0
		for n := r.owner; n != nil && depth < 64; n = n.Parent {
			st := pg.stats[n]
			st.text += len(r.text)
			st.links += r.links
			pg.stats[n] = st
			depth++
		}
		if len(r.text) < 25 || r.links*2 > len(r.text) {
			return
		}
		w := 1 + float64(strings.Count(r.text, ",")) + min(float64(len(r.text))/100, 3)
		if strings.ContainsAny(r.text[len(r.text)-1:], ".\"”?!") {
			w++
		}
		pg.addScore(r.owner, w)
		if p := r.owner.Parent; p != nil {
			pg.addScore(p, w*0.75)
			if g := p.Parent; g != nil {
				pg.addScore(g, w*0.3)
			}
		}
	}
	f.walk(body, body, false, 0)
	f.flush(body)

	var best *html.Node
	bestScore := 0.0
	for n, st := range pg.stats {
		if st.score == 0 || n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			continue
		}
		s := pg.weighedScore(n)
		if s > bestScore || s == bestScore && best != nil && pg.before(n, best) {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	// a headline printed in a plain <div>: the last element printing the
	// title before the body (sidebars may list the article too)
	for _, h := range heads {
		if pg.before(h, best) {
			pg.headline = h
		}
	}
	return pg.withSiblings(best, bestScore)
}

// weighedScore is n's score weighed by its link density and class hints.
func (pg *htmlPage) weighedScore(n *html.Node) float64 {
	st := pg.stats[n]
	s := st.score
	if st.text > 0 {
		s *= 1 - float64(st.links)/float64(st.text)
	}
	return s * classWeight(n)
}

// withSiblings widens the container to its parent when the body continues
// in sibling elements (an ad or a photo box cut it in two): siblings that
// score at least a quarter of the best are kept, the parent's other
// children are left out (pg.kids).
func (pg *htmlPage) withSiblings(best *html.Node, bestScore float64) *html.Node {
	parent := best.Parent
	if parent == nil || parent.DataAtom == atom.Body || parent.DataAtom == atom.Html {
		return best
	}
	var kids map[*html.Node]bool
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == best || c.Type != html.ElementNode || skipTag(c) || isJunk(c) {
			continue
		}
		if pg.weighedScore(c) >= bestScore/4 {
			if kids == nil {
				kids = map[*html.Node]bool{best: true}
			}
			kids[c] = true
		}
	}
	if kids == nil {
		return best
	}
	pg.kids = kids
	return parent
}

func (pg *htmlPage) addScore(n *html.Node, w float64) {
	if n.Type != html.ElementNode {
		return
	}
	st := pg.stats[n]
	st.score += w
	pg.stats[n] = st
}

// classWeight weighs an element by what its markup says it holds.
func classWeight(n *html.Node) float64 {
	w := 1.0
	if strings.Contains(strings.ToLower(attr(n, "itemprop")), "articlebody") {
		w *= 2
	}
	switch n.DataAtom {
	case atom.Article:
		w *= 1.25
	case atom.P, atom.Li, atom.Td, atom.Blockquote, atom.H1, atom.H2, atom.H3:
		w *= 0.8 // a single paragraph is rarely the whole article
	}
	for _, t := range classTokens(n) {
		if contentWords[t] {
			w *= 1.25
			break
		}
	}
	if isJunk(n) {
		w *= 0.3
	}
	return w
}

// before reports whether a comes before b in document order, by the
// order scan numbered the elements in.
func (pg *htmlPage) before(a, b *html.Node) bool {
	return pg.stats[a].order < pg.stats[b].order
}

// extract reads the body: paragraphs and subheadings from the container,
// and the photos with their captions from the container and the part of
// the page between the headline and the container.
func (pg *htmlPage) extract(a *Article, body *html.Node) {
	if region := pg.articleRegion(body); region != body {
		pg.leadImages(a, region, body)
	}
	total := pg.stats[body].text
	heading := ""
	f := &flattener{}
	f.visit = func(n *html.Node) bool {
		if skipTag(n) || pg.kids != nil && n.Parent == body && !pg.kids[n] {
			return false
		}
		if isJunk(n) && pg.stats[n].text*2 < total {
			pg.bodyJunk = append(pg.bodyJunk, n)
			return false
		}
		switch n.DataAtom {
		case atom.H1:
			return false // the title
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			t := cleanText(nodeText(n))
			if t != "" && len(t) <= 200 && !isFurniture(t) {
				heading = t
			}
			return false
		case atom.Figure:
			if im, ok := figureImage(n); ok {
				a.Images = append(a.Images, im)
			}
			return false
		case atom.Table:
			// layout tables hold text; data tables are not paragraphs
			if pg.stats[n].text*2 < total {
				pg.bodyJunk = append(pg.bodyJunk, n)
				return false
			}
		case atom.Ul, atom.Ol:
			if st := pg.stats[n]; st.links*2 > st.text {
				return false // a list of links
			}
		}
		if im, ok := captionImage(n); ok {
			a.Images = append(a.Images, im)
			return false
		}
		return true
	}
	f.emit = func(r textRun) {
		if r.links*2 > len(r.text) && len(r.text) < 300 {
			return // a link or a list of links, not prose
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: r.text, Heading: heading})
	}
	f.walk(body, body, false, 0)
	f.flush(body)
}

// articleRegion returns the element that holds both the headline and the
// body container, when they are close kin; otherwise the container.
func (pg *htmlPage) articleRegion(body *html.Node) *html.Node {
	if pg.headline == nil {
		return body
	}
	up := 0
	for n := body; n != nil && up <= 4; n = n.Parent {
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			break
		}
		if isAncestor(n, pg.headline) {
			return n
		}
		up++
	}
	return body
}

func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// leadImages collects the captioned photos that sit in region, the
// element holding the headline and the body, before the body container:
// the photo under the headline, or above it.
func (pg *htmlPage) leadImages(a *Article, region, body *html.Node) {
	done := false
	eachElement(region, func(n *html.Node) bool {
		switch {
		case done || skipTag(n):
			return false
		case n == body:
			done = true
			return false
		case n == pg.headline:
			return false
		case isAncestor(n, pg.headline) || isAncestor(n, body):
			return true
		case isJunk(n):
			return false
		case n.DataAtom == atom.Figure:
			if im, ok := figureImage(n); ok {
				a.Images = append(a.Images, im)
			}
			return false
		}
		if im, ok := captionImage(n); ok {
			a.Images = append(a.Images, im)
			return false
		}
		return true
	})
}

// creditWords are class words of the element that holds a photo credit.
var creditWords = map[string]bool{
	"credit": true, "credits": true, "copyright": true, "photographer": true,
	"source": true, "sumber": true, "author": true, "fotografer": true,
}

// figureImage reads a <figure>: its <figcaption>, and the credit inside it
// where the markup marks one.
func figureImage(n *html.Node) (Image, bool) {
	var capNode *html.Node
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Figcaption && capNode == nil {
			capNode = c
		}
		return capNode == nil
	})
	if capNode == nil {
		return Image{}, false
	}
	return splitCaption(capNode)
}

// captionImage reads an element marked as a photo caption by its class
// ("caption", "keterangan"), or a photo wrapper (class "photo", "foto",
// "image") holding one picture and a line of text.
func captionImage(n *html.Node) (Image, bool) {
	if n.DataAtom == atom.Img || isInline(n) && n.DataAtom != atom.Span {
		return Image{}, false
	}
	isCaption, isPhoto := false, false
	for _, t := range classTokens(n) {
		switch t {
		case "caption", "captions", "keterangan", "figcaption", "wp-caption-text":
			isCaption = true
		case "photo", "foto", "image", "img", "picture", "pic", "figure":
			isPhoto = true
		}
	}
	if isPhoto && !isCaption {
		imgs, blocks := 0, 0
		eachElement(n, func(c *html.Node) bool {
			if c.DataAtom == atom.Img {
				imgs++
			}
			if !isInline(c) && c.DataAtom != atom.Img {
				blocks++
			}
			return true
		})
		if imgs != 1 || blocks > 2 {
			return Image{}, false
		}
		isCaption = true
	}
	if !isCaption || !nearImage(n) {
		return Image{}, false
	}
	im, ok := splitCaption(n)
	if !ok || isFurniture(im.Caption) {
		return Image{}, false
	}
	return im, true
}

// nearImage reports whether n or an element next to it holds an <img>
// (or a <picture>): a caption sits next to its photo. Only n and its two
// neighbours are searched, so that a page of many captions stays linear.
func nearImage(n *html.Node) bool {
	isImage := func(c *html.Node) bool {
		return c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.Data == "amp-img"
	}
	holds := func(root *html.Node) bool {
		if root == nil {
			return false
		}
		if isImage(root) {
			return true
		}
		found := false
		eachElement(root, func(c *html.Node) bool {
			found = found || isImage(c)
			return !found
		})
		return found
	}
	prev, next := n.PrevSibling, n.NextSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	return holds(n) || holds(prev) || holds(next)
}

// splitCaption reads a caption element: the text of an element inside it
// marked as the credit is the credit, the rest the caption; share buttons
// and other furniture inside it are left out. Without a marked credit, a
// credit written at the end of the caption is split off (splitCredit).
func splitCaption(n *html.Node) (Image, bool) {
	var credit *html.Node
	eachElement(n, func(c *html.Node) bool {
		if credit != nil {
			return false
		}
		for _, t := range classTokens(c) {
			if creditWords[t] {
				credit = c
				return false
			}
		}
		return true
	})
	var sb strings.Builder
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		if c == credit || depth > maxDepth {
			return
		}
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if depth > 0 && (skipTag(c) || isJunk(c)) {
				return
			}
			if !isInline(c) {
				sb.WriteByte(' ')
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			walk(d, depth+1)
		}
	}
	walk(n, 0)
	im := Image{Caption: cleanText(sb.String())}
	if credit != nil {
		im.Credit = trimCreditLabel(cleanText(nodeText(credit)))
	} else {
		im.Caption, im.Credit = splitCredit(im.Caption)
	}
	if im.Caption == "" || im.Credit == "" && isCreditLine(im.Caption) {
		return Image{}, false // no caption, or only a credit
	}
	return im, true
}

// splitCredit splits a photo credit off the end of a caption: a closing
// "(Foto: X)", "(ANTARA FOTO/X)", "Foto: X", "© X", or a last word such
// as "TRIBUNSOLO.COM/AHMAD" that names an outlet and a photographer.
func splitCredit(caption string) (string, string) {
	trim := func(s string) string { return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "/|-")) }
	label := trimCreditLabel
	if strings.HasSuffix(caption, ")") {
		if i := strings.LastIndex(caption, "("); i > 0 {
			inner := caption[i+1 : len(caption)-1]
			lower := strings.ToLower(inner)
			if strings.HasPrefix(lower, "foto") || strings.HasPrefix(lower, "photo") || strings.HasPrefix(lower, "dok") ||
				strings.HasPrefix(lower, "ist") || strings.HasPrefix(lower, "sumber") || strings.Contains(inner, "/") || strings.Contains(inner, "©") {
				return trim(caption[:i]), label(strings.Trim(inner, "© "))
			}
		}
	}
	if i := strings.LastIndex(caption, "©"); i > 0 {
		return trim(caption[:i]), strings.TrimSpace(strings.Trim(caption[i+len("©"):], " ®"))
	}
	for _, l := range []string{" Foto: ", " FOTO: ", " Foto : ", " Photo: ", " Image: ", " Gambar: "} {
		if i := strings.LastIndex(caption, l); i > 0 {
			return trim(caption[:i]), strings.TrimSpace(caption[i+len(l):])
		}
	}
	// "... Selasa (20/2/2024). TRIBUNSOLO.COM/AHMAD FAUZI"
	if i := strings.LastIndex(caption, ". "); i > 0 {
		last := caption[i+2:]
		if strings.Contains(last, "/") && last == strings.ToUpper(last) && strings.ContainsAny(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return caption[:i+1], last
		}
	}
	return caption, ""
}

// trimCreditLabel removes the label before a photo credit ("Foto: X").
func trimCreditLabel(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range []string{"foto:", "foto :", "photo:", "sumber:", "sumber foto:", "dok:"} {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			return strings.TrimSpace(s[len(l):])
		}
	}
	return s
}

// related returns the titles listed in the page's related-article boxes
// ("Baca juga", "Berita Terkait", "Related").
func (pg *htmlPage) related(title string) []string {
	var out []string
	seen := map[string]bool{title: true}
	collect := func(box *html.Node) {
		eachElement(box, func(c *html.Node) bool {
			if c.DataAtom != atom.A {
				return true
			}
			t := cleanText(nodeText(c))
			if strings.Count(t, " ") >= 2 && len(t) >= 15 && !seen[t] && len(out) < 30 && isTitleLike(t) {
				seen[t] = true
				out = append(out, t)
			}
			return false
		})
	}
	done := make(map[*html.Node]bool) // blocks already collected
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				// an inline "Baca juga: <a>Title</a>" line: its block's links
				if isReadAlso(c.Data) {
					b := n
					for b.Parent != nil && isInline(b) {
						b = b.Parent
					}
					if !done[b] {
						done[b] = true
						collect(b)
					}
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Head:
			case isRelatedBox(c):
				collect(c)
			default:
				walk(c, depth+1)
			}
		}
	}
	walk(pg.root, 0)
	return out
}

// isTitleLike reports whether a link's text can be an article's title:
// not a date ("Rabu, 14 Oktober 2020"), not a box's label ("BERITA
// TERKAIT", "Tag: ...").
func isTitleLike(t string) bool {
	if _, _, ok := findPublished(t); ok {
		return false
	}
	return !strings.HasSuffix(t, ":") && indexFold(t, "berita terkait") < 0 && !isFurniture(t)
}

// isReadAlso reports whether text opens a "Baca juga:" line.
func isReadAlso(text string) bool {
	text = strings.TrimSpace(text)
	for _, p := range []string{"baca juga", "lihat juga", "simak juga", "read also", "also read", "baca:"} {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// isRelatedBox reports whether n is a box of related-article links.
func isRelatedBox(n *html.Node) bool {
	for _, at := range n.Attr {
		if at.Key != "class" && at.Key != "id" {
			continue
		}
		for _, w := range []string{"related", "terkait", "bacajuga", "baca-juga", "baca_juga", "readalso", "read-also"} {
			if indexFold(at.Val, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// maxPageLines bounds how many lines of page text around the body
// pageText reads on each side.
const maxPageLines = 40

// pageText reads the publish line and the byline from the text printed
// around the body, when the metadata gave neither: the lines between the
// headline and the body, then the lines after the body (Kompas and Antara
// print "Penulis:" and "Editor:" under the article). It uses the plain-text
// page stage's readers (findPublished, parseByline).
func (pg *htmlPage) pageText(a *Article, body *html.Node) {
	if !a.Published.IsZero() && !pg.dateOnly && len(a.Authors) > 0 && len(a.Tags) > 0 {
		return
	}
	// the lines are read in this order: after the headline, before it,
	// the furniture inside the body, after the body
	var header, top, inside, after []string
	state := 0 // 0: before the headline, 1: header, 2: after the body
	if pg.headline == nil {
		state = 1
	}
	keep := func(dst *[]string, text string) {
		if len(text) < 200 {
			*dst = append(*dst, text)
		}
	}
	f := &flattener{rows: true}
	f.visit = func(n *html.Node) bool {
		switch {
		case n == pg.headline:
			state = 1
			return false
		case n == body:
			state = 2
			return false
		case state == 2 && len(after) >= maxPageLines:
			return false
		case n.DataAtom == atom.Footer:
			return true // an article's footer holds its tags and credits
		}
		return !skipTag(n)
	}
	f.emit = func(r textRun) {
		switch {
		case state == 0:
			keep(&top, r.text)
		case state == 1:
			keep(&header, r.text)
		case len(after) < maxPageLines:
			keep(&after, r.text)
		}
	}
	f.walk(pg.root, pg.root, false, 0)
	f.flush(pg.root)
	state = 1
	f.emit = func(r textRun) { keep(&inside, r.text) }
	f.visit = func(n *html.Node) bool { return !skipTag(n) }
	for _, n := range pg.bodyJunk {
		f.walk(n, n, false, 0)
		f.flush(n)
	}
	header = header[max(0, len(header)-maxPageLines):]
	top = top[max(0, len(top)-10):]
	slices.Reverse(top) // nearest the headline first
	for _, lines := range [][]string{header, top, inside, after} {
		pg.readPageLines(a, lines)
	}
	if len(a.Tags) == 0 {
		// "Tag: mangrove, Demak" printed under the article
		for _, line := range append(inside, after...) {
			if m, ok := hasMarker(line, []string{"tags:", "tags :", "tag:", "tag :", "topik:"}); ok {
				rest := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line[len(m):]), ":"))
				for t := range strings.SplitSeq(rest, ",") {
					if t = strings.TrimSpace(t); t != "" && len(strings.Fields(t)) <= 5 {
						a.Tags = appendUnique(a.Tags, t)
					}
				}
				break
			}
		}
	}
}

// readPageLines takes the publish time and the authors from lines of page
// text, where the Article lacks them.
func (pg *htmlPage) readPageLines(a *Article, lines []string) {
	for i, line := range lines {
		if a.Published.IsZero() || pg.dateOnly {
			if t, ok := findPublishedPart(line); ok {
				// a date-only time waits for a line with the clock time
				clock := t.Hour() != 0 || t.Minute() != 0
				if a.Published.IsZero() || pg.dateOnly && clock && sameDay(t, a.Published) {
					a.Published, pg.dateOnly = t, !clock
				}
				continue
			}
		}
		if len(a.Authors) > 0 {
			continue
		}
		if b, ok := parseByline(line); ok && len(b.authors) > 0 {
			a.Authors = dropRoleNames(b.authors)
			if b.outlet != "" && a.Outlet == "" {
				a.Outlet = b.outlet
			}
			continue
		}
		// a name with its role printed under it: "Dewi Kania" / "Jurnalis"
		if isAuthor, known := roleLabel(line); known && isAuthor && i > 0 && isName(lines[i-1]) {
			a.Authors = []string{lines[i-1]}
		}
	}
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// findPublishedPart finds a publish line, alone or as one part of a line
// cut by "|" ("Selasa, 23 Februari 2016 15:06 WIB | 998 Views").
func findPublishedPart(line string) (time.Time, bool) {
	if t, _, ok := findPublished(line); ok {
		return t, true
	}
	if !strings.Contains(line, "|") {
		return time.Time{}, false
	}
	for part := range strings.SplitSeq(line, "|") {
		if t, _, ok := findPublished(strings.TrimSpace(part)); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dropRoleNames drops byline entries that are a role and a place rather
// than a name ("Kontributor Lhokseumawe" in "Kontributor Lhokseumawe,
// Masriadi").
func dropRoleNames(names []string) []string {
	out := names[:0]
	for _, n := range names {
		first, rest, _ := strings.Cut(n, " ")
		if isAuthor, known := roleLabel(first); known && isAuthor && rest != "" && len(names) > 1 {
			continue
		}
		out = append(out, n)
	}
	return out
}

// finishBody applies the plain-text page rules (parse.go) to the
// paragraphs read from the markup, for what the markup does not mark:
// prompts and "Baca juga" lines (whose titles go to Related), a trailer of
// tags, footers and related titles, editor codes, captions printed as
// paragraphs, and the dateline lead-in of the first paragraph, which gives
// Dateline and Outlet.
func (pg *htmlPage) finishBody(a *Article) {
	tp := &page{a: a}
	var keep []Paragraph
	for i, p := range a.Paragraphs {
		line := p.Text
		if len(keep) > 0 {
			if _, ok := hasMarker(line, trailerMarkers); ok {
				lines := make([]string, 0, len(a.Paragraphs)-i)
				for _, q := range a.Paragraphs[i:] {
					lines = append(lines, q.Text)
				}
				tp.trailer(lines)
				break
			}
		}
		if m, ok := hasMarker(line, skipMarkers); ok {
			tp.skipped(m, line)
			continue
		}
		if isCodeLine(line) || strings.Trim(line, "-•·.…* ") == "" {
			continue
		}
		if _, ok := parsePublished(line); ok {
			continue // the publish line, printed inside the body's box
		}
		if im, ok := parseCaption(line); ok {
			a.Images = append(a.Images, im)
			continue
		}
		if im, ok := creditedCaption(line); ok {
			a.Images = append(a.Images, im)
			continue
		}
		if b, ok := parseByline(line); ok && strings.Contains(line, ":") && len(strings.Fields(line)) <= 10 {
			// "Penulis: X", "Fotografer: Y" printed inside the body's box
			if len(a.Authors) == 0 {
				a.Authors = dropRoleNames(b.authors)
			}
			continue
		}
		keep = append(keep, p)
	}
	// a strong dateline lead-in ("TEMPO.CO, Jakarta -") opens the body:
	// what the box prints before it is a caption or a teaser
	for k := 1; k < min(3, len(keep)); k++ {
		if li, ok := parseLeadIn(keep[k].Text); ok && li.strong {
			if _, first := parseLeadIn(keep[0].Text); !first {
				keep = keep[k:]
			}
			break
		}
	}
	// short lines that end no sentence after the last paragraph: buttons
	// and labels ("Vote Photo", "More Photos")
	for n := len(keep); n > 1 && len(strings.Fields(keep[n-1].Text)) <= 4 && !endsSentence(keep[n-1].Text) && !isCapsLine(keep[n-1].Text); n-- {
		keep = keep[:n-1]
	}
	if len(keep) == 0 {
		a.Paragraphs = keep
		return
	}
	// "Jakarta -" printed apart from the paragraph it opens
	if len(keep) > 1 && len(keep[0].Text) < 60 {
		if li, ok := parseLeadIn(keep[0].Text + " " + keep[1].Text); ok && li.n >= len(keep[0].Text) {
			keep[1].Text = keep[0].Text + " " + keep[1].Text
			keep = keep[1:]
		}
	}
	if li, ok := parseLeadIn(keep[0].Text); ok {
		keep[0].Text = strings.TrimSpace(keep[0].Text[li.n:])
		if li.city != "" {
			a.Dateline = cityName(li.city)
		}
		if li.outlet != "" {
			a.Outlet = li.outlet
		}
	}
	paras := make([]string, len(keep))
	for i, p := range keep {
		paras[i] = p.Text
	}
	tp.cleanLast(paras)
	tp.cutRelatedParens(paras)
	// a last line of one to four capitalized words: the outlet credited
	// as the source ("ANTARA") or the writer, as Tempo prints its
	// reporter's name under the body ("DINI TEJA")
	if n := len(paras); n > 1 && isCapsLine(paras[n-1]) {
		if _, isOutlet := outletName(paras[n-1]); !isOutlet && len(a.Authors) == 0 && len(strings.Fields(paras[n-1])) >= 2 {
			a.Authors = []string{titleWords(paras[n-1])}
		}
		paras[n-1] = ""
	}
	a.Paragraphs = a.Paragraphs[:0]
	heading := ""
	for i, p := range keep {
		text := paras[i]
		if text == "" {
			continue
		}
		if p.Heading != "" {
			heading = p.Heading // a marked-up subheading
		}
		// a subheading printed as a short line of its own, as the page
		// stage reads it: after a finished sentence, before a paragraph
		if i > 0 && i+1 < len(keep) && isHeading(text) && !isHeading(paras[i+1]) {
			if prev := paras[i-1]; endsSentence(prev) && !strings.HasSuffix(prev, ":") {
				heading = text
				continue
			}
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: text, Heading: heading})
	}
}

// isCapsLine reports whether s is one to four words in capital letters
// and nothing else.
func isCapsLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleWords writes each word of an upper-case name with only its first
// letter capital.
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

// creditedCaption reads a caption printed as a body paragraph with its
// credit after "Foto:" ("Taylor Swift memberikan standing ovation. Foto:
// Grammy").
func creditedCaption(line string) (Image, bool) {
	for _, l := range []string{" Foto: ", " FOTO: ", " Foto : "} {
		i := strings.LastIndex(line, l)
		if i <= 0 {
			continue
		}
		credit := strings.TrimSpace(line[i+len(l):])
		if n := len(strings.Fields(credit)); n == 0 || n > 5 || len(strings.Fields(line[:i])) > 45 {
			return Image{}, false
		}
		return Image{Caption: strings.TrimSpace(line[:i]), Credit: credit}, true
	}
	return Image{}, false
}

// isFurniture reports whether a heading or caption is page furniture
// rather than part of the article.
func isFurniture(s string) bool {
	if _, ok := hasMarker(s, skipMarkers); ok {
		return true
	}
	if _, ok := hasMarker(s, trailerMarkers); ok {
		return true
	}
	_, ok := hasMarker(s, []string{"jangan lewatkan", "read also", "also read", "read more", "terkait", "baca"})
	return ok
}

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

// ldString returns v as a string: a string itself, or the @value or name
// of an object. Character references left in the JSON by the page's
// templates ("&quot;", "&#039;") are decoded.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(v))
	case map[string]any:
		for _, k := range []string{"@value", "name"} {
			if s, ok := v[k].(string); ok {
				return strings.TrimSpace(html.UnescapeString(s))
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
	if v == "" || !strings.Contains(v, " ") && strings.Count(v, ".") > 1 {
		// no name, or a host name ("lifestyle.okezone.com"): the site's
		// domain ("okezone.com")
		if u, err := url.Parse(pg.address()); err == nil && u.Host != "" && v == "" {
			v = siteDomain(u.Hostname())
		} else if v != "" {
			v = siteDomain(v)
		}
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

// address returns the page's own address: its canonical link, og:url or
// microdata url, else the Parser's URL.
func (pg *htmlPage) address() string {
	if pg.canonical != "" {
		return pg.canonical
	}
	if v := pg.metaValue("og:url"); v != "" {
		return v
	}
	if n := pg.micro["url"]; n != nil && attr(n, "href") != "" {
		return attr(n, "href")
	}
	return pg.p.URL
}

// siteDomain reduces a host name to the site's domain:
// "regional.kompas.com" to "kompas.com", "www.republika.co.id" to
// "republika.co.id".
func siteDomain(host string) string {
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
	keep := 2
	if n := len(labels); n >= 3 {
		switch labels[n-2] {
		case "co", "or", "ac", "go", "com", "net", "web", "sch", "my", "gov", "edu":
			keep = 3 // co.id, com.my
		}
	}
	if len(labels) <= keep {
		return strings.Join(labels, ".")
	}
	return strings.Join(labels[len(labels)-keep:], ".")
}

// urlDate reads the publish date from an article address whose path holds
// /YYYY/MM/DD/, as most Indonesian outlets' addresses do.
func urlDate(address string) (time.Time, bool) {
	u, err := url.Parse(address)
	if err != nil {
		return time.Time{}, false
	}
	parts := strings.Split(u.Path, "/")
	num := func(s string, n int) int {
		if len(s) != n {
			return -1
		}
		v := 0
		for i := 0; i < len(s); i++ {
			if !isDigitASCII(s[i]) {
				return -1
			}
			v = v*10 + int(s[i]-'0')
		}
		return v
	}
	for i := 0; i+2 < len(parts); i++ {
		y, m, d := num(parts[i], 4), num(parts[i+1], 2), num(parts[i+2], 2)
		if y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, zoneWIB)
			if t.Day() == d {
				return t, true
			}
		}
	}
	return time.Time{}, false
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
	return pg.breadcrumb()
}

// breadcrumb returns the last entry of the page's breadcrumb trail ("Home
// > News > Regional" gives "Regional"), leaving out the article's own
// title when the trail ends with it.
func (pg *htmlPage) breadcrumb() string {
	var trail *html.Node
	eachElement(pg.root, func(n *html.Node) bool {
		if trail != nil || skipTag(n) {
			return false
		}
		if strings.Contains(attr(n, "itemtype"), "BreadcrumbList") || slices.Contains(classTokens(n), "breadcrumb") || slices.Contains(classTokens(n), "breadcrumbs") {
			trail = n
			return false
		}
		return true
	})
	if trail == nil {
		return ""
	}
	var items []string
	eachElement(trail, func(n *html.Node) bool {
		if n.DataAtom == atom.A || n.DataAtom == atom.Li && !hasElement(n, atom.A) {
			if t := cleanText(nodeText(n)); t != "" {
				items = append(items, t)
			}
			return false
		}
		return true
	})
	for i := len(items) - 1; i >= 1; i-- { // the first entry is the home page
		t := items[i]
		if len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, "./:") {
			return t
		}
	}
	return ""
}

// hasElement reports whether an element of type a is below n.
func hasElement(n *html.Node, a atom.Atom) bool {
	found := false
	eachElement(n, func(c *html.Node) bool {
		found = found || c.DataAtom == a
		return !found
	})
	return found
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
	cands = append(cands, pg.times...)
	for _, c := range cands {
		if t, ok := parseMetaTime(c); ok {
			// a date without a clock time may be made precise by the
			// publish line printed on the page (pageText)
			pg.dateOnly = len(strings.TrimSpace(c)) == len("2006-01-02")
			return t
		}
	}
	return time.Time{}
}

// urlPublished reads the publish date from the page's address, for a
// page that gives no publish time anywhere else.
func (pg *htmlPage) urlPublished(a *Article) {
	if a.Published.IsZero() {
		if t, ok := urlDate(pg.address()); ok {
			a.Published = t
		}
	}
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
	return utf8.RuneCountInString(name) >= 2
}

// tags returns the page's keywords.
func (pg *htmlPage) tags(title string) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(title): true}
	add := func(list []string) {
		if looksLikeSentence(list) {
			return
		}
		for _, t := range list {
			t = strings.TrimLeft(t, "#")
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

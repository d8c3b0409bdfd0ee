package berita

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
			inline := isInline(c)
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
	"embed": true, "video": true, "polling": true, "rating": true, "reaction": true,
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
	f.emit = func(r textRun) {
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
				pg.addScore(g, w*0.5)
			}
		}
	}
	f.walk(body, body, false, 0)

	var best *html.Node
	bestScore := 0.0
	for n, st := range pg.stats {
		if st.score == 0 || n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			continue
		}
		s := st.score
		if st.text > 0 {
			s *= 1 - float64(st.links)/float64(st.text)
		}
		s *= classWeight(n)
		if s > bestScore || s == bestScore && best != nil && before(n, best) {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	return best
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

// before reports whether a comes before b in document order.
func before(a, b *html.Node) bool {
	pa, pb := ancestors(a), ancestors(b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == len(pa) || i == len(pb) {
		return len(pa) < len(pb) // an ancestor comes first
	}
	for c := pa[i]; c != nil; c = c.NextSibling {
		if c == pb[i] {
			return true
		}
	}
	return false
}

// ancestors returns the path from the root down to n.
func ancestors(n *html.Node) []*html.Node {
	var path []*html.Node
	for ; n != nil; n = n.Parent {
		path = append(path, n)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
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
		if skipTag(n) {
			return false
		}
		if isJunk(n) && pg.stats[n].text*2 < total {
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

// leadImages collects the captioned photos that sit in region after the
// headline and before the body container.
func (pg *htmlPage) leadImages(a *Article, region, body *html.Node) {
	seenHeadline := false
	eachElement(region, func(n *html.Node) bool {
		if n == body {
			return false
		}
		if n == pg.headline {
			seenHeadline = true
			return false
		}
		if skipTag(n) || !seenHeadline && !isAncestor(n, pg.headline) {
			return !skipTag(n) && isAncestor(n, pg.headline)
		}
		if isAncestor(n, body) {
			return true
		}
		if isJunk(n) {
			return false
		}
		if n.DataAtom == atom.Figure {
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
	"source": true, "sumber": true, "author": true, "foto": true, "fotografer": true,
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
	if !isCaption {
		return Image{}, false
	}
	return splitCaption(n)
}

// splitCaption reads a caption element: the text of an element inside it
// marked as the credit is the credit, the rest the caption.
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
	im := Image{}
	if credit != nil {
		im.Credit = cleanText(nodeText(credit))
		var sb strings.Builder
		var walk func(c *html.Node, depth int)
		walk = func(c *html.Node, depth int) {
			if c == credit || depth > maxDepth {
				return
			}
			if c.Type == html.TextNode {
				sb.WriteString(c.Data)
			}
			if c.Type == html.ElementNode && skipTag(c) {
				return
			}
			for d := c.FirstChild; d != nil; d = d.NextSibling {
				walk(d, depth+1)
			}
		}
		walk(n, 0)
		im.Caption = cleanText(sb.String())
	} else {
		im.Caption = cleanText(nodeText(n))
	}
	if im.Caption == "" {
		return Image{}, false
	}
	return im, true
}

// related returns the titles listed in the page's related-article boxes
// ("Baca juga", "Berita Terkait", "Related").
func (pg *htmlPage) related(title string) []string {
	var out []string
	seen := map[string]bool{title: true}
	eachElement(pg.root, func(n *html.Node) bool {
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head {
			return false
		}
		if !isRelatedBox(n) {
			return true
		}
		eachElement(n, func(c *html.Node) bool {
			if c.DataAtom != atom.A {
				return true
			}
			t := cleanText(nodeText(c))
			if strings.Count(t, " ") >= 2 && len(t) >= 15 && !seen[t] && len(out) < 30 {
				seen[t] = true
				out = append(out, t)
			}
			return false
		})
		return false
	})
	return out
}

// isRelatedBox reports whether n is a box of related-article links.
func isRelatedBox(n *html.Node) bool {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range []string{"related", "terkait", "bacajuga", "baca-juga", "baca_juga", "readalso", "read-also"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// cleanHTMLBody drops page furniture the markup did not mark: "Baca juga"
// lines, ad labels, footers with the editor's name.
func cleanHTMLBody(a *Article) {
	out := a.Paragraphs[:0]
	for _, p := range a.Paragraphs {
		if !isFurniture(p.Text) {
			out = append(out, p)
		}
	}
	a.Paragraphs = out
}

// isFurniture reports whether a line of text is page furniture rather
// than article text.
func isFurniture(s string) bool {
	lower := strings.ToLower(s)
	for _, p := range []string{"baca juga", "baca:", "simak juga", "lihat juga", "saksikan juga",
		"tonton juga", "simak video", "read also", "also read", "read more", "advertisement",
		"scroll to continue", "editor:", "editor :", "pewarta:", "pewarta :", "copyright", "©",
		"[gambas:", "tags:", "tag:", "berita terkait", "artikel terkait", "terkait:", "jangan lewatkan",
		"berita lainnya", "terpopuler", "komentar", "rekomendasi"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

package berita

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// looksLikeHTML reports whether b is an HTML document rather than plain text.
func looksLikeHTML(b []byte) bool {
	head := bytes.TrimSpace(b[:min(len(b), 1024)])
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	lower := bytes.ToLower(head)
	for _, tag := range [][]byte{[]byte("<html"), []byte("<!doctype html"), []byte("<head"), []byte("<meta"), []byte("<?xml")} {
		if bytes.Contains(lower, tag) {
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
	// micro holds the first element carrying each itemprop (lower case).
	micro map[string]*html.Node
	// times holds <time> elements' datetime attributes, in page order.
	times []string
	// stats holds each element's text length and link text length, for
	// scoring.
	stats map[*html.Node]textStats
}

type textStats struct {
	text, links int
	score       float64
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
	a.Outlet = pg.outlet()
	a.Title = pg.findTitle(a.Outlet)
	a.Section = pg.section()
	a.Published = pg.published()
	a.Authors = pg.authors(a.Outlet)
	a.Tags = pg.tags(a.Title)
	if hint := pg.langHint(); hint != "" {
		a.Language = parseLangHint(hint)
	}
	body := pg.container()
	if body != nil {
		pg.extract(a, body)
	}
	a.Related = pg.related(a.Title)
	cleanHTMLBody(a)
	return a
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
				if n != nodeRoot(n, depth) {
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

// nodeRoot returns n when depth is 0: nodeText reads a <script> only when
// it is the node asked for (JSON-LD), never one nested inside it.
func nodeRoot(n *html.Node, depth int) *html.Node {
	if depth == 0 {
		return n
	}
	return nil
}

// cleanText makes text taken from a page fit for the Article: valid NFC
// UTF-8 without zero-width characters, with each run of white space
// (including no-break spaces from &nbsp;) folded to one space.
func cleanText(s string) string {
	return foldSpace(normalize([]byte(s)))
}

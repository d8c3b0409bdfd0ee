package berita

import (
	"time"

	"golang.org/x/text/language"
)

// An Article is what Parse finds in one news page.
//
// Every item found inside the text (a quote, an entity mention, a date)
// carries a [Span] that points back into the field it came from, so that
// the field's text[Start:End] is exactly the item's text.
type Article struct {
	// Language is the language of the body, detected from its words:
	// "id" for Indonesian, "en" for English, "ms" for Malay. A page's
	// declared language (<html lang>, metadata) only decides when the text
	// is too short to tell. Stages run after detection and read this
	// field: rules that hold only for Indonesian (its reporting verbs,
	// weekday names, dateline and byline forms) must check it (see
	// isIndonesian) rather than apply to English or Malay text blindly.
	Language language.Tag `json:"language"`
	// Section is the rubric printed above the title ("Internasional").
	Section string `json:"section,omitempty"`
	Title   string `json:"title"`
	// Authors are the writers named in the byline, in order, without roles,
	// the outlet or dates. Editors and wire agencies are not authors.
	Authors []string `json:"authors"`
	// Outlet is the publication as it names itself in prose ("Kompas.com").
	Outlet string `json:"outlet,omitempty"`
	// Published is the publish time; it is the zero Time (and left out of
	// JSON) when the page does not give one.
	Published time.Time `json:"published,omitzero"`
	// Dateline is the city of the opening dateline ("Jakarta").
	Dateline   string      `json:"dateline,omitempty"`
	Images     []Image     `json:"images"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Quotes     []Quote     `json:"quotes"`
	Entities   []Entity    `json:"entities"`
	Dates      []Date      `json:"dates"`
	Tags       []string    `json:"tags"`
	// Related holds the titles of related or next articles listed on the page.
	Related []string `json:"related"`
}

// An Image is a photo on the page, with its caption and photo credit.
type Image struct {
	Caption string `json:"caption"`
	Credit  string `json:"credit,omitempty"`
}

// A Paragraph is one paragraph of the article body.
type Paragraph struct {
	Text string `json:"text"`
	// Heading is the subheading the paragraph falls under, if any.
	Heading string `json:"heading,omitempty"`
}

// Field names the Article field a [Span] points into.
type Field string

// The fields a Span can point into.
const (
	FieldTitle     Field = "title"
	FieldParagraph Field = "paragraph"
	FieldCaption   Field = "caption"
)

// A Span locates a stretch of text: Start and End are byte offsets into the
// text of one field (Article.Title, Article.Paragraphs[Index].Text or
// Article.Images[Index].Caption), End exclusive.
type Span struct {
	Field Field `json:"field"`
	Index int   `json:"index"`
	Start int   `json:"start"`
	End   int   `json:"end"`
}

// QuoteKind tells a whole quoted sentence from a quoted fragment.
type QuoteKind string

// The kinds of quote.
const (
	// Direct is a whole sentence or more of quoted speech.
	Direct QuoteKind = "direct"
	// Partial is a quoted fragment inside the reporter's own sentence.
	Partial QuoteKind = "partial"
)

// A Quote is a stretch of quoted speech or writing.
type Quote struct {
	// Text is the quoted text without its quotation marks.
	Text string `json:"text"`
	// Speaker is the Name of the Entity who said it, or "" when the text
	// does not say.
	Speaker string `json:"speaker"`
	// Cue is the reporting verb ("kata", "ujarnya") or "menurut".
	Cue  string    `json:"cue,omitempty"`
	Kind QuoteKind `json:"kind"`
	At   Span      `json:"at"`
}

// EntityType is the kind of thing an Entity names.
type EntityType string

// The entity types.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Location     EntityType = "location"
)

// An Entity is one real-world person, organization or place named in the
// article, however many forms the article uses for it.
type Entity struct {
	// Name is the fullest proper name the article uses, in standard
	// Indonesian spelling ("Korea Utara", "Vladimir Putin").
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Aliases are the other forms of the name: short names, acronyms,
	// misspellings, case variants and well-known forms in other languages.
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// A Mention is one place in the text where an Entity is named.
type Mention struct {
	Text string `json:"text"`
	At   Span   `json:"at"`
}

// Granularity is the precision of a Date's value.
type Granularity string

// The granularities of a Date.
const (
	Second   Granularity = "second"
	Minute   Granularity = "minute"
	Hour     Granularity = "hour"
	Day      Granularity = "day"
	Week     Granularity = "week"
	Month    Granularity = "month"
	Quarter  Granularity = "quarter"
	Year     Granularity = "year"
	Interval Granularity = "interval"
	Duration Granularity = "duration"
)

// A Date is a temporal expression found in the text.
type Date struct {
	// Text is the expression as written ("Jumat (15/8/2025)", "dua hari lalu").
	Text string `json:"text"`
	// Value is the resolved value in ISO 8601 at the expression's own
	// precision: "2025-08-14", "2025-04", "2025-Q2", "2025-W32",
	// "2025-08-15T13:12+07:00", an interval "2025-08-01/2025-08-03", or a
	// duration "P3Y". It is "" when a relative expression cannot be resolved
	// because neither a publish time nor a reference time is known.
	Value       string      `json:"value"`
	Granularity Granularity `json:"granularity"`
	// Start and End bound the instants the value covers, End exclusive; both
	// are zero when Value is empty or a duration.
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	At    Span      `json:"at"`
}

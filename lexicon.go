package berita

import "time"

// Month and weekday names as Indonesian and English news pages print them,
// keyed in lower case: full names, the usual abbreviations and the older
// Indonesian spellings (Pebruari, Nopember, Agt, Mrt). Sources: KBBI month
// names, the CLDR "id" and "en" calendars, and the forms seen in outlets'
// date lines.
var monthNames = map[string]time.Month{
	"januari": time.January, "jan": time.January, "january": time.January,
	"februari": time.February, "pebruari": time.February, "feb": time.February, "peb": time.February, "february": time.February,
	"maret": time.March, "mar": time.March, "mrt": time.March, "march": time.March,
	"april": time.April, "apr": time.April,
	"mei": time.May, "may": time.May,
	"juni": time.June, "jun": time.June, "june": time.June,
	"juli": time.July, "jul": time.July, "july": time.July,
	"agustus": time.August, "agu": time.August, "agt": time.August, "ags": time.August, "agus": time.August, "aug": time.August, "august": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"oktober": time.October, "okt": time.October, "oct": time.October, "october": time.October,
	"november": time.November, "nov": time.November, "nop": time.November, "nopember": time.November,
	"desember": time.December, "des": time.December, "dec": time.December, "december": time.December,
}

// weekdayNames maps Indonesian and English weekday names, lower case, with
// the common variant spellings (Jum'at, Ahad, Minggu).
var weekdayNames = map[string]time.Weekday{
	"senin": time.Monday, "selasa": time.Tuesday, "rabu": time.Wednesday,
	"kamis": time.Thursday, "jumat": time.Friday, "jum'at": time.Friday, "jum’at": time.Friday,
	"sabtu": time.Saturday, "minggu": time.Sunday, "ahad": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

// Indonesian time zones: Western (WIB), Central (WITA) and Eastern (WIT).
var (
	zoneWIB  = time.FixedZone("WIB", 7*3600)
	zoneWITA = time.FixedZone("WITA", 8*3600)
	zoneWIT  = time.FixedZone("WIT", 9*3600)
)

// zoneNames maps the zone abbreviations printed after clock times.
var zoneNames = map[string]*time.Location{
	"wib": zoneWIB, "wita": zoneWITA, "wit": zoneWIT,
}

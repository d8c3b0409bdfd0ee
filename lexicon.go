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

// A holidayDate is the date a movable holiday fell or falls on in
// Indonesia, with its Hijri year where it has one.
type holidayDate struct {
	hijri   int
	y, m, d int
}

// Movable holidays as set by the Indonesian government's joint decree on
// national holidays (SKB 3 Menteri) and the Ministry of Religious Affairs'
// isbat sessions.
var (
	idulFitriDates = []holidayDate{
		{1436, 2015, 7, 17}, {1437, 2016, 7, 6}, {1438, 2017, 6, 25}, {1439, 2018, 6, 15},
		{1440, 2019, 6, 5}, {1441, 2020, 5, 24}, {1442, 2021, 5, 13}, {1443, 2022, 5, 2},
		{1444, 2023, 4, 22}, {1445, 2024, 4, 10}, {1446, 2025, 3, 31}, {1447, 2026, 3, 20},
	}
	idulAdhaDates = []holidayDate{
		{1436, 2015, 9, 24}, {1437, 2016, 9, 12}, {1438, 2017, 9, 1}, {1439, 2018, 8, 22},
		{1440, 2019, 8, 11}, {1441, 2020, 7, 31}, {1442, 2021, 7, 20}, {1443, 2022, 7, 10},
		{1444, 2023, 6, 29}, {1445, 2024, 6, 17}, {1446, 2025, 6, 6}, {1447, 2026, 5, 27},
	}
	muharramDates = []holidayDate{
		{1437, 2015, 10, 14}, {1438, 2016, 10, 2}, {1439, 2017, 9, 21}, {1440, 2018, 9, 11},
		{1441, 2019, 9, 1}, {1442, 2020, 8, 20}, {1443, 2021, 8, 10}, {1444, 2022, 7, 30},
		{1445, 2023, 7, 19}, {1446, 2024, 7, 7}, {1447, 2025, 6, 27}, {1448, 2026, 6, 16},
	}
	ramadanDates = []holidayDate{
		{1436, 2015, 6, 18}, {1437, 2016, 6, 6}, {1438, 2017, 5, 27}, {1439, 2018, 5, 17},
		{1440, 2019, 5, 6}, {1441, 2020, 4, 24}, {1442, 2021, 4, 13}, {1443, 2022, 4, 3},
		{1444, 2023, 3, 23}, {1445, 2024, 3, 12}, {1446, 2025, 3, 1}, {1447, 2026, 2, 19},
	}
	nyepiDates = []holidayDate{
		{0, 2015, 3, 21}, {0, 2016, 3, 9}, {0, 2017, 3, 28}, {0, 2018, 3, 17},
		{0, 2019, 3, 7}, {0, 2020, 3, 25}, {0, 2021, 3, 14}, {0, 2022, 3, 3},
		{0, 2023, 3, 22}, {0, 2024, 3, 11}, {0, 2025, 3, 29}, {0, 2026, 3, 19},
	}
	maulidDates = []holidayDate{
		{1444, 2022, 10, 8}, {1445, 2023, 9, 28}, {1446, 2024, 9, 16}, {1447, 2025, 9, 5},
	}
	israMirajDates = []holidayDate{
		{1444, 2023, 2, 18}, {1445, 2024, 2, 8}, {1446, 2025, 1, 27}, {1447, 2026, 1, 16},
	}
	waisakDates = []holidayDate{
		{0, 2022, 5, 16}, {0, 2023, 6, 4}, {0, 2024, 5, 23}, {0, 2025, 5, 12},
	}
	goodFridayDates = []holidayDate{
		{0, 2022, 4, 15}, {0, 2023, 4, 7}, {0, 2024, 3, 29}, {0, 2025, 4, 18}, {0, 2026, 4, 3},
	}
	easterDates = []holidayDate{
		{0, 2022, 4, 17}, {0, 2023, 4, 9}, {0, 2024, 3, 31}, {0, 2025, 4, 20}, {0, 2026, 4, 5},
	}
	ascensionDates = []holidayDate{
		{0, 2022, 5, 26}, {0, 2023, 5, 18}, {0, 2024, 5, 9}, {0, 2025, 5, 29}, {0, 2026, 5, 14},
	}
	imlekDates = []holidayDate{
		{0, 2015, 2, 19}, {0, 2016, 2, 8}, {0, 2017, 1, 28}, {0, 2018, 2, 16},
		{0, 2019, 2, 5}, {0, 2020, 1, 25}, {0, 2021, 2, 12}, {0, 2022, 2, 1},
		{0, 2023, 1, 22}, {0, 2024, 2, 10}, {0, 2025, 1, 29}, {0, 2026, 2, 17},
	}
)

// A holiday is a named day: fixed (month and day) or looked up in a table.
// Ramadan is the interval from its first day to the day before Idul Fitri.
type holiday struct {
	words           []string // lower case, in order
	month, day      int
	eve             bool // the day before the named year starts ("malam Tahun Baru 2026")
	table, endTable *[]holidayDate
}

// holidays lists the names of Indonesian national days and holidays,
// longer names first. Source: Keppres on national days and the SKB on
// national holidays.
var holidays = []holiday{
	{words: []string{"hari", "raya", "idul", "fitri"}, table: &idulFitriDates},
	{words: []string{"hari", "raya", "idulfitri"}, table: &idulFitriDates},
	{words: []string{"hari", "raya", "idul", "adha"}, table: &idulAdhaDates},
	{words: []string{"hari", "raya", "iduladha"}, table: &idulAdhaDates},
	{words: []string{"hari", "raya", "nyepi"}, table: &nyepiDates},
	{words: []string{"lebaran", "haji"}, table: &idulAdhaDates},
	{words: []string{"hari", "raya", "kurban"}, table: &idulAdhaDates},
	{words: []string{"hari", "raya", "qurban"}, table: &idulAdhaDates},
	{words: []string{"idul", "kurban"}, table: &idulAdhaDates},
	{words: []string{"bulan", "puasa"}, table: &ramadanDates, endTable: &idulFitriDates},
	{words: []string{"idul", "fitri"}, table: &idulFitriDates},
	{words: []string{"idulfitri"}, table: &idulFitriDates},
	{words: []string{"lebaran"}, table: &idulFitriDates},
	{words: []string{"idul", "adha"}, table: &idulAdhaDates},
	{words: []string{"iduladha"}, table: &idulAdhaDates},
	{words: []string{"tahun", "baru", "islam"}, table: &muharramDates},
	{words: []string{"tahun", "baru", "hijriah"}, table: &muharramDates},
	{words: []string{"tahun", "baru", "imlek"}, table: &imlekDates},
	{words: []string{"imlek"}, table: &imlekDates},
	{words: []string{"nyepi"}, table: &nyepiDates},
	{words: []string{"bulan", "ramadan"}, table: &ramadanDates, endTable: &idulFitriDates},
	{words: []string{"bulan", "ramadhan"}, table: &ramadanDates, endTable: &idulFitriDates},
	{words: []string{"ramadan"}, table: &ramadanDates, endTable: &idulFitriDates},
	{words: []string{"ramadhan"}, table: &ramadanDates, endTable: &idulFitriDates},
	{words: []string{"1", "syawal"}, table: &idulFitriDates},
	{words: []string{"1", "muharram"}, table: &muharramDates},
	{words: []string{"1", "muharam"}, table: &muharramDates},
	{words: []string{"maulid", "nabi"}, table: &maulidDates},
	{words: []string{"isra", "miraj"}, table: &israMirajDates},
	{words: []string{"isra", "mi'raj"}, table: &israMirajDates},
	{words: []string{"isra", "mi’raj"}, table: &israMirajDates},
	{words: []string{"hari", "raya", "waisak"}, table: &waisakDates},
	{words: []string{"waisak"}, table: &waisakDates},
	{words: []string{"jumat", "agung"}, table: &goodFridayDates},
	{words: []string{"paskah"}, table: &easterDates},
	{words: []string{"hari", "paskah"}, table: &easterDates},
	{words: []string{"kenaikan", "isa", "almasih"}, table: &ascensionDates},
	{words: []string{"kenaikan", "yesus", "kristus"}, table: &ascensionDates},
	{words: []string{"malam", "tahun", "baru"}, month: 12, day: 31, eve: true},
	{words: []string{"tahun", "baru"}, month: 1, day: 1},
	{words: []string{"agustusan"}, month: 8, day: 17},
	{words: []string{"natal"}, month: 12, day: 25},
	{words: []string{"hari", "natal"}, month: 12, day: 25},
	{words: []string{"hari", "raya", "natal"}, month: 12, day: 25},
	{words: []string{"hari", "kemerdekaan"}, month: 8, day: 17},
	{words: []string{"hari", "proklamasi"}, month: 8, day: 17},
	{words: []string{"hari", "pahlawan"}, month: 11, day: 10},
	{words: []string{"hari", "kartini"}, month: 4, day: 21},
	{words: []string{"hari", "buruh"}, month: 5, day: 1},
	{words: []string{"hari", "pendidikan", "nasional"}, month: 5, day: 2},
	{words: []string{"hari", "kebangkitan", "nasional"}, month: 5, day: 20},
	{words: []string{"hari", "lahir", "pancasila"}, month: 6, day: 1},
	{words: []string{"hari", "kesaktian", "pancasila"}, month: 10, day: 1},
	{words: []string{"hari", "sumpah", "pemuda"}, month: 10, day: 28},
	{words: []string{"hari", "ibu"}, month: 12, day: 22},
	{words: []string{"hari", "guru", "nasional"}, month: 11, day: 25},
	{words: []string{"hari", "santri"}, month: 10, day: 22},
	{words: []string{"hari", "batik", "nasional"}, month: 10, day: 2},
	{words: []string{"hari", "anak", "nasional"}, month: 7, day: 23},
	{words: []string{"hari", "bhayangkara"}, month: 7, day: 1},
}

// An anniversary is the founding date of a body whose anniversaries the
// news counts ("HUT RI ke-80", "HUT TNI ke-80").
type anniversary struct {
	org     string
	y, m, d int
}

var anniversaries = []anniversary{
	{"ri", 1945, 8, 17}, {"kemerdekaan", 1945, 8, 17}, {"tni", 1945, 10, 5},
	{"bhayangkara", 1946, 7, 1}, {"polri", 1946, 7, 1}, {"jakarta", 1527, 6, 22}, {"dki", 1527, 6, 22},
}

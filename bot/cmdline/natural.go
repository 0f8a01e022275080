package cmdline

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Direction says which way a phrase that names no year or week looks: a
// due date lies ahead, a meeting's date behind.
type Direction int

// The directions.
const (
	// Ahead reads "Freitag" as the coming Friday and "15.3." as the next
	// 15 March, and refuses phrases that look back ("letzten Freitag").
	Ahead Direction = iota
	// Back reads "Freitag" as the last Friday up to today and "15.3." as
	// the last 15 March up to today.
	Back
)

// ambiguousDays is how recently a day without a year may have passed for
// Ahead to refuse it as ambiguous: "30.11." on 2 December may be a due
// date that passed two days ago or one a year ahead.
const ambiguousDays = 90

// Spelled is a day in a refusal that the user may type instead: the chat
// layer writes it as typed (15.01.2027), a Date with its weekday.
type Spelled Date

// ambiguous is the refusal of a phrase that may mean a or b; it suggests
// b, the later.
func ambiguous(a, b Date) error { return fail("err.date_ambiguous", a, b, Spelled(b)) }

// errNotDate says a text is no date phrase at all.
var errNotDate = errors.New("not a date phrase")

// naturalDate reads a date phrase in German or English relative to today
// (see ParseDay for the forms). It returns errNotDate for a text that is
// no date phrase, and an *Error for a phrase that names no single day
// ahead: err.date_ambiguous (phrase, both candidate days, the later
// Spelled) or, Ahead, err.date_past_phrase (phrase, the day it would be,
// Spelled).
func naturalDate(text string, today Date, dir Direction) (Date, error) {
	s := normalise(text)
	for _, read := range []func(string, Date, Direction) (Date, error){
		readRelativeDay, readPeriodEnd, readOffset, readWeekday, readWeek, readMonthPart, readDayMonth,
	} {
		d, err := read(s, today, dir)
		if !errors.Is(err, errNotDate) {
			if e, ok := errors.AsType[*Error](err); ok {
				e.Args = append([]any{text}, e.Args...)
			}
			return d, err
		}
	}
	return Date{}, errNotDate
}

// fillers are the words a date phrase may start with: "bis 15.3.", "am
// Freitag", "by Friday".
var fillers = []string{"bis zum", "bis", "spätestens", "spaetestens", "am", "zum", "by the", "by", "until the", "until", "till", "on the", "on", "due"}

// normalise lower-cases s, joins its words with single spaces and drops a
// leading filler word.
func normalise(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	for _, f := range fillers {
		if rest, ok := strings.CutPrefix(s, f+" "); ok {
			return rest
		}
	}
	return s
}

// relativeDays are the days named relative to today.
var relativeDays = map[string]int{
	"heute": 0, "today": 0,
	"morgen": 1, "tomorrow": 1,
	"übermorgen": 2, "uebermorgen": 2, "day after tomorrow": 2,
	"gestern": -1, "yesterday": -1,
	"vorgestern": -2, "day before yesterday": -2,
}

func readRelativeDay(s string, today Date, dir Direction) (Date, error) {
	n, ok := relativeDays[s]
	if !ok {
		return Date{}, errNotDate
	}
	return lookingBack(today.AddDays(n), n < 0, dir)
}

// lookingBack refuses, for Ahead, a day that a phrase names as past.
func lookingBack(d Date, past bool, dir Direction) (Date, error) {
	if past && dir == Ahead {
		return Date{}, fail("err.date_past_phrase", d, Spelled(d))
	}
	return d, nil
}

// The periods whose end a phrase may name.
const (
	thisWeek = iota
	nextWeek
	thisMonth
	nextMonth
	thisYear
)

// periodEnds are the phrases for the end of a week (its Friday), a month
// or a year.
var periodEnds = map[string]int{
	"ende der woche": thisWeek, "ende dieser woche": thisWeek, "diese woche": thisWeek, "wochenende": thisWeek,
	"end of the week": thisWeek, "end of this week": thisWeek, "this week": thisWeek,
	"nächste woche": nextWeek, "naechste woche": nextWeek, "ende nächster woche": nextWeek, "ende der nächsten woche": nextWeek,
	"next week": nextWeek, "end of next week": nextWeek,
	"ende des monats": thisMonth, "monatsende": thisMonth, "ende dieses monats": thisMonth,
	"end of the month": thisMonth, "end of this month": thisMonth,
	"ende nächsten monats": nextMonth, "ende des nächsten monats": nextMonth, "end of next month": nextMonth,
	"ende des jahres": thisYear, "jahresende": thisYear, "ende dieses jahres": thisYear,
	"end of the year": thisYear, "end of this year": thisYear,
}

// readPeriodEnd reads "Ende der Woche" and "nächste Woche" (that week's
// Friday), "Monatsende", "Ende nächsten Monats" and "Jahresende". A
// week's Friday that has passed (said at the weekend) looks back.
func readPeriodEnd(s string, today Date, dir Direction) (Date, error) {
	p, ok := periodEnds[s]
	if !ok {
		return Date{}, errNotDate
	}
	friday := today.AddDays(isoDay(time.Friday) - isoDay(today.Weekday()))
	switch p {
	case thisWeek:
		return lookingBack(friday, friday.Before(today), dir)
	case nextWeek:
		return friday.AddDays(7), nil
	case thisMonth:
		return Date{today.Year, today.Month, 1}.AddMonths(1).AddDays(-1), nil
	case nextMonth:
		return Date{today.Year, today.Month, 1}.AddMonths(2).AddDays(-1), nil
	}
	return Date{today.Year, time.December, 31}, nil
}

var (
	offsetAhead = regexp.MustCompile(`^in (\S+) (\S+)$`)
	offsetAgo   = regexp.MustCompile(`^(\S+) (\S+) ago$`)
	offsetVor   = regexp.MustCompile(`^vor (\S+) (\S+)$`)
)

// numberWords are the counts written as words.
var numberWords = map[string]int{
	"ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "a": 1, "an": 1, "one": 1,
	"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "fuenf": 5, "five": 5,
	"sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8, "neun": 9, "nine": 9,
	"zehn": 10, "ten": 10, "zwölf": 12, "zwoelf": 12, "twelve": 12,
}

// offsetUnits are the units of "in 2 Wochen": days per unit, 0 for months.
var offsetUnits = map[string]int{
	"tag": 1, "tage": 1, "tagen": 1, "day": 1, "days": 1,
	"woche": 7, "wochen": 7, "week": 7, "weeks": 7,
	"monat": 0, "monate": 0, "monaten": 0, "month": 0, "months": 0,
}

// readOffset reads "in 2 Wochen", "in a month", "vor 3 Tagen", "2 weeks ago".
func readOffset(s string, today Date, dir Direction) (Date, error) {
	sign, m := 1, offsetAhead.FindStringSubmatch(s)
	if m == nil {
		sign, m = -1, offsetAgo.FindStringSubmatch(s)
	}
	if m == nil {
		m = offsetVor.FindStringSubmatch(s)
	}
	if m == nil {
		return Date{}, errNotDate
	}
	n, ok := numberWords[m[1]]
	if !ok {
		var err error
		if n, err = strconv.Atoi(m[1]); err != nil || n < 0 || n > 9999 {
			return Date{}, errNotDate
		}
	}
	perUnit, ok := offsetUnits[m[2]]
	if !ok {
		return Date{}, errNotDate
	}
	if perUnit == 0 {
		return lookingBack(today.AddMonths(sign*n), sign < 0, dir)
	}
	return lookingBack(today.AddDays(sign*n*perUnit), sign < 0, dir)
}

// weekdays are the names of the days of the week.
var weekdays = map[string]time.Weekday{
	"montag": time.Monday, "mo": time.Monday, "monday": time.Monday, "mon": time.Monday,
	"dienstag": time.Tuesday, "di": time.Tuesday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"mittwoch": time.Wednesday, "mi": time.Wednesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"donnerstag": time.Thursday, "do": time.Thursday, "thursday": time.Thursday, "thu": time.Thursday,
	"freitag": time.Friday, "fr": time.Friday, "friday": time.Friday, "fri": time.Friday,
	"samstag": time.Saturday, "sonnabend": time.Saturday, "sa": time.Saturday, "saturday": time.Saturday, "sat": time.Saturday,
	"sonntag": time.Sunday, "so": time.Sunday, "sunday": time.Sunday, "sun": time.Sunday,
}

// The qualifiers of a weekday.
const (
	plainDay = iota
	nextDay
	afterNextDay
	thisDay
	lastDay
)

// weekdayQualifiers are the words before a weekday.
var weekdayQualifiers = map[string]int{
	"nächsten": nextDay, "nächster": nextDay, "nächste": nextDay, "naechsten": nextDay, "kommenden": nextDay, "kommender": nextDay,
	"next": nextDay, "coming": nextDay, "this coming": nextDay,
	"übernächsten": afterNextDay, "uebernaechsten": afterNextDay, "übernächster": afterNextDay,
	"diesen": thisDay, "dieser": thisDay, "this": thisDay,
	"letzten": lastDay, "letzter": lastDay, "vergangenen": lastDay, "vorigen": lastDay, "last": lastDay, "previous": lastDay,
}

// readWeekday reads "Freitag", "nächsten Freitag" (the first Friday after
// today), "übernächsten Freitag" (a week later), "diesen Freitag" (in
// this week, Monday to Sunday) and "letzten Freitag" (the last Friday
// before today). A plain weekday is, Ahead, the next such day (refused as
// ambiguous when it is today) and, Back, the last one up to today.
func readWeekday(s string, today Date, dir Direction) (Date, error) {
	q, name := plainDay, s
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		var ok bool
		if q, ok = weekdayQualifiers[s[:i]]; !ok {
			return Date{}, errNotDate
		}
		name = s[i+1:]
	}
	wd, ok := weekdays[strings.TrimSuffix(name, ".")]
	if !ok {
		return Date{}, errNotDate
	}
	ahead := (int(wd) - int(today.Weekday()) + 7) % 7 // 0..6 days to the next such day
	switch q {
	case nextDay:
		return today.AddDays(ahead + 7*b2i(ahead == 0)), nil
	case afterNextDay:
		return today.AddDays(ahead + 7 + 7*b2i(ahead == 0)), nil
	case thisDay:
		d := today.AddDays(isoDay(wd) - isoDay(today.Weekday()))
		return lookingBack(d, d.Before(today), dir)
	case lastDay:
		back := (int(today.Weekday()) - int(wd) + 7) % 7
		return lookingBack(today.AddDays(-back-7*b2i(back == 0)), true, dir)
	}
	if dir == Back {
		return today.AddDays(-(int(today.Weekday()) - int(wd) + 7) % 7), nil
	}
	if ahead == 0 {
		return Date{}, ambiguous(today, today.AddDays(7))
	}
	return today.AddDays(ahead), nil
}

// isoDay numbers the days of the week from Monday (0) to Sunday (6).
func isoDay(wd time.Weekday) int { return (int(wd) + 6) % 7 }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var weekPhrase = regexp.MustCompile(`^(?:kw|kalenderwoche|week|calendar week|wk) ?(\d{1,2})(?:[ /](\d{4}))?$`)

// readWeek reads "KW 12", "KW12 2027", "week 12": the Friday of that ISO
// week, the end of its working week.
func readWeek(s string, today Date, dir Direction) (Date, error) {
	m := weekPhrase.FindStringSubmatch(s)
	if m == nil {
		return Date{}, errNotDate
	}
	week, _ := strconv.Atoi(m[1])
	friday := func(year int) (Date, bool) {
		// 4 January is always in week 1.
		jan4 := Date{year, time.January, 4}
		d := jan4.AddDays(-isoDay(jan4.Weekday()) + 7*(week-1) + 4)
		_, w := d.Start(time.UTC).ISOWeek()
		return d, week >= 1 && w == week
	}
	return pickYear(m[2], today, dir, friday)
}

// months are the names of the months, German and English, with their
// usual abbreviations.
var months = map[string]time.Month{
	"januar": 1, "jänner": 1, "january": 1, "jan": 1,
	"februar": 2, "february": 2, "feb": 2,
	"märz": 3, "maerz": 3, "march": 3, "mär": 3, "mrz": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11,
	"dezember": 12, "december": 12, "dez": 12, "dec": 12,
}

// monthParts are the words for a part of a month, with the day they name
// (0 for the month's last day).
var monthParts = map[string]int{
	"anfang": 1, "beginning of": 1, "start of": 1, "early": 1,
	"mitte": 15, "mid": 15, "middle of": 15, "mid-": 15,
	"ende": 0, "end of": 0, "late": 0,
}

var monthPartPhrase = regexp.MustCompile(`^(anfang|beginning of|start of|early|mitte|mid-|mid|middle of|ende|end of|late) ?([a-zäö]+)\.?(?: (\d{4}))?$`)

// readMonthPart reads "Ende März" (the last day), "Mitte April" (the
// 15th), "Anfang Mai" (the 1st), with an optional year.
func readMonthPart(s string, today Date, dir Direction) (Date, error) {
	m := monthPartPhrase.FindStringSubmatch(s)
	if m == nil {
		return Date{}, errNotDate
	}
	month, ok := months[m[2]]
	if !ok {
		return Date{}, errNotDate
	}
	day := monthParts[m[1]]
	return pickYear(m[3], today, dir, func(year int) (Date, bool) {
		if day == 0 {
			return Date{year, month, 1}.AddMonths(1).AddDays(-1), true
		}
		return Date{year, month, day}, true
	})
}

var (
	dayMonthNumbers = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?$`)
	dayMonthName    = regexp.MustCompile(`^(\d{1,2})\.? ([a-zäö]+)\.?,?(?: (\d{4}))?$`)
	monthNameDay    = regexp.MustCompile(`^([a-zäö]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$`)
)

// readDayMonth reads "15.3.", "15. März", "15 March 2027", "March 15".
func readDayMonth(s string, today Date, dir Direction) (Date, error) {
	var day, year string
	var month time.Month
	if m := dayMonthNumbers.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		day, month = m[1], time.Month(n)
	} else if m := dayMonthName.FindStringSubmatch(s); m != nil {
		day, month, year = m[1], months[m[2]], m[3]
	} else if m := monthNameDay.FindStringSubmatch(s); m != nil {
		day, month, year = m[2], months[m[1]], m[3]
	}
	if day == "" || month < 1 || month > 12 {
		return Date{}, errNotDate
	}
	n, _ := strconv.Atoi(day)
	return pickYear(year, today, dir, func(y int) (Date, bool) {
		d := Date{y, month, n}
		return d, d.Valid()
	})
}

// pickYear returns the day that at names in the year typed or, without
// one, in the year that dir looks to: Ahead the next such day from today
// (refused as ambiguous when this year's passed less than ambiguousDays
// ago), Back the last one up to today. A day that does not exist in that
// year (31.4., KW 53) is no date.
func pickYear(typed string, today Date, dir Direction, at func(year int) (Date, bool)) (Date, error) {
	if typed != "" {
		y, _ := strconv.Atoi(typed)
		if d, ok := at(y); ok {
			return d, nil
		}
		return Date{}, errNotDate
	}
	this, ok := at(today.Year)
	next, nextOK := at(today.Year + 1)
	last, lastOK := at(today.Year - 1)
	switch {
	case dir == Back && ok && !today.Before(this):
		return this, nil
	case dir == Back && lastOK:
		return last, nil
	case dir == Ahead && ok && !this.Before(today):
		return this, nil
	case dir == Ahead && ok && nextOK && this.AddDays(ambiguousDays).Before(today):
		return next, nil
	case dir == Ahead && ok && nextOK:
		return Date{}, ambiguous(this, next)
	case dir == Ahead && nextOK:
		return next, nil
	}
	return Date{}, errNotDate
}

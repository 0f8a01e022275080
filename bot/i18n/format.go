package i18n

import (
	"math"
	"time"

	"golang.org/x/text/message"
)

func init() {
	Register(map[string]string{
		"word.yes":       "ja",
		"word.no":        "nein",
		"layout.day":     "02.01.2006",
		"layout.time":    "02.01.2006 15:04",
		"number.percent": "%d %%",
		"zone.CET":       "MEZ",
		"zone.CEST":      "MESZ",
	}, map[string]string{
		"word.yes":       "yes",
		"word.no":        "no",
		"layout.day":     "2006-01-02",
		"layout.time":    "2006-01-02 15:04",
		"number.percent": "%d%%",
		"zone.CET":       "CET",
		"zone.CEST":      "CEST",
	})
}

// YesNo returns the word for a boolean in l.
func (l Lang) YesNo(b bool) string {
	if b {
		return l.T("word.yes")
	}
	return l.T("word.no")
}

// Day formats the calendar day of t, in t's location, as l writes dates
// (15.01.2027 in German, 2027-01-15 in English).
func (l Lang) Day(t time.Time) string { return t.Format(l.T("layout.day")) }

// DateTime formats t, in t's location, to the minute (15.01.2027 10:30 in
// German, 2027-01-15 10:30 in English).
func (l Lang) DateTime(t time.Time) string { return t.Format(l.T("layout.time")) }

// Zone writes the abbreviation of t's zone as l names it: MEZ and MESZ in
// German for Central European (Summer) Time; any other abbreviation, or
// the offset Go writes for a zone without one (+03), as it is.
func (l Lang) Zone(t time.Time) string {
	abbr := t.Format("MST")
	if name, ok := catalogs[l]["zone."+abbr]; ok {
		return name
	}
	return abbr
}

// StoredDay formats a day stored as "YYYY-MM-DD" as l writes dates;
// anything else is returned as stored.
func (l Lang) StoredDay(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return l.Day(t)
}

// Decimal writes v with two decimals in l's notation, by CLDR's number
// formats (1.234,50 in German, 1,234.50 in English).
func (l Lang) Decimal(v float64) string { return l.Number(v, 2) }

// Number writes v with the given decimals in l's notation (3,8 in German,
// 3.8 in English).
func (l Lang) Number(v float64, decimals int) string {
	return l.printer().Sprintf("%.*f", decimals, v)
}

// Int writes n in l's notation (1.234 in German, 1,234 in English), for a
// count shown on its own, such as a table cell.
func (l Lang) Int(n int) string { return l.printer().Sprintf("%d", n) }

// printer returns the x/text printer of l, German for an unknown language.
func (l Lang) printer() *message.Printer {
	if p, ok := printers[l]; ok {
		return p
	}
	return printers[German]
}

// Percent writes a rate between 0 and 1 as a whole percentage in l (85 %
// in German, 85% in English).
func (l Lang) Percent(rate float64) string {
	return l.T("number.percent", int(math.Round(rate*100)))
}

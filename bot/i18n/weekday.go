package i18n

import (
	"strconv"
	"time"
)

func init() {
	Register(map[string]string{
		"weekday.0": "Sonntag", "weekday.1": "Montag", "weekday.2": "Dienstag", "weekday.3": "Mittwoch",
		"weekday.4": "Donnerstag", "weekday.5": "Freitag", "weekday.6": "Samstag",
		"layout.weekday_day": "%s, %s",
	}, map[string]string{
		"weekday.0": "Sunday", "weekday.1": "Monday", "weekday.2": "Tuesday", "weekday.3": "Wednesday",
		"weekday.4": "Thursday", "weekday.5": "Friday", "weekday.6": "Saturday",
		"layout.weekday_day": "%s, %s",
	})
}

// Weekday returns the name of the day of the week d in l.
func (l Lang) Weekday(d time.Weekday) string { return l.T("weekday." + strconv.Itoa(int(d))) }

// DayWithWeekday formats the calendar day of t, in t's location, with its
// weekday, as l writes it ("Freitag, 11.12.2026", "Friday, 2026-12-11").
func (l Lang) DayWithWeekday(t time.Time) string {
	return l.T("layout.weekday_day", l.Weekday(t.Weekday()), l.Day(t))
}

// StoredDayWithWeekday formats a day stored as "YYYY-MM-DD" as
// DayWithWeekday does; anything else is returned as stored.
func (l Lang) StoredDayWithWeekday(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return l.DayWithWeekday(t)
}

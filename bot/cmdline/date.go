package cmdline

import (
	"fmt"
	"time"
)

// Date is a calendar day without a time or zone, as a user types it.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads an ISO date (2027-01-15) or a German date (15.01.2027).
// It reports false for anything else, including days that do not exist
// (2027-02-30).
func ParseDate(s string) (Date, bool) {
	for _, layout := range []string{"2006-01-02", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Date{t.Year(), t.Month(), t.Day()}, true
		}
	}
	return Date{}, false
}

// String returns the ISO form, the form dates are stored in.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Start returns the first instant of the day in loc.
func (d Date) Start(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// DateOf returns the calendar day of t in loc.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, day := t.In(loc).Date()
	return Date{y, m, day}
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.String() < e.String() }

// AddDays returns the day n days after d (before, for negative n).
func (d Date) AddDays(n int) Date {
	return DateOf(d.Start(time.UTC).AddDate(0, 0, n), time.UTC)
}

// AddMonths returns the same day n months after d, or the last day of
// that month when it is shorter (31 January + 1 month = 28 February).
func (d Date) AddMonths(n int) Date {
	first := DateOf(Date{d.Year, d.Month, 1}.Start(time.UTC).AddDate(0, n, 0), time.UTC)
	last := DateOf(first.Start(time.UTC).AddDate(0, 1, -1), time.UTC)
	return Date{first.Year, first.Month, min(d.Day, last.Day)}
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Start(time.UTC).Weekday() }

// Valid reports whether d is a day of the calendar (not 31 April).
func (d Date) Valid() bool { return DateOf(d.Start(time.UTC), time.UTC) == d }

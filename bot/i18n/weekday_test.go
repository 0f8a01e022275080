package i18n

import (
	"testing"
	"time"
)

func TestDayWithWeekday(t *testing.T) {
	at := time.Date(2026, 12, 11, 23, 30, 0, 0, time.UTC)
	for got, want := range map[string]string{
		German.DayWithWeekday(at):                  "Freitag, 11.12.2026",
		English.DayWithWeekday(at):                 "Friday, 2026-12-11",
		German.StoredDayWithWeekday("2027-01-17"):  "Sonntag, 17.01.2027",
		English.StoredDayWithWeekday("2027-01-18"): "Monday, 2027-01-18",
		German.StoredDayWithWeekday("bald"):        "bald",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

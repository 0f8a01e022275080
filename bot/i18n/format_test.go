package i18n

import (
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	at := time.Date(2027, 1, 5, 9, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, got, want string
	}{
		{"Day de", German.Day(at), "05.01.2027"},
		{"Day en", English.Day(at), "2027-01-05"},
		{"DateTime de", German.DateTime(at), "05.01.2027 09:30"},
		{"DateTime en", English.DateTime(at), "2027-01-05 09:30"},
		{"StoredDay de", German.StoredDay("2027-01-05"), "05.01.2027"},
		{"StoredDay en", English.StoredDay("2027-01-05"), "2027-01-05"},
		{"StoredDay not a day", German.StoredDay("bald"), "bald"},
		{"Decimal de", German.Decimal(3.5), "3,50"},
		{"Decimal en", English.Decimal(3.5), "3.50"},
		{"Decimal de grouped", German.Decimal(1234.5), "1.234,50"},
		{"Decimal en grouped", English.Decimal(1234.5), "1,234.50"},
		{"Number de", German.Number(3.75, 1), "3,8"},
		{"Number en", English.Number(3.75, 1), "3.8"},
		{"Number whole", German.Number(1234, 0), "1.234"},
		{"Int de", German.Int(1234), "1.234"},
		{"Int en", English.Int(1234), "1,234"},
		{"Int small", German.Int(7), "7"},
		{"Percent de", German.Percent(0.856), "86 %"},
		{"Percent en", English.Percent(0.856), "86%"},
		{"Zone de winter", German.Zone(berlin(2027, 1)), "MEZ"},
		{"Zone de summer", German.Zone(berlin(2027, 7)), "MESZ"},
		{"Zone en", English.Zone(berlin(2027, 1)), "CET"},
		{"Zone elsewhere", German.Zone(at), "UTC"},
		{"YesNo de", German.YesNo(true) + "/" + German.YesNo(false), "ja/nein"},
		{"YesNo en", English.YesNo(true) + "/" + English.YesNo(false), "yes/no"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// berlin returns noon on the first of month in Berlin.
func berlin(year int, month time.Month) time.Time {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return time.Date(year, month, 1, 12, 0, 0, 0, loc)
}

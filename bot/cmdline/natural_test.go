package cmdline

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

// wednesday is the fixed today of these tests: Wednesday, 2 December 2026.
var wednesday = Date{2026, time.December, 2}

func day(y int, m time.Month, d int) Date { return Date{y, m, d} }

func TestParseDayAhead(t *testing.T) {
	for text, want := range map[string]Date{
		// German
		"heute": wednesday, "Morgen": day(2026, 12, 3), "übermorgen": day(2026, 12, 4), "uebermorgen": day(2026, 12, 4),
		"Freitag": day(2026, 12, 4), "am Freitag": day(2026, 12, 4), "Fr": day(2026, 12, 4), "Montag": day(2026, 12, 7),
		"nächsten Freitag": day(2026, 12, 4), "kommenden Mittwoch": day(2026, 12, 9), "übernächsten Freitag": day(2026, 12, 11),
		"diesen Sonntag": day(2026, 12, 6),
		"in 2 Wochen":    day(2026, 12, 16), "in einer Woche": day(2026, 12, 9), "in 3 Tagen": day(2026, 12, 5), "in 3 Monaten": day(2027, 3, 2),
		"Ende März": day(2027, 3, 31), "Mitte April": day(2027, 4, 15), "Anfang Mai": day(2027, 5, 1), "Ende Dezember": day(2026, 12, 31),
		"Ende Februar 2028": day(2028, 2, 29), "Ende Maerz": day(2027, 3, 31),
		"KW 12": day(2027, 3, 26), "kw12": day(2027, 3, 26), "KW 50": day(2026, 12, 11), "KW 53 2026": day(2027, 1, 1),
		"bis 15.3.": day(2027, 3, 15), "15.3": day(2027, 3, 15), "24.12.": day(2026, 12, 24), "15. März": day(2027, 3, 15),
		"bis zum 15. März 2028": day(2028, 3, 15), "spätestens 1.2.": day(2027, 2, 1),
		// English
		"today": wednesday, "tomorrow": day(2026, 12, 3), "day after tomorrow": day(2026, 12, 4),
		"Friday": day(2026, 12, 4), "next Friday": day(2026, 12, 4), "by next friday": day(2026, 12, 4), "this Thursday": day(2026, 12, 3),
		"in 2 weeks": day(2026, 12, 16), "in a month": day(2027, 1, 2), "end of March": day(2027, 3, 31), "mid April": day(2027, 4, 15),
		"mid-April": day(2027, 4, 15), "week 12": day(2027, 3, 26), "March 15": day(2027, 3, 15), "15 March 2027": day(2027, 3, 15),
		"on March 15th, 2027": day(2027, 3, 15),
		// the fixed forms
		"2027-01-15": day(2027, 1, 15), "15.01.2027": day(2027, 1, 15), "5.1.2027": day(2027, 1, 5),
		"30.10.2026": day(2026, 10, 30), "in 10 Tagen": day(2026, 12, 12),
		// the ends of periods
		"bis Ende der Woche": day(2026, 12, 4), "nächste Woche": day(2026, 12, 11), "Monatsende": day(2026, 12, 31),
		"Ende nächsten Monats": day(2027, 1, 31), "Jahresende": day(2026, 12, 31), "end of next week": day(2026, 12, 11),
		"by the end of the month": day(2026, 12, 31),
	} {
		got, err := ParseDay("Frist", Value{Text: text}, wednesday, Ahead)
		if err != nil || got != want {
			t.Errorf("ParseDay(%q) = %v, %v; want %v", text, got, err, want)
		}
	}
}

func TestParseDayBack(t *testing.T) {
	for text, want := range map[string]Date{
		"heute": wednesday, "gestern": day(2026, 12, 1), "vorgestern": day(2026, 11, 30), "yesterday": day(2026, 12, 1),
		"Freitag": day(2026, 11, 27), "Mittwoch": wednesday, "letzten Mittwoch": day(2026, 11, 25), "last Friday": day(2026, 11, 27),
		"vor 2 Wochen": day(2026, 11, 18), "2 weeks ago": day(2026, 11, 18), "15.3.": day(2026, 3, 15), "24.12.": day(2025, 12, 24),
		"Ende November": day(2026, 11, 30), "KW 12": day(2026, 3, 20),
	} {
		got, err := ParseDay("Datum", Value{Text: text}, wednesday, Back)
		if err != nil || got != want {
			t.Errorf("ParseDay(%q, Back) = %v, %v; want %v", text, got, err, want)
		}
	}
}

func TestParseDayRefuses(t *testing.T) {
	for _, tt := range []struct {
		text, key string
		args      []any
	}{
		{"letzten Freitag", "err.date_past_phrase", []any{day(2026, 11, 27), Spelled(day(2026, 11, 27))}},
		{"gestern", "err.date_past_phrase", []any{day(2026, 12, 1), Spelled(day(2026, 12, 1))}},
		{"last Friday", "err.date_past_phrase", []any{day(2026, 11, 27), Spelled(day(2026, 11, 27))}},
		{"vor 3 Tagen", "err.date_past_phrase", []any{day(2026, 11, 29), Spelled(day(2026, 11, 29))}},
		{"diesen Montag", "err.date_past_phrase", []any{day(2026, 11, 30), Spelled(day(2026, 11, 30))}},
		{"Mittwoch", "err.date_ambiguous", []any{wednesday, day(2026, 12, 9), Spelled(day(2026, 12, 9))}},
		{"30.11.", "err.date_ambiguous", []any{day(2026, 11, 30), day(2027, 11, 30), Spelled(day(2027, 11, 30))}},
		{"Ende November", "err.date_ambiguous", []any{day(2026, 11, 30), day(2027, 11, 30), Spelled(day(2027, 11, 30))}},
		{"KW 48", "err.date_ambiguous", []any{day(2026, 11, 27), day(2027, 12, 3), Spelled(day(2027, 12, 3))}},
		{"15.01.1999", "err.date_too_early", []any{day(1999, 1, 15)}},
		{"2037-01-01", "err.date_too_late", []any{day(2037, 1, 1)}},
		{"in 11 Jahren", "err.bad_date", nil},
		{"31.4.", "err.bad_date", nil},
		{"KW 54", "err.bad_date", nil},
		{"KW 53 2027", "err.bad_date", nil},
		{"Ende Brumaire", "err.bad_date", nil},
		{"bald", "err.bad_date", nil},
		{"nächsten Montag Bericht", "err.bad_date", nil},
	} {
		_, err := ParseDay("Frist", Value{Text: tt.text}, wednesday, Ahead)
		e, ok := errors.AsType[*Error](err)
		if !ok || e.Key != tt.key || !reflect.DeepEqual(e.Args[:2], []any{"Frist", tt.text}) || !reflect.DeepEqual(e.Args[2:], append([]any{}, tt.args...)) {
			t.Errorf("ParseDay(%q): %v %+v, want %s %v", tt.text, err, e, tt.key, tt.args)
		}
	}
}

func TestDatePhrasesSpanWords(t *testing.T) {
	var v Vocabulary
	v.AddKeys(map[string]string{"frist": "due"})
	v.AddDateKeys("due")
	for line, want := range map[string]struct{ due, text string }{
		"Bericht frist:nächsten Freitag":            {"nächsten Freitag", "Bericht"},
		"frist:in 2 Wochen Bericht schreiben":       {"in 2 Wochen", "Bericht schreiben"},
		"frist:Ende März 2027 Bericht":              {"Ende März 2027", "Bericht"},
		"frist:morgen Bericht":                      {"morgen", "Bericht"},
		`frist:"in 2 Wochen" Bericht`:               {"in 2 Wochen", "Bericht"},
		"frist:end of March report":                 {"end of March", "report"},
		"frist:KW 12":                               {"KW 12", ""},
		"frist:bis Ende der nächsten Woche Bericht": {"bis Ende der nächsten Woche", "Bericht"},
		"frist:by the end of the month report":      {"by the end of the month", "report"},
	} {
		bare, opts, err := v.SplitArgs("commit", mustTokenize(t, line), []string{"due"})
		if err != nil || opts["due"].Text != want.due || JoinText(bare) != want.text {
			t.Errorf("SplitArgs(%q) = %q, due %q, %v; want %q, %q", line, JoinText(bare), opts["due"].Text, err, want.text, want.due)
		}
	}
	if n := DatePhraseLength(mustTokenValues(t, "nächsten Freitag Notiz")); n != 2 {
		t.Errorf("DatePhraseLength = %d, want 2", n)
	}
}

func mustTokenValues(t *testing.T, line string) []Value {
	var out []Value
	for _, tok := range mustTokenize(t, line) {
		out = append(out, tok.Value)
	}
	return out
}

func FuzzParseDay(f *testing.F) {
	for _, seed := range []string{"nächsten Freitag", "in 2 Wochen", "Ende März 2027", "KW 53 2026", "15.3.", "March 15th, 2027", "in 9999 months", "vor 0 tagen", "kw 0"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, dir := range []Direction{Ahead, Back} {
			d, err := ParseDay("f", Value{Text: text}, wednesday, dir)
			if err != nil {
				if _, ok := errors.AsType[*Error](err); !ok {
					t.Fatalf("ParseDay(%q): error %v is not a command-line mistake", text, err)
				}
				continue
			}
			if !d.Valid() || d.Before(Date{2000, 1, 1}) {
				t.Fatalf("ParseDay(%q) = %v", text, d)
			}
		}
	})
}

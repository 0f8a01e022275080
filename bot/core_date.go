package bot

import (
	"errors"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
)

// The canonical option keys whose values are dates, so that a phrase
// typed without quotes ("frist:nächsten Freitag") is one value.
func init() {
	vocabulary.AddDateKeys("due", "due-before", "date")
}

// today is the calendar day of the call in the workspace's time zone.
func (cl *call) today() cmdline.Date { return cmdline.DateOf(cl.now, cl.loc) }

// parseDay reads the date option field (its label in the user's
// language) relative to today, as cmdline.ParseDay does; see there for
// the forms and refusals. The days a refusal names are written in the
// user's language with their weekday, a suggested one as it is typed.
func (cl *call) parseDay(field string, v cmdline.Value, dir cmdline.Direction) (cmdline.Date, error) {
	d, err := cmdline.ParseDay(field, v, cl.today(), dir)
	if e, ok := errors.AsType[*cmdline.Error](err); ok {
		for i, arg := range e.Args {
			switch day := arg.(type) {
			case cmdline.Date:
				e.Args[i] = cl.weekdayDay(day)
			case cmdline.Spelled:
				e.Args[i] = cl.lang.StoredDay(cmdline.Date(day).String())
			}
		}
	}
	return d, err
}

// weekdayDay writes d with its weekday in the user's language
// ("Freitag, 11.12.2026"): how every reply states a date it understood.
func (cl *call) weekdayDay(d cmdline.Date) string { return cl.lang.StoredDayWithWeekday(d.String()) }

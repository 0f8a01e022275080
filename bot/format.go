package bot

import "time"

// showDay formats a calendar day as l writes dates (15.01.2027 in German,
// 2027-01-15 in English).
func showDay(l Lang, d Date) string {
	return d.Start(time.UTC).Format(l.T("layout.day"))
}

// showStoredDay formats a stored "YYYY-MM-DD" day for l; anything else is
// shown as stored.
func showStoredDay(l Lang, iso string) string {
	if d, ok := ParseDate(iso); ok {
		return showDay(l, d)
	}
	return iso
}

// timeText formats an instant in the workspace's zone (15.01.2027 10:30 in
// German, 2027-01-15 10:30 in English).
func (cl *call) timeText(t time.Time) string {
	return t.In(cl.loc).Format(cl.lang.T("layout.time"))
}

// shorten cuts s to at most n characters, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

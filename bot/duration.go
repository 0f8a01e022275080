package bot

import (
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// durationText writes d in whole days, hours and minutes in l ("14 Tage",
// "1 Tag 12 Stunden"; "2 days"), the way cmdline.ParseDuration reads it
// back; less than a minute is "0 Minuten".
func durationText(l i18n.Lang, d time.Duration) string {
	var parts []string
	for _, u := range []struct {
		unit time.Duration
		key  string
	}{{24 * time.Hour, "duration.days"}, {time.Hour, "duration.hours"}, {time.Minute, "duration.minutes"}} {
		if n := d / u.unit; n > 0 {
			parts = append(parts, l.T(u.key, int(n)))
			d -= n * u.unit
		}
	}
	if len(parts) == 0 {
		return l.T("duration.minutes", 0)
	}
	return strings.Join(parts, " ")
}

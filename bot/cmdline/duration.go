package cmdline

import (
	"strconv"
	"strings"
	"time"
)

// durationUnits are the units ParseDuration accepts: days (d, German t),
// hours and minutes.
var durationUnits = map[byte]time.Duration{'d': 24 * time.Hour, 't': 24 * time.Hour, 'h': time.Hour, 'm': time.Minute}

// ParseDuration reads a duration such as 14d, 36h, 90m or 1d12h. It
// reports false for anything else, for zero and for more than ten years.
func ParseDuration(s string) (time.Duration, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	var total time.Duration
	for s != "" {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i == len(s) || i > 6 {
			return 0, false
		}
		unit, ok := durationUnits[s[i]]
		if !ok {
			return 0, false
		}
		n, _ := strconv.Atoi(s[:i])
		total += time.Duration(n) * unit
		s = s[i+1:]
	}
	return total, total > 0 && total <= 10*365*24*time.Hour
}

// FormatDuration writes d the way ParseDuration reads it, in whole days,
// hours and minutes (14d, 6h, 1d12h).
func FormatDuration(d time.Duration) string {
	var b strings.Builder
	for _, u := range []struct {
		unit time.Duration
		name string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}} {
		if n := d / u.unit; n > 0 {
			b.WriteString(strconv.FormatInt(int64(n), 10) + u.name)
			d -= n * u.unit
		}
	}
	if b.Len() == 0 {
		return "0m"
	}
	return b.String()
}

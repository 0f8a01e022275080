package cmdline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// durationUnits are the unit words ParseDuration accepts: days (d, German
// t, tag, tage, day, days), hours (h, std, stunde, stunden, hour, hours)
// and minutes (m, min, minute, minuten, minutes).
var durationUnits = map[string]time.Duration{
	"d": 24 * time.Hour, "t": 24 * time.Hour, "tag": 24 * time.Hour, "tage": 24 * time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour,
	"h": time.Hour, "std": time.Hour, "stunde": time.Hour, "stunden": time.Hour,
	"hour": time.Hour, "hours": time.Hour,
	"m": time.Minute, "min": time.Minute, "minute": time.Minute, "minuten": time.Minute,
	"minutes": time.Minute,
}

// ParseDuration reads a duration as numbers with units, such as 14d, 36h,
// 90m, 1d12h, "14 Tage", "1 Tag 12 Stunden" or "2 days" (case and spaces
// do not matter). It reports false for anything else, for zero and for more
// than ten years.
func ParseDuration(s string) (time.Duration, bool) {
	s = strings.ToLower(s)
	var total time.Duration
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
		if digits == 0 || digits > 6 {
			return 0, false
		}
		n, _ := strconv.Atoi(s[:digits])
		rest := strings.TrimLeftFunc(s[digits:], unicode.IsSpace)
		word := len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsLetter))
		unit, ok := durationUnits[rest[:word]]
		if !ok {
			return 0, false
		}
		total += time.Duration(n) * unit
		s = rest[word:]
	}
	return total, total > 0 && total <= 10*365*24*time.Hour
}

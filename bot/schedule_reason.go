package bot

import "regexp"

// foreignReasons map the texts of robfig/cron's parse errors and of
// time.LoadLocation to catalog sentences; a submatch becomes an argument.
var foreignReasons = []struct {
	re  *regexp.Regexp
	key string
}{
	{regexp.MustCompile(`^expected exactly (\d+) fields, found (\d+)`), "reason.field_count"},
	{regexp.MustCompile(`^failed to parse int from ([^:]*)`), "reason.not_number"},
	{regexp.MustCompile(`above maximum|below minimum|beyond end of range|negative number|should be a positive number`), "reason.out_of_range"},
	{regexp.MustCompile(`^unrecognized descriptor`), "reason.descriptor"},
	{regexp.MustCompile(`unknown time zone|invalid location name`), "reason.unknown_zone"},
}

// foreignReason returns the catalog key and arguments explaining r, a
// refusal text of the cron parser or the time package; a text it does not
// know gets the general explanation of a cron spec, never the raw English.
func foreignReason(r string) (string, []any) {
	for _, f := range foreignReasons {
		if m := f.re.FindStringSubmatch(r); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			return f.key, args
		}
	}
	return "reason.spec_other", nil
}

package bot

import "strings"

// shareWords, typed last, ask to post the reply to the whole channel.
var shareWords = map[string]bool{"share": true, "teilen": true}

// SplitShare removes a trailing share word ("share", "teilen") from a
// command line and reports whether there was one. Slack posts the reply to
// the channel then; the console, which has no channel, ignores it.
func SplitShare(text string) (string, bool) {
	text = strings.TrimSpace(text)
	i := strings.LastIndexAny(text, " \t\n")
	if shareWords[strings.ToLower(text[i+1:])] {
		return strings.TrimSpace(text[:i+1]), true
	}
	return text, false
}

package slackapp

import "strings"

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe for Slack: "&", "<" and ">" become entities, so
// text a user typed (a stakeholder's name, a commitment) can never form
// <!channel>, a mention or a link. Every text of the Reply model goes
// through it, in blocks and in the fallback text.
func escape(text string) string { return escaper.Replace(text) }

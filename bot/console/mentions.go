package console

import (
	"cmp"
	"regexp"
)

// slackMention matches Slack's channel and user mentions: <#C1>, <#C1|name>,
// <@U1> and <@U1|name>.
var slackMention = regexp.MustCompile(`<([#@])([^<>|\s]+)(?:\|([^<>]*))?>`)

// unmention writes Slack's mentions in s as a terminal shows them: <#C1|alle>
// as #alle, <#bildungsnetzwerk> as #bildungsnetzwerk, <@U1> as @U1.
func unmention(s string) string {
	return slackMention.ReplaceAllStringFunc(s, func(m string) string {
		sub := slackMention.FindStringSubmatch(m)
		return sub[1] + cmp.Or(sub[3], sub[2])
	})
}

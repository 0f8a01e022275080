package slackapp

import (
	"encoding/json"
	"html"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
)

// RenderMessages turns a reply into the messages the outbox sends: Block
// Kit JSON within Slack's limits (split into several messages when long)
// and the plain, unescaped text of each part. It is bot.Options.Render for
// the Slack modes.
func RenderMessages(r bot.Reply) []outbox.Message {
	parts := render(r, maxMessageBlocks)
	out := make([]outbox.Message, 0, len(parts))
	for _, p := range parts {
		var blocks strings.Builder
		enc := json.NewEncoder(&blocks)
		enc.SetEscapeHTML(false) // the texts are escaped for Slack already
		if err := enc.Encode(p.Blocks); err != nil {
			// Blocks built by render always encode; send the text alone.
			blocks.Reset()
		}
		out = append(out, outbox.Message{Text: html.UnescapeString(p.Text), Blocks: strings.TrimSpace(blocks.String())})
	}
	return out
}

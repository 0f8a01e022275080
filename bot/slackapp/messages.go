package slackapp

import (
	"encoding/json"
	"html"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/review"
)

// RenderMessages turns a reply into the messages the outbox sends: Block
// Kit JSON within Slack's limits (split into several messages when long)
// and the plain, unescaped text of each part. It is bot.Options.Render for
// the Slack modes.
func RenderMessages(r bot.Reply) []review.Message {
	parts := render(r, maxMessageBlocks)
	out := make([]review.Message, 0, len(parts))
	for _, p := range parts {
		blocks, err := json.Marshal(p.Blocks)
		if err != nil {
			// Blocks built by render always marshal; fall back to text.
			blocks = nil
		}
		out = append(out, review.Message{Text: html.UnescapeString(p.Text), Blocks: string(blocks)})
	}
	return out
}

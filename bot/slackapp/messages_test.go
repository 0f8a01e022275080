package slackapp

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

func TestRenderMessagesEscapesBlocksKeepsPlainText(t *testing.T) {
	items := make([]string, 300)
	for i := range items {
		items[i] = "Zusage <!channel> & Co. " + strings.Repeat("x", 600)
	}
	msgs := RenderMessages(bot.Reply{Blocks: []bot.Block{bot.Header{Text: "Übersicht"}, bot.List{Items: items}}})
	if len(msgs) < 2 {
		t.Fatalf("300 long items fit in %d message(s); want a split", len(msgs))
	}
	for i, m := range msgs {
		var blocks []map[string]any
		if err := json.Unmarshal([]byte(m.Blocks), &blocks); err != nil || len(blocks) == 0 || len(blocks) > maxMessageBlocks {
			t.Fatalf("part %d: %d blocks, %v", i, len(blocks), err)
		}
		if strings.Contains(m.Blocks, "<!channel>") || !strings.Contains(m.Blocks, "&lt;!channel&gt;") {
			t.Fatalf("part %d blocks not escaped: %.200s", i, m.Blocks)
		}
		if !strings.Contains(m.Text, "<!channel> & Co.") {
			t.Fatalf("part %d text is not the plain text: %.200s", i, m.Text)
		}
	}
}

package slackapp

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
)

func TestRenderRespectsBlockKitLimits(t *testing.T) {
	var blocks []bot.Block
	blocks = append(blocks, bot.Header{Text: strings.Repeat("<Überschrift> ", 30)})
	for range 120 {
		blocks = append(blocks, bot.Paragraph{Text: "Absatz"})
	}
	fields := make([]bot.Field, 23)
	for i := range fields {
		fields[i] = bot.Field{Label: "Feld", Value: strings.Repeat("&", 900)}
	}
	blocks = append(blocks, bot.Fields{Items: fields}, bot.Paragraph{Text: strings.Repeat("a<b ", 2000)})
	buttons := make([]bot.Button, 30)
	for i := range buttons {
		buttons[i] = bot.Button{Label: "Knopf", Command: "help"}
	}
	blocks = append(blocks, bot.Buttons{Items: buttons})

	for _, limit := range []int{maxMessageBlocks, maxViewBlocks} {
		msgs := render(bot.Reply{Blocks: blocks}, limit)
		total := 0
		for _, m := range msgs {
			if len(m.Blocks) > limit || m.Text == "" || utf8.RuneCountInString(m.Text) > maxFallbackText {
				t.Errorf("limit %d: message of %d blocks, fallback of %d characters", limit, len(m.Blocks), utf8.RuneCountInString(m.Text))
			}
			total += len(m.Blocks)
			checkBlocks(t, m.Blocks)
		}
		if total < 120+3+2+2 {
			t.Errorf("limit %d: only %d blocks rendered; content was dropped", limit, total)
		}
	}
}

// checkBlocks fails for a block that breaks a text or element limit.
func checkBlocks(t *testing.T, blocks []slack.Block) {
	t.Helper()
	for _, b := range blocks {
		switch v := b.(type) {
		case *slack.HeaderBlock:
			if n := utf8.RuneCountInString(v.Text.Text); n > maxHeaderText {
				t.Errorf("header of %d characters", n)
			}
		case *slack.SectionBlock:
			if v.Text != nil && utf8.RuneCountInString(v.Text.Text) > maxSectionText {
				t.Errorf("section text of %d characters", utf8.RuneCountInString(v.Text.Text))
			}
			if len(v.Fields) > maxFields {
				t.Errorf("section with %d fields", len(v.Fields))
			}
			for _, f := range v.Fields {
				if utf8.RuneCountInString(f.Text) > maxFieldText {
					t.Errorf("field of %d characters", utf8.RuneCountInString(f.Text))
				}
			}
		case *slack.ActionBlock:
			if len(v.Elements.ElementSet) > maxButtons {
				t.Errorf("actions with %d elements", len(v.Elements.ElementSet))
			}
		}
	}
	raw, _ := json.Marshal(blocks)
	if strings.Contains(string(raw), `\u003cb`) || strings.Contains(string(raw), `\u003cÜ`) {
		t.Errorf("unescaped text in %s", raw[:200])
	}
}

func TestQuoteRoundTripsThroughTheTokenizer(t *testing.T) {
	for _, v := range []string{`Eva Muster`, `Eva "die Gute"`, `„Bildung“ vor Ort`, `a « b » c "d"`, `key:value`, "zwei\nZeilen"} {
		tokens, err := cmdline.Tokenize("x " + quote(v))
		if err != nil || len(tokens) != 2 || tokens[1].Value.Text != strings.NewReplacer("»", "›").Replace(v) && tokens[1].Value.Text != v {
			t.Errorf("quote(%q) = %s → %+v, %v", v, quote(v), tokens, err)
		}
	}
}

func TestSplitShare(t *testing.T) {
	for in, want := range map[string]struct {
		line  string
		share bool
	}{
		"help share":                  {"help", true},
		"stakeholder list TEILEN":     {"stakeholder list", true},
		"share":                       {"", true},
		"stakeholder add Share-Point": {"stakeholder add Share-Point", false},
		"":                            {"", false},
	} {
		line, share := bot.SplitShare(in)
		if line != want.line || share != want.share {
			t.Errorf("SplitShare(%q) = %q, %v", in, line, share)
		}
	}
}

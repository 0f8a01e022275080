package slackapp

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// Block Kit limits (https://api.slack.com/reference/block-kit).
const (
	maxMessageBlocks = 50   // blocks per message
	maxViewBlocks    = 100  // blocks per modal or Home tab
	maxSectionText   = 3000 // characters of a section's text
	maxFieldText     = 2000 // characters of one section field
	maxFields        = 10   // fields per section
	maxHeaderText    = 150  // characters of a header
	maxButtons       = 25   // elements per actions block
	maxButtonLabel   = 75   // characters of a button label
	maxFallbackText  = 3000 // characters of a message's fallback text
)

// message is one Slack message of a rendered reply.
type message struct {
	Blocks []slack.Block
	Text   string // fallback text: the plain text of the same part
}

// render turns a reply into messages of at most maxBlocks blocks each. Long
// lists and texts are split into several sections, so a reply of any size
// fits; it is never cut. Every text is escaped.
func render(r bot.Reply, maxBlocks int) []message {
	var out []message
	var cur message
	var curSrc []bot.Block
	flush := func() {
		if len(cur.Blocks) > 0 {
			cur.Text = fallback(curSrc)
			out = append(out, cur)
		}
		cur, curSrc = message{}, nil
	}
	for _, b := range normalise(r.Blocks) {
		blocks := toSlack(b, len(cur.Blocks) > 0)
		if len(cur.Blocks)+len(blocks) > maxBlocks {
			flush()
			blocks = toSlack(b, false)
		}
		cur.Blocks = append(cur.Blocks, blocks...)
		curSrc = append(curSrc, b)
	}
	flush()
	return out
}

// fallback is the escaped plain text of blocks, shortened to the length
// Slack shows in notifications.
func fallback(blocks []bot.Block) string {
	return fit(bot.PlainText(bot.Reply{Blocks: blocks}), maxFallbackText)
}

// normalise splits blocks that exceed a Block Kit limit into several.
func normalise(in []bot.Block) []bot.Block {
	var out []bot.Block
	for _, b := range in {
		switch v := b.(type) {
		case bot.Paragraph:
			for _, part := range splitText(v.Text, maxSectionText) {
				out = append(out, bot.Paragraph{Text: part})
			}
		case bot.Note:
			for _, part := range splitText(v.Text, maxSectionText) {
				out = append(out, bot.Note{Text: part})
			}
		case bot.List:
			out = append(out, splitList(v.Items)...)
		case bot.Fields:
			for i := 0; i < len(v.Items); i += maxFields {
				out = append(out, bot.Fields{Items: v.Items[i:min(i+maxFields, len(v.Items))]})
			}
		case bot.Buttons:
			for i := 0; i < len(v.Items); i += maxButtons {
				out = append(out, bot.Buttons{Items: v.Items[i:min(i+maxButtons, len(v.Items))]})
			}
		default:
			out = append(out, b)
		}
	}
	return out
}

// splitList cuts a list into lists whose rendered section text stays
// within maxSectionText.
func splitList(items []string) []bot.Block {
	var out []bot.Block
	var cur []string
	size := 0
	for _, item := range items {
		line := truncate(item, maxSectionText-10)
		n := utf8.RuneCountInString(bulletLine(line)) + 1
		if len(cur) > 0 && size+n > maxSectionText {
			out = append(out, bot.List{Items: cur})
			cur, size = nil, 0
		}
		cur = append(cur, line)
		size += n
	}
	if len(cur) > 0 {
		out = append(out, bot.List{Items: cur})
	}
	return out
}

func bulletLine(item string) string { return "• " + escape(item) }

// splitText cuts text into parts whose escaped form has at most limit
// characters, at line breaks or spaces where possible.
func splitText(text string, limit int) []string {
	var parts []string
	for utf8.RuneCountInString(escape(text)) > limit {
		cut := cutPoint(text, limit)
		parts = append(parts, strings.TrimSpace(text[:cut]))
		text = strings.TrimSpace(text[cut:])
	}
	return append(parts, text)
}

// cutPoint returns a byte index to cut text at, so that the escaped head
// has at most limit characters (escaping takes up to 5 per character).
func cutPoint(text string, limit int) int {
	n, end := 0, 0
	for i, r := range text {
		n += utf8.RuneCountInString(escape(string(r)))
		if n > limit {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	if i := strings.LastIndexAny(text[:end], "\n "); i > end/2 {
		return i + 1
	}
	return max(end, 1)
}

// truncate shortens text to at most n characters, ending in "…".
func truncate(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)
	return string(r[:n-1]) + "…"
}

// toSlack renders one normalised block. Buttons get a divider before them
// when they follow other blocks.
func toSlack(b bot.Block, after bool) []slack.Block {
	switch v := b.(type) {
	case bot.Header:
		return []slack.Block{slack.NewHeaderBlock(plain(v.Text, maxHeaderText))}
	case bot.Paragraph:
		return []slack.Block{slack.NewSectionBlock(mrkdwn(escape(v.Text)), nil, nil)}
	case bot.List:
		lines := make([]string, len(v.Items))
		for i, item := range v.Items {
			lines[i] = bulletLine(item)
		}
		return []slack.Block{slack.NewSectionBlock(mrkdwn(strings.Join(lines, "\n")), nil, nil)}
	case bot.Fields:
		fields := make([]*slack.TextBlockObject, len(v.Items))
		for i, f := range v.Items {
			fields[i] = mrkdwn("*" + fit(f.Label, 100) + "*\n" + fit(f.Value, maxFieldText-110))
		}
		return []slack.Block{slack.NewSectionBlock(nil, fields, nil)}
	case bot.Note:
		return []slack.Block{slack.NewContextBlock("", mrkdwn(escape(v.Text)))}
	case bot.Buttons:
		elems := make([]slack.BlockElement, len(v.Items))
		for i, btn := range v.Items {
			e := slack.NewButtonBlockElement(fmt.Sprintf("%s%d", runAction, i), btn.Command, plain(btn.Label, maxButtonLabel))
			if btn.Style == "primary" || btn.Style == "danger" {
				e.Style = slack.Style(btn.Style)
			}
			elems[i] = e
		}
		actions := slack.NewActionBlock("", elems...)
		if after {
			return []slack.Block{slack.NewDividerBlock(), actions}
		}
		return []slack.Block{actions}
	}
	return nil
}

// fit escapes text, shortened so that the escaped form has at most n
// characters.
func fit(text string, n int) string {
	for e := escape(text); ; e = escape(text) {
		if utf8.RuneCountInString(e) <= n {
			return e
		}
		text = truncate(text, max(utf8.RuneCountInString(text)-(utf8.RuneCountInString(e)-n), 2))
	}
}

// plain is a plain_text object of the escaped text, fitted to n characters.
func plain(text string, n int) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, fit(text, n), false, false)
}

func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

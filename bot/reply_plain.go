package bot

import (
	"strings"
)

// PlainText renders a reply for a terminal, and serves as the fallback text
// of a Slack message. Buttons are shown with their typed command.
func PlainText(r Reply) string {
	var b strings.Builder
	for i, blk := range r.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeBlock(&b, blk)
	}
	return b.String()
}

func writeBlock(b *strings.Builder, blk Block) {
	switch v := blk.(type) {
	case Header:
		b.WriteString("== " + v.Text + " ==")
	case Paragraph:
		b.WriteString(v.Text)
	case Fields:
		for i, f := range v.Items {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(f.Label + ": " + f.Value)
		}
	case List:
		for i, item := range v.Items {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("• " + item)
		}
	case Note:
		b.WriteString("(" + v.Text + ")")
	case Buttons:
		labels := make([]string, len(v.Items))
		for i, btn := range v.Items {
			labels[i] = "[" + btn.Label + ": " + btn.Command + "]"
		}
		b.WriteString(strings.Join(labels, " "))
	}
}

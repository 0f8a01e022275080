package slackfake

import (
	"encoding/json"
	"unicode/utf8"
)

// Block Kit limits the fake enforces, as Slack does.
const (
	MaxMessageBlocks = 50   // blocks in a message
	MaxViewBlocks    = 100  // blocks in a modal or Home tab
	MaxSectionText   = 3000 // characters of a section's text
	MaxFieldText     = 2000 // characters of one section field
	MaxFields        = 10   // fields of a section
	MaxHeaderText    = 150  // characters of a header
)

// blocksWithinLimits reports whether blocks, a JSON array, has at most max
// blocks and each respects the text limits above. Slack rejects a payload
// that breaks one with invalid_blocks (messages) or invalid_arguments
// (views); it does not cut it.
func blocksWithinLimits(blocks json.RawMessage, max int) bool {
	if blocks == nil {
		return true
	}
	var list []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Fields []struct {
			Text string `json:"text"`
		} `json:"fields"`
	}
	if err := json.Unmarshal(blocks, &list); err != nil {
		return false
	}
	if len(list) > max {
		return false
	}
	for _, b := range list {
		text := 0
		if b.Text != nil {
			text = utf8.RuneCountInString(b.Text.Text)
		}
		switch {
		case b.Type == "section" && (text > MaxSectionText || len(b.Fields) > MaxFields):
			return false
		case b.Type == "header" && text > MaxHeaderText:
			return false
		}
		for _, f := range b.Fields {
			if utf8.RuneCountInString(f.Text) > MaxFieldText {
				return false
			}
		}
	}
	return true
}

// viewWithinLimits reports whether a view object's blocks respect the
// limits of a modal or Home tab.
func viewWithinLimits(view map[string]any) bool {
	raw, err := json.Marshal(view["blocks"])
	if err != nil {
		return false
	}
	if string(raw) == "null" {
		return true
	}
	return blocksWithinLimits(raw, MaxViewBlocks)
}

package slackapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
)

// Poster is the outbox's Poster for Slack: it posts with chat.postMessage.
// A user id as channel posts into the bot's direct conversation with that
// user (Slack opens it), so no conversations.open is needed.
type Poster struct {
	Client *slack.Client
}

// PostMessage posts text (escaped: &, < and > lose their meaning) with the
// blocks, if any. A 429 answer becomes an *outbox.RateLimitError, a 5xx
// answer or a network failure an *outbox.TemporaryError; blocks that are
// not a JSON array of blocks, and Slack's own refusals (channel_not_found,
// …), are returned as they are.
func (p Poster) PostMessage(ctx context.Context, channel, text, blocks string) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(text, true)}
	if blocks != "" {
		var b slack.Blocks
		if err := json.Unmarshal([]byte(blocks), &b); err != nil {
			return "", fmt.Errorf("outbox blocks: %w", err)
		}
		opts = append(opts, slack.MsgOptionBlocks(b.BlockSet...))
	}
	_, ts, err := p.Client.PostMessageContext(ctx, channel, opts...)
	return ts, slackError(err)
}

// PostFile shares f into channel with text as its comment, through
// Slack's external upload flow (files.getUploadURLExternal, the upload,
// files.completeUploadExternal). A user id as channel shares into the
// bot's direct conversation with that user, which it opens first. It
// returns the file's id; errors are sorted as PostMessage's are.
func (p Poster) PostFile(ctx context.Context, channel, text string, f outbox.File) (string, error) {
	if isUserID(channel) {
		ch, _, _, err := p.Client.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{channel}})
		if err != nil {
			return "", slackError(err)
		}
		channel = ch.ID
	}
	sum, err := p.Client.UploadFileContext(ctx, slack.UploadFileParameters{
		Reader: bytes.NewReader(f.Content), FileSize: len(f.Content),
		Filename: f.Name, Title: f.Title, Channel: channel, InitialComment: text,
	})
	if err != nil {
		return "", slackError(err)
	}
	return sum.ID, nil
}

// AppendCanvas adds markdown at the end of the channel's canvas
// (canvases.edit), making the canvas with it when the channel has none
// (conversations.canvases.create); conversations.info tells the canvas of
// a channel that has one. Without the canvases:write scope it returns an
// *outbox.NotPermittedError; other errors are sorted as PostMessage's are.
func (p Poster) AppendCanvas(ctx context.Context, channel, markdown string) (string, error) {
	content := slack.DocumentContent{Type: "markdown", Markdown: markdown}
	id, err := p.Client.CreateChannelCanvasContext(ctx, channel, content)
	if err == nil {
		return id, nil
	}
	if !isSlackError(err, "channel_canvas_already_exists") {
		return "", canvasError(err)
	}
	info, err := p.Client.GetConversationInfoContext(ctx, &slack.GetConversationInfoInput{ChannelID: channel})
	if err != nil {
		return "", canvasError(err)
	}
	if info.Properties == nil || info.Properties.Canvas.FileId == "" {
		return "", errors.New("the channel's canvas exists but conversations.info names none")
	}
	id = info.Properties.Canvas.FileId
	change := slack.CanvasChange{Operation: "insert_at_end", DocumentContent: content}
	if err := p.Client.EditCanvasContext(ctx, slack.EditCanvasParams{CanvasID: id, Changes: []slack.CanvasChange{change}}); err != nil {
		return "", canvasError(err)
	}
	return id, nil
}

// canvasError is slackError, with a missing canvases:write scope as an
// *outbox.NotPermittedError.
func canvasError(err error) error {
	if isSlackError(err, "missing_scope") || isSlackError(err, "not_allowed_token_type") {
		return &outbox.NotPermittedError{Scope: "canvases:write", Err: err}
	}
	return slackError(err)
}

// isSlackError reports whether err is Slack's error answer code.
func isSlackError(err error, code string) bool {
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		return se.Err == code
	}
	return err != nil && err.Error() == code
}

// isUserID reports whether id names a user (U… or W…) rather than a
// conversation.
func isUserID(id string) bool { return strings.HasPrefix(id, "U") || strings.HasPrefix(id, "W") }

// slackError sorts slack-go's errors into the kinds the outbox's Sender
// knows.
func slackError(err error) error {
	if err == nil {
		return nil
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return &outbox.RateLimitError{RetryAfter: rl.RetryAfter, Err: err}
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok && sc.Code >= 500 {
		return &outbox.TemporaryError{Err: err}
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return &outbox.TemporaryError{Err: err}
	}
	return err
}

package slackapp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"

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

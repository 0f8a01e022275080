package slackapp

import (
	"context"
	"net/url"
	"strings"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// responseURLUses is how many posts Slack accepts on one response_url.
const responseURLUses = 5

// deliver sends a reply to where its command came from, split into messages
// within Block Kit's limits. It uses the response_url when there is one and
// the reply fits its uses; otherwise the Web API: a normal message in a DM
// or for a shared reply, an ephemeral one elsewhere, a DM to the user when
// there is no channel (a global shortcut's form). A file is uploaded after
// the messages (see upload). Failures are logged.
func (a *App) deliver(ctx context.Context, src source, reply bot.Reply) {
	lang := a.workspace(ctx, src.TeamID).Lang
	if reply.Public && !src.DM {
		reply.Blocks = append(reply.Blocks, bot.Note{Text: lang.T("slack.shared_by", "@"+a.users.name(ctx, src.UserID))})
	}
	a.send(ctx, src, reply.Public, render(reply, maxMessageBlocks))
	if reply.File != nil {
		a.upload(ctx, src, reply.File)
	}
}

// send posts rendered messages in order; it stops at the first failure and
// logs it, without the response_url (see redact).
func (a *App) send(ctx context.Context, src source, public bool, msgs []message) {
	log := a.log.With().Str("team_id", src.TeamID).Str("user", src.UserID).Logger()
	for i, m := range msgs {
		if err := a.post(ctx, src, public, m, len(msgs)); err != nil {
			log.Error().Str("error", redact(err.Error(), src.ResponseURL)).Int("part", i+1).Msg("posting a reply")
			return
		}
	}
}

// redact returns text with the response_url, and its path on its own,
// replaced by "[response_url]". A response_url lets anyone post into the
// channel for half an hour, and the error of a failed post quotes it.
func redact(text, responseURL string) string {
	if responseURL == "" {
		return text
	}
	text = strings.ReplaceAll(text, responseURL, "[response_url]")
	if u, err := url.Parse(responseURL); err == nil && len(u.EscapedPath()) > 1 {
		text = strings.ReplaceAll(text, u.EscapedPath(), "[response_url]")
	}
	return text
}

// post sends one message of a reply of n messages.
func (a *App) post(ctx context.Context, src source, public bool, m message, n int) error {
	if src.ResponseURL != "" && n <= responseURLUses {
		kind := slack.ResponseTypeEphemeral
		if public {
			kind = slack.ResponseTypeInChannel
		}
		return slack.PostWebhookCustomHTTPContext(ctx, src.ResponseURL, a.hooks, &slack.WebhookMessage{
			Text: m.Text, Blocks: &slack.Blocks{BlockSet: m.Blocks}, ResponseType: kind,
		})
	}
	opts := []slack.MsgOption{slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...)}
	switch {
	case src.ChannelID == "":
		_, _, err := a.api.PostMessageContext(ctx, src.UserID, opts...)
		return err
	case src.DM || public:
		_, _, err := a.api.PostMessageContext(ctx, src.ChannelID, opts...)
		return err
	default:
		_, err := a.api.PostEphemeralContext(ctx, src.ChannelID, src.UserID, opts...)
		return err
	}
}

package slackapp

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
)

// eventEnvelope is the outer Events API payload, over HTTP and Socket Mode.
type eventEnvelope struct {
	Type      string          `json:"type"`
	Challenge string          `json:"challenge"`
	TeamID    string          `json:"team_id"`
	EventID   string          `json:"event_id"`
	Event     json.RawMessage `json:"event"`
}

// innerEvent holds the fields of the events the bot subscribes to.
type innerEvent struct {
	Type        string `json:"type"`
	Subtype     string `json:"subtype"`
	User        string `json:"user"`
	BotID       string `json:"bot_id"`
	Text        string `json:"text"`
	Channel     string `json:"channel"`
	ChannelType string `json:"channel_type"`
	Tab         string `json:"tab"`
}

// event handles an event_callback after its ack: it claims the event id,
// so a retried or duplicated delivery has no second effect, and ignores
// messages from bots, the bot itself included, and edits. It runs app
// mentions and direct messages as command lines and publishes the Home
// page when the user opens it.
func (a *App) event(ctx context.Context, env eventEnvelope) {
	var ev innerEvent
	if err := json.Unmarshal(env.Event, &ev); err != nil {
		a.log.Warn().Err(err).Str("team_id", env.TeamID).Msg("unreadable event")
		return
	}
	if ev.BotID != "" || ev.Subtype != "" || ev.User == "" {
		return
	}
	switch {
	case ev.Type == "app_mention":
	case ev.Type == "message" && ev.ChannelType == "im":
	case ev.Type == "app_home_opened" && ev.Tab == "home":
	default:
		return
	}
	if !a.claim(ctx, env.TeamID, env.EventID) {
		return
	}
	src := source{TeamID: env.TeamID, UserID: ev.User, ChannelID: ev.Channel}
	switch ev.Type {
	case "app_mention":
		a.run(ctx, src, stripMention(ev.Text))
	case "message":
		src.DM = true
		a.run(ctx, src, ev.Text)
	case "app_home_opened":
		a.publishHome(ctx, env.TeamID, ev.User)
	}
}

// claim reports whether this delivery of the event is the first. When the
// database cannot be reached it logs and lets the event through: the
// command will then report the outage to the user.
func (a *App) claim(ctx context.Context, teamID, eventID string) bool {
	first, err := a.store.Team(teamID).ClaimEvent(ctx, eventID, a.now())
	if err != nil {
		a.log.Warn().Err(err).Str("team_id", teamID).Str("event_id", eventID).Msg("event dedupe failed")
		return true
	}
	return first
}

var leadingMention = regexp.MustCompile(`^\s*<@[A-Z0-9]+(\|[^>]*)?>[\s,:]*`)

// stripMention removes the mention of the bot that starts an app_mention.
func stripMention(text string) string {
	return strings.TrimSpace(leadingMention.ReplaceAllString(text, ""))
}

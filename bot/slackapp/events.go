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

// eventCallback works on an event_callback after its ack: it claims the
// event id, so a retried or duplicated delivery has no second effect, and
// runs app mentions and direct messages as command lines and publishes
// the Home page when the user opens it. When the work is full it asks the
// author of a message or mention to retry, and drops a Home page.
func (a *App) eventCallback(env eventEnvelope) {
	req, ok := a.parseEvent(env)
	switch {
	case !ok:
	case req.home:
		a.work.submit(func(ctx context.Context) {
			if a.claim(ctx, env.TeamID, env.EventID) {
				a.publishHome(ctx, req.src.TeamID, req.src.UserID)
			}
		}, nil)
	default:
		a.later(req.src, req.line, func(ctx context.Context) {
			if a.claim(ctx, env.TeamID, env.EventID) {
				a.run(ctx, req.src, req.line)
			}
		})
	}
}

// eventRequest is what an event asks for: a command line from src, or
// (home) the user's Home page.
type eventRequest struct {
	src  source
	line string
	home bool
}

// parseEvent reads what env asks for. It reports false for events the bot
// ignores: messages from bots (the bot itself included), edits, and
// events it does not subscribe to.
func (a *App) parseEvent(env eventEnvelope) (eventRequest, bool) {
	var ev innerEvent
	if err := json.Unmarshal(env.Event, &ev); err != nil {
		a.log.Warn().Err(err).Str("team_id", env.TeamID).Msg("unreadable event")
		return eventRequest{}, false
	}
	if ev.BotID != "" || ev.Subtype != "" || ev.User == "" {
		return eventRequest{}, false
	}
	src := source{TeamID: env.TeamID, UserID: ev.User, ChannelID: ev.Channel}
	switch {
	case ev.Type == "app_mention":
		return eventRequest{src: src, line: stripMention(ev.Text)}, true
	case ev.Type == "message" && ev.ChannelType == "im":
		src.DM = true
		return eventRequest{src: src, line: ev.Text}, true
	case ev.Type == "app_home_opened" && ev.Tab == "home":
		return eventRequest{src: src, home: true}, true
	}
	return eventRequest{}, false
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

package slackapp

import (
	"context"
	"encoding/json"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/netzwerkbot/netzwerkbot/metrics"
)

// maxAck is the size from which Slack ignores a Socket Mode ack.
const maxAck = 20 << 10

// RunSocketMode receives requests over Socket Mode, with the app-level
// token of Options.Slack, until ctx ends: it acks each at once and does the
// work after the ack. The client reconnects by itself when Slack sends
// disconnect. It returns ctx's error when ctx ends, or the client's when it
// cannot connect.
func (a *App) RunSocketMode(ctx context.Context) error {
	client := socketmode.New(a.api)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- client.RunContext(ctx) }()
	for {
		select {
		case err := <-done:
			return err
		case evt := <-client.Events:
			a.socketEvent(ctx, client, evt)
		}
	}
}

// socketEvent acks and dispatches one Socket Mode request. A request of a
// workspace id not in Slack's form is acked and dropped.
func (a *App) socketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	if evt.Request == nil {
		a.log.Debug().Str("type", string(evt.Type)).Msg("socket mode")
		return
	}
	start := time.Now()
	var ack any
	var kind string
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		kind = metrics.AckEvent
		var env eventEnvelope
		if err := json.Unmarshal(evt.Request.Payload, &env); err == nil && env.Type == "event_callback" && a.validTeam(env.TeamID) {
			a.eventCallback(env)
		}
	case socketmode.EventTypeSlashCommand:
		kind = metrics.AckCommand
		if cmd, ok := evt.Data.(slack.SlashCommand); ok && a.validTeam(cmd.TeamID) {
			ack = a.slashCommand(ctx, cmd)
		}
	case socketmode.EventTypeInteractive:
		kind = metrics.AckInteraction
		if cb, ok := evt.Data.(slack.InteractionCallback); ok && a.validTeam(cb.Team.ID) {
			ack = a.interaction(ctx, cb)
		}
	}
	a.ack(ctx, client, evt.Request, ack)
	if kind != "" {
		a.metrics.Ack(kind, time.Since(start))
	}
}

// ack sends the ack with its payload; a payload Slack would ignore for its
// size is replaced by an empty ack and logged.
func (a *App) ack(ctx context.Context, client *socketmode.Client, req *socketmode.Request, payload any) {
	if payload != nil {
		if b, err := json.Marshal(payload); err != nil || len(b) >= maxAck-200 {
			a.log.Error().Int("bytes", len(b)).Msg("ack payload too large; sent an empty ack")
			payload = nil
		}
	}
	if err := client.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		a.log.Warn().Err(err).Msg("socket mode ack failed")
	}
}

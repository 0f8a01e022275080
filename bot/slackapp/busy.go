package slackapp

import (
	"context"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/metrics"
)

// busyLookup bounds the read of the workspace's language for a refusal
// that goes back in the ack, when the language is not known yet.
const busyLookup = 100 * time.Millisecond

// ackMessage is an ack payload that answers a slash command at once.
type ackMessage struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

// enqueue runs fn after the ack when a worker is free, or asks the user in
// src to retry when fn waited too long for one. It reports false, and does
// neither, when the work is full. line is the command line fn runs, for
// the metrics ("" when there is none).
func (a *App) enqueue(src source, line string, fn func(ctx context.Context)) bool {
	return a.work.submit(fn, func(ctx context.Context) { a.tellBusy(ctx, src, line) })
}

// later is enqueue that asks the user to retry also when the work is full.
func (a *App) later(src source, line string, fn func(ctx context.Context)) {
	if !a.enqueue(src, line, fn) {
		a.notifyBusy(src, line)
	}
}

// busyText is the sentence asking to retry, in the workspace's language as
// last read, else as read within busyLookup, else in the default one.
func (a *App) busyText(ctx context.Context, teamID string) string {
	if l, ok := a.langs.Load(teamID); ok {
		return l.(i18n.Lang).T("slack.busy")
	}
	ctx, cancel := context.WithTimeout(ctx, busyLookup)
	defer cancel()
	return a.workspace(ctx, teamID).Lang.T("slack.busy")
}

// busyAck is the ack of a slash command refused because the work is full.
func (a *App) busyAck(ctx context.Context, teamID, line string) ackMessage {
	a.countBusy(line)
	return ackMessage{ResponseType: slack.ResponseTypeEphemeral, Text: a.busyText(ctx, teamID)}
}

// notifyBusy tells the user in src to retry, in a message posted after the
// ack. When even the notices are full, the request is dropped and logged.
func (a *App) notifyBusy(src source, line string) {
	if !a.notices.submit(func(ctx context.Context) { a.tellBusy(ctx, src, line) }, nil) {
		a.countBusy(line)
		a.log.Warn().Str("team_id", src.TeamID).Str("user", src.UserID).Msg("busy: dropped a request without notice")
	}
}

// tellBusy counts line as refused and asks the user in src to retry.
func (a *App) tellBusy(ctx context.Context, src source, line string) {
	a.countBusy(line)
	a.send(ctx, src, false, render(bot.Say(a.busyText(ctx, src.TeamID)), maxMessageBlocks))
}

// countBusy counts the command of line with the outcome busy.
func (a *App) countBusy(line string) {
	path, _ := a.core.CommandPath(line)
	a.metrics.Command(path, metrics.OutcomeBusy)
}

// busyErrors keeps a submitted form open with the request to retry next to
// its first input, or returns nil for a form without inputs.
func busyErrors(view slack.View, text string) any {
	for _, b := range view.Blocks.BlockSet {
		if in, ok := b.(*slack.InputBlock); ok && in.BlockID != "" {
			return slack.NewErrorsViewSubmissionResponse(map[string]string{in.BlockID: text})
		}
	}
	return nil
}

package slackapp

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

// slashCommand runs /netzwerk after the ack, as the user who typed it, in
// the workspace the payload names. The reply goes to the response_url. It
// returns the ack's payload: nil, or when the work is full an ephemeral
// message asking the user to retry (see enqueue).
func (a *App) slashCommand(ctx context.Context, cmd slack.SlashCommand) any {
	src := source{
		TeamID: cmd.TeamID, UserID: cmd.UserID, ChannelID: cmd.ChannelID,
		ResponseURL: cmd.ResponseURL, TriggerID: cmd.TriggerID,
		DM: strings.HasPrefix(cmd.ChannelID, "D"),
	}
	if a.enqueue(src, cmd.Text, func(ctx context.Context) { a.run(ctx, src, cmd.Text) }) {
		return nil
	}
	return a.busyAck(ctx, cmd.TeamID, cmd.Text)
}

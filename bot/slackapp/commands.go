package slackapp

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

// slashCommand runs /netzwerk after the ack, as the user who typed it, in
// the workspace the payload names. The reply goes to the response_url.
func (a *App) slashCommand(cmd slack.SlashCommand) {
	src := source{
		TeamID: cmd.TeamID, UserID: cmd.UserID, ChannelID: cmd.ChannelID,
		ResponseURL: cmd.ResponseURL, TriggerID: cmd.TriggerID,
		DM: strings.HasPrefix(cmd.ChannelID, "D"),
	}
	a.spawn(func(ctx context.Context) { a.run(ctx, src, cmd.Text) })
}

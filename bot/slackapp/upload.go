package slackapp

import (
	"bytes"
	"context"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// upload shares a reply's file with the user who asked for it, through
// Slack's external upload flow (files.getUploadURLExternal, the upload,
// files.completeUploadExternal). Exports hold personal data and the reply
// itself is usually ephemeral, so the file goes into the user's direct
// message with the bot, not into the channel the command came from (unless
// that channel is the DM). A failure is logged and told to the user.
func (a *App) upload(ctx context.Context, src source, f *bot.File) {
	log := a.log.With().Str("team_id", src.TeamID).Str("user", src.UserID).Str("file", f.Name).Logger()
	channel := src.ChannelID
	if !src.DM || channel == "" {
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{src.UserID}})
		if err != nil {
			log.Error().Err(err).Msg("opening the DM for a file")
			a.uploadFailed(ctx, src, f)
			return
		}
		channel = ch.ID
	}
	_, err := a.api.UploadFileContext(ctx, slack.UploadFileParameters{
		Reader: bytes.NewReader(f.Content), FileSize: len(f.Content),
		Filename: f.Name, Title: f.Title, Channel: channel,
	})
	if err != nil {
		log.Error().Err(err).Msg("uploading a file")
		a.uploadFailed(ctx, src, f)
	}
}

// uploadFailed tells the user that their file could not be uploaded.
func (a *App) uploadFailed(ctx context.Context, src source, f *bot.File) {
	lang := a.workspace(ctx, src.TeamID).Lang
	a.send(ctx, src, false, render(bot.Say(lang.T("file.upload_failed", f.Name)), maxMessageBlocks))
}

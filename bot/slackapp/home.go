package slackapp

import (
	"context"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// publishHome publishes the user's Home tab: a greeting with their name and
// local time from users.info, then the core's Home page, cut to the block
// limit of a Home tab with a note when it is longer. Failures are logged.
func (a *App) publishHome(ctx context.Context, teamID, userID string) {
	l := a.workspace(ctx, teamID).Lang
	p, err := a.users.get(ctx, userID)
	if err != nil {
		a.log.Warn().Err(err).Str("team_id", teamID).Msg("users.info for the Home page")
	}
	greeting := l.T("slack.greeting0")
	if p.Name != "" {
		greeting = l.T("slack.greeting", p.Name)
	}
	head := []bot.Block{bot.Paragraph{Text: greeting}}
	if p.Loc != nil {
		head = append(head, bot.Note{Text: l.T("slack.local_time", a.now().In(p.Loc).Format("15:04"), p.Loc.String())})
	}
	page := a.core.Home(ctx, teamID, userID)
	page.Blocks = append(head, page.Blocks...)
	msgs := render(page, maxViewBlocks-1)
	blocks := msgs[0].Blocks
	if len(msgs) > 1 {
		blocks = append(blocks, render(bot.Reply{Blocks: []bot.Block{bot.Note{Text: l.T("slack.truncated")}}}, 1)[0].Blocks...)
	}
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
	if _, err := a.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: userID, View: view}); err != nil {
		a.log.Error().Err(err).Str("team_id", teamID).Msg("publishing the Home page")
	}
}

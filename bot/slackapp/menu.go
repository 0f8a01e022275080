package slackapp

import (
	"context"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// selectAction is the action id of a select whose options are command lines.
const selectAction = "runselect"

// runAction prefixes the action id of a button that runs its value.
const runAction = "run"

// showMenu posts the menu that /netzwerk without arguments opens: buttons
// for the main commands and a select of the sectors.
func (a *App) showMenu(ctx context.Context, src source) {
	w := a.workspace(ctx, src.TeamID)
	l := w.Lang
	reply := bot.Reply{Blocks: []bot.Block{
		bot.Header{Text: l.T("menu.title")},
		bot.Paragraph{Text: l.T("menu.intro")},
		bot.Buttons{Items: []bot.Button{
			{Label: l.T("menu.stakeholder_add"), Command: bot.CommandLine(l, []string{"stakeholder", "add"}), Style: "primary"},
			{Label: l.T("menu.stakeholder_list"), Command: bot.CommandLine(l, []string{"stakeholder", "list"})},
			{Label: l.T("menu.committee_add"), Command: bot.CommandLine(l, []string{"committee", "add"})},
			{Label: l.T("menu.commit"), Command: bot.CommandLine(l, []string{"commit"})},
			{Label: l.T("menu.help"), Command: bot.CommandLine(l, []string{"help"})},
		}},
	}}
	msgs := render(reply, maxMessageBlocks-1)
	if len(w.Sectors) > 0 {
		opts := make([]*slack.OptionBlockObject, 0, len(w.Sectors))
		for _, s := range w.Sectors[:min(len(w.Sectors), 100)] {
			opts = append(opts, slack.NewOptionBlockObject("stakeholder list sector:"+s.Value, plain(s.Label, 75), nil))
		}
		sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain(l.T("menu.sector"), 150), selectAction, opts...)
		msgs[0].Blocks = append(msgs[0].Blocks, slack.NewActionBlock("", sel))
	}
	a.send(ctx, src, false, msgs)
}

package slackapp

import (
	"context"
	"regexp"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

// source is where a command line came from and where its reply goes.
type source struct {
	TeamID      string `json:"t"`
	UserID      string `json:"u"`
	ChannelID   string `json:"c,omitempty"`
	ResponseURL string `json:"r,omitempty"`
	TriggerID   string `json:"-"` // opens a modal for 3 s after the request
	DM          bool   `json:"d,omitempty"`
}

// teamIDForm is the form of a Slack workspace id: T (E for an Enterprise
// Grid organisation) and a few upper-case letters and digits.
var teamIDForm = regexp.MustCompile(`^[TE][A-Z0-9]{2,31}$`)

// validTeam reports whether teamID has Slack's form, and logs one that
// does not (shortened: it came from outside).
func (a *App) validTeam(teamID string) bool {
	if teamIDForm.MatchString(teamID) {
		return true
	}
	a.log.Warn().Int("length", len(teamID)).Str("team_id", truncate(teamID, 40)).Msg("refused a request with a malformed team id")
	return false
}

// run handles a command line from src: the menu for an empty line, the
// survey form for "review survey <id> <committee>" and a form for a command
// that has one and came without arguments (when a modal can be opened),
// else the core's reply. A trailing "share"/"teilen" makes the
// reply public, unless it is private (it names people): then it goes to
// the user alone, with a note saying why.
func (a *App) run(ctx context.Context, src source, text string) {
	line, share := bot.SplitShare(text)
	if line == "" {
		a.showMenu(ctx, src)
		return
	}
	if src.TriggerID != "" && a.wantsSurvey(line) {
		a.openSurvey(ctx, src, line)
		return
	}
	if form := a.formFor(line); form != "" && src.TriggerID != "" {
		a.openForm(ctx, src, form, formPrefill{})
		return
	}
	reply := a.handler.Handle(ctx, bot.Request{TeamID: src.TeamID, UserID: src.UserID, ChannelID: src.ChannelID, Text: line})
	switch {
	case reply.Private && (share || reply.Public):
		reply.Public = false
		reply.Blocks = append(reply.Blocks, bot.Note{Text: a.workspace(ctx, src.TeamID).Lang.T("slack.not_shared")})
	case share:
		reply.Public = true
	}
	a.deliver(ctx, src, reply)
}

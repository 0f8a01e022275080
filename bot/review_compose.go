package bot

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Core implements review.Composer: the review engine's messages are
// written here, in the workspace's language, and rendered with the core's
// Render option (plain text in the console, Block Kit in Slack).
var _ review.Composer = (*Core)(nil)

// workspaceLang reads team's settings and returns its language and time
// zone (see locale). It fails when the settings cannot be read.
func (c *Core) workspaceLang(ctx context.Context, team *storage.Team) (i18n.Lang, *time.Location, error) {
	s, err := team.Settings(ctx)
	if err != nil {
		return "", nil, err
	}
	l, loc := c.locale(s)
	return l, loc, nil
}

// CoordinatorNotice tells a coordinator that review r opened: its facts,
// the analysis, and buttons to show or close it.
func (c *Core) CoordinatorNotice(ctx context.Context, team *storage.Team, r storage.Review, a review.Analysis) ([]outbox.Message, error) {
	l, loc, err := c.workspaceLang(ctx, team)
	if err != nil {
		return nil, err
	}
	blocks := []Block{
		Header{l.T("review.notice_title", r.ID)},
		Paragraph{l.T("review.notice_intro", len(r.Invitees), l.DateTime(r.ClosesAt.In(loc)))},
		Fields{reviewFields(l, loc, r)},
	}
	blocks = append(blocks, analysisBlocks(l, a)...)
	blocks = append(blocks, Buttons{[]Button{
		{Label: l.T("review.button_status"), Command: "review status"},
		{Label: l.T("review.button_close"), Command: "review close " + r.ID, Style: "danger"},
	}})
	return c.render(Reply{Blocks: blocks}), nil
}

// SurveyInvitation asks member to rate committees in review r, with a
// button per committee that shows its survey form; reminder 1 and 2 say
// so.
func (c *Core) SurveyInvitation(ctx context.Context, team *storage.Team, r storage.Review, member storage.Stakeholder, committees []storage.Committee, reminder int) ([]outbox.Message, error) {
	l, loc, err := c.workspaceLang(ctx, team)
	if err != nil {
		return nil, err
	}
	until := l.DateTime(r.ClosesAt.In(loc))
	var buttons []Button
	var names []string
	for _, cm := range committees {
		names = append(names, cm.Name)
		buttons = append(buttons, Button{Label: l.T("review.button_rate", cm.Name), Command: "review survey " + r.ID + " " + cm.ID, Style: "primary"})
	}
	blocks := []Block{
		Header{l.T("review.survey_title." + reminderWord(reminder))},
		Paragraph{l.T("review.survey_intro", member.Name, until)},
		List{names},
		Note{l.T("review.survey_anonymous")},
	}
	if len(buttons) > 0 {
		blocks = append(blocks, Buttons{buttons})
	}
	return c.render(Reply{Blocks: blocks}), nil
}

// reminderWord names invitation 0 and reminders 1 and 2 in catalog keys.
func reminderWord(n int) string {
	switch n {
	case 1:
		return "reminder1"
	case 2:
		return "reminder2"
	}
	return "invitation"
}

// ReviewSummary reports the closed review r: response rate, ratings with
// their trend, commitments, flags and the anonymous comments.
func (c *Core) ReviewSummary(ctx context.Context, team *storage.Team, r storage.Review, s review.Summary) ([]outbox.Message, error) {
	l, loc, err := c.workspaceLang(ctx, team)
	if err != nil {
		return nil, err
	}
	blocks := []Block{
		Header{l.T("review.summary_title", r.ID)},
		Note{l.T("review.summary_period", l.Day(r.PeriodFrom.In(loc)), l.Day(r.PeriodTo.In(loc)))},
	}
	blocks = append(blocks, summaryBlocks(l, s)...)
	return c.render(Reply{Blocks: blocks, Public: true}), nil
}

package bot

import (
	"context"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Core implements review.Composer: the review engine's messages are
// written here, in the workspace's language, and rendered with the core's
// Render option (plain text in the console, Block Kit in Slack). Only
// ChannelSummary goes to a channel, and it names no one.
var _ review.Composer = (*Core)(nil)

// workspaceLang reads team's settings and returns its language and time
// zone (see locale). It fails when the settings cannot be read.
func (c *Core) workspaceLang(ctx context.Context, team *storage.Team) (i18n.Lang, *time.Location, error) {
	rd, err := c.workspaceReader(ctx, team)
	return rd.l, rd.loc, err
}

// CoordinatorNotice tells a coordinator in a direct message that review r
// opened, with the whole analysis: named participation, the committees,
// the changed priorities and the flags, and buttons to see the status or
// close it.
func (c *Core) CoordinatorNotice(ctx context.Context, team *storage.Team, r storage.Review, a review.Analysis) ([]outbox.Message, error) {
	rd, err := c.workspaceReader(ctx, team)
	if err != nil {
		return nil, err
	}
	l := rd.l
	blocks := []Block{
		Header{l.T("review.notice_title", r.ID)},
		Paragraph{l.T("review.notice_intro", len(r.Invitees), l.DateTime(r.ClosesAt.In(rd.loc)))},
		Fields{reviewFields(rd, r)},
	}
	blocks = append(blocks, analysisBlocks(rd, a, nil)...)
	blocks = append(blocks, Buttons{[]Button{
		{Label: l.T("review.button_status"), Command: CommandLine(l, []string{"review", "status"})},
		{Label: l.T("review.button_close"), Command: CommandLine(l, []string{"review", "close"}, r.ID), Style: "danger"},
	}})
	return c.render(Reply{Blocks: blocks, Private: true}), nil
}

// analysisBlocks render an analysis for coordinators: participation, the
// committees (with their survey results when s is given), the changed
// priorities and the network's flags.
func analysisBlocks(rd reader, a review.Analysis, s *review.Summary) []Block {
	blocks := participationBlocks(rd, a)
	blocks = append(blocks, committeesBlocks(rd, a, s)...)
	blocks = append(blocks, changesBlocks(rd, a)...)
	return append(blocks, networkFlagBlocks(rd, a.Flags)...)
}

// SurveyInvitation asks member to rate committees in review r, with a
// button per committee that shows its survey form, and states the
// anonymity rule; reminder 1 and 2 say so.
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
		buttons = append(buttons, Button{Label: l.T("review.button_rate", cm.Name), Command: CommandLine(l, []string{"review", "survey"}, r.ID, cm.ID), Style: "primary"})
	}
	blocks := []Block{
		Header{l.T("review.survey_title." + reminderWord(reminder))},
		Paragraph{l.T("review.survey_intro", member.Name, until)},
		List{names},
		Note{anonymityRule(l, r)},
	}
	if len(buttons) > 0 {
		blocks = append(blocks, Buttons{buttons})
	}
	return c.render(Reply{Blocks: blocks}), nil
}

// anonymityRule states, for the survey, how answers are evaluated.
func anonymityRule(l i18n.Lang, r storage.Review) string {
	return l.T("review.survey_anonymous", max(r.MinAnswers, storage.MinAnonymity))
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

// ChannelSummary reports the closed review r to its channel, short and
// without a single name: response rate, the overall score, per committee
// the averages when at least the threshold answered (else that there are
// too few answers), the commitments, how many flags, and where
// coordinators find the full evaluation. Free text is never posted, as it
// may name people.
func (c *Core) ChannelSummary(ctx context.Context, team *storage.Team, r storage.Review, s review.Summary) ([]outbox.Message, error) {
	rd, err := c.workspaceReader(ctx, team)
	if err != nil {
		return nil, err
	}
	return c.render(Reply{Blocks: channelSummaryBlocks(rd, r, s), Public: true}), nil
}

// channelSummaryBlocks are the blocks of the channel summary of the closed
// review r (ChannelSummary); the review canvas shows the same.
func channelSummaryBlocks(rd reader, r storage.Review, s review.Summary) []Block {
	l := rd.l
	blocks := []Block{
		Header{l.T("review.summary_title", r.ID)},
		Note{l.T("review.summary_period", rd.period(r.PeriodFrom, r.PeriodTo))},
		Paragraph{l.T("review.response_rate", s.Responded, s.Invited, l.Percent(s.ResponseRate))},
	}
	if s.OverallN > 0 {
		blocks = append(blocks, Paragraph{l.T("review.overall", l.Decimal(s.Overall), trendMark(l, s.OverallTrend))})
	}
	lines := make([]string, len(s.Committees))
	for i, cr := range s.Committees {
		lines[i] = channelCommitteeLine(l, cr, s.MinAnswers)
	}
	if len(lines) > 0 {
		blocks = append(blocks, List{lines})
	}
	blocks = append(blocks,
		Paragraph{l.T("review.commitments", s.Done, s.Overdue)},
		Paragraph{l.T("review.flag_count", len(s.Flags))},
		Note{l.T("review.full_view", r.ID)},
	)
	return blocks
}

// channelCommitteeLine is one committee in the channel summary: its
// averages with trends, or that there are too few answers.
func channelCommitteeLine(l i18n.Lang, c review.CommitteeRatings, k int) string {
	if !c.Shown {
		return c.Name + ": " + l.T("review.too_few_answers", c.Answers, k)
	}
	parts := make([]string, len(c.Dimensions))
	for i, d := range c.Dimensions {
		parts[i] = dimensionName(l, d.Dimension) + " " + l.Decimal(d.Average) + " " + trendMark(l, d.Trend)
	}
	return l.T("review.committee_answers", c.Name, c.Answers) + " " + strings.Join(parts, " · ")
}

// CoordinatorSummary reports the closed review r to a coordinator in a
// direct message, in full: the overall figures, each committee with its
// figures, survey results, consolidation answers, comments and flags, the
// network's flags and who did not answer, and a button for the whole
// evaluation.
func (c *Core) CoordinatorSummary(ctx context.Context, team *storage.Team, r storage.Review, s review.Summary) ([]outbox.Message, error) {
	rd, err := c.workspaceReader(ctx, team)
	if err != nil {
		return nil, err
	}
	a, err := review.AnalysisOf(r)
	if err != nil {
		return nil, err
	}
	blocks := []Block{Header{rd.l.T("review.summary_title", r.ID)}}
	blocks = append(blocks, summaryBlocks(rd, r, a, s)...)
	blocks = append(blocks, Buttons{[]Button{{Label: rd.l.T("review.button_show"), Command: CommandLine(rd.l, []string{"review", "show"}, r.ID)}}})
	return c.render(Reply{Blocks: blocks, Private: true}), nil
}

// summaryBlocks render a closed review's result for coordinators.
func summaryBlocks(rd reader, r storage.Review, a review.Analysis, s review.Summary) []Block {
	blocks := []Block{
		Note{rd.l.T("review.summary_period", rd.period(r.PeriodFrom, r.PeriodTo))},
		Fields{summaryFields(rd.l, s)},
	}
	blocks = append(blocks, committeesBlocks(rd, a, &s)...)
	blocks = append(blocks, networkFlagBlocks(rd, s.Flags)...)
	return append(blocks, nonRespondentBlocks(rd.l, a, s.NonRespondents, false)...)
}

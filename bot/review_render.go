package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// trendMark is the arrow of a trend, or "(neu)" without a previous value.
func trendMark(l i18n.Lang, t string) string {
	switch t {
	case review.TrendUp:
		return "↑"
	case review.TrendDown:
		return "↓"
	case review.TrendSame:
		return "→"
	}
	return l.T("review.trend_new")
}

// reviewFields are a review's key facts, times in loc.
func reviewFields(l i18n.Lang, loc *time.Location, r storage.Review) []Field {
	at := func(t time.Time) string { return l.DateTime(t.In(loc)) }
	fields := []Field{
		{l.T("field.review_status"), l.T("review.status." + r.Status)},
		{l.T("field.review_opened"), at(r.OpenedAt)},
	}
	if r.Status == storage.ReviewClosed {
		fields = append(fields, Field{l.T("field.review_closed"), at(r.ClosedAt)})
	} else {
		fields = append(fields, Field{l.T("field.review_closes"), at(r.ClosesAt)})
	}
	return append(fields,
		Field{l.T("field.review_period"), at(r.PeriodFrom) + " – " + at(r.PeriodTo)},
		Field{l.T("field.dimensions"), strings.Join(dimensionNames(l, r.Dimensions), ", ")},
		Field{l.T("field.review_invited"), strconv.Itoa(len(r.Invitees))},
	)
}

// analysisBlocks render an analysis: participation classes, the
// committees and the flags.
func analysisBlocks(l i18n.Lang, a review.Analysis) []Block {
	blocks := []Block{
		Paragraph{l.T("review.classes", a.Counts.Active, a.Counts.Fading, a.Counts.Inactive)},
	}
	var lines []string
	for _, c := range a.Committees {
		lines = append(lines, l.T("review.committee_line", c.Name, len(c.Members), len(c.DecisionMakers),
			c.Meetings, l.Percent(c.Attendance), c.Commitments))
	}
	if len(lines) > 0 {
		blocks = append(blocks, Paragraph{l.T("review.committees_title")}, List{lines})
	}
	return append(blocks, flagBlocks(l, a.Flags)...)
}

// flagBlocks list the flags in plain language, or say there are none.
func flagBlocks(l i18n.Lang, flags []review.Flag) []Block {
	if len(flags) == 0 {
		return []Block{Paragraph{l.T("review.no_flags")}}
	}
	lines := make([]string, len(flags))
	for i, f := range flags {
		lines[i] = flagText(l, f)
	}
	return []Block{Paragraph{l.T("review.flags_title")}, List{lines}}
}

// flagText says what a flag means in one sentence.
func flagText(l i18n.Lang, f review.Flag) string {
	names := func(refs []review.Ref) string {
		out := make([]string, len(refs))
		for i, r := range refs {
			out[i] = r.Name
		}
		return strings.Join(out, ", ")
	}
	switch f.Kind {
	case review.FlagLowAttendance:
		return l.T("review.flag.low_attendance", names(f.Committees), l.Percent(f.Rate))
	case review.FlagOverlap:
		return l.T("review.flag.overlap", names(f.Committees), f.Count)
	case review.FlagSteeringSectorMissing:
		return l.T("review.flag.steering_sector_missing", sectorName(l, f.Sector), f.Count)
	case review.FlagInactiveDecisionMaker:
		return l.T("review.flag.inactive_decision_maker", names(f.Stakeholders))
	case review.FlagOverdue:
		return l.T("review.flag.overdue_commitments", f.Count)
	case review.FlagNoDecisionMaker, review.FlagNoCommitments:
		return l.T("review.flag."+f.Kind, names(f.Committees))
	}
	return f.Kind
}

// summaryBlocks render a closed review's summary.
func summaryBlocks(l i18n.Lang, s review.Summary) []Block {
	blocks := []Block{Paragraph{l.T("review.response_rate", s.Responded, s.Invited, l.Percent(s.ResponseRate))}}
	if s.OverallTrend != "" {
		blocks = append(blocks, Paragraph{l.T("review.overall", l.Decimal(s.Overall), trendMark(l, s.OverallTrend))})
	}
	for _, c := range s.Committees {
		if c.Answers == 0 {
			blocks = append(blocks, Paragraph{l.T("review.committee_no_answers", c.Name)})
			continue
		}
		lines := make([]string, len(c.Dimensions))
		for i, d := range c.Dimensions {
			lines[i] = fmt.Sprintf("%s: %s %s", dimensionName(l, d.Dimension), l.Decimal(d.Average), trendMark(l, d.Trend))
			if d.Trend != review.TrendNew {
				lines[i] += " " + l.T("review.previous", l.Decimal(d.Previous))
			}
		}
		blocks = append(blocks, Paragraph{l.T("review.committee_answers", c.Name, c.Answers)}, List{lines})
	}
	blocks = append(blocks, Paragraph{l.T("review.commitments", s.Done, s.Overdue)})
	blocks = append(blocks, flagBlocks(l, s.Flags)...)
	if len(s.Comments) > 0 {
		blocks = append(blocks, Paragraph{l.T("review.comments_title")}, List{s.Comments})
	}
	return blocks
}

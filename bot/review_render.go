package bot

import (
	"context"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// reader is whom a review is rendered for: the language, the time zone
// and the workspace's settings (for the names of added sectors).
type reader struct {
	l        i18n.Lang
	loc      *time.Location
	settings storage.Settings
}

// reader returns the call's reader.
func (cl *call) reader() reader { return reader{l: cl.lang, loc: cl.loc, settings: cl.settings} }

// workspaceReader reads team's settings and returns its reader. It fails
// when the settings cannot be read.
func (c *Core) workspaceReader(ctx context.Context, team *storage.Team) (reader, error) {
	s, err := team.Settings(ctx)
	if err != nil {
		return reader{}, err
	}
	l, loc := c.locale(s)
	return reader{l: l, loc: loc, settings: s}, nil
}

// sector names a sector; a stakeholder without one is "without sector".
func (rd reader) sector(key string) string {
	if key == "" {
		return rd.l.T("review.no_sector")
	}
	return sectorDisplay(rd.l, rd.settings, key)
}

// sectors names sectors, comma-separated, or "–" for none.
func (rd reader) sectors(keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = rd.sector(k)
	}
	return orDash(strings.Join(out, ", "))
}

// day shows an instant's local day.
func (rd reader) day(t time.Time) string { return rd.l.Day(t.In(rd.loc)) }

// period shows a review's period as its first and last local day.
func (rd reader) period(from, to time.Time) string {
	return rd.day(from) + " – " + rd.l.Day(to.In(rd.loc).AddDate(0, 0, -1))
}

// refNames joins the names of refs, or "–" for none.
func refNames(refs []review.Ref) string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.Name
	}
	return orDash(strings.Join(out, ", "))
}

// trendMark is the arrow of a trend, "(neu)" for a committee never rated
// before and "(kein Vergleich)" when there is nothing to compare with.
func trendMark(l i18n.Lang, t string) string {
	switch t {
	case review.TrendUp:
		return "↑"
	case review.TrendDown:
		return "↓"
	case review.TrendSame:
		return "→"
	case review.TrendNone:
		return l.T("review.trend_none")
	}
	return l.T("review.trend_new")
}

// attendanceText shows an attendance as "50 % (1 von 2)", or "–" when no
// one was expected.
func attendanceText(l i18n.Lang, a review.Attendance) string {
	rate, ok := a.Rate()
	if !ok {
		return "–"
	}
	return l.T("review.attendance", l.Percent(rate), a.Present, a.Expected)
}

// ofText shows "n von of (rate)".
func ofText(l i18n.Lang, n, of int, rate float64) string {
	return l.T("review.of_rate", n, of, l.Percent(rate))
}

// reviewFields are a review's key facts, times in the reader's zone.
func reviewFields(rd reader, r storage.Review) []Field {
	l := rd.l
	at := func(t time.Time) string { return l.DateTime(t.In(rd.loc)) }
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
		Field{l.T("field.review_period"), rd.period(r.PeriodFrom, r.PeriodTo)},
		Field{l.T("field.dimensions"), strings.Join(dimensionNames(l, r.Dimensions), ", ")},
		Field{l.T("field.review_invited"), l.Int(len(r.Invitees))},
		Field{l.T("field.review_anonymity"), l.T("review.anonymity_value", max(r.MinAnswers, storage.MinAnonymity))},
	)
}

// committeeFlag reports whether a flag is about one committee alone, so
// that it is shown with that committee rather than with the network.
func committeeFlag(f review.Flag) bool {
	switch f.Kind {
	case review.FlagNoDecisionMaker, review.FlagLowAttendance, review.FlagNoCommitments:
		return len(f.Committees) == 1
	}
	return false
}

// flagText says what a flag means in one sentence. Flags of the kind
// inactive_decision_maker name a person: they are for coordinators only.
func flagText(rd reader, f review.Flag) string {
	l := rd.l
	switch f.Kind {
	case review.FlagLowAttendance:
		return l.T("review.flag.low_attendance", refNames(f.Committees), l.Percent(f.Rate))
	case review.FlagOverlap:
		return l.T("review.flag.overlap", refNames(f.Committees), f.Count)
	case review.FlagSteeringSectorMissing:
		return l.T("review.flag.steering_sector_missing", rd.sector(f.Sector), f.Count)
	case review.FlagInactiveDecisionMaker:
		return l.T("review.flag.inactive_decision_maker", refNames(f.Stakeholders))
	case review.FlagOverdue:
		return l.T("review.flag.overdue_commitments", f.Count)
	case review.FlagNoDecisionMaker, review.FlagNoCommitments:
		return l.T("review.flag."+f.Kind, refNames(f.Committees))
	}
	return f.Kind
}

// networkFlagBlocks list the flags that are not about one committee, or
// say there are none.
func networkFlagBlocks(rd reader, flags []review.Flag) []Block {
	var lines []string
	for _, f := range flags {
		if !committeeFlag(f) {
			lines = append(lines, flagText(rd, f))
		}
	}
	blocks := []Block{Header{rd.l.T("review.network_flags_title")}}
	if len(lines) == 0 {
		return append(blocks, Paragraph{rd.l.T("review.no_flags")})
	}
	return append(blocks, List{lines})
}

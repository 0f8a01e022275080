package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
)

// maxFieldNames is the longest list of names a field holds; a longer one
// becomes a count, and the names follow the fields as a paragraph, which a
// transport splits where it would cut a field.
const maxFieldNames = 1500

// committeesBlocks render every reviewed committee of a: its figures and,
// once the review is closed (s not nil), its survey results; the flags
// about it last.
func committeesBlocks(rd reader, a review.Analysis, s *review.Summary) []Block {
	blocks := []Block{Header{rd.l.T("review.committees_title")}}
	if len(a.Committees) == 0 {
		return append(blocks, Paragraph{rd.l.T("review.committees_none")})
	}
	for _, c := range a.Committees {
		var flags []review.Flag
		for _, f := range a.Flags {
			if committeeFlag(f) && f.Committees[0].ID == c.ID {
				flags = append(flags, f)
			}
		}
		blocks = append(blocks, committeeBlocks(rd, c, s.Ratings(c.ID), s, flags)...)
	}
	return blocks
}

// committeeBlocks render one committee: a title, its figures as fields,
// the survey results when ratings is given, and its flags.
func committeeBlocks(rd reader, c review.CommitteeSummary, ratings *review.CommitteeRatings, s *review.Summary, flags []review.Flag) []Block {
	l := rd.l
	title := l.T("review.committee_title", c.Name, l.T("committee.kind."+c.Kind), l.T("committee.purpose."+c.Purpose))
	action := "–"
	if rate, ok := c.ActionRate(); ok {
		action = l.Percent(rate)
	}
	var long []Block
	names := func(label string, refs []review.Ref) Field {
		f := Field{l.T(label), refNames(refs)}
		if utf8.RuneCountInString(f.Value) > maxFieldNames {
			long = append(long, Paragraph{f.Label + ": " + f.Value})
			f.Value = l.Int(len(refs))
		}
		return f
	}
	fields := []Field{
		{l.T("field.review_members"), l.Int(len(c.Members))},
		{l.T("field.review_meetings"), l.Int(c.Meetings)},
		{l.T("field.review_attendance"), attendanceText(l, c.Attendance)},
		names("field.review_decision_makers", c.DecisionMakers),
		names("field.review_multipliers", c.Multipliers),
		{l.T("field.review_sectors_present"), rd.sectors(c.SectorsPresent)},
		{l.T("field.review_sectors_missing"), rd.sectors(c.SectorsMissing)},
		{l.T("field.review_commitments"), l.T("review.commitments_split", c.DoneOnTime, c.DoneLate, c.Overdue)},
		{l.T("field.review_action_rate"), action},
	}
	if ratings != nil {
		fields = append(fields, Field{l.T("field.review_response"), ofText(l, ratings.Answers, ratings.Invited, ratings.ResponseRate)})
	}
	blocks := append([]Block{Paragraph{title}, Fields{fields}}, long...)
	if ratings != nil {
		blocks = append(blocks, ratingBlocks(l, *ratings, s.MinAnswers)...)
	}
	if len(flags) > 0 {
		lines := make([]string, len(flags))
		for i, f := range flags {
			lines[i] = flagText(rd, f)
		}
		blocks = append(blocks, List{lines})
	}
	return blocks
}

// ratingBlocks render a committee's survey results under the anonymity
// rule: the averages with their trend, the consolidation answers and the
// comments, or the sentence that there are too few answers.
func ratingBlocks(l i18n.Lang, c review.CommitteeRatings, k int) []Block {
	if !c.Shown {
		return []Block{Paragraph{l.T("review.too_few_answers", c.Answers, k)}}
	}
	lines := make([]string, len(c.Dimensions))
	for i, d := range c.Dimensions {
		lines[i] = dimensionLine(l, d)
	}
	blocks := []Block{Paragraph{l.T("review.ratings_title")}, List{lines}}
	if cons := consolidationLines(l, c.Consolidation); len(cons) > 0 {
		blocks = append(blocks, Paragraph{l.T("review.consolidation_title")}, List{cons})
	}
	if len(c.Comments) > 0 {
		blocks = append(blocks, Paragraph{l.T("review.comments_title")}, List{c.Comments})
	}
	return blocks
}

// dimensionLine is "Arbeitsweise: 3,50 ↑ (zuvor 3,00)".
func dimensionLine(l i18n.Lang, d review.DimensionRating) string {
	line := dimensionName(l, d.Dimension) + ": " + l.Decimal(d.Average) + " " + trendMark(l, d.Trend)
	if d.PreviousN > 0 {
		line += " " + l.T("review.previous", l.Decimal(d.Previous))
	}
	return line
}

// consolidationLines show each consolidation question's answers, or that
// there are too few for an anonymous evaluation; none when no one
// answered any.
func consolidationLines(l i18n.Lang, results []review.ConsolidationResult) []string {
	var lines []string
	answered := false
	for _, r := range results {
		answered = answered || r.N > 0
		if r.Shown {
			lines = append(lines, l.T("review.consolidation_line", l.T("review.question."+r.Question), r.Yes, r.Partly, r.No))
		} else {
			lines = append(lines, l.T("review.consolidation_too_few", l.T("review.question."+r.Question), r.N))
		}
	}
	if !answered {
		return nil
	}
	return lines
}

// summaryFields are a closed review's overall figures.
func summaryFields(l i18n.Lang, s review.Summary) []Field {
	overall := "–"
	if s.OverallN > 0 {
		overall = l.Decimal(s.Overall) + " " + trendMark(l, s.OverallTrend)
	}
	fields := []Field{
		{l.T("field.review_response"), ofText(l, s.Responded, s.Invited, s.ResponseRate)},
		{l.T("field.review_overall"), overall},
	}
	if s.ComparedCommittees > 0 {
		fields = append(fields, Field{l.T("field.review_compared"),
			l.T("review.compared", l.Decimal(s.Compared), l.Decimal(s.ComparedPrevious), s.ComparedCommittees)})
	}
	return append(fields,
		Field{l.T("field.review_done"), l.Int(s.Done)},
		Field{l.T("field.review_overdue"), l.Int(s.Overdue)},
	)
}

// nonRespondentBlocks name the invitees who did not answer (for
// coordinators only), by name; names are taken from the analysis.
func nonRespondentBlocks(l i18n.Lang, a review.Analysis, ids []string, open bool) []Block {
	if len(ids) == 0 {
		return nil
	}
	byID := make(map[string]string, len(a.Stakeholders))
	for _, p := range a.Stakeholders {
		byID[p.ID] = p.Name
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = byID[id]
		if names[i] == "" {
			names[i] = id
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	title := "review.non_respondents"
	if open {
		title = "review.silent_names"
	}
	return []Block{Paragraph{l.T(title)}, List{names}}
}

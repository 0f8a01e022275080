package bot

import (
	"cmp"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/review/report"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(56,
		command{path: []string{"review", "report"}, role: storage.RoleCoordinator, usage: "usage.review_report", run: reviewReport},
	)
	vocabulary.AddScopedWords("review", map[string]string{"bericht": "report"})
}

// reviewReport: review report <id> makes the printable PDF report of a
// review in the workspace's language: the title page, participation (with
// names: the report is for coordinators), changed priorities,
// effectiveness, commitments and the anonymous free text, with the charts.
// Slack shares it in the coordinator's direct message, the console writes
// it to exports/.
func reviewReport(cl *call) (Reply, error) {
	id, err := cl.reviewID()
	if err != nil {
		return Reply{}, err
	}
	r, err := cl.findReview(id)
	if err != nil {
		return Reply{}, err
	}
	d, err := cl.reportDocument(r)
	if err != nil {
		return Reply{}, err
	}
	pdf, err := report.Render(d, true)
	if err != nil {
		return Reply{}, err
	}
	if err := cl.audit("review.report", "review", r.ID, nil); err != nil {
		return Reply{}, err
	}
	return Reply{
		Blocks: []Block{Paragraph{cl.lang.T("report.made", r.ID)}},
		File:   &File{Name: pdf.Name, Title: pdf.Title, Content: pdf.Content},
	}, nil
}

// reportDocument gathers review r's report: its analysis and (once closed)
// its summary, the reviews before it for the trend, the register for the
// grid and the meetings for the attendance.
func (cl *call) reportDocument(r storage.Review) (report.Document, error) {
	l := cl.lang
	a, err := review.AnalysisOf(r)
	if err != nil {
		return report.Document{}, err
	}
	s, closed, err := review.SummaryOf(r)
	if err != nil {
		return report.Document{}, err
	}
	meetings, err := cl.team.Meetings(cl.ctx, "")
	if err != nil {
		return report.Document{}, err
	}
	people, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{})
	if err != nil {
		return report.Document{}, err
	}
	labels := chartLabels(l)
	network := networkName(l, cl.settings)
	d := report.Document{
		FileName: l.T("report.file_name", r.ID),
		Title:    l.T("report.title", r.ID, network),
		Network:  network,
		Heading:  l.T("report.heading", r.ID),
		Date:     l.Day(cl.now.In(cl.loc)),
		Created:  cl.now,
		Labels:   report.Labels{PageFormat: l.T("report.page_format"), DateFormat: l.T("report.date_format")},
		Facts:    cl.reportFacts(r, a, s, closed),
	}
	d.Sections = []report.Section{
		cl.participationSection(a, meetings, labels),
		cl.prioritiesSection(a, people, labels),
	}
	effect, err := cl.effectivenessSection(r, a, s, closed, labels)
	if err != nil {
		return report.Document{}, err
	}
	d.Sections = append(d.Sections, effect, cl.commitmentsSection(a, s, closed), cl.commentsSection(s, closed))
	return d, nil
}

// reportFacts are the title page's lines.
func (cl *call) reportFacts(r storage.Review, a review.Analysis, s review.Summary, closed bool) []report.Fact {
	l := cl.lang
	day := func(t storage.Review) string {
		return l.Day(t.PeriodFrom.In(cl.loc)) + " – " + l.Day(t.PeriodTo.Add(-1).In(cl.loc))
	}
	facts := []report.Fact{
		{Label: l.T("field.review_period"), Value: day(r)},
		{Label: l.T("field.review_committees"), Value: l.Int(len(a.Reviewed))},
		{Label: l.T("field.review_status"), Value: l.T("review.status." + r.Status)},
	}
	if closed {
		facts = append(facts, report.Fact{Label: l.T("report.response_rate"),
			Value: l.T("report.response_rate_value", s.Responded, s.Invited, l.Percent(s.ResponseRate))})
	} else {
		facts = append(facts, report.Fact{Label: l.T("report.response_rate"), Value: l.T("report.survey_open", l.DateTime(r.ClosesAt.In(cl.loc)))})
	}
	return facts
}

// participationSection: the classes, the charts, the committees and the
// stakeholders who need a call, by name.
func (cl *call) participationSection(a review.Analysis, meetings []storage.Meeting, labels chart.Labels) report.Section {
	l := cl.lang
	sec := report.Section{Title: l.T("report.section_participation")}
	sec.Blocks = append(sec.Blocks, report.Block{Text: l.T("review.classes", a.Counts.Active, a.Counts.Fading, a.Counts.Inactive)})
	sec.Blocks = append(sec.Blocks, chartBlocks(chart.ParticipationCharts(review.ParticipationInput(a), labels))...)
	sec.Blocks = append(sec.Blocks, chartBlocks([]chart.Chart{chart.AttendanceChart(review.AttendanceInput(a, meetings, cl.loc), labels)})...)
	committees := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.committee"), Weight: 3.4}, {Title: l.T("report.col.members"), Weight: 1, Right: true},
		{Title: l.T("report.col.decision_makers"), Weight: 1.2, Right: true}, {Title: l.T("report.col.multipliers"), Weight: 1.2, Right: true},
		{Title: l.T("report.col.meetings"), Weight: 1, Right: true}, {Title: l.T("report.col.attendance"), Weight: 1, Right: true},
		{Title: l.T("report.col.sectors_missing"), Weight: 3.2},
	}}
	for _, c := range a.Committees {
		attendance := labels.None
		if rate, ok := c.Attendance.Rate(); ok {
			attendance = l.Percent(rate)
		}
		missing := make([]string, len(c.SectorsMissing))
		for i, sec := range c.SectorsMissing {
			missing[i] = cl.sectorLabel(sec)
		}
		committees.Rows = append(committees.Rows, []string{c.Name, l.Int(len(c.Members)), l.Int(len(c.DecisionMakers)),
			l.Int(len(c.Multipliers)), l.Int(c.Meetings), attendance, joinOr(missing, labels.None)})
	}
	sec.Blocks = append(sec.Blocks, report.Block{Heading: l.T("report.committees"), Table: committees})
	sec.Blocks = append(sec.Blocks, cl.needCallBlock(a, labels))
	return sec
}

// needCallBlock lists the fading and inactive stakeholders, inactive first
// and decision makers and multipliers first within each class.
func (cl *call) needCallBlock(a review.Analysis, labels chart.Labels) report.Block {
	l := cl.lang
	var people []review.Participation
	for _, p := range a.Stakeholders {
		if p.Class != review.ClassActive {
			people = append(people, p)
		}
	}
	weight := func(p review.Participation) int {
		w := 0
		if p.Class == review.ClassInactive {
			w -= 4
		}
		if p.DecisionMaker {
			w -= 2
		}
		if p.Multiplier {
			w--
		}
		return w
	}
	slices.SortStableFunc(people, func(x, y review.Participation) int { return cmp.Compare(weight(x), weight(y)) })
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.stakeholder"), Weight: 3.2}, {Title: l.T("report.col.class"), Weight: 1.3},
		{Title: l.T("report.col.present"), Weight: 1.3, Right: true}, {Title: l.T("report.col.commitments"), Weight: 1.6, Right: true},
		{Title: l.T("report.col.last_activity"), Weight: 1.4},
	}}
	for _, p := range people {
		name := p.Name
		if p.DecisionMaker {
			name += " · " + l.T("report.mark.decision_maker")
		}
		if p.Multiplier {
			name += " · " + l.T("report.mark.multiplier")
		}
		last := labels.None
		if !p.LastActivity.IsZero() {
			last = l.Day(p.LastActivity.In(cl.loc))
		}
		t.Rows = append(t.Rows, []string{name, l.T("chart." + p.Class), l.T("report.of", p.Attendance.Present, p.Attendance.Expected),
			l.T("report.commitments_value", p.Made, p.Done, p.Overdue), last})
	}
	b := report.Block{Heading: l.T("report.need_call")}
	if len(people) == 0 {
		b.Note = l.T("report.need_call_none")
	} else {
		b.Table = t
		b.Note = l.T("report.need_call_note")
	}
	return b
}

// effectivenessSection: the ratings with their trend (anonymous: only
// committees with at least the summary's threshold of answers), and the flags.
func (cl *call) effectivenessSection(r storage.Review, a review.Analysis, s review.Summary, closed bool, labels chart.Labels) (report.Section, error) {
	l := cl.lang
	sec := report.Section{Title: l.T("report.section_effectiveness")}
	if !closed {
		sec.Blocks = append(sec.Blocks, report.Block{Note: l.T("report.survey_open", l.DateTime(r.ClosesAt.In(cl.loc)))})
	} else {
		sec.Blocks = append(sec.Blocks, report.Block{Text: l.T("review.response_rate", s.Responded, s.Invited, l.Percent(s.ResponseRate))})
		charts, err := review.SummaryCharts(cl.ctx, cl.team, r, s, s.MinAnswers, chartWords(l, r), cl.loc)
		if err != nil {
			return report.Section{}, err
		}
		sec.Blocks = append(sec.Blocks, chartBlocks(charts)...)
		sec.Blocks = append(sec.Blocks, cl.ratingsBlock(s, labels), cl.consolidationBlock(s))
	}
	flags := report.Block{Heading: l.T("report.flags")}
	for _, f := range a.Flags {
		flags.Items = append(flags.Items, flagText(cl.reader(), f))
	}
	if len(flags.Items) == 0 {
		flags.Note = l.T("review.no_flags")
	}
	return report.Section{Title: sec.Title, Blocks: append(sec.Blocks, flags)}, nil
}

// ratingsBlock tables each committee's answers and overall rating; a
// committee under the threshold shows no figures.
func (cl *call) ratingsBlock(s review.Summary, labels chart.Labels) report.Block {
	l := cl.lang
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.committee"), Weight: 3}, {Title: l.T("report.col.answers"), Weight: 1, Right: true},
		{Title: l.T("report.col.rating"), Weight: 3},
	}}
	for _, c := range s.Committees {
		rating := l.T("report.too_few_answers", s.MinAnswers)
		if c.Answers >= s.MinAnswers && len(c.Dimensions) > 0 {
			var parts []string
			for _, d := range c.Dimensions {
				parts = append(parts, dimensionName(l, d.Dimension)+" "+l.Decimal(d.Average)+" "+trendMark(l, d.Trend))
			}
			rating = joinOr(parts, labels.None)
		}
		t.Rows = append(t.Rows, []string{c.Name, l.Int(c.Answers), rating})
	}
	return report.Block{Heading: l.T("report.ratings"), Table: t, Note: l.T("report.anonymity_note", s.MinAnswers)}
}

// commitmentsSection: commitments done and overdue, and per committee.
func (cl *call) commitmentsSection(a review.Analysis, s review.Summary, closed bool) report.Section {
	l := cl.lang
	done, overdue := s.Done, s.Overdue
	if !closed {
		done, overdue = 0, 0
		for _, p := range a.Stakeholders {
			done += p.Done
		}
		for _, f := range a.Flags {
			if f.Kind == review.FlagOverdue {
				overdue = f.Count
			}
		}
	}
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.committee"), Weight: 3}, {Title: l.T("report.col.purpose"), Weight: 1.5},
		{Title: l.T("report.col.commitments_period"), Weight: 1.5, Right: true},
	}}
	for _, c := range a.Committees {
		t.Rows = append(t.Rows, []string{c.Name, l.T("committee.purpose." + c.Purpose), l.Int(c.Commitments)})
	}
	return report.Section{Title: l.T("report.section_commitments"), Blocks: []report.Block{
		{Text: l.T("review.commitments", done, overdue)}, {Table: t},
	}}
}

// commentsSection: the free-text answers without names, when at least
// s.MinAnswers members answered.
func (cl *call) commentsSection(s review.Summary, closed bool) report.Section {
	l := cl.lang
	b := report.Block{}
	switch {
	case !closed:
		b.Note = l.T("report.comments_open")
	case len(shownComments(s)) == 0:
		b.Note = l.T("report.none")
	default:
		b.Items = shownComments(s)
	}
	return report.Section{Title: l.T("report.section_comments"), Blocks: []report.Block{b}}
}

// shownComments are the free-text answers of the committees whose results
// are shown (at least s.MinAnswers answers), each after its committee's
// name; the summary holds none of the others.
func shownComments(s review.Summary) []string {
	var out []string
	for _, c := range s.Committees {
		if !c.Shown {
			continue
		}
		for _, text := range c.Comments {
			out = append(out, c.Name+": "+text)
		}
	}
	return out
}

// chartBlocks puts each chart in a block of its own.
func chartBlocks(charts []chart.Chart) []report.Block {
	out := make([]report.Block, len(charts))
	for i := range charts {
		out[i] = report.Block{Chart: &charts[i]}
	}
	return out
}

// joinOr joins items with commas, or returns none for no items.
func joinOr(items []string, none string) string {
	if len(items) == 0 {
		return none
	}
	return strings.Join(items, ", ")
}

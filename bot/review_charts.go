package bot

import (
	"context"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// ChartWords returns the words of review r's charts in team's language
// (review.Composer). It fails when the settings cannot be read.
func (c *Core) ChartWords(ctx context.Context, team *storage.Team, r storage.Review) (review.ChartWords, error) {
	l, _, err := c.workspaceLang(ctx, team)
	if err != nil {
		return review.ChartWords{}, err
	}
	return chartWords(l, r), nil
}

// chartWords returns review r's chart words in l.
func chartWords(l i18n.Lang, r storage.Review) review.ChartWords {
	return review.ChartWords{Labels: chartLabels(l), Dimensions: dimensionNames(l, r.Dimensions)}
}

// chartLabels returns the charts' words in l.
func chartLabels(l i18n.Lang) chart.Labels {
	return chart.Labels{
		Number:  l.Number,
		Percent: l.Percent,
		None:    l.T("chart.none"),

		AveragesTitle: l.T("chart.averages_title"),
		Current:       l.T("chart.current"),
		Previous:      l.T("chart.previous"),
		Score:         l.T("chart.score"),
		New:           l.T("chart.new"),
		Answers:       counted(l, "chart.answers"),

		TrendTitle: l.T("chart.trend_title"),
		Committee:  l.T("chart.committee"),
		Network:    l.T("chart.network"),

		GridTitle:     l.T("chart.grid_title"),
		Influence:     l.T("chart.influence"),
		Interest:      l.T("chart.interest"),
		Low:           l.T("chart.low"),
		Medium:        l.T("chart.medium"),
		High:          l.T("chart.high"),
		ManageClosely: l.T("chart.manage_closely"),
		KeepSatisfied: l.T("chart.keep_satisfied"),
		KeepInformed:  l.T("chart.keep_informed"),
		Monitor:       l.T("chart.monitor"),
		More:          counted(l, "chart.more"),
		Unrated:       counted(l, "chart.unrated"),

		ParticipationTitle: l.T("chart.participation_title"),
		Active:             l.T("chart.active"),
		Fading:             l.T("chart.fading"),
		Inactive:           l.T("chart.inactive"),
		Members:            l.T("chart.members"),
		Attendance:         l.T("chart.attendance"),

		AttendanceTitle: l.T("chart.attendance_title"),
		Rate:            l.T("chart.attendance"),
		Meetings:        counted(l, "chart.meetings"),
		ThresholdFormat: l.T("chart.threshold_format"),
	}
}

// counted returns a function that writes a count with the plural entry key
// in l, for the charts' counted labels.
func counted(l i18n.Lang, key string) func(n int) string {
	return func(n int) string { return l.T(key, n) }
}

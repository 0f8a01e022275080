package review

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// ChartWords are the words of a review's charts in the workspace's
// language: the charts' labels and the names of the review's dimensions,
// in its order.
type ChartWords struct {
	Labels     chart.Labels
	Dimensions []string
}

// maxChannelPages bounds the pages of each chart that a channel summary
// carries; the coordinators' report (review report) has them all.
const maxChannelPages = 3

// SummaryCharts returns the anonymous charts of the closed review r with
// summary s, in the words w: the committees' dimension averages beside the previous
// review's and the trend of their overall scores over the last reviews,
// leaving out every committee with fewer than k answers (and the earlier
// values of a review in which it had fewer). loc is the workspace's zone,
// in which the reviews are labelled by the month their period ends. A
// chart without any committee is left out. It fails with the storage
// error when reading the earlier reviews fails.
func SummaryCharts(ctx context.Context, team *storage.Team, r storage.Review, s Summary, k int, w ChartWords, loc *time.Location) ([]chart.Chart, error) {
	h, err := History(ctx, team, r, s)
	if err != nil {
		return nil, err
	}
	var prev *Summary
	if len(h) > 1 {
		prev = &h[len(h)-2].Summary
	}
	var out []chart.Chart
	if av := AveragesInput(w.Dimensions, s, prev, k); len(av.Committees) > 0 {
		out = append(out, chart.AveragesCharts(av, w.Labels)...)
	}
	label := func(r storage.Review) string { return r.PeriodTo.Add(-time.Nanosecond).In(loc).Format("01/06") }
	if tr := TrendInput(h, k, label); len(tr.Committees) > 0 {
		out = append(out, chart.TrendCharts(tr, w.Labels)...)
	}
	return out, nil
}

// queueCharts queues the anonymous charts of the closed review r (see
// SummaryCharts, with the threshold the summary applied) to its channel, after its
// summary, each as a file under "<review>/summary/<channel>/<file name>",
// at most maxChannelPages pages of each chart. A chart already queued is
// not rendered again: idempotent. Nothing is queued without a channel.
func (e *Engine) queueCharts(ctx context.Context, team *storage.Team, r storage.Review, s Summary) error {
	if r.Channel == "" {
		return nil
	}
	settings, err := team.Settings(ctx)
	if err != nil {
		return err
	}
	w, err := e.composer.ChartWords(ctx, team, r)
	if err != nil {
		return err
	}
	charts, err := SummaryCharts(ctx, team, r, s, s.MinAnswers, w, settings.Location(e.zone))
	if err != nil {
		return err
	}
	for _, c := range firstPages(charts, maxChannelPages) {
		key := r.ID + "/summary/" + r.Channel + "/" + c.Name
		if _, err := team.OutboxMessage(ctx, key); err == nil {
			continue
		}
		img, err := c.PNG()
		if err != nil {
			return err
		}
		msg := outbox.Message{Text: img.Title, File: &outbox.File{Name: img.Name, Title: img.Title, Content: img.PNG}}
		if _, err := outbox.Queue(ctx, team, r.ID, key, r.Channel, []outbox.Message{msg}, e.now()); err != nil {
			return err
		}
	}
	return nil
}

// firstPages keeps at most n pages of each chart: the pages of a chart
// follow each other and share its title's start, averages-1.png,
// averages-2.png, …
func firstPages(charts []chart.Chart, n int) []chart.Chart {
	var out []chart.Chart
	seen := map[string]int{}
	for _, c := range charts {
		kind := chartKind(c.Name)
		if seen[kind] < n {
			out = append(out, c)
		}
		seen[kind]++
	}
	return out
}

// chartKind returns a chart file's name without its page and extension:
// "averages" for averages-2.png.
func chartKind(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] == '-' || name[i] == '.' {
			return name[:i]
		}
	}
	return name
}

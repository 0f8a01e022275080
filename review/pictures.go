package review

import (
	"context"
	"slices"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Past is a closed review with its summary, for the trend.
type Past struct {
	Review  storage.Review
	Summary Summary
}

// History returns review r (with its summary s) and the closed reviews
// before it along PreviousID, oldest first, at most chart.MaxReviews in
// all. A previous review that was deleted or has no summary ends the
// chain. It fails with the storage error when a read fails.
func History(ctx context.Context, team *storage.Team, r storage.Review, s Summary) ([]Past, error) {
	out := []Past{{Review: r, Summary: s}}
	for prev := r.PreviousID; prev != "" && len(out) < chart.MaxReviews; {
		p, err := team.Review(ctx, prev)
		if storage.IsNotFound(err) {
			break
		}
		if err != nil {
			return nil, err
		}
		ps, ok, err := SummaryOf(p)
		if err != nil || !ok {
			break
		}
		out = append(out, Past{Review: p, Summary: ps})
		prev = p.PreviousID
	}
	slices.Reverse(out)
	return out, nil
}

// AveragesInput returns the input of the averages chart of summary s,
// whose dimensions are named dims (in the review's order): the committees with at least k answers, each with its
// previous averages where the previous review had k answers too.
func AveragesInput(dims []string, s Summary, prev *Summary, k int) chart.Averages {
	in := chart.Averages{Dimensions: dims}
	for _, c := range s.Committees {
		if c.Answers < k || len(c.Dimensions) == 0 {
			continue
		}
		cs := chart.CommitteeScores{Name: c.Name, Answers: c.Answers}
		var pc *CommitteeRatings
		if prev != nil {
			pc = prev.committee(c.ID)
		}
		shownBefore := pc != nil && pc.Answers >= k && len(pc.Dimensions) > 0
		for _, d := range c.Dimensions {
			cs.Current = append(cs.Current, d.Average)
			if shownBefore {
				cs.Previous = append(cs.Previous, pc.average(d.Dimension))
			}
		}
		in.Committees = append(in.Committees, cs)
	}
	return in
}

// TrendInput returns the input of the trend chart of the reviews h (oldest
// first, the current one last): the committees the current review shows
// (at least k answers), each with its overall score in every review where
// it had at least k answers, and the network's overall score where at
// least k members answered. label names a review on the axis.
func TrendInput(h []Past, k int, label func(storage.Review) string) chart.Trend {
	var in chart.Trend
	if len(h) == 0 {
		return in
	}
	for _, p := range h {
		in.Reviews = append(in.Reviews, label(p.Review))
		v := 0.0
		if p.Summary.Responded >= k {
			v = p.Summary.Overall
		}
		in.Network = append(in.Network, v)
	}
	for _, c := range h[len(h)-1].Summary.Committees {
		if c.Answers < k || len(c.Dimensions) == 0 {
			continue
		}
		ct := chart.CommitteeTrend{Name: c.Name}
		for _, p := range h {
			ct.Scores = append(ct.Scores, p.Summary.overallOf(c.ID, k))
		}
		in.Committees = append(in.Committees, ct)
	}
	return in
}

// committee returns the ratings of the committee id, nil when s has none.
func (s *Summary) committee(id string) *CommitteeRatings {
	for i := range s.Committees {
		if s.Committees[i].ID == id {
			return &s.Committees[i]
		}
	}
	return nil
}

// overallOf returns the mean of a committee's dimension averages, 0 when
// it had fewer than k answers or none.
func (s *Summary) overallOf(id string, k int) float64 {
	c := s.committee(id)
	if c == nil || c.Answers < k || len(c.Dimensions) == 0 {
		return 0
	}
	sum := 0.0
	for _, d := range c.Dimensions {
		sum += d.Average
	}
	return sum / float64(len(c.Dimensions))
}

// average returns the average of dimension dim, 0 when there is none.
func (c *CommitteeRatings) average(dim string) float64 {
	for _, d := range c.Dimensions {
		if d.Dimension == dim {
			return d.Average
		}
	}
	return 0
}

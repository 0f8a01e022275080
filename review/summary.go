package review

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The trends of an average against the previous review.
const (
	TrendUp   = "up"
	TrendDown = "down"
	TrendSame = "same" // |Δ| < 0.05
	TrendNew  = "new"  // no previous value
)

// sameBand is the change under which an average counts as the same.
const sameBand = 0.05

// Summary is the result of a closed review, stored with it.
type Summary struct {
	ReviewID string    `bson:"review_id" json:"review_id"`
	ClosedAt time.Time `bson:"closed_at" json:"closed_at"`
	// Invited counts the invitees; Responded those who answered for at
	// least one committee; ResponseRate is Responded/Invited (0 when no one
	// was invited).
	Invited      int     `bson:"invited" json:"invited"`
	Responded    int     `bson:"responded" json:"responded"`
	ResponseRate float64 `bson:"response_rate" json:"response_rate"`
	// Overall is the average of all ratings (2 decimals), 0 when none;
	// OverallTrend compares it with the previous review's.
	Overall      float64 `bson:"overall" json:"overall"`
	OverallTrend string  `bson:"overall_trend" json:"overall_trend"`
	// Committees are the reviewed committees in the analysis's order.
	Committees []CommitteeRatings `bson:"committees" json:"committees"`
	Flags      []Flag             `bson:"flags" json:"flags"`
	// Done and Overdue count the commitments done in the period and
	// overdue when the review opened, from the analysis.
	Done    int `bson:"done" json:"done"`
	Overdue int `bson:"overdue" json:"overdue"`
	// Comments are the free-text answers, without names, sorted.
	Comments []string `bson:"comments" json:"comments"`
}

// CommitteeRatings are the survey results for one committee.
type CommitteeRatings struct {
	ID      string `bson:"id" json:"id"`
	Name    string `bson:"name" json:"name"`
	Answers int    `bson:"answers" json:"answers"`
	// Dimensions follow the review's dimension order; empty when no one
	// answered.
	Dimensions []DimensionRating `bson:"dimensions" json:"dimensions"`
}

// DimensionRating is the average rating of one dimension in one committee
// and its change against the previous review.
type DimensionRating struct {
	Dimension string  `bson:"dimension" json:"dimension"`
	Average   float64 `bson:"average" json:"average"`
	Previous  float64 `bson:"previous" json:"previous"`
	Trend     string  `bson:"trend" json:"trend"`
}

// summarize computes the summary of r from its analysis a, its answers and
// the previous review's summary (nil when none).
func summarize(r storage.Review, a Analysis, answers []storage.SurveyAnswer, prev *Summary, at time.Time) Summary {
	s := Summary{ReviewID: r.ID, ClosedAt: at.UTC(), Invited: len(r.Invitees), Flags: a.Flags, Comments: []string{}}
	invited := map[string]bool{}
	for _, inv := range r.Invitees {
		invited[inv.Stakeholder] = true
	}
	responded := map[string]bool{}
	var all []float64
	for _, ans := range answers {
		if invited[ans.Stakeholder] {
			responded[ans.Stakeholder] = true
		}
		if t := strings.TrimSpace(ans.Text); t != "" {
			s.Comments = append(s.Comments, t)
		}
		for _, v := range ans.Ratings {
			all = append(all, float64(v))
		}
	}
	slices.Sort(s.Comments)
	s.Responded = len(responded)
	if s.Invited > 0 {
		s.ResponseRate = round2(float64(s.Responded) / float64(s.Invited))
	}
	var prevOverall *float64
	if prev != nil && prev.Overall > 0 {
		prevOverall = &prev.Overall
	}
	if len(all) > 0 {
		s.Overall = mean(all)
		s.OverallTrend = trend(s.Overall, prevOverall)
	}
	for _, ref := range a.Reviewed {
		s.Committees = append(s.Committees, committeeRatings(ref, r.Dimensions, answers, prev))
	}
	for _, p := range a.Stakeholders {
		s.Done += p.Done
	}
	for _, f := range a.Flags {
		if f.Kind == FlagOverdue {
			s.Overdue = f.Count
		}
	}
	return s
}

// committeeRatings averages the answers for one committee per dimension.
func committeeRatings(ref Ref, dims []string, answers []storage.SurveyAnswer, prev *Summary) CommitteeRatings {
	c := CommitteeRatings{ID: ref.ID, Name: ref.Name, Dimensions: []DimensionRating{}}
	values := make([][]float64, len(dims))
	for _, ans := range answers {
		if ans.CommitteeID != ref.ID || len(ans.Ratings) != len(dims) {
			continue
		}
		c.Answers++
		for i, v := range ans.Ratings {
			values[i] = append(values[i], float64(v))
		}
	}
	if c.Answers == 0 {
		return c
	}
	for i, d := range dims {
		avg := mean(values[i])
		p := prev.average(ref.ID, d)
		dr := DimensionRating{Dimension: d, Average: avg, Trend: trend(avg, p)}
		if p != nil {
			dr.Previous = *p
		}
		c.Dimensions = append(c.Dimensions, dr)
	}
	return c
}

// average returns the previous average of a committee's dimension, nil
// when there is none.
func (s *Summary) average(committee, dim string) *float64 {
	if s == nil {
		return nil
	}
	for _, c := range s.Committees {
		if c.ID != committee {
			continue
		}
		for _, d := range c.Dimensions {
			if d.Dimension == dim {
				return &d.Average
			}
		}
	}
	return nil
}

// trend compares v with the previous value p.
func trend(v float64, p *float64) string {
	switch {
	case p == nil:
		return TrendNew
	case math.Abs(v-*p) < sameBand:
		return TrendSame
	case v > *p:
		return TrendUp
	}
	return TrendDown
}

// mean returns the average of vs rounded to 2 decimals; vs is not empty.
func mean(vs []float64) float64 {
	var sum float64
	for _, v := range vs {
		sum += v
	}
	return round2(sum / float64(len(vs)))
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
